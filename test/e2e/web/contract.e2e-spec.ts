import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ATTACHMENT_KINDS, ATTACHMENT_MEDIA_TYPES, IDENTITY_READ_REASONS, CONSENT_METHODS, CONSENT_PURPOSES, DEADLINE_KINDS, EXPLOITATION_FORMS, IDENTIFICATION_STATES, NEEDS, SEXES, VULNERABILITIES, CONTACT_CHANNELS, AGE_BANDS, INDICATOR_STRENGTHS, RESIDENCE_EVENTS, CHILD_PROTECTION_EVENTS, CRIMINAL_EVENTS, CASE_STATUS_EVENTS, CLOSURE_REASONS, MINOR_PROTECTION_STATES, MINOR_PROTECTION_STEPS, REPORT_SERVICES } from '@mnio/cases';
import { ACTION_STATUSES, BREAK_GLASS_REASONS, DECISION_TYPES, TRANSFER_REASONS, TRANSFER_REFUSAL_REASONS, TRANSFER_STATUSES } from '@mnio/coordination';
import { ORGANISATION_KINDS, ROLES } from '@mnio/directory';
import '@mnio/notifications';
import { ASYLUM_STATUSES, GENERAL_CHANNELS, LEGAL_BASES, PARTIES, PLACE_KINDS, REQUEST_REASONS, TARGET_KINDS, WORKFLOWS } from '@mnio/orientations';
import { knownErrorCodes } from '@mnio/platform';
import { CORRECTION_REASONS } from '@mnio/reporting';
import { JOURNAL_ACTIONS, JOURNAL_KINDS } from '@mnio/privacy';
import { ERROR_MESSAGES } from '../../../apps/web/src/api/error-messages';
import * as fr from '../../../apps/web/src/domain/labels';
import * as trackForms from '../../../apps/web/src/domain/track-forms';
import * as attachments from '../../../apps/web/src/pages/case/attachments';
import { EVENT_FACTS, HEARING_TYPES, NO_FURTHER_ACTION_REASONS, PERMIT_REFUSAL_REASONS, PLACEMENT_LEGAL_BASES, REFLECTION_END_REASONS, TRACK_SERVICES } from '@mnio/cases';
import { openApiDocument, SCHEMA_FILE, SCHEMA_HEADER } from '../../../scripts/openapi-export';

/** openapi-typescript in a child Node (it loads ES modules Jest's runtime cannot), fed the document on stdin. */
const RENDER = `const { default: render, astToString } = require('openapi-typescript'); let s = '';
process.stdin.on('data', (d) => (s += d)).on('end', async () => process.stdout.write(astToString(await render(JSON.parse(s)))));`;

/**
 * What the web client copies from the API must stay true to it: the generated types, every error code worded
 * in French, every code of the closed vocabularies labelled (among them every orientation step, party and reason
 * the API's `nextSteps` and eligibility dry run may answer). The workflows and eligibility rules are not copied:
 * the web reads them from the API. A changed endpoint or a new code fails here.
 */
