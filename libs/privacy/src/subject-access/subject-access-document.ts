import type { CaseSubjectAccessData } from '@mnio/cases';
import * as L from '@mnio/vocabulary';

/** One section of the export: a list of labelled values, or a table. The JSON is this model; the PDF renders it. */
export interface ExportSection {
  key: string;
  title: string;
  /** A sentence under the title (what the section holds, or that it is empty). */
  intro?: string;
  rows?: [string, string][];
  table?: { headers: string[]; rows: string[][] };
}

export interface SubjectAccessDocument {
  title: string;
  caseReference: string;
  generatedAt: string;
  /** « le 6 décembre 2026 à 22:30 » */
  generatedOn: string;
  notice: string[];
  sections: ExportSection[];
}

export interface ExportOrganisation {
  name: string;
  kind: string;
}

export interface ExportOrientation {
  targetKind: string;
  state: string;
  targetOrganisationId: string | null;
  updatedOn: string;
}

export interface ExportNotification {
  at: string;
  title: string;
  organisationIds: string[];
  recipients: number;
}

export interface ExportRead {
  at: string;
  kind: 'identity_read' | 'break_glass';
  organisationId: string | null;
  /** The role the reader holds in that organisation (null when no longer known). */
  role: string | null;
  reason: string | null;
}

export interface ExportMaterial {
  data: CaseSubjectAccessData;
  orientations: ExportOrientation[];
  notifications: ExportNotification[];
  reads: ExportRead[];
  organisations: Map<string, ExportOrganisation>;
  generatedAt: Date;
}

/** French names of the fields a correction may change. */
export const FIELD_LABELS: Record<string, string> = {
  lastName: 'Nom', firstNames: 'Prénoms', aliases: 'Autres noms utilisés', birthDate: 'Date de naissance', estimatedAge: 'Âge estimé', ageUncertain: 'Âge incertain',
  sex: 'Sexe', nationality: 'Nationalité', languages: 'Langues parlées', interpreterNeeded: 'Besoin d’un interprète', contact: 'Moyen de contact',
  exploitationForms: 'Formes d’exploitation', events: 'Lieux et périodes', vulnerabilities: 'Vulnérabilités', needs: 'Besoins', localDanger: 'Danger sur place',
  dangerNotes: 'Précisions sur le danger', narrative: 'Récit',
};

const STATE_TABLES: Record<string, Record<string, string>> = {
  identification: L.IDENTIFICATION_STATES, residence: L.RESIDENCE_STATES, childProtection: L.CHILD_PROTECTION_STATES, criminal: L.CRIMINAL_STATES, case: L.CASE_STATES,
};
const TRACK_TITLES: Record<string, string> = {
  identification: 'Identification', residence: 'Droit au séjour', childProtection: 'Protection de l’enfance', criminal: 'Procédure pénale', case: 'Suivi de la situation',
};

/** « 1er décembre », not « 1 décembre ». */
const first = (s: string) => s.replace(/^1 /, '1er ');
const yesNo = (v: boolean | null | undefined) => (v === true ? 'Oui' : v === false ? 'Non' : 'Non renseigné');
const list = (codes: string[] | undefined, table: Record<string, string>) => (codes?.length ? codes.map((c) => L.label(table, c)).join(', ') : 'Aucun');
const fr = (s: string | null | undefined) => s ?? 'Non renseigné';
const period = (from?: string, to?: string) => (from && to ? `de ${monthOrDay(from)} à ${monthOrDay(to)}` : from ? `depuis ${monthOrDay(from)}` : to ? `jusqu’à ${monthOrDay(to)}` : 'période non précisée');
function monthOrDay(v: string): string {
  if (v.length === 7) return new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date(`${v}-15T12:00:00Z`));
  return L.frDate(v);
}
const languageNames = new Intl.DisplayNames(['fr'], { type: 'language' });
const language = (code: string) => {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
};

