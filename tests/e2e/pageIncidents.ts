import type { Browser, BrowserContext, Page } from 'playwright-core';

/** What the init script and a hostile payload leave on `window`. */
interface Watched {
  /** Content-Security-Policy violations, as `directive blocked-URI`, collected from the first byte of each page. */
  __csp: string[];
  /** The fixtures' payloads set it (`window.pwned=1`): defined means content ran as script. */
  pwned?: unknown;
}

/**
 * A browser context, JavaScript on, for pages of the site served at `origin`: it records every CSP violation from
 * the start of each page, and no request ever leaves the machine (one to another host is aborted; `pageIncidents`
 * reports it).
 */
export async function watchedContext(browser: Browser, origin: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  await context.addInitScript(() => {
    (window as unknown as Watched).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as Watched).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
  );
  return context;
}

/**
 * Opens `url` in `context` (from `watchedContext`), lets `act` use the page, and returns everything the page did
 * that no page of the site should, each as `event: detail`: a dialog, a navigation to anything but `url` (or one of
 * `leadsTo`, where the page itself sends the reader on), a frame or popup, a request to another host, a console
 * message, an uncaught error, a CSP violation, or `window.pwned` set.
 */
export async function pageIncidents(
  context: BrowserContext,
  url: string,
  act: (page: Page) => Promise<void>,
  { leadsTo = [] }: { leadsTo?: string[] } = {},
): Promise<string[]> {
  const origin = new URL(url).origin;
  const page = await context.newPage();
  const incidents: string[] = [];
  page.on('dialog', (dialog) => {
    incidents.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) incidents.push(`frame navigated: ${frame.url()}`);
    else if (frame.url() !== url && !leadsTo.includes(frame.url())) incidents.push(`navigated: ${frame.url()}`);
  });
  page.on('frameattached', (frame) => incidents.push(`frame attached: ${frame.url()}`));
  page.on('popup', (popup) => incidents.push(`popup: ${popup.url()}`));
  page.on('request', (request) => {
    const { protocol, origin: to } = new URL(request.url());
    if (to !== origin && protocol !== 'data:') incidents.push(`request: ${request.url()}`);
  });
  page.on('console', (message) => {
    const at = message.location().url;
    incidents.push(`console ${message.type()}: ${message.text()}${at ? ` (${at})` : ''}`);
  });
  page.on('pageerror', (error) => incidents.push(`error: ${error.message}`));

  try {
    await page.goto(url);
    await act(page);
    const { csp, pwned } = await page.evaluate(() => {
      const watched = window as unknown as Watched;
      return { csp: watched.__csp, pwned: watched.pwned };
    });
    incidents.push(...csp.map((violation) => `CSP violation: ${violation}`));
    if (pwned !== undefined) incidents.push(`window.pwned: ${String(pwned)}`);
  } catch (error) {
    // A page that navigates away mid-way ends the reading; what it did until then is the report.
    incidents.push(`stopped: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return incidents;
}
