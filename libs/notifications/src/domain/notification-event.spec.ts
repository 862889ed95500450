import { CONTENT_KEYS, parseNotificationEvent } from './notification-event';

const base = {
  orientationId: '1c9b5d9f-3e1a-4d48-8e8f-4a2b3c4d5e6f',
  caseId: '0b8a4c8e-2d0f-4c37-9d7e-3f1a2b3c4d5e',
  reference: '2A-2026-000042',
  territory: '2A',
  targetKind: 'acse',
  targetOrganisationId: '3ebd7fbb-5a3c-4f6a-8a01-6c4d5e6f7081',
  requesterOrganisationId: '4fce80cc-6b4d-4a7b-9b12-7d5e6f708192',
};
const at = new Date('2026-03-01T10:00:00Z');

describe('notification events', () => {
  it('keeps only the contract’s fields, as content of allowed keys', () => {
    const r = parseNotificationEvent('OrientationRequested', 'outbox-7', { ...base, firstName: 'Quilmarde', notes: 'adresse secrète' }, at);
    if (!r.ok) throw new Error('expected ok');
    expect(r.event.content).toEqual({
      type: 'OrientationRequested', occurredAt: '2026-03-01T10:00:00.000Z', caseId: base.caseId, reference: base.reference, territory: '2A',
      orientationId: base.orientationId, targetKind: 'acse', path: `/cases/${base.caseId}/orientations/${base.orientationId}`,
    });
    for (const k of Object.keys(r.event.content)) expect(CONTENT_KEYS).toContain(k);
    expect(JSON.stringify(r.event)).not.toMatch(/Quilmarde|secrète/);
  });

  it.each([
    ['a name as reference', { reference: 'Marie Dupont' }, ['reference']],
    ['free text as target kind', { targetKind: 'chez sa tante' }, ['targetKind']],
    ['a missing id', { caseId: undefined }, ['caseId']],
    ['an unknown territory', { territory: '99' }, ['territory']],
    ['a number as id', { orientationId: 42 }, ['orientationId']],
  ])('rejects %s, naming the field and not the value', (_label, over, fields) => {
    const r = parseNotificationEvent('OrientationRequested', 'outbox-7', { ...base, ...over }, at);
    expect(r).toEqual({ ok: false, invalidFields: fields });
  });

  it('drops an optional field that is not a code, and keeps the notification', () => {
    const shared = { caseId: base.caseId, reference: base.reference, territory: '2A', organisationId: base.targetOrganisationId };
    const bad = parseNotificationEvent('CaseShared', 'outbox-8', { ...shared, reason: 'Elle dort au 14 rue des Lilas' }, at);
    expect(bad.ok && bad.ignoredFields).toEqual(['reason']);
    expect(JSON.stringify(bad)).not.toContain('Lilas');
    const good = parseNotificationEvent('CaseShared', 'outbox-8', { ...shared, reason: 'minor_protection' }, at);
    expect(good.ok && good.event.fields.reason).toBe('minor_protection');
  });
});