/** A value a correction replaced, told in French. */
function previousValue(field: string, v: unknown): string {
  if (v === null || v === undefined || (Array.isArray(v) && !v.length)) return 'vide';
  switch (field) {
    case 'birthDate': return first(L.frDate(String(v)));
    case 'sex': return L.label(L.SEXES, String(v));
    case 'nationality': return L.countryName(String(v));
    case 'languages': return (v as string[]).map(language).join(', ');
    case 'exploitationForms': return list(v as string[], L.EXPLOITATION_FORMS);
    case 'vulnerabilities': return list(v as string[], L.VULNERABILITIES);
    case 'needs': return list(v as string[], L.NEEDS);
    case 'ageUncertain': case 'interpreterNeeded': case 'localDanger': return yesNo(v as boolean);
    case 'contact': return contactText(v as { phone?: string; email?: string; channel?: string; safeToContact?: boolean });
    case 'events': return (v as { type: string; country: string; territory?: string; from?: string; to?: string }[]).map(eventText).join(' ; ');
    default: return Array.isArray(v) ? v.join(', ') : String(v);
  }
}
function contactText(c: { phone?: string; email?: string; channel?: string; safeToContact?: boolean } | undefined): string {
  if (!c) return 'Aucun';
  const parts = [c.phone && `téléphone ${c.phone}`, c.email && `courriel ${c.email}`, c.channel && L.label(L.CONTACT_CHANNELS, c.channel)].filter(Boolean);
  return `${parts.join(', ') || 'aucun moyen noté'} (${c.safeToContact ? 'contact sans danger' : 'contacter avec prudence'})`;
}
function eventText(e: { type: string; country: string; territory?: string; from?: string; to?: string }): string {
  return `${L.label(L.EVENT_TYPES, e.type)} : ${L.countryName(e.country)}${e.territory ? ` (département ${e.territory})` : ''}, ${period(e.from, e.to)}`;
}

/**
 * Builds the person's export, in French, from what each context gave: every section the right of access covers
 * (identity, the situation's facts, tracks and their history, indicators, consents, orientations, deadlines,
 * corrections, notifications that named the case, and who read her identity). Organisations by name; readers by
 * organisation and role, never by a worker's name; no address of any place.
 */
const ATTACHMENT_KIND_LABELS: Record<string, string> = { recepisse: 'Récépissé', medical_certificate: 'Certificat médical', decision: 'Décision', other: 'Autre document' };
const ATTACHMENT_FORMATS: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'Image JPEG', 'image/png': 'Image PNG' };

