import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@mnio/platform';
import './coordination.errors';
import { CellAccess } from './access/cell-access.service';
import { ActionOpener } from './actions/action-opener.service';
import { AddActionHandler } from './actions/add-action.handler';
import { ListCaseReadersHandler } from './access-log/case-readers.query';
import { ListActionsHandler } from './actions/list-actions.query';
import { CellActivityHandler } from './activity/cell-activity.query';
import { AgendaSuggestionsHandler } from './agenda/agenda-suggestions.query';
import { TransitionActionHandler } from './actions/transition-action.handler';
import { BreakGlassReportHandler } from './break-glass/break-glass-report.query';
import { BreakGlassHandler } from './break-glass/break-glass.handler';
import { GetCellHandler } from './cells/get-cell.query';
import { coordinationAbilities } from './coordination.abilities';
import { COORDINATION_CONFIG, loadCoordinationConfig } from './coordination.config';
import { CellDashboardHandler } from './dashboard/cell-dashboard.handler';
import { DashboardCountsCache } from './dashboard/dashboard-counts.cache';
import { PENDING_ORIENTATIONS, QueryBusPendingOrientations } from './dashboard/pending-orientations';
import { ForgetCaseCoordinationTextsHandler } from './forget-case-texts/forget-case-texts.handler';
import { PurgeBreakGlassUsesHandler } from './purge-break-glass-uses/purge-break-glass-uses.handler';
import { RecordDecisionHandler } from './decisions/record-decision.handler';
import { GetMeetingHandler, ListCaseDecisionsHandler, ListMeetingsHandler } from './meetings/meeting.queries';
import { AddAgendaItemHandler, AddAttendeeHandler, RemoveAttendeeHandler, ScheduleMeetingHandler } from './meetings/schedule-meeting.handler';
import { MeetingMinutesHandler, MeetingMinutesPdfHandler } from './minutes/meeting-minutes.query';
import { MinutesReader } from './minutes/minutes-reader.service';
import { AnswerTransferHandler } from './transfers/answer-transfer.handler';
import { ListTransfersHandler } from './transfers/list-transfers.query';
import { RequestTransferHandler } from './transfers/request-transfer.handler';
import { TransferTargetsHandler } from './transfers/transfer-targets.query';

/** CLAV TEH cells: dashboard, meetings, decisions, follow-up actions; transfers between territories; break-the-glass. */
@Module({
  providers: [
    { provide: COORDINATION_CONFIG, useFactory: () => loadCoordinationConfig() },
    { provide: PENDING_ORIENTATIONS, useClass: QueryBusPendingOrientations },
    CellAccess, DashboardCountsCache, ActionOpener, MinutesReader,
    GetCellHandler, CellDashboardHandler, CellActivityHandler,
    ScheduleMeetingHandler, AddAttendeeHandler, RemoveAttendeeHandler, AddAgendaItemHandler, AgendaSuggestionsHandler,
    GetMeetingHandler, ListMeetingsHandler, ListCaseDecisionsHandler, MeetingMinutesHandler, MeetingMinutesPdfHandler,
    RecordDecisionHandler, AddActionHandler, TransitionActionHandler, ListActionsHandler,
    RequestTransferHandler, AnswerTransferHandler, ListTransfersHandler,
    BreakGlassHandler, BreakGlassReportHandler,
    TransferTargetsHandler, ListCaseReadersHandler,
    ForgetCaseCoordinationTextsHandler,
    PurgeBreakGlassUsesHandler,
  ],
})
export class CoordinationModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(coordinationAbilities);
  }
}
