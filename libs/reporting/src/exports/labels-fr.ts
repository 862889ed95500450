/** French labels for the exports (the pages use apps/web/src/domain/labels.ts; these mirror them for files). */
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

export const STAT_CODE_LABELS: Record<string, Record<string, string>> = {
  activity: { followed: 'Situations suivies dans l’année', received: 'Situations reçues', presumed: 'Victimes présumées', formally_identified: 'Identifications formelles' },
  target: TARGETS,
  delay: { request_to_answer: 'De la demande à la réponse', request_to_admission: 'De la demande à l’admission' },
  summary: { spotted: 'Victimes repérées', accompanied: 'Victimes accompagnées' },
  form: FORMS,
  sex: { female: 'Femme', male: 'Homme', other: 'Autre', unknown: 'Non renseigné', other_unknown: 'Autre ou non renseigné' },
  age_band: AGE,
  age: { child: 'Enfant (moins de 18 ans)', adult: 'Adulte' },
  minor: { minor: 'Personne mineure', adult: 'Personne majeure' },
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
  orientations: 'Orientations', median_days: 'Médiane (jours)', p90_days: '90e centile (jours)',
  count: 'Effectif', spotted: 'Repérées', accompanied: 'Accompagnées', formally_identified: 'Identifiées formellement', presumed_victim: 'Victimes présumées',
};

export const STAT_TABLE_TITLES: Record<string, string> = {
  'survey.summary': 'Victimes repérées et accompagnées',
  'survey.by_form': 'Victimes repérées et accompagnées par forme d’exploitation',
  'survey.by_sex': 'Victimes accompagnées par sexe',
  'survey.by_age': 'Victimes accompagnées par tranche d’âge',
  'survey.by_minor': 'Victimes accompagnées : personnes mineures et majeures',
  'survey.by_nationality': 'Victimes accompagnées par nationalité (10 premières)',
  'survey.by_world_region': 'Victimes accompagnées par région du monde',
  'survey.by_place': 'Victimes accompagnées par lieu d’exploitation',
  'survey.by_complaint': 'Victimes accompagnées ayant déposé plainte',
  'eu.by_sex': 'Victimes enregistrées par sexe',
  'eu.by_age': 'Victimes enregistrées par âge',
  'eu.by_citizenship': 'Victimes enregistrées par nationalité',
  'eu.by_form': 'Victimes enregistrées par forme d’exploitation',
  'eu.measures': 'Délais de réflexion, titres de séjour et placements de l’année',
  'activity.cases': 'Situations de l’année',
  'activity.orientations': 'Orientations demandées par destinataire et issue',
  'activity.delays': 'Délais des orientations',
};

export const STAT_DIMENSION_LABELS: Record<string, string> = {
  summary: 'Victimes', form: 'Forme d’exploitation', sex: 'Sexe', age_band: 'Tranche d’âge', age: 'Âge', minor: 'Minorité', nationality: 'Nationalité',
  activity: 'Situations', target: 'Destinataire', delay: 'Délai',
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
