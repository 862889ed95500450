import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
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
import { ApiErrors, ApiFile } from '../api-docs';

/** The annual survey campaign (issue 13 §5): the national analyst's side. */
@ApiTags('reporting')
@ApiBearerAuth()
@Controller('api/survey-campaigns')
export class SurveyCampaignsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiOperation({ summary: 'Lists survey campaigns', description: 'The yearly statistical survey campaigns with their progress.' })
  @ApiErrors()
  @Get()
  @CheckPolicies('read', 'SurveyCampaign')
  @ApiOkResponse({ type: [CampaignSummaryDto] })
  list(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListSurveyCampaignsQuery(actor));
  }

  @ApiOperation({ summary: 'Opens a survey campaign', description: 'Opens the survey of a year: each organisation gets its questionnaire, prefilled from its cases.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'SURVEY_CAMPAIGN_EXISTS', 'SURVEY_YEAR_INVALID')
  @Post()
  @CheckPolicies('open', 'SurveyCampaign')
  @ApiOkResponse({ type: CampaignDto })
  open(@CurrentActor() actor: Actor, @Body() body: OpenCampaignDto) {
    return this.commands.execute(new OpenSurveyCampaignCommand(actor, body.year));
  }

  @ApiOperation({ summary: 'Follows a survey campaign', description: 'Which organisations submitted their questionnaire for the year.' })
  @ApiErrors('NOT_FOUND', 'SURVEY_YEAR_INVALID')
  @Get(':year')
  @CheckPolicies('read', 'SurveyCampaign')
  @ApiOkResponse({ type: CampaignDto })
  follow(@CurrentActor() actor: Actor, @Param('year', ParseIntPipe) year: number) {
    return this.queries.execute(new FollowSurveyCampaignQuery(actor, year));
  }

  @ApiOperation({ summary: 'Closes a survey campaign', description: 'Closes the year\'s campaign; questionnaires can no longer be corrected.' })
  @ApiErrors('NOT_FOUND', 'SURVEY_CAMPAIGN_CLOSED', 'SURVEY_YEAR_INVALID')
  @Post(':year/close')
  @HttpCode(200)
  @CheckPolicies('close', 'SurveyCampaign')
  @ApiOkResponse({ type: CampaignDto })
  close(@CurrentActor() actor: Actor, @Param('year', ParseIntPipe) year: number, @Body() body: VersionDto) {
    return this.commands.execute(new CloseSurveyCampaignCommand(actor, year, body.version));
  }

  @ApiOperation({ summary: 'Reads a survey campaign\'s results', description: 'The year\'s consolidated counts; small counts are hidden.' })
  @ApiErrors('NOT_FOUND', 'SURVEY_YEAR_INVALID')
  @Get(':year/results')
  @CheckPolicies('read', 'SurveyCampaign')
  @ApiOkResponse({ type: CampaignResultsDto })
  results(@CurrentActor() actor: Actor, @Param('year', ParseIntPipe) year: number, @Query() p: ResultsParamsDto) {
    return this.queries.execute(new GetCampaignResultsQuery(actor, year, p.publication ?? false));
  }

  @ApiOperation({ summary: 'Exports a survey campaign\'s results', description: 'The same results as a spreadsheet.' })
  @ApiErrors('NOT_FOUND', 'SURVEY_YEAR_INVALID')
  @Get(':year/results/export')
  @CheckPolicies('export', 'SurveyCampaign')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiFile('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
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

  @ApiOperation({ summary: 'Lists my questionnaires', description: 'The survey questionnaires of my organisations.' })
  @ApiErrors()
  @Get()
  @CheckPolicies('read', 'SurveyQuestionnaire')
  @ApiOkResponse({ type: [MyQuestionnaireDto] })
  mine(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListMySurveyQuestionnairesQuery(actor));
  }

  @ApiOperation({ summary: 'Reads a questionnaire', description: 'A questionnaire with its prefilled counts and the corrections made.' })
  @ApiErrors('NOT_FOUND')
  @Get(':id')
  @CheckPolicies('read', 'SurveyQuestionnaire')
  @ApiOkResponse({ type: QuestionnaireDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetSurveyQuestionnaireQuery(actor, id));
  }

  @ApiOperation({ summary: 'Corrects a questionnaire', description: 'Corrects prefilled counts with a reason, on the version read.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'SURVEY_CORRECTION_INVALID', 'SURVEY_CAMPAIGN_CLOSED')
  @Put(':id/corrections')
  @CheckPolicies('correct', 'SurveyQuestionnaire')
  @ApiOkResponse({ type: QuestionnaireDto })
  correct(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: CorrectionsDto) {
    return this.commands.execute(new CorrectSurveyQuestionnaireCommand(actor, id, body.version, body.corrections));
  }

  @ApiOperation({ summary: 'Submits a questionnaire', description: 'Submits the organisation\'s questionnaire for the year.' })
  @ApiErrors('NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'SURVEY_CAMPAIGN_CLOSED')
  @Post(':id/submit')
  @HttpCode(200)
  @CheckPolicies('submit', 'SurveyQuestionnaire')
  @ApiOkResponse({ type: QuestionnaireDto })
  submit(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() body: VersionDto) {
    return this.commands.execute(new SubmitSurveyQuestionnaireCommand(actor, id, body.version));
  }
}
