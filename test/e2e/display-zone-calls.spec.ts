import { expect, test, type Page } from '@playwright/test';
import { mutedChromium, openDisplay, issueAndCall } from '../support/display-page';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';

/**
 * A display's board holds its own zones' calls: a screen (re)opened after a busy hour on
 * another floor gets its floor's calls back, and a screen whose zones a supervisor changes
 * shows the calls of its new zones at once.
 */
test.use({ launchOptions: mutedChromium });

let server: QueueServerProcess;

test.beforeEach(async () => {
  server = await startQueueServer({ logName: 'queue-server-display-zones' });
});

test.afterEach(async () => {
  await server?.stop();
});

/** Issues a ticket of the service and calls it to the counter; answers its number. */

const board = (page: Page) => page.getByRole('region', { name: 'Các số vừa gọi' });

test('a floor-2 screen opened after a busy hour on floor 1 shows floor 2’s calls', async ({
  browser,
  request,
}) => {
  const floor2Earlier = await issueAndCall(request, server.url, {
    serviceId: 'chung-thuc',
    counterId: 'quay-3',
  });
  const floor2Latest = await issueAndCall(request, server.url, {
    serviceId: 'dat-dai',
    counterId: 'quay-4',
  });
  // Twelve calls on floor 1 since: more than the ten latest calls of the whole centre.
  for (let call = 0; call < 12; call += 1) {
    await issueAndCall(request, server.url, {
      serviceId: 'ho-tich',
      counterId: call % 2 === 0 ? 'quay-1' : 'quay-2',
    });
  }
  const floor2 = await openDisplay(browser, server.url, 'display-tang-2');
  await expect(floor2.currentCall()).toHaveText(`${floor2Latest} → Quầy 4`);
  await expect(board(floor2.page).getByRole('listitem', { name: 'Quầy 3' })).toContainText(
    floor2Earlier,
  );
  await floor2.page.close();
});

test('a screen whose zones a supervisor changes shows its new zones’ calls at once', async ({
  browser,
  request,
}) => {
  const floor1 = await issueAndCall(request, server.url, {
    serviceId: 'ho-tich',
    counterId: 'quay-1',
  });
  const screen = await openDisplay(browser, server.url, 'display-tang-2');
  // Connected (the waiting counts come after its zone rooms are joined): the call is live.
  await expect(screen.page.getByRole('listitem', { name: /^Chứng thực: \d+$/ })).toBeVisible();
  const floor2 = await issueAndCall(request, server.url, {
    serviceId: 'chung-thuc',
    counterId: 'quay-3',
  });
  await expect(screen.currentCall()).toHaveText(`${floor2} → Quầy 3`);

  const supervisor = await signIn(server.url, demoAccounts.supervisor);
  const configured = await api<{ displays: { id: string; zones: string[] }[] }>(
    server.url,
    'GET',
    '/config',
    { token: supervisor.token },
  );
  if (!configured.body.ok) throw new Error('configuration unreadable');
  const moved = configured.body.data.displays.map((display) =>
    display.id === 'display-tang-2' ? { ...display, zones: ['tang-1'] } : display,
  );
  const edited = await api(server.url, 'PUT', '/config/displays', {
    token: supervisor.token,
    body: moved,
  });
  expect(edited.status).toBe(200);

  // No reload: floor 1's call is current and listed, floor 2's has left the screen.
  await expect(screen.currentCall()).toHaveText(`${floor1} → Quầy 1`);
  await expect(board(screen.page).getByRole('listitem', { name: 'Quầy 1' })).toContainText(floor1);
  await expect(board(screen.page).getByRole('listitem', { name: 'Quầy 3' })).toHaveCount(0);
  await expect(screen.currentCall().getByText(floor2)).toHaveCount(0);
  await expect(board(screen.page).getByText(floor2)).toHaveCount(0);
  await screen.page.close();
});
