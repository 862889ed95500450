import type { HistoryEntry } from '../api/views';
import { dimensionLabel } from './indicators';
import { CLOSURE_REASONS, frDate, INDICATOR_STRENGTHS, label, ORGANISATION_KINDS, TRACK_EVENTS } from './labels';
import { organisationLabel } from './masked-organisation';
import { factTable, languageName } from './track-forms';

const CONSENT_OBJECTS: Record<string, string> = {
  share_with_cell: 'le partage avec la cellule', police_contact: 'le contact avec les forces de l’ordre', statistics: 'l’usage statistique anonyme',
};

/**
 * A timeline entry in words: what happened (« Délai de réflexion accordé », « Accord pour le partage avec la cellule
 * donné ») and the facts that are not personal (dates, service, language, reason). `earlier` are the entries before
 * it, to tell a withdrawn consent from a refused one.
 */
export function describeEntry(e: HistoryEntry, orgName: (id: string | null | undefined) => string, earlier: HistoryEntry[] = []): { title: string; facts: string[] } {
  const d = e.data as Record<string, string | boolean | null | undefined>;
  if (e.track === 'consent') {
    const target = typeof d.targetOrganisationId === 'string' ? d.targetOrganisationId : null;
    const targetKind = typeof d.targetOrganisationKind === 'string' ? d.targetOrganisationKind : null;
    const object = d.purpose === 'orientation' ? `l’orientation vers ${organisationLabel(orgName, target, targetKind)}` : (CONSENT_OBJECTS[String(d.purpose)] ?? String(d.purpose));
    const same = (x: HistoryEntry) => x.track === 'consent' && x.data.purpose === d.purpose && (x.data.targetOrganisationId ?? null) === target
      && (target !== null || (x.data.targetOrganisationKind ?? null) === targetKind);
    const wasGranted = earlier.filter(same).at(-1)?.type === 'consent_granted';
    const verb = e.type === 'consent_granted' ? 'donné' : wasGranted ? 'retiré' : 'refusé';
    return { title: `Accord pour ${object} ${verb}`, facts: [] };
  }
  const facts: string[] = [];
  if (e.type === 'referred') return { title: `Situation transmise : ${organisationLabel(orgName, typeof d.organisationId === 'string' ? d.organisationId : null, typeof d.organisationKind === 'string' ? d.organisationKind : String(d.kind ?? ''))}`, facts: d.kind ? [label(ORGANISATION_KINDS, String(d.kind))] : [] };
  if (e.type === 'indicator_added') {
    return { title: TRACK_EVENTS.indicator_added, facts: [`${dimensionLabel(String(d.dimension))} : indicateur ${label(INDICATOR_STRENGTHS, String(d.strength)).toLowerCase()}`] };
  }
  if (e.type === 'case_created' && d.minor) facts.push('Personne mineure');
  if (e.type === 'unaccompanied_minor_set') facts.push(d.unaccompaniedMinor === true ? 'Mineur non accompagné' : d.unaccompaniedMinor === false ? 'Avec un parent ou un représentant légal' : 'Pas encore connu');
  if (typeof d.service === 'string') facts.push(`Service : ${label(factTable('service', e.type), d.service)}`);
  if (typeof d.language === 'string') facts.push(`Langue : ${languageName(d.language)}`);
  if (typeof d.interpreter === 'boolean') facts.push(d.interpreter ? 'Avec interprète' : 'Sans interprète');
  if (typeof d.hearingType === 'string') facts.push(label(factTable('hearingType', e.type), d.hearingType));
  if (typeof d.legalBasis === 'string') facts.push(`Fondement : ${label(factTable('legalBasis', e.type), d.legalBasis)}`);
  if (typeof d.reasonCode === 'string') facts.push(`Motif : ${label(factTable('reasonCode', e.type), d.reasonCode)}`);
  if (typeof d.closureReason === 'string') facts.push(`Motif : ${label(CLOSURE_REASONS, d.closureReason)}`);
  if (typeof d.expiresOn === 'string') facts.push(`Valable jusqu’au ${frDate(d.expiresOn)}`);
  return { title: label(TRACK_EVENTS, e.type), facts };
}
