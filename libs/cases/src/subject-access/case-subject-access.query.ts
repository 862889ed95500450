import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Db, FieldCipher, isUuid } from '@mnio/platform';
import type { CaseIdentity, TraffickingEvent } from '../domain/case-input';

/** Everything the cases context holds about the person of one case, decrypted: the material of her right of access. */
export interface CaseSubjectAccessData {
  caseId: string;
  reference: string;
  territory: string;
  ownerOrganisationId: string;
  createdAt: string;
  updatedAt: string;
  identity: CaseIdentity;
  narrative: string | null;
  danger: { localDanger: boolean; notes: string | null };
  facts: {
    sex: string; ageBand: string; minor: boolean; ageUncertain: boolean; unaccompaniedMinor: boolean | null; nationality: string | null;
    exploitationForms: string[]; events: TraffickingEvent[]; vulnerabilities: string[]; needs: string[]; interpreterNeeded: boolean;
  };
  statuses: { identification: string; residence: string; childProtection: string; criminal: string; case: string };
  closureReason: string | null;
  /** The timeline of every track, oldest first; `data` holds codes, dates and organisation ids. */
  history: { recordedAt: string; occurredOn: string; track: string; type: string; data: Record<string, unknown>; organisationId: string; note: string | null }[];
  indicators: { framework: string; dimension: string; indicator: string; strength: string; observedAt: string; note: string | null; organisationId: string; recordedAt: string }[];
  /** Every answer the person gave, oldest first (a later one replaces an earlier one for the same purpose and target). */
  consents: { purpose: string; granted: boolean; method: string; targetOrganisationId: string | null; organisationId: string; recordedAt: string }[];
  deadlines: { kind: string; dueOn: string; openedAt: string; closedAt: string | null; responsibleOrganisationId: string }[];
  /** Corrections after intake, with the values they replaced (null once erased by the retention rules). */
  rectifications: { at: string; fields: string[]; organisationId: string; previous: { identity: Record<string, unknown>; facts: Record<string, unknown> } | null }[];
  /** The documents attached to the case, listed (name, kind, date, type, size), not their content; the name is null once erased. */
  attachments: { name: string | null; kind: string; documentDate: string; mediaType: string; sizeBytes: number; organisationId: string; addedAt: string }[];
}

/**
 * The whole of one case, for the person's right of access (`@mnio/privacy`, in the worker). No authorization and no
 * audit here: the caller checked who asked (the owner's DPO or coordinator) and journals the export. Null when missing.
 */
export class CaseSubjectAccessQuery extends Query<CaseSubjectAccessData | null> {
  constructor(readonly caseId: string) {
    super();
  }
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

@QueryHandler(CaseSubjectAccessQuery)
export class CaseSubjectAccessHandler implements IQueryHandler<CaseSubjectAccessQuery> {
  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
  ) {}

