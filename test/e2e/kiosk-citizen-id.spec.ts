import { expect, test } from '@playwright/test';
import { screens, useKioskCentre } from '../support/kiosk-page';
import { scanWithWedge } from '../support/kiosk-wedge';
import { api, marriageDossier, mustOk } from '../support/sync-centre';

/**
 * A citizen ID card scanned at the kiosk (keyboard wedge): the privacy notice comes first, then
 * the masked identity and only that citizen's dossiers, all forgotten at the end; declining the
 * notice shows nothing of the card. `kiosk-scanner.spec.ts` covers the serial scanner path.
 */
const kiosk = useKioskCentre();

/** Receives a marriage registration at counter 1 through the real REST API; returns its code. */
const receiveFor = async (name: string, idNumber: string): Promise<string> =>
  mustOk(
    await api<{ code: string }>(kiosk.server, 'POST', '/dossiers', {
      ...marriageDossier(name),
      applicant: { name, idNumber },
    }),
  ).code;

test('a citizen ID scan asks first, shows the ID masked and the citizen’s dossiers, and forgets it at the end', async ({
  page,
}) => {
  const fullId = '079199012345';
  // The counter wrote the name with tone marks; the card's QR has none. Same name, other ID: not theirs.
  const mine = await receiveFor('Nguyễn Văn An', fullId);
  const namesake = await receiveFor('Nguyễn Văn An', '079199019999');
  await kiosk.open(page);
  await scanWithWedge(
    page,
    `${fullId}||NGUYEN VAN AN|01021990|Nam|1 Le Loi Ben Nghe Quan 1|15082021`,
  );
  await expect(page.getByRole('heading', { name: 'Thẻ căn cước công dân' })).toBeVisible();
  // Nothing of the card shows before consent.
  await expect(page.getByText('NGUYEN VAN AN')).toHaveCount(0);
  await page.screenshot({ path: `${screens}/kiosk-citizen-notice.png` });
  await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();

  const citizen = page.getByRole('region', { name: 'Hồ sơ của bạn' });
  await expect(citizen).toContainText('NGUYEN VAN AN');
  await expect(citizen).toContainText('********2345');
  await expect(citizen).toContainText('01/02/1990');
  await expect(citizen.getByRole('listitem', { name: `Mã hồ sơ ${mine}` })).toBeVisible();
  const dossier = citizen.getByRole('listitem').filter({ hasText: mine });
  await expect(dossier).toContainText('Đăng ký kết hôn');
  await expect(dossier).toContainText('Đã tiếp nhận');
  await expect(dossier).toContainText(/Ngày hẹn trả\d{2}\/\d{2}\/\d{4} — Đúng hạn/);
  await expect(citizen.getByRole('listitem')).toHaveCount(1);
  await expect(citizen).not.toContainText(namesake);
  expect(await page.content()).not.toContain(fullId);
  await page.screenshot({ path: `${screens}/kiosk-citizen.png` });
  await page.getByRole('button', { name: 'English' }).click();
  const inEnglish = page
    .getByRole('region', { name: 'Your dossiers' })
    .getByRole('listitem', { name: `Dossier code ${mine}` });
  await expect(inEnglish).toContainText('Marriage registration');
  await expect(inEnglish).not.toContainText('Đăng ký kết hôn');
  await expect(inEnglish).toContainText('Received');
  await expect(inEnglish).toContainText('On time');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();

  await citizen.getByRole('button', { name: 'Kết thúc và xoá thông tin' }).click();
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
  await expect(page.getByText('NGUYEN VAN AN')).toHaveCount(0);
  await expect(page.getByText('********2345')).toHaveCount(0);
  await expect(page.getByText(mine)).toHaveCount(0);

  // Another citizen whose ID ends the same way sees none of those dossiers.
  await scanWithWedge(page, `001088002345||TRAN THI BE|05051985|Nu|2 Ham Nghi|15082021`);
  await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
  const other = page.getByRole('region', { name: 'Hồ sơ của bạn' });
  await expect(other.getByRole('status')).toHaveText('Không có hồ sơ nào của bạn tại trung tâm.');
  await expect(other.getByRole('listitem')).toHaveCount(0);
  await other.getByRole('button', { name: 'Kết thúc và xoá thông tin' }).click();
});

test('declining the notice shows nothing of the card', async ({ page }) => {
  await kiosk.open(page);
  await scanWithWedge(page, '079199012345|NGUYEN THI BINH|05051985|Nu|2 Ham Nghi|');
  await page.getByRole('button', { name: 'Không đồng ý' }).click();
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
  await expect(page.getByText('NGUYEN THI BINH')).toHaveCount(0);
});
