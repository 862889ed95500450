import type { ReportTable } from '../domain/tables';

/**
 * The French words of the statistics: the one source. The files use them here; the pages get them with each report
 * (`withLabels`, served in the JSON), so the web keeps no copy.
 */
const FORMS: Record<string, string> = {
  sexual_exploitation: 'Exploitation sexuelle', labour_exploitation: 'Exploitation par le travail', domestic_servitude: 'Servitude domestique',
  forced_begging: 'Mendicité forcée', forced_criminality: 'Contrainte à commettre des délits', organ_removal: 'Prélèvement d’organes',
  forced_marriage: 'Mariage forcé', illegal_adoption: 'Adoption illégale', surrogacy_exploitation: 'Gestation pour autrui forcée', other: 'Autre forme',
};
const AGE: Record<string, string> = {
  '0-12': '0 à 12 ans', '13-14': '13 à 14 ans', '15-17': '15 à 17 ans', '18-24': '18 à 24 ans', '25-34': '25 à 34 ans', '35-44': '35 à 44 ans',
  '45-54': '45 à 54 ans', '55+': '55 ans et plus', unknown: 'Âge inconnu',
};

const TARGETS: Record<string, string> = {
  acse: 'Ac.Sé (hébergement éloigné)', dna: 'Places dédiées DNA', minors_centre: 'Centre sécurisé pour mineurs', uaped: 'UAPED', crp: 'Centre de ressources (CRP)',
  psp: 'Parcours de sortie de la prostitution', prefecture: 'Préfecture', parquet: 'Parquet', general: 'Droit commun',
};

const REFUSALS: Record<string, string> = {
  no_place: 'Pas de place', no_danger: 'Pas de danger établi', no_agreement: 'Pas d’accord de la personne', out_of_scope: 'Hors du champ du dispositif',
  no_legal_basis: 'Pas de fondement juridique', not_competent: 'Non compétent', unfavourable_opinion: 'Avis défavorable', unknown: 'Motif non précisé',
};
export const REGIONS: Record<string, string> = {
  '84': 'Auvergne-Rhône-Alpes', '27': 'Bourgogne-Franche-Comté', '53': 'Bretagne', '24': 'Centre-Val de Loire', '94': 'Corse', '44': 'Grand Est',
  '32': 'Hauts-de-France', '11': 'Île-de-France', '28': 'Normandie', '75': 'Nouvelle-Aquitaine', '76': 'Occitanie', '52': 'Pays de la Loire',
  '93': 'Provence-Alpes-Côte d’Azur', '01': 'Guadeloupe', '02': 'Martinique', '03': 'Guyane', '04': 'La Réunion', '06': 'Mayotte', '975': 'Saint-Pierre-et-Miquelon',
  unknown: 'Région non renseignée',
};

export const STAT_CODE_LABELS: Record<string, Record<string, string>> = {
  activity: {
    followed: 'Situations suivies dans l’année', received: 'Situations reçues', reviewed: 'Situations examinées par la cellule', presumed: 'Victimes présumées',
    formally_identified: 'Identifications formelles',
  },
  decision: {
    review_done: 'Examen de la situation réalisé', orientation_to_request: 'Orientation à demander', referral_parquet: 'Signalement au parquet',
    referral_prefecture: 'Saisine de la préfecture', follow_up: 'Suivi à poursuivre', close: 'Fin du suivi par la cellule',
  },
  refusal: REFUSALS,
  deadline: {
    cell_review: 'Examen par la cellule', orientation_answer: 'Réponse à une orientation', action_due: 'Action décidée par la cellule',
    reflection_period_end: 'Fin du délai de réflexion', permit_expiry: 'Expiration du titre de séjour', parquet_referral: 'Avis au parquet',
    judge_seizure: 'Saisine du juge des enfants', minor_report: 'Signalement à la CRIP ou au parquet', ase_reception: 'Accueil provisoire par l’ASE',
  },
  host_kind: { acse: 'Réseau Ac.Sé', dna: 'Places dédiées DNA', minors_centre: 'Centre sécurisé pour mineurs', other: 'Autre hébergement' },
  region: REGIONS,
  target: TARGETS,
  delay: {
    spotting_to_presumed: 'Du repérage à la victime présumée', request_to_answer: 'De la demande à la réponse', request_to_admission: 'De la demande à l’admission',
  },
  summary: { spotted: 'Victimes repérées', accompanied: 'Victimes accompagnées' },
  campaign_once: {
    files: 'Dossiers comptés par les questionnaires', persons: 'Personnes comptées une fois', accompanied_persons: 'Dont personnes accompagnées',
    several_organisations: 'Personnes suivies par plusieurs organisations', outside_mnio: 'Personnes rencontrées hors mnio (ajoutées, non dédoublonnées)',
    total: 'Total des victimes repérées',
  },
  form: FORMS,
  sex: { female: 'Femme', male: 'Homme', other: 'Autre', unknown: 'Non renseigné', other_unknown: 'Autre ou non renseigné' },
  age_band: AGE,
  age: { child: 'Enfant (moins de 18 ans)', adult: 'Adulte' },
  minor: { minor: 'Personne mineure', adult: 'Personne majeure' },
  unaccompanied: { unaccompanied: 'Mineur non accompagné', with_guardian: 'Mineur avec un parent ou un représentant légal', unknown: 'Non renseigné' },
  world_region: {
    france: 'France', european_union: 'Union européenne (hors France)', europe_other: 'Autre pays d’Europe', north_africa: 'Afrique du Nord',
    sub_saharan_africa: 'Afrique subsaharienne', americas: 'Amériques', middle_east: 'Moyen-Orient', asia: 'Asie', oceania: 'Océanie', unknown: 'Non renseignée',
  },
  place: { france: 'En France', abroad: 'À l’étranger seulement', both: 'En France et à l’étranger', unknown: 'Non renseigné' },
  complaint: { yes: 'Plainte déposée', no: 'Pas de plainte' },
  citizenship: { france: 'France', other_eu: 'Autre pays de l’Union européenne', non_eu: 'Hors Union européenne', unknown: 'Non renseignée' },
  measure: {
    reflection_periods: 'Délais de réflexion accordés', permits_issued: 'Titres de séjour délivrés (L425-1)', permits_renewed: 'Titres de séjour renouvelés (L425-1)',
    minors_placed: 'Personnes mineures placées',
  },
};

