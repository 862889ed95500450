import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useCase } from '../../api/hooks';
import type { CaseView } from '../../api/views';
import { json, meAs, renderApp, stubFetch } from '../../test/render';
import { TrackActions } from './TrackActions';

const base = {
  id: 'c1', reference: '93-2026-000001', territory: '93', ownerOrganisationId: 'org-1', sex: 'female', ageBand: '25-34', minor: false, ageUncertain: false, unaccompaniedMinor: null,
  nationality: 'NG', foreignNational: true, exploitationForms: ['sexual_exploitation'], exploitedInFrance: true, exploitedAbroad: false, events: [], vulnerabilities: [],
  needs: [], localDanger: true, interpreterNeeded: true,
  statuses: { identification: 'presumed_victim', residence: 'none', childProtection: 'none', criminal: 'none', case: 'active' },
  closureReason: null, removalOrderAlert: false, identifiedByOrganisationId: null, identifiedAt: null, indicatorSummary: {}, consents: [], deadlines: [], links: [], anonymisedAt: null, firstContact: null,
  identityAccess: false, orientations: [], version: 4, createdAt: '2026-11-28T10:00:00Z', updatedAt: '2026-11-28T10:00:00Z',
  breakGlassUntil: null,
  trackActions: { identification: [], indicators: false, residence: ['rights_information', 'reflection_period_started', 'complaint_or_testimony', 'removal_order'], childProtection: [], criminal: [], case: [] },
} as CaseView;

function Harness({ tab = 'residence' as const }: { tab?: 'residence' | 'case' }) {
  const q = useCase('c1');
  return q.data ? <TrackActions c={q.data} tab={tab} /> : null;
}
const prefecture = () => meAs('prefecture.93');

describe('track actions on the case page', () => {
  it('offers only the steps the API allows for this track', async () => {
    stubFetch([[/GET \/api\/cases\/c1$/, () => base]]);
    renderApp(<Harness />, prefecture());
    await screen.findByRole('button', { name: 'Informer de ses droits' });
    expect(screen.queryByRole('button', { name: 'Signaler une obligation de quitter le territoire' })).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Délivrer le récépissé' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Enregistrer la plainte$/ })).toBeNull();
    expect(screen.getAllByRole('button')).toHaveLength(4);
  });

  it('shows nothing for a track where this user has no step', async () => {
    stubFetch([[/GET \/api\/cases\/c1$/, () => ({ ...base, trackActions: { ...base.trackActions, residence: [] } })]]);
    const { container } = renderApp(<Harness />, prefecture());
    await waitFor(() => expect(container.textContent).toBe(''));
  });

  it('asks for the facts the event needs, next to each field, before sending anything', async () => {
    const calls = stubFetch([[/GET \/api\/cases\/c1$/, () => base]]);
    const user = userEvent.setup();
    renderApp(<Harness />, prefecture());
    await user.click(await screen.findByRole('button', { name: 'Informer de ses droits' }));
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const service = screen.getByRole('combobox', { name: /^Service/ });
    expect(service.closest('.fr-select-group')?.textContent).toContain('Ce champ est obligatoire.');
    expect(screen.getByRole('combobox', { name: /^Langue/ }).closest('.fr-select-group')?.textContent).toContain('Ce champ est obligatoire.');
    expect(screen.getByRole('group', { name: /interprète/ }).textContent).toContain('Ce champ est obligatoire.');
    expect(calls.filter((r) => r.method === 'POST')).toHaveLength(0);
    // French language names, not codes.
    expect(screen.queryByRole('option', { name: 'Anglais' })).not.toBeNull();
  });

  it('sends only the facts of the event with the version read, shows an API field error beside its field, then says which deadline opened', async () => {
    let saved = false;
    const calls = stubFetch([
      [/GET \/api\/cases\/c1$/, () => (saved ? { ...base, version: 6, deadlines: [{ id: 'd1', kind: 'reflection_period_end', dueOn: '2027-01-05', alertOn: '2026-12-29', responsibleOrganisationId: 'org-1', overdue: false }] } : base)],
      [/POST \/api\/cases\/c1\/residence-events/, async (req) => {
        const body = (await req.clone().json()) as { event: string };
        if (body.event === 'rights_information') return json(422, { code: 'EVENT_FIELD_INVALID', message: 'x', correlationId: 'c', details: { field: 'service' } });
        saved = true;
        return json(201, { id: 'c1', version: 5, track: 'residence', status: 'reflection_period', deadlineIds: ['d1'] });
      }],
    ]);
    const user = userEvent.setup();
    renderApp(<Harness />, prefecture());
    await user.click(await screen.findByRole('button', { name: 'Informer de ses droits' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Service/ }), 'prefecture');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Langue/ }), 'en');
    await user.click(screen.getByRole('radio', { name: 'Oui' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Service/ }).closest('.fr-select-group')?.textContent).toContain('Cette valeur n’est pas dans la liste'));
    const post = calls.find((r) => r.method === 'POST')!;
    expect(post.headers.get('if-match')).toBe('"4"');
    expect(await post.json()).toEqual({ event: 'rights_information', occurredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), service: 'prefecture', language: 'en', interpreter: true });

    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    await user.click(screen.getByRole('button', { name: 'Accorder le délai de réflexion' }));
    expect(screen.queryByRole('combobox')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText(/Délai de réflexion accordé : c’est enregistré\. Nouvelle échéance : fin du délai de réflexion le 5 janvier 2027\./);
  });

  it('says the case changed meanwhile and reloads it on a version conflict', async () => {
    let reads = 0;
    stubFetch([
      [/GET \/api\/cases\/c1$/, () => { reads++; return base; }],
      [/POST \/api\/cases\/c1\/residence-events/, () => json(409, { code: 'VERSION_CONFLICT', message: 'x', correlationId: 'c', details: { currentVersion: 5 } })],
    ]);
    const user = userEvent.setup();
    renderApp(<Harness />, prefecture());
    await user.click(await screen.findByRole('button', { name: 'Signaler une obligation de quitter le territoire' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText(/Quelqu’un a modifié cet élément entre-temps.*La situation affichée est à jour/);
    await waitFor(() => expect(reads).toBe(2));
  });

  it('closes a case only with a reason from the list', async () => {
    const calls = stubFetch([
      [/GET \/api\/cases\/c1$/, () => ({ ...base, trackActions: { ...base.trackActions, case: ['follow_up', 'close', 'close_referred'] } })],
      [/POST \/api\/cases\/c1\/close/, () => ({ id: 'c1', version: 5, status: 'closed' })],
    ]);
    const user = userEvent.setup();
    renderApp(<Harness tab="case" />, meAs('asso.93'));
    await user.click(await screen.findByRole('button', { name: 'Clore la situation' }));
    expect(screen.queryByLabelText('Date')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(screen.getByRole('combobox', { name: 'Motif de clôture' }).closest('.fr-select-group')?.textContent).toContain('Ce champ est obligatoire.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Motif de clôture' }), 'support_completed');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText(/Situation close : c’est enregistré\./);
    expect(await calls.find((r) => r.method === 'POST')!.json()).toEqual({ event: 'close', reason: 'support_completed' });
  });
});
