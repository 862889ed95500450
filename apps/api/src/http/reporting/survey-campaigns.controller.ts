import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import {
  CloseSurveyCampaignCommand, CorrectSurveyQuestionnaireCommand, ExportCampaignResultsQuery, FollowSurveyCampaignQuery, GetCampaignResultsQuery,
  GetSurveyQuestionnaireQuery, ListMySurveyQuestionnairesQuery, ListSurveyCampaignsQuery, OpenSurveyCampaignCommand, SubmitSurveyQuestionnaireCommand,
} from '@mnio/reporting';
import {
  CampaignDto, CampaignResultsDto, CampaignSummaryDto, CorrectionsDto, MyQuestionnaireDto, OpenCampaignDto, QuestionnaireDto, ResultsExportParamsDto, ResultsParamsDto,
  VersionDto,
} from './survey-campaigns.dto';

/** The annual survey campaign (issue 13 §5): the national analyst's side. */
@ApiTags('reporting')
@ApiBearerAuth()
@Controller('api/survey-campaigns')
export class SurveyCampaignsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @CheckPolicies('read', 'SurveyCampaign')
  @ApiOkResponse({ type: [CampaignSummaryDto] })
  list(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListSurveyCampaignsQuery(actor));
  }

  @Post()
  @CheckPolicies('open', 'SurveyCampaign')
  @ApiOkResponse({ type: CampaignDto })
  open(@CurrentActor() actor: Actor, @Body() body: OpenCampaignDto) {
    return this.commands.execute(new OpenSurveyCampaignCommand(actor, body.year));
  }

  @Get(':year')
  @CheckPolicies('read', 'SurveyCampaign')
  @ApiOkResponse({ type: CampaignDto })
  follow(@CurrentActor() actor: Actor, @Param('year', ParseIntPipe) year: number) {
    return this.queries.execute(new FollowSurveyCampaignQuery(actor, year));
  }

  @Post(':year/close')
  @HttpCode(200)
  @CheckPolicies('close', 'SurveyCampaign')
  @ApiOkResponse({ type: CampaignDto })
  close(@CurrentActor() actor: Actor, @Param('year', ParseIntPipe) year: number, @Body() body: VersionDto) {
    return this.commands.execute(new CloseSurveyCampaignCommand(actor, year, body.version));
  }

  @Get(':year/results')
  @CheckPolicies('read', 'SurveyCampaign')
  @ApiOkResponse({ type: CampaignResultsDto })
  results(@CurrentActor() actor: Actor, @Param('year', ParseIntPipe) year: number, @Query() p: ResultsParamsDto) {
    return this.queries.execute(new GetCampaignResultsQuery(actor, year, p.publication ?? false));
  }

  @Get(':year/results/export')
  @CheckPolicies('export', 'SurveyCampaign')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(@CurrentActor() actor: Actor, @Param('year', ParseIntPipe) year: number, @Query() p: ResultsExportParamsDto, @Res({ passthrough: true }) res: Response) {
    const file = await this.queries.execute(new ExportCampaignResultsQuery(actor, year, p.publication ?? false, p.format));
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    return new StreamableFile(file.body);
  }
}

/** The annual survey: an organisation's questionnaire, read, corrected and signed by its signers. */
@ApiTags('reporting')
@ApiBearerAuth()
@Controller('api/survey-questionnaires')
export class SurveyQuestionnairesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @CheckPolicies('read', 'SurveyQuestionnaire')
  @ApiOkResponse({ type: [MyQuestionnaireDto] })
  mine(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListMySurveyQuestionnairesQuery(actor));
  }

  @Get(':id')
  @CheckPolicies('read', 'SurveyQuestionnaire')
  @ApiOkResponse({ type: QuestionnaireDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetSurveyQuestionnaireQuery(actor, id));
  }

  @Put(':id/corrections')
  @CheckPolicies('correct', 'SurveyQuestionnaire')
  @ApiOkResponse({ type: QuestionnaireDto })
  correct(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: CorrectionsDto) {
    return this.commands.execute(new CorrectSurveyQuestionnaireCommand(actor, id, body.version, body.corrections));
  }

  @Post(':id/submit')
  @HttpCode(200)
  @CheckPolicies('submit', 'SurveyQuestionnaire')
  @ApiOkResponse({ type: QuestionnaireDto })
  submit(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: VersionDto) {
    return this.commands.execute(new SubmitSurveyQuestionnaireCommand(actor, id, body.version));
  }
}
