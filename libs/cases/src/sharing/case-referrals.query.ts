import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { OrganisationKind, OrganisationsByIdQuery, TerritoryOrganisationsQuery } from '@mnio/directory';
import { Actor, Db, Transactional } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import { referralConsentNeeded, REFERRAL_KINDS } from './referral-rules';

export interface CaseReferral {
  organisationId: string;
  organisationKind: string;
  referredAt: string;
  /** The organisation that referred the case (never a person). */
  referredByOrganisationId: string | null;
  /** Set when the referral ended (e.g. `consent_withdrawn`). */
  endedAt: string | null;
  endedReason: string | null;
}

export interface ReferralTarget {
  organisationId: string;
  organisationKind: string;
  national: boolean;
  /** The consent this referral needs, and whether the person's latest answer gives it. */
  consentNeeded: 'police_contact' | null;
  consentGiven: boolean;
}

export interface CaseReferrals {
  referrals: CaseReferral[];
  targets: ReferralTarget[];
}

/** For the owner: whom the case was referred to (with dates), and to whom it can still be referred, with the consent each needs. */
export class CaseReferralsQuery extends Query<CaseReferrals> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
  ) {
    super();
  }
}

@QueryHandler(CaseReferralsQuery)
export class CaseReferralsHandler implements IQueryHandler<CaseReferralsQuery> {
  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
    private readonly access: CaseAccessService,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId }: CaseReferralsQuery): Promise<CaseReferrals> {
    const subject = await this.access.authorize(actor, caseId, 'share');
    const em = this.db.em;
    const grants: (Omit<CaseReferral, 'referredAt' | 'endedAt' | 'organisationKind'> & { referredAt: Date; endedAt: Date | null })[] = await em.query(
      `SELECT a.organisation_id AS "organisationId", a.granted_at AS "referredAt",
              ${REFERRED_BY} AS "referredByOrganisationId", a.revoked_at AS "endedAt", a.revoked_reason AS "endedReason"
       FROM case_access a
       WHERE a.case_id = $1 AND a.reason = 'referral'
       ORDER BY a.revoked_at IS NOT NULL, a.granted_at DESC, a.id`,
      [caseId],
    );
    const kinds = new Map((await this.queries.execute(new OrganisationsByIdQuery(grants.map((g) => g.organisationId)))).map((o) => [o.id, o.kind]));
    const referrals = grants.filter((g) => kinds.has(g.organisationId)).map((g) => ({ ...g, organisationKind: kinds.get(g.organisationId) as string }));
    // Partners covering the case's territory, save the owner and those it is referred to now.
    const live = new Set(grants.filter((g) => g.endedAt === null).map((g) => g.organisationId));
    const targets = (await this.queries.execute(new TerritoryOrganisationsQuery(subject.territory, REFERRAL_KINDS as OrganisationKind[])))
      .filter((o) => o.id !== subject.ownerOrganisationId && !live.has(o.id))
      .sort((a, b) => Number(a.national) - Number(b.national) || REFERRAL_KINDS.indexOf(a.kind) - REFERRAL_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name))
      .map((o) => ({ organisationId: o.id, organisationKind: o.kind as string, national: o.national }));
    const [consent]: { granted: boolean }[] = await em.query(
      `SELECT granted FROM case_consents WHERE case_id = $1 AND purpose = 'police_contact' ORDER BY recorded_at DESC LIMIT 1`,
      [caseId],
    );
    await this.audit.record({ action: 'case.referrals_read', subjectType: 'case', subjectId: caseId, actorOrganisationId: this.access.actingOrganisation(actor, subject, 'share') });
    return {
      referrals: referrals.map((r) => ({ ...r, referredAt: r.referredAt.toISOString(), endedAt: r.endedAt?.toISOString() ?? null })),
      targets: targets.map((t) => {
        const consentNeeded = referralConsentNeeded(t.organisationKind, subject.minor);
        return { ...t, consentNeeded, consentGiven: consentNeeded ? consent?.granted === true : true };
      }),
    };
  }
}

/** The organisation that recorded a referral grant `a` (its history entry), for « adressée par ». */
export const REFERRED_BY = `(SELECT e.recorded_by_organisation_id FROM case_events e
  WHERE e.case_id = a.case_id AND e.track = 'case' AND e.type = 'referred' AND e.data->>'organisationId' = a.organisation_id::text
    AND e.recorded_at <= a.granted_at ORDER BY e.recorded_at DESC LIMIT 1)`;
