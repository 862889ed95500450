import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AuthorizeCaseQuery } from '@mnio/cases';
import { Transactional } from '@mnio/platform';
import { TARGET_PLACE_KINDS, targetOrganisationKinds, TERRITORIAL_TARGETS } from '../domain/targets';
import { OrientationRequestChecks, requestCaseAction } from '../request-orientation/request-checks.service';
import { CheckOrientationEligibilityQuery, EligibilityCheckView } from './check-eligibility.query';

/**
 * Runs the request's checks (`OrientationRequestChecks`) under the permission the request needs (`update`, or
 * `record_criminal` for a UAPED hearing): 404 for a case the actor does not see, 403 for one it may not ask for.
 * It reads the case's facts, so it is audited as a read of the case (`orientation.eligibility_checked`, codes only).
 */
@QueryHandler(CheckOrientationEligibilityQuery)
export class CheckOrientationEligibilityHandler implements IQueryHandler<CheckOrientationEligibilityQuery> {
  constructor(
    private readonly queries: QueryBus,
    private readonly checks: OrientationRequestChecks,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId, input }: CheckOrientationEligibilityQuery): Promise<EligibilityCheckView> {
    const subject = await this.queries.execute(new AuthorizeCaseQuery(actor, caseId, requestCaseAction(input.targetKind)));
    const { problems, requesterId } = await this.checks.run(actor, subject, input);
    const codes = [...new Set(problems.map((p) => p.code))];
    await this.audit.record({
      action: 'orientation.eligibility_checked', subjectType: 'case', subjectId: caseId, actorOrganisationId: requesterId,
      details: { targetKind: input.targetKind, targetOrganisationId: input.targetOrganisationId ?? null, problems: codes },
    });
    return {
      targetKind: input.targetKind,
      channel: input.channel ?? null,
      targetOrganisationId: input.targetOrganisationId ?? null,
      eligible: input.targetOrganisationId !== undefined && codes.length === 0,
      problems: codes,
      targetOrganisationKinds: [...targetOrganisationKinds(input.targetKind, input.channel)],
      territorial: TERRITORIAL_TARGETS.includes(input.targetKind),
      placeKinds: [...(TARGET_PLACE_KINDS[input.targetKind] ?? [])],
    };
  }
}
