import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { NOTIFICATION_EVENT_TYPES, NotificationEventType, USER_CHANNELS, UserChannel } from '@mnio/notifications';
import { CursorParam } from '../cursor-param';

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class InboxQueryDto {
  @CursorParam()
  cursor?: string;

  @ApiPropertyOptional({ default: 30 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'Only unread notifications' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  unread?: boolean;
}

export class PreferenceChangeDto {
  @ApiProperty({ enum: NOTIFICATION_EVENT_TYPES })
  @IsIn(NOTIFICATION_EVENT_TYPES)
  eventType: NotificationEventType;

  @ApiProperty({ enum: USER_CHANNELS })
  @IsIn(USER_CHANNELS)
  channel: UserChannel;

  @ApiProperty()
  @IsBoolean()
  enabled: boolean;
}

export class PreferencesDto {
  @ApiProperty({ type: [PreferenceChangeDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PreferenceChangeDto)
  items: PreferenceChangeDto[];
}

export class CreateWebhookDto {
  @ApiProperty()
  @IsUUID()
  organisationId: string;

  @ApiProperty({ example: 'https://partenaire.example.fr/mnio/webhooks' })
  @IsString()
  @MaxLength(2000)
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  url: string;

  @ApiProperty({ enum: NOTIFICATION_EVENT_TYPES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NOTIFICATION_EVENT_TYPES.length)
  @IsIn(NOTIFICATION_EVENT_TYPES, { each: true })
  eventTypes: NotificationEventType[];
}

export class UpdateWebhookDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  url?: string;

  @ApiPropertyOptional({ enum: NOTIFICATION_EVENT_TYPES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NOTIFICATION_EVENT_TYPES.length)
  @IsIn(NOTIFICATION_EVENT_TYPES, { each: true })
  eventTypes?: NotificationEventType[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class WebhookFilterDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class DeadLetterQueryDto {
  @CursorParam()
  cursor?: string;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ enum: ['email', 'webhook'] })
  @IsOptional()
  @IsIn(['email', 'webhook'])
  channel?: 'email' | 'webhook';

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  includeReplayed?: boolean;
}
