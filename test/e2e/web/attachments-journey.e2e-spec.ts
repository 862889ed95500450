import { readFileSync } from 'node:fs';
import { DEMO_PASSWORD } from '../../../db/seeds/demo';
import { sharedCase } from '../coordination/coordination-helpers';
import { Journey, mobileOverflow, screenshot, signIn, signOut, useWebJourney } from '../../support/web';

jest.setTimeout(300_000);

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n% récépissé de test\n'), Buffer.alloc(20_000, 7)]);

/**
 * Attachments in a real browser (issue 14 §2): the owner's worker is told in French that HTML named .pdf is not a PDF,
 * attaches a scanned récépissé and downloads it back byte for byte; the cell that sees the case without its identity
 * sees the list without the file name and no download. axe on each view, also at 375 px.
 */
describe('web: the attachments of a case', () => {
  let j: Journey;
  useWebJourney({}, (journey) => (j = journey));

  it('the owner attaches a récépissé and downloads it; the cell sees the list only', async () => {
    const c = await sharedCase(await j.api.as('asso.93@demo.mnio.test'), '93');
    const { page } = j;
    await page.goto(`${j.base}/cases/${c.id}`);
    await signIn(page, 'asso.93@demo.mnio.test', DEMO_PASSWORD);
    await page.getByRole('heading', { name: `Situation ${c.reference}` }).waitFor();
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Pièces jointes' }) });
    await section.getByText('Aucune pièce jointe.').waitFor();

    await section.getByLabel('Fichier').setInputFiles({ name: 'recepisse.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<!doctype html><html><body>pas un PDF</body></html>') });
    await section.getByText('Ce fichier n’est ni un PDF, ni une image JPEG ou PNG (son contenu a été vérifié, quel que soit son nom).').waitFor();
    await section.scrollIntoViewIfNeeded();
    await j.check('attachment-refused');
    await screenshot(page, 'attachments-refused-type', false);

    await section.getByLabel('Fichier').setInputFiles({ name: 'Récépissé Okafor.pdf', mimeType: 'application/pdf', buffer: PDF });
    await section.getByLabel('Nature du document').selectOption('recepisse');
    await section.getByLabel('Date du document').fill('2026-11-30');
    await section.getByRole('button', { name: 'Joindre le document' }).click();
    await section.getByText('Document joint.').waitFor();
    await section.getByRole('cell', { name: 'Récépissé Okafor.pdf' }).waitFor();
    await section.getByRole('cell', { name: '30 novembre 2026' }).waitFor();
    await section.scrollIntoViewIfNeeded();
    await j.check('attachments-owner');
    await screenshot(page, 'attachments-owner', false);

    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: /Télécharger/ }).click()]);
    expect(download.suggestedFilename()).toBe('recepisse-2026-11-30.pdf');
    expect(Buffer.compare(readFileSync((await download.path())!), PDF)).toBe(0);
    expect(page.url()).not.toMatch(/Okafor|recepisse/);

    expect(await mobileOverflow(page, 'attachments-owner')).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    await section.scrollIntoViewIfNeeded();
    await j.check('attachments-375');
    await screenshot(page, 'attachments-owner-375', false);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signOut(page);

    await page.goto(`${j.base}/cases/${c.id}`);
    await signIn(page, 'clav.93@demo.mnio.test', DEMO_PASSWORD);
    await page.getByRole('heading', { name: `Situation ${c.reference}` }).waitFor();
    await section.getByRole('cell', { name: 'Récépissé', exact: true }).waitFor();
    await section.getByText('Réservé aux personnes qui consultent l’identité').waitFor();
    expect(await section.getByRole('button', { name: /Télécharger/ }).count()).toBe(0);
    expect(await section.getByRole('button', { name: 'Joindre le document' }).count()).toBe(0);
    expect(await page.content()).not.toContain('Okafor');
    await section.scrollIntoViewIfNeeded();
    await j.check('attachments-reader');
    await screenshot(page, 'attachments-reader', false);
    expect(j.violations).toEqual([]);
    expect(j.consoleLines.filter((l) => /error/i.test(l))).toEqual([]);
  });
});
