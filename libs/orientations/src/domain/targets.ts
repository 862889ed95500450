/** Orientation targets, the organisations that may receive them, and the closed vocabularies around them. */
export const TARGET_KINDS = ['acse', 'dna', 'minors_centre', 'uaped', 'crp', 'psp', 'prefecture', 'parquet', 'general'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** General channels: 115/SIAO, CHRS, ASE/CRIP, asylum (OFII or an association), lawyer (through an association or the bar's service). */
export const GENERAL_CHANNELS = ['siao_115', 'chrs', 'ase_crip', 'asylum', 'lawyer'] as const;
export type GeneralChannel = (typeof GENERAL_CHANNELS)[number];

export const PLACE_KINDS = ['women', 'men', 'family', 'minors'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const LEGAL_BASES = ['opp', 'judgment', 'administrative_reception'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const ASYLUM_STATUSES = ['asylum_seeker', 'refugee'] as const;
export type AsylumStatus = (typeof ASYLUM_STATUSES)[number];

/** Why an orientation is asked: a code for statistics; details go in the (encrypted) note. */
export const REQUEST_REASONS = [
  'local_danger', 'secure_accommodation', 'accommodation', 'asylum_accommodation', 'child_protection', 'hearing', 'psychotrauma_care',
  'prostitution_exit', 'residence', 'criminal_referral', 'legal_aid', 'other',
] as const;
export type RequestReason = (typeof REQUEST_REASONS)[number];

/** Organisations that host people: they declare places and keep a secret location. */
export const HOST_KINDS = ['host', 'minors_centre'] as const;

export interface TargetOrganisation {
  id: string;
  kind: string;
  national: boolean;
  territories: string[];
  attributes: Record<string, unknown>;
}

const flag = (o: TargetOrganisation, name: string) => o.attributes[name] === true;

/** The organisation kinds that receive each target kind (`general`: its channel's, below). */
export const TARGET_ORGANISATION_KINDS: Record<Exclude<TargetKind, 'general'>, readonly string[]> = {
  acse: ['acse_coordination'],
  dna: ['host'],
  minors_centre: ['minors_centre'],
  uaped: ['uaped'],
  crp: ['crp'],
  psp: ['prefecture'],
  prefecture: ['prefecture'],
  parquet: ['parquet'],
};

/** The organisation kinds that may receive an orientation of a kind (and channel); a DNA host must also be flagged `dnaDedicated`. */
export function targetOrganisationKinds(kind: TargetKind, channel?: GeneralChannel): readonly string[] {
  if (kind === 'general') return channel !== undefined ? CHANNEL_KINDS[channel] : [];
  return TARGET_ORGANISATION_KINDS[kind];
}

/** Which organisation may receive an orientation of a kind (and channel). */
export function isValidTarget(kind: TargetKind, org: TargetOrganisation, channel?: GeneralChannel): boolean {
  return targetOrganisationKinds(kind, channel).includes(org.kind) && (kind !== 'dna' || flag(org, 'dnaDedicated'));
}

export const CHANNEL_KINDS: Record<GeneralChannel, readonly string[]> = {
  siao_115: ['association', 'host'],
  chrs: ['host', 'association'],
  ase_crip: ['ase'],
  asylum: ['ofii', 'association'],
  lawyer: ['association'],
};

/** Targets whose competence is territorial: they must cover the case's département. */
export const TERRITORIAL_TARGETS: readonly TargetKind[] = ['psp', 'prefecture', 'parquet'];

/** Place kinds each hosting target offers; the first is the default. */
export const TARGET_PLACE_KINDS: Partial<Record<TargetKind, readonly PlaceKind[]>> = {
  acse: ['women', 'men', 'family'],
  dna: ['women', 'family'],
  minors_centre: ['minors'],
};

/** The host a coordinating target may place people with: network flag on the host organisation. */
export function isNetworkHost(kind: TargetKind, host: TargetOrganisation, targetOrganisationId: string): boolean {
  if (kind === 'acse') return host.kind === 'host' && flag(host, 'acseNetwork');
  if (kind === 'minors_centre') return host.id === targetOrganisationId || (host.kind === 'host' && flag(host, 'minorsNetwork'));
  return false;
}
