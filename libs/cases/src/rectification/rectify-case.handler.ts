import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AuditJournal } from '@mnio/audit';
import { BlindIndex, Db, DomainError, FieldCipher, OutboxService, parisToday, Transactional } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import { CaseHistoryService } from '../access/case-history.service';
import { ageFacts } from '../domain/age';
import type { CaseIdentity, FirstContact, NewCase, TraffickingEvent } from '../domain/case-input';
import { assertValidFirstContact, assertValidNewCase, exploitationPlaces, normalisePhone } from '../domain/case-rules';
import { EU_EEA_CH } from '../domain/vocabulary';
import { identityKeys } from '../duplicates/identity-keys';
import { CASES_EVENTS } from '../events';
import { RectifiableField, RectifyCaseCommand } from './rectify-case.command';

const IDENTITY_FIELDS = ['lastName', 'firstNames', 'aliases', 'birthDate', 'estimatedAge', 'ageUncertain', 'sex', 'nationality', 'languages', 'interpreterNeeded', 'contact'] as const;
/** Fields whose change moves a pseudonymised fact the statistics read (`CaseFactsChanged`). */
const PSEUDONYMISED: Partial<Record<RectifiableField, string>> = {
  birthDate: 'age_band', estimatedAge: 'age_band', ageUncertain: 'age_band', sex: 'sex', nationality: 'nationality', interpreterNeeded: 'interpreter_needed',
  exploitationForms: 'exploitation_forms', events: 'events', vulnerabilities: 'vulnerabilities', needs: 'needs', localDanger: 'local_danger',
};

interface CaseRow {
  territory: string;
  minor: boolean;
  identity_enc: string;
  narrative_enc: string | null;
  danger_notes_enc: string | null;
  local_danger: boolean;
  exploitation_forms: string[];
  events: TraffickingEvent[];
  vulnerabilities: string[];
  needs: string[];
  first_contact: FirstContact | null;
}

/** Equality of recorded values: absent, null and an empty list are one; key order does not matter. */
const canonical = (v: unknown): string =>
  JSON.stringify(v === null || v === undefined || (Array.isArray(v) && !v.length) ? null : v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : x,
  );
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * Rectification by the owner's workers (`update` on the case). Everything in one transaction under the case's row
 * lock: the replaced values go encrypted into `case_rectifications` (bound to that row), the case's encrypted identity,
 * its pseudonymised facts and its blind indexes are rewritten, the version moves, the timeline and the audit journal
 * get the changed fields' names (never a value), and the statistics are told which facts moved. A correction that
 * would make an adult a minor or a minor an adult is refused (422 `RECTIFICATION_CHANGES_MINORITY`): a minor's case
 * is shared with the territory's protection services at intake, which a correction cannot replay or undo.
 */
