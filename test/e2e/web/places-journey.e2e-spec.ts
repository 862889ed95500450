/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { DEMO_ORGS, DEMO_PASSWORD } from '../../../db/seeds/demo';
import { createOrgUser, signIn as signInApi } from '../../support/actors';
import { caseBody } from '../../support/cases';
import { TestApi } from '../../support/app';
import { waitFor } from '../../support/stack';
import { browserStorage, Journey, mobileOverflow, screenshot, signIn, signOut, useWebJourney } from '../../support/web';

jest.setTimeout(240_000);

const ASSO93 = 'asso.93@demo.mnio.test';
const ACSE = 'acse@demo.mnio.test';
const HOST13 = 'host.13@demo.mnio.test';
const HORIZON = 'Structure d’accueil Ac.Sé « Horizon »';

const tag = Math.random().toString(36).slice(2, 8);
/** The host's secret address: found anywhere but its own form, it is a leak. */
const ADDRESS = { street: `12 chemin des Oliviers-Qorvane${tag}`, postalCode: '13008', city: `Marveline${tag}` };

/**
 * Places and hosts in a real browser against the real API and worker: host 13 declares its places and its secret
 * address on its own page (told who will read it); a person followed in Seine-Saint-Denis, exploited there and in
 * the Rhône, is oriented to Ac.Sé (API); Ac.Sé opens the place board from the orientation, sees a host in
 * Île-de-France greyed out with the reason, chooses host 13 and dates the pre-admission video meeting; host 13
 * finds the notification and the orientation with its date. axe on every page; the address appears on no other page.
 */
