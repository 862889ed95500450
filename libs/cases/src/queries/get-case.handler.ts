import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, asSubject, PARIS_TODAY_SQL, prepared, Transactional, Db } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import { OrganisationMasker } from '../access/organisation-masker.service';
import { trackActions } from '../tracks/track-actions';
import { CaseView, GetCaseQuery } from './get-case.query';

/** The case page's read, by the case's id: planned once per connection (ADR 0003). */
const GET_CASE_SQL = prepared(`SELECT c.id, c.reference, c.territory, c.owner_organisation_id AS "ownerOrganisationId", c.sex, c.age_band AS "ageBand", c.minor,
              c.age_uncertain AS "ageUncertain", c.unaccompanied_minor AS "unaccompaniedMinor", c.nationality, c.foreign_national AS "foreignNational", c.exploitation_forms AS "exploitationForms",
              c.exploited_in_france AS "exploitedInFrance", c.exploited_abroad AS "exploitedAbroad", c.events, c.vulnerabilities, c.needs,
              c.local_danger AS "localDanger", c.interpreter_needed AS "interpreterNeeded",
              json_build_object('identification', c.identification_status, 'residence', c.residence_status, 'childProtection', c.child_protection_status,
                'criminal', c.criminal_status, 'case', c.case_status) AS statuses,
              c.closure_reason AS "closureReason", c.removal_order_alert AS "removalOrderAlert",
              c.identified_by_organisation_id AS "identifiedByOrganisationId", c.identified_at AS "identifiedAt",
              CASE WHEN c.first_contact_context IS NULL AND c.first_contact_on IS NULL THEN NULL
                ELSE json_build_object('context', c.first_contact_context, 'on', c.first_contact_on::text) END AS "firstContact",
              c.version, c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.anonymised_at AS "anonymisedAt",
              coalesce((SELECT json_object_agg(dimension, counts) FROM (
                SELECT dimension, json_build_object('strong', count(*) FILTER (WHERE strength = 'strong'), 'medium', count(*) FILTER (WHERE strength = 'medium'),
                  'weak', count(*) FILTER (WHERE strength = 'weak')) AS counts
                FROM case_indicators WHERE case_id = c.id GROUP BY dimension) s), '{}') AS "indicatorSummary",
              coalesce((SELECT json_agg(k ORDER BY k."recordedAt") FROM (
                SELECT DISTINCT ON (purpose, target_organisation_id) purpose, target_organisation_id AS "targetOrganisationId", granted, method, recorded_at AS "recordedAt"
                FROM case_consents WHERE case_id = c.id ORDER BY purpose, target_organisation_id, recorded_at DESC) k), '[]') AS consents,
              coalesce((SELECT json_agg(json_build_object('id', d.id, 'kind', d.kind, 'dueOn', d.due_on, 'alertOn', d.alert_on,
                'responsibleOrganisationId', d.responsible_organisation_id, 'overdue', d.due_on < ${PARIS_TODAY_SQL}) ORDER BY d.due_on)
                FROM case_deadlines d WHERE d.case_id = c.id AND d.closed_at IS NULL), '[]') AS deadlines,
              coalesce((SELECT json_agg(json_build_object('linkId', l.id, 'status', l.status,
                'otherReference', CASE WHEN l.status = 'accepted' THEN o.reference END, 'otherTerritory', o.territory))
                FROM case_links l JOIN cases o ON o.id = CASE WHEN l.case_id = c.id THEN l.other_case_id ELSE l.case_id END
                WHERE (l.case_id = c.id OR l.other_case_id = c.id) AND l.status <> 'refused'), '[]') AS links
       FROM cases c WHERE c.id = $1`);

@QueryHandler(GetCaseQuery)
export class GetCaseHandler implements IQueryHandler<GetCaseQuery> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
    private readonly masker: OrganisationMasker,
  ) {}

  @Transactional()
  async execute({ actor, caseId }: GetCaseQuery): Promise<CaseView> {
    const subject = await this.access.authorize(actor, caseId, 'read');
    const em = this.db.em;
    const [row] = await em.query(GET_CASE_SQL, [caseId]);
    await this.audit.record({ action: 'case.read', subjectType: 'case', subjectId: caseId, actorOrganisationId: this.access.actingOrganisation(actor, subject, 'read') });
    const ability = this.abilities.forActor(actor);
    const can = (action: string) => ability.can(action, asSubject('Case', subject));
    const consents: { targetOrganisationId: string | null }[] = row.consents;
    const deadlines: { responsibleOrganisationId: string }[] = row.deadlines;
    const mask = await this.masker.forViewer(actor, [...consents.map((k) => k.targetOrganisationId), ...deadlines.map((d) => d.responsibleOrganisationId)]);
    const owner: string = row.ownerOrganisationId;
    const breakGlassUntil = actor.memberships.some((m) => subject.viewers.includes(m.organisationId)) ? null : await this.breakGlassUntil(caseId, actor.userId);
    return {
      ...row,
      consents: consents.map((k) => {
        const m = mask(k.targetOrganisationId, owner);
        return { ...k, targetOrganisationId: m.id, targetOrganisationKind: m.kind };
      }),
      deadlines: deadlines.map((d) => {
        const m = mask(d.responsibleOrganisationId, owner);
        return { ...d, responsibleOrganisationId: m.id, responsibleOrganisationKind: m.kind };
      }),
      identifiedAt: row.identifiedAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      anonymisedAt: row.anonymisedAt?.toISOString() ?? null,
      identityAccess: can('read_identity'),
      // An anonymised case is read-only: no step is offered.
      trackActions: trackActions(row.anonymisedAt ? () => false : can, row),
      breakGlassUntil,
    };
  }

  /** The end of the actor's own live break-the-glass grant on this case, if any. */
  private async breakGlassUntil(caseId: string, userId: string): Promise<string | null> {
    const [row]: { until: Date | null }[] = await this.db.em.query(
      `SELECT max(expires_at) AS until FROM case_access
       WHERE case_id = $1 AND reason = 'break_glass' AND granted_by = $2 AND revoked_at IS NULL AND expires_at > now()`,
      [caseId, userId],
    );
    return row?.until?.toISOString() ?? null;
  }
}
