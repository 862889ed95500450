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

/** The flags the orientation rules read. Unknown flags are refused. */
export class OrganisationAttributesDto {
  @ApiPropertyOptional({ description: 'Member of the Ac.Sé secure-accommodation network' })
  @IsOptional()
  @IsBoolean()
  acseNetwork?: boolean;

  @ApiPropertyOptional({ description: 'Holds DNA places dedicated to women victims of violence or trafficking' })
  @IsOptional()
  @IsBoolean()
  dnaDedicated?: boolean;

  @ApiPropertyOptional({ description: 'Association approved to present exit-from-prostitution (PSP) projects' })
  @IsOptional()
  @IsBoolean()
  pspApproved?: boolean;

  @ApiPropertyOptional({ description: "Member of the minors' centre relay network" })
  @IsOptional()
  @IsBoolean()
  minorsNetwork?: boolean;
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

  @ApiPropertyOptional({ type: () => OrganisationAttributesDto, description: 'Kind-specific flags, e.g. {"dnaDedicated": true}; never a location' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OrganisationAttributesDto)
  attributes?: OrganisationAttributesDto;
}

export class UpdateOrganisationDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  national?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['13'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(110)
  @Matches(TERRITORY_CODE, { each: true })
  territories?: string[];

  @ApiPropertyOptional({ type: () => OrganisationAttributesDto, description: 'Merged into the current flags' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OrganisationAttributesDto)
  attributes?: OrganisationAttributesDto;

  @ApiPropertyOptional({ description: 'false deactivates the organisation: its users can no longer sign in nor act; its cases stay' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'The version read; a different current version answers 409 VERSION_CONFLICT' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
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