@CommandHandler(RectifyCaseCommand)
export class RectifyCaseHandler implements ICommandHandler<RectifyCaseCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly history: CaseHistoryService,
    private readonly cipher: FieldCipher,
    private readonly blindIndex: BlindIndex,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute({ actor, caseId, changes, note, expectedVersion }: RectifyCaseCommand): Promise<{ id: string; version: number; fields: RectifiableField[] }> {
    const subject = await this.access.authorize(actor, caseId, 'update', { lock: true, expectedVersion });
    if (expectedVersion === undefined) throw new DomainError('VERSION_REQUIRED', 'Give the version of the case you read (If-Match or version)');
    const organisationId = this.access.actingOrganisation(actor, subject, 'update');
    const em = this.db.em;
    const [row]: CaseRow[] = await em.query(
      `SELECT territory, minor, identity_enc, narrative_enc, danger_notes_enc, local_danger, exploitation_forms, events, vulnerabilities, needs,
              CASE WHEN first_contact_context IS NULL THEN NULL ELSE json_build_object('context', first_contact_context, 'on', first_contact_on::text) END AS first_contact
       FROM cases WHERE id = $1`,
      [caseId],
    );
    const today = parisToday();
    const before = {
      identity: this.cipher.decryptJson<CaseIdentity>(row.identity_enc, `case:${caseId}/identity`),
      narrative: row.narrative_enc ? this.cipher.decrypt(row.narrative_enc, `case:${caseId}/narrative`) : null,
      dangerNotes: row.danger_notes_enc ? this.cipher.decrypt(row.danger_notes_enc, `case:${caseId}/danger`) : null,
    };
    const given = changes.identity;
    const after = {
      exploitationForms: changes.exploitationForms ?? row.exploitation_forms,
      events: changes.events ?? row.events,
      vulnerabilities: changes.vulnerabilities ?? row.vulnerabilities,
      needs: changes.needs ?? row.needs,
      localDanger: changes.danger ? changes.danger.localDanger : row.local_danger,
      dangerNotes: changes.danger ? (changes.danger.notes ?? null) : before.dangerNotes,
      narrative: changes.narrative !== undefined ? changes.narrative || null : before.narrative,
      firstContact: changes.firstContact ?? row.first_contact,
    };
    // The rules of a new case hold for a corrected one (the phone is checked before it is normalised).
    const candidate: NewCase = {
      territory: row.territory, identity: given ?? before.identity, exploitationForms: after.exploitationForms as NewCase['exploitationForms'], events: after.events,
      vulnerabilities: after.vulnerabilities, needs: after.needs, danger: { localDanger: after.localDanger },
    };
    assertValidNewCase(candidate, today);
    assertValidFirstContact({ identity: candidate.identity, firstContact: after.firstContact ?? undefined }, today);
    const identity: CaseIdentity = given
      ? { ...given, ...(given.contact?.phone ? { contact: { ...given.contact, phone: normalisePhone(given.contact.phone) } } : {}) }
      : before.identity;

    const previous: { identity: Record<string, unknown>; facts: Record<string, unknown> } = { identity: {}, facts: {} };
    const fields: RectifiableField[] = [];
    for (const f of IDENTITY_FIELDS) {
      if (!same(before.identity[f], identity[f])) {
        fields.push(f);
        previous.identity[f] = before.identity[f] ?? null;
      }
    }
    const oldFacts: Record<string, unknown> = {
      exploitationForms: row.exploitation_forms, events: row.events, vulnerabilities: row.vulnerabilities, needs: row.needs,
      localDanger: row.local_danger, dangerNotes: before.dangerNotes, narrative: before.narrative, firstContact: row.first_contact,
    };
    for (const [f, value] of Object.entries(after) as [RectifiableField, unknown][]) {
      if (!same(oldFacts[f], value)) {
        fields.push(f);
        previous.facts[f] = oldFacts[f] ?? null;
      }
    }
    if (!fields.length) throw new DomainError('NOTHING_TO_RECTIFY', 'The correction changes nothing');
    const age = ageFacts(identity);
    if (age.minor !== row.minor) {
      throw new DomainError('RECTIFICATION_CHANGES_MINORITY', 'A correction may not make an adult a minor or a minor an adult', { field: 'identity.birthDate' });
    }

    const rectificationId = randomUUID();
    await em.query(
      `INSERT INTO case_rectifications (id, case_id, organisation_id, user_id, fields, previous_enc, version_before) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [rectificationId, caseId, organisationId, actor.userId, fields, this.cipher.encryptJson(previous, `case:${caseId}/rectification:${rectificationId}`), subject.version],
    );
    const places = exploitationPlaces(after.events);
    await em.query(
      `UPDATE cases SET identity_enc = $2, sex = $3, age_band = $4, age_uncertain = $5, nationality = $6, foreign_national = $7, interpreter_needed = $8,
         exploitation_forms = $9, exploited_in_france = $10, exploited_abroad = $11, events = $12, vulnerabilities = $13, needs = $14, local_danger = $15,
         narrative_enc = $16, danger_notes_enc = $17, first_contact_context = $18, first_contact_on = $19
       WHERE id = $1`,
      [
        caseId, this.cipher.encryptJson(identity, `case:${caseId}/identity`), identity.sex, age.band, !!identity.ageUncertain, identity.nationality ?? null,
        !!identity.nationality && !EU_EEA_CH.has(identity.nationality), !!identity.interpreterNeeded,
        after.exploitationForms, places.inFrance, places.abroad, JSON.stringify(after.events), after.vulnerabilities, after.needs, after.localDanger,
        after.narrative ? this.cipher.encrypt(after.narrative, `case:${caseId}/narrative`) : null,
        after.dangerNotes ? this.cipher.encrypt(after.dangerNotes, `case:${caseId}/danger`) : null,
        after.firstContact?.context ?? null, after.firstContact?.on ?? null,
      ],
    );
    if (fields.some((f) => ['lastName', 'firstNames', 'aliases', 'birthDate', 'estimatedAge'].includes(f))) {
      // Duplicate detection and the search by name read the blind indexes: they follow the corrected identity.
      await em.query(`DELETE FROM case_blind_indexes WHERE case_id = $1`, [caseId]);
      const keys = identityKeys(this.blindIndex, identity);
      if (keys.length) await em.query(`INSERT INTO case_blind_indexes (hash, case_id) SELECT k, $1 FROM unnest($2::text[]) AS k ON CONFLICT DO NOTHING`, [caseId, keys]);
    }
    const version = await this.access.touch(caseId, subject.version);
    await this.history.append(actor, organisationId, { caseId, track: 'case', type: 'case_rectified', occurredOn: today, data: { fields }, note });
    await this.audit.record({ action: 'case.rectified', subjectType: 'case', subjectId: caseId, actorOrganisationId: organisationId, details: { rectificationId, fields } });
    const facts = [...new Set(fields.map((f) => PSEUDONYMISED[f]).filter((f): f is string => !!f))];
    if (facts.length) {
      await this.outbox.publish(CASES_EVENTS.CaseFactsChanged, { caseId, reference: subject.reference, territory: subject.territory, facts }, caseId);
    }
    return { id: caseId, version, fields };
  }
}
