import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { GetMinorProtectionQuery, ListMinorsInCareQuery, UapedOrientationFacts } from '@mnio/cases';
import { CaseOrientationsSummaryQuery } from '@mnio/orientations';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { ApiErrors } from '../api-docs';
import * as answers from './cases.responses';

/** A minor's protection clocks (docs/cases.md, « Minors' checklist »). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api')
export class MinorProtectionController {
  constructor(private readonly queries: QueryBus) {}

  @ApiOperation({ summary: 'Reads a minor\'s protection checklist', description: 'The protection steps of a minor\'s case (report to the prosecutor, placement, guardian) with their state and dates; an adult\'s case answers `applicable: false` with no steps.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.MinorProtectionView })
  @Get('cases/:id/minor-protection')
  @CheckPolicies('read', 'Case')
  async checklist(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    // The orientations context owns the UAPED hearing; the cases handler authorizes before anything is returned.
    const uaped = (await this.queries.execute(new CaseOrientationsSummaryQuery(id))).filter((o) => o.targetKind === 'uaped').at(-1);
    const facts: UapedOrientationFacts | null = uaped
      ? { orientationId: uaped.orientationId, state: uaped.state, updatedOn: uaped.updatedOn, targetOrganisationId: uaped.targetOrganisationId }
      : null;
    return this.queries.execute(new GetMinorProtectionQuery(actor, id, facts));
  }

  @ApiOperation({ summary: 'Lists the minors in care', description: 'The open minors\' cases the caller sees, with their next protection clock, overdue first.' })
  @ApiErrors()
  @ApiResponse({ status: 200, type: answers.MinorInCareList })
  @Get('minor-protection/cases')
  @CheckPolicies('read', 'Case')
  minorsInCare(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListMinorsInCareQuery(actor));
  }
}
