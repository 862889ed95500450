import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CaseView } from '../../api/views';
import { meAs, renderApp, stubFetch } from '../../test/render';
import { CaseAttachments } from './CaseAttachments';

const ORGS = [{ id: 'org-1', kind: 'association', name: 'Association test', national: false, territories: ['93'] }];
const CASE = { id: 'c1', reference: '93-2026-000007', territory: '93', ownerOrganisationId: 'org-1', version: 4, identityAccess: true, anonymisedAt: null } as unknown as CaseView;
const ITEM = { id: 'a1', kind: 'medical_certificate', documentDate: '2026-11-02', mediaType: 'application/pdf', sizeBytes: 204_800, organisationId: 'org-1', createdAt: '2026-11-03T10:00:00Z', erased: false };

describe('« Pièces jointes »', () => {
  it('shows the owner the file name, the download and the form, which refuses HTML named .pdf before sending', async () => {
    const calls = stubFetch([
      [/GET \/api\/organisations/, () => ORGS],
      [/GET \/api\/cases\/c1\/attachments/, () => [{ ...ITEM, name: 'certificat.pdf' }]],
    ]);
    const user = userEvent.setup();
    renderApp(<CaseAttachments c={CASE} />, meAs('asso.93'));
    const row = await screen.findByRole('row', { name: /Certificat médical/ });
    expect(row.textContent).toContain('2 novembre 2026');
    expect(row.textContent).toContain('certificat.pdf');
    expect(row.textContent).toContain('PDF, 200 Ko');
    expect(screen.queryByRole('button', { name: /Télécharger/ })).not.toBeNull();

    await user.upload(screen.getByLabelText(/Fichier/), new File(['<html><body>x</body></html>'], 'recu.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText(/Ce fichier n’est ni un PDF, ni une image JPEG ou PNG/)).not.toBeNull();
    expect((screen.getByRole('button', { name: 'Joindre le document' }) as HTMLButtonElement).disabled).toBe(true);
    expect(calls.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('shows a reader without identity access the list without names, no download and no form', async () => {
    stubFetch([
      [/GET \/api\/organisations/, () => ORGS],
      [/GET \/api\/cases\/c1\/attachments/, () => [ITEM]],
    ]);
    renderApp(<CaseAttachments c={{ ...CASE, identityAccess: false }} />, meAs('clav.93'));
    const row = await screen.findByRole('row', { name: /Certificat médical/ });
    expect(row.textContent).toContain('Réservé aux personnes qui consultent l’identité');
    expect(screen.queryByRole('button', { name: /Télécharger/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Joindre le document' })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Fichier' })).toBeNull();
  });
});
