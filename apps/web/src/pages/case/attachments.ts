/** Mirrors libs/cases attachments/ (the kinds, the types recognised by content, the default size limit). */
export const ATTACHMENT_KINDS: Record<string, string> = {
  recepisse: 'Récépissé',
  medical_certificate: 'Certificat médical',
  decision: 'Décision',
  other: 'Autre document',
};

export const ATTACHMENT_FORMATS: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'Image JPEG', 'image/png': 'Image PNG' };

/** The API's default limit (`MNIO_ATTACHMENT_MAX_BYTES`); the API checks again and answers ATTACHMENT_TOO_LARGE. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The type by its first bytes, as the API decides it: PDF, JPEG, PNG, or null. */
export function sniffType(bytes: Uint8Array): string | null {
  const starts = (magic: number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

/** A size in French words: « 850 octets », « 12 Ko », « 1,5 Mo ». */
export function frSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} octet${bytes > 1 ? 's' : ''}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} Ko`;
  return `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

/**
 * What is wrong with a chosen file before it is sent, in French, or null: empty, too large, not a PDF, JPEG or PNG by
 * its first bytes (whatever its name says). The API makes the same checks: this only spares a useless upload.
 */
export function fileProblem(file: { size: number }, head: Uint8Array, maxBytes = ATTACHMENT_MAX_BYTES): string | null {
  if (file.size === 0) return 'Le fichier est vide.';
  if (file.size > maxBytes) return `Le fichier pèse ${frSize(file.size)} : la taille maximale est de ${frSize(maxBytes)}.`;
  if (!sniffType(head)) return 'Ce fichier n’est ni un PDF, ni une image JPEG ou PNG (son contenu a été vérifié, quel que soit son nom).';
  return null;
}
