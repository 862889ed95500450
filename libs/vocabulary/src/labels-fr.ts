/**
 * French labels of the API's closed vocabularies, the one source for the pages (apps/web/src/domain/labels.ts) and
 * for the documents the server writes in French (the subject-access export). test/e2e/web/contract.e2e-spec.ts
 * checks every code of libs/* has its label here.
 */
export const EXPLOITATION_FORMS: Record<string, string> = {
  sexual_exploitation: 'Exploitation sexuelle',
  labour_exploitation: 'Exploitation par le travail',
  domestic_servitude: 'Servitude domestique',
  forced_begging: 'Mendicité forcée',
  forced_criminality: 'Contrainte à commettre des délits',
  organ_removal: 'Prélèvement d’organes',
  forced_marriage: 'Mariage forcé',
  illegal_adoption: 'Adoption illégale',
  surrogacy_exploitation: 'Gestation pour autrui forcée',
  other: 'Autre forme',
};

export const SEXES: Record<string, string> = { female: 'Femme', male: 'Homme', other: 'Autre', unknown: 'Non renseigné' };

export const EVENT_TYPES: Record<string, string> = { recruitment: 'Recrutement', transit: 'Transit', exploitation: 'Exploitation' };

export const VULNERABILITIES: Record<string, string> = {
  migration: 'Parcours migratoire',
  debt: 'Dette',
  isolation: 'Isolement',
  language: 'Barrière de la langue',
  disability: 'Handicap',
  addiction: 'Addiction',
  homelessness: 'Sans domicile',
  minor: 'Minorité',
  pregnancy: 'Grossesse',
  health: 'Santé',
  family_pressure: 'Pression familiale',
  irregular_stay: 'Séjour irrégulier',
  lgbtqi: 'Personne LGBTQI+',
  other: 'Autre',
};

export const NEEDS: Record<string, string> = {
  accommodation: 'Hébergement',
  secure_accommodation: 'Hébergement sécurisé',
  health: 'Soins',
  psychological_support: 'Soutien psychologique',
  legal_aid: 'Aide juridique',
  interpreting: 'Interprétariat',
  financial_support: 'Aide financière',
  training_employment: 'Formation, emploi',
  child_protection: 'Protection de l’enfance',
  safety: 'Mise en sécurité',
  repatriation: 'Retour volontaire',
  other: 'Autre besoin',
};

export const CONTACT_CHANNELS: Record<string, string> = {
  phone: 'Téléphone',
  email: 'Courriel',
  messaging: 'Messagerie',
  through_association: 'Par l’intermédiaire de l’association',
  none: 'Aucun contact direct',
};

export const AGE_BANDS: Record<string, string> = {
  '0-12': '0 à 12 ans', '13-14': '13 à 14 ans', '15-17': '15 à 17 ans', '18-24': '18 à 24 ans', '25-34': '25 à 34 ans', '35-44': '35 à 44 ans',
  '45-54': '45 à 54 ans', '55+': '55 ans et plus', unknown: 'Âge inconnu',
};

export const INDICATOR_STRENGTHS: Record<string, string> = { strong: 'Fort', medium: 'Moyen', weak: 'Faible' };

export const CONSENT_PURPOSES: Record<string, string> = {
  share_with_cell: 'Partage avec la cellule TEH du CLAV',
  orientation: 'Orientation vers une structure',
  police_contact: 'Contact avec les forces de l’ordre',
  statistics: 'Utilisation statistique anonyme',
};
export const CONSENT_METHODS: Record<string, string> = { oral: 'Accord oral', written: 'Accord écrit', interpreter: 'Accord recueilli avec un interprète' };

