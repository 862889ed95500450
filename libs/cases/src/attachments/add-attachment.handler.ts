import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AuditJournal } from '@mnio/audit';
import { Db, DomainError, FieldCipher, parisToday, Transactional } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import { CASES_CONFIG, CasesConfig } from '../cases.config';
import { AddAttachmentCommand, AttachmentAdded } from './add-attachment.command';
import { assertAcceptableFile } from './attachment-rules';

/** The AAD of an attachment's values: a value copied to another row, case or column does not decrypt. */
export const attachmentContext = (caseId: string, id: string, part: 'name' | 'content') => `case:${caseId}/attachment:${id}/${part}`;

@CommandHandler(AddAttachmentCommand)
export class AddAttachmentHandler implements ICommandHandler<AddAttachmentCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
    @Inject(CASES_CONFIG) private readonly config: CasesConfig,
  ) {}

  @Transactional()
  async execute({ actor, caseId, file, kind, documentDate }: AddAttachmentCommand): Promise<AttachmentAdded> {
    // The row lock refuses an anonymised case (nothing may be put back into it) and orders concurrent uploads.
    const subject = await this.access.authorize(actor, caseId, 'update', { lock: true });
    const organisationId = this.access.actingOrganisation(actor, subject, 'update');
    const mediaType = assertAcceptableFile(file.bytes, file.name, this.config.attachmentMaxBytes);
    if (documentDate > parisToday()) throw new DomainError('ATTACHMENT_DATE_IN_FUTURE', 'The document date is in the future', { field: 'documentDate' });
    const id = randomUUID();
    await this.db.em.query(
      `INSERT INTO case_attachments (id, case_id, organisation_id, uploaded_by, kind, document_date, media_type, size_bytes, name_enc, content_enc)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id, caseId, organisationId, actor.userId, kind, documentDate, mediaType, file.bytes.length,
        this.cipher.encrypt(file.name.trim(), attachmentContext(caseId, id, 'name')),
        this.cipher.encrypt(file.bytes.toString('base64'), attachmentContext(caseId, id, 'content')),
      ],
    );
    await this.audit.record({
      action: 'case.attachment_added', subjectType: 'case', subjectId: caseId, actorOrganisationId: organisationId,
      details: { attachmentId: id, kind, mediaType, sizeBytes: file.bytes.length },
    });
    return { id, kind, documentDate, mediaType, sizeBytes: file.bytes.length };
  }
}
