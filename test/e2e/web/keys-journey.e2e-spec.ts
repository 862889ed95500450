import { randomBytes } from 'node:crypto';
import { DEMO_PASSWORD } from '../../../db/seeds/demo';
import { caseBody } from '../../support/cases';
import { waitFor } from '../../support/stack';
import { Journey, mobileOverflow, screenshot, signIn, useWebJourney } from '../../support/web';

jest.setTimeout(300_000);

/**
 * Key rotation in a real browser (issue 16 §3): the platform administrator reads how many values each field key
 * protects, puts a key installed on the server in service, follows the re-encryption to its end, then retires the
 * old key, which nothing uses any more. The page at 375 px; axe on every view.
 */
describe('web: rotating the field-encryption key from the administration pages', () => {
  let j: Journey;
  // A second field key installed on the server (as the operations procedure installs it before a rotation).
  useWebJourney({ env: { MNIO_ENCRYPTION_KEY: `${process.env.MNIO_ENCRYPTION_KEY},t2:${randomBytes(32).toString('base64')}` } }, (journey) => (j = journey));

  it('the administrator rotates to t2, sees every value re-encrypted, then retires t1', async () => {
    const { page } = j;
    const worker = await j.api.as('asso.93@demo.mnio.test');
    for (let i = 0; i < 3; i++) await worker.post('/api/cases').send(caseBody()).expect(201);
    await page.goto(`${j.base}/administration/cles`);
    await signIn(page, 'admin@demo.mnio.test', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Clés de chiffrement', level: 1 }).waitFor();
    const fieldKeys = page.getByRole('table', { name: 'Clés — Chiffrement des données' });
    await fieldKeys.waitFor();
    // The new key, installed but never in service, is not offered for retirement.
    await fieldKeys.getByRole('row', { name: /^t2 Installée, pas encore en service 0 valeur/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Retirer la clé t2' }).count()).toBe(0);
    await fieldKeys.getByRole('row', { name: /t1 En service \d[\d\u202f ]* valeurs/ }).waitFor();
    await j.check('keys');
    await screenshot(page, 'cles-etat');
    expect(await mobileOverflow(page, 'cles-etat')).toEqual([]);

    await page.getByLabel('Trousseau').selectOption('field');
    await page.getByLabel('Nom de la nouvelle clé').fill('t2');
    await page.getByRole('button', { name: 'Mettre la clé en service' }).click();
    // The worker re-encrypts in the background; the page follows it (refreshing itself every 5 s while it runs).
    await waitFor(
      async () => (await page.getByText(/Rotation vers t2 terminée le \d+ \S+ \d{4}/).count()) > 0 || (await page.reload(), false),
      'the rotation to t2 to finish',
      120_000,
      2000,
    );
    await fieldKeys.getByRole('row', { name: /^t2 En service/ }).waitFor();
    await fieldKeys.getByRole('row', { name: /^t1 Ancienne.* 0 valeur/ }).waitFor();
    await j.check('keys-rotated');
    await screenshot(page, 'cles-rotation-terminee');

    await page.getByRole('button', { name: 'Retirer la clé t1' }).click();
    await fieldKeys.getByRole('row', { name: /^t1 Retirée/ }).waitFor();
    // What the page says, checked against the API: no value is left under t1.
    const status = (await (await j.api.as('admin@demo.mnio.test')).get('/api/admin/keys').expect(200)).body as { kind: string; current: string; keys: { keyId: string; values: number | null; status: string }[] }[];
    const field = status.find((r) => r.kind === 'field')!;
    expect(field.current).toBe('t2');
    expect(field.keys.find((k) => k.keyId === 't1')).toMatchObject({ status: 'retired', values: 0 });
    await screenshot(page, 'cles-retiree');
    expect(j.violations).toEqual([]);
    expect(j.consoleLines.filter((l) => /error/i.test(l))).toEqual([]);
  });
});
