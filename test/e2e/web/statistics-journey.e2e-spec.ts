/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { dbClient, waitFor } from '../../support/stack';
import { browserStorage, Journey, mobileOverflow, rowOnceItShows, screenshot, signIn, useWebJourney } from '../../support/web';

jest.setTimeout(240_000);

const NATIONAL = 'national@demo.mnio.test';

/**
 * The national analyst's statistics in a real browser: cases recorded through the API are projected by the real
 * worker; the page shows the survey and the EU tables with a chart beside each table, suppressed figures as
 * « s », the threshold and the freshness, filters in the address, and a CSV download. axe on every view.
 */
describe('web: national statistics', () => {
  const secrets: string[] = [];

  let api: TestApi;
  let page: Page;
  let base: string;
  let consoleLines: string[];
  let violations: string[];
  let check: Journey['check'];
  useWebJourney({ context: { acceptDownloads: true } }, (j) => ({ api, page, base, consoleLines, violations, check } = j));

  beforeAll(async () => {
    // 93: eight women from Nigeria (sexual exploitation), three men from Romania (labour); 75: six women from China (domestic servitude).
    const asso93 = await api.as('asso.93@demo.mnio.test');
    const asso75 = await api.as('asso.75@demo.mnio.test');
    const bodies = [
      ...Array.from({ length: 8 }, () => [asso93, caseBody()] as const),
      ...Array.from({ length: 3 }, () => [asso93, caseBody({ exploitationForms: ['labour_exploitation'], identity: { sex: 'male', nationality: 'RO' } })] as const),
      ...Array.from({ length: 6 }, () => [asso75, caseBody({ territory: '75', exploitationForms: ['domestic_servitude'], identity: { nationality: 'CN' } })] as const),
    ];
    for (const [i, [agent, body]] of bodies.entries()) {
      const { body: c } = await agent.post('/api/cases').send(body).expect(201);
      secrets.push(c.id, c.reference, body.identity.lastName);
      // six of the women from Nigeria become presumed victims: registered victims of the EU table
      if (i < 6) await agent.post(`/api/cases/${c.id}/identification`).send({ to: 'presumed_victim' }).expect(200);
    }
    const db = await dbClient();
    try {
      await waitFor(async () => {
        const { rows } = await db.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE identification_status = 'presumed_victim')::int AS presumed FROM reporting_cases`);
        return rows[0].n === bodies.length && rows[0].presumed === 6;
      }, 'the projection of every case and identification');
    } finally {
      await db.end();
    }
  });

  it('shows the annual survey: a chart beside each table, « s » for suppressed figures, the threshold and the freshness', async () => {
    await page.goto(`${base}/`);
    await signIn(page, NATIONAL, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Statistiques' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Statistiques' }).waitFor();
    const summary = page.getByRole('table', { name: 'Victimes repérées et accompagnées', exact: true });
    await summary.waitFor();
    expect(await summary.getByRole('row', { name: /Victimes repérées/ }).textContent()).toContain('17');
    const sex = page.getByRole('table', { name: 'Victimes accompagnées par sexe' });
    // 14 women, 3 men: the men are suppressed, and so are the women (17 − 14 would give them away)
    expect(await sex.getByRole('row', { name: /Homme/ }).textContent()).toContain('s');
    expect(await sex.getByRole('row', { name: /Homme/ }).textContent()).not.toContain('0');
    expect(await sex.getByRole('row', { name: /Total/ }).textContent()).toContain('17');
    expect(await page.getByText(/Secret statistique : « s » remplace tout effectif de 1 à 4/).count()).toBe(1);
    expect(await page.getByText(/Données à jour au/).count()).toBeGreaterThan(0);
    // a chart beside each table with two published rows or more (spotted / accompanied, the forms); one bar group, or only « s », gets none
    expect(await page.locator('bar-chart').count()).toBe(2);
    expect(await page.getByRole('table').count()).toBe(10);
    await check('statistiques-enquete');
    await screenshot(page, 'stats-enquete');
    expect(await mobileOverflow(page, 'stats-enquete')).toEqual([]);
  });

  it('keeps the filters in the address, and switches to the EU / GRETA tables', async () => {
    await page.getByRole('combobox', { name: 'Forme d’exploitation' }).selectOption('sexual_exploitation');
    await page.waitForURL(/forme=sexual_exploitation/);
    await page.getByRole('combobox', { name: 'Région' }).selectOption('11');
    await page.waitForURL(/region=11/);
    const spotted = page.getByRole('table', { name: 'Victimes repérées et accompagnées', exact: true });
    expect(await rowOnceItShows(spotted, /Victimes repérées/, /Victimes repérées\s*8(?!\d)/)).toBe('Victimes repérées8');
    await page.getByRole('tab', { name: 'Tableaux UE / GRETA' }).click();
    await page.waitForURL(/rapport=ue/);
    const euSex = page.getByRole('table', { name: 'Victimes enregistrées par sexe' });
    await euSex.waitFor();
    expect(await euSex.getByRole('row', { name: /Femme/ }).textContent()).toContain('6');
    await check('statistiques-ue');
    await screenshot(page, 'stats-ue-greta');
    expect(await mobileOverflow(page, 'stats-ue-greta')).toEqual([]);
    await page.getByRole('tab', { name: 'Activité et orientations' }).click();
    await page.waitForURL(/rapport=activite/);
    const cases = page.getByRole('table', { name: 'Situations de la période' });
    await cases.waitFor();
    expect(await cases.getByRole('row', { name: /Situations reçues/ }).textContent()).toContain('8');
    await page.getByRole('table', { name: 'Délais (en jours)' }).waitFor();
    await check('statistiques-activite');
    await screenshot(page, 'stats-activite');
    expect(await mobileOverflow(page, 'stats-activite')).toEqual([]);
    await page.getByRole('tab', { name: 'Capacité d’hébergement' }).click();
    await page.waitForURL(/rapport=capacite/);
    await page.getByRole('table', { name: 'Demandes d’hébergement par destinataire et issue' }).waitFor();
    expect(await mobileOverflow(page, 'stats-capacite')).toEqual([]);
    await page.getByRole('tab', { name: 'Tableaux UE / GRETA' }).click();
    await page.waitForURL(/rapport=ue/);
    // a reload of the address gives the same view (signIn drops the session the cookie restored, then signs in again)
    const url = page.url();
    await page.goto(url);
    await signIn(page, NATIONAL, DEMO_PASSWORD);
    await page.getByRole('table', { name: 'Victimes enregistrées par sexe' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Forme d’exploitation' }).inputValue()).toBe('sexual_exploitation');
  });

  it('downloads the CSV with French headers, and reads on a phone', async () => {
    await page.getByRole('tab', { name: 'Enquête annuelle' }).click();
    await page.getByRole('table', { name: 'Victimes accompagnées par sexe' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mnio-enquete-\d{4}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Sexe;Effectif');
    // a file for publication: the public threshold (11) applies to the page and the downloads
    await page.getByText('Préparer une publication').click();
    await page.waitForURL(/publication=1/);
    await page.getByText(/remplace tout effectif de 1 à 10/).waitFor();
    await page.getByText('Préparer une publication').click();
    await page.getByText(/remplace tout effectif de 1 à 4/).waitFor();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('table', { name: 'Victimes accompagnées par sexe' }).scrollIntoViewIfNeeded();
    await check('statistiques-mobile');
    await screenshot(page, 'stats-mobile');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('no serious accessibility violation, and no case id, reference or name in the address, title, storage or console', async () => {
    expect(violations).toEqual([]);
    const seen = `${page.url()} ${await page.title()} ${await browserStorage(page)} ${consoleLines.join(' ')}`;
    for (const s of secrets) expect(seen).not.toContain(s);
    const html = await page.content();
    for (const s of secrets) expect(html).not.toContain(s);
  });
});
