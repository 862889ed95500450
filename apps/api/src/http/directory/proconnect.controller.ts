import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtraModels, ApiOperation, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import {
  DecideAccessRequestCommand, ListAccessRequestsQuery, MfaChallenge, ProConnectService, TokenPair, UpdateOrganisationSignInCommand,
} from '@mnio/directory';
import { Actor, APP_CONFIG, AppConfig, CheckPolicies, CurrentActor, ParseIdPipe, Public, SignedIn } from '@mnio/platform';
import { AccessDecisionDto, OrganisationSignInDto, ProConnectCallbackDto } from './proconnect.dto';
import { BrowserTokenPair, deliverSignIn } from './session-cookie';
import { ApiErrors, ApiPublic } from '../api-docs';
import * as answers from './directory.responses';

/**
 * Sign-in with ProConnect. The web page starts an attempt, sends the browser to the provider, and posts the
 * provider's answer back with the attempt's id; the answer is the one of a password sign-in (tokens, or the TOTP step).
 */
@ApiTags('auth')
@Controller('api/auth/proconnect')
export class ProConnectController {
  constructor(
    private readonly proconnect: ProConnectService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether the sign-in page shows the ProConnect button. */
  @Public()
  @ApiOperation({ summary: 'Says whether ProConnect is offered', description: 'Whether the sign-in page shows the ProConnect button.' })
  @ApiPublic()
  @ApiResponse({ status: 200, type: answers.ProconnectStatusAnswer })
  @Get()
  status(): { enabled: boolean } {
    return { enabled: this.proconnect.enabled };
  }

  @Public()
  @ApiOperation({ summary: 'Starts a ProConnect sign-in', description: 'Answers the ProConnect address to send the browser to, with the state and nonce of this attempt.' })
  @ApiPublic('PROCONNECT_OFF', 'ORIGIN_NOT_ALLOWED')
  @ApiResponse({ status: 200, type: answers.ProconnectStartAnswer })
  @Post('start')
  @HttpCode(200)
  start(): Promise<{ attempt: string; authorizationUrl: string }> {
    return this.proconnect.start();
  }

  @Public()
  @ApiOperation({ summary: 'Completes a ProConnect sign-in', description: 'Exchanges the code ProConnect returned for a session, for a known account of a known organisation; otherwise records an access request.' })
  @ApiPublic('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'PROCONNECT_OFF', 'PROCONNECT_REFUSED', 'PROCONNECT_ATTEMPT_INVALID', 'PROCONNECT_NO_ACCOUNT', 'PROCONNECT_UNKNOWN_ORGANISATION', 'PROCONNECT_ACCOUNT_DISABLED', 'ORIGIN_NOT_ALLOWED')
  @ApiExtraModels(answers.TokenPair, answers.MfaChallenge, answers.BrowserTokenPair)
  @ApiResponse({ status: 200, description: 'One of these answers', schema: { anyOf: [{ $ref: getSchemaPath(answers.TokenPair) }, { $ref: getSchemaPath(answers.MfaChallenge) }, { $ref: getSchemaPath(answers.BrowserTokenPair) }] } })
  @Post('callback')
  @HttpCode(200)
  callback(@Body() dto: ProConnectCallbackDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenPair | MfaChallenge | BrowserTokenPair> {
    // As a password sign-in: a browser gets its refresh token in the cookie only.
    return deliverSignIn(req, res, this.config, () => this.proconnect.complete(dto.attempt, dto.query));
  }

  /**
   * Before `/api/auth/logout`: where the browser goes afterwards to end the provider's session too
   * (`endSessionUrl`, null for a session not opened through ProConnect).
   */
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Ends the ProConnect session', description: 'Answers the ProConnect logout address for the session signed in through it.' })
  @ApiErrors('PROCONNECT_OFF')
  @ApiResponse({ status: 200, type: answers.ProconnectEndSessionAnswer })
  @Post('end-session')
  @SignedIn()
  @HttpCode(200)
  endSession(@CurrentActor() actor: Actor): Promise<{ endSessionUrl: string | null }> {
    return this.proconnect.endSessionUrl(actor.sessionId);
  }
}

/** Access requests of people ProConnect knows and mnio does not: the organisation's coordinator decides. */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('api/access-requests')
export class AccessRequestsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiOperation({ summary: 'Lists access requests', description: 'The ProConnect sign-ins of people without an account, awaiting a decision (platform administrators).' })
  @ApiErrors()
  @ApiResponse({ status: 200, type: [answers.AccessRequestView] })
  @Get()
  @CheckPolicies('list', 'AccessRequest')
  list(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListAccessRequestsQuery(actor));
  }

  @ApiOperation({ summary: 'Decides an access request', description: 'Creates the account with a membership, or refuses the request.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'ACCESS_REQUEST_DECIDED', 'UNKNOWN_TERRITORY', 'ROLE_NOT_ALLOWED_FOR_KIND')
  @ApiResponse({ status: 200, type: answers.ProconnectDecideAnswer })
  @Post(':id/decision')
  @HttpCode(200)
  @CheckPolicies('decide', 'AccessRequest')
  decide(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: AccessDecisionDto) {
    return this.commands.execute(new DecideAccessRequestCommand(actor, id, dto.decision, dto.role, dto.territories ?? []));
  }
}

/** The platform sets an organisation's SIRET and whether its members may still sign in with a password. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin/organisations')
export class OrganisationSignInController {
  constructor(private readonly commands: CommandBus) {}

  @ApiOperation({ summary: 'Sets how an organisation signs in', description: 'Its SIRET for ProConnect, and whether a password still signs in (platform administrators).' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'INVALID_SIRET')
  @ApiResponse({ status: 200, type: answers.ProconnectUpdateAnswer })
  @Patch(':id/sign-in')
  @CheckPolicies('update', 'Organisation')
  update(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: OrganisationSignInDto) {
    return this.commands.execute(new UpdateOrganisationSignInCommand(actor, id, { siret: dto.siret, passwordSignIn: dto.passwordSignIn }));
  }
}
