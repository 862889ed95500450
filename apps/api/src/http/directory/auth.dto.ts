import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'asso.93@demo.mnio.test' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Demo-mnio-2026!' })
  @IsString()
  @Length(1, 256)
  password: string;
}

export class RefreshDto {
  @ApiProperty({
    required: false,
    description: 'Non-browser clients only (no Origin header, no cookie): the refresh token. Browsers send it in the HttpOnly cookie `mnio_refresh` with the header `X-MNIO-Refresh: 1`.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class MfaTokenDto {
  @ApiProperty({ description: 'The short-lived token returned by login when a second factor is needed' })
  @IsString()
  @MaxLength(2000)
  mfaToken: string;
}

export class TotpCodeDto {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/)
  code: string;
}

export class MfaVerifyDto extends MfaTokenDto {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/)
  code: string;
}
