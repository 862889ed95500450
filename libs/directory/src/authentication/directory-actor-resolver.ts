import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, type Actor, type ActorResolver, Db, prepared } from '@mnio/platform';
import { AuthenticationService, mfaCovers } from './authentication.service';

/** Run on every request: planned once per connection (ADR 0003). */
const ACTOR_SQL = prepared(`SELECT m.organisation_id, o.kind AS organisation_kind, m.role,
              CASE WHEN cardinality(m.territories) > 0 THEN m.territories ELSE o.territories END AS territories, o.national
       FROM users u
       JOIN auth_sessions s ON s.user_id = u.id AND s.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND s.idle_expires_at > now()
       LEFT JOIN memberships m ON m.user_id = u.id AND m.active
       LEFT JOIN organisations o ON o.id = m.organisation_id AND o.active
       WHERE u.id = $1 AND u.status = 'active'`);

interface Row {
  organisation_id: string | null;
  organisation_kind: string | null;
  role: string | null;
  territories: string[] | null;
  national: boolean | null;
}

/**
 * Resolves the actor from live state in one query: user active, session not revoked nor idle past its
 * timeout, active memberships of
 * active organisations. A session without the second factor that `MNIO_MFA_REQUIRED` now demands of the
 * user's roles is ended on the spot, and the actor comes back marked `mfaMissing` (the guard answers 401).
 */
@Injectable()
export class DirectoryActorResolver implements ActorResolver {
  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthenticationService,
  ) {}

  async resolve(userId: string, sessionId: string, mfa: boolean): Promise<Actor | null> {
    const rows: Row[] = await this.db.em.query(ACTOR_SQL, [userId, sessionId]);
    if (rows.length === 0) return null;
    const mfaMissing = !mfa && mfaCovers(this.config.mfaRequired, rows.map((r) => r.role ?? ''));
    if (mfaMissing) await this.auth.endSessionForPolicy(sessionId, userId);
    return {
      userId,
      sessionId,
      mfa,
      ...(mfaMissing ? { mfaMissing } : {}),
      memberships: rows
        .filter((r) => r.organisation_id && r.organisation_kind)
        .map((r) => ({ organisationId: r.organisation_id!, organisationKind: r.organisation_kind!, role: r.role!, territories: r.territories ?? [], national: !!r.national })),
    };
  }
}