  async execute({ caseId }: CaseSubjectAccessQuery): Promise<CaseSubjectAccessData | null> {
    if (!isUuid(caseId)) return null;
    const em = this.db.em;
    const [c] = await em.query(
      `SELECT id, reference, territory, owner_organisation_id, created_at, updated_at, identity_enc, narrative_enc, danger_notes_enc, local_danger,
              sex, age_band, minor, age_uncertain, unaccompanied_minor, nationality, exploitation_forms, events, vulnerabilities, needs, interpreter_needed,
              identification_status, residence_status, child_protection_status, criminal_status, case_status, closure_reason
       FROM cases WHERE id = $1`,
      [caseId],
    );
    if (!c) return null;
    const decrypt = (v: string | null, ctx: string) => (v ? this.cipher.decrypt(v, `case:${caseId}/${ctx}`) : null);
    const history: { id: string; recorded_at: Date; occurred_on: string; track: string; type: string; data: Record<string, unknown>; recorded_by_organisation_id: string; note_enc: string | null }[] =
      await em.query(
        `SELECT id, recorded_at, to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on, track, type, data, recorded_by_organisation_id, note_enc
         FROM case_events WHERE case_id = $1 ORDER BY recorded_at, id`,
        [caseId],
      );
    const indicators: { id: string; framework: string; dimension: string; indicator: string; strength: string; observed_at: string; note_enc: string | null; recorded_by_organisation_id: string; recorded_at: Date }[] =
      await em.query(
        `SELECT id, framework, dimension, indicator, strength, to_char(observed_at, 'YYYY-MM-DD') AS observed_at, note_enc, recorded_by_organisation_id, recorded_at
         FROM case_indicators WHERE case_id = $1 ORDER BY observed_at, recorded_at, id`,
        [caseId],
      );
    const consents: { purpose: string; granted: boolean; method: string; target_organisation_id: string | null; recorded_by_organisation_id: string; recorded_at: Date }[] = await em.query(
      `SELECT purpose, granted, method, target_organisation_id, recorded_by_organisation_id, recorded_at FROM case_consents WHERE case_id = $1 ORDER BY recorded_at, id`,
      [caseId],
    );
    const deadlines: { kind: string; due_on: string; opened_at: Date; closed_at: Date | null; responsible_organisation_id: string }[] = await em.query(
      `SELECT kind, to_char(due_on, 'YYYY-MM-DD') AS due_on, opened_at, closed_at, responsible_organisation_id FROM case_deadlines WHERE case_id = $1 ORDER BY due_on, id`,
      [caseId],
    );
    const rectifications: { id: string; created_at: Date; fields: string[]; organisation_id: string; previous_enc: string | null }[] = await em.query(
      `SELECT id, created_at, fields, organisation_id, previous_enc FROM case_rectifications WHERE case_id = $1 ORDER BY created_at, id`,
      [caseId],
    );
    const attachments: { id: string; name_enc: string | null; kind: string; document_date: string; media_type: string; size_bytes: number; organisation_id: string; created_at: Date }[] =
      await em.query(
        `SELECT id, name_enc, kind, to_char(document_date, 'YYYY-MM-DD') AS document_date, media_type, size_bytes, organisation_id, created_at
         FROM case_attachments WHERE case_id = $1 ORDER BY created_at, id`,
        [caseId],
      );
    return {
      caseId,
      reference: c.reference,
      territory: c.territory,
      ownerOrganisationId: c.owner_organisation_id,
      createdAt: c.created_at.toISOString(),
      updatedAt: c.updated_at.toISOString(),
      identity: this.cipher.decryptJson<CaseIdentity>(c.identity_enc, `case:${caseId}/identity`),
      narrative: decrypt(c.narrative_enc, 'narrative'),
      danger: { localDanger: c.local_danger, notes: decrypt(c.danger_notes_enc, 'danger') },
      facts: {
        sex: c.sex, ageBand: c.age_band, minor: c.minor, ageUncertain: c.age_uncertain, unaccompaniedMinor: c.unaccompanied_minor, nationality: c.nationality,
        exploitationForms: c.exploitation_forms, events: c.events, vulnerabilities: c.vulnerabilities, needs: c.needs, interpreterNeeded: c.interpreter_needed,
      },
      statuses: { identification: c.identification_status, residence: c.residence_status, childProtection: c.child_protection_status, criminal: c.criminal_status, case: c.case_status },
      closureReason: c.closure_reason,
      history: history.map((h) => ({
        recordedAt: h.recorded_at.toISOString(), occurredOn: h.occurred_on, track: h.track, type: h.type, data: h.data, organisationId: h.recorded_by_organisation_id,
        note: decrypt(h.note_enc, `event:${h.id}`),
      })),
      indicators: indicators.map((i) => ({
        framework: i.framework, dimension: i.dimension, indicator: i.indicator, strength: i.strength, observedAt: i.observed_at, note: decrypt(i.note_enc, `indicator:${i.id}`),
        organisationId: i.recorded_by_organisation_id, recordedAt: i.recorded_at.toISOString(),
      })),
      consents: consents.map((k) => ({
        purpose: k.purpose, granted: k.granted, method: k.method, targetOrganisationId: k.target_organisation_id, organisationId: k.recorded_by_organisation_id, recordedAt: k.recorded_at.toISOString(),
      })),
      deadlines: deadlines.map((d) => ({ kind: d.kind, dueOn: d.due_on, openedAt: d.opened_at.toISOString(), closedAt: iso(d.closed_at), responsibleOrganisationId: d.responsible_organisation_id })),
      rectifications: rectifications.map((r) => ({
        at: r.created_at.toISOString(), fields: r.fields, organisationId: r.organisation_id,
        previous: r.previous_enc ? this.cipher.decryptJson(r.previous_enc, `case:${caseId}/rectification:${r.id}`) : null,
      })),
      attachments: attachments.map((a) => ({
        name: decrypt(a.name_enc, `attachment:${a.id}/name`), kind: a.kind, documentDate: a.document_date, mediaType: a.media_type, sizeBytes: a.size_bytes,
        organisationId: a.organisation_id, addedAt: a.created_at.toISOString(),
      })),
    };
  }
}
