import { InjectQueue } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { AuditJournal } from '@mnio/audit';
import { CaseFactsQuery, CaseIdByReferenceQuery } from '@mnio/cases';
import { Db, DomainError, FieldCipher, NotFoundError, Transactional } from '@mnio/platform';
import { RequestSubjectAccessCommand } from './request-subject-access.command';
import { SubjectAccessPolicy } from './subject-access.access';
import { SUBJECT_ACCESS_EXPORT_JOB, SUBJECT_ACCESS_QUEUE, SubjectAccessJobData } from './subject-access.constants';
import { SubjectAccessExportView, SubjectAccessRow, toView, VIEW_COLUMNS } from './subject-access.view';

/**
 * Records the request (its reason encrypted) and its audit entry in one transaction, then queues the export job
 * after the commit, with the request's id as its only data (and as the job's id, so a request is queued once). If
 * the queue cannot be reached the request is marked failed and the caller gets 503: nothing stays « en préparation »
 * for ever.
 */
@CommandHandler(RequestSubjectAccessCommand)
export class RequestSubjectAccessHandler implements ICommandHandler<RequestSubjectAccessCommand> {
  private readonly logger = new Logger('subject-access');

  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
    private readonly policy: SubjectAccessPolicy,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
    @InjectQueue(SUBJECT_ACCESS_QUEUE) private readonly queue: Queue<SubjectAccessJobData>,
  ) {}

  async execute(cmd: RequestSubjectAccessCommand): Promise<SubjectAccessExportView> {
    const view = await this.record(cmd);
    try {
      await this.queue.add(SUBJECT_ACCESS_EXPORT_JOB, { exportId: view.id }, { jobId: `export-${view.id}` });
    } catch (e) {
      this.logger.error({ exportId: view.id, err: (e as Error).name }, 'subject-access export could not be queued');
      await this.markUnqueued(view.id);
      throw new DomainError('SUBJECT_ACCESS_QUEUE_UNAVAILABLE', 'The export could not be started; ask again in a moment');
    }
    return view;
  }

  @Transactional()
  private async record({ actor, target, reason }: RequestSubjectAccessCommand): Promise<SubjectAccessExportView> {
    const caseId = 'caseId' in target ? target.caseId : await this.queries.execute(new CaseIdByReferenceQuery(target.reference));
    const facts = caseId ? await this.queries.execute(new CaseFactsQuery(caseId)) : null;
    if (!facts) throw new NotFoundError('Case');
    const organisationId = this.policy.check(actor, facts);
    const id = randomUUID();
    const [row]: SubjectAccessRow[] = await this.db.em.query(
      `INSERT INTO subject_access_exports (id, case_id, case_reference, owner_organisation_id, requested_by, requester_organisation_id, reason_enc)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${VIEW_COLUMNS}`,
      [id, facts.id, facts.reference, facts.ownerOrganisationId, actor.userId, organisationId, this.cipher.encrypt(reason, `subject-access:${id}/reason`)],
    );
    await this.audit.record({
      action: 'subject_access.requested', subjectType: 'case', subjectId: facts.id, reason: 'subject_access', actorOrganisationId: organisationId, details: { exportId: id },
    });
    return toView(row, actor.userId);
  }

  @Transactional()
  private async markUnqueued(id: string): Promise<void> {
    await this.db.em.query(`UPDATE subject_access_exports SET status = 'failed', error_code = 'QUEUE_UNAVAILABLE' WHERE id = $1 AND status = 'pending'`, [id]);
  }
}
