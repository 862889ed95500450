/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_ORGS, DEMO_PASSWORD } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { inDays } from '../coordination/coordination-helpers';
import { dbClient, isolatedEnv, IsolatedEnv, startWorker, TestWorker, waitFor } from '../../support/stack';
import { consentTo, steps } from '../orientations/support';
import { browserOrigin, browserStorage, buildWeb, launchBrowser, mobileOverflow, recordConsole, rowOnceItShows, screenshot, seriousViolations, signIn } from '../../support/web';

jest.setTimeout(300_000);

/**
 * The cell coordinator's and the Ac.Sé coordination's own statistics in a real browser: cases, cell decisions and
 * orientations made through the API and projected by the real worker; each sees its tab, with the previous period
 * under each figure, a chart beside each table, the threshold and the freshness, a period in the address, and a
 * download. axe on every view. Threshold 3 here, so that the screenshots show figures as well as « s ».
 */
describe('web: the cell’s and the Ac.Sé coordination’s statistics', () => {
  let env: IsolatedEnv;
  let api: TestApi;
  let worker: TestWorker;
  let browser: Browser;
  let web: { dir: string; remove(): void };
  let base = '';
  let restoreOrigin: (() => void) | undefined;
  const consoleLines: string[] = [];
  const violations: string[] = [];
  const secrets: string[] = [];

  const open = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    recordConsole(context, consoleLines);
    return { context, page: await context.newPage() };
  };
  const check = async (page: Page, name: string) => {
    await page.waitForLoadState('networkidle');
    violations.push(...(await seriousViolations(page, name)));
  };

  beforeAll(async () => {
    const [built, isolated] = await Promise.all([buildWeb(), isolatedEnv({ MNIO_STATS_MIN_CELL: '3' })]);
    web = built;
    env = isolated;
    process.env.MNIO_WEB_DIR = web.dir;
    const origin = await browserOrigin();
    restoreOrigin = origin.restore;
    base = origin.base;
    api = await startApi();
    await api.app.listen(origin.port, '127.0.0.1');
    worker = await startWorker();
    const asso93 = await api.as('asso.93@demo.mnio.test');
    const cell = await api.as('clav.93@demo.mnio.test');
    const acse = await api.as('acse@demo.mnio.test');
    const host = await api.as('host.13@demo.mnio.test');
    await host.put(`/api/hosts/${DEMO_ORGS.host13}/capacity`).send({ women: 6, family: 2 }).expect(200);
    // eight presumed victims in 93, shared with the cell
    const cases: string[] = [];
    for (let i = 0; i < 8; i++) {
      const body = caseBody({ events: [] });
      const { body: c } = await asso93.post('/api/cases').send(body).expect(201);
      secrets.push(c.id, c.reference, body.identity.lastName);
      await asso93.post(`/api/cases/${c.id}/identification`).send({ to: 'presumed_victim' }).expect(200);
      await asso93.post(`/api/cases/${c.id}/consents`).send({ purpose: 'share_with_cell', granted: true, method: 'oral' }).expect(201);
      cases.push(c.id);
    }
    // the cell reviews six of them (five examined, one closed), one late
    const owner = await dbClient();
    try {
      await owner.query(`UPDATE case_deadlines SET due_on = $2 WHERE kind = 'cell_review' AND case_id = $1`, [cases[0], inDays(-2)]);
    } finally {
      await owner.end();
    }
    const { body: meeting } = await cell.post(`/api/cells/${DEMO_ORGS.cell93}/meetings`).send({ date: inDays(0) }).expect(201);
    for (const [i, id] of cases.slice(0, 6).entries()) {
      await cell.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId: id }).expect(201);
      await cell.post(`/api/meetings/${meeting.id}/decisions`).send({ caseId: id, type: i < 5 ? 'review_done' : 'close', text: 'Examen' }).expect(201);
    }
    // six orientations to Ac.Sé: three refused for want of a place, three admitted at the host
    for (const [i, id] of cases.slice(0, 6).entries()) {
      await consentTo(asso93, id, DEMO_ORGS.acse);
      const { body: o } = await asso93.post(`/api/cases/${id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201);
      if (i < 3) await steps(acse, o.id, { action: 'refuse', reasonCode: 'no_place' });
      else {
        await steps(acse, o.id, { action: 'start_assessment' }, { action: 'search_place' }, { action: 'agree_in_principle', hostId: DEMO_ORGS.host13 },
          { action: 'schedule_pre_admission' }, { action: 'transfer' });
        await steps(host, o.id, { action: 'admit' });
      }
    }
    const db = await dbClient();
    try {
      await waitFor(async () => {
        const { rows } = await db.query(`SELECT (SELECT count(*) FROM reporting_decisions)::int AS d, (SELECT count(*) FROM reporting_orientations WHERE admitted_at IS NOT NULL)::int AS a,
          (SELECT count(*) FROM reporting_places)::int AS p, (SELECT count(*) FROM reporting_orientations WHERE place_status = 'occupied')::int AS occ`);
        return rows[0].d === 6 && rows[0].a === 3 && rows[0].p > 0 && rows[0].occ === 3;
      }, 'the projection of the decisions, orientations and places', 60_000);
    } finally {
      await db.end();
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await api?.close();
    delete process.env.MNIO_WEB_DIR;
    await env?.restore();
    restoreOrigin?.();
    web?.remove();
  });

  it('the cell coordinator finds its statistics from the cell’s page: its activity, the previous period under each figure, a period in the address', async () => {
    const { context, page } = await open();
    try {
      await page.goto(`${base}/`);
      await signIn(page, 'clav.93@demo.mnio.test', DEMO_PASSWORD);
      await page.getByRole('link', { name: 'Cellule TEH' }).first().click();
      await page.getByRole('link', { name: 'Statistiques de la cellule' }).click();
      await page.getByRole('heading', { level: 1, name: 'Statistiques de la cellule' }).waitFor();
      // its territory only: no region nor département to choose, no other report
      expect(await page.getByRole('combobox', { name: 'Région' }).count()).toBe(0);
      expect(await page.getByRole('tab').count()).toBe(0);
      const cases = page.getByRole('table', { name: 'Situations de la période' });
      await cases.waitFor();
      expect(await cases.getByRole('row', { name: /Situations reçues/ }).textContent()).toMatch(/^Situations reçues8préc\. 0$/);
      expect(await cases.getByRole('row', { name: /examinées par la cellule/ }).textContent()).toContain('6');
      const decisions = page.getByRole('table', { name: 'Décisions de la cellule par type' });
      expect(await decisions.getByRole('row', { name: /Fin du suivi/ }).textContent()).toContain('s');
      expect(await decisions.getByRole('row', { name: /Total/ }).textContent()).toMatch(/^Total6/);
      const refusals = page.getByRole('table', { name: 'Orientations refusées par motif' });
      expect(await refusals.getByRole('row', { name: /Pas de place/ }).textContent()).toMatch(/^Pas de place3/);
      await page.getByRole('table', { name: 'Échéances de la période et échéances dépassées' }).waitFor();
      await page.getByText(/Sous chaque chiffre, « préc. » : la période précédente, du 1 janvier \d{4} au 31 décembre \d{4}\./).waitFor();
      await page.getByText(/Secret statistique : « s » remplace tout effectif de 1 à 2/).waitFor();
      expect(await page.locator('bar-chart').count()).toBeGreaterThanOrEqual(2);
      await check(page, 'cellule-statistiques');
      await screenshot(page, 'stats-cellule');
      expect(await mobileOverflow(page, 'stats-cellule')).toEqual([]);
      // a period of ten days: in the address, compared with the ten days before
      await page.getByLabel('Du').fill(inDays(-9));
      await page.getByLabel('Au').fill(inDays(0));
      await page.getByLabel('Au').blur();
      await page.waitForURL(new RegExp(`du=${inDays(-9)}&au=${inDays(0)}`));
      await page.getByRole('heading', { level: 2, name: /^Activité et orientations du / }).waitFor();
      expect(await rowOnceItShows(page.getByRole('table', { name: 'Situations de la période' }), /Situations reçues/, /Situations reçues\s*8\s*préc\.\s*0(?!\d)/)).toMatch(/^Situations reçues8préc\. 0$/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger (CSV)' }).click()]);
      expect(download.suggestedFilename()).toBe(`mnio-activite-${inDays(-9)}-${inDays(0)}.csv`);
      expect(readFileSync((await download.path())!).toString('utf8')).toContain('Motif de refus;Effectif');
      await check(page, 'cellule-statistiques-periode');
      const seen = `${page.url()} ${await page.title()} ${await browserStorage(page)} ${await page.content()}`;
      for (const s of secrets) expect(seen).not.toContain(s);
    } finally {
      await context.close();
    }
  });

  it('the Ac.Sé coordination sees its capacity tab only: requests and what became of them, places offered and used, waiting time', async () => {
    const { context, page } = await open();
    try {
      await page.goto(`${base}/`);
      await signIn(page, 'acse@demo.mnio.test', DEMO_PASSWORD);
      await page.getByRole('link', { name: 'Statistiques' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Statistiques Ac.Sé : demandes et places' }).waitFor();
      expect(await page.getByRole('tab').count()).toBe(0);
      const requests = page.getByRole('table', { name: 'Demandes d’hébergement par destinataire et issue' });
      await requests.waitFor();
      expect(await requests.getByRole('row', { name: /^Ac\.Sé/ }).textContent()).toMatch(/Ac\.Sé.*3préc\. 0.*3préc\. 0/);
      const places = page.getByRole('table', { name: 'Places déclarées par type d’hébergement, à ce jour (total : places offertes)' });
      // 8 places: 3 occupied, 0 reserved, 5 free; no comparison for places (counted today)
      expect(await places.getByRole('row', { name: /Réseau Ac\.Sé/ }).textContent()).toBe('Réseau Ac.Sé3058');
      await page.getByRole('table', { name: 'Places déclarées par région, à ce jour (total : places offertes)' }).getByRole('row', { name: /Provence-Alpes/ }).waitFor();
      await page.getByRole('table', { name: 'Temps d’attente (en jours)' }).waitFor();
      await check(page, 'acse-statistiques');
      // the record-level export is the national analyst's only: no button that would answer « introuvable »
      expect(await page.getByRole('button', { name: /Télécharger les enregistrements/ }).count()).toBe(0);
      await screenshot(page, 'stats-acse');
      expect(await mobileOverflow(page, 'stats-acse')).toEqual([]);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger (Excel)' }).click()]);
      expect(download.suggestedFilename()).toBe(`mnio-capacite-${inDays(0).slice(0, 4)}.xlsx`);
      // another report in the address: the capacity tab still (the only one it reads)
      await page.goto(`${base}/statistiques?rapport=enquete`);
      await signIn(page, 'acse@demo.mnio.test', DEMO_PASSWORD);
      await page.getByRole('table', { name: 'Demandes d’hébergement par destinataire et issue' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('no serious accessibility violation, and no case id, reference or name in the console', () => {
    expect(violations).toEqual([]);
    for (const s of secrets) expect(consoleLines.join(' ')).not.toContain(s);
  });
});
