import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { provisionUser } from '../../support/provision';
import { caseFields, inboxUsers, orientationPayload, publishAndSettle } from './support/events';
import { SmtpSink } from '../../support/smtp-sink';
import { useStack } from '../../support/stack';

const ACSE = 'acse@demo.mnio.test';
const AWA = 'asso.93@demo.mnio.test';
const CLAIRE = 'coord.93@demo.mnio.test';

describe('notifications: who is told, the inbox, email and preferences', () => {
  let smtp: SmtpSink;
  let api: TestApi;
  let db: Client;
  useStack({ smtp: true, env: { NOTIFY_BACKOFF_MS: '100' } }, (s) => ({ smtp, api, db } = s));

  it('tells the target organisation of an orientation request, in the inbox and by email', async () => {
    const payload = orientationPayload();
    const id = await publishAndSettle(db, 'OrientationRequested', payload);
    expect(await inboxUsers(db, `outbox-${id}`)).toEqual([ACSE]);

    const inbox = await (await api.as(ACSE)).get('/api/notifications').expect(200);
    const item = inbox.body.items.find((n: { reference: string }) => n.reference === payload.reference);
    expect(item).toMatchObject({
      eventType: 'OrientationRequested',
      title: `Demande d'orientation reçue — ${payload.reference}`,
      read: false,
      caseId: payload.caseId,
      orientationId: payload.orientationId,
      territory: '93',
      link: `/cases/${payload.caseId}/orientations/${payload.orientationId}`,
    });

    const mails = smtp.to(ACSE).filter((m) => m.subject.includes(payload.reference));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`[mnio] Demande d'orientation reçue — ${payload.reference}`);
    expect(mails[0].text).toContain(`Situation : ${payload.reference}`);
    expect(mails[0].text).toContain(`https://mnio.test/cases/${payload.caseId}/orientations/${payload.orientationId}`);
    expect(mails[0].html).toContain(`href="https://mnio.test/cases/${payload.caseId}/orientations/${payload.orientationId}"`);
    expect(mails[0].messageId).toMatch(/^<[0-9a-f-]{36}@mnio>$/);
  });

  it('tells the requester’s case workers and coordinators of the answer, in the inbox only by default', async () => {
    const payload = orientationPayload();
    const before = smtp.messages.length;
    const id = await publishAndSettle(db, 'OrientationAccepted', payload);
    expect(await inboxUsers(db, `outbox-${id}`)).toEqual([AWA, CLAIRE]);
    expect(smtp.messages.length).toBe(before);
  });

  it.each([
    ['PresumedVictimIdentified', () => ({ ...caseFields(), ownerOrganisationId: DEMO_ORGS.asso93 }), ['clav.93@demo.mnio.test']],
    ['MinorCaseCreated', () => caseFields(), ['ase.93@demo.mnio.test', 'parquet.93@demo.mnio.test']],
    ['CaseShared', () => ({ ...caseFields(), organisationId: DEMO_ORGS.prefecture93, reason: 'referral' }), ['prefecture.93@demo.mnio.test']],
    ['CaseShared', () => ({ ...caseFields(), organisationId: DEMO_ORGS.ase93, reason: 'minor_protection' }), []],
    ['DuplicateLinkRequested', () => ({ linkId: randomUUID(), requesterOrganisationId: DEMO_ORGS.asso75, otherOrganisationId: DEMO_ORGS.asso93, territory: '93' }), [CLAIRE]],
    ['OrientationRequested', () => orientationPayload({ targetKind: 'acse_host', targetOrganisationId: DEMO_ORGS.host13 }), ['host.13@demo.mnio.test']],
    ['MinorCaseCreated', () => caseFields('75'), []],
    // An alert: the owner's handlers and the territory's préfecture referent.
    ['RemovalOrderAlert', () => ({ ...caseFields(), ownerOrganisationId: DEMO_ORGS.asso93 }), [AWA, CLAIRE, 'prefecture.93@demo.mnio.test']],
    ['DuplicateLinkAnswered', () => ({ linkId: randomUUID(), status: 'accepted', requesterOrganisationId: DEMO_ORGS.asso93, otherOrganisationId: DEMO_ORGS.asso75 }), [CLAIRE]],
    ['CaseTransferCancelled', () => ({ ...caseFields(), transferId: randomUUID(), fromOrganisationId: DEMO_ORGS.asso93, toOrganisationId: DEMO_ORGS.asso75 }), ['asso.75@demo.mnio.test']],
    ['CellActionStatusChanged', () => ({ ...caseFields(), actionId: randomUUID(), cellId: DEMO_ORGS.cell93, ownerOrganisationId: DEMO_ORGS.prefecture93, status: 'done' }), ['clav.93@demo.mnio.test']],
  ])('%s reaches exactly the right people', async (type, payload, expected) => {
    const id = await publishAndSettle(db, type, payload());
    expect(await inboxUsers(db, `outbox-${id}`)).toEqual(expected);
  });

  it('ignores an event whose payload breaks the contract, naming no value', async () => {
    const id = await publishAndSettle(db, 'OrientationRequested', orientationPayload({ reference: 'Nom Prénom' }));
    const r = await db.query(`SELECT outcome FROM notification_fanouts WHERE event_key = $1`, [`outbox-${id}`]);
    expect(r.rows[0].outcome).toBe('rejected');
    expect(await inboxUsers(db, `outbox-${id}`)).toEqual([]);
  });

  it('lists unread first then newest, by keyset pages, with counts and read marks', async () => {
    const claire = await api.as(CLAIRE);
    await claire.post('/api/notifications/read-all').expect(200);
    const refs: string[] = [];
    for (let i = 0; i < 5; i++) {
      const p = orientationPayload();
      refs.push(p.reference);
      await publishAndSettle(db, 'OrientationRefused', p);
    }
    expect((await claire.get('/api/notifications/unread-count').expect(200)).body).toEqual({ unread: 5 });
    // Read the second oldest: it moves behind every unread one.
    const all = (await claire.get('/api/notifications?limit=100').expect(200)).body.items as { id: string; reference: string; read: boolean }[];
    const second = all.find((n) => n.reference === refs[1])!;
    await claire.post(`/api/notifications/${second.id}/read`).expect(204);
    await claire.post(`/api/notifications/${second.id}/read`).expect(204);
    expect((await claire.get('/api/notifications/unread-count').expect(200)).body).toEqual({ unread: 4 });

    const seen: { id: string; reference: string; read: boolean }[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: typeof seen; nextCursor: string | null } } = await claire.get(`/api/notifications?limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.map((n) => n.id).sort()).toEqual(all.map((n) => n.id).sort());
    expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length);
    expect(seen.length).toBe(all.length);
    expect(seen.slice(0, 4).map((n) => n.reference)).toEqual([refs[4], refs[3], refs[2], refs[0]]);
    expect(seen.slice(0, 4).every((n) => !n.read)).toBe(true);
    expect(seen[4]).toMatchObject({ reference: refs[1], read: true });
    expect(seen.slice(4).every((n) => n.read)).toBe(true);

    const unreadOnly = await claire.get('/api/notifications?unread=true&limit=100').expect(200);
    expect(unreadOnly.body.items.map((n: { reference: string }) => n.reference)).toEqual([refs[4], refs[3], refs[2], refs[0]]);
    expect((await claire.post('/api/notifications/read-all').expect(200)).body).toEqual({ updated: 4 });
    expect((await claire.get('/api/notifications/unread-count').expect(200)).body).toEqual({ unread: 0 });
  });

  it('answers another user’s notification like a missing one, and refuses a bad cursor', async () => {
    const inesItem = (await (await api.as(ACSE)).get('/api/notifications?limit=1').expect(200)).body.items[0];
    const awa = await api.as(AWA);
    const res = await awa.post(`/api/notifications/${inesItem.id}/read`).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
    await awa.post(`/api/notifications/${randomUUID()}/read`).expect(404);
    expect((await awa.get('/api/notifications?cursor=nope').expect(400)).body.code).toBe('INVALID_CURSOR');
    // A malformed notification id names nothing, like another user's: 404.
    expect((await awa.post('/api/notifications/not-an-id/read').expect(404)).body.code).toBe('NOT_FOUND');
    await api.http.get('/api/notifications').expect(401);
  });

  it('honours preferences: email off for a request, on for an answer; the inbox cannot be turned off', async () => {
    const ines = await api.as(ACSE);
    const prefs = await ines.get('/api/notifications/preferences').expect(200);
    expect(prefs.body.items).toContainEqual({ eventType: 'OrientationRequested', label: "Demande d'orientation reçue", channel: 'email', enabled: true, isDefault: true, locked: false });
    expect(prefs.body.items).toContainEqual(expect.objectContaining({ eventType: 'OrientationAccepted', channel: 'email', enabled: false }));
    const put = await ines.put('/api/notifications/preferences').send({ items: [{ eventType: 'OrientationRequested', channel: 'email', enabled: false }] }).expect(200);
    expect(put.body.items).toContainEqual(expect.objectContaining({ eventType: 'OrientationRequested', channel: 'email', enabled: false, isDefault: false }));
    const locked = await ines.put('/api/notifications/preferences').send({ items: [{ eventType: 'OrientationRequested', channel: 'in_app', enabled: false }] }).expect(422);
    expect(locked.body.code).toBe('NOTIFICATION_CHANNEL_LOCKED');
    await ines.put('/api/notifications/preferences').send({ items: [{ eventType: 'Whatever', channel: 'email', enabled: true }] }).expect(400);

    const awa = await api.as(AWA);
    await awa.put('/api/notifications/preferences').send({ items: [{ eventType: 'OrientationAccepted', channel: 'email', enabled: true }] }).expect(200);

    const request = orientationPayload();
    const reqId = await publishAndSettle(db, 'OrientationRequested', request);
    expect(await inboxUsers(db, `outbox-${reqId}`)).toEqual([ACSE]);
    expect(smtp.messages.filter((m) => m.subject.includes(request.reference))).toHaveLength(0);

    const answer = orientationPayload();
    await publishAndSettle(db, 'OrientationAccepted', answer);
    const mails = smtp.messages.filter((m) => m.subject.includes(answer.reference));
    expect(mails.map((m) => m.to)).toEqual([[AWA]]);
    expect(mails[0].subject).toBe(`[mnio] Orientation acceptée — ${answer.reference}`);
  });

  it('does not tell a user who was disabled or whose membership ended', async () => {
    const admin = await api.as('admin@demo.mnio.test');
    const mk = async (tag: string) => {
      const user = await provisionUser(api, { email: `${tag}@test.mnio.test`, displayName: `Test ${tag}`, password: 'Test-password-2026!', memberships: [{ organisationId: DEMO_ORGS.acse, role: 'case_worker' }] });
      return user.id;
    };
    const disabled = await mk(`disabled-${randomUUID().slice(0, 8)}`);
    const ended = await mk(`ended-${randomUUID().slice(0, 8)}`);
    const kept = await mk(`kept-${randomUUID().slice(0, 8)}`);
    await admin.patch(`/api/admin/users/${disabled}`).send({ status: 'disabled' }).expect(200);
    const m = await db.query(`SELECT id FROM memberships WHERE user_id = $1`, [ended]);
    await admin.patch(`/api/admin/users/${ended}/memberships/${m.rows[0].id}`).send({ active: false }).expect(200);

    const id = await publishAndSettle(db, 'OrientationRequested', orientationPayload());
    const told = (await db.query(`SELECT user_id FROM notifications WHERE event_key = $1`, [`outbox-${id}`])).rows.map((r) => r.user_id);
    expect(told).toContain(kept);
    expect(told).not.toContain(disabled);
    expect(told).not.toContain(ended);
  });
});
