import { PurgeEndedSessionsHandler } from './purge-sessions/purge-sessions.handler';
import { PurgeLoginThrottleHandler } from './purge-login-throttle/purge-login-throttle.handler';
import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory, ACTOR_RESOLVER } from '@mnio/platform';
import './directory.errors';
import { directoryAbilities } from './directory.abilities';
import { AuthenticationService } from './authentication/authentication.service';
import { DirectoryActorResolver } from './authentication/directory-actor-resolver';
import { VerifyStepUpHandler } from './authentication/verify-step-up.command';
import { CellMembersHandler } from './organisations/cell-members.query';
import { CreateOrganisationHandler } from './organisations/create-organisation.handler';
import { ListOrganisationsHandler } from './organisations/list-organisations.handler';
import { ListTerritoriesHandler } from './organisations/territories.query';
import { OrganisationMembersHandler } from './organisations/organisation-members.query';
import { SetCellMemberHandler } from './organisations/set-cell-member.handler';
import { TerritoryOrganisationsHandler } from './organisations/territory-organisations.query';
import { OrganisationsByIdHandler, OrganisationsOfKindsHandler } from './organisations/organisations-by-id.query';
import { CreateUserHandler } from './users/create-user.handler';
import { ListUsersHandler } from './users/list-users.query';
import { MeHandler } from './users/me.query';
import { AddMembershipHandler, SetMembershipActiveHandler } from './users/memberships.handler';
import { SetUserStatusHandler } from './users/set-user-status.handler';
import { UserDisplayNamesHandler } from './users/user-display-names.query';
import { CompleteEnrolmentHandler } from './enrolment/complete-enrolment.handler';
import { OperatorGrantHandler } from './enrolment/operator-grant.handler';
import { DecideMembershipRequestHandler } from './membership-requests/decide-membership-request.handler';
import { ListMembershipRequestsHandler } from './membership-requests/membership-requests.query';
import { ProConnectService } from './proconnect/proconnect.service';
import { loadProConnectConfig, PROCONNECT_CONFIG } from './proconnect/proconnect.config';
import { UpdateOrganisationSignInHandler } from './organisations/update-organisation-sign-in.handler';
import { UpdateOrganisationHandler } from './organisations/update-organisation.handler';
import { AdminOrganisationsHandler } from './organisations/admin-organisations.query';
import { ListAccessRequestsHandler } from './access-requests/access-requests.query';
import { DecideAccessRequestHandler } from './access-requests/decide-access-request.handler';

@Module({
  providers: [
    PurgeEndedSessionsHandler,
    PurgeLoginThrottleHandler,
    AuthenticationService,
    DirectoryActorResolver,
    { provide: ACTOR_RESOLVER, useExisting: DirectoryActorResolver },
    CreateUserHandler,
    SetUserStatusHandler,
    AddMembershipHandler,
    SetMembershipActiveHandler,
    CreateOrganisationHandler,
    UpdateOrganisationHandler,
    AdminOrganisationsHandler,
    ListOrganisationsHandler,
    ListTerritoriesHandler,
    OrganisationMembersHandler,
    TerritoryOrganisationsHandler,
    OrganisationsByIdHandler,
    OrganisationsOfKindsHandler,
    ListUsersHandler,
    MeHandler,
    CellMembersHandler,
    SetCellMemberHandler,
    UserDisplayNamesHandler,
    VerifyStepUpHandler,
    CompleteEnrolmentHandler,
    OperatorGrantHandler,
    ListMembershipRequestsHandler,
    DecideMembershipRequestHandler,
    { provide: PROCONNECT_CONFIG, useFactory: () => loadProConnectConfig() },
    ProConnectService,
    UpdateOrganisationSignInHandler,
    ListAccessRequestsHandler,
    DecideAccessRequestHandler,
  ],
  exports: [AuthenticationService, ACTOR_RESOLVER, ProConnectService],
})
export class DirectoryModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(directoryAbilities);
  }
}
