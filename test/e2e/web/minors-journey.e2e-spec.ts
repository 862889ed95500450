/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { DeadlineScanner } from '@mnio/notifications';
import { DEMO_PASSWORD } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { TestWorker } from '../../support/stack';
import { browserStorage, Journey, recordConsole, screenshot, seriousViolations, signIn, signOut, useWebJourney } from '../../support/web';

jest.setTimeout(240_000);

const ASSO93 = 'asso.93@demo.mnio.test';
const ASE93 = 'ase.93@demo.mnio.test';
const PARQUET93 = 'parquet.93@demo.mnio.test';

const tag = Math.random().toString(36).slice(2, 8);
const CHILD = { lastName: `Quorvane${tag}`, firstName: `Lissandre${tag}`, birthDate: '2011-09-14' };
const IDENTITY_VALUES = [CHILD.lastName, CHILD.firstName, CHILD.birthDate];

const dayInParis = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offsetDays * 86_400_000));
const frDay = (day: string) => new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date(`${day}T12:00:00`));

/**
 * A minor's clocks in a real browser against the real API and worker: the association records a child (API),
 * the ASE sees the child on its home with the 5-day clock, opens the case and its checklist; the clock runs
 * late and the parquet des mineurs is alerted; the events recorded (API) update the checklist on the page;
 * the parquet sees the case, the checklist and the alert. axe on every page; nothing of the child's identity
 * in titles, addresses, storage or console.
 */
