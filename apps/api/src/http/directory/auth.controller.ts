import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthenticationService, MfaChallenge, TokenPair } from '@mnio/directory';
import { AccessTokenService, Actor, CurrentActor, Public, SignedIn } from '@mnio/platform';
import { LoginDto, MfaTokenDto, MfaVerifyDto, RefreshDto, TotpCodeDto } from './auth.dto';

@ApiTags('auth')
@Controller('api')
export class AuthController {
  constructor(
    private readonly auth: AuthenticationService,
    private readonly tokens: AccessTokenService,
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
  enrolAtLogin(@Body() dto: MfaTokenDto): Promise<{ secret: string; otpauthUrl: string }> {
    return this.auth.enrolTotp(this.tokens.verify(dto.mfaToken, 'mfa').sub);
  }

  @Public()
  @Post('auth/totp/confirm')
  @HttpCode(200)
  async confirmAtLogin(@Body() dto: MfaVerifyDto): Promise<TokenPair> {
    const userId = this.tokens.verify(dto.mfaToken, 'mfa').sub;
    await this.auth.confirmTotp(userId, dto.code);
    return this.auth.verifyMfa(dto.mfaToken, dto.code);
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
