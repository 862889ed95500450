import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useCase } from '../../api/hooks';
import type { CaseView } from '../../api/views';
import { json, meAs, renderApp, stubFetch } from '../../test/render';
import { CaseErasure } from './EraseCaseDialog';

const kase = { id: 'c1', reference: '93-2026-000001', territory: '93', ownerOrganisationId: 'org-1', version: 4, anonymisedAt: null } as unknown as CaseView;

function Harness() {
  const q = useCase('c1');
  return q.data ? <CaseErasure c={q.data} /> : null;
}

describe('erasing a case on the person’s request, from its page', () => {
  it('asks the owner’s coordinator for a reason, confirms, then shows « anonymisée le … »', async () => {
    let erased = false;
    const calls = stubFetch([
      [/GET \/api\/cases\/c1$/, () => (erased ? { ...kase, anonymisedAt: '2026-12-06T10:00:00Z', version: 5 } : kase)],
      [/POST \/api\/privacy\/case-erasures/, () => ((erased = true), json(200, { id: 'c1', reference: kase.reference, version: 5, anonymisedAt: '2026-12-06T10:00:00Z' }))],
    ]);
    const user = userEvent.setup();
    renderApp(<Harness />, meAs('coord.93'));
    await user.click(await screen.findByRole('button', { name: 'Anonymiser cette situation' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer l’anonymisation' }));
    expect(screen.getByText('Choisissez le motif de l’effacement.')).toBeTruthy();
    expect(calls.some((r) => r.method === 'POST')).toBe(false);
    await user.selectOptions(screen.getByRole('combobox', { name: /Motif de l’effacement/ }), 'person_request');
    await user.click(screen.getByRole('button', { name: 'Confirmer l’anonymisation' }));
    await waitFor(() => expect(calls.some((r) => r.method === 'POST')).toBe(true));
    expect(await calls.find((r) => r.method === 'POST')!.json()).toEqual({ reference: kase.reference, reason: 'person_request', version: 4 });
    expect(await screen.findByText('Situation anonymisée le 6 décembre 2026')).toBeTruthy();
  });

  it('offers nothing to a case worker', async () => {
    stubFetch([[/GET \/api\/cases\/c1$/, () => kase]]);
    renderApp(<Harness />, meAs('asso.93'));
    await waitFor(() => expect(screen.queryByText('Anonymiser cette situation')).toBeNull());
    expect(screen.queryByRole('heading', { name: /Effacement/ })).toBeNull();
  });
});
