import { NOTIFICATION_EVENT_TYPES } from './event-types';
import { NotificationContent, parseNotificationEvent } from './notification-event';
import { frenchDate, renderEmail } from './templates';

const payload = {
  caseId: '0b8a4c8e-2d0f-4c37-9d7e-3f1a2b3c4d5e',
  transferId: '4fce8acc-6b4d-4a7b-9b12-7d5e6f708192',
  fromOrganisationId: '5adf9bdd-7c5e-4b8c-8c23-8e6f708192a3',
  toOrganisationId: '6be0acee-8d6f-4c9d-9d34-9f708192a3b4',
  actionId: '7cf1bdff-9e70-4dae-8e45-a08192a3b4c5',
  breakGlassId: '8d02ce10-af81-4ebf-9f56-b192a3b4c5d6',
  requestId: '5b1d8a0e-3c2f-4e6a-9b7d-1f2e3d4c5b6a',
  questionnaireId: '6c2e9b1f-4d3a-4f7b-8c8e-2a3f4e5d6c7b',
  alertId: '7d3fac20-5e4b-4a8c-9d9f-3b4a5e6d7c8b',
  orientationId: '1c9b5d9f-3e1a-4d48-8e8f-4a2b3c4d5e6f',
  linkId: '2dac6eaa-4f2b-4e59-9f90-5b3c4d5e6f70',
  matchId: '9e13df21-b092-4fc0-8a67-c2a3b4c5d6e7',
  cellId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  reference: '93-2026-000042',
  territory: '93',
  organisationId: '3ebd7fbb-5a3c-4f6a-8a01-6c4d5e6f7081',
  ownerOrganisationId: '3ebd7fbb-5a3c-4f6a-8a01-6c4d5e6f7081',
  targetOrganisationId: '3ebd7fbb-5a3c-4f6a-8a01-6c4d5e6f7081',
  requesterOrganisationId: '4fce80cc-6b4d-4a7b-9b12-7d5e6f708192',
  otherOrganisationId: '4fce80cc-6b4d-4a7b-9b12-7d5e6f708192',
  responsibleOrganisationId: '4fce80cc-6b4d-4a7b-9b12-7d5e6f708192',
  hostOrganisationId: '5adf9bdd-7c5e-4b8c-8c23-8e6f708192a4',
  targetKind: 'acse',
  reason: 'cell',
  kind: 'reflection_period_end',
  deadlineId: 'dl-1',
  dueAt: '2026-03-10T09:00:00.000Z',
  threshold: '7d',
  // What must never travel: identity slipped into a payload by mistake.
  firstName: 'Quilmarde',
  lastName: 'Vandrosset',
  address: '14 impasse des Glycines',
  narrative: 'hébergée chez Quilmarde Vandrosset',
};
const PLANTED = ['Quilmarde', 'Vandrosset', 'Glycines', 'hébergée'];

describe('email templates', () => {
  it.each(NOTIFICATION_EVENT_TYPES)('%s: French, with only label, reference, territory, date and link', (type) => {
    const parsed = parseNotificationEvent(type, 'outbox-1', payload, new Date('2026-03-01T10:00:00Z'));
    if (!parsed.ok) throw new Error(parsed.invalidFields.join());
    const mail = renderEmail(parsed.event.content, 'https://mnio.example.gouv.fr/');
    const all = `${mail.subject}\n${mail.text}\n${mail.html}`;
    for (const s of PLANTED) expect(all).not.toContain(s);
    expect(mail.subject.startsWith('[mnio] ')).toBe(true);
    expect(mail.text).toContain('Bonjour,');
    expect(mail.text).toContain('https://mnio.example.gouv.fr/');
    if (!['DuplicateLinkRequested', 'DuplicateLinkAnswered', 'MembershipRequested', 'AccessRequested', 'SurveyQuestionnaireOpened', 'IdentityReadsAlertRaised'].includes(type)) expect(mail.subject).toContain('93-2026-000042');
    // Every word of the text is template wording, a code, an id, a date or the link.
    const allowed = new Set(Object.values(payload).filter((v) => !PLANTED.some((p) => String(v).includes(p))));
    for (const line of mail.text.split('\n')) {
      const value = line.includes(' : ') ? line.split(' : ').slice(1).join(' : ') : '';
      if (/^(Situation|Département) : /.test(line)) expect(allowed.has(value)).toBe(true);
    }
  });

  it('escapes HTML and never follows content outside the allowed fields', () => {
    const content = { type: 'OrientationAccepted', occurredAt: '2026-03-01T10:00:00Z', reference: '93-2026-000042', territory: '93', path: '/cases/x', extra: 'Vandrosset' } as NotificationContent;
    const mail = renderEmail(content, 'http://localhost:3000');
    expect(mail.html).not.toContain('Vandrosset');
    expect(mail.html).toContain('href="http://localhost:3000/cases/x"');
  });

  it('writes due dates in French, Paris time', () => {
    expect(frenchDate('2026-03-10T09:00:00Z')).toBe('10 mars 2026 à 10h00');
    expect(frenchDate('2026-07-13T22:00:00Z')).toBe('14 juillet 2026');
  });

  it('says how close the deadline is', () => {
    const base = { type: 'DeadlineApproaching', occurredAt: '2026-03-01T10:00:00Z', reference: '93-2026-000042', dueAt: '2026-03-10T09:00:00Z', path: '/cases/x' } as const;
    expect(renderEmail({ ...base, threshold: '1d' }, 'http://x').text).toContain('Échéance proche : dans 1 jour');
    expect(renderEmail({ ...base, type: 'DeadlineOverdue', threshold: 'overdue' }, 'http://x').text).toMatch(/^Échéance dépassée$/m);
  });

  it('names the late step of a minor’s protection to the parquet, and nothing about the child', () => {
    const mail = renderEmail({ type: 'DeadlineEscalated', occurredAt: '2026-03-01T10:00:00Z', reference: '93-2026-000042', territory: '93', deadlineKind: 'parquet_referral', threshold: 'overdue', dueAt: '2026-03-10T22:59:59Z', path: '/cases/x' }, 'http://x');
    expect(mail.subject).toBe('[mnio] Protection d’un mineur : étape en retard — 93-2026-000042');
    expect(mail.text).toContain('Étape : Avis au parquet dans les 5 jours');
    expect(renderEmail({ type: 'DeadlineOverdue', occurredAt: '2026-03-01T10:00:00Z', deadlineKind: 'parquet_referral', path: '/cases/x' }, 'http://x').text).not.toContain('Étape');
  });
});
