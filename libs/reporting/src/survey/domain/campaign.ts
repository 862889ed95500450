import type { Moves } from '@mnio/platform';
import { DomainError } from '@mnio/platform';
import { AGE_BANDS, EXPLOITATION_FORMS, SEXES } from '@mnio/cases';
import type { DimCount } from '../../domain/tables';
import { WORLD_REGIONS } from '../../domain/geography';

/** A campaign: open (questionnaires answered) → closed (read-only; its results stay). One per calendar year. */
export type CampaignStatus = 'open' | 'closed';
export const CAMPAIGN_MOVES: Moves<CampaignStatus, 'close'> = { close: { from: ['open'], to: 'closed' } };

/** A questionnaire: draft (corrected by its organisation) → submitted (signed, read-only). */
export type QuestionnaireStatus = 'draft' | 'submitted';
export const QUESTIONNAIRE_MOVES: Moves<QuestionnaireStatus, 'correct' | 'submit'> = {
  correct: { from: ['draft'], to: 'same' },
  submit: { from: ['draft'], to: 'submitted' },
};

/**
 * The kinds of organisation that follow victims and answer the survey: those whose cases count as « accompanied »
 * in the survey (associations, hosts — Ac.Sé network and DNA places —, the minors' centre). Organisations that
 * spot or identify without following (police, préfecture, parquet, ASE, cells…) get no questionnaire.
 */
export const SURVEY_ORGANISATION_KINDS = ['association', 'host', 'minors_centre'] as const;

/** Who signs for the organisation: its coordinator; a host or the minors' centre, which have no coordinator, its host operators. */
export const SURVEY_SIGNER_ROLES: Record<(typeof SURVEY_ORGANISATION_KINDS)[number], readonly string[]> = {
  association: ['coordinator'],
  host: ['coordinator', 'host_operator'],
  minors_centre: ['coordinator', 'host_operator'],
};

/**
 * Why persons were met outside mnio: a code, never free text (a sentence could carry a name). The page shows the
 * French labels (libs/vocabulary, SURVEY_REASONS).
 */
export const CORRECTION_REASONS = ['no_consent', 'anonymous', 'before_mnio', 'outreach', 'other_tool'] as const;
export type CorrectionReason = (typeof CORRECTION_REASONS)[number];

/** A correction: persons met outside mnio on one line of the questionnaire (a survey figure: dimension, row, column). */
export interface Correction {
  dim: string;
  code: string;
  col: string;
  count: number;
  reason: CorrectionReason;
}

/** The lines of the questionnaire that may be corrected: the survey's dimensions with their rows and columns. */
const LINES: Record<string, { codes: readonly string[] | RegExp; cols: readonly string[] }> = {
  summary: { codes: ['spotted', 'accompanied'], cols: ['count'] },
  form: { codes: EXPLOITATION_FORMS, cols: ['spotted', 'accompanied'] },
  sex: { codes: SEXES, cols: ['count'] },
  age_band: { codes: AGE_BANDS, cols: ['count'] },
  minor: { codes: ['minor', 'adult'], cols: ['count'] },
  nationality: { codes: /^([A-Z]{2}|unknown)$/, cols: ['count'] },
  world_region: { codes: WORLD_REGIONS, cols: ['count'] },
  place: { codes: ['france', 'abroad', 'both', 'unknown'], cols: ['count'] },
  complaint: { codes: ['yes', 'no'], cols: ['count'] },
};

export const MAX_CORRECTIONS = 200;
export const MAX_CORRECTION_COUNT = 100_000;

/** Checks corrections (422 `SURVEY_CORRECTION_INVALID`, naming the index only) and merges those of the same line and reason. */
export function validCorrections(input: readonly Correction[]): Correction[] {
  if (input.length > MAX_CORRECTIONS) throw new DomainError('SURVEY_CORRECTION_INVALID', `At most ${MAX_CORRECTIONS} corrections`);
  const merged = new Map<string, Correction>();
  input.forEach((c, i) => {
    const line = LINES[c.dim];
    const codeOk = line && (line.codes instanceof RegExp ? line.codes.test(c.code) : line.codes.includes(c.code));
    if (!line || !codeOk || !line.cols.includes(c.col)) throw new DomainError('SURVEY_CORRECTION_INVALID', 'A correction names no line of the questionnaire', { index: i });
    if (!Number.isInteger(c.count) || c.count < 1 || c.count > MAX_CORRECTION_COUNT) {
      throw new DomainError('SURVEY_CORRECTION_INVALID', 'A correction counts persons: a whole number from 1', { index: i });
    }
    if (!(CORRECTION_REASONS as readonly string[]).includes(c.reason)) throw new DomainError('SURVEY_CORRECTION_INVALID', 'A correction needs a reason from the list', { index: i });
    const key = `${c.dim}|${c.code}|${c.col}|${c.reason}`;
    const prior = merged.get(key);
    merged.set(key, { dim: c.dim, code: c.code, col: c.col, reason: c.reason, count: (prior?.count ?? 0) + c.count });
  });
  return [...merged.values()];
}

/** Counts plus corrections, line by line (a correction adds persons to the figure of its line). */
export function withCorrections(counts: readonly DimCount[], corrections: readonly Correction[]): DimCount[] {
  return [...counts, ...corrections.map((c) => ({ dim: c.dim, code: c.code, col: c.col, n: c.count }))];
}

/** Persons met outside mnio, as the questionnaires say on their « spotted » line. */
export const outsideMnio = (corrections: readonly Correction[]) =>
  corrections.filter((c) => c.dim === 'summary' && c.code === 'spotted').reduce((a, c) => a + c.count, 0);
