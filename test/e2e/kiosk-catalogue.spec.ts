import { expect, test } from '@playwright/test';
import { screens, useKioskCentre } from '../support/kiosk-page';

/**
 * The kiosk's procedure catalogue against the real queue server: searching by field and by
 * name without tone marks, what to bring, fees and processing time in Vietnamese and English,
 * and a supervisor's edit reaching an open kiosk. Screenshots go to `test-results/screens`.
 */
const kiosk = useKioskCentre();

test('the procedure catalogue finds procedures without tone marks and shows what to bring', async ({
  page,
}) => {
  await kiosk.open(page);
  await page.getByRole('button', { name: 'Thủ tục hành chính' }).click();
  const list = page.getByRole('list', { name: 'Thủ tục hành chính' });
  await expect(list.getByRole('button', { name: 'Đăng ký khai sinh' })).toBeVisible();
  await expect(list.getByRole('button')).toHaveCount(4);

  // By field: only the civil-status procedures.
  await page.getByRole('button', { name: 'Hộ tịch', exact: true }).click();
  await expect(list.getByRole('button')).toHaveCount(2);
  await page.getByRole('button', { name: 'Tất cả lĩnh vực' }).click();

  // By name, typed on the on-screen keyboard without any tone mark.
  const keyboard = page.getByRole('group', { name: 'Bàn phím' });
  for (const key of 'KHAI SINH') {
    await keyboard.getByRole('button', { name: key === ' ' ? 'Space' : key, exact: true }).click();
  }
  await expect(page.getByRole('textbox', { name: 'Tìm thủ tục' })).toHaveValue('KHAI SINH');
  await expect(list.getByRole('button')).toHaveCount(1);
  await page.screenshot({ path: `${screens}/kiosk-catalogue.png` });

  await list.getByRole('button', { name: 'Đăng ký khai sinh' }).click();
  const detail = page.getByRole('region', { name: 'Đăng ký khai sinh' });
  const documents = detail.getByRole('region', { name: 'Giấy tờ cần nộp' });
  await expect(documents.getByRole('listitem')).toHaveCount(3);
  await expect(documents).toContainText('Giấy chứng sinh — Bản chính, 1 bản');
  await expect(documents).toContainText('Văn bản ủy quyền (nếu nộp thay) (nếu có)');
  await expect(detail.getByRole('region', { name: 'Phí, lệ phí' })).toContainText('Miễn phí');
  await expect(detail).toContainText('Trong ngày');
  await expect(detail).toContainText('Quầy 1 hoặc Quầy 2, tầng 1');
  await page.screenshot({ path: `${screens}/kiosk-procedure.png` });
  // Buttons side by side keep a finger's gap between them.
  const boxes = await detail
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().toJSON()));
  const rows = boxes as Array<{ left: number; right: number; top: number }>;
  for (const [index, box] of rows.entries()) {
    const next = rows[index + 1];
    if (next && Math.abs(next.top - box.top) < 4) {
      expect(next.left - box.right, `gap after button ${index + 1}`).toBeGreaterThanOrEqual(12);
    }
  }

  // From the procedure straight to a ticket for its field.
  await detail.getByRole('button', { name: 'Lấy số Hộ tịch' }).click();
  await expect(
    page.getByRole('region', { name: 'Số thứ tự của bạn' }).getByText(/^A\d{3}$/),
  ).toBeVisible();
});

test('the catalogue in English, with fees in dong and processing in working days', async ({
  page,
}) => {
  await kiosk.open(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Procedures' }).click();
  const search = page.getByRole('textbox', { name: 'Search procedures' });
  await search.fill('xây dựng');
  const list = page.getByRole('list', { name: 'Administrative procedures' });
  await expect(list.getByRole('button')).toHaveCount(1);
  await list.getByRole('button', { name: 'Construction permit for a detached house' }).click();
  const detail = page.getByRole('region', { name: 'Construction permit for a detached house' });
  await expect(detail.getByRole('region', { name: 'Fees' })).toContainText('75.000 đ');
  await expect(detail).toContainText('15 working days');
  const documents = detail.getByRole('region', { name: 'Documents to bring' });
  await expect(documents).toContainText('Bản vẽ thiết kế xây dựng — Original, 2 copies');
  // Configured in Vietnamese only: marked so, for a screen reader to say it in Vietnamese.
  await expect(documents.getByText('Bản vẽ thiết kế xây dựng', { exact: true })).toHaveAttribute(
    'lang',
    'vi',
  );
});

test('a supervisor edit of a procedure reaches an open kiosk without a reload', async ({
  page,
  request,
}) => {
  await kiosk.open(page);
  await page.getByRole('button', { name: 'Thủ tục hành chính' }).click();
  await page
    .getByRole('list', { name: 'Thủ tục hành chính' })
    .getByRole('button', { name: 'Đăng ký kết hôn' })
    .click();
  const detail = page.getByRole('region', { name: 'Đăng ký kết hôn' });
  await expect(detail).toContainText('Quầy 1 hoặc Quầy 2, tầng 1');

  const signIn = await request.post(`${kiosk.server.url}/api/v1/sessions`, {
    data: { username: 'giam-sat', password: 'giamsat-demo' },
  });
  const { data: session } = (await signIn.json()) as { data: { token: string } };
  const current = await request.get(`${kiosk.server.url}/api/v1/procedures/dang-ky-ket-hon`);
  const { data: procedure } = (await current.json()) as { data: Record<string, unknown> };
  const edited = await request.put(`${kiosk.server.url}/api/v1/procedures/dang-ky-ket-hon`, {
    headers: { authorization: `Bearer ${session.token}` },
    data: { ...procedure, whereToSubmit: 'Quầy 5, tầng 3 (khu hộ tịch mới)' },
  });
  expect(edited.ok()).toBe(true);
  await expect(detail).toContainText('Quầy 5, tầng 3 (khu hộ tịch mới)');
});

test('a fee charged per page shows its price per page, in either language', async ({ page }) => {
  await kiosk.open(page);
  await page.getByRole('button', { name: 'Thủ tục hành chính' }).click();
  const list = page.getByRole('list', { name: 'Thủ tục hành chính' });
  await list.getByRole('button', { name: /^Chứng thực bản sao/ }).click();
  const fees = page.getByRole('region', { name: 'Phí, lệ phí' });
  await expect(fees).toContainText('Phí chứng thực bản sao (mỗi trang): 2.000 đ/trang');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('region', { name: 'Fees' })).toContainText('2.000 đ/page');
});
