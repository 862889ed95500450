import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as argon2 from 'argon2';
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { CREATE_CASE_EXAMPLE } from '../apps/api/src/http/cases/cases.dto';
import { assertDone, Benchmark, BenchApi, bootApi, median, repoRoot, round } from './lib';

const run = promisify(execFile);
const PASSWORD = 'Bench-mnio-2026!';
const ROUNDS = 3;
/** Debian's Chromium, as the browser tests use it (scripts/ensure-chromium.sh). */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
/**
 * `charset` (best practices) reads the page's body from DevTools with a 1 s timeout that a loaded 2-core machine
 * misses, and Lighthouse then fails the whole run (PROTOCOL_TIMEOUT): skipped. index.html declares UTF-8 first.
 */
const SKIPPED_AUDITS = ['charset'];

/** The figures of one Lighthouse run on one page. */
interface PageFigures {
  performance: number;
  accessibility: number;
  best_practices: number;
  fcp_ms: number;
  lcp_ms: number;
  /** Cumulative layout shift (unitless; Lighthouse's « good » is 0.1 or less). */
  cls: number;
  /** Total blocking time: the main thread's long tasks beyond 50 ms each, between FCP and interactive. */
  tbt_ms: number;
  /** Bytes on the wire (compressed when served compressed). */
  script_kib: number;
  css_kib: number;
  font_kib: number;
  total_kib: number;
  requests: number;
}

interface LighthouseResult {
  lhr: {
    runtimeError?: { code: string; message: string };
    finalDisplayedUrl: string;
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number; score?: number | null; details?: { items?: { resourceType?: string; transferSize?: number; url?: string }[] } }>;
    environment: { benchmarkIndex: number };
  };
  /** The unthrottled load Lighthouse simulated its figures from (its DevTools trace). */
  artifacts?: { Trace?: { traceEvents: unknown[] } };
}
type RunLighthouse = (url: string, flags: Record<string, unknown>, config: undefined, page: Page) => Promise<LighthouseResult | undefined>;

/**
 * Lighthouse 12 and puppeteer-core are ES modules / dual packages: loaded with a real `import()` that neither tsc
 * (CommonJS output) nor SWC (the smoke run) turn into `require`.
 */
const esmImport = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;

/** A loopback port free now (the API listens on it right after: its address is the origin allowed to sign in). */
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

/** The web application built from the current sources into a temporary folder, as `npm run build:web` does. */
async function buildWeb(): Promise<{ dir: string; remove(): void }> {
  const root = repoRoot();
  const dir = mkdtempSync(join(tmpdir(), 'mnio-bench-web-'));
  const env = { ...process.env, MNIO_WEB_OUT_DIR: dir, NODE_ENV: 'production' };
  await run(process.execPath, [join(root, 'node_modules/@codegouvfr/react-dsfr/bin/react-dsfr.js'), 'update-icons', '--silent'], { cwd: root, env });
  await run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'error'], { cwd: root, env, maxBuffer: 16 << 20 });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function figures(result: LighthouseResult | undefined, page: string): PageFigures {
  if (!result) throw new Error(`Lighthouse returned nothing for the ${page}`);
  const { lhr } = result;
  // A runtime error that still left every score (a gatherer's DevTools timeout on a loaded machine: the audits
  // that needed it have no score, and the category scores rest on the others) is reported, not fatal.
  const fatal = lhr.runtimeError ? `${lhr.runtimeError.code} ${lhr.runtimeError.message}` : 'no score';
  const score = (c: string) => {
    const s = lhr.categories[c]?.score;
    if (typeof s !== 'number') throw new Error(`Lighthouse on the ${page}: no ${c} score (${fatal})`);
    return s;
  };
  const numeric = (a: string) => {
    const v = lhr.audits[a]?.numericValue;
    if (typeof v !== 'number') throw new Error(`Lighthouse on the ${page}: no ${a} (${fatal})`);
    return v;
  };
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const bytes = (type?: string) => requests.filter((r) => !type || r.resourceType === type).reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    best_practices: score('best-practices'),
    fcp_ms: Math.round(numeric('first-contentful-paint')),
    lcp_ms: Math.round(numeric('largest-contentful-paint')),
    cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
    tbt_ms: Math.round(numeric('total-blocking-time')),
    script_kib: Math.round(bytes('Script')),
    css_kib: Math.round(bytes('Stylesheet')),
    font_kib: Math.round(bytes('Font')),
    total_kib: Math.round(bytes()),
    requests: requests.length,
  };
}

