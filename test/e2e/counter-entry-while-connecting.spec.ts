import { expect, test, type Page, type WebSocketRoute } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';

/**
 * The counter list arrives over REST, often before the socket is in. A counter chosen without
 * an account in that moment waits for the socket: a demo server then opens it, a secure one
 * refuses the socket and the officer is asked for an account. Choosing is never lost to timing.
 */

/** Holds the page's sockets short of the server until `release` is called. */
const holdSockets = async (page: Page): Promise<{ release: () => void }> => {
  const held: WebSocketRoute[] = [];
  let released = false;
  await page.routeWebSocket(/\/socket\.io\//, (socket) => {
    if (released) socket.connectToServer();
    else held.push(socket);
  });
  return {
    release: () => {
      released = true;
      for (const socket of held.splice(0)) socket.connectToServer();
    },
  };
};

test.describe('on a demo server', () => {
  let server: QueueServerProcess;
  test.beforeAll(async () => {
    server = await startQueueServer({ logName: 'queue-server-entry-demo' });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('a counter chosen while the screen connects opens once the server answers', async ({
    page,
  }) => {
    const sockets = await holdSockets(page);
    await page.goto(`${server.url}/counter/?device=counter-pc-1`);
    await page.getByRole('button', { name: 'Quầy 1', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Đang kết nối tới máy chủ… Quầy 1 sẽ mở khi kết nối xong.',
    );
    await expect(page.getByRole('textbox', { name: 'Tên đăng nhập' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );

    sockets.release();
    await expect(page.getByRole('button', { name: 'Gọi số tiếp theo' })).toBeEnabled();
    await expect(page.getByRole('heading', { level: 1, name: 'Quầy 1' })).toBeVisible();
  });
});

test.describe('on a secure server', () => {
  let server: QueueServerProcess;
  test.beforeAll(async () => {
    server = await startQueueServer({ secure: true, logName: 'queue-server-entry-secure' });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('a counter chosen without an account while the screen connects asks for the account', async ({
    page,
  }) => {
    const sockets = await holdSockets(page);
    await page.goto(`${server.url}/counter/?device=counter-pc-1`);
    await page.getByRole('button', { name: 'Quầy 1', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('Quầy 1 sẽ mở khi kết nối xong');

    sockets.release();
    await expect(page.getByRole('textbox', { name: 'Tên đăng nhập' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(page.getByText('Nhập tên đăng nhập của cán bộ')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Chọn quầy làm việc' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Gọi số tiếp theo' })).toHaveCount(0);
  });
});
