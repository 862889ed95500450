import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { ROLES, Role, TERRITORY_CODE } from '@mnio/directory';

export class ProConnectCallbackDto {
  @ApiProperty({ description: 'The attempt id answered by /api/auth/proconnect/start, kept by the page that started it' })
  @IsUUID()
  attempt: string;

  @ApiProperty({ description: 'The search part of the address ProConnect sent the browser back to (code, state, iss)' })
  @IsString()
  @MaxLength(4000)
  query: string;
}

export class OrganisationSignInDto {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The SIRET (14 digits, valid checksum); null removes it' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(/^\d{14}$/)
  siret?: string | null;

  @ApiPropertyOptional({ description: 'false: its members sign in with ProConnect only' })
  @IsOptional()
  @IsBoolean()
  passwordSignIn?: boolean;
}

export class AccessDecisionDto {
  @ApiProperty({ enum: ['accept', 'refuse'] })
  @IsIn(['accept', 'refuse'])
  decision: 'accept' | 'refuse';

  @ApiPropertyOptional({ enum: ROLES, description: 'The role to give (accept only)' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(110)
  @Matches(TERRITORY_CODE, { each: true })
  territories?: string[];
}
