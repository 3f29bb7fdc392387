import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';

/**
 * The officer's counter in English: chosen on the sign-in screen (Vietnamese by default), carried
 * into the working screen, and followed by the dialogs, the dossier form and the receipt card,
 * one language at a time. Names from the centre's data (counters, officers, documents) stay as
 * configured; every label the app writes reads English.
 */
let server: QueueServerProcess;
/** Headers of a supervisor's REST session, to read the counter's state. */
let supervisor: Record<string, string> = {};

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'counter-english-server' });
  const session = await fetch(`${server.url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'giam-sat', password: 'giamsat-demo' }),
  });
  expect(session.status).toBe(201);
  const { data } = (await session.json()) as { data: { token: string } };
  supervisor = { authorization: `Bearer ${data.token}` };
});

test.afterAll(async () => {
  await server?.stop();
});

const screens = 'test-results/screens';
const officer = 'Nguyễn Văn An';
const applicant = 'Trần Thị Mai';
/** Procedures keep their official Vietnamese names in English too, as the receipt prints them. */
const procedure = 'Đăng ký khai sinh';
const vietnameseLetter = /[À-ỹĐđ]/u;

const issue = async (request: APIRequestContext): Promise<string> => {
  const reply = await request.post(`${server.url}/api/v1/tickets`, {
    data: { serviceId: 'ho-tich' },
  });
  expect(reply.status()).toBe(201);
  return ((await reply.json()) as { data: { ticket: { number: string } } }).data.ticket.number;
};

/**
 * Asserts that what `area` shows has no Vietnamese word left once the centre's own names (its
 * counters, the officer, the procedure, the applicant typed in) and the switch back to
 * Vietnamese, named in Vietnamese on purpose, are taken out: no label is Vietnamese only.
 */
const readsEnglish = async (area: Locator): Promise<void> => {
  const text = (await area.innerText())
    .replaceAll('Tiếng Việt', '')
    .replace(/Quầy \d+/g, '')
    .replaceAll(officer, '')
    .replaceAll(procedure, '')
    .replaceAll(applicant, '');
  expect(text, 'no Vietnamese label').not.toMatch(vietnameseLetter);
};

test('an officer switches to English at sign-in and works the counter in English', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const first = await issue(request);
  const second = await issue(request);

  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(`${server.url}/counter/?device=counter-pc-1`);

  // Vietnamese by default, with the switch the working screen has.
  await expect(page.getByRole('heading', { level: 1, name: 'Chọn quầy làm việc' })).toBeVisible();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose your counter' })).toBeVisible();
  await expect(
    page.getByText('Enter your officer account, then choose the counter you work at today.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tiếng Việt', exact: true })).toBeVisible();
  // A counter's services in English; the counter's name as configured.
  await expect(
    page.getByRole('button', { name: 'Quầy 1', exact: true }),
  ).toHaveAccessibleDescription('Civil status');

  const form = page.getByRole('form', { name: 'Officer sign-in' });
  await form.getByRole('textbox', { name: 'User name' }).fill('can-bo-1');
  // A counter chosen without the password asks for it, in English.
  await page.getByRole('button', { name: 'Quầy 1', exact: true }).click();
  await expect(form.getByLabel('Password')).toHaveAccessibleDescription('Enter your password');
  await form.getByLabel('Password').fill('canbo-demo');
  await form.getByLabel('Password').press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Choose your counter below');
  await readsEnglish(page.getByRole('main'));
  await page.screenshot({ path: `${screens}/counter-english-sign-in.png` });
  await expect(page.getByRole('button', { name: 'Quầy 1', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');

  // The working screen opens in English.
  await expect(page.getByRole('heading', { level: 1, name: 'Quầy 1' })).toBeVisible();
  const callNext = page.getByRole('button', { name: /^Call next/ });
  await expect(callNext).toBeEnabled();
  // The page says its language (a screen reader's voice) and its title in it.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Counter');
  await expect(page.getByRole('button', { name: 'Tiếng Việt', exact: true })).toBeVisible();
  await expect(page.getByText('Services: Civil status')).toBeVisible();
  const toolbar = page.getByRole('toolbar', { name: 'Actions' });
  await expect(toolbar.getByRole('button')).toHaveText([
    'Call nextF1',
    'RecallF2',
    'Start servingF3',
    'FinishF4',
    'No-showF6',
    'TransferF7',
    'Return to queueShift+F7',
    'Receive dossierF8',
    'Return / supplementF9',
  ]);
  // With nobody at the counter, a disabled action says why in English.
  await expect(toolbar.getByRole('button', { name: /^Recall/ })).toHaveAttribute(
    'title',
    'No number is at the counter: call one first (F1).',
  );
  const current = page.getByRole('region', { name: 'Now serving' });
  await expect(current).toHaveText('No number called yet');
  const queue = page.getByRole('region', { name: 'Waiting list' });
  await expect(queue.getByRole('row', { name: new RegExp(first) })).toContainText('Civil status');
  await expect(queue.getByRole('button', { name: `Call ${second}` })).toBeVisible();

  // Call and serve.
  await page.keyboard.press('F1');
  await expect(current).toHaveText(first);
  await expect(page.getByText('· Waiting for the citizen', { exact: true })).toBeVisible();
  await page.keyboard.press('F3');
  await expect(page.getByText('· Serving', { exact: true })).toBeVisible();
  await expect(page.getByText('Serving time:')).toBeVisible();
  // The whole working screen: header, current number, actions, waiting list.
  await readsEnglish(page.getByRole('main'));
  await page.screenshot({ path: `${screens}/counter-english-serving.png` });

  // Calling the next in line by hand with a citizen at the counter asks how to end theirs, and
  // names the number asked for (past the 2 s that guard a call from a double press).
  await page.waitForTimeout(2_100);
  await queue.getByRole('button', { name: `Call ${second}` }).click();
  const ask = page.getByRole('alertdialog', { name: `Ticket ${first} is at the counter` });
  await expect(ask.getByRole('button')).toHaveText([`Finish and call ${second}`, 'Cancel']);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(current).toHaveText(first);

  // The pause dialog warns of the citizen at the counter, and names its usual reasons in English.
  await page.keyboard.press('F10');
  const pause = page.getByRole('dialog', { name: 'Pause the counter' });
  await expect(pause.getByRole('note')).toHaveText(
    `${first} is still at the counter. Finish, return to the queue or transfer it before pausing.`,
  );
  for (const reason of ['Break', 'Meeting', 'Backlog of dossiers', 'Equipment problem']) {
    await expect(pause.getByRole('button', { name: reason, exact: true })).toBeVisible();
  }
  await expect(pause.getByRole('textbox', { name: 'Other reason' })).toBeVisible();
  await readsEnglish(pause);
  await page.screenshot({ path: `${screens}/counter-english-pause.png` });
  await pause.getByRole('button', { name: 'Cancel' }).click();
  await expect(pause).toHaveCount(0);

  // The shortcut list, one language at a time.
  await page.keyboard.press('Shift+F1');
  const help = page.getByRole('dialog', { name: 'Shortcuts' });
  await expect(help.getByRole('row', { name: /^F1 / })).toHaveText('F1Call next');
  await expect(help.getByRole('row', { name: /Shift\+F7/ })).toContainText(
    'Return the ticket to the queue',
  );
  await expect(help.getByRole('row', { name: /Esc/ })).toContainText('Close the dialog');
  await expect(help).not.toContainText('(call next)');
  await readsEnglish(help);
  await help.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(help).toHaveCount(0);

  // A dossier received for the citizen, and its receipt card.
  await page.keyboard.press('F8');
  // The form's region keeps its Vietnamese name (the page model's); its heading reads English.
  const dossierForm = page.getByRole('region', { name: 'Tiếp nhận hồ sơ' });
  await expect(dossierForm.getByRole('heading', { name: 'Receive a dossier' })).toBeVisible();
  await dossierForm.getByRole('searchbox', { name: 'Find the procedure' }).fill('khai sinh');
  // Procedures read by their English names; the receipt keeps the Vietnamese one it prints.
  await dossierForm.getByRole('button', { name: /^Birth registration/ }).click();
  await expect(dossierForm.locator('.chosen')).toContainText(
    'Birth registration (1.001193) · same day · Change procedure',
  );
  const documents = dossierForm.getByRole('group', { name: 'Documents' });
  await expect(documents.getByRole('columnheader')).toHaveText([
    'Received',
    'Document',
    'Form',
    'Quantity',
  ]);
  // The documents' names are the centre's; how each is handed in reads English.
  await expect(
    documents
      .getByRole('combobox', { name: /^Form: / })
      .first()
      .getByRole('option', { name: 'Original', exact: true, selected: true }),
  ).toHaveCount(1);
  await readsEnglish(dossierForm.getByRole('group', { name: 'Applicant' }));
  // Sent without a name: refused beside the field, in English.
  await dossierForm.getByRole('button', { name: 'Receive and print the receipt' }).click();
  await expect(dossierForm.getByRole('textbox', { name: 'Full name' })).toHaveAccessibleDescription(
    'Enter the full name',
  );
  await dossierForm.getByRole('textbox', { name: 'Full name' }).fill(applicant);
  await dossierForm.getByRole('button', { name: 'Receive and print the receipt' }).click();

  const receipt = page.getByRole('region', { name: 'Dossier receipt' });
  await expect(receipt.getByRole('heading', { name: 'Dossier received' })).toBeVisible();
  await expect(receipt.getByRole('status', { name: 'Dossier code' })).toHaveText(
    /^[0-9A-Z.]+-\d{6}-\d{4,}$/,
  );
  await expect(receipt.getByRole('status', { name: 'Result due' })).toHaveText(
    /^\d{2}\/\d{2}\/\d{4}$/,
  );
  await expect(receipt).toContainText(`${procedure} · ${applicant}`);
  // No agent runs for this counter PC: the receipt waits for its printer, said in English.
  await expect(receipt.getByLabel('Printer')).toHaveText(
    'The receipt is waiting for the printer (not connected); it prints once the printer is back',
  );
  await readsEnglish(receipt);
  await page.screenshot({ path: `${screens}/counter-english-receipt.png` });
  await receipt.getByRole('button', { name: 'Close the receipt' }).click();
  await expect(receipt).toHaveCount(0);

  // Finished: the rating line in English.
  await page.keyboard.press('F4');
  await expect(current).toHaveText('No number called yet');
  await expect(page.getByRole('status', { name: 'Rating' })).toContainText(
    `${first}: Waiting for the citizen’s rating…`,
  );

  // Paused for a meeting: the reason recorded in Vietnamese, shown in English.
  await page.keyboard.press('F10');
  await page
    .getByRole('dialog', { name: 'Pause the counter' })
    .getByRole('button', { name: 'Meeting', exact: true })
    .click();
  await expect(page.getByRole('button', { name: /^Resume/ })).toBeVisible();
  await expect(page.getByText('(Meeting)', { exact: true })).toBeVisible();
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  const paused = await request.get(`${server.url}/api/v1/counters/quay-1`, {
    headers: supervisor,
  });
  expect(await paused.json()).toMatchObject({ data: { state: 'paused', reason: 'Họp' } });
  await page.getByRole('button', { name: /^Resume/ }).click();
  await expect(page.getByRole('button', { name: /^Pause/ })).toBeVisible();

  // A reload (the PC's screen restarted) keeps the officer's language with the session.
  await page.reload();
  await expect(page.getByRole('button', { name: /^Call next/ })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Tiếng Việt', exact: true })).toBeVisible();

  // A key for an action the counter cannot take now says why, and a switch rewords it.
  await page.keyboard.press('F4');
  await expect(page.getByRole('alert')).toHaveText(
    'No number is at the counter: call one first (F1).',
  );

  // And back to Vietnamese, the same screen.
  await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Chưa có số nào ở quầy: gọi số trước (F1).');
  await expect(page.getByRole('button', { name: /^Gọi số tiếp theo/ })).toBeEnabled();
  await expect(page.getByRole('region', { name: 'Số đang phục vụ' })).toHaveText('Chưa gọi số nào');
  await expect(page.getByRole('button', { name: 'English', exact: true })).toBeVisible();
});
