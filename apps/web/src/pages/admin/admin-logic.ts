/** Pure helpers of the administration pages: sections, organisation flags, territories typed by hand. */

/** The administration's tabs, by the path segment after /administration. */
export const ADMIN_SECTIONS = [
  { id: 'organisations', label: 'Organisations' },
  { id: 'comptes', label: 'Comptes et rattachements' },
  { id: 'cellules', label: 'Cellules TEH' },
  { id: 'regles', label: 'Délais et éloignement' },
  { id: 'files', label: 'Files d’envoi' },
  { id: 'acces-exceptionnels', label: 'Accès exceptionnels' },
] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number]['id'];

/** The section a path segment names; the organisations for anything else. */
export const sectionOf = (segment: string | undefined): AdminSection =>
  ADMIN_SECTIONS.find((s) => s.id === segment)?.id ?? 'organisations';

/** The flags the orientation rules read (API `OrganisationAttributesDto`), in French. */
export const ORGANISATION_FLAGS: Record<string, string> = {
  acseNetwork: 'Membre du réseau Ac.Sé',
  dnaDedicated: 'Places dédiées du DNA',
  pspApproved: 'Association agréée pour le parcours de sortie de la prostitution',
  minorsNetwork: 'Relais du centre sécurisé pour mineurs',
};

/** The flags set on an organisation, as labels ('' when none). */
export function flagLabels(attributes: Record<string, unknown> | undefined): string[] {
  return Object.keys(ORGANISATION_FLAGS).filter((k) => attributes?.[k] === true).map((k) => ORGANISATION_FLAGS[k]);
}

/** Département codes (as the API checks them). */
const TERRITORY_CODE = /^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$/;

/** Territories typed as « 93, 94 » or « 2a 13 »: the codes, and the pieces that are none. */
export function parseTerritories(text: string): { codes: string[]; invalid: string[] } {
  const pieces = text.split(/[\s,;]+/).map((p) => p.trim().toUpperCase()).filter(Boolean);
  const codes = [...new Set(pieces.filter((p) => TERRITORY_CODE.test(p)))];
  return { codes, invalid: pieces.filter((p) => !TERRITORY_CODE.test(p)) };
}

/** Where an organisation acts, in words. */
export const coverage = (o: { national: boolean; territories: string[] }): string =>
  o.national ? 'Compétence nationale' : o.territories.length ? `Départements ${o.territories.join(', ')}` : 'Aucun département';

/** BullMQ queues (libs/notifications, platform outbox relay), in French. */
export const QUEUE_LABELS: Record<string, string> = {
  events: 'Événements à distribuer',
  'notify-email': 'Courriels',
  'notify-webhook': 'Webhooks des partenaires',
  'notify-reminders': 'Rappels d’échéances',
};
export const CHANNEL_LABELS: Record<string, string> = { email: 'Courriel', webhook: 'Webhook' };

/** A count, or a dash when Redis did not answer. */
export const count = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : new Intl.NumberFormat('fr-FR').format(n));

/** The units a deadline rule counts in. */
export const DEADLINE_UNITS: Record<string, string> = { days: 'jours', working_days: 'jours ouvrés', years: 'ans' };

/** « 30 jours, alerte 7 jours avant ». */
export function ruleSummary(r: { amount: number; unit: string; alertBeforeDays: number }): string {
  const unit = DEADLINE_UNITS[r.unit] ?? r.unit;
  const alert = r.alertBeforeDays > 0 ? `alerte ${r.alertBeforeDays} jour${r.alertBeforeDays > 1 ? 's' : ''} avant` : 'sans alerte préalable';
  return `${r.amount} ${r.amount <= 1 ? unit.replace(/s\b/g, '') : unit}, ${alert}`;
}

/** The distancing rule, in words. */
export const distancingLabel = (regions: boolean): string =>
  regions ? 'Hors des départements et des régions d’exploitation et de résidence' : 'Hors des départements d’exploitation et de résidence seulement';
