import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { AttachmentKind, AttachmentMediaType } from './attachment-rules';

export interface AttachmentAdded {
  id: string;
  kind: AttachmentKind;
  documentDate: string;
  mediaType: AttachmentMediaType;
  sizeBytes: number;
}

/**
 * Attaches a file to a case (issue 14 §2): those who may update the case (the owner's workers). The bytes and the
 * name are encrypted with the field cipher, bound to the attachment's row; the type is the one found in the content.
 */
export class AddAttachmentCommand extends Command<AttachmentAdded> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly file: { name: string; bytes: Buffer },
    readonly kind: AttachmentKind,
    readonly documentDate: string,
  ) {
    super();
  }
}
