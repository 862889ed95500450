import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { CaseView, EligibilityCheck } from '../../api/views';
import { meAs, renderApp, stubFetch } from '../../test/render';
import { RequestOrientationPage } from './RequestOrientationPage';

const theCase = {
  id: 'c1', reference: '93-2026-000001', territory: '93', ownerOrganisationId: 'org-1', sex: 'female', ageBand: '25-34', minor: false, ageUncertain: false,
  nationality: 'NG', foreignNational: true, exploitationForms: ['sexual_exploitation'], exploitedInFrance: true, exploitedAbroad: false, events: [], vulnerabilities: [],
  needs: [], localDanger: true, interpreterNeeded: false,
  statuses: { identification: 'presumed_victim', residence: 'none', childProtection: 'none', criminal: 'none', case: 'active' },
  closureReason: null, removalOrderAlert: false, identifiedByOrganisationId: null, identifiedAt: null, indicatorSummary: {}, consents: [], deadlines: [], links: [],
  identityAccess: true, orientations: [], version: 4, createdAt: '2026-11-28T10:00:00Z', updatedAt: '2026-11-28T10:00:00Z', breakGlassUntil: null,
  trackActions: { identification: [], indicators: true, residence: [], childProtection: [], criminal: [], case: [] },
} as unknown as CaseView;

const ORGS = [
  { id: 'acse-1', kind: 'acse_coordination', name: 'Ac.Sé coordination', national: true, territories: [] },
  { id: 'host-1', kind: 'host', name: 'Foyer du Sud', national: false, territories: ['13'] },
  { id: 'pref-93', kind: 'prefecture', name: 'Préfecture de la Seine-Saint-Denis', national: false, territories: ['93'] },
  { id: 'pref-13', kind: 'prefecture', name: 'Préfecture des Bouches-du-Rhône', national: false, territories: ['13'] },
];

/** The API's dry run, as it would answer for this case: consent to a named target is missing unless `consented`. */
const dryRun = (consented = false) => (req: Request): EligibilityCheck => {
  const q = new URL(req.url).searchParams;
  const kind = q.get('targetKind') as EligibilityCheck['targetKind'];
  const target = q.get('targetOrganisationId');
  return {
    targetKind: kind, channel: null, targetOrganisationId: target, eligible: Boolean(target) && consented,
    problems: target && !consented ? ['ELIGIBILITY_CONSENT_REQUIRED'] : [],
    targetOrganisationKinds: kind === 'acse' ? ['acse_coordination'] : ['prefecture'], territorial: kind !== 'acse', placeKinds: kind === 'acse' ? ['women', 'men', 'family'] : [],
  };
};

const page = (
  <Routes>
    <Route path="/cases/:caseId/orientations/nouvelle" element={<RequestOrientationPage />} />
  </Routes>
);

describe('asking for an orientation', () => {
  it('offers the organisations and places the API says fit the kind, and says before sending why the API would refuse', async () => {
    const calls = stubFetch([
      [/GET \/api\/cases\/c1\/orientations\/eligibility/, dryRun()],
      [/GET \/api\/cases\/c1$/, () => theCase],
      [/GET \/api\/organisations/, () => ORGS],
    ]);
    const user = userEvent.setup();
    renderApp(page, meAs('asso.93'), '/cases/c1/orientations/nouvelle');
    await user.click(await screen.findByLabelText('Préfecture (référent TEH)'));
    const target = await screen.findByRole('combobox', { name: /Organisation destinataire/ });
    await waitFor(() => expect([...target.querySelectorAll('option')].map((o) => o.value).filter(Boolean)).toEqual(['pref-93']));
    expect(screen.queryByRole('combobox', { name: /Type de place/ })).toBeNull();

    await user.click(screen.getByLabelText('Ac.Sé (hébergement sécurisant et éloigné)'));
    await waitFor(() => expect([...screen.getByRole('combobox', { name: /Organisation destinataire/ }).querySelectorAll('option')].map((o) => o.value).filter(Boolean)).toEqual(['acse-1']));
    expect(screen.getByRole('combobox', { name: /Type de place/ })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: /Organisation destinataire/ }), 'acse-1');
    expect(await screen.findByText(/La personne n’a pas encore donné son accord pour cette orientation/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Envoyer la demande' }) as HTMLButtonElement).disabled).toBe(true);

    const asked = calls.filter((r) => r.url.includes('/eligibility')).map((r) => Object.fromEntries(new URL(r.url).searchParams));
    expect(asked).toContainEqual({ targetKind: 'acse', targetOrganisationId: 'acse-1' });
    expect(calls.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('sends the request once the API says it would be accepted', async () => {
    const calls = stubFetch([
      [/GET \/api\/cases\/c1\/orientations\/eligibility/, dryRun(true)],
      [/GET \/api\/cases\/c1$/, () => theCase],
      [/GET \/api\/organisations/, () => ORGS],
      [/POST \/api\/cases\/c1\/orientations$/, () => ({ id: 'o9' })],
    ]);
    const user = userEvent.setup();
    renderApp(page, meAs('asso.93'), '/cases/c1/orientations/nouvelle');
    await user.click(await screen.findByLabelText('Préfecture (référent TEH)'));
    const target = await screen.findByRole('combobox', { name: /Organisation destinataire/ });
    await waitFor(() => expect(target.querySelector('option[value="pref-93"]')).not.toBeNull());
    await user.selectOptions(target, 'pref-93');
    const send = screen.getByRole('button', { name: 'Envoyer la demande' }) as HTMLButtonElement;
    await waitFor(() => expect(calls.some((r) => new URL(r.url).searchParams.get('targetOrganisationId') === 'pref-93')).toBe(true));
    expect(screen.queryByText('Cette orientation ne peut pas encore être demandée')).toBeNull();
    expect(send.disabled).toBe(false);
    await user.click(send);
    await waitFor(() => expect(calls.some((r) => r.method === 'POST')).toBe(true));
    expect(await calls.find((r) => r.method === 'POST')!.json()).toEqual({ targetKind: 'prefecture', targetOrganisationId: 'pref-93', reason: 'residence' });
  });
});
