/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { Journey, screenshot, signIn, useWebJourney } from '../../support/web';

jest.setTimeout(300_000);

const ASSO93 = 'asso.93@demo.mnio.test';

/**
 * The association's list of situations, as a worker reads it after years of follow-up: more than one page of
 * cases, filters kept in the address (a bookmark, a link sent to a colleague), read to the last case.
 */
describe('web: the cases list, filtered and read to its end', () => {
  let api: TestApi;
  let page: Page;
  let base: string;
  let violations: string[];
  let check: Journey['check'];
  useWebJourney({ worker: false }, (j) => ({ api, page, base, violations, check } = j));

  const rows = () => page.getByRole('table').getByRole('row').filter({ has: page.getByRole('link', { name: /^93-\d{4}-\d{6}$/ }) });

  beforeAll(async () => {
    // 52 adults and 3 minors exploited through an illegal adoption: more than the list's page of 50.
    const worker = await api.as(ASSO93);
    for (let i = 0; i < 55; i++) {
      const body = caseBody({ exploitationForms: ['illegal_adoption'], ...(i < 3 ? { identity: { birthDate: '2012-05-01' } } : {}) });
      await worker.post('/api/cases').send(body).expect(201);
    }
  });

  it('filters by form from the address, reads the following page when asked, then narrows to minors', async () => {
    await page.goto(`${base}/situations?forme=illegal_adoption`);
    await signIn(page, ASSO93, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Situations', exact: true }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Forme d’exploitation' }).inputValue()).resolves.toBe('illegal_adoption');
    await rows().nth(49).waitFor();
    expect(await rows().count()).toBe(50);
    await check('situations filtrées');
    await screenshot(page, 'situations-filtres');

    await page.getByRole('button', { name: 'Afficher les situations suivantes' }).click();
    await rows().nth(54).waitFor();
    expect(await rows().count()).toBe(55);
    expect(await page.getByRole('button', { name: 'Afficher les situations suivantes' }).count()).toBe(0);

    await page.getByRole('combobox', { name: 'Âge' }).selectOption('oui');
    await page.waitForURL(/mineur=oui/);
    await rows().nth(3).waitFor({ state: 'detached' });
    await rows().nth(2).waitFor();
    expect(await rows().count()).toBe(3);
    for (const text of await rows().allTextContents()) expect(text).toContain('personne mineure');

    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await page.waitForURL((url) => url.search === '');

    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${base}/situations?forme=illegal_adoption&mineur=non`);
    await signIn(page, ASSO93, DEMO_PASSWORD);
    await rows().first().waitFor();
    await check('situations (mobile)');
    await screenshot(page, 'situations-filtres-mobile');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('finds a person by her exact name and birth year: the answer names her case by its reference, never by her name', async () => {
    const body = caseBody({ identity: { birthDate: '1994-03-08' } });
    const { body: created } = await (await api.as(ASSO93)).post('/api/cases').send(body).expect(201);
    const { lastName, firstNames } = body.identity as { lastName: string; firstNames: string[] };
    await page.goto(`${base}/situations`);
    await signIn(page, ASSO93, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Situations', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Retrouver une personne par son nom' }).click();
    const form = page.getByRole('form', { name: 'Retrouver une personne par son nom' });
    await form.getByLabel('Nom ou alias').fill(lastName);
    await form.getByLabel('Prénoms').fill(firstNames.join(' '));
    // A year off: the search is exact, nothing is found.
    await form.getByLabel('Année de naissance').fill('1995');
    await form.getByRole('button', { name: 'Rechercher' }).click();
    await form.getByText(/Aucune situation dont vous pouvez consulter l’identité ne porte exactement ce nom/).waitFor();
    await form.getByLabel('Année de naissance').fill('1994');
    await form.getByRole('button', { name: 'Rechercher' }).click();
    const found = form.getByRole('table', { name: 'Situations de cette personne' });
    await found.getByRole('link', { name: created.reference }).waitFor();
    expect(await found.getByRole('row').count()).toBe(2);
    await check('recherche par nom');
    await screenshot(page, 'situations-recherche-par-nom');
    // The name travels in the request body only: not in the address, not in the list's text.
    expect(page.url()).not.toContain(lastName);
    expect(await found.innerText()).not.toContain(lastName);
    await found.getByRole('link', { name: created.reference }).click();
    await page.getByRole('heading', { name: `Situation ${created.reference}` }).waitFor();
  });

  it('had no serious accessibility violation', () => {
    expect(violations).toEqual([]);
  });
});