/** The audits that cost points outside performance, for the notes (what to fix to reach 1.0). */
function failedAudits(result: LighthouseResult | undefined): string[] {
  if (!result) return [];
  const error = result.lhr.runtimeError ? [`runtime error ${result.lhr.runtimeError.code}`] : [];
  const manual = new Set(['manual', 'notApplicable', 'informative']);
  return Object.entries(result.lhr.audits)
    .filter(([, a]) => typeof a.score === 'number' && a.score < 1 && !manual.has((a as { scoreDisplayMode?: string }).scoreDisplayMode ?? ''))
    .map(([id]) => id)
    .concat(error);
}

/**
 * The pages as a phone on a poor network gets them: Lighthouse 12 (default mobile profile: a mid-range phone's
 * screen, 4× CPU slowdown, simulated slow 4G — 150 ms RTT, 1.6 Mbit/s) driving Debian's Chromium, on the
 * sign-in page (signed out) and on a case page (signed in as the case's worker: the refresh cookie of a session
 * opened through the API is set in the browser, and the page restores the session from it as after a reload).
 * The web app is built from the current sources (or taken from `BENCH_WEB_DIR`, to measure another build with
 * this API) and served by the API as in production. Each of 3 rounds runs both pages in fresh browser contexts
 * (cold cache); figures are medians with the min–max spread. No physical reference: Lighthouse simulates the
 * phone and the network from the page's own requests, so its figures depend little on the machine's load (its
 * CPU `benchmarkIndex` is reported). Smoke run: one round, and the checks that both pages were really measured.
 */
