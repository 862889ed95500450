import { AppAbility, asSubject } from '@mnio/platform';
import type { PayloadOf } from '@mnio/platform';
import type { ORIENTATIONS_EVENTS } from '../events';
import type { PlaceKind, TargetKind } from './targets';
import { nextSteps, NextStep } from './next-steps';
import { PARTIES, Party } from './workflow';

/** An orientation row as selected by ORIENTATION_COLUMNS. */
export interface OrientationRow {
  id: string;
  caseId: string;
  reference: string;
  territory: string;
  targetKind: TargetKind;
  channel: string | null;
  targetOrganisationId: string;
  requesterOrganisationId: string;
  hostOrganisationId: string | null;
  state: string;
  open: boolean;
  reasonCode: string;
  placeKind: PlaceKind | null;
  placeStatus: 'none' | 'reserved' | 'occupied';
  legalBasis: string | null;
  asylumStatus: string | null;
  outcomeCode: string | null;
  authorisations: number;
  authorisedUntil: string | null;
  version: number;
  requestedAt: Date;
  answeredAt: Date | null;
  /** Ac.Sé: the pre-admission video meeting and the transfer, once dated. */
  preAdmissionAt: Date | null;
  transferAt: Date | null;
  closedAt: Date | null;
  updatedAt: Date;
}

/** Alias `o`. Dates of day as text, timestamps as Date. */
export const ORIENTATION_COLUMNS = `o.id, o.case_id AS "caseId", o.case_reference AS reference, o.territory, o.target_kind AS "targetKind", o.channel,
  o.target_organisation_id AS "targetOrganisationId", o.requester_organisation_id AS "requesterOrganisationId",
  o.host_organisation_id AS "hostOrganisationId", o.state, o.open, o.reason_code AS "reasonCode", o.place_kind AS "placeKind",
  o.place_status AS "placeStatus", o.legal_basis AS "legalBasis", o.asylum_status AS "asylumStatus", o.outcome_code AS "outcomeCode",
  o.authorisations, to_char(o.authorised_until, 'YYYY-MM-DD') AS "authorisedUntil", o.version, o.requested_at AS "requestedAt",
  o.answered_at AS "answeredAt", o.pre_admission_at AS "preAdmissionAt", o.transfer_at AS "transferAt", o.closed_at AS "closedAt", o.updated_at AS "updatedAt"`;

/** The CASL subject of an orientation: its parties. */
export const orientationSubject = (o: Pick<OrientationRow, 'requesterOrganisationId' | 'targetOrganisationId' | 'hostOrganisationId'>) =>
  asSubject('Orientation', {
    requesterOrganisationId: o.requesterOrganisationId,
    targetOrganisationId: o.targetOrganisationId,
    hostOrganisationId: o.hostOrganisationId,
  });

export interface OrientationView extends Omit<OrientationRow, 'requestedAt' | 'answeredAt' | 'preAdmissionAt' | 'transferAt' | 'closedAt' | 'updatedAt'> {
  requestedAt: string;
  /** The target's answer (acceptance, agreement in principle, refusal…), not its taking the request in hand. */
  answeredAt: string | null;
  preAdmissionAt: string | null;
  transferAt: string | null;
  closedAt: string | null;
  updatedAt: string;
  /** The parties the reader holds, and what they may do next (the API still checks). */
  parties: Party[];
  /** The actions of `nextSteps` the reader may take. */
  allowedActions: string[];
  /** The steps the workflow offers now, whoever takes them, with whether the reader may and why not. */
  nextSteps: NextStep[];
}

/** What a party sees of an orientation: codes, ids and dates. Never a location, never identity. */
export function toView(row: OrientationRow, parties: Party[]): OrientationView {
  const steps = nextSteps(row, parties);
  return {
    ...row,
    requestedAt: row.requestedAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    preAdmissionAt: row.preAdmissionAt?.toISOString() ?? null,
    transferAt: row.transferAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    parties,
    allowedActions: steps.filter((s) => s.allowed).map((s) => s.action),
    nextSteps: steps,
  };
}

/**
 * Every orientation event carries exactly these ids and codes (the notifications and reporting contexts read
 * them): the place kind and status and the host for the capacity statistics, and a refusal's reason code.
 */
export function eventPayload(row: OrientationRow, action: string, state: string, reasonCode?: string): PayloadOf<typeof ORIENTATIONS_EVENTS.OrientationRequested> {
  return {
    orientationId: row.id,
    caseId: row.caseId,
    reference: row.reference,
    territory: row.territory,
    targetKind: row.targetKind,
    targetOrganisationId: row.targetOrganisationId,
    requesterOrganisationId: row.requesterOrganisationId,
    action,
    state,
    placeKind: row.placeKind,
    placeStatus: row.placeStatus,
    hostOrganisationId: row.hostOrganisationId,
    ...(action === 'refuse' && reasonCode ? { reasonCode } : {}),
  };
}

/** The parties an actor holds on an orientation, from the same rules as every other check. */
export function partiesOf(ability: AppAbility, row: Pick<OrientationRow, 'requesterOrganisationId' | 'targetOrganisationId' | 'hostOrganisationId'>): Party[] {
  const subject = orientationSubject(row);
  return PARTIES.filter((p) => ability.can(`act_as_${p}`, subject));
}
