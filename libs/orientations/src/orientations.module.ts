import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@mnio/platform';
import './orientations.errors';
import { CheckOrientationEligibilityHandler } from './check-eligibility/check-eligibility.handler';
import { HostAccess } from './hosts/host-access.service';
import { ForgetCaseOrientationNotesHandler } from './forget-case-notes/forget-case-notes.handler';
import { GetHostLocationHandler, SetHostLocationHandler } from './hosts/host-location.handler';
import { GetHostCapacityHandler, GetHostOccupancyHandler, SetHostCapacityHandler } from './hosts/host-places.handler';
import { ListHostsHandler } from './hosts/list-hosts.query';
import { PlaceBoardHandler } from './hosts/place-board.query';
import { ListDistancingRulesHandler, SetDistancingRuleHandler } from './distancing-rules/distancing-rules.handler';
import { OrganisationsReader } from './hosts/organisations.reader';
import { PlacesService } from './hosts/places.service';
import { OrientationJournal } from './journal/orientation-journal.service';
import { orientationAbilities } from './orientations.abilities';
import { CaseOrientationsSummaryHandler } from './queries/case-orientations-summary.query';
import { GetOrientationHandler } from './queries/get-orientation.query';
import { ListCaseOrientationsHandler, ListOrientationsHandler } from './queries/list-orientations.handler';
import { PendingOrientationsCountHandler } from './queries/pending-orientations-count.query';
import { OrientationActivityHandler } from './queries/orientation-activity.query';
import { OrientationRequestChecks } from './request-orientation/request-checks.service';
import { RequestOrientationHandler } from './request-orientation/request-orientation.handler';
import { PlacementService } from './transition-orientation/placement.service';
import { TransitionOrientationHandler } from './transition-orientation/transition-orientation.handler';

/** Orientation requests to their targets, each with its workflow; hosts' places and secret locations. */
@Module({
  providers: [
    OrganisationsReader, PlacesService, HostAccess, OrientationJournal, PlacementService,
    RequestOrientationHandler, TransitionOrientationHandler,
    GetOrientationHandler, ListOrientationsHandler, ListCaseOrientationsHandler, CaseOrientationsSummaryHandler, PendingOrientationsCountHandler,
    OrientationActivityHandler,
    OrientationRequestChecks, CheckOrientationEligibilityHandler,
    SetHostCapacityHandler, GetHostCapacityHandler, GetHostOccupancyHandler, SetHostLocationHandler, GetHostLocationHandler, ListHostsHandler,
    PlaceBoardHandler,
    ListDistancingRulesHandler, SetDistancingRuleHandler,
    ForgetCaseOrientationNotesHandler,
  ],
})
export class OrientationsModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(orientationAbilities);
  }
}
