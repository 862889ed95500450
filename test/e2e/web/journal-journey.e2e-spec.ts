import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { DEMO_ORGS, DEMO_PASSWORD } from '../../../db/seeds/demo';
import { caseBody } from '../../support/cases';
import { Journey, mobileOverflow, signIn, signOut, useWebJourney } from '../../support/web';

jest.setTimeout(300_000);

const OWNER = 'asso.93@demo.mnio.test';
const ASE = 'ase.93@demo.mnio.test';
const dayInParis = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offsetDays * 86_400_000));
const frDay = (day: string) => new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date(`${day}T12:00:00`)).replace(/^1 /, '1er ');

/** The journal section alone, into docs/screenshots (with MNIO_SCREENSHOTS=1, as every journey's screenshots). */
async function sectionShot(section: Locator, name: string): Promise<void> {
  if (process.env.MNIO_SCREENSHOTS !== '1') return;
  const dir = join(__dirname, '../../../docs/screenshots');
  mkdirSync(dir, { recursive: true });
  await section.scrollIntoViewIfNeeded();
  await section.page().waitForTimeout(300);
  await section.screenshot({ path: join(dir, `${name}.png`) });
}

/**
 * The follow-up journal in a real browser (issue 14 §2): the owner adds a dated note shared with the ASE (the form
 * says who will read it), sees it with its French date, pages to older notes; the ASE's worker sees that note and
 * not the owner's private ones. axe on every view, 375 px without sideways scrolling.
 */
describe('web: the follow-up journal of a case', () => {
  let j: Journey;
  useWebJourney({ worker: false }, (journey) => (j = journey));
  const SHARED = 'Audition au commissariat préparée avec l’interprète ; l’ASE accompagnera la jeune fille.';
  const PRIVATE = 'Appel de la tante : elle souhaite rester anonyme.';

  it('the owner adds a note shared with the ASE; the ASE reads it, and only it', async () => {
    const owner = await j.api.as(OWNER);
    const { body: c } = await owner.post('/api/cases').send(caseBody({ territory: '93', identity: { birthDate: '2010-05-20' } })).expect(201);
    // Ten older notes kept within the association: the page shows ten at a time.
    for (let i = 0; i < 10; i++) {
      await owner.post(`/api/cases/${c.id}/journal`).send({ occurredOn: dayInParis(-30 - i), text: `${PRIVATE} (${i + 1})` }).expect(201);
    }
    const aseName = (await owner.get(`/api/cases/${c.id}/journal`).expect(200)).body.shareableOrganisations.find((o: { id: string }) => o.id === DEMO_ORGS.ase93).name as string;

    const { page } = j;
    await page.goto(`${j.base}/cases/${c.id}`);
    await signIn(page, OWNER, DEMO_PASSWORD);
    await page.getByRole('heading', { name: `Situation ${c.reference}` }).waitFor();
    const journal = page.getByRole('region', { name: 'Journal de suivi', exact: true });
    await journal.waitFor();
    // The notes are read (and the read recorded) only when asked for, not by opening the case page.
    expect(await journal.getByText(`${PRIVATE} (1)`).count()).toBe(0);
    await journal.getByRole('button', { name: 'Ouvrir le journal de suivi' }).click();
    await journal.getByText(`${PRIVATE} (1)`).waitFor();
    await journal.getByRole('button', { name: 'Ajouter une note' }).click();
    await journal.getByLabel(/^Date/).fill(dayInParis(-2));
    await journal.getByRole('textbox', { name: /^Note/ }).fill(SHARED);
    await journal.getByText('Cette note sera lue uniquement par les professionnels de votre structure (Association Aide TEH 93).').waitFor();
    await journal.getByRole('checkbox', { name: aseName }).check({ force: true });
    await journal.getByText(`Cette note sera lue par les professionnels de votre structure (Association Aide TEH 93) et par ceux de : ${aseName}.`).waitFor();
    await j.check('journal form');
    await sectionShot(journal.locator('form'), 'journal-form');
    await journal.getByRole('button', { name: 'Enregistrer la note' }).click();
    await journal.getByText('Note ajoutée au journal de suivi.').waitFor();
    const note = journal.getByRole('listitem').filter({ hasText: SHARED });
    await note.waitFor();
    expect(await note.textContent()).toContain(frDay(dayInParis(-2)));
    expect(await note.textContent()).toContain('Association Aide TEH 93 (vous)');
    expect(await note.textContent()).toContain(`Lue aussi par ${aseName}`);
    expect(await journal.getByRole('listitem').count()).toBe(10);
    // The author corrects a word of the note.
    await note.getByRole('button', { name: 'Corriger cette note' }).click();
    await note.getByRole('textbox', { name: /^Texte corrigé/ }).fill(SHARED.replace('préparée', 'préparée ce matin'));
    await note.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await journal.getByRole('listitem').filter({ hasText: 'préparée ce matin' }).filter({ hasText: 'corrigée le' }).waitFor();
    await journal.getByRole('button', { name: 'Voir les notes plus anciennes' }).click();
    await journal.getByText(`${PRIVATE} (10)`).waitFor();
    expect(await journal.getByRole('listitem').count()).toBe(11);
    expect(await journal.getByRole('button', { name: 'Voir les notes plus anciennes' }).count()).toBe(0);
    await j.check('journal owner');
    await sectionShot(journal, 'journal-owner');
    expect(await mobileOverflow(page, 'journal-owner-page')).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    await sectionShot(journal, 'journal-owner-mobile');
    await page.setViewportSize({ width: 1280, height: 900 });
    await signOut(page);

    await page.goto(`${j.base}/cases/${c.id}`);
    await signIn(page, ASE, DEMO_PASSWORD);
    await page.getByRole('heading', { name: `Situation ${c.reference}` }).waitFor();
    await journal.getByRole('button', { name: 'Ouvrir le journal de suivi' }).click();
    await journal.getByText(SHARED.replace('préparée', 'préparée ce matin')).waitFor();
    expect(await journal.getByRole('listitem').count()).toBe(1);
    expect(await journal.textContent()).not.toContain(PRIVATE);
    expect(await journal.getByRole('button', { name: 'Ajouter une note' }).count()).toBe(0);
    expect(await journal.getByRole('listitem').first().textContent()).toContain(`${frDay(dayInParis(-2))}Association Aide TEH 93 ·`);
    await j.check('journal ASE');
    await sectionShot(journal, 'journal-ase');
    await page.setViewportSize({ width: 375, height: 800 });
    await sectionShot(journal, 'journal-ase-mobile');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await mobileOverflow(page, 'journal-ase-page')).toEqual([]);
    expect(j.violations).toEqual([]);
    expect(j.consoleLines.filter((l) => /error/i.test(l))).toEqual([]);
  });
});
