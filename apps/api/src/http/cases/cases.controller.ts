import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiExtraModels, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  AddIndicatorCommand, ChangeCaseStatusCommand, CheckDuplicatesCommand, CreateCaseCommand, GetCaseHistoryQuery, GetCaseIdentityQuery, GetCaseQuery,
  ListCasesQuery, SearchCasesByNameQuery, RectifyCaseCommand, GetCaseRectificationsQuery, RecordConsentCommand, RecordIdentificationCommand, RecordTrackEventCommand, ReferCaseCommand, SetUnaccompaniedMinorCommand, TrackName,
} from '@mnio/cases';
import { CaseOrientationsSummaryQuery } from '@mnio/orientations';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe, parseIfMatch } from '@mnio/platform';
import {
  CaseStatusDto, CloseCaseDto, ConsentDto, CREATE_CASE_EXAMPLE, CreateCaseDto, IdentificationDto, IdentityReasonDto, IndicatorDto, ListCasesDto, NoteDto,
  NameSearchDto, ReferralDto, TrackEventDto, UnaccompaniedMinorDto, VersionedDto, RectifyCaseDto,
} from './cases.dto';
import { ApiErrors } from '../api-docs';
import * as answers from './cases.responses';

const version = (ifMatch: string | undefined, dto: VersionedDto) => parseIfMatch(ifMatch) ?? dto.version;

