import { expect, test } from '@playwright/test';
import { mutedChromium, openDisplay, issueAndCall } from '../support/display-page';
import { startServerWithEditedCentre } from '../support/edited-centre';
import type { QueueServerProcess } from '../support/queue-server-process';

/**
 * The counter a call is spoken to ("… đến quầy số ba") is the counter shown: by its number,
 * on the current call's card and on the board, with its name under it when the name does not
 * say that number already.
 */
test.use({ launchOptions: mutedChromium });

/** A name that says what the counter does, not its number. */
const namedByWork = 'Chứng thực – Đất đai';

let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startServerWithEditedCentre((config) => {
    for (const counter of config.counters) if (counter.id === 'quay-3') counter.name = namedByWork;
  }, 'queue-server-display-counter-number');
});

test.afterAll(async () => {
  await server?.stop();
});

test('a counter named by its work shows the number the call speaks, its name under it', async ({
  browser,
  request,
}) => {
  const display = await openDisplay(browser, server.url, 'display-1');
  await expect(display.page.getByRole('listitem', { name: /^Chứng thực: \d+$/ })).toBeVisible();
  const number = await issueAndCall(request, server.url, {
    serviceId: 'chung-thuc',
    counterId: 'quay-3',
  });
  const card = display.currentCall();
  await expect(card).toHaveText(`${number} → Quầy 3${namedByWork}`);
  await display.waitForLog(`bắt đầu đọc ${number} → ${namedByWork}: chime vi:intro`);
  const lines = await display.logLines();
  expect(lines.some((line) => line.endsWith('vi:to-counter vi:ba'))).toBe(true);
  // "Quầy 3" comes first and larger than the name under it.
  const counterNumber = card.getByText('Quầy 3', { exact: true });
  const name = card.getByText(namedByWork, { exact: true });
  const [numberBox, nameBox] = [await counterNumber.boundingBox(), await name.boundingBox()];
  expect(numberBox && nameBox && numberBox.y + numberBox.height <= nameBox.y + 1).toBe(true);
  expect(numberBox && nameBox && numberBox.height > nameBox.height).toBe(true);

  const row = display.page
    .getByRole('region', { name: 'Các số vừa gọi' })
    .getByRole('listitem', { name: namedByWork });
  await expect(row.getByText('Quầy 3', { exact: true })).toBeVisible();
  await expect(row).toContainText(number);
  await display.page.close();
});

test('a counter whose name says its number shows that number once', async ({
  browser,
  request,
}) => {
  const display = await openDisplay(browser, server.url, 'display-1');
  await expect(display.page.getByRole('listitem', { name: /^Hộ tịch: \d+$/ })).toBeVisible();
  const number = await issueAndCall(request, server.url, {
    serviceId: 'ho-tich',
    counterId: 'quay-1',
  });
  await expect(display.currentCall()).toHaveText(`${number} → Quầy 1`);
  await expect(display.currentCall().getByText('Quầy 1')).toHaveCount(1);
  await display.page.close();
});
