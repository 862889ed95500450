import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CaseReferralsQuery, ListReferredCasesQuery } from '@mnio/cases';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { ReferredCasesDto } from './referrals.dto';
import { ApiErrors } from '../api-docs';
import * as answers from './cases.responses';

/** Referrals seen from both sides: the owner's (whom to refer to, whom it was referred to) and the referent's work queue. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api')
export class ReferralsController {
  constructor(private readonly queries: QueryBus) {}

  @ApiOperation({ summary: 'Lists the referrals of a case', description: 'The owner\'s view of the organisations a case is shared with, and those it may still be shared with (and whether consent is needed).' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.CaseReferrals })
  @Get('cases/:id/referrals')
  @CheckPolicies('read', 'Case')
  ofCase(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new CaseReferralsQuery(actor, id));
  }

  @ApiOperation({ summary: 'Lists the cases referred to me', description: 'The cases other organisations shared with one of my organisations, newest first, one page at a time.' })
  @ApiErrors('VALIDATION_FAILED', 'INVALID_CURSOR')
  @ApiResponse({ status: 200, type: answers.ReferredCasePage })
  @Get('referrals/received')
  @CheckPolicies('read', 'Case')
  received(@CurrentActor() actor: Actor, @Query() q: ReferredCasesDto) {
    return this.queries.execute(new ListReferredCasesQuery(actor, { cursor: q.cursor, limit: q.limit ?? 50 }));
  }
}
