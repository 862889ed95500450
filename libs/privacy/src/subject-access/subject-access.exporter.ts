import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Queue } from 'bullmq';
import { AuditJournal, CaseAccessEntry, CaseAccessLogQuery } from '@mnio/audit';
import { CaseSubjectAccessQuery } from '@mnio/cases';
import { OrganisationMembersQuery, OrganisationsByIdQuery, type Role } from '@mnio/directory';
import { CaseOrientationsSummaryQuery } from '@mnio/orientations';
import { Db, FieldCipher, rowsOf, Transactional } from '@mnio/platform';
import { CaseNotificationsQuery } from './case-notifications.port';
import { buildSubjectAccessDocument, ExportOrganisation, ExportRead } from './subject-access-document';
import { renderSubjectAccessPdf } from './subject-access-pdf';
import { SUBJECT_ACCESS_PURGE_JOB, SUBJECT_ACCESS_QUEUE, SUBJECT_ACCESS_TTL_MS, SubjectAccessJobData } from './subject-access.constants';

/** Roles whose members may read an identity (and the cell coordinators, who may break the glass): the reader's role is one of them. */
const READER_ROLES: Role[] = ['case_worker', 'coordinator', 'investigator', 'teh_referent', 'host_operator', 'cell_coordinator', 'cell_member'];

/** Thrown while the request's transaction has not committed yet: the job is retried. */
export class ExportNotVisibleYet extends Error {}

/**
 * Makes one export in the worker. Every piece of the person's data comes through the owning context's exported
 * queries (cases, orientations, notifications, the audit journal, the directory for names); the document is built
 * and rendered here, encrypted with the field-encryption keys (bound to the export's row), and the 24 hours start.
 * The whole runs under the request's row lock, so a job retried or run twice makes one export.
 */
