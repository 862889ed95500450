/** Pure logic of the « Journal de suivi » section: who will read a note, and the checks of the form before sending. */
import { frDate } from '../../domain/labels';

/** A note's day as French writes it: « 1er novembre 2026 », « 5 décembre 2026 ». */
export function noteDay(day: string): string {
  return frDate(day).replace(/^1 /, '1er ');
}

/** French list: « A », « A et B », « A, B et C ». */
export function frList(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
}

/** The sentence under the form: who will read the note once written. */
export function journalAudience(ownerName: string, chosen: string[]): string {
  if (!chosen.length) return `Cette note sera lue uniquement par les professionnels de votre structure (${ownerName}).`;
  return `Cette note sera lue par les professionnels de votre structure (${ownerName}) et par ceux de : ${frList(chosen)}.`;
}

/** Who reads a note already written, as the owner sees it. */
export function sharedWithText(names: string[]): string {
  return names.length ? `Lue aussi par ${frList(names)}` : 'Lue par votre structure seulement';
}

export const JOURNAL_TEXT_MAX = 5000;

/** The form's own checks (the API checks them again): a day that has come, a text within bounds. */
export function journalFormErrors(form: { occurredOn: string; text: string }, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.occurredOn) errors.occurredOn = 'Indiquez la date du jour dont parle la note.';
  else if (form.occurredOn > today) errors.occurredOn = 'La note porte sur un jour passé ou sur aujourd’hui, pas sur un jour à venir.';
  if (!form.text.trim()) errors.text = 'Écrivez le texte de la note.';
  else if (form.text.trim().length > JOURNAL_TEXT_MAX) errors.text = `La note ne peut pas dépasser ${JOURNAL_TEXT_MAX} caractères.`;
  return errors;
}
