/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createServer, type AddressInfo } from 'node:net';
import type { Client } from 'pg';
import { Browser, BrowserContext, BrowserContextOptions, chromium, Locator, Page } from 'playwright-core';
import { startApi, TestApi } from './app';
import { StackOptions, startStack, startWorker, TestWorker } from './stack';

const run = promisify(execFile);
const ROOT = join(__dirname, '../..');

/** Debian's Chromium, never a downloaded one; flags that keep it quiet, offline and sandbox-free in CI. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

/**
 * Builds the web application into a fresh temporary folder (a few seconds), so that the test serves exactly
 * the current sources whatever dist/web holds, and never races another build. Returns the folder.
 */
export async function buildWeb(): Promise<{ dir: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'mnio-web-'));
  const env = { ...process.env, MNIO_WEB_OUT_DIR: dir, NODE_ENV: 'production' };
  await run(process.execPath, [join(ROOT, 'node_modules/@codegouvfr/react-dsfr/bin/react-dsfr.js'), 'update-icons', '--silent'], { cwd: ROOT, env });
  await run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'error'], { cwd: ROOT, env, maxBuffer: 16 << 20 });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now ("page: rule → targets"). */
export async function seriousViolations(page: Page, name: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: ${v.id} (${v.impact}) → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Everything a page wrote to its console, and every page error, for the no-identity-in-console check. */
export function recordConsole(context: BrowserContext, sink: string[]): void {
  context.on('console', (m) => sink.push(`${m.type()}: ${m.text()}`));
  context.on('weberror', (e) => sink.push(`pageerror: ${e.error().message}`));
}

/** Screenshots go to docs/screenshots only when asked (MNIO_SCREENSHOTS=1): CI runs leave the tree alone. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  if (process.env.MNIO_SCREENSHOTS !== '1') return;
  const dir = join(ROOT, 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
}

/** What the browser kept: web storage and IndexedDB databases (the app must keep no token and no identity there). */
export async function browserStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump = (s: Storage) => JSON.stringify(Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k)])));
    const dbs = 'databases' in indexedDB ? await indexedDB.databases() : [];
    return `local=${dump(localStorage)} session=${dump(sessionStorage)} idb=${JSON.stringify(dbs)} cookie=${document.cookie}`;
  });
}

/**
 * Signs in on the sign-in page the address showed. A reload keeps the session (the refresh cookie restores it):
 * when the page came back signed in, the cookie is dropped and the same address loaded again, signed out.
 */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  const form = page.getByRole('heading', { name: 'Connexion à mnio' });
  // The refresh cookie may have restored someone's session at this address (the sign-out button is there, if only
  // in a phone's folded menu): once its requests have settled, forget it and load the address again, so that the
  // journey signs in as the user it names.
  const signedIn = page.getByRole('button', { name: 'Se déconnecter', includeHidden: true }).first();
  await form.or(signedIn).waitFor({ state: 'attached' });
  if (!(await form.isVisible())) {
    await page.waitForLoadState('networkidle');
    await page.context().clearCookies();
    await page.goto(page.url());
    await form.waitFor();
  }
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: 'Connexion à mnio' }).waitFor({ state: 'detached' });
}

/** The header repeats its quick-access items in the mobile menu: the first is the desktop one. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
  await page.getByRole('heading', { name: 'Connexion à mnio' }).waitFor();
}

/** A loopback port free now (the API listens on it right after). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The address a browser will use to reach the API, chosen before the API boots: that origin is the one allowed to
 * sign in and refresh (`MNIO_ALLOWED_ORIGINS`), and the refresh cookie is not Secure on plain http. `restore`
 * removes both settings. The API must then listen on `port`.
 */
export async function browserOrigin(port?: number): Promise<{ port: number; base: string; restore(): void }> {
  const chosen = port ?? (await freePort());
  const base = `http://127.0.0.1:${chosen}`;
  process.env.MNIO_ALLOWED_ORIGINS = base;
  process.env.MNIO_COOKIE_SECURE = 'false';
  return { port: chosen, base, restore: () => (delete process.env.MNIO_ALLOWED_ORIGINS, delete process.env.MNIO_COOKIE_SECURE) };
}

export interface Journey {
  api: TestApi;
  /** Absent when the journey asked for no worker. */
  worker: TestWorker;
  db: Client;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The API's address, serving the freshly built web app. */
  base: string;
  consoleLines: string[];
  violations: string[];
  titles: string[];
  urls: string[];
  /** Waits for the page to settle and records its title, its address and its serious WCAG violations. */
  check(name: string): Promise<void>;
}