@ApiTags('cases')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'Version read (ETag); a stale one answers 409 VERSION_CONFLICT' })
@Controller('api/cases')
export class CasesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiOperation({ summary: 'Records a new situation', description: 'Records a presumed victim\'s case with its identity (encrypted), facts, indicators and consents in one transaction; answers its id, reference and version, and whether another organisation may follow the same person.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'BIRTH_DATE_IN_FUTURE', 'BIRTH_DATE_AND_AGE', 'EVENT_TERRITORY_REQUIRED', 'EVENT_PERIOD_INVALID', 'INVALID_PHONE_NUMBER', 'TERRITORY_NOT_COVERED', 'CONSENT_TARGET_REQUIRED')
  @ApiResponse({ status: 201, type: answers.CaseCreated })
  @Post()
  @CheckPolicies('create', 'Case')
  @ApiBody({ type: CreateCaseDto, examples: { okafor: { summary: 'A presumed victim met during outreach', value: CREATE_CASE_EXAMPLE } } })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateCaseDto, @Res({ passthrough: true }) res: Response) {
    const created = await this.commands.execute(
      new CreateCaseCommand(actor, { ...dto, events: dto.events ?? [], vulnerabilities: dto.vulnerabilities ?? [], needs: dto.needs ?? [] }),
    );
    res.setHeader('ETag', `"${created.version}"`);
    res.setHeader('Location', `/api/cases/${created.id}`);
    return created;
  }

  @ApiOperation({ summary: 'Lists the cases I may read', description: 'The cases visible to my organisations and territories, newest change first, filtered by status, form, minor, deadline and dates; one page at a time. References and codes, never identity.' })
  @ApiErrors('VALIDATION_FAILED', 'INVALID_CURSOR')
  @ApiResponse({ status: 200, type: answers.CaseSummaryPage })
  @Get()
  @CheckPolicies('read', 'Case')
  list(@CurrentActor() actor: Actor, @Query() q: ListCasesDto) {
    const { cursor, limit, assignedTo, ...filter } = q;
    return this.queries.execute(new ListCasesQuery(actor, { ...filter, ...(assignedTo ? { assignedTo: assignedTo === 'me' ? actor.userId : assignedTo.toLowerCase() } : {}), cursor, limit: limit ?? 50 }));
  }

  /** A POST so that the name never appears in an address or an access log. */
  @ApiOperation({ summary: 'Finds cases by name', description: 'For those who read identity: the cases whose exact normalised name and birth year match (blind index, never a fuzzy search). A POST so the name never appears in an address or a log; the answer gives references, not names.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'IDENTITY_NOT_SHARED')
  @ApiResponse({ status: 200, type: answers.CaseSummaryList })
  @Post('search-by-name')
  @HttpCode(200)
  @CheckPolicies('read_identity', 'Case')
  searchByName(@CurrentActor() actor: Actor, @Body() dto: NameSearchDto) {
    return this.queries.execute(new SearchCasesByNameQuery(actor, dto));
  }

  @ApiOperation({ summary: 'Reads a case', description: 'A case\'s facts, statuses, deadlines, consents, links and orientations as this reader may see them, with the actions it may take now; the ETag carries its version. No identity.' })
  @ApiErrors('NOT_FOUND')
  @ApiExtraModels(answers.CaseViewIndicatorSummary)
  @ApiResponse({ status: 200, type: answers.CaseView })
  @Get(':id')
  @CheckPolicies('read', 'Case')
  async get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const view = await this.queries.execute(new GetCaseQuery(actor, id));
    // Kinds and states only: which host or service took the person in is not for every viewer to know.
    const orientations = (await this.queries.execute(new CaseOrientationsSummaryQuery(id))).map((o) => ({
      orientationId: o.orientationId, targetKind: o.targetKind, state: o.state,
    }));
    res.setHeader('ETag', `"${view.version}"`);
    return { ...view, orientations };
  }

  /** Corrects identity fields and facts after intake (the owner's workers), on the version read; the replaced values are kept encrypted. */
  @ApiOperation({ summary: 'Corrects a case after intake', description: 'Corrects identity fields and facts (the owner\'s workers) on the version read; the replaced values are kept encrypted in the history and the change is audited.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'NOTHING_TO_RECTIFY', 'RECTIFICATION_CHANGES_MINORITY', 'CASE_ANONYMISED', 'BIRTH_DATE_IN_FUTURE')
  @ApiResponse({ status: 200, type: answers.CasesRectifyAnswer })
  @Patch(':id')
  @CheckPolicies('update', 'Case')
  async rectify(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: RectifyCaseDto, @Res({ passthrough: true }) res: Response, @Headers('if-match') ifMatch?: string) {
    const { version: _v, note, ...changes } = dto;
    const done = await this.commands.execute(new RectifyCaseCommand(actor, id, changes, note, version(ifMatch, dto)));
    res.setHeader('ETag', `"${done.version}"`);
    return done;
  }

  /** The corrections made after intake: dates and fields changed; the replaced values for those who read the identity (an audited identity read). */
  @ApiOperation({ summary: 'Lists the corrections of a case', description: 'The corrections made after intake: dates and fields changed; the replaced values only for those who read the identity (an audited identity read).' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: [answers.CaseRectificationView] })
  @Get(':id/rectifications')
  @CheckPolicies('read', 'Case')
  rectifications(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetCaseRectificationsQuery(actor, id));
  }

  @ApiOperation({ summary: 'Reads the identity of a case', description: 'The person\'s identity, narrative and danger notes, for those the owner shares them with; every read is audited with its reason.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'IDENTITY_NOT_SHARED', 'CASE_ANONYMISED')
  @ApiResponse({ status: 200, type: answers.CaseIdentityView })
  @Get(':id/identity')
  @CheckPolicies('read', 'Case')
  identity(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Query() q: IdentityReasonDto) {
    return this.queries.execute(new GetCaseIdentityQuery(actor, id, q.reason ?? 'follow_up'));
  }

  @ApiOperation({ summary: 'Reads the history of a case', description: 'Every event of the case\'s tracks (identification, residence, child protection, criminal, status), oldest first.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: [answers.CaseHistoryEntry] })
  @Get(':id/history')
  @CheckPolicies('read', 'Case')
  history(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetCaseHistoryQuery(actor, id));
  }

  @ApiOperation({ summary: 'Records an identification step', description: 'Moves the identification track (presumed victim, identified, not identified) on the version read.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'ILLEGAL_TRANSITION', 'TRANSITION_NOT_ALLOWED_FOR_ROLE', 'CASE_ANONYMISED')
  @ApiResponse({ status: 200, type: answers.CasesIdentificationAnswer })
  @Post(':id/identification')
  @HttpCode(200)
  @CheckPolicies(['identify', 'formally_identify'], 'Case')
  identification(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: IdentificationDto, @Headers('if-match') ifMatch?: string) {
    return this.commands.execute(new RecordIdentificationCommand(actor, id, dto.to, dto.occurredOn, dto.note, version(ifMatch, dto)));
  }

  @ApiOperation({ summary: 'Adds an indicator of trafficking', description: 'Adds one indicator with its strength to the case, on the version read.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'CASE_ANONYMISED')
  @ApiResponse({ status: 201, type: answers.CasesIndicatorAnswer })
  @Post(':id/indicators')
  @CheckPolicies('update', 'Case')
  indicator(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: IndicatorDto, @Headers('if-match') ifMatch?: string) {
    const { version: _v, ...indicator } = dto;
    return this.commands.execute(new AddIndicatorCommand(actor, id, indicator, version(ifMatch, dto)));
  }

  @ApiOperation({ summary: 'Records a residence event', description: 'A step of the residence permit track (reflection period, permit asked, granted, renewed, refused) with the facts it needs.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'ILLEGAL_TRANSITION', 'UNKNOWN_MOVE', 'TRANSITION_NOT_ALLOWED_FOR_ROLE', 'RESIDENCE_TRACK_NOT_APPLICABLE', 'EVENT_FIELD_REQUIRED', 'EVENT_FIELD_NOT_ALLOWED', 'EVENT_FIELD_INVALID')
  @ApiResponse({ status: 201, type: answers.CasesResidenceAnswer })
  @Post(':id/residence-events')
  @CheckPolicies('record_residence', 'Case')
  residence(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: TrackEventDto, @Headers('if-match') ifMatch?: string) {
    return this.trackEvent(actor, id, 'residence', dto, ifMatch);
  }

  @ApiOperation({ summary: 'Records a child protection event', description: 'A step of a minor\'s protection track (report, placement, hearing) with the facts it needs.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'ILLEGAL_TRANSITION', 'UNKNOWN_MOVE', 'TRANSITION_NOT_ALLOWED_FOR_ROLE', 'CHILD_PROTECTION_NOT_APPLICABLE', 'EVENT_FIELD_REQUIRED', 'EVENT_FIELD_NOT_ALLOWED', 'EVENT_FIELD_INVALID')
  @ApiResponse({ status: 201, type: answers.CasesResidenceAnswer })
  @Post(':id/child-protection-events')
  @CheckPolicies('record_child_protection', 'Case')
  childProtection(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: TrackEventDto, @Headers('if-match') ifMatch?: string) {
    return this.trackEvent(actor, id, 'child_protection', dto, ifMatch);
  }

  @ApiOperation({ summary: 'Records a criminal procedure event', description: 'A step of the criminal track (complaint, investigation, trial, conviction) with the facts it needs.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'ILLEGAL_TRANSITION', 'UNKNOWN_MOVE', 'TRANSITION_NOT_ALLOWED_FOR_ROLE', 'CONVICTION_REQUIRED', 'EVENT_FIELD_REQUIRED', 'EVENT_FIELD_NOT_ALLOWED', 'EVENT_FIELD_INVALID')
  @ApiResponse({ status: 201, type: answers.CasesResidenceAnswer })
  @Post(':id/criminal-events')
  @CheckPolicies('record_criminal', 'Case')
  criminal(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: TrackEventDto, @Headers('if-match') ifMatch?: string) {
    return this.trackEvent(actor, id, 'criminal', dto, ifMatch);
  }

  @ApiOperation({ summary: 'Closes a case', description: 'Closes the case with a reason, on the version read; its deadlines stop.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'ILLEGAL_TRANSITION', 'CLOSURE_REASON_INVALID', 'CLOSURE_REASON_REQUIRED')
  @ApiResponse({ status: 200, type: answers.CasesCloseAnswer })
  @Post(':id/close')
  @HttpCode(200)
  @CheckPolicies('close', 'Case')
  close(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: CloseCaseDto, @Headers('if-match') ifMatch?: string) {
    return this.commands.execute(new ChangeCaseStatusCommand(actor, id, dto.event ?? 'close', dto.reason, dto.note, version(ifMatch, dto)));
  }

  @ApiOperation({ summary: 'Reopens a closed case', description: 'Reopens a closed case, on the version read.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'ILLEGAL_TRANSITION', 'CASE_ANONYMISED')
  @ApiResponse({ status: 200, type: answers.CasesCloseAnswer })
  @Post(':id/reopen')
  @HttpCode(200)
  @CheckPolicies('close', 'Case')
  reopen(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: NoteDto, @Headers('if-match') ifMatch?: string) {
    return this.commands.execute(new ChangeCaseStatusCommand(actor, id, 'reopen', undefined, dto.note, version(ifMatch, dto)));
  }

  @ApiOperation({ summary: 'Changes the status of a case', description: 'Moves the case\'s own status (active, suspended, …), on the version read.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'ILLEGAL_TRANSITION', 'UNKNOWN_MOVE', 'TRANSITION_NOT_ALLOWED_FOR_ROLE')
  @ApiResponse({ status: 200, type: answers.CasesCloseAnswer })
  @Post(':id/status')
  @HttpCode(200)
  @CheckPolicies('close', 'Case')
  status(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: CaseStatusDto, @Headers('if-match') ifMatch?: string) {
    return this.commands.execute(new ChangeCaseStatusCommand(actor, id, dto.event, undefined, dto.note, version(ifMatch, dto)));
  }

  @ApiOperation({ summary: 'Records a consent', description: 'Records the person\'s consent (or its withdrawal) for a purpose and, where it applies, a target organisation.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'CONSENT_TARGET_REQUIRED', 'CONSENT_NOT_APPLICABLE')
  @ApiResponse({ status: 201, type: answers.CasesConsentAnswer })
  @Post(':id/consents')
  @CheckPolicies('record_consent', 'Case')
  consent(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: ConsentDto, @Headers('if-match') ifMatch?: string) {
    return this.commands.execute(new RecordConsentCommand(actor, id, dto.purpose, dto.granted, dto.method, dto.targetOrganisationId, version(ifMatch, dto)));
  }

  @ApiOperation({ summary: 'Says whether a minor is unaccompanied', description: 'Records whether a minor\'s case is an unaccompanied minor\'s, on the version read.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'CASE_NOT_MINOR')
  @ApiResponse({ status: 200, type: answers.CasesUnaccompaniedMinorAnswer })
  @Put(':id/unaccompanied-minor')
  @CheckPolicies('record_child_protection', 'Case')
  unaccompaniedMinor(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: UnaccompaniedMinorDto, @Headers('if-match') ifMatch?: string) {
    return this.commands.execute(new SetUnaccompaniedMinorCommand(actor, id, dto.unaccompaniedMinor, version(ifMatch, dto)));
  }

  @ApiOperation({ summary: 'Refers a case to an organisation', description: 'Shares the case with another organisation (a police service needs the person\'s consent); the organisation is told.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'ALREADY_REFERRED', 'SHARE_TARGET_NOT_ALLOWED', 'POLICE_CONTACT_CONSENT_REQUIRED')
  @ApiResponse({ status: 201, type: answers.CasesReferAnswer })
  @Post(':id/referrals')
  @CheckPolicies('share', 'Case')
  refer(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: ReferralDto, @Headers('if-match') ifMatch?: string) {
    return this.commands.execute(new ReferCaseCommand(actor, id, dto.organisationId, version(ifMatch, dto)));
  }

  @ApiOperation({ summary: 'Checks a case for duplicates', description: 'Looks for the same person among the cases of other organisations (blind index) and records the matches; their owners are told.' })
  @ApiErrors('NOT_FOUND', 'DUPLICATE_CHECKS_LIMITED', 'CASE_ANONYMISED')
  @ApiResponse({ status: 200, type: answers.DuplicateCheck })
  @Post(':id/duplicates/check')
  @HttpCode(200)
  @CheckPolicies('check_duplicates', 'Case')
  checkDuplicates(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.commands.execute(new CheckDuplicatesCommand(actor, id));
  }

  private trackEvent(actor: Actor, id: string, track: TrackName, dto: TrackEventDto, ifMatch?: string) {
    const { event, occurredOn, note, version: _v, ...details } = dto;
    return this.commands.execute(new RecordTrackEventCommand(actor, id, track, event, occurredOn, details, note, version(ifMatch, dto)));
  }
}
