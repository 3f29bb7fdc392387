import { expect, test, type Locator, type Page } from '@playwright/test';
import { useKioskCentre } from '../support/kiosk-page';
import { scanWithWedge } from '../support/kiosk-wedge';
import { startKioskWithScanner, type PtyScanner } from '../support/kiosk-scanner';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import {
  startReferenceBackend,
  type ReferenceBackendProcess,
} from '../support/reference-backend-process';
import {
  api as demoApi,
  eventually,
  marriageDossier,
  mustOk,
  startSyncCentre,
  type SyncCentre,
} from '../support/sync-centre';
import { api, demoAccounts, signIn } from '../support/server-auth';

/**
 * What a citizen sees where review found the kiosk wanting: a code scanned again, a scan from a
 * serial scanner and the idle timeout, an ID card whose dossiers cannot be listed, a kiosk the
 * server refuses, a supplement request without its list, and a priority group withdrawn while
 * chosen. Real server processes (and agent, scanner, backend where the path needs them).
 */
const homeHeading = (page: Page): Locator =>
  page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' });
const unknownScan = 'Không nhận ra mã vừa quét. Vui lòng quét mã trên giấy hẹn hoặc thẻ căn cước.';

test.describe('scans at a kiosk with its printer', () => {
  const kiosk = useKioskCentre();

  test('the same receipt scanned again reads it again, replacing "not recognised"', async ({
    page,
  }) => {
    const { code } = mustOk(
      await demoApi<{ code: string }>(
        kiosk.server,
        'POST',
        '/dossiers',
        marriageDossier('Lê Thị Hoa'),
      ),
    );
    await kiosk.open(page);
    await scanWithWedge(page, code);
    const result = page.getByRole('region', { name: `Kết quả tra cứu: ${code}` });
    await expect(result).toContainText('Đã tiếp nhận');
    await scanWithWedge(page, 'HELLO-WORLD');
    await expect(page.getByRole('alert')).toHaveText(unknownScan);
    await expect(result).toHaveCount(0);
    // The receipt again: the dossier shows again, and "not recognised" is gone.
    await scanWithWedge(page, code);
    await expect(result).toContainText('Đã tiếp nhận');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('the same booking code scanned again is checked in again', async ({ page }) => {
    const notFound = 'Không tìm thấy lịch hẹn với mã này. Vui lòng kiểm tra lại mã.';
    await kiosk.open(page);
    await scanWithWedge(page, 'K7M2P9QA');
    await expect(page.getByRole('heading', { name: 'Xác nhận lịch hẹn' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(notFound);
    await scanWithWedge(page, 'HELLO-WORLD');
    await expect(page.getByRole('alert')).toHaveText(unknownScan);
    await scanWithWedge(page, 'K7M2P9QA');
    await expect(page.getByRole('alert')).toHaveText(notFound);
  });

  const card = (fullName: string): string =>
    `079199012345||${fullName}|01021990|Nam|1 Le Loi Ben Nghe Quan 1|15082021`;

  test('ID card dossiers the server refuses to list: the kiosk’s words, not the server’s', async ({
    page,
  }) => {
    // The request reaches the server with an ID it does not accept: it answers `bad-request`,
    // with a message in both languages meant for the logs. (The kiosk sends only the card's ID
    // numbers, which its classifier has checked, so the request is altered on the way.)
    await page.routeWebSocket(/\/socket\.io\//, (socket) => {
      const server = socket.connectToServer();
      socket.onMessage((message) => {
        server.send(
          typeof message === 'string' && message.includes('"dossier:citizen-list"')
            ? message.replace('"idNumber":"079199012345"', '"idNumber":"2345"')
            : message,
        );
      });
    });
    await kiosk.open(page);
    await scanWithWedge(page, card('NGUYEN VAN AN'));
    await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    const citizen = page.getByRole('region', { name: 'Hồ sơ của bạn' });
    await expect(citizen.getByRole('alert')).toHaveText(
      'Chưa tra cứu được hồ sơ theo thẻ căn cước. Vui lòng hỏi nhân viên hướng dẫn, hoặc tra cứu bằng mã hồ sơ trên giấy hẹn.',
    );
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('region', { name: 'Your dossiers' }).getByRole('alert')).toHaveText(
      'Your dossiers could not be found by ID card. Please ask a member of staff, or look one up with the code on your receipt.',
    );
  });

  test('ID card dossiers with no answer in time: the kiosk’s timeout words, not "(timeout)"', async ({
    page,
  }) => {
    // The request for the card's dossiers is lost on the way; everything else goes through.
    await page.routeWebSocket(/\/socket\.io\//, (socket) => {
      const server = socket.connectToServer();
      socket.onMessage((message) => {
        if (typeof message === 'string' && message.includes('"dossier:citizen-list"')) return;
        server.send(message);
      });
    });
    await kiosk.open(page);
    await scanWithWedge(page, card('NGUYEN VAN AN'));
    await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    const citizen = page.getByRole('region', { name: 'Hồ sơ của bạn' });
    // The kiosk waits 10 s for an answer.
    await expect(citizen.getByRole('alert')).toHaveText(
      'Chưa tra cứu được hồ sơ theo thẻ căn cước: Máy chủ không phản hồi. Vui lòng thử lại. Bạn cũng có thể tra cứu bằng mã hồ sơ trên giấy hẹn.',
      { timeout: 20_000 },
    );
  });
});

test.describe('a serial scanner and the idle timeout', () => {
  const device = 'kiosk-review-scan';
  let server: QueueServerProcess;
  let scanner: PtyScanner;
  let stop: (() => Promise<void>) | undefined;

  test.beforeAll(async () => {
    ({ server, scanner, stop } = await startKioskWithScanner(device, {
      logName: 'queue-server-kiosk-review',
    }));
  });

  test.afterAll(async () => {
    await stop?.();
  });

  test('a receipt read by the serial scanner gets the full idle time before the kiosk goes home', async ({
    page,
  }) => {
    const code = '000.00.06.H56-231027-9999';
    await page.clock.install();
    await page.goto(`${server.url}/kiosk/?device=${device}&idle=10`);
    await expect(homeHeading(page)).toBeVisible();
    // The agent opens the port on its own schedule: scan until a line gets through.
    const lookupHeading = page.getByRole('heading', { name: 'Tra cứu hồ sơ' });
    for (let attempt = 0; attempt < 5 && !(await lookupHeading.isVisible()); attempt += 1) {
      scanner.scan(code);
      await lookupHeading.waitFor({ timeout: 2000 }).catch(() => undefined);
    }
    await expect(lookupHeading).toBeVisible();
    await page.getByRole('button', { name: 'Về trang chính' }).click();
    await expect(homeHeading(page)).toBeVisible();

    // From here the page's time moves only when the test says.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 100);
    await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
    await expect(lookupHeading).toBeVisible();
    await page.clock.runFor(8000);
    scanner.scan(code);
    const answer = page.getByRole('alert');
    await expect(answer).toContainText(`Không tìm thấy hồ sơ có mã ${code}`);
    // 13 s after the last touch, 5 s after the scan: the answer is still there to read.
    await page.clock.runFor(5000);
    await expect(answer).toContainText(`Không tìm thấy hồ sơ có mã ${code}`);
    await expect(homeHeading(page)).toHaveCount(0);
    // 10 s after the scan, the kiosk is home for the next citizen.
    await page.clock.runFor(6000);
    await expect(homeHeading(page)).toBeVisible();
  });
});

test('a kiosk the server refuses says it is not paired and to ask staff', async ({ page }) => {
  const server = await startQueueServer({ secure: true, logName: 'queue-server-kiosk-refused' });
  try {
    // A plain browser presents no pairing token: a secure centre refuses the handshake.
    await page.goto(`${server.url}/kiosk/?device=kiosk-1`);
    await expect(
      page.getByRole('heading', { name: 'Máy lấy số chưa được ghép nối' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(
      'Máy chủ từ chối kết nối vì máy này chưa được ghép nối hoặc đã bị thu hồi. Vui lòng báo nhân viên hướng dẫn.',
    );
    await expect(page.getByText('Máy sẽ tự kết nối lại')).toHaveCount(0);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'This kiosk is not paired' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Please ask a member of staff.');
  } finally {
    await server.stop();
  }
});

test.describe('a supplement requested at the province', () => {
  let backend: ReferenceBackendProcess;
  let centre: SyncCentre;

  test.beforeAll(async () => {
    backend = await startReferenceBackend({ name: 'kiosk-review-backend' });
    centre = await startSyncCentre({
      name: 'kiosk-review-sync-centre',
      sync: { backends: [{ id: 'tinh', url: backend.url }] },
    });
  });

  test.afterAll(async () => {
    await centre?.stop();
    await backend?.stop();
  });

  test('without a list of documents, the citizen is sent to reception, not to an empty list', async ({
    page,
  }) => {
    const { code } = mustOk(
      await demoApi<{ code: string }>(centre, 'POST', '/dossiers', marriageDossier('Hồ Văn Tâm')),
    );
    await eventually(
      () => backend.stats(),
      (stats) => stats.stored.dossier === 1,
      { what: 'dossier pushed to the backend' },
    );
    // Decided at the province: the centre has no list of what to bring.
    await backend.setDossierStatus(code, 5);
    await page.goto(`${centre.url}/kiosk/?device=kiosk-review-backend`);
    await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
    await page.getByRole('textbox', { name: 'Mã hồ sơ' }).fill(code);
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    const result = page.getByRole('region', { name: `Kết quả tra cứu: ${code}` });
    await expect(result).toContainText('Yêu cầu bổ sung');
    await expect(result).toContainText(
      'Cần bổ sung giấy tờ. Vui lòng hỏi quầy tiếp nhận để biết cần bổ sung những gì.',
    );
    await expect(result).not.toContainText('quầy tiếp nhận:');
    await expect(result.getByRole('listitem')).toHaveCount(0);
  });
});

test.describe('a priority group withdrawn while chosen', () => {
  let server: QueueServerProcess;
  type Category = { id: string; selfDeclared?: boolean };

  test.beforeAll(async () => {
    server = await startQueueServer({ logName: 'queue-server-kiosk-priority' });
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  /** Applies a supervisor's edit to the priority groups, as the configuration screen would. */
  const editCategories = async (edit: (categories: Category[]) => Category[]): Promise<void> => {
    const supervisor = await signIn(server.url, demoAccounts.supervisor);
    const current = await api<{ priorityCategories: Category[] }>(server.url, 'GET', '/config', {
      token: supervisor.token,
    });
    if (!current.body.ok) throw new Error('configuration unreadable');
    const edited = await api(server.url, 'PUT', '/config/priorityCategories', {
      token: supervisor.token,
      body: edit(current.body.data.priorityCategories),
    });
    expect(edited.status).toBe(200);
  };

  const choosePriority = async (page: Page, name: string): Promise<void> => {
    await page.getByRole('button', { name: 'Tôi thuộc diện ưu tiên' }).click();
    await page.getByRole('button', { name, exact: true }).click();
    await expect(page.getByText(`Diện ưu tiên: ${name}.`)).toBeVisible();
  };

  test('removed by the supervisor: the choice goes, the citizen is told, the next ticket is ordinary', async ({
    page,
  }) => {
    await page.goto(`${server.url}/kiosk/?device=kiosk-review-priority`);
    await choosePriority(page, 'Người cao tuổi');
    await editCategories((categories) =>
      categories.filter((category) => category.id !== 'nguoi-cao-tuoi'),
    );
    await expect(page.getByRole('alert')).toHaveText(
      'Diện ưu tiên bạn chọn không còn được áp dụng tại máy lấy số. Bạn có thể lấy số thường hoặc hỏi nhân viên hướng dẫn.',
    );
    await expect(page.getByText('Diện ưu tiên: Người cao tuổi.')).toHaveCount(0);
    await page.getByRole('button', { name: /Hộ tịch/ }).click();
    const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
    await expect(ticket.getByText(/^A\d{3}$/)).toBeVisible();
    await expect(ticket).not.toContainText('Ưu tiên');
  });

  test('refused by the server before the kiosk heard: said so, the choice cleared', async ({
    page,
  }) => {
    // The centre's new snapshot does not reach this kiosk (held back on the way) while
    // `holdSnapshots` is set; everything else goes through.
    let holdSnapshots = false;
    await page.routeWebSocket(/\/socket\.io\//, (socket) => {
      const server = socket.connectToServer();
      server.onMessage((message) => {
        if (holdSnapshots && typeof message === 'string' && message.includes('"centre:snapshot"'))
          return;
        socket.send(message);
      });
    });
    await page.goto(`${server.url}/kiosk/?device=kiosk-review-priority`);
    await choosePriority(page, 'Người khuyết tật');
    holdSnapshots = true;
    // Now granted by officers only: a kiosk asking for it is answered `forbidden`.
    await editCategories((categories) =>
      categories.map((category) =>
        category.id === 'khuyet-tat' ? { ...category, selfDeclared: false } : category,
      ),
    );
    await page.getByRole('button', { name: /Hộ tịch/ }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Chưa lấy được số: diện ưu tiên bạn chọn không còn được áp dụng. Vui lòng chạm lại vào dịch vụ để lấy số thường, hoặc hỏi nhân viên hướng dẫn.',
    );
    await expect(page.getByText('Diện ưu tiên: Người khuyết tật.')).toHaveCount(0);
    await page.getByRole('button', { name: /Hộ tịch/ }).click();
    const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
    await expect(ticket.getByText(/^A\d{3}$/)).toBeVisible();
    await expect(ticket).not.toContainText('Ưu tiên');
  });
});