export const IDENTIFICATION_STATES: Record<string, string> = {
  spotted: 'Repérée',
  presumed_victim: 'Victime présumée',
  formally_identified: 'Identifiée formellement',
  not_retained: 'Non retenue',
  lost_contact: 'Contact perdu',
};
export const RESIDENCE_STATES: Record<string, string> = {
  none: 'Aucune démarche', rights_informed: 'Informée de ses droits', reflection_period: 'Délai de réflexion', reflection_ended: 'Délai de réflexion terminé',
  complaint_or_testimony: 'Plainte ou témoignage', permit_issued: 'Titre de séjour délivré', permit_refused: 'Titre refusé', ten_year_card: 'Carte de résident',
};
export const CHILD_PROTECTION_STATES: Record<string, string> = {
  none: 'Aucune mesure', ase_reception: 'Accueil provisoire ASE', parquet_informed: 'Parquet avisé', emergency_placement: 'Ordonnance de placement provisoire',
  judge_seized: 'Juge des enfants saisi', placed: 'Placement',
};
export const CRIMINAL_STATES: Record<string, string> = {
  none: 'Aucune procédure', complaint_filed: 'Plainte déposée', proceedings: 'Poursuites', no_further_action: 'Classement sans suite', convicted: 'Condamnation',
};
export const CASE_STATES: Record<string, string> = { active: 'Suivi actif', follow_up: 'Veille', closed: 'Close', closed_referred: 'Close (relais)' };

/** Each recorded step told as a past event, for the timelines (the buttons say the action: domain/track-forms.ts). */
export const TRACK_EVENTS: Record<string, string> = {
  rights_information: 'Information sur les droits donnée', reflection_period_started: 'Délai de réflexion accordé',
  reflection_period_ended_early: 'Délai de réflexion terminé avant son terme', receipt_issued: 'Récépissé délivré',
  complaint_or_testimony: 'Plainte déposée ou témoignage recueilli', permit_issued: 'Titre de séjour L425-1 délivré', permit_renewed: 'Titre de séjour renouvelé',
  permit_refused: 'Titre de séjour refusé', ten_year_card_issued: 'Carte de résident délivrée', removal_order: 'Obligation de quitter le territoire notifiée',
  report_made: 'Signalement transmis (CRIP ou parquet)', ase_provisional_reception: 'Accueil provisoire par l’ASE', parquet_informed: 'Parquet avisé', emergency_placement_order: 'Ordonnance de placement provisoire prise',
  judge_seized: 'Juge des enfants saisi', placement: 'Placement décidé', guardian_appointed: 'Tuteur désigné', ad_hoc_administrator_appointed: 'Administrateur ad hoc désigné',
  complaint_filed: 'Plainte déposée', hearing: 'Audition réalisée', proceedings_opened: 'Poursuites engagées', no_further_action: 'Classement sans suite', conviction: 'Condamnation prononcée',
  follow_up: 'Situation mise en veille', resume: 'Suivi actif repris', close: 'Situation close', close_referred: 'Situation close avec relais', reopen: 'Situation rouverte',
  case_created: 'Situation enregistrée', referred: 'Situation transmise', consent_granted: 'Accord donné', consent_withdrawn: 'Accord refusé ou retiré',
  spotted: 'Contact repris', presumed_victim: 'Reconnue victime présumée', formally_identified: 'Identifiée formellement', not_retained: 'Situation non retenue',
  lost_contact: 'Contact perdu', indicator_added: 'Indicateur ajouté', unaccompanied_minor_set: 'Mineur non accompagné : information mise à jour',
  case_rectified: 'Identité ou faits corrigés',
};

/** « Mineur non accompagné » (MNA): a minor without a parent or legal guardian in France, taken in charge by the ASE. */
/** Where the first contact with the person took place (the API's FIRST_CONTACT_CONTEXTS). */
export const FIRST_CONTACT_CONTEXTS: Record<string, string> = {
  outreach: 'Maraude',
  drop_in: 'Accueil de jour',
  hotline: 'Ligne d’écoute',
  partner_referral: 'Orientation par un partenaire',
  place_of_detention: 'Lieu de privation de liberté',
  other: 'Autre',
};

export const UNACCOMPANIED_MINOR: Record<'yes' | 'no' | '', string> = {
  yes: 'Oui, mineur non accompagné', no: 'Non, avec un parent ou un représentant légal', '': 'Pas encore connu',
};

export const TRACKS: Record<string, string> = {
  case: 'Situation', identification: 'Identification', consent: 'Accords', residence: 'Séjour', child_protection: 'Protection de l’enfance', criminal: 'Pénal',
};

