import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  CheckOrientationEligibilityQuery, GetOrientationQuery, ListCaseOrientationsQuery, ListOrientationsQuery, RequestOrientationCommand, TransitionOrientationCommand,
} from '@mnio/orientations';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe, parseIfMatch } from '@mnio/platform';
import { CaseOrientationsDto, EligibilityCheckDto, EligibilityQueryDto, ListOrientationsDto, RequestOrientationDto, TransitionDto } from './orientations.dto';
import { ApiErrors } from '../api-docs';
import * as answers from './orientations.responses';

@ApiTags('orientations')
@ApiBearerAuth()
@Controller('api')
export class OrientationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiOperation({ summary: 'Asks for an orientation', description: 'Asks for an orientation of the case (shelter, Ac.Sé, minors\' centre, …) if the eligibility rules allow it; the target is told.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'ORIENTATION_ALREADY_OPEN', 'ORIENTATION_TARGET_INVALID', 'TARGET_TERRITORY_MISMATCH', 'CASE_NOT_ACTIVE', 'CHANNEL_INVALID', 'PLACE_KIND_REQUIRED', 'PLACE_KIND_INVALID', 'REASON_CODE_REQUIRED', 'REASON_CODE_INVALID', 'ELIGIBILITY_ADULT_REQUIRED', 'ELIGIBILITY_MINOR_REQUIRED', 'ELIGIBILITY_CONSENT_REQUIRED', 'ELIGIBILITY_LOCAL_DANGER_REQUIRED', 'ELIGIBILITY_DISTANCE', 'ELIGIBILITY_LEGAL_BASIS_REQUIRED', 'ELIGIBILITY_PARQUET_REQUIRED', 'ELIGIBILITY_NON_EU_REQUIRED', 'ELIGIBILITY_PSP_SEXUAL_EXPLOITATION', 'ELIGIBILITY_PSP_APPROVED_ASSOCIATION')
  @ApiResponse({ status: 201, type: answers.OrientationsRequestAnswer })
  @Post('cases/:id/orientations')
  @CheckPolicies('request', 'Orientation')
  async request(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: RequestOrientationDto, @Res({ passthrough: true }) res: Response) {
    const view = await this.commands.execute(new RequestOrientationCommand(actor, id, dto));
    res.setHeader('ETag', `"${view.version}"`);
    res.setHeader('Location', `/api/orientations/${view.id}`);
    return view;
  }

  @ApiOperation({ summary: 'Checks whether an orientation may be asked', description: 'A dry run of the request: whether it would be accepted now, and why not. Nothing is written.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND')
  @Get('cases/:id/orientations/eligibility')
  @CheckPolicies('request', 'Orientation')
  @ApiOkResponse({ type: EligibilityCheckDto, description: 'Whether the request would be accepted now, and why not; nothing is written' })
  eligibility(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Query() q: EligibilityQueryDto) {
    return this.queries.execute(new CheckOrientationEligibilityQuery(actor, id, q));
  }

  @ApiOperation({ summary: 'Lists the orientations of a case', description: 'The orientations of one case, with their state and the steps this reader may take.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.OrientationPage })
  @Get('cases/:id/orientations')
  @CheckPolicies('read', 'Case')
  ofCase(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Query() q: CaseOrientationsDto) {
    const { limit, ...filter } = q;
    return this.queries.execute(new ListCaseOrientationsQuery(actor, id, { ...filter, limit: limit ?? 50 }));
  }

  @ApiOperation({ summary: 'Lists orientations', description: 'The orientations my organisations asked for, received or host, filtered by state and kind, one page at a time.' })
  @ApiErrors('VALIDATION_FAILED', 'INVALID_CURSOR')
  @ApiResponse({ status: 200, type: answers.OrientationPage })
  @Get('orientations')
  @CheckPolicies('read', 'Orientation')
  list(@CurrentActor() actor: Actor, @Query() q: ListOrientationsDto) {
    const { inbox, limit, ...filter } = q;
    return this.queries.execute(new ListOrientationsQuery(actor, { ...filter, inbox: inbox ?? false, limit: limit ?? 50 }));
  }

  @ApiOperation({ summary: 'Reads an orientation', description: 'An orientation with its history and the next steps offered to each party.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.OrientationWithHistory })
  @Get('orientations/:id')
  @CheckPolicies('read', 'Orientation')
  async get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const view = await this.queries.execute(new GetOrientationQuery(actor, id));
    res.setHeader('ETag', `"${view.version}"`);
    return view;
  }

  @ApiOperation({ summary: 'Takes an orientation step', description: 'Accepts, refuses, chooses a host, dates the meeting or the transfer, admits, ends… on the version read; the parties are told.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'ILLEGAL_TRANSITION', 'UNKNOWN_MOVE', 'ACTION_NOT_ALLOWED_FOR_PARTY', 'REASON_CODE_REQUIRED', 'REASON_CODE_INVALID', 'HOST_REQUIRED', 'HOST_NOT_IN_NETWORK', 'NO_PLACE_AVAILABLE', 'SCHEDULED_AT_NOT_EXPECTED', 'PSP_MAX_DURATION_REACHED')
  @ApiResponse({ status: 200, type: answers.OrientationView })
  @Post('orientations/:id/transitions')
  @HttpCode(200)
  @CheckPolicies(['act_as_requester', 'act_as_target', 'act_as_host'], 'Orientation')
  @ApiHeader({ name: 'If-Match', required: false, description: 'Version read (ETag); a stale one answers 409 VERSION_CONFLICT' })
  async transition(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: TransitionDto,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-match') ifMatch?: string,
  ) {
    const { version, ...input } = dto;
    const view = await this.commands.execute(new TransitionOrientationCommand(actor, id, input, parseIfMatch(ifMatch) ?? version));
    res.setHeader('ETag', `"${view.version}"`);
    return view;
  }
}
