import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Actor, Db, DomainError, FieldCipher, NotFoundError, Transactional } from '@mnio/platform';
import { SubjectAccessPolicy } from './subject-access.access';
import { SUBJECT_ACCESS_FORMATS, SubjectAccessFormat } from './subject-access.constants';

export interface SubjectAccessFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/**
 * Hands one file of a ready export (the PDF or the JSON) to the person who asked for it, once: its encrypted content
 * is erased in the same transaction as the download is journalled. A second download answers 410
 * `SUBJECT_ACCESS_ALREADY_DOWNLOADED`, one after the 24 hours 410 `SUBJECT_ACCESS_EXPIRED`; another user of the
 * organisation 403 `SUBJECT_ACCESS_NOT_REQUESTER`; anyone outside it 404.
 */
export class DownloadSubjectAccessCommand extends Command<SubjectAccessFile> {
  constructor(
    readonly actor: Actor,
    readonly exportId: string,
    readonly format: SubjectAccessFormat,
  ) {
    super();
  }
}

@CommandHandler(DownloadSubjectAccessCommand)
export class DownloadSubjectAccessHandler implements ICommandHandler<DownloadSubjectAccessCommand> {
  constructor(
    private readonly db: Db,
    private readonly policy: SubjectAccessPolicy,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, exportId, format }: DownloadSubjectAccessCommand): Promise<SubjectAccessFile> {
    if (!SUBJECT_ACCESS_FORMATS.includes(format)) throw new DomainError('VALIDATION_FAILED', 'format must be pdf or json');
    const em = this.db.em;
    const [row]: {
      case_id: string; case_reference: string; owner_organisation_id: string; requested_by: string; requester_organisation_id: string; status: string;
      expired: boolean; downloaded_at: Date | null; content: string | null;
    }[] = await em.query(
      `SELECT case_id, case_reference, owner_organisation_id, requested_by, requester_organisation_id, status, expires_at <= now() AS expired,
              ${format}_downloaded_at AS downloaded_at, ${format}_enc AS content
       FROM subject_access_exports WHERE id = $1 FOR UPDATE`,
      [exportId],
    );
    if (!row || !this.policy.can(actor, row.owner_organisation_id)) throw new NotFoundError('Export');
    if (row.requested_by !== actor.userId) throw new DomainError('SUBJECT_ACCESS_NOT_REQUESTER', 'Only the person who asked for this export downloads it');
    if (row.status === 'pending') throw new DomainError('SUBJECT_ACCESS_NOT_READY', 'The export is being prepared');
    if (row.status === 'failed') throw new DomainError('SUBJECT_ACCESS_FAILED', 'The export could not be made; ask for a new one');
    if (row.downloaded_at) throw new DomainError('SUBJECT_ACCESS_ALREADY_DOWNLOADED', 'This file was already downloaded: ask for a new export');
    if (row.expired || !row.content) throw new DomainError('SUBJECT_ACCESS_EXPIRED', 'The 24 hours to download this export are over: ask for a new export');
    const plain = this.cipher.decrypt(row.content, `subject-access:${exportId}/${format}`);
    await em.query(`UPDATE subject_access_exports SET ${format}_enc = NULL, ${format}_downloaded_at = now() WHERE id = $1`, [exportId]);
    await this.audit.record({
      action: 'subject_access.downloaded', subjectType: 'case', subjectId: row.case_id, reason: 'subject_access', actorOrganisationId: row.requester_organisation_id,
      details: { exportId, format },
    });
    const name = `acces-aux-donnees-${row.case_reference}`;
    return format === 'pdf'
      ? { filename: `${name}.pdf`, contentType: 'application/pdf', body: Buffer.from(plain, 'base64') }
      : { filename: `${name}.json`, contentType: 'application/json; charset=utf-8', body: Buffer.from(plain, 'utf8') };
  }
}