export const CLOSURE_REASONS: Record<string, string> = {
  support_completed: 'Accompagnement terminé', referred_elsewhere: 'Relais vers un autre partenaire', lost_contact: 'Contact perdu', not_a_victim: 'Pas une situation de traite',
  declined_support: 'Accompagnement refusé', deceased: 'Décès', moved_abroad: 'Départ à l’étranger', other: 'Autre motif',
};

export const DEADLINE_KINDS: Record<string, string> = {
  reflection_period_end: 'Fin du délai de réflexion',
  permit_expiry: 'Expiration du titre de séjour',
  parquet_referral: 'Avis au parquet',
  judge_seizure: 'Saisine du juge des enfants',
  cell_review: 'Examen par la cellule',
  orientation_answer: 'Réponse à une orientation',
  action_due: 'Action décidée par la cellule',
  minor_report: 'Signalement à la CRIP ou au parquet',
  ase_reception: 'Accueil provisoire par l’ASE',
};

/** Which tab of the case page shows a deadline. */
export const DEADLINE_TRACK: Record<string, string> = {
  reflection_period_end: 'residence', permit_expiry: 'residence', parquet_referral: 'child_protection', judge_seizure: 'child_protection',
  cell_review: 'identification', orientation_answer: 'orientations', action_due: 'identification',
  minor_report: 'child_protection', ase_reception: 'child_protection',
};

/** A minor's protection checklist (GET /api/cases/:id/minor-protection): each step as the person who must act reads it. */
export const MINOR_PROTECTION_STEPS: Record<string, string> = {
  report: 'Signalement à la CRIP ou au parquet',
  ase_reception: 'Accueil provisoire par l’ASE',
  parquet_informed: 'Parquet avisé dans les 5 jours suivant l’accueil',
  judge_seized: 'Juge des enfants saisi dans les 8 jours suivant l’ordonnance de placement',
  uaped_hearing: 'Audition de l’enfant en UAPED',
};
export const MINOR_PROTECTION_STATES: Record<string, string> = {
  done: 'Fait', due: 'À faire', overdue: 'En retard', to_do: 'À faire', not_applicable_yet: 'Pas encore applicable',
};
/** Why a step is not applicable yet, or has no legal date. */
export const MINOR_PROTECTION_WAITS: Record<string, string> = {
  parquet_informed: 'Après l’accueil provisoire par l’ASE',
  judge_seized: 'Seulement après une ordonnance de placement provisoire',
  uaped_hearing: 'Sur décision du parquet',
};
export const REPORT_SERVICES: Record<string, string> = { crip: 'CRIP (information préoccupante)', parquet: 'Parquet (signalement)' };

export const TARGET_KINDS: Record<string, string> = {
  acse: 'Ac.Sé (hébergement sécurisant et éloigné)',
  dna: 'Places dédiées du DNA',
  minors_centre: 'Centre sécurisé pour mineurs',
  uaped: 'UAPED (audition d’enfant)',
  crp: 'Centre régional de psychotraumatisme',
  psp: 'Parcours de sortie de la prostitution',
  prefecture: 'Préfecture (référent TEH)',
  parquet: 'Parquet (référent TEH)',
  general: 'Dispositif de droit commun',
};

export const GENERAL_CHANNELS: Record<string, string> = { siao_115: '115 / SIAO', chrs: 'CHRS', ase_crip: 'ASE / CRIP', asylum: 'Asile', lawyer: 'Avocat' };
export const PLACE_KINDS: Record<string, string> = { women: 'Place pour une femme', men: 'Place pour un homme', family: 'Place familiale', minors: 'Place pour un mineur' };
export const LEGAL_BASES: Record<string, string> = { opp: 'Ordonnance de placement provisoire', judgment: 'Jugement', administrative_reception: 'Accueil administratif' };
export const ASYLUM_STATUSES: Record<string, string> = { asylum_seeker: 'Demandeuse d’asile', refugee: 'Réfugiée' };

