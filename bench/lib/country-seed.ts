import { randomUUID } from 'node:crypto';
import * as argon2 from 'argon2';
import { Client } from 'pg';
import { AuditContent, entryMac, GENESIS } from '@mnio/audit';
import { FieldCipher, loadConfig } from '@mnio/platform';
import { bulkInsert } from './bulk-seed';

/** Every département and overseas territory (the codes `territories` holds). */
export const ALL_TERRITORIES = [...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((t) => t !== '20'), '2A', '2B', '971', '972', '973', '974', '976'];
/** Where most cases are recorded: three times the weight of the others. */
const BUSY = new Set(['75', '93', '13', '69', '59', '92', '94', '06', '33', '31', '34', '67']);
const FORMS = ['sexual_exploitation', 'labour_exploitation', 'domestic_servitude', 'forced_begging', 'forced_criminality'];
const BANDS = ['13-14', '15-17', '18-24', '25-34', '35-44', '45-54'];
const NATIONALITIES = ['NG', 'RO', 'CN', 'BR', 'MA', 'FR', 'VN', 'AL', 'CI', 'UA'];
const DEADLINE_KINDS = ['reflection_period_end', 'permit_expiry', 'parquet_referral', 'cell_review', 'action_due'];
const DECISION_TYPES = ['review_done', 'orientation_to_request', 'referral_parquet', 'referral_prefecture', 'follow_up', 'close'];

export type CountryRole = 'case_worker' | 'coordinator' | 'acse_coordinator' | 'host_operator' | 'cell_coordinator' | 'cell_member' | 'investigator' | 'teh_referent' | 'national_analyst' | 'platform_admin' | 'dpo';

export interface CountryAccount {
  id: string;
  email: string;
  /** A session seeded in `auth_sessions`, for tokens signed with the app's `AccessTokenService`. */
  session: string;
  /** What the account does in the benchmark (the membership role, `acse_coordinator` for the Ac.Sé's coordinators). */
  role: CountryRole;
  organisationId: string;
  territory: string | null;
}

export interface CountryTerritory {
  code: string;
  cell: string;
  /** The two associations that own cases here. */
  owners: string[];
  /** The legal-aid association cases are oriented to (`general`, channel `lawyer`). */
  legalAid: string;
  hosts: string[];
  prefecture: string;
  parquet: string;
  police: string;
  gendarmerie: string;
  ase: string;
}

export interface CountryCase {
  id: string;
  territory: string;
  owner: string;
  /** Shared with the territory's CLAV cell (a `cell` grant). */
  shared: boolean;
}

export interface Country {
  territories: CountryTerritory[];
  acse: string;
  national: string;
  platform: string;
  accounts: CountryAccount[];
  /** Every account's password (one argon2id hash for all). */
  password: string;
  cases: CountryCase[];
  /** Case indexes per owning association (open cases, without an open orientation of the pools below). */
  casesByOwner: Map<string, number[]>;
  /** Case indexes per cell (the cases shared with it). */
  casesByCell: Map<string, number[]>;
  /** Per owning association: cases with the person's consent to be oriented to the territory's legal-aid association, none asked yet. */
  requestPool: Map<string, string[]>;
  /** Per host: requested DNA orientations addressed to it, waiting for an answer. */
  answerPool: Map<string, string[]>;
  /** Rows written, per table. */
  rows: Record<string, number>;
}

export interface CountrySeedOptions {
  cases: number;
  /** How many territories (the first ones of `ALL_TERRITORIES`, the busy ones always included); default all 101. */
  territories?: number;
  /** Case workers per territory (split over its two owning associations). Default 20. */
  caseWorkersPerTerritory?: number;
  /** Open orientation requests waiting per host, and consented cases per owning association. Default 40 and 60. */
  answersPerHost?: number;
  requestsPerOwner?: number;
  /** Inbox rows per account. Default 20. */
  notificationsPerAccount?: number;
  /** Years the cases are spread over, ending today. Default 10. */
  years?: number;
  log(message: string): void;
}

/** Pseudo-random but reproducible choice in 0..n-1 for (i, salt). */
const pick = (i: number, salt: number, n: number) => (((Math.imul(i + 1, 2654435761) >>> 0) ^ Math.imul(salt + 1, 2246822519)) >>> 0) % n;