describe('web: a host declares its places and address; Ac.Sé chooses it on the place board; the host is told', () => {
  let api: TestApi;
  let page: Page;
  let base: string;
  let consoleLines: string[];
  let violations: string[];
  let titles: string[];
  let urls: string[];
  let check: Journey['check'];
  let orientation = { id: '', caseId: '', reference: '' };
  let nearName = '';
  /** The text of every page visited after the host's own, to check the address is on none. */
  const pagesText: string[] = [];
  useWebJourney({ env: { NOTIFY_BACKOFF_MS: '100' } }, (j) => ({ api, page, base, consoleLines, violations, titles, urls, check } = j));

  beforeAll(async () => {
    // A host of the network in Île-de-France, the region where the person lives: too close.
    const near = await createOrgUser(api, { kind: 'host', territories: ['77'], name: `Foyer de la Brie ${tag}`, attributes: { acseNetwork: true } }, 'host_operator');
    nearName = `Foyer de la Brie ${tag}`;
    const nearClient = await signInApi(api, near.email);
    await nearClient.put(`/api/hosts/${near.organisationId}/capacity`).send({ women: 4 }).expect(200);

    const worker = await api.as(ASSO93);
    const c = await worker.post('/api/cases').send(caseBody({
      events: [
        { type: 'recruitment', country: 'NG', from: '2024-11' },
        { type: 'exploitation', country: 'FR', territory: '93', from: '2025-06', to: '2026-01' },
        { type: 'exploitation', country: 'FR', territory: '69', from: '2026-02', to: '2026-10' },
      ],
    })).expect(201);
    await worker.post(`/api/cases/${c.body.id}/consents`).send({ purpose: 'orientation', granted: true, method: 'oral', targetOrganisationId: DEMO_ORGS.acse }).expect(201);
    const o = await worker.post(`/api/cases/${c.body.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201);
    const acse = await api.as(ACSE);
    for (const action of ['start_assessment', 'search_place']) await acse.post(`/api/orientations/${o.body.id}/transitions`).send({ action }).expect(200);
    orientation = { id: o.body.id, caseId: c.body.id, reference: c.body.reference };
  });

  it('host 13 declares its places and its secret address on its own page, told who will read it', async () => {
    await page.goto(`${base}/`);
    await signIn(page, HOST13, DEMO_PASSWORD);
    await page.getByRole('heading', { name: /Bonjour/ }).waitFor();
    await page.getByRole('link', { name: 'Déclarer vos places et votre adresse' }).click();
    await page.getByRole('heading', { name: `Places et adresse de ${HORIZON}`, level: 1 }).waitFor();
    await page.getByText(/Seules les personnes de votre structure .* et la coordination nationale Ac\.Sé .* pourront lire cette adresse/).waitFor();
    await page.getByLabel('Places pour des femmes').fill('3');
    await page.getByLabel('Places familiales').fill('1');
    await page.getByRole('button', { name: 'Enregistrer les places' }).click();
    await page.getByText(/Places enregistrées/).waitFor();
    await page.getByRole('table', { name: 'Vos places aujourd’hui' }).waitFor();

    await page.getByRole('button', { name: 'Afficher l’adresse enregistrée' }).click();
    await page.getByText('Aucune adresse n’est encore enregistrée.').waitFor();
    await page.getByLabel('Adresse', { exact: true }).fill(ADDRESS.street);
    await page.getByLabel('Code postal').fill(ADDRESS.postalCode);
    await page.getByLabel('Commune').fill(ADDRESS.city);
    await page.getByLabel('Consignes d’accès (facultatif)').fill('Sonner à l’interphone « Accueil »');
    await page.getByRole('button', { name: 'Enregistrer l’adresse' }).click();
    await page.getByText(/Adresse enregistrée le/).waitFor();
    await check('places et adresse de la structure');
    await screenshot(page, 'structure-places-adresse');
    expect(await mobileOverflow(page, 'structure-places-adresse')).toEqual([]);
    await signOut(page);
  });

  it('Ac.Sé opens the place board from the orientation: the host too close is greyed out with the reason; it chooses host 13 and dates the meeting', async () => {
    await signIn(page, ACSE, DEMO_PASSWORD);
    await page.getByRole('heading', { name: /Bonjour/ }).waitFor();
    await page.getByRole('link', { name: 'Places', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Tableau des places', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Places libres par région' }).getByRole('row').filter({ hasText: 'Provence-Alpes-Côte' }).waitFor();
    await check('tableau des places');
    await screenshot(page, 'tableau-des-places');
    expect(await mobileOverflow(page, 'tableau-des-places')).toEqual([]);
    pagesText.push(await page.locator('main').innerText());

    await page.goto(`${base}/cases/${orientation.caseId}/orientations/${orientation.id}`);
    await page.getByRole('heading', { name: /Orientation : Ac\.Sé/ }).waitFor();
    await page.getByRole('link', { name: 'Choisir la structure sur le tableau des places' }).click();
    await page.getByText(/Règle d’éloignement appliquée/).waitFor();
    const table = page.getByRole('table', { name: 'Structures et places libres' });
    await table.getByRole('row').filter({ hasText: nearName }).getByText('Trop proche : région d’exploitation ou de résidence').waitFor();
    expect(await table.getByRole('row').filter({ hasText: nearName }).getByRole('button').count()).toBe(0);
    await check('tableau des places depuis une orientation');
    await screenshot(page, 'tableau-des-places-orientation');
    pagesText.push(await page.locator('main').innerText());

    await table.getByRole('row').filter({ hasText: HORIZON }).getByRole('button', { name: /Choisir cette structure/ }).click();
    await page.getByRole('button', { name: /Confirmer : accepter \(accord de principe\) avec/ }).click();
    await page.getByRole('heading', { name: /Orientation : Ac\.Sé/ }).waitFor();
    await page.getByText(`Structure choisie : ${HORIZON} en est avisée.`).waitFor();

    await page.getByRole('button', { name: 'Programmer la pré-admission' }).click();
    await page.getByLabel(/Date et heure de la visioconférence de pré-admission/).fill('2026-12-10T10:00');
    await check('pré-admission : formulaire');
    await page.getByRole('button', { name: /Confirmer : programmer la pré-admission/ }).click();
    await page.getByText('Étape enregistrée : Pré-admission programmée.').waitFor();
    await page.getByText('Visioconférence de pré-admission').waitFor();
    await check('orientation : structure choisie, pré-admission datée');
    await screenshot(page, 'orientation-structure-choisie');
    pagesText.push(await page.locator('main').innerText());
    await signOut(page);
  });

  it('host 13 finds the notification that it was chosen and the orientation with the date of the meeting', async () => {
    const host = await api.as(HOST13);
    const title = `Votre structure est choisie pour accueillir une personne — ${orientation.reference}`;
    await waitFor(async () => (await host.get('/api/notifications')).body.items?.some((n: { title: string }) => n.title === title), 'the host’s notification', 30_000);
    await signIn(page, HOST13, DEMO_PASSWORD);
    await page.getByRole('heading', { name: /Bonjour/ }).waitFor();
    await page.getByRole('link', { name: /Notifications \(\d+ non lues?\)/ }).first().click();
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const item = page.getByRole('link', { name: title });
    await item.waitFor();
    await check('notifications de la structure');
    await screenshot(page, 'notification-structure-choisie');
    pagesText.push(await page.locator('main').innerText());
    await item.click();
    await page.getByRole('heading', { name: /Orientation : Ac\.Sé/ }).waitFor();
    await page.getByText('Visioconférence de pré-admission').waitFor();
    await page.getByText(/10 décembre 2026/).first().waitFor();
    await check('orientation vue par la structure');
    pagesText.push(await page.locator('main').innerText());
    await signOut(page);
  });

  it('found no serious or critical accessibility violation, and the address on no page but the host’s own form, nor in URLs, titles, storage or console', async () => {
    expect(violations).toEqual([]);
    expect(titles.length).toBe(7);
    const storage = await browserStorage(page);
    for (const value of [ADDRESS.street, ADDRESS.city]) {
      for (const t of pagesText) expect(t).not.toContain(value);
      for (const u of urls) expect(u).not.toContain(value);
      for (const t of titles) expect(t).not.toContain(value);
      for (const line of consoleLines) expect(line).not.toContain(ADDRESS.street);
      expect(storage).not.toContain(ADDRESS.street);
    }
  });
});