describe('web client ↔ API contract', () => {
  it('apps/web/src/api/schema.d.ts is the one the current OpenAPI document gives (else run `npm run openapi`)', async () => {
    const document = JSON.stringify(await openApiDocument());
    const out = spawnSync(process.execPath, ['-e', RENDER], { input: document, encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(out.stderr).toBe('');
    expect(`${SCHEMA_HEADER}${out.stdout}`).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  }, 60_000);

  it('words every error code the API can answer in French', () => {
    const missing = knownErrorCodes().filter((c) => !ERROR_MESSAGES[c]);
    expect(missing).toEqual([]);
    for (const c of ['METHOD_NOT_ALLOWED', 'UNSUPPORTED_MEDIA_TYPE', 'BAD_REQUEST', 'NETWORK_ERROR']) expect(ERROR_MESSAGES[c]).toBeTruthy();
  });

  it.each([
    ['exploitation forms', EXPLOITATION_FORMS, fr.EXPLOITATION_FORMS],
    ['sexes', SEXES, fr.SEXES],
    ['vulnerabilities', VULNERABILITIES, fr.VULNERABILITIES],
    ['needs', NEEDS, fr.NEEDS],
    ['contact channels', CONTACT_CHANNELS, fr.CONTACT_CHANNELS],
    ['age bands', AGE_BANDS, fr.AGE_BANDS],
    ['indicator strengths', INDICATOR_STRENGTHS, fr.INDICATOR_STRENGTHS],
    ['consent purposes', CONSENT_PURPOSES, fr.CONSENT_PURPOSES],
    ['consent methods', CONSENT_METHODS, fr.CONSENT_METHODS],
    ['access journal kinds', JOURNAL_KINDS, fr.ACCESS_JOURNAL_KINDS],
    ['access journal actions', Object.keys(JOURNAL_ACTIONS), fr.ACCESS_JOURNAL_ACTIONS],
    ['identification states', IDENTIFICATION_STATES, fr.IDENTIFICATION_STATES],
    ['track events', [...RESIDENCE_EVENTS, ...CHILD_PROTECTION_EVENTS, ...CRIMINAL_EVENTS, ...CASE_STATUS_EVENTS], fr.TRACK_EVENTS],
    ['closure reasons', CLOSURE_REASONS, fr.CLOSURE_REASONS],
    ['track events told in the timeline', [...RESIDENCE_EVENTS, ...CHILD_PROTECTION_EVENTS, ...CRIMINAL_EVENTS, ...CASE_STATUS_EVENTS, ...IDENTIFICATION_STATES, 'indicator_added'], fr.TRACK_EVENTS],
    ['track events on buttons', [...RESIDENCE_EVENTS, ...CHILD_PROTECTION_EVENTS, ...CRIMINAL_EVENTS, ...CASE_STATUS_EVENTS, ...IDENTIFICATION_STATES], trackForms.TRACK_ACTIONS],
    ['services of track events', TRACK_SERVICES, trackForms.TRACK_SERVICES],
    ['reflection period end reasons', REFLECTION_END_REASONS, trackForms.REFLECTION_END_REASONS],
    ['permit refusal reasons', PERMIT_REFUSAL_REASONS, trackForms.PERMIT_REFUSAL_REASONS],
    ['no further action reasons', NO_FURTHER_ACTION_REASONS, trackForms.NO_FURTHER_ACTION_REASONS],
    ['hearing types', HEARING_TYPES, trackForms.HEARING_TYPES],
    ['placement legal bases', PLACEMENT_LEGAL_BASES, trackForms.PLACEMENT_LEGAL_BASES],
    ['deadline kinds', DEADLINE_KINDS, fr.DEADLINE_KINDS],
    ['deadline kinds shown on a track tab', DEADLINE_KINDS, fr.DEADLINE_TRACK],
    ['minor protection steps', MINOR_PROTECTION_STEPS, fr.MINOR_PROTECTION_STEPS],
    ['minor protection states', MINOR_PROTECTION_STATES, fr.MINOR_PROTECTION_STATES],
    ['report services', REPORT_SERVICES, fr.REPORT_SERVICES],
    ['identity read reasons', IDENTITY_READ_REASONS, fr.IDENTITY_READ_REASONS],
    ['attachment kinds', ATTACHMENT_KINDS, attachments.ATTACHMENT_KINDS],
    ['attachment types', ATTACHMENT_MEDIA_TYPES, attachments.ATTACHMENT_FORMATS],
    ['target kinds', TARGET_KINDS, fr.TARGET_KINDS],
    ['general channels', GENERAL_CHANNELS, fr.GENERAL_CHANNELS],
    ['place kinds', PLACE_KINDS, fr.PLACE_KINDS],
    ['legal bases', LEGAL_BASES, fr.LEGAL_BASES],
    ['asylum statuses', ASYLUM_STATUSES, fr.ASYLUM_STATUSES],
    ['request reasons', REQUEST_REASONS, fr.REQUEST_REASONS],
    ['orientation states', Object.values(WORKFLOWS).flatMap((w) => [...w.states]), fr.ORIENTATION_STATES],
    ['orientation actions', Object.values(WORKFLOWS).flatMap((w) => Object.keys(w.steps)), fr.ORIENTATION_ACTIONS],
    ['orientation steps told in the history', ['request', ...Object.values(WORKFLOWS).flatMap((w) => Object.keys(w.steps))], fr.ORIENTATION_STEP_EVENTS],
    ['orientation parties', PARTIES, fr.ORIENTATION_PARTIES],
    ['step reasons', Object.values(WORKFLOWS).flatMap((w) => Object.values(w.steps).flatMap((s) => [...(s.reasons ?? [])])), fr.STEP_REASONS],
    ['organisation kinds', ORGANISATION_KINDS, fr.ORGANISATION_KINDS],
    ['roles', ROLES, fr.ROLES],
    ['decision types', DECISION_TYPES, fr.DECISION_TYPES],
    ['action statuses', ACTION_STATUSES, fr.ACTION_STATUSES],
    ['transfer reasons', TRANSFER_REASONS, fr.TRANSFER_REASONS],
    ['transfer refusal reasons', TRANSFER_REFUSAL_REASONS, fr.TRANSFER_REFUSAL_REASONS],
    ['transfer statuses', TRANSFER_STATUSES, fr.TRANSFER_STATUSES],
    ['break-the-glass reasons', BREAK_GLASS_REASONS, fr.BREAK_GLASS_REASONS],
    ['survey correction reasons', CORRECTION_REASONS, fr.SURVEY_REASONS],
  ])('labels every code of %s in French', (_name, codes, labels) => {
    expect([...codes].filter((c) => !(labels as Record<string, string>)[c])).toEqual([]);
  });

  it('asks each track event for the facts the API expects, from the same lists', () => {
    const norm = (f: { required?: readonly string[]; optional?: readonly string[]; codes?: Record<string, readonly string[] | undefined> }) => ({
      required: [...(f.required ?? [])], optional: [...(f.optional ?? [])], codes: Object.fromEntries(Object.entries(f.codes ?? {}).map(([k, v]) => [k, [...(v ?? [])]])),
    });
    expect(Object.keys(trackForms.TRACK_EVENT_FORMS).sort()).toEqual(Object.keys(EVENT_FACTS).sort());
    for (const [event, facts] of Object.entries(EVENT_FACTS)) expect({ event, ...norm(trackForms.TRACK_EVENT_FORMS[event]) }).toEqual({ event, ...norm(facts) });
    expect(Object.keys(EVENT_FACTS).sort()).toEqual([...RESIDENCE_EVENTS, ...CHILD_PROTECTION_EVENTS, ...CRIMINAL_EVENTS].sort());
  });
});