/**
 * A country in the database, as the application would have written it over `years` years (issue 17 §4): every
 * territory with its CLAV cell, préfecture, parquet, police, gendarmerie, ASE, two associations owning cases, a
 * legal-aid association and two hosts with places; the Ac.Sé, the national coordination and the platform; accounts
 * of every role with a membership and a live session; `cases` cases with their grants (owner, cell) and
 * `viewer_org_ids`/`identity_org_ids` derived from them, track events, past orientations, open deadlines, cell
 * meetings and decisions, inbox notifications, the audit chain of each case (creation and a read, HMAC under the
 * benchmark's key, so new appends chain on) and the statistics' read model (`reporting_cases`). Rows are written by
 * `bulkInsert` or built in PostgreSQL from the cases (`INSERT … SELECT`). Reads `process.env` (the benchmark's keys).
 */
export async function seedCountry(databaseUrl: string, o: CountrySeedOptions): Promise<Country> {
  const config = loadConfig();
  const cipher = new FieldCipher(config.encryptionKeys, config.currentKeyId);
  const rows: Record<string, number> = {};
  const count = (table: string, n: number) => (rows[table] = (rows[table] ?? 0) + n);
  const wanted = o.territories ?? ALL_TERRITORIES.length;
  const codes = [...ALL_TERRITORIES.filter((t) => BUSY.has(t)), ...ALL_TERRITORIES.filter((t) => !BUSY.has(t))].slice(0, Math.max(1, wanted));
  const workersPer = o.caseWorkersPerTerritory ?? 20;
  const years = o.years ?? 10;

  // Organisations.
  const orgs: [string, string, string, string[], Record<string, unknown>][] = [];
  const org = (kind: string, name: string, territories: string[], attributes: Record<string, unknown> = {}) => {
    const id = randomUUID();
    orgs.push([id, kind, name, territories, attributes]);
    return id;
  };
  const acse = org('acse_coordination', 'Ac.Sé', []);
  const national = org('national_coordinator', 'Coordination nationale', []);
  const platform = org('platform', 'Plateforme', []);
  const territories: CountryTerritory[] = codes.map((t) => ({
    code: t,
    cell: org('clav_cell', `Cellule TEH ${t}`, [t]),
    owners: [org('association', `Association A ${t}`, [t], { pspApproved: true }), org('association', `Association B ${t}`, [t])],
    legalAid: org('association', `Permanence juridique ${t}`, [t]),
    hosts: [org('host', `Hébergement 1 ${t}`, [t], { dnaDedicated: true, acseNetwork: true }), org('host', `Hébergement 2 ${t}`, [t], { dnaDedicated: true, acseNetwork: true })],
    prefecture: org('prefecture', `Préfecture ${t}`, [t]),
    parquet: org('parquet', `Parquet ${t}`, [t]),
    police: org('police', `Police ${t}`, [t]),
    gendarmerie: org('gendarmerie', `Gendarmerie ${t}`, [t]),
    ase: org('ase', `ASE ${t}`, [t]),
  }));
  o.log(`seeding a country: ${territories.length} territories, ${orgs.length} organisations`);
  await bulkInsert(databaseUrl, {
    table: 'organisations', columns: ['id', 'kind', 'name', 'national', 'territories', 'attributes'], count: orgs.length,
    row: (i) => [orgs[i][0], orgs[i][1], orgs[i][2], orgs[i][3].length === 0, orgs[i][3], orgs[i][4]],
  });
  count('organisations', orgs.length);
  const members = territories.flatMap((t) => [...t.owners, t.legalAid, t.police, t.prefecture].map((m) => [t.cell, m]));
  await bulkInsert(databaseUrl, { table: 'clav_cell_members', columns: ['cell_id', 'organisation_id'], count: members.length, row: (i) => members[i] });
  const hosts = territories.flatMap((t) => t.hosts);
  // Room for every answer of the run: the benchmark times the day's work, not a full host (the orientations benchmark does).
  await bulkInsert(databaseUrl, { table: 'host_places', columns: ['host_id', 'place_kind', 'capacity'], count: hosts.length, row: (i) => [hosts[i], 'women', 1_000_000] });

  // Accounts: one hash for all (argon2 is slow on purpose), a membership each, a live session each.
  const password = 'Bench-mnio-2026!';
  const hash = await argon2.hash(password, { type: argon2.argon2id });
  const accounts: CountryAccount[] = [];
  const account = (role: CountryRole, organisationId: string, territory: string | null) =>
    accounts.push({ id: randomUUID(), email: `${role}.${accounts.length}@pays.bench.mnio.test`, session: randomUUID(), role, organisationId, territory });
  for (const t of territories) {
    for (let w = 0; w < workersPer; w++) account('case_worker', t.owners[w % 2], t.code);
    for (const owner of t.owners) account('coordinator', owner, t.code);
    account('cell_coordinator', t.cell, t.code);
    account('cell_member', t.cell, t.code);
    account('investigator', t.police, t.code);
    account('investigator', t.parquet, t.code);
    account('teh_referent', t.prefecture, t.code);
    for (const h of t.hosts) account('host_operator', h, t.code);
  }
  for (let i = 0; i < 5; i++) account('national_analyst', national, null);
  for (let i = 0; i < 5; i++) account('acse_coordinator', acse, null);
  for (let i = 0; i < 2; i++) account('platform_admin', platform, null);
  for (let i = 0; i < 2; i++) account('dpo', platform, null);
  await bulkInsert(databaseUrl, { table: 'users', columns: ['id', 'email', 'display_name', 'password_hash'], count: accounts.length, row: (i) => [accounts[i].id, accounts[i].email, `Agent ${i}`, hash] });
  await bulkInsert(databaseUrl, {
    table: 'memberships', columns: ['user_id', 'organisation_id', 'role'], count: accounts.length,
    row: (i) => [accounts[i].id, accounts[i].organisationId, accounts[i].role === 'acse_coordinator' ? 'coordinator' : accounts[i].role],
  });
  await bulkInsert(databaseUrl, {
    table: 'auth_sessions', columns: ['id', 'user_id', 'expires_at', 'idle_expires_at'], count: accounts.length,
    row: (i) => [accounts[i].session, accounts[i].id, new Date(Date.now() + 12 * 3600_000), new Date(Date.now() + 12 * 3600_000)],
  });
  count('users', accounts.length);

  // Cases over the territories (busy ones weigh three) and `years` years, owned by the territory's associations.
  const weighted = territories.flatMap((t, k) => (BUSY.has(t.code) ? [k, k, k] : [k]));
  const workersOf = new Map<string, string[]>();
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
  for (const a of accounts.filter((x) => x.role === 'case_worker')) push(workersOf, a.organisationId, a.id);
  // Each identity under its own AAD, as the app writes it (GetCaseIdentityQuery decrypts with `case:<id>/identity`).
  const identity = (id: string) => cipher.encryptJson({ sex: 'female', lastName: 'Essai', firstNames: ['Pays'] }, `case:${id}/identity`);
  const now = Date.now();
  const start = now - years * 365.25 * 86_400_000;
  const cases: CountryCase[] = [];
  for (let i = 0; i < o.cases; i++) {
    const t = territories[weighted[pick(i, 1, weighted.length)]];
    cases.push({ id: randomUUID(), territory: t.code, owner: t.owners[pick(i, 2, 2)], shared: pick(i, 3, 10) < 6 });
  }
  const byCode = new Map(territories.map((t) => [t.code, t]));
  const createdAt = (i: number) => new Date(start + Math.floor((i / Math.max(1, o.cases)) * (now - start - 86_400_000)));
  // Older cases are mostly closed; the last two years mostly open.
  const closed = (i: number) => createdAt(i).getTime() < now - 2 * 365 * 86_400_000 ? pick(i, 4, 10) < 8 : pick(i, 4, 10) < 2;
  o.log(`seeding ${o.cases.toLocaleString('en')} cases over ${years} years`);
  await bulkInsert(databaseUrl, {
    table: 'cases', label: 'cases', batchSize: 2000, count: cases.length,
    columns: ['id', 'reference', 'territory', 'owner_organisation_id', 'created_by', 'sex', 'age_band', 'minor', 'age_uncertain', 'nationality', 'foreign_national',
      'exploitation_forms', 'exploited_in_france', 'exploited_abroad', 'identification_status', 'case_status', 'identity_enc', 'viewer_org_ids', 'identity_org_ids', 'created_at', 'updated_at'],
    row: (i) => {
      const c = cases[i];
      const band = BANDS[pick(i, 6, BANDS.length)];
      const nationality = NATIONALITIES[pick(i, 7, NATIONALITIES.length)];
      const workers = workersOf.get(c.owner)!;
      const at = createdAt(i);
      return [c.id, `${c.territory}-P${String(i).padStart(8, '0')}`, c.territory, c.owner, workers[pick(i, 5, workers.length)], pick(i, 8, 3) ? 'female' : 'male', band,
        band === '13-14' || band === '15-17', false, nationality, !['RO', 'FR'].includes(nationality), [FORMS[pick(i, 9, FORMS.length)]], true, pick(i, 10, 2) === 0,
        pick(i, 11, 3) ? 'presumed_victim' : 'spotted', closed(i) ? 'closed' : 'active', identity(c.id), c.shared ? [c.owner, byCode.get(c.territory)!.cell] : [c.owner], [c.owner], at, at];
    },
  });
  count('cases', cases.length);

  const db = new Client({ connectionString: databaseUrl, application_name: 'mnio-bench-seed' });
  await db.connect();
  const sql = async (label: string, table: string, text: string, params: unknown[] = []) => {
    const t0 = Date.now();
    const r = await db.query(text, params);
    count(table, r.rowCount ?? 0);
    o.log(`${label}: ${(r.rowCount ?? 0).toLocaleString('en')} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  const casesByOwner = new Map<string, number[]>();
  const casesByCell = new Map<string, number[]>();
  const requestPool = new Map<string, string[]>();
  const answerPool = new Map<string, string[]>();
  try {
    // Grants, from which viewer_org_ids was derived: the owner's, and the cell's for the shared cases.
    await sql('grants (owner, cell)', 'case_access', `INSERT INTO case_access (case_id, organisation_id, reason, granted_at)
      SELECT id, owner_organisation_id, 'owner', created_at FROM cases
      UNION ALL SELECT id, viewer_org_ids[2], 'cell', created_at FROM cases WHERE cardinality(viewer_org_ids) > 1`);
    // Track events, about three per case (each of six kinds with probability one half), after the case's creation.
    await sql('track events', 'case_events', `INSERT INTO case_events (case_id, track, type, occurred_on, recorded_at, recorded_by, recorded_by_organisation_id, data)
      SELECT c.id, v.track, v.type, (c.created_at + make_interval(days => v.n * 20))::date, c.created_at + make_interval(days => v.n * 20), c.created_by, c.owner_organisation_id, v.data::jsonb
      FROM cases c CROSS JOIN (VALUES ('identification', 'presumed_victim', 1, '{}'), ('residence', 'reflection_period_started', 2, '{}'), ('criminal', 'complaint_filed', 3, '{}'),
        ('criminal', 'hearing', 4, '{"hearingType":"uaped"}'), ('residence', 'permit_issued', 5, '{}'), ('identification', 'formally_identified', 6, '{}')) AS v(track, type, n, data)
      WHERE abs(hashtext(v.type || c.id::text)) % 2 = 0`);
    // Past orientations: half the cases were oriented once to their territory's legal-aid association, answered and done.
    await sql('past orientations', 'orientations', `INSERT INTO orientations (id, case_id, case_reference, territory, target_kind, channel, target_organisation_id, requester_organisation_id,
        requested_by, state, open, reason_code, requested_at, answered_at, closed_at, updated_at)
      SELECT gen_random_uuid(), c.id, c.reference, c.territory, 'general', 'lawyer', l.id, c.owner_organisation_id, c.created_by, 'done', false, 'legal_aid',
        c.created_at + interval '3 days', c.created_at + interval '5 days', c.created_at + interval '40 days', c.created_at + interval '40 days'
      FROM cases c JOIN organisations l ON l.kind = 'association' AND l.territories[1] = c.territory AND l.name LIKE 'Permanence juridique %'
      WHERE abs(hashtext('o' || c.id::text)) % 2 = 0`);
    // Open deadlines of the open cases, one each, the cell's review for the shared ones.
    await sql('deadlines', 'case_deadlines', `INSERT INTO case_deadlines (case_id, territory, kind, due_on, alert_on, responsible_organisation_id, opened_at)
      SELECT c.id, c.territory, k.kind, current_date + (abs(hashtext(c.id::text)) % 120) - 30, current_date + (abs(hashtext(c.id::text)) % 120) - 37,
        CASE WHEN k.kind = 'cell_review' AND cardinality(c.viewer_org_ids) > 1 THEN c.viewer_org_ids[2] ELSE c.owner_organisation_id END, c.created_at
      FROM cases c CROSS JOIN LATERAL (SELECT ($1::text[])[1 + abs(hashtext('k' || c.id::text)) % cardinality($1::text[])] AS kind) k
      WHERE c.case_status = 'active'`, [DEADLINE_KINDS]);

    const openCase = (i: number) => !closed(i);
    cases.forEach((c, i) => {
      if (openCase(i)) push(casesByOwner, c.owner, i);
      if (c.shared) push(casesByCell, byCode.get(c.territory)!.cell, i);
    });

    // The day's pools: per host, requested DNA orientations on open cases of its territory; per owning association,
    // open cases with the person's consent to the legal-aid association. Distinct cases, taken from each owner's list.
    const answers = o.answersPerHost ?? 40;
    const requests = o.requestsPerOwner ?? 60;
    const pending: { id: string; caseIndex: number; host: string; requester: string }[] = [];
    const consents: { caseIndex: number; target: string; owner: string }[] = [];
    for (const t of territories) {
      for (const [k, owner] of t.owners.entries()) {
        const list = casesByOwner.get(owner) ?? [];
        const forRequests = list.splice(-Math.min(requests, Math.floor(list.length / 3)));
        requestPool.set(owner, forRequests.map((i) => cases[i].id));
        for (const i of forRequests) consents.push({ caseIndex: i, target: t.legalAid, owner });
        const forAnswers = list.splice(-Math.min(answers, Math.floor(list.length / 3)));
        const host = t.hosts[k];
        answerPool.set(host, []);
        for (const i of forAnswers) {
          const id = randomUUID();
          pending.push({ id, caseIndex: i, host, requester: owner });
          answerPool.get(host)!.push(id);
        }
      }
    }
    await bulkInsert(databaseUrl, {
      table: 'case_consents', columns: ['case_id', 'purpose', 'target_organisation_id', 'granted', 'method', 'recorded_by', 'recorded_by_organisation_id'], count: consents.length,
      row: (i) => [cases[consents[i].caseIndex].id, 'orientation', consents[i].target, true, 'oral', workersOf.get(consents[i].owner)![0], consents[i].owner],
    });
    count('case_consents', consents.length);
    const ref = (i: number) => `${cases[i].territory}-P${String(i).padStart(8, '0')}`;
    await bulkInsert(databaseUrl, {
      table: 'orientations', label: 'orientations waiting for an answer', count: pending.length,
      columns: ['id', 'case_id', 'case_reference', 'territory', 'target_kind', 'target_organisation_id', 'requester_organisation_id', 'requested_by', 'state', 'open', 'reason_code',
        'place_kind', 'host_organisation_id', 'asylum_status', 'requested_at'],
      row: (i) => {
        const p = pending[i];
        return [p.id, cases[p.caseIndex].id, ref(p.caseIndex), cases[p.caseIndex].territory, 'dna', p.host, p.requester, workersOf.get(p.requester)![0], 'requested', true,
          'asylum_accommodation', 'women', p.host, 'asylum_seeker', new Date(now - (pending.length - i) * 60_000)];
      },
    });
    count('orientations', pending.length);
    // What a request leaves behind: the target's grant and its answer deadline; then viewer_org_ids follows the grants.
    await bulkInsert(databaseUrl, { table: 'case_access', columns: ['case_id', 'organisation_id', 'reason', 'source_id'], count: pending.length, row: (i) => [cases[pending[i].caseIndex].id, pending[i].host, 'orientation', pending[i].id] });
    await bulkInsert(databaseUrl, {
      table: 'case_deadlines', columns: ['case_id', 'territory', 'kind', 'due_on', 'alert_on', 'responsible_organisation_id', 'source_ref'], count: pending.length,
      row: (i) => [cases[pending[i].caseIndex].id, cases[pending[i].caseIndex].territory, 'orientation_answer', new Date(now + 10 * 86_400_000), new Date(now + 9 * 86_400_000), pending[i].host, pending[i].id],
    });
    count('case_access', pending.length);
    count('case_deadlines', pending.length);
    await db.query(`UPDATE cases c SET viewer_org_ids = c.viewer_org_ids || a.organisation_id FROM case_access a WHERE a.case_id = c.id AND a.reason = 'orientation'`);

    // Each cell's work: a meeting a fortnight for the last year, a decision on shared cases at each.
    const meetings: [string, string, string, Date, string][] = [];
    const decisions: unknown[][] = [];
    // Each text under its decision's AAD (`decisionTextContext` of the coordination context).
    const text = (id: string) => cipher.encrypt('Décision de banc d’essai', `cell_decision:${id}/text`);
    for (const t of territories) {
      const coordinator = accounts.find((a) => a.role === 'cell_coordinator' && a.territory === t.code)!;
      const shared = casesByCell.get(t.cell) ?? [];
      for (let m = 0; m < 26; m++) {
        const id = randomUUID();
        meetings.push([id, t.cell, t.code, new Date(now - m * 14 * 86_400_000), coordinator.id]);
        for (let d = 0; d < 4 && shared.length; d++) {
          const i = shared[(m * 4 + d) % shared.length];
          const decision = randomUUID();
          decisions.push([decision, id, t.cell, cases[i].id, ref(i), t.code, DECISION_TYPES[(m + d) % DECISION_TYPES.length], text(decision), coordinator.id, t.cell, new Date(now - m * 14 * 86_400_000)]);
        }
      }
    }
    await bulkInsert(databaseUrl, { table: 'cell_meetings', columns: ['id', 'cell_id', 'territory', 'meeting_date', 'created_by'], count: meetings.length, row: (i) => meetings[i] });
    await bulkInsert(databaseUrl, {
      table: 'cell_decisions', columns: ['id', 'meeting_id', 'cell_id', 'case_id', 'reference', 'territory', 'type', 'text_enc', 'decided_by', 'decided_by_organisation_id', 'decided_at'],
      count: decisions.length, row: (i) => decisions[i],
    });
    count('cell_meetings', meetings.length);
    count('cell_decisions', decisions.length);

    // Inbox: per account, notifications about cases of its organisation (or its territory), a third unread.
    const perAccount = o.notificationsPerAccount ?? 20;
    await sql('notifications', 'notifications', `INSERT INTO notifications (user_id, organisation_id, event_key, event_type, content, created_at, read_at)
      SELECT m.user_id, m.organisation_id, 'bench-' || m.user_id || '-' || g.n, 'OrientationRequested',
        jsonb_build_object('type', 'OrientationRequested', 'occurredAt', now() - make_interval(hours => g.n * 7), 'caseId', c.id, 'reference', c.reference, 'territory', c.territory, 'targetKind', 'general'),
        now() - make_interval(hours => g.n * 7), CASE WHEN g.n % 3 = 0 THEN NULL ELSE now() - make_interval(hours => g.n * 7 - 1) END
      FROM memberships m JOIN organisations o ON o.id = m.organisation_id CROSS JOIN generate_series(1, $1) AS g(n)
      JOIN (SELECT id, reference, territory, row_number() OVER (PARTITION BY territory ORDER BY created_at DESC) AS rn FROM cases) c
        ON c.territory = coalesce(o.territories[1], $2) AND c.rn = g.n`, [perAccount, territories[0].code]);

    // The statistics' read model, as the reporting projection keeps it.
    await sql('statistics read model', 'reporting_cases', `INSERT INTO reporting_cases (case_id, territory, region_code, owner_organisation_id, owner_kind, first_year, last_year, sex, age_band, minor,
        nationality, world_region, citizenship, forms, place, identification_status, identified_by_kind, presumed_year, complaint_filed, child_protection_status, case_status, recorded_on, presumed_on)
      SELECT c.id, c.territory, t.region_code, c.owner_organisation_id, 'association', extract(year FROM c.created_at)::int,
        CASE WHEN c.case_status = 'closed' THEN extract(year FROM c.created_at)::int + 1 END, c.sex, c.age_band, c.minor, c.nationality,
        CASE WHEN c.nationality IN ('RO', 'FR') THEN 'europe' ELSE 'other' END, CASE c.nationality WHEN 'FR' THEN 'france' WHEN 'RO' THEN 'other_eu' ELSE 'non_eu' END,
        c.exploitation_forms, CASE WHEN c.exploited_abroad THEN 'both' ELSE 'france' END, c.identification_status,
        CASE WHEN c.identification_status = 'presumed_victim' THEN 'association' END, CASE WHEN c.identification_status = 'presumed_victim' THEN extract(year FROM c.created_at)::int END,
        abs(hashtext(c.id::text)) % 4 = 0, 'none', c.case_status, c.created_at::date, CASE WHEN c.identification_status = 'presumed_victim' THEN c.created_at::date + 10 END
      FROM cases c JOIN territories t ON t.code = c.territory`);
  } finally {
    await db.end();
  }

  // The audit chain of each case: its creation and one read, keyed with the benchmark's journal key (what
  // `AuditJournal` would have written), and the stream heads, so the app's next appends chain on them.
  const { auditCurrentKeyId: keyId, auditKeys } = config;
  const key = auditKeys[keyId];
  const entries: unknown[][] = [];
  const heads: string[][] = [];
  cases.forEach((c, i) => {
    const at = createdAt(i);
    let prev = GENESIS;
    const actor = workersOf.get(c.owner)![pick(i, 5, workersOf.get(c.owner)!.length)];
    [['case.created', at], ['case.read', new Date(at.getTime() + 3_600_000)]].forEach(([action, when], k) => {
      const content: AuditContent = {
        stream: `case:${c.id}`, seq: k + 1, occurredAt: (when as Date).toISOString(), actorUserId: actor, actorOrganisationId: c.owner, action: action as string,
        subjectType: 'case', subjectId: c.id, reason: null, requestId: null, ip: null, details: {},
      };
      const hash = entryMac(key, keyId, prev, content);
      entries.push([content.stream, content.seq, content.occurredAt, actor, c.owner, content.action, 'case', c.id, {}, prev, hash, keyId]);
      prev = hash;
    });
    heads.push([`case:${c.id}`, entries[entries.length - 2][10] as string, prev]);
  });
  await bulkInsert(databaseUrl, {
    table: 'audit_entries', label: 'audit entries', batchSize: 2000, count: entries.length,
    columns: ['stream', 'seq', 'occurred_at', 'actor_user_id', 'actor_organisation_id', 'action', 'subject_type', 'subject_id', 'details', 'prev_hash', 'hash', 'key_id'], row: (i) => entries[i],
  });
  // A head starts at seq 0 and moves forward one entry at a time (its trigger, ADR 0011): created, then moved twice.
  await bulkInsert(databaseUrl, { table: 'audit_stream_heads', label: 'audit heads', batchSize: 5000, count: heads.length, columns: ['stream', 'seq', 'hash', 'prev_hash'], row: (i) => [heads[i][0], 0, GENESIS, GENESIS] });
  const forward = new Client({ connectionString: databaseUrl, application_name: 'mnio-bench-seed' });
  await forward.connect();
  try {
    for (let from = 0; from < heads.length; from += 20_000) {
      const part = heads.slice(from, from + 20_000);
      for (const seq of [1, 2]) {
        await forward.query(`UPDATE audit_stream_heads h SET seq = $1, prev_hash = h.hash, hash = v.hash, updated_at = now() FROM unnest($2::text[], $3::text[]) AS v(stream, hash) WHERE h.stream = v.stream`,
          [seq, part.map((x) => x[0]), part.map((x) => x[seq])]);
      }
    }
  } finally {
    await forward.end();
  }
  count('audit_entries', entries.length);

  const analyse = new Client({ connectionString: databaseUrl });
  await analyse.connect();
  try {
    await analyse.query('VACUUM ANALYZE');
    // The seeding's dirty pages written out now, not by a checkpoint in the middle of the measurements: a run at
    // 250 users (2026-12-07 11:05) had its commits waiting on WAL writes (LWLock:WALWrite) with both cores idle.
    // A role without the right (superuser or pg_checkpoint) measures without it, as before.
    await analyse.query('CHECKPOINT').catch(() => undefined);
  } finally {
    await analyse.end();
  }
  return { territories, acse, national, platform, accounts, password, cases, casesByOwner, casesByCell, requestPool, answerPool, rows };
}
