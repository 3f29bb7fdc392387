import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';
import { counterPage } from '../support/counter-page';
import { openSupervisor } from '../support/supervisor-page';

/**
 * The configuration screen and the procedure editor switched to English: labels and buttons,
 * the refusals of the server explained in English (and again in Vietnamese when switched back),
 * and the procedure editor in the counter workspace too. Vietnamese stays the default.
 */
test.describe.configure({ mode: 'serial' });

let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'supervisor-english-config-server' });
});

test.afterAll(async () => {
  await server?.stop();
});

const centreFile = (): string => readFileSync(path.join(server.dataDir, 'centre.json'), 'utf8');

/** Signs the demo supervisor in (in Vietnamese, the default), switches to English, opens Configuration. */
const openEnglishConfig = async (page: Page): Promise<void> => {
  await openSupervisor(page, server.url);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Configuration', exact: true }).click();
};

test('the configuration screen reads in English: its sections, tables, forms and change log', async ({
  page,
}) => {
  await openEnglishConfig(page);

  const holidays = page.getByRole('region', { name: 'Public holidays' });
  await expect(holidays.getByRole('heading', { name: 'Public holidays' })).toBeVisible();
  const add = holidays.getByRole('form', { name: 'Add a public holiday' });
  await add.getByLabel('New public holiday').fill('2026-12-31');
  await add.getByRole('button', { name: 'Add public holiday' }).click();
  await expect(holidays.getByRole('status')).toHaveText('Saved: Calendar and public holidays');
  await expect(
    holidays.getByRole('listitem').filter({ hasText: '31/12/2026 (Thursday)' }),
  ).toBeVisible();
  await expect(
    holidays.getByRole('button', { name: 'Remove public holiday 31/12/2026' }),
  ).toBeVisible();

  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices.getByRole('heading', { name: 'Notices on the displays' })).toBeVisible();
  await expect(notices.getByRole('button', { name: 'Save notices' })).toBeVisible();

  const editor = page.getByRole('region', { name: 'Edit the configuration' });
  const section = editor.getByRole('combobox', { name: 'Configuration section' });
  await expect(section).toHaveValue('services');
  await expect(section.getByRole('option')).toHaveText([
    'Centre details',
    'Services and opening hours',
    'Fields',
    'Counters, services and weights',
    'Officers and roles',
    'Displays, zones and notices',
    'Declared devices',
    'Priority categories',
    'Calling policy',
    'Calendar and public holidays',
  ]);
  const services = editor.getByRole('table', { name: 'Services and opening hours' });
  for (const column of ['ID', 'Name', 'English name', 'Prefix', 'Daily limit', 'Opening hours']) {
    await expect(services.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
  }
  await expect(services.getByRole('columnheader', { name: 'Remove' })).toBeVisible();
  // The days typed T2 … CN are said back in English under the cell.
  const hours = editor.getByRole('textbox', { name: 'Opening hours — ho-tich' });
  await hours.fill('T2-T6 07:30-11:30');
  await expect(hours).toHaveAccessibleDescription('Monday–Friday 07:30–11:30');
  await expect(editor.getByRole('button', { name: 'Add row' })).toBeVisible();
  await expect(
    editor.getByRole('button', { name: 'Save services and opening hours' }),
  ).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Procedures and documents…' })).toBeVisible();
  await expect(editor).toContainText('Daily limit: a whole number, e.g. 1.000; empty: no limit');

  await section.selectOption('priorityCategories');
  await expect(
    editor.getByRole('textbox', { name: 'Content: Priority categories (JSON)' }),
  ).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Save this section' })).toBeVisible();

  const audit = page.getByRole('table', { name: 'Configuration change log' });
  await expect(audit.getByRole('columnheader')).toHaveText([
    'Time',
    'Changed by',
    'Section',
    'Change',
  ]);
  await expect(audit.getByRole('row').nth(1)).toContainText('Calendar and public holidays');
  await page.screenshot({ path: 'test-results/screens/supervisor-config-en.png', fullPage: true });
});