export const lighthouse: Benchmark = {
  name: 'lighthouse',
  description: 'Lighthouse (mobile, simulated slow 4G) with Debian Chromium on the sign-in page and a signed-in case page: scores, FCP, LCP, bytes',
  async run(ctx) {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (scripts/ensure-chromium.sh installs it)`);
    const closers: (() => Promise<unknown> | unknown)[] = [];
    const saved = { web: process.env.MNIO_WEB_DIR, origins: process.env.MNIO_ALLOWED_ORIGINS, secure: process.env.MNIO_COOKIE_SECURE };
    closers.push(() => {
      for (const [k, v] of [['MNIO_WEB_DIR', saved.web], ['MNIO_ALLOWED_ORIGINS', saved.origins], ['MNIO_COOKIE_SECURE', saved.secure]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    });
    try {
      let webDir = process.env.BENCH_WEB_DIR;
      if (webDir) ctx.log(`web app from BENCH_WEB_DIR=${webDir}`);
      else {
        ctx.log('building the web app from the sources');
        const built = await buildWeb();
        closers.push(() => built.remove());
        webDir = built.dir;
      }
      if (!existsSync(join(webDir, 'index.html'))) throw new Error(`no index.html in ${webDir}`);

      // The organisation, its case worker and one case of theirs, created through the API.
      const org = randomUUID();
      const worker = { id: randomUUID(), email: 'worker@bench.mnio.test' };
      const db = new Client({ connectionString: ctx.databaseUrl });
      await db.connect();
      try {
        await db.query(`INSERT INTO organisations (id, kind, name, territories) VALUES ($1, 'association', 'Association banc Lighthouse', '{93}')`, [org]);
        await db.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, 'Camille Banc', $3)`, [worker.id, worker.email, await argon2.hash(PASSWORD, { type: argon2.argon2id })]);
        await db.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'case_worker')`, [worker.id, org]);
      } finally {
        await db.end();
      }

      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      process.env.MNIO_WEB_DIR = webDir;
      process.env.MNIO_ALLOWED_ORIGINS = base;
      process.env.MNIO_COOKIE_SECURE = 'false';
      const api: BenchApi = await bootApi(port);
      closers.push(() => api.close());

      /** A fresh session of the case worker, opened as a script does: the refresh token comes in the body. */
      const login = async () => {
        const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: worker.email, password: PASSWORD }) });
        const body = (await res.json()) as { accessToken?: string; refreshToken?: string };
        if (!body.accessToken || !body.refreshToken) throw new Error(`bench login failed: ${res.status}`);
        return body as { accessToken: string; refreshToken: string };
      };
      const { accessToken } = await login();
      const created = await fetch(`${base}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` }, body: JSON.stringify(CREATE_CASE_EXAMPLE) });
      const createdBody = (await created.json()) as { id?: string; reference?: string };
      if (created.status !== 201 || !createdBody.id) throw new Error(`creating the case: ${created.status}`);
      const caseUrl = `${base}/cases/${createdBody.id}`;
      const signInUrl = `${base}/`;

      const { default: puppeteer } = await esmImport<{ default: { launch(o: Record<string, unknown>): Promise<Browser> } }>('puppeteer-core');
      const { default: runLighthouse } = await esmImport<{ default: RunLighthouse }>('lighthouse');
      const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
      closers.push(() => browser.close());

      /** A browser context holding a fresh session's refresh cookie, as after a reload of a signed-in page. */
      const signIn = async (context: BrowserContext) => {
        const { refreshToken } = await login();
        await context.setCookie(
          { name: 'mnio_refresh', value: refreshToken, domain: '127.0.0.1', path: '/api/auth/refresh', httpOnly: true, sameSite: 'Strict' },
          // The marker the API sets beside it: without it the page shows the sign-in form without restoring.
          { name: 'mnio_session', value: '1', domain: '127.0.0.1', path: '/', sameSite: 'Strict' },
        );
      };

      /** One Lighthouse run in a fresh browser context (empty cache, no cookie but the session's when signed in). */
      const measure = async (which: 'signin' | 'case', round: number): Promise<{ figures: PageFigures; failed: string[]; benchmarkIndex: number }> => {
        const context: BrowserContext = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          if (which === 'case') await signIn(context);
          const url = which === 'case' ? caseUrl : signInUrl;
          const result = await runLighthouse(url, { logLevel: 'error', onlyCategories: [...CATEGORIES], skipAudits: SKIPPED_AUDITS, locale: 'fr' }, undefined, page);
          const measured = figures(result, which === 'case' ? 'case page' : 'sign-in page');
          // BENCH_LIGHTHOUSE_REPORTS=<dir>: every run's whole report (JSON), to read the audits' details.
          const reports = process.env.BENCH_LIGHTHOUSE_REPORTS;
          if (reports && result) writeFileSync(join(reports, `${which}-${round}.json`), JSON.stringify(result.lhr));
          // BENCH_LIGHTHOUSE_TRACES=<dir>: the trace of the load each report was simulated from (DevTools' Performance panel reads it).
          const traces = process.env.BENCH_LIGHTHOUSE_TRACES;
          if (traces && result?.artifacts?.Trace) writeFileSync(join(traces, `${which}-${round}.trace.json`), JSON.stringify(result.artifacts.Trace));
          // The page Lighthouse measured is the one meant: the case, signed in; the form, signed out.
          // (Lighthouse may stop before the session's restoring answer arrives: wait for it, a few seconds at most.)
          const expected = which === 'case' ? (createdBody.reference ?? '\u0000') : 'Connexion à mnio';
          const shown = await page.waitForFunction((t: string) => document.body.innerText.includes(t), { timeout: 20_000 }, expected).then(() => true, () => false);
          if (!shown) {
            const text = await page.evaluate(() => document.body.innerText);
            throw new Error(`round ${round}: the ${which === 'case' ? 'case page did not show the case (signed out?)' : 'sign-in page did not show its form'}: « ${text.slice(0, 200)} »`);
          }
          return { figures: measured, failed: failedAudits(result), benchmarkIndex: result!.lhr.environment.benchmarkIndex };
        } finally {
          await context.close();
        }
      };

      /** A run that Lighthouse itself gave up (a DevTools protocol timeout on a loaded machine, a trace without its navigation start: « relancer Lighthouse ») is tried again, twice at most. */
      const measureRetrying = async (which: 'signin' | 'case', round: number) => {
        for (let attempt = 1; ; attempt++) {
          try {
            return await measure(which, round);
          } catch (e) {
            if (attempt >= 3 || !/PROTOCOL_TIMEOUT|NO_FCP|PAGE_HUNG|NO_NAVSTART/.test((e as Error).message)) throw e;
            ctx.log(`round ${round} ${which}: ${(e as Error).message.slice(0, 160)}; again`);
          }
        }
      };

      // BENCH_LIGHTHOUSE_PROFILE=<dir>: a V8 CPU profile of the page's main thread as it loads the case page, signed in,
      // at the machine's own speed (no throttling), to see which of the page's functions the long tasks are; read it
      // with bench/lib/cpuprofile-summary.js or in DevTools. Names are readable on a build without minifying
      // (`MNIO_WEB_MINIFY=false`, then `BENCH_WEB_DIR`).
      const profiles = process.env.BENCH_LIGHTHOUSE_PROFILE;
      if (profiles) {
        const context: BrowserContext = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          await signIn(context);
          const cdp = await page.createCDPSession();
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Profiler.start');
          await page.goto(caseUrl, { waitUntil: 'networkidle0' });
          await page.waitForFunction((t: string) => document.body.innerText.includes(t), { timeout: 20_000 }, createdBody.reference ?? '\u0000');
          const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
          const file = join(profiles, `case-page-${Date.now()}.cpuprofile`);
          writeFileSync(file, JSON.stringify(profile));
          ctx.log(`case page's CPU profile: ${file}`);
        } finally {
          await context.close();
        }
      }

      const rounds = ctx.smoke ? 1 : ROUNDS;
      const byPage: Record<'signin' | 'case', PageFigures[]> = { signin: [], case: [] };
      const failed: Record<'signin' | 'case', Set<string>> = { signin: new Set(), case: new Set() };
      const indexes: number[] = [];
      for (let r = 1; r <= rounds; r++) {
        for (const which of ['signin', 'case'] as const) {
          const m = await measureRetrying(which, r);
          byPage[which].push(m.figures);
          m.failed.forEach((a) => failed[which].add(a));
          indexes.push(m.benchmarkIndex);
          ctx.log(`round ${r} ${which}: ${JSON.stringify(m.figures)}`);
        }
      }
      assertDone('sign-in page runs measured', byPage.signin.length, rounds);
      assertDone('case page runs measured', byPage.case.length, rounds);

      const metrics: Record<string, number> = { rounds, benchmark_index: Math.round(median(indexes)) };
      for (const which of ['signin', 'case'] as const) {
        for (const key of Object.keys(byPage[which][0]) as (keyof PageFigures)[]) {
          const values = byPage[which].map((f) => f[key]);
          metrics[`${which}_${key}`] = round(median(values));
          metrics[`${which}_${key}_min`] = Math.min(...values);
          metrics[`${which}_${key}_max`] = Math.max(...values);
        }
      }
      const line = (which: 'signin' | 'case', label: string) =>
        `${label}: perf ${metrics[`${which}_performance`]} (${metrics[`${which}_performance_min`]}–${metrics[`${which}_performance_max`]}), a11y ${metrics[`${which}_accessibility`]}, bp ${metrics[`${which}_best_practices`]}, ` +
        `FCP ${(metrics[`${which}_fcp_ms`] / 1000).toFixed(1)} s (${(metrics[`${which}_fcp_ms_min`] / 1000).toFixed(1)}–${(metrics[`${which}_fcp_ms_max`] / 1000).toFixed(1)}), ` +
        `LCP ${(metrics[`${which}_lcp_ms`] / 1000).toFixed(1)} s, CLS ${metrics[`${which}_cls`]}, TBT ${metrics[`${which}_tbt_ms`]} ms, JS ${metrics[`${which}_script_kib`]} KiB, CSS ${metrics[`${which}_css_kib`]} KiB`;
      return {
        summary: `${line('signin', 'sign-in')} · ${line('case', 'case page')}`,
        metrics,
        notes: [
          `${rounds} round(s), each page in a fresh browser context; medians with min–max; Lighthouse's CPU benchmarkIndex ${indexes.join(', ')}`,
          `audits below 1 (any round), sign-in: ${[...failed.signin].join(', ') || 'none'}`,
          `audits below 1 (any round), case page: ${[...failed.case].join(', ') || 'none'}`,
        ],
      };
    } finally {
      const errors: unknown[] = [];
      for (const close of closers.reverse()) await Promise.resolve().then(close).catch((e) => errors.push(e));
      if (errors.length) throw errors[0];
    }
  },
};
