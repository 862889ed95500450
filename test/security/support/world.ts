import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FieldCipher } from '@mnio/platform';
import { DEMO_ORGS, DEMO_USERS } from '../../../db/seeds/demo';
import { createOrgUser } from '../../support/actors';
import type { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { cellOf, inDays } from '../../e2e/coordination/coordination-helpers';

export type Client = Awaited<ReturnType<TestApi['as']>>;

/** The survey campaign the fixture opens (a year of its own). */
const SURVEY_YEAR = 2040;

/** A demo account: its e-mail, organisation and role (README). */
export interface Role {
  email: string;
  organisationId: string;
  role: string;
}

export const ROLES: Role[] = DEMO_USERS.map(([email, , organisationId, role]) => ({ email, organisationId, role }));

/** Everyone: directory entries and vocabularies are no one's secret. */
export const EVERYONE = '*';

/** One thing the fixture made, and the organisations that are parties to it (they see it), from what the fixture did. */
export interface Instance {
  id: string;
  parties: string[];
}

/** The two instances of a resource kind: one in territory 93 (asso.93's world) and one in territory 75 (asso.75's). */
export interface Pair {
  t93?: Instance;
  t75?: Instance;
}

export type Kind =
  | 'case' | 'orientation' | 'cell' | 'meeting' | 'action' | 'transfer' | 'host' | 'organisation' | 'user' | 'membership' | 'webhook'
  | 'territory' | 'deadlineKind' | 'campaign' | 'questionnaire' | 'subjectAccess' | 'attachment';

export type World = Record<Kind, Pair>;

/**
 * Which resource a path (or query, or body) parameter names. By the parameter's own name first (`caseId`,
 * `orientationId`…), else by the path segment before an `{id}` (`/cases/{id}`). A kind this map does not
 * know gets random values only, and the matrix lists the route as partly covered.
 */
const BY_NAME: Record<string, Kind> = {
  caseId: 'case', orientationId: 'orientation', cellId: 'cell', meetingId: 'meeting', actionId: 'action', transferId: 'transfer',
  hostId: 'host', organisationId: 'organisation', userId: 'user', membershipId: 'membership', webhookId: 'webhook',
  territory: 'territory', kind: 'deadlineKind', year: 'campaign',
  exportId: 'subjectAccess', attachmentId: 'attachment',
};
const BY_SEGMENT: Record<string, Kind> = {
  cases: 'case', orientations: 'orientation', cells: 'cell', meetings: 'meeting', actions: 'action', transfers: 'transfer', hosts: 'host',
  organisations: 'organisation', users: 'user', memberships: 'membership', webhooks: 'webhook', 'notification-webhooks': 'webhook', 'deadline-rules': 'territory',
  'survey-questionnaires': 'questionnaire',
};

export function kindOfParam(path: string, name: string): Kind | undefined {
  if (BY_NAME[name]) return BY_NAME[name];
  const segments = path.split('/');
  const at = segments.indexOf(`{${name}}`);
  return at > 0 ? BY_SEGMENT[segments[at - 1]] : undefined;
}

/** A value that names nothing, of the parameter's shape. */
export function randomValue(kind: Kind | undefined): string {
  if (kind === 'territory') return '00';
  if (kind === 'deadlineKind') return 'no_such_kind';
  // a year of no campaign
  if (kind === 'campaign') return '2099';
  return randomUUID();
}

const need = async (res: { status: number; body: { code?: string; id?: string } }, status: number, what: string) => {
  if (res.status !== status) throw new Error(`fixture: ${what} answered ${res.status} ${res.body?.code ?? ''}`);
  return res.body;
};

/**
 * The fixture world, made through the API as users would: for each kind of resource an instance in 93 and
 * one in 75, with the organisations that are parties to it. Parties are decided from what was done here
 * (owner, cell sharing, referral, orientation, the chosen host, meeting, action owner, transfer), as
 * docs/cases.md, docs/orientations.md and libs/coordination/README.md document them, never from answers.
 */
export async function buildWorld(api: TestApi): Promise<World> {
  const asso93 = await api.as('asso.93@demo.mnio.test');
  const asso75 = await api.as('asso.75@demo.mnio.test');
  const acse = await api.as('acse@demo.mnio.test');
  const host13 = await api.as('host.13@demo.mnio.test');
  const clav93 = await api.as('clav.93@demo.mnio.test');
  const admin = await api.as('admin@demo.mnio.test');
  const cell93 = DEMO_ORGS.cell93;

  // A cell in 75 with a coordinator of its own (the demo has none), asso.75 sitting in it.
  const c75 = await cellOf(api, '75');
  await need(await c75.coordinator.put(`/api/cells/${c75.cellId}/members/${DEMO_ORGS.asso75}`), 200, 'cell 75 membership');

  // Cases: asso.93's, shared with its cell, referred to the préfecture, oriented to Ac.Sé which picks host 13.
  await need(await host13.put(`/api/hosts/${DEMO_ORGS.host13}/capacity`).send({ women: 5, men: 5, family: 2, minors: 0 }), 200, 'host capacity');
  await need(await host13.put(`/api/hosts/${DEMO_ORGS.host13}/location`).send({ address: '1 rue du Fixture', postalCode: '13001', city: 'Marseille' }), 200, 'host location');
  const case93 = await recordCase(asso93, '93');
  await need(await asso93.post(`/api/cases/${case93}/referrals`).send({ organisationId: DEMO_ORGS.prefecture93 }), 201, 'referral');
  const or93 = await orientToAcse(asso93, case93);
  for (const action of ['start_assessment', 'search_place']) await need(await acse.post(`/api/orientations/${or93}/transitions`).send({ action }), 200, action);
  await need(await acse.post(`/api/orientations/${or93}/transitions`).send({ action: 'agree_in_principle', hostId: DEMO_ORGS.host13 }), 200, 'agree');
  // asso.75's, shared with cell 75 and oriented to Ac.Sé (still requested).
  const case75 = await recordCase(asso75, '75');
  const or75 = await orientToAcse(asso75, case75);

  // Meetings and the actions their decisions give: cell 93's action for the parquet, cell 75's for asso.75.
  const meeting93 = await meetingWithAction(clav93, cell93, case93, DEMO_ORGS.parquet93);
  const meeting75 = await meetingWithAction(c75.coordinator, c75.cellId, case75, DEMO_ORGS.asso75);

  // A transfer of another asso.93 case to asso.75, and one of an asso.75 case to asso.93, both waiting for an answer.
  const moving = await recordCase(asso93, '93');
  const transfer = await need(await asso93.post(`/api/cases/${moving}/transfers`).send({ toOrganisationId: DEMO_ORGS.asso75, reasonCode: 'acse_placement' }), 201, 'transfer');
  const moving75 = await recordCase(asso75, '75');
  const transfer75 = await need(await asso75.post(`/api/cases/${moving75}/transfers`).send({ toOrganisationId: DEMO_ORGS.asso93, reasonCode: 'relocation' }), 201, 'transfer 75');

  // Directory: an organisation and a user (with its membership) on each side; a webhook of each association.
  const u93 = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'case_worker');
  const u75 = await createOrgUser(api, { kind: 'association', territories: ['75'] }, 'case_worker');
  const membershipOf = async (userId: string) => {
    const res = await admin.get(`/api/admin/users?organisationId=${userId === u93.userId ? u93.organisationId : u75.organisationId}`);
    const user = (res.body.items as { id: string; memberships: { id: string }[] }[]).find((u) => u.id === userId);
    return user!.memberships[0].id;
  };
  // No worker runs here, so nothing is ever sent to this address.
  const webhookOf = async (organisationId: string) =>
    (await need(await admin.post('/api/notification-webhooks').send({ organisationId, url: 'https://hooks.example.org/mnio', eventTypes: ['DeadlineOverdue'] }), 201, 'webhook')).id as string;

  // The annual survey: a campaign (the national analyst's) and the questionnaires of the two associations (their signers').
  const national = await api.as('national@demo.mnio.test');
  const campaign = await need(await national.post('/api/survey-campaigns').send({ year: SURVEY_YEAR }), 201, 'survey campaign');
  const questionnaireOf = (organisationId: string) => (campaign as unknown as { questionnaires: { id: string; organisationId: string }[] }).questionnaires.find((q) => q.organisationId === organisationId)!.id;

  // A subject-access export of case 93, asked by asso.93's coordinator (asso.75 has no coordinator in the demo).
  const export93 = await need(await (await api.as('coord.93@demo.mnio.test')).post(`/api/cases/${case93}/subject-access`).send({ reason: 'Demande de la personne (fixture)' }), 202, 'subject access');
  // No worker runs here: the export is made ready as the worker leaves it (files encrypted, bound to the row), so that its requester's download answers.
  const exportId = export93.id as string;
  await api.app.get(DataSource).query(
    `UPDATE subject_access_exports SET status = 'ready', ready_at = now(), expires_at = now() + interval '1 day', pdf_enc = $2, json_enc = $3 WHERE id = $1`,
    [exportId, api.app.get(FieldCipher).encrypt(Buffer.from('%PDF-1.4 fixture').toString('base64'), `subject-access:${exportId}/pdf`), api.app.get(FieldCipher).encrypt('{}', `subject-access:${exportId}/json`)],
  );

  // An attachment of each case, by its owner: downloaded by those who read the case's identity (owner, and the orientation's consented parties).
  const attachmentOf = async (worker: Client, caseId: string) =>
    (await need(await worker.post(`/api/cases/${caseId}/attachments`).field('kind', 'recepisse').field('documentDate', inDays(-1))
      .attach('file', Buffer.from('%PDF-1.4 fixture'), { filename: 'fixture.pdf', contentType: 'application/pdf' }), 201, 'attachment')).id as string;

  return {
    attachment: {
      t93: { id: await attachmentOf(asso93, case93), parties: [DEMO_ORGS.asso93, DEMO_ORGS.acse, DEMO_ORGS.host13] },
      t75: { id: await attachmentOf(asso75, case75), parties: [DEMO_ORGS.asso75, DEMO_ORGS.acse] },
    },
    subjectAccess: { t93: { id: export93.id as string, parties: [DEMO_ORGS.asso93] } },
    campaign: { t93: { id: String(SURVEY_YEAR), parties: [DEMO_ORGS.national] } },
    questionnaire: { t93: { id: questionnaireOf(DEMO_ORGS.asso93), parties: [DEMO_ORGS.asso93] }, t75: { id: questionnaireOf(DEMO_ORGS.asso75), parties: [DEMO_ORGS.asso75] } },
    case: {
      t93: { id: case93, parties: [DEMO_ORGS.asso93, cell93, DEMO_ORGS.prefecture93, DEMO_ORGS.acse, DEMO_ORGS.host13] },
      t75: { id: case75, parties: [DEMO_ORGS.asso75, c75.cellId, DEMO_ORGS.acse] },
    },
    orientation: {
      t93: { id: or93, parties: [DEMO_ORGS.asso93, DEMO_ORGS.acse, DEMO_ORGS.host13] },
      t75: { id: or75, parties: [DEMO_ORGS.asso75, DEMO_ORGS.acse] },
    },
    // A cell: its own members; the platform sets up any cell's member organisations.
    cell: { t93: { id: cell93, parties: [cell93, DEMO_ORGS.platform] }, t75: { id: c75.cellId, parties: [c75.cellId, DEMO_ORGS.platform] } },
    meeting: { t93: { id: meeting93.meetingId, parties: [cell93] }, t75: { id: meeting75.meetingId, parties: [c75.cellId] } },
    action: {
      t93: { id: meeting93.actionId, parties: [cell93, DEMO_ORGS.parquet93] },
      t75: { id: meeting75.actionId, parties: [c75.cellId, DEMO_ORGS.asso75] },
    },
    transfer: {
      t93: { id: transfer.id as string, parties: [DEMO_ORGS.asso93, DEMO_ORGS.asso75, cell93] },
      t75: { id: transfer75.id as string, parties: [DEMO_ORGS.asso75, DEMO_ORGS.asso93, c75.cellId] },
    },
    // A host's places and location: the host and the coordination that places people there (Ac.Sé for host 13's network).
    host: { t93: { id: DEMO_ORGS.host13, parties: [DEMO_ORGS.host13, DEMO_ORGS.acse] }, t75: { id: DEMO_ORGS.dna69, parties: [DEMO_ORGS.dna69] } },
    organisation: { t93: { id: u93.organisationId, parties: [EVERYONE] }, t75: { id: u75.organisationId, parties: [EVERYONE] } },
    user: { t93: { id: u93.userId, parties: [DEMO_ORGS.platform] }, t75: { id: u75.userId, parties: [DEMO_ORGS.platform] } },
    membership: { t93: { id: await membershipOf(u93.userId), parties: [DEMO_ORGS.platform] }, t75: { id: await membershipOf(u75.userId), parties: [DEMO_ORGS.platform] } },
    webhook: {
      t93: { id: await webhookOf(DEMO_ORGS.asso93), parties: [DEMO_ORGS.asso93, DEMO_ORGS.platform] },
      t75: { id: await webhookOf(DEMO_ORGS.asso75), parties: [DEMO_ORGS.asso75, DEMO_ORGS.platform] },
    },
    // Deadline rules of a territory: its cell's coordinator and the platform configure them; the distancing rule, the platform.
    territory: { t93: { id: '93', parties: [cell93, DEMO_ORGS.platform] }, t75: { id: '75', parties: [c75.cellId, DEMO_ORGS.platform] } },
    deadlineKind: { t93: { id: 'reflection_period_end', parties: [EVERYONE] }, t75: { id: 'reflection_period_end', parties: [EVERYONE] } },
  };

  /** A presumed victim's case, shared with the territory's cell on consent. */
  async function recordCase(worker: Client, territory: string): Promise<string> {
    const created = await need(await worker.post('/api/cases').send(caseBody({ territory, events: [] })), 201, `case ${territory}`);
    await need(await worker.post(`/api/cases/${created.id}/identification`).send({ to: 'presumed_victim' }), 200, 'identification');
    await need(await worker.post(`/api/cases/${created.id}/consents`).send({ purpose: 'share_with_cell', granted: true, method: 'oral' }), 201, 'cell consent');
    return created.id as string;
  }

  async function orientToAcse(worker: Client, caseId: string): Promise<string> {
    await need(await worker.post(`/api/cases/${caseId}/consents`).send({ purpose: 'orientation', granted: true, method: 'oral', targetOrganisationId: DEMO_ORGS.acse }), 201, 'consent');
    const o = await need(await worker.post(`/api/cases/${caseId}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }), 201, 'orientation');
    return o.id as string;
  }

  async function meetingWithAction(coordinator: Client, cellId: string, caseId: string, owner: string): Promise<{ meetingId: string; actionId: string }> {
    const meeting = await need(await coordinator.post(`/api/cells/${cellId}/meetings`).send({ date: inDays(0) }), 201, 'meeting');
    await need(await coordinator.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId }), 201, 'agenda');
    const decision = await need(
      await coordinator.post(`/api/meetings/${meeting.id}/decisions`).send({ caseId, type: 'referral_parquet', text: 'Suite à donner', actions: [{ ownerOrganisationId: owner, title: 'Contacter la personne', dueOn: inDays(7) }] }),
      201,
      'decision',
    );
    return { meetingId: meeting.id as string, actionId: (decision as unknown as { actions: { id: string }[] }).actions[0].id };
  }
}

