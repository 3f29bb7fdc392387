import { expect, test } from '@playwright/test';
import { screens, useKioskCentre } from '../support/kiosk-page';
import { scanWithWedge } from '../support/kiosk-wedge';
import { api, marriageDossier, mustOk } from '../support/sync-centre';

/**
 * A citizen ID card scanned at the kiosk (keyboard wedge): the privacy notice comes first, then
 * the masked identity and only that citizen's dossiers (by the whole ID or the card's old ID,
 * never a namesake's sharing its last digits), each with its next step, all forgotten at the end;
 * declining the notice shows nothing of the card. `kiosk-scanner.spec.ts` covers the serial
 * scanner path.
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
  // Another citizen whose name differs only in a tone mark, and whose ID ends the same way.
  const sameLastDigits = await receiveFor('Nguyễn Văn Ân', '036085002345');
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
  await expect(citizen).not.toContainText(sameLastDigits);
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

test('dossiers under the card’s old ID are listed too, each with its next step: documents to bring, a “Trả kết quả” number', async ({
  page,
}) => {
  // Received years ago under the old 9-digit ID, now processed: the result waits.
  const ready = await receiveFor('Phạm Thị Thu', '123456789');
  mustOk(await api(kiosk.server, 'POST', `/dossiers/${ready}/processed`));
  // Received under the card's ID, then a supplement was requested.
  const incomplete = await receiveFor('Phạm Thị Thu', '079199014321');
  const items = ['Bản sao giấy khai sinh', 'Ảnh 4x6 (2 ảnh)'];
  mustOk(await api(kiosk.server, 'POST', `/dossiers/${incomplete}/supplement`, { items }));

  await kiosk.open(page);
  await scanWithWedge(
    page,
    '079199014321|123456789|PHAM THI THU|12031988|Nu|3 Nguyen Hue Quan 1|15082021',
  );
  await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
  const citizen = page.getByRole('region', { name: 'Hồ sơ của bạn' });
  const supplement = citizen.getByRole('listitem', { name: `Mã hồ sơ ${incomplete}` });
  await expect(supplement).toContainText('Yêu cầu bổ sung');
  await expect(supplement).toContainText('Cần bổ sung giấy tờ. Vui lòng mang đến quầy tiếp nhận:');
  await expect(supplement.getByRole('list').getByRole('listitem')).toHaveText(items);
  await expect(supplement.getByRole('button')).toHaveCount(0);
  const processed = citizen.getByRole('listitem', { name: `Mã hồ sơ ${ready}` });
  await expect(processed).toContainText('Đã xử lý xong');
  await expect(processed).toContainText('Hồ sơ đã có kết quả.');
  expect(await page.content()).not.toMatch(/079199014321|123456789/);
  await page.screenshot({ path: `${screens}/kiosk-citizen-next-steps.png`, fullPage: true });

  await processed.getByRole('button', { name: 'Lấy số Trả kết quả' }).click();
  const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
  await expect(ticket.getByText(/^D\d{3}$/)).toBeVisible();
  await expect(ticket).toContainText('Trả kết quả');
  // Taking the number ends the card's screen: nothing of it is left.
  await expect(page.getByText('PHAM THI THU')).toHaveCount(0);
  await expect(page.getByText('********4321')).toHaveCount(0);
  await ticket.getByRole('button', { name: 'Xong' }).click();
});