test("a bad edit is refused and the server's reasons are explained in English, then in Vietnamese when switched back", async ({
  page,
}) => {
  const before = centreFile();
  await openEnglishConfig(page);
  const editor = page.getByRole('region', { name: 'Edit the configuration' });
  const section = editor.getByRole('combobox', { name: 'Configuration section' });
  const refusal = editor.getByRole('alert');
  const errors = editor.getByRole('list', { name: 'Configuration errors' });

  // Checked by the server against the whole centre model: a service that does not exist.
  await section.selectOption('counters');
  await editor.getByRole('textbox', { name: 'Services — quay-1' }).fill('khong-co-dich-vu');
  await editor.getByRole('button', { name: 'Save counters, services and weights' }).click();
  await expect(refusal).toContainText(
    'Counters, services and weights not saved: fix the following',
  );
  await expect(errors).toHaveText('Row 1: services: unknown service: khong-co-dich-vu');

  await expect(refusal).not.toContainText(/Dòng|không|Invalid|expected/);

  // The protocol's own rule for a prefix, checked before sending, in the same words.
  await section.selectOption('services');
  await editor.getByRole('textbox', { name: 'Prefix — ho-tich' }).fill('a');
  await editor.getByRole('button', { name: 'Save services and opening hours' }).click();
  await expect(refusal).toContainText('Not saved: fix these rows');
  await expect(errors).toHaveText('Row 1: prefix: 1 to 3 capital letters');
  await expect(refusal).not.toContainText(/Dòng|không|Invalid|expected/);
  await page.screenshot({ path: 'test-results/screens/supervisor-config-refused-en.png' });

  // The outcome is kept as facts: switched back, it reads in Vietnamese.
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('list', { name: 'Lỗi cấu hình' })).toHaveText(
    'Dòng 1: tiền tố: tiền tố là 1 đến 3 chữ cái in hoa',
  );
  await page.getByRole('button', { name: 'English' }).click();
  await expect(errors).toHaveText('Row 1: prefix: 1 to 3 capital letters');

  await editor.getByRole('textbox', { name: 'Name — dat-dai', exact: true }).fill('');
  await editor.getByRole('button', { name: 'Save services and opening hours' }).click();
  await expect(errors.getByRole('listitem')).toHaveText([
    'Row 1: prefix: 1 to 3 capital letters',
    'Row 3: enter the name',
  ]);

  // A JSON section is checked by the server alone.
  await section.selectOption('queuePolicy');
  await editor
    .getByRole('textbox', { name: 'Content: Calling policy (JSON)' })
    .fill('{"calling": {"mode": "fastest"}}');
  await editor.getByRole('button', { name: 'Save this section' }).click();
  await expect(refusal).toContainText('Calling policy not saved: fix the following');
  await expect(errors).toContainText('The calling mode must be one of: "strict" (always call');
  await editor.getByRole('textbox', { name: 'Content: Calling policy (JSON)' }).fill('{"calling":');
  await editor.getByRole('button', { name: 'Save this section' }).click();
  await expect(refusal).toContainText('The content is not valid JSON');
  expect(centreFile()).toBe(before);
});

test('a revision conflict is explained in English and the section read again', async ({ page }) => {
  await openEnglishConfig(page);
  const editor = page.getByRole('region', { name: 'Edit the configuration' });
  await expect(editor.getByRole('textbox', { name: 'Name — dat-dai', exact: true })).toHaveValue(
    'Đất đai – Xây dựng',
  );
  // Another supervisor renames a service while this screen is open.
  const other = await signIn(server.url, demoAccounts.admin);
  const read = await api<{ services: Array<{ id: string; name: string }> }>(
    server.url,
    'GET',
    '/config',
    { token: other.token },
  );
  if (!read.body.ok) throw new Error(read.body.error.message);
  const renamed = read.body.data.services.map((service) =>
    service.id === 'dat-dai' ? { ...service, name: 'Đất đai' } : service,
  );
  const saved = await api(server.url, 'PUT', '/config/services', {
    token: other.token,
    body: renamed,
  });
  expect(saved.status).toBe(200);

  await editor.getByRole('textbox', { name: 'English name — ho-tich' }).fill('Civil registration');
  await editor.getByRole('button', { name: 'Save services and opening hours' }).click();
  const refusal = editor.getByRole('alert');
  await expect(refusal).toContainText(
    'Not saved (revision conflict): someone else changed "Services and opening hours" after you opened it.',
  );
  await refusal.getByRole('button', { name: 'Reload' }).click();
  await expect(editor.getByRole('status')).toHaveText(
    'The latest configuration is loaded. Make your change again, then save.',
  );
  await expect(editor.getByRole('textbox', { name: 'Name — dat-dai', exact: true })).toHaveValue(
    'Đất đai',
  );
});

