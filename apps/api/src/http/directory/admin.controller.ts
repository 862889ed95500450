import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AddMembershipCommand, CreateOrganisationCommand, CreateUserCommand, ListUsersQuery, SetMembershipActiveCommand, SetUserStatusCommand,
} from '@mnio/directory';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { CreateOrganisationDto, CreateUserDto, MembershipActiveDto, MembershipDto, UserListDto, UserStatusDto } from './directory.dto';

/** Platform administration: users, memberships, organisations. Never case content. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin')
export class AdminController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('users')
  @CheckPolicies('list', 'User')
  users(@Query() q: UserListDto) {
    return this.queries.execute(new ListUsersQuery({ organisationId: q.organisationId, cursor: q.cursor, limit: q.limit ?? 50 }));
  }

  @Post('users')
  @CheckPolicies('create', 'User')
  createUser(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto) {
    return this.commands.execute(new CreateUserCommand(actor, dto.email, dto.displayName, dto.memberships));
  }

  @Patch('users/:id')
  @CheckPolicies('update', 'User')
  setStatus(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: UserStatusDto) {
    return this.commands.execute(new SetUserStatusCommand(actor, id, dto.status));
  }

  /** Granted at once for a role that reads no identity; otherwise a request the organisation's coordinator approves. */
  @Post('users/:id/memberships')
  @CheckPolicies('create', 'Membership')
  addMembership(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: MembershipDto) {
    return this.commands.execute(new AddMembershipCommand(actor, id, dto));
  }

  @Patch('users/:id/memberships/:membershipId')
  @CheckPolicies('update', 'Membership')
  setMembership(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Param('membershipId', ParseIdPipe) membershipId: string,
    @Body() dto: MembershipActiveDto,
  ) {
    return this.commands.execute(new SetMembershipActiveCommand(actor, id, membershipId, dto.active));
  }

  @Post('organisations')
  @CheckPolicies('create', 'Organisation')
  createOrganisation(@CurrentActor() actor: Actor, @Body() dto: CreateOrganisationDto) {
    return this.commands.execute(new CreateOrganisationCommand(actor, dto.kind, dto.name, dto.national ?? false, dto.territories ?? [], dto.attributes ?? {}));
  }
}
