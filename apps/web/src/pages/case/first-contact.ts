import { FIRST_CONTACT_CONTEXTS, frDate, label } from '../../domain/labels';

/** « Maraude, le 30 octobre 2026 », or « Non renseigné » for a case recorded without it. */
export function firstContactText(fc: { context: string; on: string | null } | null | undefined): string {
  if (!fc) return 'Non renseigné';
  return fc.on ? `${label(FIRST_CONTACT_CONTEXTS, fc.context)}, le ${frDate(fc.on)}` : label(FIRST_CONTACT_CONTEXTS, fc.context);
}
