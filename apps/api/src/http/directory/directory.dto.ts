import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, MinLength,
  ValidateNested,
} from 'class-validator';
import { ORGANISATION_KINDS, OrganisationKind, Role, ROLES, TERRITORY_CODE } from '@mnio/directory';
import { CursorParam } from '../cursor-param';

export class OrganisationFilterDto {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @ApiPropertyOptional({ example: '93' })
  @IsOptional()
  @Matches(TERRITORY_CODE)
  territory?: string;
}

export class MembershipDto {
  @ApiProperty()
  @IsUUID()
  organisationId: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ type: [String], example: ['93'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(110)
  @Matches(TERRITORY_CODE, { each: true })
  territories?: string[];
}

export class CreateUserDto {
  @ApiProperty()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  displayName: string;

  @ApiProperty({ type: [MembershipDto], description: 'Identity-reading roles become requests for the organisation\'s coordinators' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MembershipDto)
  memberships: MembershipDto[];
}

export class UserStatusDto {
  @ApiProperty({ enum: ['active', 'disabled'] })
  @IsIn(['active', 'disabled'])
  status: 'active' | 'disabled';
}

export class MembershipActiveDto {
  @ApiProperty()
  @IsBoolean()
  active: boolean;
}

export class CreateOrganisationDto {
  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  national?: boolean;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(110)
  @Matches(TERRITORY_CODE, { each: true })
  territories?: string[];

  @ApiPropertyOptional({ description: 'Kind-specific flags, e.g. {"dnaDedicated": true}; never a location' })
  @IsOptional()
  @IsObject()
  attributes?: Record<string, unknown>;
}

export class UserListDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @CursorParam()
  cursor?: string;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class CompleteEnrolmentDto {
  @ApiProperty({ description: 'The token of the enrolment link (the part after # in /inscription#…)' })
  @IsString()
  @MaxLength(200)
  token: string;

  @ApiProperty({ description: 'At least 12 characters' })
  @IsString()
  @MinLength(12)
  @MaxLength(256)
  password: string;
}

export class MembershipDecisionDto {
  @ApiProperty({ enum: ['approve', 'refuse'] })
  @IsIn(['approve', 'refuse'])
  decision: 'approve' | 'refuse';
}
