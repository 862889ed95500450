import { DomainError } from '@mnio/platform';

/** What a case's attachment is (a scanned récépissé, a medical certificate, a decision, anything else). */
export const ATTACHMENT_KINDS = ['recepisse', 'medical_certificate', 'decision', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The types accepted, recognised by their first bytes, never by the name or the type the browser declares. */
export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/** The extension a download is named with: the type found in the content, whatever the name said. */
export const EXTENSION_OF: Record<AttachmentMediaType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

/** The type of a file by its magic bytes (PDF `%PDF-`, JPEG `FF D8 FF`, PNG signature), or null when none of those. */
export function sniffMediaType(bytes: Uint8Array): AttachmentMediaType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, PNG)) return 'image/png';
  return null;
}

/** The longest file name kept (in characters); longer names are refused rather than cut. */
export const ATTACHMENT_NAME_MAX = 200;

/**
 * Checks a file before it is stored: not empty, not over the limit, a type recognised by its content. The codes are
 * stable and the messages never quote the name or the content.
 */
export function assertAcceptableFile(bytes: Uint8Array, name: string, maxBytes: number): AttachmentMediaType {
  if (!bytes.length) throw new DomainError('ATTACHMENT_EMPTY', 'The file is empty');
  if (bytes.length > maxBytes) throw new DomainError('ATTACHMENT_TOO_LARGE', 'The file is larger than allowed', { maxBytes });
  const type = sniffMediaType(bytes);
  if (!type) throw new DomainError('ATTACHMENT_TYPE_NOT_ALLOWED', 'Only PDF, JPEG and PNG files are accepted (recognised by their content)', { allowed: [...ATTACHMENT_MEDIA_TYPES] });
  const trimmed = name.trim();
  // Control characters would let a name break a header or a log line; the name is shown to identity readers only.
  if (!trimmed || [...trimmed].length > ATTACHMENT_NAME_MAX || /\p{Cc}/u.test(trimmed)) {
    throw new DomainError('ATTACHMENT_NAME_INVALID', 'The file name is empty, too long or holds control characters', { maxLength: ATTACHMENT_NAME_MAX });
  }
  return type;
}
