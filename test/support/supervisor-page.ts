import { expect, type Page } from '@playwright/test';
import { demoAccounts } from './server-auth';

/** Opens the supervisor screens in the counter app and signs in (the demo supervisor by default). */
export const openSupervisor = async (
  page: Page,
  serverUrl: string,
  account: { username: string; password: string } = demoAccounts.supervisor,
): Promise<void> => {
  await page.goto(`${serverUrl}/counter/?view=supervisor`);
  const form = page.getByRole('form', { name: 'Đăng nhập giám sát' });
  await form.getByLabel('Tên đăng nhập').fill(account.username);
  await form.getByLabel('Mật khẩu').fill(account.password);
  await form.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Giám sát trung tâm' })).toBeVisible();
};

/** The row of a table whose header cell (first column) is exactly `name`. */
export const tableRow = (page: Page, table: string, name: string) =>
  page
    .getByRole('table', { name: table, exact: true })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
