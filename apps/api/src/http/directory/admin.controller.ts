import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AddMembershipCommand, AdminOrganisationsQuery, CreateOrganisationCommand, UpdateOrganisationCommand, CreateUserCommand, ListUsersQuery, SetMembershipActiveCommand, SetUserStatusCommand,
} from '@mnio/directory';
import { Actor, CheckPolicies, CurrentActor, DomainError, ParseIdPipe } from '@mnio/platform';
import { ApiErrors } from '../error-responses';
import { CreateOrganisationDto, CreateUserDto, MembershipActiveDto, MembershipDto, UpdateOrganisationDto, UserListDto, UserStatusDto } from './directory.dto';

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

  @Get('organisations')
  @CheckPolicies('update', 'Organisation')
  @ApiOperation({
    summary: 'List every organisation as the platform manages it',
    description: 'Deactivated organisations included, with their flags (Ac.Sé network, DNA places, PSP approval, minors relay network), sign-in settings, number of active members and, for a CLAV cell, its member organisations. Platform administrators only; never an address.',
  })
  @ApiErrors({ 401: ['UNAUTHENTICATED'], 403: ['FORBIDDEN'] })
  organisations() {
    return this.queries.execute(new AdminOrganisationsQuery());
  }

  @Patch('organisations/:id')
  @CheckPolicies('update', 'Organisation')
  @ApiOperation({
    summary: 'Edit, deactivate or reactivate an organisation',
    description: 'Changes the name, territories or flags (merged into the current ones), or active: false to deactivate. A deactivated organisation keeps its cases; its members with no other active organisation lose their sessions and can no longer sign in. Every change is audited. Platform administrators only.',
  })
  @ApiErrors({
    400: ['VALIDATION_FAILED'], 401: ['UNAUTHENTICATED'], 403: ['FORBIDDEN', 'ORGANISATION_SELF_DEACTIVATION'], 404: ['NOT_FOUND'],
    409: ['VERSION_CONFLICT', 'CELL_ALREADY_EXISTS'], 422: ['UNKNOWN_TERRITORY', 'UNPROCESSABLE'],
  })
  updateOrganisation(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateOrganisationDto) {
    const { version, ...changes } = dto;
    if (Object.keys(changes).length === 0) throw new DomainError('VALIDATION_FAILED', 'Give at least one change');
    return this.commands.execute(new UpdateOrganisationCommand(actor, id, changes, version));
  }

  @Post('organisations')
  @CheckPolicies('create', 'Organisation')
  createOrganisation(@CurrentActor() actor: Actor, @Body() dto: CreateOrganisationDto) {
    return this.commands.execute(new CreateOrganisationCommand(actor, dto.kind, dto.name, dto.national ?? false, dto.territories ?? [], dto.attributes ?? {}));
  }
}
