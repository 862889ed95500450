/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { TOTP } from 'otpauth';
import { DEMO_PASSWORD } from '../../../db/seeds/demo';
import { caseBody } from '../../support/cases';
import { Journey, mobileOverflow, screenshot, useWebJourney } from '../../support/web';

jest.setTimeout(300_000);

const DPO = 'dpo.93@demo.mnio.test';
const totp = (secret: string, at = Date.now()) => new TOTP({ issuer: 'mnio', secret }).generate({ timestamp: at });

/**
 * Issue 16 §4 in a real browser: the association's data-protection officer, who has a second factor, signs in with
 * it, finds the journal from the home page, sees the reads of the association's cases (by reference, never a name)
 * and nothing of another association's, filters by kind and period, and downloads the CSV. No case page for them.
 */
describe('web: the data-protection officer’s journal of who read what', () => {
  let j: Journey;
  useWebJourney({ context: { acceptDownloads: true } }, (journey) => (j = journey));
  const names: string[] = [];
  const references: { ours: string[]; theirs: string[] } = { ours: [], theirs: [] };
  let secret = '';

  beforeAll(async () => {
    for (const [email, list] of [['asso.93@demo.mnio.test', references.ours], ['asso.75@demo.mnio.test', references.theirs]] as const) {
      const agent = await j.api.as(email);
      for (let i = 0; i < 2; i++) {
        const body = caseBody({ territory: email.includes('75') ? '75' : '93', events: [] });
        names.push(body.identity.lastName, ...body.identity.firstNames);
        const { body: c } = await agent.post('/api/cases').send(body).expect(201);
        list.push(c.reference);
        await agent.get(`/api/cases/${c.id}/identity?reason=${i ? 'orientation' : 'follow_up'}`).expect(200);
      }
    }
    // The DPO enrols a second factor (TOTP), as the account page does.
    const http = request(j.api.app.getHttpServer());
    const { body: login } = await http.post('/api/auth/login').send({ email: DPO, password: DEMO_PASSWORD }).expect(200);
    const auth = `Bearer ${login.accessToken}`;
    secret = (await http.post('/api/me/totp').set('Authorization', auth).expect(200)).body.secret;
    await http.post('/api/me/totp/confirm').set('Authorization', auth).send({ code: totp(secret) }).expect(204);
  });

  it('signs in with the second factor, opens the journal from the home page, filters, and downloads the CSV', async () => {
    const { page, base } = j;
    await page.goto(base);
    await page.getByLabel('Adresse électronique').fill(DPO);
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    // The code of the next time step: the enrolment spent the current one.
    await page.getByLabel('Code de vérification').fill(totp(secret, Date.now() + 30_000));
    await page.getByRole('button', { name: 'Valider le code' }).click();
    await page.getByRole('heading', { name: 'Protection des données' }).waitFor();
    await j.check('dpo-home');
    await screenshot(page, 'privacy-dpo-home');
    // Case-blind: no « Situations » in the navigation, no case list on the home page.
    expect(await page.getByRole('link', { name: 'Situations', exact: true }).count()).toBe(0);

    await page.getByRole('link', { name: 'Ouvrir le journal des accès' }).click();
    await page.getByRole('heading', { name: 'Journal des accès', level: 1 }).waitFor();
    const table = page.getByRole('table');
    await table.waitFor();
    await j.check('access-journal');
    await screenshot(page, 'privacy-access-journal');
    expect(await mobileOverflow(page, 'privacy-access-journal')).toEqual([]);
    const text = await page.locator('main').innerText();
    for (const ref of references.ours) expect(text).toContain(ref);
    for (const ref of references.theirs) expect(text).not.toContain(ref);
    for (const n of names) expect(text).not.toContain(n);
    expect(text).toContain('Suivi de la personne');

    // Filter: break-the-glass only (none), then identity reads of today.
    await page.getByLabel('Nature').selectOption({ label: 'Accès d’urgence' });
    await page.getByText('Aucune consultation pour ces critères.').waitFor();
    await page.getByLabel('Nature').selectOption({ label: 'Lecture de l’identité' });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    await page.getByLabel('Du').fill(today);
    await page.getByRole('cell', { name: references.ours[0] }).first().waitFor();
    expect(await page.getByRole('row').count()).toBe(1 + references.ours.length);
    await j.check('access-journal-filtered');
    await screenshot(page, 'privacy-access-journal-filtered');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le journal (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe(`mnio-journal-des-acces-${today}.csv`);
    const csv = readFileSync((await download.path())!).toString('utf8');
    expect(csv.split('\r\n')[0]).toContain('Date et heure;Nature;Action;Utilisateur');
    for (const ref of references.ours) expect(csv).toContain(ref);
    for (const ref of references.theirs) expect(csv).not.toContain(ref);
    for (const n of names) expect(csv).not.toContain(n);

    expect(j.violations).toEqual([]);
    expect(j.consoleLines.filter((l) => /error/i.test(l))).toEqual([]);
  });
});
