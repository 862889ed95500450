import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useCase } from '../../api/hooks';
import type { CaseView } from '../../api/views';
import { json, meAs, renderApp, stubFetch } from '../../test/render';
import { unaccompaniedText, UnaccompaniedMinorForm } from './UnaccompaniedMinor';

const minor = {
  id: 'c1', reference: '93-2026-000001', territory: '93', ownerOrganisationId: 'org-1', sex: 'female', ageBand: '15-17', minor: true, ageUncertain: false,
  unaccompaniedMinor: null, version: 4,
  trackActions: { identification: [], indicators: false, residence: [], childProtection: ['report_made'], criminal: [], case: [] },
} as unknown as CaseView;

function Harness() {
  const q = useCase('c1');
  return q.data ? <UnaccompaniedMinorForm c={q.data} /> : null;
}

describe('« Mineur non accompagné » on a minor’s case', () => {
  it('reads the fact in French', () => {
    expect([true, false, null].map(unaccompaniedText)).toEqual(['Oui, mineur non accompagné', 'Non, avec un parent ou un représentant légal', 'Pas encore connu']);
  });

  it('lets the ASE record it with the version read', async () => {
    const calls = stubFetch([
      [/GET \/api\/cases\/c1$/, () => minor],
      [/PUT \/api\/cases\/c1\/unaccompanied-minor/, () => json(200, { id: 'c1', version: 5 })],
    ]);
    const user = userEvent.setup();
    renderApp(<Harness />, meAs('ase.93'));
    await user.click(await screen.findByRole('radio', { name: 'Oui, mineur non accompagné' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(calls.some((r) => r.method === 'PUT')).toBe(true));
    const put = calls.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('if-match')).toBe('"4"');
    expect(await put.json()).toEqual({ unaccompaniedMinor: true });
  });

  it('offers nothing to who keeps no child-protection track (the cell)', async () => {
    stubFetch([[/GET \/api\/cases\/c1$/, () => ({ ...minor, trackActions: { ...minor.trackActions, childProtection: [] } })]]);
    const { container } = renderApp(<Harness />, meAs('clav.93'));
    await waitFor(() => expect(container.textContent).toBe(''));
  });
});
