import { Body, Controller, HttpCode, Inject, Ip, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiHeader, ApiOperation, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import type { Request, Response } from 'express';
import { AuthenticationService, CompleteEnrolmentCommand, MfaChallenge, TokenPair } from '@mnio/directory';
import { Actor, APP_CONFIG, AppConfig, CurrentActor, DomainError, Public, SignedIn } from '@mnio/platform';
import { LoginDto, MfaTokenDto, MfaVerifyDto, RefreshDto, TotpCodeDto } from './auth.dto';
import { CompleteEnrolmentDto } from './directory.dto';
import { BrowserTokenPair, carriesRefreshCookie, checkBrowserSessionCall, clearRefreshCookie, deliverSignIn, deliverToBrowser, isBrowserCall, refreshCookie } from './session-cookie';
import { ApiErrors, ApiPublic } from '../api-docs';
import * as answers from './directory.responses';

const SESSION_ENDED = ['REFRESH_TOKEN_INVALID', 'REFRESH_TOKEN_REUSED', 'MFA_REQUIRED'];

@ApiTags('auth')
@Controller('api')
export class AuthController {
  constructor(
    private readonly auth: AuthenticationService,
    private readonly commands: CommandBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A session opened for a browser gets its refresh token in the cookie only; other clients get it in the body. */
  private deliver<T extends TokenPair | MfaChallenge>(req: Request, res: Response, opening: () => Promise<T>): Promise<T | BrowserTokenPair> {
    return deliverSignIn(req, res, this.config, opening);
  }

  @Public()
  @ApiOperation({ summary: 'Signs in with a password', description: 'Email and password; answers an access token (and sets the refresh cookie), or asks for the second factor or its enrolment.' })
  @ApiPublic('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'PASSWORD_SIGN_IN_DISABLED', 'ORIGIN_NOT_ALLOWED', 'TOO_MANY_REQUESTS')
  @ApiExtraModels(answers.TokenPair, answers.MfaChallenge, answers.BrowserTokenPair)
  @ApiResponse({ status: 200, description: 'One of these answers', schema: { anyOf: [{ $ref: getSchemaPath(answers.TokenPair) }, { $ref: getSchemaPath(answers.MfaChallenge) }, { $ref: getSchemaPath(answers.BrowserTokenPair) }] } })
  @Post('auth/login')
  @HttpCode(200)
  login(@Body() dto: LoginDto, @Ip() ip: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenPair | MfaChallenge | BrowserTokenPair> {
    return this.deliver(req, res, () => this.auth.login(dto.email, dto.password, ip));
  }

  /**
   * A browser (Origin, cookie or the web app's header) refreshes with the HttpOnly cookie only, from an allowed
   * origin and with `X-MNIO-Refresh: 1` (403 otherwise); a refresh token in its body is ignored. A client that
   * is not a browser sends the token in the body and gets the next one in the body.
   */
  @Public()
  @ApiOperation({ summary: 'Renews the access token', description: 'Exchanges the refresh cookie for a new access token; a reused refresh token ends the session.' })
  @ApiPublic('REFRESH_TOKEN_INVALID', 'REFRESH_TOKEN_REUSED', 'REFRESH_HEADER_REQUIRED', 'ORIGIN_NOT_ALLOWED')
  @Post('auth/refresh')
  @ApiExtraModels(answers.TokenPair, answers.BrowserTokenPair)
  @ApiResponse({ status: 200, description: 'The next tokens: in the body for a client that is not a browser, the access token only for a browser (the refresh token in its cookie)', schema: { anyOf: [{ $ref: getSchemaPath(answers.TokenPair) }, { $ref: getSchemaPath(answers.BrowserTokenPair) }] } })
  @ApiResponse({ status: 204, description: 'A browser without a session cookie: no session to resume (no error)' })
  @ApiHeader({ name: 'X-MNIO-Refresh', required: false, description: 'Required, as `1`, with the refresh cookie' })
  @HttpCode(200)
  async refresh(@Body() dto: RefreshDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenPair | BrowserTokenPair | void> {
    if (!isBrowserCall(req)) {
      if (!dto.refreshToken) throw new DomainError('REFRESH_TOKEN_INVALID', 'Invalid refresh token');
      return this.auth.refresh(dto.refreshToken);
    }
    checkBrowserSessionCall(req, this.config);
    const token = refreshCookie(req);
    // The web app asks at every page load: a browser without the cookie has no session to resume, which is no error.
    if (!token && !carriesRefreshCookie(req)) {
      // Its session marker, if it still has one, goes too: the next page opens on the sign-in form at once.
      clearRefreshCookie(res, this.config);
      res.status(204);
      return;
    }
    try {
      if (!token) throw new DomainError('REFRESH_TOKEN_INVALID', 'Invalid refresh token');
      return deliverToBrowser(res, await this.auth.refresh(token), this.config);
    } catch (e) {
      if (e instanceof DomainError && SESSION_ENDED.includes(e.code)) clearRefreshCookie(res, this.config);
      throw e;
    }
  }

  /** Ends the session named by the bearer token (no cookie needed, so no cross-site request can do it) and clears the cookie. */
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Signs out', description: 'Ends the session named by the bearer token (no cookie needed, so no cross-site request can do it) and clears the cookie.' })
  @ApiErrors()
  @ApiResponse({ status: 204, description: 'Done; no body' })
  @Post('auth/logout')
  @SignedIn()
  @HttpCode(204)
  async logout(@CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    if (isBrowserCall(req)) checkBrowserSessionCall(req, this.config);
    await this.auth.logout(actor.userId, actor.sessionId);
    clearRefreshCookie(res, this.config);
  }

  /** Second step of a login when TOTP is enabled. */
  @Public()
  @ApiOperation({ summary: 'Gives the second factor', description: 'Second step of a sign-in when TOTP is enabled: the code from the authenticator app.' })
  @ApiPublic('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'INVALID_MFA_CODE', 'MFA_TOKEN_USED', 'ACCOUNT_LOCKED')
  @ApiExtraModels(answers.TokenPair, answers.BrowserTokenPair)
  @ApiResponse({ status: 200, description: 'One of these answers', schema: { anyOf: [{ $ref: getSchemaPath(answers.TokenPair) }, { $ref: getSchemaPath(answers.BrowserTokenPair) }] } })
  @Post('auth/totp/verify')
  @HttpCode(200)
  verify(@Body() dto: MfaVerifyDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenPair | BrowserTokenPair> {
    return this.deliver(req, res, () => this.auth.verifyMfa(dto.mfaToken, dto.code));
  }

  /** Enrolment during login, when the second factor is mandatory and not yet set up. */
  @Public()
  @ApiOperation({ summary: 'Starts second-factor enrolment at sign-in', description: 'Enrolment during sign-in when the second factor is mandatory and not yet set up: answers the secret to add to an authenticator app.' })
  @ApiPublic('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'INVALID_MFA_CODE', 'MFA_TOKEN_USED', 'MFA_ALREADY_ENABLED')
  @ApiResponse({ status: 200, type: answers.AuthEnrolAtLoginAnswer })
  @Post('auth/totp/enrol')
  @HttpCode(200)
  async enrolAtLogin(@Body() dto: MfaTokenDto): Promise<{ secret: string; otpauthUrl: string }> {
    return this.auth.enrolTotp(await this.auth.mfaTokenUser(dto.mfaToken));
  }

  @Public()
  @ApiOperation({ summary: 'Confirms second-factor enrolment at sign-in', description: 'Confirms the enrolment with a first code and completes the sign-in.' })
  @ApiPublic('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'INVALID_MFA_CODE', 'MFA_TOKEN_USED', 'MFA_NOT_ENROLLED')
  @ApiExtraModels(answers.TokenPair, answers.BrowserTokenPair)
  @ApiResponse({ status: 200, description: 'One of these answers', schema: { anyOf: [{ $ref: getSchemaPath(answers.TokenPair) }, { $ref: getSchemaPath(answers.BrowserTokenPair) }] } })
  @Post('auth/totp/confirm')
  @HttpCode(200)
  confirmAtLogin(@Body() dto: MfaVerifyDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenPair | BrowserTokenPair> {
    return this.deliver(req, res, () => this.auth.confirmTotpAtLogin(dto.mfaToken, dto.code));
  }

  /**
   * Enrolment link: the new user chooses a password. The token travels in the body (the page reads it from
   * the address's fragment, which no server sees), never in a URL the request log could record.
   */
  @Public()
  @ApiOperation({ summary: 'Completes an account\'s enrolment', description: 'From the one-time link sent to a new user: sets the password (and the second factor where required).' })
  @ApiPublic('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'ENROLMENT_LINK_INVALID', 'WEAK_PASSWORD')
  @ApiResponse({ status: 200, type: answers.AuthCompleteEnrolmentAnswer })
  @Post('auth/enrolment')
  @HttpCode(200)
  completeEnrolment(@Body() dto: CompleteEnrolmentDto): Promise<{ email: string }> {
    return this.commands.execute(new CompleteEnrolmentCommand(dto.token, dto.password));
  }

  @ApiBearerAuth()
  @ApiOperation({ summary: 'Starts second-factor enrolment', description: 'For a signed-in user: answers the secret to add to an authenticator app.' })
  @ApiErrors('MFA_ALREADY_ENABLED')
  @ApiResponse({ status: 200, type: answers.AuthEnrolAnswer })
  @Post('me/totp')
  @SignedIn()
  @HttpCode(200)
  enrol(@CurrentActor() actor: Actor): Promise<{ secret: string; otpauthUrl: string }> {
    return this.auth.enrolTotp(actor.userId);
  }

  @ApiBearerAuth()
  @ApiOperation({ summary: 'Confirms second-factor enrolment', description: 'Confirms the enrolment with a first code from the authenticator app.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'INVALID_MFA_CODE', 'MFA_NOT_ENROLLED')
  @ApiResponse({ status: 204, description: 'Done; no body' })
  @Post('me/totp/confirm')
  @SignedIn()
  @HttpCode(204)
  async confirm(@CurrentActor() actor: Actor, @Body() dto: TotpCodeDto): Promise<void> {
    await this.auth.confirmTotp(actor.userId, dto.code);
  }
}
