import { expect, test } from '@playwright/test';
import { startServerWithEditedCentre } from '../support/edited-centre';

/**
 * A centre with more services than fit one screen: the kiosk shows its fields first and says
 * a tap opens the field, then the field's services and says a tap takes the number.
 */
test('with more than eight services the kiosk asks for a field, then a service', async ({
  page,
}) => {
  const server = await startServerWithEditedCentre((config) => {
    const template = config.services.find((service) => service.id === 'ho-tich');
    const extra = ['E', 'F', 'G', 'H', 'K', 'L'].map((prefix, index) => ({
      ...template,
      id: `tu-phap-${index + 1}`,
      name: `Tư pháp ${index + 1}`,
      nameEn: `Justice ${index + 1}`,
      prefix,
      fieldId: 'tu-phap',
    }));
    config.services.push(...extra);
  }, 'queue-server-kiosk-fields');
  try {
    await page.setViewportSize({ width: 1280, height: 1024 });
    await page.goto(`${server.url}/kiosk/?device=kiosk-1`);
    await expect(page.getByRole('heading', { name: 'Chọn lĩnh vực' })).toBeVisible();
    await expect(page.getByText('Chạm vào lĩnh vực để xem các dịch vụ')).toBeVisible();
    await page.getByRole('button', { name: 'Tư pháp – Hộ tịch' }).click();
    await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
    await expect(page.getByText('Chạm vào dịch vụ để lấy số ngay')).toBeVisible();
    await page.getByRole('button', { name: /^Tư pháp 3/ }).click();
    await expect(
      page.getByRole('region', { name: 'Số thứ tự của bạn' }).getByText(/^G\d{3}$/),
    ).toBeVisible();
  } finally {
    await server.stop();
  }
});
