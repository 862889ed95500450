/** Closed vocabularies of the coordination context, with the French labels printed in minutes. */
export const DECISION_TYPES = ['review_done', 'orientation_to_request', 'referral_parquet', 'referral_prefecture', 'follow_up', 'close'] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

export const DECISION_LABELS: Record<DecisionType, string> = {
  review_done: 'Examen de la situation réalisé',
  orientation_to_request: 'Orientation à demander',
  referral_parquet: 'Signalement au parquet',
  referral_prefecture: 'Saisine de la préfecture',
  follow_up: 'Suivi à poursuivre',
  close: 'Fin du suivi par la cellule',
};

export const ACTION_STATUS_LABELS: Record<string, string> = {
  open: 'À faire',
  in_progress: 'En cours',
  done: 'Réalisée',
  cancelled: 'Annulée',
};

/** Why a case follows the person to another territory. */
export const TRANSFER_REASONS = ['acse_placement', 'relocation', 'safety', 'closer_to_services', 'other'] as const;
/** Why the receiving side refuses. */
export const TRANSFER_REFUSAL_REASONS = ['no_capacity', 'out_of_scope', 'wrong_territory', 'person_not_present', 'other'] as const;

/** Why someone opens a case outside their scope. */
export const BREAK_GLASS_REASONS = ['imminent_danger', 'child_in_danger', 'judicial_emergency', 'missing_person', 'other'] as const;
export type BreakGlassReason = (typeof BREAK_GLASS_REASONS)[number];

/** Organisation kinds that can own (keep) a case: those whose workers record situations. */
export const OWNER_KINDS = ['association', 'ase', 'police', 'gendarmerie', 'labour_inspection', 'ofii'];