export const REQUEST_REASONS: Record<string, string> = {
  local_danger: 'Danger sur place', secure_accommodation: 'Hébergement sécurisé', accommodation: 'Hébergement', asylum_accommodation: 'Hébergement au titre de l’asile',
  child_protection: 'Protection de l’enfance', hearing: 'Audition', psychotrauma_care: 'Soins du psychotraumatisme', prostitution_exit: 'Sortie de la prostitution',
  residence: 'Droit au séjour', criminal_referral: 'Signalement pénal', legal_aid: 'Aide juridique', other: 'Autre motif',
};

export const ORIENTATION_STATES: Record<string, string> = {
  requested: 'Demandée', assessment: 'Évaluation en cours', searching_place: 'Recherche de place', agreed_in_principle: 'Accord de principe',
  pre_admission_scheduled: 'Pré-admission programmée', transfer_organised: 'Transfert organisé', hosted: 'Hébergée', ended: 'Terminée', refused: 'Refusée',
  cancelled: 'Annulée', accepted: 'Acceptée', admitted: 'Admise', stay: 'Séjour en cours', relay: 'Relais en cours', hearing_scheduled: 'Audition programmée',
  hearing_held: 'Audition réalisée', waiting_list: 'Liste d’attente', in_care: 'Prise en charge', commission_reviewed: 'Avis de la commission rendu',
  authorised: 'Autorisée', acknowledged: 'Prise en compte', done: 'Traitée', proceedings: 'Poursuites', no_further_action: 'Classement sans suite',
};

export const ORIENTATION_ACTIONS: Record<string, string> = {
  request: 'Demande envoyée',
  start_assessment: 'Commencer l’évaluation', search_place: 'Rechercher une place', agree_in_principle: 'Accepter (accord de principe)', release_host: 'Libérer l’hébergeur',
  schedule_pre_admission: 'Programmer la pré-admission', transfer: 'Organiser le transfert', admit: 'Confirmer l’admission', end: 'Terminer',
  refuse: 'Refuser', cancel: 'Annuler la demande', accept: 'Accepter', relay: 'Passer le relais', schedule_hearing: 'Programmer l’audition',
  hold_hearing: 'Audition réalisée', add_to_waiting_list: 'Inscrire en liste d’attente', start_care: 'Débuter la prise en charge',
  commission_opinion: 'Avis de la commission', prefect_decision: 'Décision du préfet', renew: 'Renouveler', decline_renewal: 'Refuser le renouvellement',
  acknowledge: 'Prendre en compte', complete: 'Marquer comme traitée', open_proceedings: 'Engager des poursuites', no_further_action: 'Classer sans suite',
};

/** Who takes a step of an orientation, after "revient" (so with its preposition). */
export const ORIENTATION_PARTIES: Record<string, string> = { requester: 'à la structure qui a demandé l’orientation', target: 'au destinataire', host: 'à la structure d’hébergement' };
/** Each orientation step told as a past event, for the orientation's history (buttons say ORIENTATION_ACTIONS). */
export const ORIENTATION_STEP_EVENTS: Record<string, string> = {
  request: 'Demande envoyée', start_assessment: 'Évaluation commencée', search_place: 'Recherche de place lancée', agree_in_principle: 'Accord de principe donné',
  release_host: 'Hébergeur libéré', schedule_pre_admission: 'Pré-admission programmée', transfer: 'Transfert organisé', admit: 'Admission confirmée', end: 'Prise en charge terminée',
  refuse: 'Demande refusée', cancel: 'Demande annulée', accept: 'Demande acceptée', relay: 'Relais passé', schedule_hearing: 'Audition programmée',
  hold_hearing: 'Audition réalisée', add_to_waiting_list: 'Inscrite en liste d’attente', start_care: 'Prise en charge commencée',
  commission_opinion: 'Avis de la commission rendu', prefect_decision: 'Décision du préfet rendue', renew: 'Autorisation renouvelée', decline_renewal: 'Renouvellement refusé',
  acknowledge: 'Demande prise en compte', complete: 'Demande traitée', open_proceedings: 'Poursuites engagées', no_further_action: 'Classement sans suite',
};

