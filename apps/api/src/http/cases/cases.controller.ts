import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiTags } from '@nestjs/swagger';
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

  @Get()
  @CheckPolicies('read', 'Case')
  list(@CurrentActor() actor: Actor, @Query() q: ListCasesDto) {
    const { cursor, limit, assignedTo, ...filter } = q;
    return this.queries.execute(new ListCasesQuery(actor, { ...filter, ...(assignedTo ? { assignedTo: assignedTo === 'me' ? actor.userId : assignedTo.toLowerCase() } : {}), cursor, limit: limit ?? 50 }));
  }

  /** A POST so that the name never appears in an address or an access log. */
  @Post('search-by-name')
  @HttpCode(200)
  @CheckPolicies('read_identity', 'Case')
  searchByName(@CurrentActor() actor: Actor, @Body() dto: NameSearchDto) {
    return this.queries.execute(new SearchCasesByNameQuery(actor, dto));
  }

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
  @Patch(':id')
  @CheckPolicies('update', 'Case')
  async rectify(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: RectifyCaseDto, @Res({ passthrough: true }) res: Response, @Headers('if-match') ifMatch?: string) {
    const { version: _v, note, ...changes } = dto;
    const done = await this.commands.execute(new RectifyCaseCommand(actor, id, changes, note, version(ifMatch, dto)));
    res.setHeader('ETag', `"${done.version}"`);
    return done;
  }

  /** The corrections made after intake: dates and fields changed; the replaced values for those who read the identity (an audited identity read). */
  @Get(':id/rectifications')
  @CheckPolicies('read', 'Case')
  rectifications(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetCaseRectificationsQuery(actor, id));
  }

  @Get(':id/identity')
  @CheckPolicies('read', 'Case')
  identity(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Query() q: IdentityReasonDto) {
    return this.queries.execute(new GetCaseIdentityQuery(actor, id, q.reason ?? 'follow_up'));
  }

  @Get(':id/history')
  @CheckPolicies('read', 'Case')
  history(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetCaseHistoryQuery(actor, id));
  }

  @Post(':id/identification')
  @HttpCode(200)
  @CheckPolicies(['identify', 'formally_identify'], 'Case')
  identification(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: IdentificationDto, @Headers('if-match') ifMatch?: string) {
    return this.commands.execute(new RecordIdentificationCommand(actor, id, dto.to, dto.occurredOn, dto.note, version(ifMatch, dto)));
  }

  @Post(':id/indicators')
  @CheckPolicies('update', 'Case')
  indicator(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: IndicatorDto, @Headers('if-match') ifMatch?: string) {
    const { version: _v, ...indicator } = dto;
    return this.commands.execute(new AddIndicatorCommand(actor, id, indicator, version(ifMatch, dto)));
  }

  @Post(':id/residence-events')
  @CheckPolicies('record_residence', 'Case')
  residence(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: TrackEventDto, @Headers('if-match') ifMatch?: string) {
    return this.trackEvent(actor, id, 'residence', dto, ifMatch);
  }

  @Post(':id/child-protection-events')
  @CheckPolicies('record_child_protection', 'Case')
  childProtection(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: TrackEventDto, @Headers('if-match') ifMatch?: string) {
    return this.trackEvent(actor, id, 'child_protection', dto, ifMatch);
  }

  @Post(':id/criminal-events')
  @CheckPolicies('record_criminal', 'Case')
  criminal(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: TrackEventDto, @Headers('if-match') ifMatch?: string) {
    return this.trackEvent(actor, id, 'criminal', dto, ifMatch);
  }

  @Post(':id/close')
  @HttpCode(200)
  @CheckPolicies('close', 'Case')
  close(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: CloseCaseDto, @Headers('if-match') ifMatch?: string) {
    return this.commands.execute(new ChangeCaseStatusCommand(actor, id, dto.event ?? 'close', dto.reason, dto.note, version(ifMatch, dto)));
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @CheckPolicies('close', 'Case')
  reopen(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: NoteDto, @Headers('if-match') ifMatch?: string) {
    return this.commands.execute(new ChangeCaseStatusCommand(actor, id, 'reopen', undefined, dto.note, version(ifMatch, dto)));
  }

  @Post(':id/status')
  @HttpCode(200)
  @CheckPolicies('close', 'Case')
  status(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: CaseStatusDto, @Headers('if-match') ifMatch?: string) {
    return this.commands.execute(new ChangeCaseStatusCommand(actor, id, dto.event, undefined, dto.note, version(ifMatch, dto)));
  }

  @Post(':id/consents')
  @CheckPolicies('record_consent', 'Case')
  consent(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: ConsentDto, @Headers('if-match') ifMatch?: string) {
    return this.commands.execute(new RecordConsentCommand(actor, id, dto.purpose, dto.granted, dto.method, dto.targetOrganisationId, version(ifMatch, dto)));
  }

  @Put(':id/unaccompanied-minor')
  @CheckPolicies('record_child_protection', 'Case')
  unaccompaniedMinor(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: UnaccompaniedMinorDto, @Headers('if-match') ifMatch?: string) {
    return this.commands.execute(new SetUnaccompaniedMinorCommand(actor, id, dto.unaccompaniedMinor, version(ifMatch, dto)));
  }

  @Post(':id/referrals')
  @CheckPolicies('share', 'Case')
  refer(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: ReferralDto, @Headers('if-match') ifMatch?: string) {
    return this.commands.execute(new ReferCaseCommand(actor, id, dto.organisationId, version(ifMatch, dto)));
  }

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
