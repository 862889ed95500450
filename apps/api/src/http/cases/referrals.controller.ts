import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseReferralsQuery, ListReferredCasesQuery } from '@mnio/cases';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { ReferredCasesDto } from './referrals.dto';

/** Referrals seen from both sides: the owner's (whom to refer to, whom it was referred to) and the referent's work queue. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api')
export class ReferralsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('cases/:id/referrals')
  @CheckPolicies('read', 'Case')
  ofCase(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new CaseReferralsQuery(actor, id));
  }

  @Get('referrals/received')
  @CheckPolicies('read', 'Case')
  received(@CurrentActor() actor: Actor, @Query() q: ReferredCasesDto) {
    return this.queries.execute(new ListReferredCasesQuery(actor, { cursor: q.cursor, limit: q.limit ?? 50 }));
  }
}