export const STEP_REASONS: Record<string, string> = {
  host_withdrew: 'L’hébergeur s’est retiré', no_agreement: 'Pas d’accord de la personne', not_suitable: 'Hébergement inadapté', mainstream_services: 'Relais vers le droit commun',
  reorientation: 'Réorientation', abandonment: 'Abandon', end_of_stay: 'Fin de séjour', no_danger: 'Pas de danger établi', no_place: 'Pas de place',
  out_of_scope: 'Hors du champ du dispositif', no_longer_needed: 'Plus nécessaire', person_declined: 'La personne a refusé', lost_contact: 'Contact perdu',
  other: 'Autre motif', came_of_age: 'Majorité atteinte', no_legal_basis: 'Pas de fondement juridique', care_completed: 'Soins terminés', favourable: 'Avis favorable',
  unfavourable: 'Avis défavorable', unfavourable_opinion: 'Avis défavorable', completed: 'Parcours terminé', max_duration_reached: 'Durée maximale atteinte',
  not_competent: 'Non compétent', insufficient_evidence: 'Preuves insuffisantes', perpetrator_unidentified: 'Auteur non identifié',
};

export const ORGANISATION_KINDS: Record<string, string> = {
  association: 'Association', prefecture: 'Préfecture', parquet: 'Parquet', police: 'Police nationale', gendarmerie: 'Gendarmerie', labour_inspection: 'Inspection du travail',
  ase: 'Aide sociale à l’enfance', pjj: 'Protection judiciaire de la jeunesse', ofii: 'OFII', acse_coordination: 'Coordination Ac.Sé', host: 'Structure d’hébergement',
  minors_centre: 'Centre sécurisé pour mineurs', uaped: 'UAPED', crp: 'Centre de psychotraumatisme', clav_cell: 'Cellule TEH du CLAV',
  national_coordinator: 'Coordination nationale', platform: 'Plateforme',
};

export const ROLES: Record<string, string> = {
  case_worker: 'Accompagnement social', coordinator: 'Coordination', investigator: 'Enquête', teh_referent: 'Référent ou référente TEH', cell_member: 'Membre de cellule',
  cell_coordinator: 'Coordination de la cellule', host_operator: 'Hébergement', national_analyst: 'Analyse nationale', platform_admin: 'Administration de la plateforme', dpo: 'Protection des données',
};

export const DECISION_TYPES: Record<string, string> = {
  review_done: 'Examen de la situation réalisé', orientation_to_request: 'Orientation à demander', referral_parquet: 'Signalement au parquet',
  referral_prefecture: 'Saisine de la préfecture', follow_up: 'Suivi à poursuivre', close: 'Fin du suivi par la cellule',
};
export const ACTION_STATUSES: Record<string, string> = { open: 'À faire', in_progress: 'En cours', done: 'Réalisée', cancelled: 'Annulée' };
export const ACTION_MOVES: Record<string, string> = { start: 'Commencer', complete: 'Marquer comme réalisée', cancel: 'Annuler' };

export const IDENTITY_READ_REASONS: Record<string, string> = {
  follow_up: 'Suivi de la personne', orientation: 'Orientation', protection: 'Mise en protection', legal_procedure: 'Procédure judiciaire', emergency: 'Urgence', other: 'Autre motif',
};