export function buildSubjectAccessDocument(m: ExportMaterial): SubjectAccessDocument {
  const d = m.data;
  const org = (id: string | null | undefined) => (id ? (m.organisations.get(id)?.name ?? 'Structure non connue') : '—');
  const id = d.identity;
  const when = (iso: string) => first(L.frDateTime(iso));
  const day = (iso: string) => first(L.frDate(iso));
  const sections: ExportSection[] = [];
  const table = (key: string, title: string, headers: string[], rows: string[][], empty: string, intro?: string) =>
    sections.push({ key, title, intro: rows.length ? intro : empty, table: { headers, rows } });

  sections.push({
    key: 'identity', title: 'Identité',
    rows: [
      ['Nom', fr(id.lastName)], ['Prénoms', id.firstNames?.join(' ') || 'Non renseigné'], ['Autres noms utilisés', id.aliases?.join(', ') || 'Aucun'],
      ['Date de naissance', id.birthDate ? day(id.birthDate) : 'Non renseignée'], ['Âge estimé', id.estimatedAge !== undefined ? `${id.estimatedAge} ans` : 'Non renseigné'],
      ['Âge incertain', yesNo(!!id.ageUncertain)], ['Sexe', L.label(L.SEXES, id.sex)], ['Nationalité', id.nationality ? L.countryName(id.nationality) : 'Non renseignée'],
      ['Langues parlées', id.languages?.length ? id.languages.map(language).join(', ') : 'Non renseignées'], ['Besoin d’un interprète', yesNo(!!id.interpreterNeeded)],
      ['Moyen de contact', contactText(id.contact)],
    ],
  });
  sections.push({
    key: 'facts', title: 'Situation',
    rows: [
      ['Référence du dossier', d.reference], ['Département', d.territory], ['Structure qui suit la situation', org(d.ownerOrganisationId)],
      ['Enregistrée le', when(d.createdAt)], ['Dernière modification', when(d.updatedAt)],
      ['Formes d’exploitation', list(d.facts.exploitationForms, L.EXPLOITATION_FORMS)],
      ['Lieux et périodes', d.facts.events.length ? d.facts.events.map(eventText).join(' ; ') : 'Aucun'],
      ['Vulnérabilités', list(d.facts.vulnerabilities, L.VULNERABILITIES)], ['Besoins', list(d.facts.needs, L.NEEDS)],
      ['Danger sur place', yesNo(d.danger.localDanger)], ['Précisions sur le danger', d.danger.notes ?? 'Aucune'], ['Récit', d.narrative ?? 'Aucun'],
      ['Tranche d’âge', L.label(L.AGE_BANDS, d.facts.ageBand)], ['Mineure ou présumée mineure', yesNo(d.facts.minor)],
      ...(d.facts.minor ? ([['Mineur non accompagné', yesNo(d.facts.unaccompaniedMinor)]] as [string, string][]) : []),
    ],
  });
  sections.push({
    key: 'tracks', title: 'Parcours',
    rows: [
      ...Object.entries(d.statuses).map(([track, state]): [string, string] => [TRACK_TITLES[track] ?? track, L.label(STATE_TABLES[track] ?? {}, state)]),
      ...(d.closureReason ? ([['Motif de clôture', L.label(L.CLOSURE_REASONS, d.closureReason)]] as [string, string][]) : []),
    ],
  });
  const detail = (data: Record<string, unknown>): string => {
    const out: string[] = [];
    if (Array.isArray(data.fields)) out.push(`Champs corrigés : ${(data.fields as string[]).map((f) => FIELD_LABELS[f] ?? f).join(', ')}`);
    if (typeof data.purpose === 'string') out.push(L.label(L.CONSENT_PURPOSES, data.purpose));
    for (const k of ['organisationId', 'targetOrganisationId']) if (typeof data[k] === 'string') out.push(org(data[k] as string));
    if (typeof data.to === 'string' && L.IDENTIFICATION_STATES[data.to]) out.push(L.IDENTIFICATION_STATES[data.to]);
    return out.join(' — ');
  };
  table('history', 'Historique du suivi', ['Date', 'Parcours', 'Événement', 'Structure', 'Précisions', 'Note'],
    d.history.map((h) => [day(h.occurredOn), L.label(L.TRACKS, h.track), L.label(L.TRACK_EVENTS, h.type), org(h.organisationId), detail(h.data), h.note ?? '']),
    'Aucun événement enregistré.', 'Chaque fait enregistré, du plus ancien au plus récent.');
  table('indicators', 'Indicateurs relevés', ['Observé le', 'Dimension', 'Indicateur', 'Force', 'Structure', 'Note'],
    d.indicators.map((i) => [day(i.observedAt), L.dimensionLabel(i.dimension), L.indicatorLabel(i.dimension, i.indicator), L.label(L.INDICATOR_STRENGTHS, i.strength), org(i.organisationId), i.note ?? '']),
    'Aucun indicateur relevé.');
  table('consents', 'Accords donnés ou refusés', ['Date', 'Objet', 'Destinataire', 'Réponse', 'Forme', 'Recueilli par'],
    d.consents.map((k) => [when(k.recordedAt), L.label(L.CONSENT_PURPOSES, k.purpose), k.targetOrganisationId ? org(k.targetOrganisationId) : '—', k.granted ? 'Accord' : 'Refus ou retrait',
      L.label(L.CONSENT_METHODS, k.method), org(k.organisationId)]),
    'Aucun accord enregistré.', 'Une réponse plus récente remplace la précédente pour le même objet.');
  table('orientations', 'Orientations', ['Dispositif', 'Structure', 'État', 'Mise à jour'],
    m.orientations.map((o) => [L.label(L.TARGET_KINDS, o.targetKind), o.targetOrganisationId ? org(o.targetOrganisationId) : 'À désigner', L.label(L.ORIENTATION_STATES, o.state), day(o.updatedOn)]),
    'Aucune orientation demandée.', 'Les adresses des lieux d’hébergement ne figurent jamais dans ce document.');
  table('deadlines', 'Échéances', ['Échéance', 'Pour le', 'Structure responsable', 'État'],
    d.deadlines.map((x) => [L.label(L.DEADLINE_KINDS, x.kind), day(x.dueOn), org(x.responsibleOrganisationId), x.closedAt ? `Close le ${day(x.closedAt)}` : 'En cours']),
    'Aucune échéance.');
  table('rectifications', 'Corrections après l’enregistrement', ['Date', 'Champs corrigés', 'Structure', 'Valeurs remplacées'],
    d.rectifications.map((r) => [when(r.at), r.fields.map((f) => FIELD_LABELS[f] ?? f).join(', '), org(r.organisationId),
      r.previous ? Object.entries({ ...r.previous.identity, ...r.previous.facts }).map(([f, v]) => `${FIELD_LABELS[f] ?? f} : ${previousValue(f, v)}`).join(' ; ') : 'Effacées (durée de conservation écoulée)']),
    'Aucune correction.');
  table('attachments', 'Pièces jointes', ['Ajoutée le', 'Document', 'Date du document', 'Nom du fichier', 'Format', 'Taille', 'Structure'],
    (d.attachments ?? []).map((x) => [when(x.addedAt), ATTACHMENT_KIND_LABELS[x.kind] ?? x.kind, day(x.documentDate), x.name ?? 'Effacé', ATTACHMENT_FORMATS[x.mediaType] ?? x.mediaType,
      `${Math.max(1, Math.round(x.sizeBytes / 1024))} Ko`, org(x.organisationId)]),
    'Aucune pièce jointe.', 'Le contenu des pièces jointes peut vous être remis par la structure qui vous accompagne.');
  table('journal', 'Journal de suivi', ['Date', 'Structure', 'Note', 'Lue aussi par'],
    d.journal.map((n) => [day(n.occurredOn), org(n.organisationId), (n.text ?? 'Effacée') + n.replacedTexts.map((t) => ` (texte remplacé lors d’une correction : « ${t} »)`).join(''), n.sharedWith.length ? n.sharedWith.map(org).join(', ') : 'La structure qui vous accompagne seulement']),
    'Aucune note au journal de suivi.', 'Les notes datées de la structure qui vous accompagne, et les structures qu’elle a choisies pour les lire.');
  table('notifications', 'Notifications qui ont nommé la situation', ['Date', 'Notification', 'Structures informées', 'Personnes informées'],
    m.notifications.map((n) => [when(n.at), n.title, n.organisationIds.map(org).join(', '), String(n.recipients)]),
    'Aucune notification.', 'Les notifications ne contiennent jamais le nom de la personne : seulement la référence du dossier.');
  table('identity_reads', 'Consultations de l’identité', ['Date', 'Structure', 'Rôle', 'Accès', 'Motif'],
    m.reads.map((r) => [when(r.at), org(r.organisationId), r.role ? L.label(L.ROLES, r.role) : 'Rôle non connu', r.kind === 'break_glass' ? 'Accès d’urgence' : 'Consultation',
      r.kind === 'break_glass' ? L.label(L.BREAK_GLASS_REASONS, r.reason) : L.label(L.IDENTITY_READ_REASONS, r.reason)]),
    'Personne n’a consulté l’identité.', 'Chaque consultation de l’identité est inscrite au journal d’audit : structure, rôle, date et motif.');

  return {
    title: 'Vos données enregistrées dans mnio',
    caseReference: d.reference,
    generatedAt: m.generatedAt.toISOString(),
    generatedOn: when(m.generatedAt.toISOString()),
    notice: [
      'Ce document rassemble toutes les informations que mnio détient sur vous, au titre de votre droit d’accès (article 15 du règlement général sur la protection des données).',
      'Vous pouvez demander la correction d’une information inexacte (article 16) à la structure qui vous accompagne ou à son délégué à la protection des données.',
      'Ce document est confidentiel : conservez-le en lieu sûr.',
    ],
    sections,
  };
}
