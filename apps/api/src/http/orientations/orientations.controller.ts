import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  CheckOrientationEligibilityQuery, GetOrientationQuery, ListCaseOrientationsQuery, ListOrientationsQuery, RequestOrientationCommand, TransitionOrientationCommand,
} from '@mnio/orientations';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe, parseIfMatch } from '@mnio/platform';
import { CaseOrientationsDto, EligibilityCheckDto, EligibilityQueryDto, ListOrientationsDto, RequestOrientationDto, TransitionDto } from './orientations.dto';

@ApiTags('orientations')
@ApiBearerAuth()
@Controller('api')
export class OrientationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('cases/:id/orientations')
  @CheckPolicies('request', 'Orientation')
  async request(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: RequestOrientationDto, @Res({ passthrough: true }) res: Response) {
    const view = await this.commands.execute(new RequestOrientationCommand(actor, id, dto));
    res.setHeader('ETag', `"${view.version}"`);
    res.setHeader('Location', `/api/orientations/${view.id}`);
    return view;
  }

  @Get('cases/:id/orientations/eligibility')
  @CheckPolicies('request', 'Orientation')
  @ApiOkResponse({ type: EligibilityCheckDto, description: 'Whether the request would be accepted now, and why not; nothing is written' })
  eligibility(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Query() q: EligibilityQueryDto) {
    return this.queries.execute(new CheckOrientationEligibilityQuery(actor, id, q));
  }

  @Get('cases/:id/orientations')
  @CheckPolicies('read', 'Case')
  ofCase(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Query() q: CaseOrientationsDto) {
    const { limit, ...filter } = q;
    return this.queries.execute(new ListCaseOrientationsQuery(actor, id, { ...filter, limit: limit ?? 50 }));
  }

  @Get('orientations')
  @CheckPolicies('read', 'Orientation')
  list(@CurrentActor() actor: Actor, @Query() q: ListOrientationsDto) {
    const { inbox, limit, ...filter } = q;
    return this.queries.execute(new ListOrientationsQuery(actor, { ...filter, inbox: inbox ?? false, limit: limit ?? 50 }));
  }

  @Get('orientations/:id')
  @CheckPolicies('read', 'Orientation')
  async get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const view = await this.queries.execute(new GetOrientationQuery(actor, id));
    res.setHeader('ETag', `"${view.version}"`);
    return view;
  }

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
