import { Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { TrackActions } from '../tracks/track-actions';

export interface CaseView {
  id: string;
  reference: string;
  territory: string;
  ownerOrganisationId: string;
  sex: string;
  ageBand: string;
  minor: boolean;
  ageUncertain: boolean;
  /** A minor's case: unaccompanied (« mineur non accompagné ») or not; null when not recorded, and for an adult. */
  unaccompaniedMinor: boolean | null;
  /** Where and when the first contact took place (codes and a day), or null when not recorded. */
  firstContact: { context: string; on: string | null } | null;
  nationality: string | null;
  foreignNational: boolean;
  exploitationForms: string[];
  exploitedInFrance: boolean;
  exploitedAbroad: boolean;
  events: { type: string; country: string; territory?: string; from?: string; to?: string }[];
  vulnerabilities: string[];
  needs: string[];
  localDanger: boolean;
  interpreterNeeded: boolean;
  statuses: { identification: string; residence: string; childProtection: string; criminal: string; case: string };
  closureReason: string | null;
  removalOrderAlert: boolean;
  identifiedByOrganisationId: string | null;
  identifiedAt: string | null;
  indicatorSummary: Record<string, { strong: number; medium: number; weak: number }>;
  /** `targetOrganisationId` is null when the target is a shelter the viewer is no party of (`maskOrganisation`): `targetOrganisationKind` tells what it is. */
  consents: { purpose: string; targetOrganisationId: string | null; targetOrganisationKind: string | null; granted: boolean; method: string; recordedAt: string }[];
  /** `responsibleOrganisationId` is masked like a consent's target (an orientation's answer deadline is the shelter's). */
  deadlines: { id: string; kind: string; dueOn: string; alertOn: string; responsibleOrganisationId: string | null; responsibleOrganisationKind: string | null; overdue: boolean }[];
  links: { linkId: string; status: string; otherReference: string | null; otherTerritory: string }[];
  /** Whether this actor may open the identity view (the API still checks). */
  identityAccess: boolean;
  /** What this actor may record now, per track (computed from the handlers' own rules; the API still checks). */
  trackActions: TrackActions;
  /** Set when this actor reads the case only through their own break-the-glass grant: when it ends (read-only until then). */
  breakGlassUntil: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** When the case was anonymised (its identity and free texts erased), null otherwise. */
  anonymisedAt: string | null;
}

/** The pseudonymised view: never names, narrative, contact or exact birth date. */
export class GetCaseQuery extends Query<CaseView> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
  ) {
    super();
  }
}
