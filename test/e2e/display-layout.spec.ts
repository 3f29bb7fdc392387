import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  expectCallInsideCard,
  expectLatestNumbersReadable,
  fullHd,
  mutedChromium,
  openDisplay,
} from '../support/display-page';
import { startServerWithEditedCentre, type CentreJson } from '../support/edited-centre';
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

/**
 * A name some centres give a counter: far longer than the panels were drawn for. It does not
 * say the counter's number, so the card shows it whole under "Quầy 3".
 */
const longName = 'Tiếp nhận và trả kết quả hồ sơ đất đai, xây dựng, tài nguyên và môi trường';

/**
 * The demo centre grown to 8 counters, all of which serve hộ tịch (so one ticket each can be
 * called), with a notice band on display-1; its 4 services make two rows of waiting counts.
 * That leaves the board its least height on a 16:9 screen.
 */
const eightCountersWithNotice =
  (names: { long: boolean }) =>
  (config: CentreJson): void => {
    const counters = config.counters as { id: string; name: string; serviceIds: string[] }[];
    counters.push(
      ...[5, 6, 7, 8].map((number) => ({
        id: `quay-${number}`,
        number,
        name: `Quầy ${number}`,
        serviceIds: ['ho-tich'],
        zone: 'tang-2',
      })),
    );
    for (const counter of counters) {
      if (!counter.serviceIds.includes('ho-tich')) counter.serviceIds.push('ho-tich');
      if (names.long && counter.id === 'quay-3') counter.name = longName;
    }
    const hall = config.displays.find((display) => display.id === 'display-1');
    if (hall) {
      hall.notice =
        'Công dân vui lòng giữ phiếu số thứ tự và theo dõi màn hình. Khi đến lượt, vui lòng mang theo căn cước công dân.';
    }
  };

/** Issues a hộ tịch ticket and calls it to the counter; answers the ticket's number. */
const callToCounter = async (
  request: APIRequestContext,
  url: string,
  counterId: string,
): Promise<string> => {
  const issued = await request.post(`${url}/api/v1/tickets`, { data: { serviceId: 'ho-tich' } });
  expect(issued.status()).toBe(201);
  const call = await request.post(`${url}/api/v1/counters/${counterId}/call-next`);
  expect(call.ok()).toBe(true);
  return ((await call.json()) as { data: { ticketNumber: string } }).data.ticketNumber;
};

test('a long counter name in the current call shrinks inside its card on 16:9 and upright screens', async ({
  browser,
  request,
}) => {
  const server = await startServerWithEditedCentre(
    eightCountersWithNotice({ long: true }),
    'queue-server-display-layout',
  );
  try {
    const first = await callToCounter(request, server.url, 'quay-1');
    for (const screen of [fullHd, portrait]) {
      const display = await openDisplay(browser, server.url, 'display-1');
      await display.page.setViewportSize(screen);
      // Opened before the call, so it arrives live and flashes.
      const number = await callToCounter(request, server.url, 'quay-3');
      await expectCallInsideCard(display.page, number, longName);
      // The card keeps its place: the counters still show under it on an upright panel.
      await expectWholeBoard(display.page, ['Quầy 1', 'Quầy 2', 'Quầy 4']);
      await expect(
        display.page
          .getByRole('region', { name: 'Các số vừa gọi' })
          .getByRole('listitem', { name: 'Quầy 1', exact: true }),
      ).toContainText(first);
      await display.page.screenshot({
        path: `test-results/screens/display-long-call-${screen.width}.png`,
      });
      await display.page.close();
    }
  } finally {
    await server.stop();
  }
});

test('a recall is marked inside the card, where it shows', async ({ browser, request }) => {
  const server = await startServerWithEditedCentre(
    eightCountersWithNotice({ long: true }),
    'queue-server-display-layout',
  );
  try {
    const display = await openDisplay(browser, server.url, 'display-1');
    const number = await callToCounter(request, server.url, 'quay-3');
    await callToCounter(request, server.url, 'quay-1');
    expect((await request.post(`${server.url}/api/v1/counters/quay-3/recall`)).ok()).toBe(true);
    await expect(display.currentCall()).toContainText(number);
    const tag = display.page.getByText('Gọi lại Recall');
    await expect(tag).toBeVisible();
    const card = display.currentCall().locator('..');
    const [tagBox, cardBox] = [await tag.boundingBox(), await card.boundingBox()];
    expect(tagBox && cardBox).toBeTruthy();
    if (!tagBox || !cardBox) return;
    expect(tagBox.y).toBeGreaterThanOrEqual(cardBox.y);
    expect(tagBox.y + tagBox.height).toBeLessThanOrEqual(cardBox.y + cardBox.height);
    // Nothing is drawn over it.
    const onTop = await tag.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const top = element.ownerDocument.elementFromPoint(
        box.left + box.width / 2,
        box.top + box.height / 2,
      );
      return top !== null && element.contains(top);
    });
    expect(onTop).toBe(true);
    await expectCallInsideCard(display.page, number, longName);
  } finally {
    await server.stop();
  }
});

test("a long counter name in the board does not shrink the other counters' numbers", async ({
  browser,
  request,
}) => {
  const server = await startServerWithEditedCentre(
    eightCountersWithNotice({ long: true }),
    'queue-server-display-layout',
  );
  try {
    const latest = new Map<string, string>();
    for (const number of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const name = number === 3 ? longName : `Quầy ${number}`;
      latest.set(name, await callToCounter(request, server.url, `quay-${number}`));
    }
    for (const screen of [fullHd, portrait]) {
      const display = await openDisplay(browser, server.url, 'display-1');
      await display.page.setViewportSize(screen);
      await expectLatestNumbersReadable(display.page, latest);
      const shortNames = [...latest.keys()].filter((name) => name !== longName);
      await expectWholeBoard(display.page, shortNames);
      // The counter shows by its number, as the call is announced, whole on one line; its long
      // name under it is cut to the column the numbers leave, never widening it.
      const longRow = display.page
        .getByRole('region', { name: 'Các số vừa gọi' })
        .getByRole('listitem', { name: longName, exact: true });
      const shown = longRow.getByText('Quầy 3', { exact: true });
      await expect(shown).toBeVisible();
      const lines = await shown.evaluate((cell) => {
        const style = cell.ownerDocument.defaultView?.getComputedStyle(cell);
        return cell.getBoundingClientRect().height / parseFloat(style?.lineHeight ?? '1');
      });
      expect(lines).toBeLessThanOrEqual(1.05);
      await display.page.close();
    }
  } finally {
    await server.stop();
  }
});

test('8 counters under a notice and two rows of waiting counts keep their numbers at 4u or more', async ({
  browser,
  request,
}) => {
  const server = await startServerWithEditedCentre(
    eightCountersWithNotice({ long: false }),
    'queue-server-display-layout',
  );
  try {
    const display = await openDisplay(browser, server.url, 'display-1');
    const latest = new Map<string, string>();
    for (const number of [1, 2, 3, 4, 5, 6, 7, 8]) {
      latest.set(`Quầy ${number}`, await callToCounter(request, server.url, `quay-${number}`));
    }
    await expect(display.page.getByRole('region', { name: 'Số người đang chờ' })).toBeVisible();
    await expectLatestNumbersReadable(display.page, latest);
    await expectWholeBoard(display.page, [...latest.keys()]);
    // The last call still flashes inside its card, short name and all.
    await expectCallInsideCard(display.page, latest.get('Quầy 8') ?? '', 'Quầy 8');
    await display.page.screenshot({ path: 'test-results/screens/display-8-counters.png' });
  } finally {
    await server.stop();
  }
});
