/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_ORGS, DEMO_PASSWORD } from '../../../db/seeds/demo';
import { TEST_PASSWORD } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { caseBody, distinctivePerson } from '../../support/cases';
import { provisionUser } from '../../support/provision';
import { dbClient, isolatedEnv, IsolatedEnv, startWorker, TestWorker, waitFor } from '../../support/stack';
import { browserOrigin, browserStorage, buildWeb, launchBrowser, recordConsole, screenshot, seriousViolations, signIn } from '../../support/web';

jest.setTimeout(300_000);

const YEAR = new Date().getFullYear();

/**
 * The annual survey campaign in a real browser (issue 13 §5): the national analyst opens it from the statistics, the
 * association's coordinator finds its questionnaire pre-filled from its cases in its menu, adds persons met outside
 * mnio with a reason and signs; the analyst follows the answers and reads the national results, each person once.
 * Cases made through the API and projected by the real worker; threshold 2 so that the figures show.
 */
describe('web: the annual survey campaign', () => {
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
  const COORD75 = 'coord.75.survey@test.mnio.test';

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
    const [built, isolated] = await Promise.all([buildWeb(), isolatedEnv({ MNIO_STATS_MIN_CELL: '2' })]);
    web = built;
    env = isolated;
    process.env.MNIO_WEB_DIR = web.dir;
    const origin = await browserOrigin();
    restoreOrigin = origin.restore;
    base = origin.base;
    api = await startApi();
    await api.app.listen(origin.port, '127.0.0.1');
    worker = await startWorker();
    await provisionUser(api, { email: COORD75, displayName: 'Léa Dubois', password: TEST_PASSWORD, memberships: [{ organisationId: DEMO_ORGS.asso75, role: 'coordinator' }] });
    await api.tokenFor(COORD75, TEST_PASSWORD);
    const asso93 = await api.as('asso.93@demo.mnio.test');
    const asso75 = await api.as('asso.75@demo.mnio.test');
    const person = () => {
      const p = distinctivePerson();
      secrets.push(p.lastName, p.firstName, p.alias);
      return { lastName: p.lastName, firstNames: [p.firstName], aliases: [p.alias], birthDate: p.birthDate };
    };
    const [p1, p2, p3, p4] = [person(), person(), person(), person()];
    const make = async (agent: typeof asso93, territory: string, identity: Record<string, unknown>) => {
      const { body } = await agent.post('/api/cases').send(caseBody({ territory, identity, events: [] })).expect(201);
      secrets.push(body.id, body.reference);
    };
    // the 93 association follows P1, P2, P3; the 75 one follows P1 and P2 too, and P4
    await make(asso93, '93', p1);
    await make(asso93, '93', p2);
    await make(asso93, '93', p3);
    await make(asso75, '75', p1);
    await make(asso75, '75', p2);
    await make(asso75, '75', p4);
    const db = await dbClient();
    try {
      await waitFor(async () => {
        const { rows } = await db.query(`SELECT count(*)::int AS n FROM reporting_cases`);
        return rows[0].n >= 6;
      }, 'the projection of the six cases', 60_000);
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

  it('the national analyst opens the year’s campaign from the statistics', async () => {
    const { context, page } = await open();
    try {
      await page.goto(`${base}/`);
      await signIn(page, 'national@demo.mnio.test', DEMO_PASSWORD);
      await page.getByRole('link', { name: 'Statistiques' }).first().click();
      await page.getByRole('link', { name: /Campagne d’enquête/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Campagne d’enquête annuelle' }).waitFor();
      await page.getByText('Aucune campagne ouverte pour l’instant.').waitFor();
      await page.getByLabel('Année enquêtée').fill(String(YEAR));
      await page.getByRole('button', { name: 'Ouvrir la campagne' }).click();
      await page.waitForURL(new RegExp(`annee=${YEAR}`));
      const answers = page.getByRole('table', { name: `Réponses des organisations à la campagne ${YEAR}` });
      await answers.waitFor();
      expect(await answers.getByRole('row', { name: /Association Aide TEH 93/ }).first().textContent()).toContain('En attente de signature');
      // a préfecture or a cell gets no questionnaire
      expect(await answers.getByRole('row', { name: /Préfecture|Cellule/ }).count()).toBe(0);
      await check(page, 'campagne-ouverte');
    } finally {
      await context.close();
    }
  });

  it('the association’s coordinator finds its questionnaire pre-filled in its menu, adds persons met outside mnio with a reason, and signs', async () => {
    const { context, page } = await open();
    try {
      await page.goto(`${base}/`);
      await signIn(page, 'coord.93@demo.mnio.test', DEMO_PASSWORD);
      await page.getByRole('link', { name: 'Enquête annuelle' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Enquête annuelle sur les victimes accompagnées' }).waitFor();
      const summary = page.getByRole('table', { name: 'Victimes repérées et accompagnées' }).first();
      await summary.waitFor();
      expect(await summary.getByRole('row', { name: /Victimes repérées/ }).textContent()).toBe('Victimes repérées3');
      await page.getByLabel('Ligne du questionnaire').selectOption({ label: 'Victimes : Victimes repérées' });
      await page.getByLabel('Personnes', { exact: true }).fill('2');
      await page.getByLabel('Motif').selectOption({ label: 'Accompagnement anonyme, sans dossier' });
      await page.getByRole('button', { name: 'Ajouter la correction' }).click();
      const corrections = page.getByRole('table', { name: 'Corrections du questionnaire' });
      await corrections.getByRole('row', { name: /Accompagnement anonyme/ }).waitFor();
      expect(await page.getByRole('button', { name: 'Signer et envoyer' }).isDisabled()).toBe(true);
      await page.getByText('Je certifie, au nom de mon organisation').click();
      await check(page, 'enquete-annuelle-brouillon');
      await screenshot(page, 'enquete-annuelle-association');
      await page.getByRole('button', { name: 'Signer et envoyer' }).click();
      await page.getByText('Questionnaire signé et envoyé').waitFor();
      await page.getByText(/Signé par Claire Martin le \d{1,2} \S+ \d{4}/).waitFor();
      expect(await page.getByRole('button', { name: 'Ajouter la correction' }).count()).toBe(0);
      const seen = `${page.url()} ${await page.title()} ${await browserStorage(page)} ${await page.content()}`;
      for (const s of secrets) expect(seen).not.toContain(s);
    } finally {
      await context.close();
    }
    // the 75 association's coordinator signs through the API
    const coord75 = await api.as(COORD75);
    const [mine] = (await coord75.get('/api/survey-questionnaires').expect(200)).body;
    await coord75.post(`/api/survey-questionnaires/${mine.id}/submit`).send({ version: 1 }).expect(200);
  });

  it('the analyst follows who answered and reads the national results, each person counted once', async () => {
    const { context, page } = await open();
    try {
      await page.goto(`${base}/statistiques/campagne?annee=${YEAR}`);
      await signIn(page, 'national@demo.mnio.test', DEMO_PASSWORD);
      const answers = page.getByRole('table', { name: `Réponses des organisations à la campagne ${YEAR}` });
      await answers.waitFor();
      const row93 = await answers.getByRole('row', { name: /Association Aide TEH 93/ }).first().textContent();
      expect(row93).toContain('Signé et envoyé');
      expect(row93).toContain('Claire Martin');
      await page.getByText(/2 organisations sur \d+/).waitFor();
      const once = page.getByRole('table', { name: 'Chaque personne comptée une fois' });
      await once.waitFor();
      expect(await once.getByRole('row', { name: /Dossiers comptés/ }).textContent()).toBe('Dossiers comptés par les questionnaires6');
      expect(await once.getByRole('row', { name: /^Personnes comptées une fois/ }).textContent()).toBe('Personnes comptées une fois4');
      expect(await once.getByRole('row', { name: /plusieurs organisations/ }).textContent()).toBe('Personnes suivies par plusieurs organisations2');
      expect(await once.getByRole('row', { name: /hors mnio/ }).textContent()).toMatch(/2$/);
      expect(await once.getByRole('row', { name: /Total/ }).textContent()).toBe('Total des victimes repérées6');
      await page.getByText(/elles ne peuvent pas être dédoublonnées/).waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger (CSV)' }).click()]);
      expect(download.suggestedFilename()).toBe(`mnio-enquete-campagne-${YEAR}.csv`);
      await check(page, 'campagne-resultats');
      await screenshot(page, 'enquete-campagne-analyste');
      const seen = `${page.url()} ${await page.title()} ${await browserStorage(page)} ${await page.content()}`;
      for (const s of secrets) expect(seen).not.toContain(s);
    } finally {
      await context.close();
    }
  });

  it('no serious accessibility violation, and no case id, reference or name in the console', () => {
    expect(violations).toEqual([]);
    for (const s of secrets) expect(consoleLines.join(' ')).not.toContain(s);
  });
});
