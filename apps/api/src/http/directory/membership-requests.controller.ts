import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DecideMembershipRequestCommand, ListMembershipRequestsQuery } from '@mnio/directory';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { MembershipDecisionDto } from './directory.dto';

/** Membership requests: a platform administrator asks, the organisation's coordinator approves or refuses. */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('api/membership-requests')
export class MembershipRequestsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @CheckPolicies('list', 'MembershipRequest')
  list(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListMembershipRequestsQuery(actor));
  }

  @Post(':id/decision')
  @HttpCode(200)
  @CheckPolicies('decide', 'MembershipRequest')
  decide(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: MembershipDecisionDto) {
    return this.commands.execute(new DecideMembershipRequestCommand(actor, id, dto.decision));
  }
}
