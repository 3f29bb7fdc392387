import { expect, test, type Page } from '@playwright/test';
import { contentSecurityPolicy, withSecurityHeaders } from '@openops/shell';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { startHeaderProxy, type HeaderProxy } from '../support/shell-header-proxy';

/**
 * The shell puts its Content-Security-Policy on every response from the server. This runs the
 * three real app builds in Chromium under that exact policy (added as the shell adds it) and
 * checks they work and break none of it: a violation here would be a blank kiosk in Electron.
 */
let server: QueueServerProcess;
let proxy: HeaderProxy;

test.beforeAll(async () => {
  server = await startQueueServer();
  // The browser sees the server only through the shell's header rewrite, on the proxy's origin.
  proxy = await startHeaderProxy(server.url, (url, headers) =>
    withSecurityHeaders(url, headers, proxy.url),
  );
});

test.afterAll(async () => {
  await proxy?.close();
  await server?.stop();
});

/**
 * Records policy violations. zod 4 probes `new Function('')` once to decide whether it may
 * compile parsers; the policy blocks it, as it should, and zod falls back. That one probe
 * (`script-src eval`) is expected until the apps set `z.config({ jitless: true })`.
 */
const watchViolations = async (page: Page): Promise<string[]> => {
  const violations: string[] = [];
  await page.exposeBinding('reportViolation', (_source, text: string) => {
    if (text !== 'script-src eval') violations.push(text);
  });
  // Page code as a string: this project compiles without the DOM library.
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) =>
      window.reportViolation(event.violatedDirective + ' ' + event.blockedURI));`,
  });
  return violations;
};

/** Each app, and something it can only show once its scripts ran and its socket brought data. */
const apps = [
  {
    app: 'kiosk',
    device: 'kiosk-1',
    loaded: (page: Page) => page.getByRole('button', { name: /^Hộ tịch/ }),
  },
  {
    app: 'counter',
    device: 'counter-pc-1',
    loaded: (page: Page) => page.getByRole('button', { name: 'Quầy 1' }),
  },
  {
    app: 'display',
    device: 'display-1',
    loaded: (page: Page) => page.getByRole('heading', { level: 1, name: /Trung tâm/ }),
  },
] as const;

for (const { app, device, loaded } of apps) {
  test(`the ${app} app runs under the shell's policy without a violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(`${proxy.url}/${app}/?device=${device}`);
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy(proxy.url));
    await expect(loaded(page)).toBeVisible();
    await expect(page.getByText(/Mất kết nối máy chủ/)).toHaveCount(0);
    expect(violations).toEqual([]);
  });
}

test('the policy does block what it must: an inline script', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`${proxy.url}/kiosk/?device=kiosk-1`);
  await page.evaluate(`{
    const script = document.createElement('script');
    script.textContent = 'document.title = "injected"';
    document.head.append(script);
  }`);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.title()).not.toBe('injected');
});
