import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { AuthenticationService, CompleteEnrolmentCommand, MfaChallenge, TokenPair } from '@mnio/directory';
import { Actor, CurrentActor, Public, SignedIn } from '@mnio/platform';
import { LoginDto, MfaTokenDto, MfaVerifyDto, RefreshDto, TotpCodeDto } from './auth.dto';
import { CompleteEnrolmentDto } from './directory.dto';

@ApiTags('auth')
@Controller('api')
export class AuthController {
  constructor(
    private readonly auth: AuthenticationService,
    private readonly commands: CommandBus,
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<TokenPair | MfaChallenge> {
    return this.auth.login(dto.email, dto.password, ip);
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  refresh(@Body() dto: RefreshDto): Promise<TokenPair> {
    return this.auth.refresh(dto.refreshToken);
  }

  @ApiBearerAuth()
  @Post('auth/logout')
  @SignedIn()
  @HttpCode(204)
  async logout(@CurrentActor() actor: Actor): Promise<void> {
    await this.auth.logout(actor.userId, actor.sessionId);
  }

  /** Second step of a login when TOTP is enabled. */
  @Public()
  @Post('auth/totp/verify')
  @HttpCode(200)
  verify(@Body() dto: MfaVerifyDto): Promise<TokenPair> {
    return this.auth.verifyMfa(dto.mfaToken, dto.code);
  }

  /** Enrolment during login, when the second factor is mandatory and not yet set up. */
  @Public()
  @Post('auth/totp/enrol')
  @HttpCode(200)
  async enrolAtLogin(@Body() dto: MfaTokenDto): Promise<{ secret: string; otpauthUrl: string }> {
    return this.auth.enrolTotp(await this.auth.mfaTokenUser(dto.mfaToken));
  }

  @Public()
  @Post('auth/totp/confirm')
  @HttpCode(200)
  confirmAtLogin(@Body() dto: MfaVerifyDto): Promise<TokenPair> {
    return this.auth.confirmTotpAtLogin(dto.mfaToken, dto.code);
  }

  /**
   * Enrolment link: the new user chooses a password. The token travels in the body (the page reads it from
   * the address's fragment, which no server sees), never in a URL the request log could record.
   */
  @Public()
  @Post('auth/enrolment')
  @HttpCode(200)
  completeEnrolment(@Body() dto: CompleteEnrolmentDto): Promise<{ email: string }> {
    return this.commands.execute(new CompleteEnrolmentCommand(dto.token, dto.password));
  }

  @ApiBearerAuth()
  @Post('me/totp')
  @SignedIn()
  @HttpCode(200)
  enrol(@CurrentActor() actor: Actor): Promise<{ secret: string; otpauthUrl: string }> {
    return this.auth.enrolTotp(actor.userId);
  }

  @ApiBearerAuth()
  @Post('me/totp/confirm')
  @SignedIn()
  @HttpCode(204)
  async confirm(@CurrentActor() actor: Actor, @Body() dto: TotpCodeDto): Promise<void> {
    await this.auth.confirmTotp(actor.userId, dto.code);
  }
}