/** Transfers of follow-up and emergency access (coordination). */
export const TRANSFER_REASONS: Record<string, string> = {
  acse_placement: 'Hébergement Ac.Sé dans un autre département', relocation: 'Déménagement de la personne', safety: 'Mise en sécurité loin des exploitants',
  closer_to_services: 'Rapprochement des services qui l’accompagnent', other: 'Autre motif',
};
export const TRANSFER_REFUSAL_REASONS: Record<string, string> = {
  no_capacity: 'Pas de capacité de suivi', out_of_scope: 'Hors de nos missions', wrong_territory: 'Mauvais département',
  person_not_present: 'Personne absente du département', other: 'Autre motif',
};
export const TRANSFER_STATUSES: Record<string, string> = { requested: 'En attente de réponse', accepted: 'Accepté', refused: 'Refusé', cancelled: 'Annulé' };
/** The journal of who read what (also the access journal's CSV, libs/privacy). */
export const ACCESS_JOURNAL_KINDS: Record<string, string> = { identity_read: 'Lecture de l’identité', break_glass: 'Accès d’urgence', export: 'Export' };
export const ACCESS_JOURNAL_ACTIONS: Record<string, string> = {
  'case.identity_read': 'Lecture de l’identité', 'case.break_glass': 'Accès d’urgence (bris de glace)', 'statistics.exported': 'Export de statistiques',
  'cell.minutes_exported': 'Export du compte rendu de cellule', 'subject_access.requested': 'Demande de droit d’accès', 'subject_access.downloaded': 'Téléchargement du droit d’accès',
  'case.attachment_downloaded': 'Téléchargement d’une pièce jointe',
};
export const BREAK_GLASS_REASONS: Record<string, string> = {
  imminent_danger: 'Danger imminent pour la personne', child_in_danger: 'Enfant en danger', judicial_emergency: 'Urgence judiciaire',
  missing_person: 'Disparition inquiétante', other: 'Autre urgence',
};

export const DUPLICATE_LINK_STATUSES: Record<string, string> = { requested: 'Demandé', accepted: 'Accepté', refused: 'Refusé' };

/** Why a case is erased before its rule's time (issue 16, RGPD article 17). */
export const ERASURE_REASONS: Record<string, string> = {
  person_request: 'Demande d’effacement de la personne',
  consent_withdrawn: 'Retrait de son consentement',
  objection: 'Opposition de la personne au traitement',
  unlawful_processing: 'Données traitées sans base légale',
  legal_obligation: 'Obligation légale d’effacement',
};
/** The retention rules (libs/privacy), by kind of data. */
export const RETENTION_RULE_KINDS: Record<string, string> = {
  case_closed: 'Situation close : identité, récit et textes libres',
  case_closed_referred: 'Situation close avec relais : identité, récit et textes libres',
  notifications: 'Notifications et éléments de la boîte de réception',
  auth_sessions: 'Sessions de connexion',
  login_throttle: 'Limitation des tentatives de connexion',
  notification_deliveries: 'Journal des envois (courriels, webhooks)',
  break_glass_uses: 'Accès exceptionnels (après la période d’audit)',
  case_rectifications: 'Valeurs remplacées par une rectification (après la période d’audit)',
};
export const RETENTION_UNITS: Record<string, string> = { days: 'jours', years: 'ans' };
/** Why a case the rules reach is kept: a legal hold. */
export const LEGAL_HOLDS: Record<string, string> = {
  criminal_proceedings: 'Procédure pénale en cours',
  minor_protection: 'Mesure de protection d’un mineur en cours',
};
export const RETENTION_RUN_STATUSES: Record<string, string> = { queued: 'En attente', running: 'En cours', done: 'Terminé', failed: 'En échec' };

/** The label of a code, or the code itself when a newer API sent one this client does not know yet. */
export const label = (table: Record<string, string>, code: string | null | undefined): string => (code ? (table[code] ?? code) : '—');

/** A cell action's title, or what it became: the API sends '' once the case was anonymised (issue 16). */
export const actionTitle = (title: string | null | undefined): string => title || 'Intitulé effacé';

export const frDate = (iso: string | null | undefined): string => {
  if (!iso) return '—';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(d);
};

export const frDateTime = (iso: string): string =>
  new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' }).format(new Date(iso));

const countryNames = new Intl.DisplayNames(['fr'], { type: 'region' });
export const countryName = (code: string | null | undefined): string => {
  if (!code) return '—';
  try {
    return countryNames.of(code) ?? code;
  } catch {
    return code;
  }
};