describe("web: a minor's protection clocks, for the ASE and the parquet", () => {
  let child = { id: '', reference: '' };
  const received = dayInParis(-6);

  const checklist = () => page.getByRole('list', { name: 'Étapes de protection de l’enfant', exact: true });
  const row = (step: string) => checklist().getByRole('listitem').filter({ hasText: step });

  let api: TestApi;
  let worker: TestWorker;
  let page: Page;
  let base: string;
  let browser: Browser;
  let consoleLines: string[];
  let violations: string[];
  let titles: string[];
  let urls: string[];
  let check: Journey['check'];
  useWebJourney({ env: { NOTIFY_BACKOFF_MS: '100' } }, (j) => ({ api, worker, page, base, browser, consoleLines, violations, titles, urls, check } = j));

  beforeAll(async () => {
    // The association records the child and reports to the CRIP; the ASE took the child in six days ago.
    const asso = await api.as(ASSO93);
    const { body } = await asso.post('/api/cases').send(caseBody({ identity: { lastName: CHILD.lastName, firstNames: [CHILD.firstName], birthDate: CHILD.birthDate } })).expect(201);
    child = { id: body.id, reference: body.reference };
    await asso.post(`/api/cases/${child.id}/child-protection-events`).send({ event: 'report_made', service: 'crip' }).expect(201);
    await (await api.as(ASE93)).post(`/api/cases/${child.id}/child-protection-events`).send({ event: 'ase_provisional_reception', occurredOn: received }).expect(201);
  });

  it("ase.93 sees the child on its home with the 5-day clock, late, and opens the case's checklist", async () => {
    await page.goto(`${base}/`);
    await signIn(page, ASE93, DEMO_PASSWORD);
    const section = page.getByRole('region', { name: 'Enfants confiés à l’ASE', exact: true });
    await section.waitFor();
    const line = section.getByRole('row').filter({ hasText: child.reference });
    await line.waitFor();
    expect(await line.textContent()).toContain('Avis au parquet');
    expect(await line.textContent()).toContain(frDay(dayInParis(-1)));
    expect(await line.textContent()).toContain('En retard');
    expect(await line.textContent()).toContain('15 à 17 ans');
    await check('accueil ASE');
    await screenshot(page, 'minors-ase-accueil');

    await line.getByRole('link', { name: child.reference }).click();
    await page.getByRole('heading', { name: `Situation ${child.reference}` }).waitFor();
    await checklist().waitFor();
    expect(await row('Signalement à la CRIP ou au parquet').textContent()).toContain(`Fait le ${frDay(dayInParis())} par Association Aide TEH 93`);
    expect(await row('Accueil provisoire par l’ASE').textContent()).toContain(`Fait le ${frDay(received)}`);
    const late = await row('Parquet avisé dans les 5 jours').textContent();
    expect(late).toContain('ASE Seine-Saint-Denis');
    expect(late).toContain(`l’échéance du ${frDay(dayInParis(-1))} est dépassée`);
    expect(late).toContain('En retard');
    await page.getByText(/Une étape est en retard : Parquet avisé dans les 5 jours suivant l’accueil\. Le parquet des mineurs du département en est alerté\./).waitFor();
    expect(await row('Juge des enfants saisi').textContent()).toContain('Pas encore applicable');
    await check('situation mineur ASE');
    await screenshot(page, 'minors-checklist-ase');
  });

  it('the parquet des mineurs is alerted by the worker; the ASE tells the parquet, the parquet orders a placement: the page follows', async () => {
    await worker.app.get(DeadlineScanner).scan(new Date());
    await (await api.as(ASE93)).post(`/api/cases/${child.id}/child-protection-events`).send({ event: 'parquet_informed' }).expect(201);
    await (await api.as(PARQUET93)).post(`/api/cases/${child.id}/child-protection-events`).send({ event: 'emergency_placement_order' }).expect(201);
    await page.getByRole('link', { name: 'Accueil' }).first().click();
    const section = page.getByRole('region', { name: 'Enfants confiés à l’ASE', exact: true });
    const line = section.getByRole('row').filter({ hasText: child.reference });
    await line.filter({ hasText: 'Saisine du juge des enfants' }).waitFor();
    expect(await line.textContent()).not.toContain('En retard');
    await line.getByRole('link', { name: child.reference }).click();
    await row('Parquet avisé dans les 5 jours').filter({ hasText: `Fait le ${frDay(dayInParis())}` }).waitFor();
    const judge = await row('Juge des enfants saisi').textContent();
    expect(judge).toContain('Parquet de Bobigny');
    expect(judge).toContain(`au plus tard le ${frDay(dayInParis(8))}`);
    expect(await page.getByText(/étape est en retard|étapes sont en retard/).count()).toBe(0);
    await check('situation mineur ASE après OPP');
    await screenshot(page, 'minors-checklist-apres-opp');
    await signOut(page);
  });

  it('parquet.93 finds the alert in its notifications, and sees the case and the checklist', async () => {
    await page.goto(`${base}/notifications`);
    await signIn(page, PARQUET93, DEMO_PASSWORD);
    const alert = page.getByText(`Protection d’un mineur : étape en retard — ${child.reference}`);
    await alert.waitFor();
    await check('notifications parquet');
    await screenshot(page, 'minors-parquet-notifications');
    await alert.click();
    await page.getByRole('heading', { name: `Situation ${child.reference}` }).waitFor();
    await checklist().waitFor();
    expect(await row('Juge des enfants saisi').textContent()).toContain('À faire');
    expect(await row('Audition de l’enfant en UAPED').textContent()).toContain('sur décision du parquet');
    await check('situation mineur parquet');
    await screenshot(page, 'minors-checklist-parquet');
    await signOut(page);
  });

  it('is usable on a phone: the ASE home and the checklist at 375 px', async () => {
    const phone = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    recordConsole(phone, consoleLines);
    const p = await phone.newPage();
    const overflow = () =>
      p.evaluate(() => {
        const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
        return root.scrollWidth - root.clientWidth;
      });
    try {
      await p.goto(`${base}/`);
      await signIn(p, ASE93, DEMO_PASSWORD);
      await p.getByRole('region', { name: 'Enfants confiés à l’ASE', exact: true }).getByRole('row').filter({ hasText: child.reference }).waitFor();
      await p.waitForLoadState('networkidle');
      violations.push(...(await seriousViolations(p, 'accueil ASE (téléphone)')));
      expect(await overflow()).toBeLessThanOrEqual(0);
      await screenshot(p, 'minors-ase-accueil-telephone');
      await p.goto(`${base}/cases/${child.id}`);
      await signIn(p, ASE93, DEMO_PASSWORD);
      await p.getByRole('list', { name: 'Étapes de protection de l’enfant', exact: true }).waitFor();
      await p.waitForLoadState('networkidle');
      violations.push(...(await seriousViolations(p, 'situation mineur (téléphone)')));
      expect(await overflow()).toBeLessThanOrEqual(0);
      await screenshot(p, 'minors-checklist-telephone', false);
    } finally {
      await phone.close();
    }
  });

  it('found no serious or critical accessibility violation, and nothing of the child in URLs, titles, storage or console', async () => {
    expect(violations).toEqual([]);
    expect(titles.length).toBe(5);
    const storage = await browserStorage(page);
    for (const value of IDENTITY_VALUES) {
      for (const t of titles) expect(t).not.toContain(value);
      for (const u of urls) expect(u).not.toContain(value);
      for (const line of consoleLines) expect(line).not.toContain(value);
      expect(storage).not.toContain(value);
    }
  });
});
