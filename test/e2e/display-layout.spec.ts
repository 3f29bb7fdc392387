import { expect, test, type Page } from '@playwright/test';
import { mutedChromium, openDisplay } from '../support/display-page';
import { startServerWithEditedCentre } from '../support/edited-centre';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';

test.use({ launchOptions: mutedChromium });

/** A full HD panel mounted upright, as stand-up signage is. */
const portrait = { width: 1080, height: 1920 };

/** Wall screens centres buy: full HD, 16:10 and old 4:3 panels, and an upright one. */
const screens = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  portrait,
];

/**
 * Every counter row of the board lies inside the screen and inside the board, and its name
 * and latest number show whole, on one line (no ellipsis, no wrap).
 */
const expectWholeBoard = async (page: Page, counterNames: string[]): Promise<void> => {
  const board = page.getByRole('region', { name: 'Các số vừa gọi' });
  const boardBox = await board.boundingBox();
  const viewport = page.viewportSize();
  expect(boardBox).not.toBeNull();
  expect(viewport).not.toBeNull();
  if (!boardBox || !viewport) return;
  for (const name of counterNames) {
    const row = board.getByRole('listitem', { name, exact: true });
    const box = await row.boundingBox();
    expect(box, name).not.toBeNull();
    if (!box) continue;
    expect(box.y + box.height, `${name} is cut off the screen`).toBeLessThanOrEqual(
      Math.min(viewport.height, boardBox.y + boardBox.height) + 0.5,
    );
    expect(box.x + box.width, `${name} is cut off the side`).toBeLessThanOrEqual(
      boardBox.x + boardBox.width + 0.5,
    );
    const fits = await row.evaluate((item) =>
      [...item.children].map((cell) => {
        const fontSize = parseFloat(
          cell.ownerDocument.defaultView?.getComputedStyle(cell).fontSize ?? '0',
        );
        return {
          text: cell.textContent ?? '',
          widths: `${cell.scrollWidth}/${cell.clientWidth}`,
          whole: cell.scrollWidth <= cell.clientWidth + 1,
          oneLine: cell.getBoundingClientRect().height < fontSize * 1.9,
        };
      }),
    );
    for (const cell of fits.slice(0, 2)) {
      expect(
        cell,
        `${name} at ${viewport.width}×${viewport.height}: ${JSON.stringify(cell)}`,
      ).toMatchObject({ whole: true, oneLine: true });
    }
  }
};

test('the counter board shows every counter whole on 16:9, 16:10, 4:3 and upright screens', async ({
  browser,
  request,
}) => {
  const server = await startQueueServer({ logName: 'queue-server-display-layout' });
  try {
    const issued = await request.post(`${server.url}/api/v1/tickets`, {
      data: { serviceId: 'ho-tich' },
    });
    expect(issued.status()).toBe(201);
    expect((await request.post(`${server.url}/api/v1/counters/quay-1/call-next`)).ok()).toBe(true);
    for (const screen of screens) {
      const display = await openDisplay(browser, server.url, 'display-1');
      await display.page.setViewportSize(screen);
      const board = display.page.getByRole('region', { name: 'Các số vừa gọi' });
      await expect(board.getByRole('listitem', { name: 'Quầy 1', exact: true })).toContainText(
        'A001',
      );
      await expectWholeBoard(display.page, ['Quầy 1', 'Quầy 2', 'Quầy 3', 'Quầy 4']);
      await display.page.close();
    }
  } finally {
    await server.stop();
  }
});

test('a zone of 16 counters fits the board in columns, each with its latest number', async ({
  browser,
  request,
}) => {
  const added = Array.from({ length: 12 }, (_, index) => index + 5);
  const server: QueueServerProcess = await startServerWithEditedCentre((config) => {
    const counters = config.counters as Record<string, unknown>[];
    counters.push(
      ...added.map((number) => ({
        id: `quay-${number}`,
        number,
        name: `Quầy ${number}`,
        serviceIds: ['ho-tich'],
        zone: 'tang-1',
      })),
    );
  }, 'queue-server-display-layout');
  try {
    const names = [1, 2, 3, 4, ...added].map((number) => `Quầy ${number}`);
    const called = new Map<string, string>();
    for (const number of [1, 9, 16]) {
      const issued = await request.post(`${server.url}/api/v1/tickets`, {
        data: { serviceId: 'ho-tich' },
      });
      const body = (await issued.json()) as { data: { ticket: { number: string } } };
      const call = await request.post(`${server.url}/api/v1/counters/quay-${number}/call-next`);
      expect(call.ok()).toBe(true);
      called.set(`Quầy ${number}`, body.data.ticket.number);
    }
    for (const screen of screens) {
      const display = await openDisplay(browser, server.url, 'display-1');
      await display.page.setViewportSize(screen);
      const board = display.page.getByRole('region', { name: 'Các số vừa gọi' });
      for (const [name, ticketNumber] of called) {
        await expect(board.getByRole('listitem', { name, exact: true })).toContainText(
          ticketNumber,
        );
      }
      await expect(board.getByRole('listitem')).toHaveCount(names.length);
      await expectWholeBoard(display.page, names);
      await display.page.close();
    }
  } finally {
    await server.stop();
  }
});

test('a zone serving many services keeps its waiting counts to two rows and pages through them', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const extra = Array.from({ length: 10 }, (_, index) => index + 1);
  const server: QueueServerProcess = await startServerWithEditedCentre((config) => {
    const template = config.services[0] ?? { id: 'ho-tich' };
    config.services.push(
      ...extra.map((number) => ({
        ...template,
        id: `dich-vu-${number}`,
        name: `Lĩnh vực thủ tục số ${number}`,
        nameEn: `Procedure area ${number}`,
        prefix: String.fromCharCode(69 + number),
        fieldId: undefined,
      })),
    );
    const counters = config.counters as { id: string; serviceIds: string[] }[];
    const first = counters.find((counter) => counter.id === 'quay-1');
    first?.serviceIds.push(...extra.map((number) => `dich-vu-${number}`));
  }, 'queue-server-display-layout');
  try {
    for (const screen of [...screens.slice(0, 2), portrait]) {
      const display = await openDisplay(browser, server.url, 'display-1');
      await display.page.setViewportSize(screen);
      const strip = display.page.getByRole('region', { name: 'Số người đang chờ' });
      await expect(strip.getByRole('listitem').first()).toBeVisible();
      const box = await strip.boundingBox();
      expect(box?.height ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(screen.height * 0.25);
      await expectWholeBoard(display.page, ['Quầy 1', 'Quầy 2', 'Quầy 3', 'Quầy 4']);
      await display.page.screenshot({
        path: `test-results/screens/display-many-services-${screen.width}.png`,
      });
      // Each Vietnamese name shows whole, wrapped if it must: "… số 1" and "… số 10" differ
      // only at the end.
      const names = await strip.locator('.service-vi').evaluateAll((cells) =>
        cells.map((cell) => ({
          text: cell.textContent ?? '',
          whole:
            cell.scrollHeight <= cell.clientHeight + 1 && cell.scrollWidth <= cell.clientWidth + 1,
        })),
      );
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(name, `at ${screen.width}`).toMatchObject({ whole: true });
      if (screen.width === 1920) {
        // Every service's count comes round, a page at a time.
        const seen = new Set<string>();
        await expect(async () => {
          for (const label of await strip
            .getByRole('listitem')
            .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''))) {
            seen.add(label.split(':')[0] ?? '');
          }
          expect(seen.size).toBe(14);
        }).toPass({ timeout: 40_000, intervals: [1_000] });
      }
      await display.page.close();
    }
  } finally {
    await server.stop();
  }
});
