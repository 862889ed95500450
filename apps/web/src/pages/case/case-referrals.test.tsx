import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CaseReferrals as Referrals, CaseView } from '../../api/views';
import { json, meAs, renderApp, stubFetch } from '../../test/render';
import { CaseReferrals } from './CaseReferrals';

const ORGS = [
  { id: 'org-1', kind: 'association', name: 'Association test', national: false, territories: ['93'] },
  { id: 'pref', kind: 'prefecture', name: 'Préfecture de la Seine-Saint-Denis', national: false, territories: ['93'] },
  { id: 'pol', kind: 'police', name: 'Police nationale, Seine-Saint-Denis', national: false, territories: ['93'] },
  { id: 'parq', kind: 'parquet', name: 'Parquet de Bobigny', national: false, territories: ['93'] },
];

const CASE = {
  id: 'c1', reference: '93-2026-000007', territory: '93', ownerOrganisationId: 'org-1', minor: false, version: 4, consents: [], deadlines: [],
} as unknown as CaseView;

const answer = (over: Partial<Referrals> = {}): Referrals => ({
  referrals: [{ organisationId: 'parq', organisationKind: 'parquet', referredAt: '2026-11-20T09:30:00Z', referredByOrganisationId: 'org-1', endedAt: null, endedReason: null }],
  targets: [
    { organisationId: 'pref', organisationKind: 'prefecture', national: false, consentNeeded: null, consentGiven: true },
    { organisationId: 'pol', organisationKind: 'police', national: false, consentNeeded: 'police_contact', consentGiven: false },
  ],
  ...over,
});

describe('« Signaler à un partenaire »', () => {
  it('asks for the police-contact consent inline before a police referral, and sends a préfecture referral with the version read', async () => {
    const calls = stubFetch([
      [/GET \/api\/organisations/, () => ORGS],
      [/GET \/api\/cases\/c1\/referrals/, () => answer()],
      [/POST \/api\/cases\/c1\/referrals/, () => json(201, { id: 'c1', organisationId: 'pref', version: 5 })],
    ]);
    const user = userEvent.setup();
    renderApp(<CaseReferrals c={CASE} />, meAs('asso.93'));

    // Who it was already referred to, with the date and the referring organisation.
    const row = await screen.findByRole('row', { name: /Parquet de Bobigny/ });
    expect(row.textContent).toContain('20 novembre 2026');
    expect(row.textContent).toContain('Association test');
    expect(row.textContent).toContain('En cours');

    // Nothing chosen: the error is said next to the choice, nothing is sent.
    await user.click(screen.getByRole('button', { name: 'Signaler la situation' }));
    expect(screen.queryByText('Choisissez le partenaire à qui signaler la situation.')).not.toBeNull();
    expect(calls.filter((r) => r.method === 'POST')).toHaveLength(0);

    // The police need the person's agreement: the consent form comes in place of the send button.
    await user.click(screen.getByRole('radio', { name: /Police nationale, Seine-Saint-Denis/ }));
    expect(screen.queryByText(/la personne doit accepter un contact avec les forces de l’ordre/)).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Signaler la situation' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Accord de la personne : contact avec les forces de l’ordre' })).not.toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Objet' })).toBeNull();
    expect(screen.queryByText(/Recueilli par Test User/)).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Enregistrer l’accord' })).not.toBeNull();

    await user.click(screen.getByRole('radio', { name: /Préfecture de la Seine-Saint-Denis/ }));
    expect(screen.queryByRole('button', { name: 'Enregistrer l’accord' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Signaler la situation' }));
    await screen.findByText('Situation signalée à Préfecture de la Seine-Saint-Denis.');
    const post = calls.find((r) => r.method === 'POST')!;
    expect(post.headers.get('if-match')).toBe('"4"');
    expect(await post.json()).toEqual({ organisationId: 'pref' });
  });

  it('records the consent inline, with who and how, for the police referral', async () => {
    const calls = stubFetch([
      [/GET \/api\/organisations/, () => ORGS],
      [/GET \/api\/cases\/c1\/referrals/, () => answer({ referrals: [] })],
      [/POST \/api\/cases\/c1\/consents/, () => json(201, { id: 'c1', consentId: 'k1', version: 5 })],
    ]);
    const user = userEvent.setup();
    renderApp(<CaseReferrals c={CASE} />, meAs('asso.93'));
    await user.click(await screen.findByRole('radio', { name: /Police nationale/ }));
    expect(screen.queryByText('La situation n’a encore été signalée à aucun partenaire.')).not.toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: /Comment l’accord/ }), 'interpreter');
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’accord' }));
    await screen.findByText('Accord enregistré.');
    const post = calls.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ purpose: 'police_contact', granted: true, method: 'interpreter' });
  });

  it('is not shown to a partner who only sees the case', () => {
    const calls = stubFetch([[/GET \/api\/organisations/, () => ORGS]]);
    renderApp(<CaseReferrals c={{ ...CASE, ownerOrganisationId: 'someone-else' }} />, meAs('asso.93'));
    expect(screen.queryByRole('heading', { name: 'Signaler à un partenaire' })).toBeNull();
    expect(calls.filter((r) => r.url.includes('/referrals'))).toHaveLength(0);
  });
});