export const STAT_COLUMN_LABELS: Record<string, string> = {
  pending: 'En attente', accepted: 'Acceptées', admitted: 'Admissions', refused: 'Refusées', cancelled: 'Annulées',
  orientations: 'Orientations', measured: 'Nombre mesuré', median_days: 'Médiane (jours)', p90_days: '90e centile (jours)',
  due: 'Échéances de la période', overdue: 'Dépassées', occupied: 'Places occupées', reserved: 'Places réservées', free: 'Places libres',
  acse: 'Ac.Sé', dna: 'DNA', minors_centre: 'Centre pour mineurs',
  count: 'Effectif', spotted: 'Repérées', accompanied: 'Accompagnées', formally_identified: 'Identifiées formellement', presumed_victim: 'Victimes présumées',
};

export const STAT_TABLE_TITLES: Record<string, string> = {
  'campaign.once': 'Chaque personne comptée une fois',
  'survey.summary': 'Victimes repérées et accompagnées',
  'survey.by_form': 'Victimes repérées et accompagnées par forme d’exploitation',
  'survey.by_sex': 'Victimes accompagnées par sexe',
  'survey.by_age': 'Victimes accompagnées par tranche d’âge',
  'survey.by_minor': 'Victimes accompagnées : personnes mineures et majeures',
  'survey.by_unaccompanied': 'Personnes mineures accompagnées : mineurs non accompagnés',
  'survey.by_nationality': 'Victimes accompagnées par nationalité (10 premières)',
  'survey.by_world_region': 'Victimes accompagnées par région du monde',
  'survey.by_place': 'Victimes accompagnées par lieu d’exploitation',
  'survey.by_complaint': 'Victimes accompagnées ayant déposé plainte',
  'eu.by_sex': 'Victimes enregistrées par sexe',
  'eu.by_age': 'Victimes enregistrées par âge',
  'eu.by_unaccompanied': 'Victimes enregistrées mineures : mineurs non accompagnés',
  'eu.by_citizenship': 'Victimes enregistrées par nationalité',
  'eu.by_form': 'Victimes enregistrées par forme d’exploitation',
  'eu.measures': 'Délais de réflexion, titres de séjour et placements de l’année',
  'activity.cases': 'Situations de la période',
  'activity.decisions': 'Décisions de la cellule par type',
  'activity.orientations': 'Orientations demandées par destinataire et issue',
  'activity.refusals': 'Orientations refusées par motif',
  'activity.delays': 'Délais (en jours)',
  'activity.deadlines': 'Échéances de la période et échéances dépassées',
  'capacity.requests': 'Demandes d’hébergement par destinataire et issue',
  'capacity.refusals': 'Demandes refusées par motif',
  'capacity.places_by_kind': 'Places déclarées par type d’hébergement, à ce jour (total : places offertes)',
  'capacity.places_by_region': 'Places déclarées par région, à ce jour (total : places offertes)',
  'capacity.waiting': 'Temps d’attente (en jours)',
};

export const STAT_DIMENSION_LABELS: Record<string, string> = {
  summary: 'Victimes', campaign_once: 'Comptage', form: 'Forme d’exploitation', sex: 'Sexe', age_band: 'Tranche d’âge', age: 'Âge', minor: 'Minorité', unaccompanied: 'Mineurs non accompagnés', nationality: 'Nationalité',
  activity: 'Situations', target: 'Destinataire', delay: 'Délai', decision: 'Décision', refusal: 'Motif de refus', deadline: 'Échéance',
  host_kind: 'Type d’hébergement', region: 'Région',
  world_region: 'Région du monde', place: 'Lieu d’exploitation', complaint: 'Plainte', citizenship: 'Nationalité', measure: 'Mesure',
};

const countries = new Intl.DisplayNames(['fr'], { type: 'region' });
export function codeLabel(dim: string, code: string): string {
  if (dim === 'nationality') {
    if (code === 'other') return 'Autres nationalités';
    if (code === 'unknown') return 'Non renseignée';
    try {
      return countries.of(code) ?? code;
    } catch {
      return code;
    }
  }
  return STAT_CODE_LABELS[dim]?.[code] ?? code;
}

/** A table with its French words (title, row dimension, columns, each row), as served to the pages. */
export function withLabels(t: ReportTable): ReportTable {
  return {
    ...t,
    labels: {
      title: STAT_TABLE_TITLES[t.key] ?? t.key,
      dimension: STAT_DIMENSION_LABELS[t.rowDimension] ?? t.rowDimension,
      columns: t.columns.map((c) => STAT_COLUMN_LABELS[c] ?? c),
      rows: t.rows.map((r) => codeLabel(t.rowDimension, r.code)),
    },
  };
}
