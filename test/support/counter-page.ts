import { expect, type Locator, type Page } from '@playwright/test';

/** The counter app's screens, found by role and accessible name. */
export const counterPage = (page: Page) => {
  const current = page.getByRole('region', { name: 'Số đang phục vụ' });
  const queue = page.getByRole('region', { name: 'Danh sách chờ' });
  const dossierForm = page.getByRole('region', { name: 'Tiếp nhận hồ sơ' });
  const receipt = page.getByRole('region', { name: 'Biên nhận hồ sơ' });
  const followUp = page.getByRole('region', { name: 'Trả kết quả và bổ sung hồ sơ' });
  const rating = page.getByRole('status', { name: 'Đánh giá' });

  return {
    current,
    queue,
    dossierForm,
    receipt,
    followUp,
    rating,
    alert: page.getByRole('alert'),
    signIn: async (options: { username?: string; password?: string; counter: string }) => {
      if (options.username) {
        await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(options.username);
        await page.getByLabel('Mật khẩu').fill(options.password ?? '');
      }
      await page.getByRole('button', { name: options.counter, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: options.counter })).toBeVisible();
      // Keys are dropped until the counter's socket is online (the actions are enabled then):
      // a key pressed on the heading's first frame would otherwise be lost.
      await expect(page.getByRole('button', { name: /^Gọi số tiếp theo/ })).toBeEnabled();
    },
    /** Presses a shortcut key and waits until the current number shows `expected`, when given. */
    press: async (key: string): Promise<void> => {
      await page.keyboard.press(key);
    },
    waitingRow: (number: string): Locator => queue.getByRole('row', { name: new RegExp(number) }),
    chooseProcedure: async (query: string, name: RegExp): Promise<void> => {
      await dossierForm.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill(query);
      await dossierForm.getByRole('button', { name }).click();
    },
    receiptCode: async (): Promise<string> => {
      const code = receipt.getByRole('status', { name: 'Mã hồ sơ' });
      await expect(code).toHaveText(/^[0-9A-Z.]+-\d{6}-\d{4,}$/);
      return (await code.textContent()) ?? '';
    },
  };
};
