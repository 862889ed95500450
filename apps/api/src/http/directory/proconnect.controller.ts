import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  DecideAccessRequestCommand, ListAccessRequestsQuery, MfaChallenge, ProConnectService, TokenPair, UpdateOrganisationSignInCommand,
} from '@mnio/directory';
import { Actor, APP_CONFIG, AppConfig, CheckPolicies, CurrentActor, ParseIdPipe, Public, SignedIn } from '@mnio/platform';
import { AccessDecisionDto, OrganisationSignInDto, ProConnectCallbackDto } from './proconnect.dto';
import { BrowserTokenPair, deliverSignIn } from './session-cookie';

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
  @Get()
  status(): { enabled: boolean } {
    return { enabled: this.proconnect.enabled };
  }

  @Public()
  @Post('start')
  @HttpCode(200)
  start(): Promise<{ attempt: string; authorizationUrl: string }> {
    return this.proconnect.start();
  }

  @Public()
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

  @Get()
  @CheckPolicies('list', 'AccessRequest')
  list(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListAccessRequestsQuery(actor));
  }

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

  @Patch(':id/sign-in')
  @CheckPolicies('update', 'Organisation')
  update(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: OrganisationSignInDto) {
    return this.commands.execute(new UpdateOrganisationSignInCommand(actor, id, { siret: dto.siret, passwordSignIn: dto.passwordSignIn }));
  }
}
