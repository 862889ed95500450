import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DecideMembershipRequestCommand, ListMembershipRequestsQuery } from '@mnio/directory';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { MembershipDecisionDto } from './directory.dto';
import { ApiErrors } from '../api-docs';
import * as answers from './directory.responses';

/** Membership requests: a platform administrator asks, the organisation's coordinator approves or refuses. */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('api/membership-requests')
export class MembershipRequestsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiOperation({ summary: 'Lists membership requests', description: 'The requests for a membership that reads identity, awaiting the approval of my organisation\'s coordinator.' })
  @ApiErrors()
  @ApiResponse({ status: 200, type: [answers.MembershipRequestView] })
  @Get()
  @CheckPolicies('list', 'MembershipRequest')
  list(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListMembershipRequestsQuery(actor));
  }

  @ApiOperation({ summary: 'Decides a membership request', description: 'Approves or refuses a request for a membership of my organisation; audited.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'MEMBERSHIP_REQUEST_DECIDED', 'MEMBERSHIP_SELF_GRANT')
  @ApiResponse({ status: 200, type: answers.MembershipRequestsDecideAnswer })
  @Post(':id/decision')
  @HttpCode(200)
  @CheckPolicies('decide', 'MembershipRequest')
  decide(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: MembershipDecisionDto) {
    return this.commands.execute(new DecideMembershipRequestCommand(actor, id, dto.decision));
  }
}
