import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  AddMembershipCommand, AdminOrganisationsQuery, CreateOrganisationCommand, UpdateOrganisationCommand, CreateUserCommand, ListUsersQuery, SetMembershipActiveCommand, SetUserStatusCommand,
} from '@mnio/directory';
import { Actor, CheckPolicies, CurrentActor, DomainError, ParseIdPipe } from '@mnio/platform';
import { CreateOrganisationDto, CreateUserDto, MembershipActiveDto, MembershipDto, UpdateOrganisationDto, UserListDto, UserStatusDto } from './directory.dto';
import { ApiErrors } from '../api-docs';
import * as answers from './directory.responses';

/** Platform administration: users, memberships, organisations. Never case content. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin')
export class AdminController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiOperation({ summary: 'Lists user accounts', description: 'Every user account with its memberships (platform administrators), one page at a time.' })
  @ApiErrors('VALIDATION_FAILED', 'INVALID_CURSOR')
  @ApiResponse({ status: 200, type: answers.UserAdminViewPage })
  @Get('users')
  @CheckPolicies('list', 'User')
  users(@Query() q: UserListDto) {
    return this.queries.execute(new ListUsersQuery({ organisationId: q.organisationId, cursor: q.cursor, limit: q.limit ?? 50 }));
  }

  @ApiOperation({ summary: 'Creates a user account', description: 'Creates an account and answers a one-time enrolment link for the person (platform administrators).' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'EMAIL_TAKEN', 'UNKNOWN_TERRITORY', 'TERRITORY_OUTSIDE_ORGANISATION', 'ROLE_NOT_ALLOWED_FOR_KIND')
  @ApiResponse({ status: 201, type: answers.CreatedUser })
  @Post('users')
  @CheckPolicies('create', 'User')
  createUser(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto) {
    return this.commands.execute(new CreateUserCommand(actor, dto.email, dto.displayName, dto.memberships));
  }

  @ApiOperation({ summary: 'Suspends or reactivates an account', description: 'Changes an account\'s status; a suspended account\'s sessions end.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.AdminSetStatusAnswer })
  @Patch('users/:id')
  @CheckPolicies('update', 'User')
  setStatus(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: UserStatusDto) {
    return this.commands.execute(new SetUserStatusCommand(actor, id, dto.status));
  }

  /** Granted at once for a role that reads no identity; otherwise a request the organisation's coordinator approves. */
  @ApiOperation({ summary: 'Adds a membership to an account', description: 'Granted at once for a role that reads no identity; otherwise a request the organisation\'s coordinator approves.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'MEMBERSHIP_EXISTS', 'UNKNOWN_TERRITORY', 'TERRITORY_OUTSIDE_ORGANISATION', 'ROLE_NOT_ALLOWED_FOR_KIND', 'MEMBERSHIP_REQUEST_PENDING')
  @ApiResponse({ status: 201, type: answers.MembershipOutcome })
  @Post('users/:id/memberships')
  @CheckPolicies('create', 'Membership')
  addMembership(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: MembershipDto) {
    return this.commands.execute(new AddMembershipCommand(actor, id, dto));
  }

  @ApiOperation({ summary: 'Changes or ends a membership', description: 'Changes a membership\'s territories or deactivates it.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'UNKNOWN_TERRITORY', 'TERRITORY_OUTSIDE_ORGANISATION')
  @ApiResponse({ status: 200, type: answers.AdminSetMembershipAnswer })
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

  @ApiResponse({ status: 200, type: [answers.AdminOrganisation] })
  @Get('organisations')
  @CheckPolicies('update', 'Organisation')
  @ApiOperation({
    summary: 'List every organisation as the platform manages it',
    description: 'Deactivated organisations included, with their flags (Ac.Sé network, DNA places, PSP approval, minors relay network), sign-in settings, number of active members and, for a CLAV cell, its member organisations. Platform administrators only; never an address.',
  })
  @ApiErrors()
  organisations() {
    return this.queries.execute(new AdminOrganisationsQuery());
  }

  @ApiResponse({ status: 200, type: answers.AdminUpdateOrganisationAnswer })
  @Patch('organisations/:id')
  @CheckPolicies('update', 'Organisation')
  @ApiOperation({
    summary: 'Edit, deactivate or reactivate an organisation',
    description: 'Changes the name, territories or flags (merged into the current ones), or active: false to deactivate. A deactivated organisation keeps its cases; its members with no other active organisation lose their sessions and can no longer sign in. Every change is audited. Platform administrators only.',
  })
  @ApiErrors('VALIDATION_FAILED', 'ORGANISATION_SELF_DEACTIVATION', 'NOT_FOUND', 'VERSION_CONFLICT', 'CELL_ALREADY_EXISTS', 'UNKNOWN_TERRITORY', 'UNPROCESSABLE')
  updateOrganisation(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateOrganisationDto) {
    const { version, ...changes } = dto;
    if (Object.keys(changes).length === 0) throw new DomainError('VALIDATION_FAILED', 'Give at least one change');
    return this.commands.execute(new UpdateOrganisationCommand(actor, id, changes, version));
  }

  @ApiOperation({ summary: 'Creates an organisation', description: 'Creates an organisation of a kind with its territories (and its cell for a territory\'s coordination).' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'UNKNOWN_TERRITORY', 'CELL_ALREADY_EXISTS', 'INVALID_SIRET')
  @ApiResponse({ status: 201, type: answers.AdminCreateOrganisationAnswer })
  @Post('organisations')
  @CheckPolicies('create', 'Organisation')
  createOrganisation(@CurrentActor() actor: Actor, @Body() dto: CreateOrganisationDto) {
    return this.commands.execute(new CreateOrganisationCommand(actor, dto.kind, dto.name, dto.national ?? false, dto.territories ?? [], dto.attributes ?? {}));
  }
}