test('a procedure is edited and saved in the English procedure editor', async ({ page }) => {
  await openEnglishConfig(page);
  await page.getByRole('button', { name: 'Procedures and documents…' }).click();
  const editor = page.getByRole('region', { name: 'Procedure settings' });
  await expect(editor.getByRole('heading', { name: 'Procedure settings' })).toBeVisible();
  const picker = editor.getByRole('combobox', { name: 'Procedure', exact: true });
  // A procedure is listed by its English name where it has one.
  await picker.selectOption({ label: 'Marriage registration' });
  const days = editor.getByRole('spinbutton', { name: 'Processing time (working days)' });
  await expect(days).toHaveValue('3');
  await expect(editor.getByRole('group', { name: 'Required documents' })).toBeVisible();
  await expect(editor.getByRole('group', { name: 'Fees' })).toBeVisible();
  await expect(editor.getByRole('combobox', { name: 'How fee 1 is charged' })).toHaveValue('');
  await expect(
    editor.getByRole('combobox', { name: 'How fee 1 is charged' }).getByRole('option'),
  ).toHaveText(['Charged once', 'Per page', 'Per copy']);

  // Out of bounds: said under the field in English, not left to the browser's own tooltip.
  await days.fill('400');
  await editor.getByRole('button', { name: 'Save procedure' }).click();
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await expect(days).toHaveAccessibleDescription(/365/);
  await expect(editor.getByRole('status')).toHaveText('Not saved: fix the marked fields');

  await days.fill('4');
  await editor.getByRole('button', { name: 'Add document' }).click();
  const added = await editor.getByRole('group', { name: /^Document \d+$/ }).count();
  await editor.getByRole('button', { name: 'Save procedure' }).click();
  const name = editor.getByRole('textbox', { name: `Document name ${added}` });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Enter the document name');
  await expect(editor.getByRole('status')).toHaveText('Not saved: fix the marked fields');

  await name.fill('Bản sao sổ hộ khẩu');
  await editor
    .getByRole('combobox', { name: `Document form ${added}` })
    .selectOption({ label: 'Certified copy' });
  await editor.getByRole('spinbutton', { name: `Document quantity ${added}` }).fill('2');
  await editor.getByRole('button', { name: 'Save procedure' }).click();
  await expect(editor.getByRole('status')).toHaveText('Saved "Marriage registration"');
  await page.screenshot({ path: 'test-results/screens/supervisor-procedure-editor-en.png' });

  const stored = await api<{
    processingDays: number;
    documents: Array<{ name: string; form: string; quantity: number }>;
  }>(server.url, 'GET', '/procedures/dang-ky-ket-hon');
  if (!stored.body.ok) throw new Error(stored.body.error.message);
  expect(stored.body.data.processingDays).toBe(4);
  expect(stored.body.data.documents).toContainEqual(
    expect.objectContaining({ name: 'Bản sao sổ hộ khẩu', form: 'certified-copy', quantity: 2 }),
  );
  await editor.getByRole('button', { name: 'Close settings' }).click();
  await expect(page.getByRole('region', { name: 'Edit the configuration' })).toBeVisible();
});

test('in the counter workspace switched to English, the procedure editor is English too', async ({
  page,
  browser,
}) => {
  // A counter officer's workspace offers no procedure settings (they are a supervisor's)...
  await page.goto(`${server.url}/counter/?device=counter-pc-1`);
  await counterPage(page).signIn({ ...demoAccounts.officer1, counter: 'Quầy 1' });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: /^Call next/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Procedure settings' })).toHaveCount(0);

  // ...a supervisor working a counter gets them, in the workspace's language.
  const supervisor = await browser.newPage();
  await supervisor.goto(`${server.url}/counter/?device=counter-pc-2`);
  await counterPage(supervisor).signIn({ ...demoAccounts.supervisor, counter: 'Quầy 2' });
  await supervisor.getByRole('button', { name: 'English' }).click();
  await supervisor.getByRole('button', { name: 'Procedure settings' }).click();
  const editor = supervisor.getByRole('region', { name: 'Procedure settings' });
  await editor
    .getByRole('combobox', { name: 'Procedure', exact: true })
    .selectOption({ label: 'Certified copies from originals' });
  await expect(
    editor.getByRole('spinbutton', { name: 'Processing time (working days)' }),
  ).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Document name 1' })).toBeVisible();
  await expect(editor.getByRole('combobox', { name: 'Document form 1' })).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Fee name 1' })).toBeVisible();
  await expect(editor.getByRole('spinbutton', { name: 'Fee amount 1 (VND)' })).toBeVisible();
  await expect(editor.getByRole('combobox', { name: 'How fee 1 is charged' })).toHaveValue('page');
  await expect(editor.getByRole('button', { name: 'Add fee' })).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Remove document 1' })).toBeVisible();
  await editor.getByRole('button', { name: 'Save procedure' }).click();
  await expect(editor.getByRole('status')).toHaveText('Saved "Certified copies from originals"');
  await supervisor.screenshot({ path: 'test-results/screens/counter-procedure-editor-en.png' });

  // Back in Vietnamese, the same editor reads as before.
  await supervisor.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(supervisor.getByRole('region', { name: 'Cấu hình thủ tục' })).toBeVisible();
  await expect(editor).toHaveCount(0);
  await supervisor.close();
});
