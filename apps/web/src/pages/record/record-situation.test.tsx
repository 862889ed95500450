import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { meAs, renderApp, stubFetch } from '../../test/render';
import { emptyDraft } from './draft';
import { RecordSituationPage } from './RecordSituationPage';
import { createBody, draftIsMinor, stepErrors, submitDraft } from './submit';

function stub() {
  return stubFetch([
    [/GET \/api\/territories/, () => [{ code: '93', name: 'Seine-Saint-Denis', regionCode: '11', regionName: 'Île-de-France' }, { code: '75', name: 'Paris', regionCode: '11', regionName: 'Île-de-France' }]],
    [/GET \/api\/organisations/, () => [{ id: 'acse-1', kind: 'acse_coordination', name: 'Ac.Sé coordination', national: true, territories: [] }]],
  ]);
}

const app = (
  <Routes>
    <Route path="/" element={<Link to="/nouvelle">Reprendre</Link>} />
    <Route path="/nouvelle" element={<><Link to="/">Quitter</Link><RecordSituationPage /></>} />
  </Routes>
);

describe('record a situation: the guided form', () => {
  it('goes in the order of a first contact and refuses to go on without what a step needs, in French', async () => {
    stub();
    const user = userEvent.setup();
    renderApp(app, meAs('asso.93'), '/nouvelle');
    await screen.findByText('Mise en sécurité et besoins immédiats');
    await user.click(screen.getByRole('checkbox', { name: 'Mise en sécurité' }));
    await user.click(screen.getByRole('button', { name: 'Étape suivante' }));
    expect(screen.queryByText('La personne : identité et minorité', { selector: 'p, h2, span, div' })).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Étape suivante' }));
    expect(screen.getAllByText('Indiquez le sexe (ou « Non renseigné »).').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('radio', { name: 'Femme' }));
    // the refused step's messages follow the correction at once
    expect(screen.queryByText('Indiquez le sexe (ou « Non renseigné »).')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Étape suivante' }));
    expect(screen.getAllByText('Interprétariat et contact').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Étape suivante' }));
    await user.click(screen.getByRole('button', { name: 'Étape suivante' }));
    expect(screen.getAllByText('Choisissez au moins une forme d’exploitation.').length).toBeGreaterThan(0);
  });

  it('keeps the draft in memory when the user leaves the page and comes back, and never in web storage', async () => {
    stub();
    const user = userEvent.setup();
    renderApp(app, meAs('asso.93'), '/nouvelle');
    await user.click(await screen.findByRole('checkbox', { name: 'Soins' }));
    await user.click(screen.getByRole('button', { name: 'Étape suivante' }));
    await user.type(screen.getByRole('textbox', { name: 'Nom' }), 'Exemple');
    await user.click(screen.getByRole('link', { name: 'Quitter' }));
    await user.click(screen.getByRole('link', { name: 'Reprendre' }));
    expect(((await screen.findByRole('textbox', { name: 'Nom' })) as HTMLInputElement).value).toBe('Exemple');
    expect(screen.queryByText(/jamais sur l’appareil/)).not.toBeNull();
    // The DSFR keeps only its colour scheme in localStorage; nothing of the form goes there.
    const stored = JSON.stringify({ ...localStorage, ...sessionStorage });
    expect(stored).not.toContain('Exemple');
    expect(Object.keys(sessionStorage)).toEqual([]);
  });

  it('builds the API body from the draft and checks each step', () => {
    const d = { ...emptyDraft('93'), sex: 'female', lastName: ' Exemple ', phone: '06 12 34 56 78', safeToContact: false, exploitationForms: ['sexual_exploitation'], localDanger: true,
      events: [{ type: 'exploitation', country: 'FR', territory: '93', from: '2025-06', to: '' }], needs: ['safety'] };
    expect(createBody(d)).toEqual({
      territory: '93',
      identity: { lastName: 'Exemple', ageUncertain: false, sex: 'female', contact: { phone: '0612345678', safeToContact: false } },
      exploitationForms: ['sexual_exploitation'],
      events: [{ type: 'exploitation', country: 'FR', territory: '93', from: '2025-06' }],
      vulnerabilities: [],
      danger: { localDanger: true },
      needs: ['safety'],
    });
    expect(stepErrors({ ...d, events: [{ type: 'exploitation', country: 'FR', territory: '', from: '', to: '' }] }, 4)).toEqual({ event0: 'Fait n° 1 : pour un fait en France, indiquez le département.' });
    expect(stepErrors({ ...d, birthDate: '1999-01-01', estimatedAge: '25' }, 2)).toEqual({ estimatedAge: 'Indiquez soit la date de naissance, soit l’âge estimé.' });
    expect(stepErrors({ ...d, localDanger: null }, 6)).toHaveProperty('localDanger');
  });

  it('records the situation in one request: indicators, answers and preliminary identification go with the case', async () => {
    const calls = stubFetch([[/POST \/api\/cases$/, () => ({ id: 'c1', reference: '93-2026-000001', version: 6, minor: false, possibleDuplicate: false })]]);
    const d = {
      ...emptyDraft('93'), sex: 'female', exploitationForms: ['sexual_exploitation'], localDanger: false,
      indicators: { 'control:documents_confiscated': 'strong', 'movement:restricted_movement': 'medium' }, consentMethod: 'interpreter',
      shareWithCell: true, policeContact: false, statistics: null, orientationConsents: ['acse-1'], presumedVictim: true,
    };
    const outcome = await submitDraft(d as never);
    expect(outcome.created?.version).toBe(6);
    expect(calls).toHaveLength(1);
    const body = await calls[0].json();
    expect(body.indicators.map((i: { dimension: string; indicator: string; strength: string }) => `${i.dimension}:${i.indicator}:${i.strength}`)).toEqual([
      'control:documents_confiscated:strong', 'movement:restricted_movement:medium',
    ]);
    expect(body.consents).toEqual([
      { purpose: 'share_with_cell', granted: true, method: 'interpreter' },
      { purpose: 'police_contact', granted: false, method: 'interpreter' },
      { purpose: 'orientation', granted: true, method: 'interpreter', targetOrganisationId: 'acse-1' },
    ]);
    expect(body.presumedVictim).toBe(true);
  });

  it('keeps nothing half-recorded: a refusal returns the error and no case, so the draft stays to correct', async () => {
    stubFetch([[/POST \/api\/cases$/, () => new Response(JSON.stringify({ code: 'CONSENT_TARGET_REQUIRED', message: 'x' }), { status: 422, headers: { 'content-type': 'application/json' } })]]);
    const outcome = await submitDraft({ ...emptyDraft('93'), sex: 'female', exploitationForms: ['sexual_exploitation'], localDanger: false } as never);
    expect(outcome.created).toBeUndefined();
    expect(outcome.error).toBeDefined();
  });

  it('during a brief outage (503) sends the situation once, never again by itself, and the draft stays to send again', async () => {
    const calls = stubFetch([[/POST \/api\/cases$/, () => new Response(JSON.stringify({ code: 'SERVICE_UNAVAILABLE', message: 'x' }), { status: 503, headers: { 'content-type': 'application/json', 'Retry-After': '5' } })]]);
    const draft = { ...emptyDraft('93'), sex: 'female', exploitationForms: ['sexual_exploitation'], localDanger: false } as never;
    const outcome = await submitDraft(draft);
    expect(outcome.created).toBeUndefined();
    expect(outcome.error).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(calls).toHaveLength(1);
    expect((draft as { sex: string }).sex).toBe('female');
  });

  it('asks whether a minor is unaccompanied (« mineur non accompagné »), and sends it for a minor only', () => {
    const d = { ...emptyDraft('93'), sex: 'female', exploitationForms: ['sexual_exploitation'], localDanger: true };
    expect(draftIsMinor({ ...d, birthDate: '2010-05-01' }, '2026-12-06')).toBe(true);
    expect(draftIsMinor({ ...d, birthDate: '2008-12-06' }, '2026-12-06')).toBe(false);
    expect(draftIsMinor({ ...d, birthDate: '2008-12-07' }, '2026-12-06')).toBe(true);
    expect(draftIsMinor({ ...d, estimatedAge: '16' })).toBe(true);
    expect(draftIsMinor({ ...d, estimatedAge: '30', ageUncertain: true })).toBe(true);
    expect(draftIsMinor(d)).toBe(false);
    expect(createBody({ ...d, estimatedAge: '16', unaccompaniedMinor: 'yes' })).toHaveProperty('unaccompaniedMinor', true);
    expect(createBody({ ...d, estimatedAge: '16', unaccompaniedMinor: 'no' })).toHaveProperty('unaccompaniedMinor', false);
    expect(createBody({ ...d, estimatedAge: '16', unaccompaniedMinor: '' })).not.toHaveProperty('unaccompaniedMinor');
    // an adult's draft never sends it, whatever was ticked before the age was corrected
    expect(createBody({ ...d, estimatedAge: '30', unaccompaniedMinor: 'yes' })).not.toHaveProperty('unaccompaniedMinor');
  });
});
