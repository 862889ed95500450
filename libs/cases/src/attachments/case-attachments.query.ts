import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Actor, AbilityFactory, asSubject, Db, FieldCipher, isUuid, NotFoundError, rowsOf, Transactional } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import { attachmentContext } from './add-attachment.handler';
import { AttachmentKind, AttachmentMediaType, EXTENSION_OF } from './attachment-rules';

export interface CaseAttachmentView {
  id: string;
  kind: AttachmentKind;
  documentDate: string;
  mediaType: AttachmentMediaType;
  sizeBytes: number;
  /** The organisation that attached it. */
  organisationId: string;
  createdAt: string;
  /** Erased with the case's identity (anonymisation): no name, no content left. */
  erased: boolean;
  /** For those who read the case's identity only; absent for others and once erased. */
  name?: string;
}

/** A case's attachments, newest first: kind, date, size and who attached them for every reader; names for identity readers. */
export class ListCaseAttachmentsQuery extends Query<CaseAttachmentView[]> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
  ) {
    super();
  }
}

export interface AttachmentFile {
  /** `<kind>-<date>.<ext>`: built from codes, never from the stored name (which may hold the person's name). */
  filename: string;
  mediaType: AttachmentMediaType;
  body: Buffer;
}

/** One attachment's bytes, for those who read the case's identity (others: 404 like an invisible case); each download audited. */
export class DownloadCaseAttachmentQuery extends Query<AttachmentFile> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly attachmentId: string,
  ) {
    super();
  }
}

interface AttachmentRow {
  id: string;
  kind: AttachmentKind;
  document_date: string;
  media_type: AttachmentMediaType;
  size_bytes: number;
  organisation_id: string;
  created_at: Date;
  erased_at: Date | null;
  name_enc: string | null;
}

@QueryHandler(ListCaseAttachmentsQuery)
export class ListCaseAttachmentsHandler implements IQueryHandler<ListCaseAttachmentsQuery> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly abilities: AbilityFactory,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId }: ListCaseAttachmentsQuery): Promise<CaseAttachmentView[]> {
    const subject = await this.access.authorize(actor, caseId, 'read');
    const identity = this.abilities.forActor(actor).can('read_identity', asSubject('Case', subject));
    // Never the content column: a list reads the small columns only.
    const rows = await rowsOf<AttachmentRow>(this.db.em,
      `SELECT id, kind, to_char(document_date, 'YYYY-MM-DD') AS document_date, media_type, size_bytes, organisation_id, created_at, erased_at,
              ${identity ? 'name_enc' : 'NULL::text AS name_enc'}
       FROM case_attachments WHERE case_id = $1 ORDER BY created_at DESC, id`,
      [caseId],
    );
    await this.audit.record({
      action: 'case.attachments_listed', subjectType: 'case', subjectId: caseId,
      actorOrganisationId: this.access.actingOrganisation(actor, subject, identity ? 'read_identity' : 'read'), details: { names: identity && rows.length > 0 },
    });
    return rows.map((r) => ({
      id: r.id, kind: r.kind, documentDate: r.document_date, mediaType: r.media_type, sizeBytes: r.size_bytes, organisationId: r.organisation_id,
      createdAt: r.created_at.toISOString(), erased: !!r.erased_at,
      ...(r.name_enc ? { name: this.cipher.decrypt(r.name_enc, attachmentContext(caseId, r.id, 'name')) } : {}),
    }));
  }
}

@QueryHandler(DownloadCaseAttachmentQuery)
export class DownloadCaseAttachmentHandler implements IQueryHandler<DownloadCaseAttachmentQuery> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly abilities: AbilityFactory,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId, attachmentId }: DownloadCaseAttachmentQuery): Promise<AttachmentFile> {
    const subject = await this.access.authorize(actor, caseId, 'read');
    // Not an identity reader: the same answer as for a case one cannot see (404, not 403).
    if (!this.abilities.forActor(actor).can('read_identity', asSubject('Case', subject))) throw new NotFoundError('Case');
    if (!isUuid(attachmentId)) throw new NotFoundError('Attachment');
    const [row] = await rowsOf<{ kind: AttachmentKind; document_date: string; media_type: AttachmentMediaType; content_enc: string | null }>(this.db.em,
      `SELECT kind, to_char(document_date, 'YYYY-MM-DD') AS document_date, media_type, content_enc FROM case_attachments WHERE id = $1 AND case_id = $2`,
      [attachmentId, caseId],
    );
    if (!row?.content_enc) throw new NotFoundError('Attachment');
    await this.audit.record({
      action: 'case.attachment_downloaded', subjectType: 'case', subjectId: caseId,
      actorOrganisationId: this.access.actingOrganisation(actor, subject, 'read_identity'), details: { attachmentId },
    });
    return {
      filename: `${row.kind}-${row.document_date}.${EXTENSION_OF[row.media_type]}`,
      mediaType: row.media_type,
      body: Buffer.from(this.cipher.decrypt(row.content_enc, attachmentContext(caseId, attachmentId, 'content')), 'base64'),
    };
  }
}