/**
 * A browser journey's whole set-up, in the calling describe block: the web app built from the current sources,
 * the API serving it on its own database and Redis prefix (as every stack of the harness), the worker with the
 * production case-access check unless told otherwise, and a French Chromium page whose console is recorded.
 * Everything is closed in reverse order in afterAll.
 */
export function useWebJourney(
  options: Omit<StackOptions, 'api' | 'smtp' | 'receiver' | 'before'> & { context?: BrowserContextOptions; /** The API's port (default: any free one). */ port?: number },
  ready: (journey: Journey) => void,
  timeoutMs = 300_000,
): void {
  const closers: (() => Promise<unknown> | unknown)[] = [];
  beforeAll(async () => {
    const building = buildWeb();
    closers.push(async () => (await building).remove());
    const stack = await startStack({ env: options.env, api: false, worker: false });
    closers.push(() => stack.close());
    process.env.MNIO_WEB_DIR = (await building).dir;
    closers.push(() => delete process.env.MNIO_WEB_DIR);
    // The browser calls the API from the API's own address.
    const { port, base, restore } = await browserOrigin(options.port);
    closers.push(restore);
    const api = await startApi();
    closers.push(() => api.close());
    await api.app.listen(port, '127.0.0.1');
    const worker = options.worker === false ? (undefined as unknown as TestWorker) : await startWorker(options.worker ?? {});
    if (worker) closers.push(() => worker.close());
    const browser = await launchBrowser();
    closers.push(() => browser.close());
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 }, ...options.context });
    closers.push(() => context.close());
    const consoleLines: string[] = [];
    recordConsole(context, consoleLines);
    const page = await context.newPage();
    const journey: Journey = {
      api, worker, db: stack.db, browser, context, page, base, consoleLines, violations: [], titles: [], urls: [],
      async check(name) {
        await page.waitForLoadState('networkidle');
        journey.titles.push(await page.title());
        journey.urls.push(page.url());
        journey.violations.push(...(await seriousViolations(page, name)));
      },
    };
    ready(journey);
  }, timeoutMs);
  afterAll(async () => {
    const errors: unknown[] = [];
    for (const close of closers.reverse()) await Promise.resolve().then(close).catch((e) => errors.push(e));
    if (errors.length) throw errors[0];
  });
}

/**
 * The page at 375 px (a phone): nothing wider than the screen — the page does not scroll sideways, each table
 * scrolls in its own container, each chart fits — then a screenshot `<name>-mobile` (with MNIO_SCREENSHOTS=1), and
 * the viewport back as it was. Returns what overflows (empty when all fits).
 */
export async function mobileOverflow(page: Page, name: string): Promise<string[]> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 800 });
  try {
    await page.waitForTimeout(300);
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth > width + 1) out.push(`page ${document.documentElement.scrollWidth}px wide`);
      document.querySelectorAll('table').forEach((t) => {
        const box = t.closest('.fr-table__container') ?? t.parentElement!;
        const scroller = getComputedStyle(box).overflowX;
        if (box.getBoundingClientRect().right > width + 1) out.push(`table « ${t.caption?.textContent ?? ''} » container past the screen`);
        if (t.scrollWidth > box.clientWidth + 1 && !['auto', 'scroll'].includes(scroller)) out.push(`table « ${t.caption?.textContent ?? ''} » overflows without scrolling`);
      });
      document.querySelectorAll('bar-chart, figure').forEach((c) => {
        const r = c.getBoundingClientRect();
        if (r.width > 0 && (r.right > width + 1 || r.left < -1)) out.push(`chart ${Math.round(r.width)}px past the screen`);
      });
      return out;
    });
    await screenshot(page, `${name}-mobile`);
    return problems;
  } finally {
    if (before) await page.setViewportSize(before);
  }
}

/**
 * The text of `table`'s row named `row` once it matches `expected`, or what it says after `timeoutMs`: when a filter
 * changes, the address changes at once but the page may show the previous figures a moment longer, so a read right
 * after `waitForURL` can see them (CI saw « Victimes repérées17 » where the filtered 8 was coming).
 */
export async function rowOnceItShows(table: Locator, row: RegExp, expected: RegExp, timeoutMs = 15_000): Promise<string> {
  const line = table.getByRole('row', { name: row });
  await line
    .filter({ hasText: expected })
    .waitFor({ timeout: timeoutMs })
    .catch(() => undefined);
  return (await line.textContent()) ?? '';
}
