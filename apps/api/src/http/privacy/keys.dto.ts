import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { KEY_KINDS, KEY_STATUSES, type KeyKind, type KeyStatus } from '@mnio/platform';

export class StartKeyRotationDto {
  @ApiProperty({ enum: KEY_KINDS, description: 'field: field encryption; blind_index: duplicate detection; jwt: access tokens' })
  @IsIn(KEY_KINDS)
  kind!: KeyKind;

  @ApiProperty({ description: 'The new key id, already in the key ring of every process', example: 'k2' })
  @Matches(/^[A-Za-z0-9_-]{1,16}$/)
  keyId!: string;

  @ApiPropertyOptional({ description: 'Values re-encrypted per second at most (default 2000)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  ratePerSecond?: number;
}

export class KeyStateDto {
  @ApiProperty() keyId!: string;
  @ApiProperty({ enum: KEY_STATUSES }) status!: KeyStatus;
  @ApiProperty({ description: 'Whether this server holds the key' }) held!: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'Stored values (field) or digests (blind index) under this key' }) values!: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) tokensValidUntil!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) addedAt!: string | null;
}

export class RotationProgressDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() keyId!: string;
  @ApiProperty({ enum: ['running', 'done'] }) status!: 'running' | 'done';
  @ApiProperty({ enum: ['reencrypt', 'add', 'settle', 'add_again', 'delete', 'switched'] }) phase!: string;
  @ApiProperty() processed!: number;
  @ApiProperty() skipped!: number;
  @ApiProperty() total!: number;
  @ApiProperty() ratePerSecond!: number;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) finishedAt!: string | null;
}

export class KeyRingStatusDto {
  @ApiProperty({ enum: KEY_KINDS }) kind!: KeyKind;
  @ApiProperty() current!: string;
  @ApiProperty({ type: [KeyStateDto] }) keys!: KeyStateDto[];
  @ApiProperty({ type: RotationProgressDto, nullable: true }) rotation!: RotationProgressDto | null;
}

export class RetiredKeyDto {
  @ApiProperty({ enum: KEY_KINDS }) kind!: KeyKind;
  @ApiProperty() keyId!: string;
  @ApiProperty({ enum: ['retired'] }) status!: 'retired';
}