/** ISO 3166-1 alpha-2 codes offered in the forms (the API checks the code itself). */
export const COUNTRY_CODES = (
  'AF AL DZ AO AR AM AU AT AZ BD BY BE BJ BO BA BR BG BF BI KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DO EC EG SV GQ ER EE ET FI FR GA GM GE DE GH GR GT GN GW HT HN HU IN ID IR IQ IE IL IT JM JP JO KZ KE XK KW KG LA LV LB LR LY LT LU MK MG MW MY ML MT MR MU MX MD MN ME MA MZ MM NA NP NL NZ NI NE NG KP NO OM PK PS PA PY PE PH PL PT QA RO RU RW SA SN RS SL SK SI SO ZA KR SS ES LK SD SR SE CH SY TW TJ TZ TH TG TN TR TM UG UA AE GB US UY UZ VE VN YE ZM ZW'
).split(' ');

/** Statistics (libs/reporting): reports, tables, columns, and the codes of their rows. */
export const STAT_REPORTS: Record<string, string> = {
  survey: 'Enquête annuelle', eu: 'Tableaux UE / GRETA', activity: 'Activité et orientations', capacity: 'Capacité d’hébergement',
};
// The tables' own words (titles, columns, rows) come with each report from the API (libs/reporting/src/exports/labels-fr.ts):
// the statistics' labels have one source. The regions of the filters are the directory's (GET /api/territories).

/** Why persons were met outside mnio (the annual survey's corrections): codes of libs/reporting CORRECTION_REASONS. */
export const SURVEY_REASONS: Record<string, string> = {
  no_consent: 'La personne n’a pas consenti à l’enregistrement de sa situation',
  anonymous: 'Accompagnement anonyme, sans dossier',
  before_mnio: 'Suivie avant l’utilisation de mnio, dossier non repris',
  outreach: 'Rencontrée en maraude ou en permanence, sans suivi ouvert',
  other_tool: 'Suivie dans un autre outil (dossier papier, logiciel interne)',
};
/** States of a survey campaign and of a questionnaire. */
export const SURVEY_CAMPAIGN_STATUSES: Record<string, string> = { open: 'Ouverte', closed: 'Close' };
export const SURVEY_QUESTIONNAIRE_STATUSES: Record<string, string> = { draft: 'En attente de signature', submitted: 'Signé et envoyé' };

/** Key rotation (issue 16 §3): the three key rings, a key's state, a rotation's phase. */
export const KEY_KINDS: Record<string, string> = {
  field: 'Chiffrement des données',
  blind_index: 'Index de détection des doublons',
  jwt: 'Signature des jetons de connexion',
};
export const KEY_STATUSES: Record<string, string> = {
  current: 'En service',
  previous: 'Ancienne, encore lisible',
  draining: 'Ancienne, en cours de retrait',
  retired: 'Retirée',
};
export const KEY_ROTATION_PHASES: Record<string, string> = {
  reencrypt: 'Rechiffrement des données',
  add: 'Calcul des nouveaux index',
  settle: 'Attente de tous les serveurs',
  add_again: 'Calcul des index des derniers dossiers',
  delete: 'Suppression des anciens index',
  switched: 'Bascule immédiate',
};
/** Place kinds as table columns (place board, host declaration). */
export const PLACE_KIND_COLUMNS: Record<string, string> = { women: 'Femmes', men: 'Hommes', family: 'Familles', minors: 'Mineurs' };
/** Why the place board greys out a host for the orientation at hand (libs/orientations PlaceBoardHost.excludedBecause). */
export const PLACE_BOARD_EXCLUSIONS: Record<string, string> = {
  departement: 'Trop proche : département d’exploitation ou de résidence',
  region: 'Trop proche : région d’exploitation ou de résidence',
  national: 'Structure nationale : éloignement non vérifiable',
  no_free_place: 'Aucune place libre de ce type',
};
/** Who reads a host's secret address besides the host itself (GET /api/hosts/{id}/capacity locationReaders). */
export const LOCATION_READERS: Record<string, string> = {
  host: 'les personnes de votre structure (opérateurs d’hébergement, coordinateurs, travailleurs sociaux)',
  acse_coordination: 'la coordination nationale Ac.Sé (coordinateurs et travailleurs sociaux)',
  minors_centre: 'le centre sécurisé pour mineurs (opérateurs d’hébergement et coordinateurs)',
};
