/** One membership: a user acts for an organisation, in a role, over territories. */
export interface ActorMembership {
  organisationId: string;
  organisationKind: string;
  role: string;
  /** Département codes this membership covers; empty with `national` true means every territory. */
  territories: string[];
  national: boolean;
}

/** Who is acting, as resolved on each request from the current database state (never from the token alone). */
export interface Actor {
  userId: string;
  sessionId: string;
  memberships: ActorMembership[];
  /** True when this session passed the second factor. */
  mfa: boolean;
  /** Set when the second-factor policy demands a factor this session lacks: the guard refuses it (401 MFA_REQUIRED). */
  mfaMissing?: boolean;
}

export const organisationIdsOf = (actor: Actor): string[] => [...new Set(actor.memberships.map((m) => m.organisationId))];

/** Seam for whatever authenticates users (passwords today, the State's OpenID Connect federation later). */
export interface ActorResolver {
  /** The actor for a live session, or null when the user is disabled or the session revoked. */
  resolve(userId: string, sessionId: string, mfa: boolean): Promise<Actor | null>;
}

export const ACTOR_RESOLVER = Symbol('ACTOR_RESOLVER');