@Injectable()
export class SubjectAccessExporter {
  private readonly logger = new Logger('subject-access');

  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
    @InjectQueue(SUBJECT_ACCESS_QUEUE) private readonly queue: Queue<SubjectAccessJobData>,
  ) {}

  async export(exportId: string): Promise<{ made: boolean }> {
    const made = await this.make(exportId);
    if (made) await this.queue.add(SUBJECT_ACCESS_PURGE_JOB, { exportId }, { jobId: `purge-${exportId}`, delay: SUBJECT_ACCESS_TTL_MS + 60_000 });
    return { made };
  }

  @Transactional()
  private async make(exportId: string): Promise<boolean> {
    const em = this.db.em;
    const [row]: { case_id: string; status: string }[] = await em.query(`SELECT case_id, status FROM subject_access_exports WHERE id = $1 FOR UPDATE`, [exportId]);
    if (!row) throw new ExportNotVisibleYet('export request not visible yet');
    if (row.status !== 'pending') return false;
    const started = Date.now();
    const data = await this.queries.execute(new CaseSubjectAccessQuery(row.case_id));
    if (!data) {
      await em.query(`UPDATE subject_access_exports SET status = 'failed', error_code = 'CASE_NOT_FOUND' WHERE id = $1`, [exportId]);
      await this.audit.record({ action: 'subject_access.failed', subjectType: 'case', subjectId: row.case_id, details: { exportId, code: 'CASE_NOT_FOUND' } });
      return false;
    }
    const orientations = await this.queries.execute(new CaseOrientationsSummaryQuery(row.case_id));
    const notifications = await this.queries.execute(new CaseNotificationsQuery(row.case_id));
    const entries = await this.journal(row.case_id);
    const reads = await this.reads(entries);
    const orgIds = new Set<string>([
      data.ownerOrganisationId,
      ...data.history.flatMap((h) => [h.organisationId, h.data.organisationId, h.data.targetOrganisationId]),
      ...data.indicators.map((i) => i.organisationId),
      ...data.consents.flatMap((k) => [k.organisationId, k.targetOrganisationId]),
      ...data.deadlines.map((x) => x.responsibleOrganisationId),
      ...data.rectifications.map((r) => r.organisationId),
      ...(data.attachments ?? []).map((x) => x.organisationId),
      ...orientations.map((o) => o.targetOrganisationId),
      ...notifications.flatMap((n) => n.organisationIds),
      ...reads.map((r) => r.organisationId),
    ].filter((v): v is string => typeof v === 'string'));
    const organisations = new Map<string, ExportOrganisation>(
      orgIds.size ? (await this.queries.execute(new OrganisationsByIdQuery([...orgIds]))).map((o) => [o.id, { name: o.name, kind: o.kind }]) : [],
    );
    const document = buildSubjectAccessDocument({ data, orientations, notifications, reads, organisations, generatedAt: new Date() });
    const pdf = await renderSubjectAccessPdf(document);
    await em.query(
      `UPDATE subject_access_exports SET status = 'ready', ready_at = now(), expires_at = now() + make_interval(secs => $4), pdf_enc = $2, json_enc = $3 WHERE id = $1`,
      [
        exportId, this.cipher.encrypt(pdf.toString('base64'), `subject-access:${exportId}/pdf`),
        this.cipher.encrypt(JSON.stringify(document, null, 2), `subject-access:${exportId}/json`), SUBJECT_ACCESS_TTL_MS / 1000,
      ],
    );
    await this.audit.record({
      action: 'subject_access.generated', subjectType: 'case', subjectId: row.case_id,
      details: { exportId, sections: document.sections.map((s) => s.key), identityReads: reads.length },
    });
    this.logger.log({ exportId, ms: Date.now() - started }, 'subject-access export ready');
    return true;
  }

  /** At the end of the 24 hours: the files not downloaded are erased (the row and its dates stay, for the journal). */
  @Transactional()
  async purge(exportId: string): Promise<{ purged: boolean }> {
    const rows = await rowsOf<{ case_id: string }>(
      this.db.em,
      `UPDATE subject_access_exports SET pdf_enc = NULL, json_enc = NULL, purged_at = now()
       WHERE id = $1 AND purged_at IS NULL AND expires_at <= now() RETURNING case_id`,
      [exportId],
    );
    if (!rows.length) return { purged: false };
    await this.audit.record({ action: 'subject_access.expired', subjectType: 'case', subjectId: rows[0].case_id, details: { exportId } });
    return { purged: true };
  }

  /** Every identity read and break-the-glass use of the case, from the journal, oldest first. */
  private async journal(caseId: string): Promise<CaseAccessEntry[]> {
    const all: CaseAccessEntry[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.queries.execute(new CaseAccessLogQuery(caseId, { cursor, limit: 500 }));
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return all.reverse();
  }

  /** Readers by organisation and role (the role they hold there now), never by name. */
  private async reads(entries: CaseAccessEntry[]): Promise<ExportRead[]> {
    const roleOf = new Map<string, Role>();
    const byOrg = new Map<string, Set<string>>();
    for (const e of entries) if (e.actorOrganisationId && e.actorUserId) byOrg.set(e.actorOrganisationId, (byOrg.get(e.actorOrganisationId) ?? new Set()).add(e.actorUserId));
    for (const [organisationId, users] of byOrg) {
      for (const role of READER_ROLES) {
        const members = await this.queries.execute(new OrganisationMembersQuery(organisationId, [role], { userIds: [...users] }));
        for (const m of members) if (!roleOf.has(`${organisationId}/${m.userId}`)) roleOf.set(`${organisationId}/${m.userId}`, role);
      }
    }
    return entries.map((e) => ({
      at: e.at,
      kind: e.action === 'case.break_glass' ? 'break_glass' : 'identity_read',
      organisationId: e.actorOrganisationId,
      role: (e.actorOrganisationId && e.actorUserId && roleOf.get(`${e.actorOrganisationId}/${e.actorUserId}`)) || null,
      reason: e.reason,
    }));
  }
}
