import { expect, test } from '@playwright/test';
import type { Dossier } from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { counterPage } from '../support/counter-page';
import { api, marriageDossier, mustOk } from '../support/sync-centre';

/**
 * The follow-up panel (F9) acts on the dossier it shows, and only that one: a new code clears
 * the previous citizen's dossier at once, so "Trả kết quả" can never return the wrong one.
 */
let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'queue-server-follow-up' });
});

test.afterAll(async () => {
  await server?.stop();
});

test('a code that is not found, or not a code, clears the dossier shown before it', async ({
  page,
}) => {
  const dossier = mustOk(
    await api<Dossier>(server, 'POST', '/dossiers', marriageDossier('Hoàng Văn Nam')),
  );
  mustOk(await api(server, 'POST', `/dossiers/${dossier.code}/processed`));

  await page.goto(`${server.url}/counter/?device=counter-pc-1`);
  const counter = counterPage(page);
  await counter.signIn({ username: 'can-bo-1', password: 'canbo-demo', counter: 'Quầy 1' });
  await counter.press('F9');
  const codeBox = counter.followUp.getByRole('textbox', { name: 'Mã hồ sơ' });
  const lookUp = counter.followUp.getByRole('button', { name: 'Tra cứu', exact: true });
  const shown = counter.followUp.getByRole('group', { name: 'Hồ sơ' });
  const returnResult = counter.followUp.getByRole('button', { name: 'Trả kết quả', exact: true });

  await codeBox.fill(dossier.code);
  await lookUp.click();
  await expect(shown).toContainText('Hoàng Văn Nam');
  await expect(returnResult).toBeEnabled();

  // Another citizen's receipt, mistyped: its code is not found.
  const parts = dossier.code.split('-');
  const unknown = [...parts.slice(0, -1), '9999'].join('-');
  await codeBox.fill(unknown);
  await lookUp.click();
  await expect(codeBox).toHaveAttribute('aria-invalid', 'true');
  await expect(shown).toHaveCount(0);
  await expect(returnResult).toHaveCount(0);

  // Back to the right code: returned once, and said so.
  await codeBox.fill(dossier.code);
  await lookUp.click();
  await returnResult.click();
  await expect(shown.getByRole('status', { name: 'Trạng thái hồ sơ' })).toHaveText(
    'Đã trả kết quả',
  );
  await expect(shown.getByRole('status').last()).toHaveText('Đã trả kết quả');

  // Not a dossier code at all: the returned dossier goes too, with its message.
  await codeBox.fill('ABC');
  await lookUp.click();
  await expect(codeBox).toHaveAttribute('aria-invalid', 'true');
  await expect(shown).toHaveCount(0);
  await expect(counter.followUp.getByText('Đã trả kết quả')).toHaveCount(0);
});
