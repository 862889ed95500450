import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { KeyRotationProgressQuery, KeyStatusQuery, RetireKeyCommand, StartKeyRotationCommand } from '@mnio/privacy';
import { Actor, CheckPolicies, CurrentActor, DomainError, KEY_KINDS, ParseIdPipe } from '@mnio/platform';
import { KeyRingStatusDto, RetiredKeyDto, RotationProgressDto, StartKeyRotationDto } from './keys.dto';
import { ApiErrors } from '../api-docs';

const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;

/** Key rotation without downtime (issue 16 §3): the platform administrators' status, rotation and retirement. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin/keys')
export class KeysController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiOperation({ summary: 'Reads the encryption keys', description: 'The field-encryption and blind-index keys: which is current, which are retired, how many rows each still protects (platform administrators). Never a key.' })
  @ApiErrors()
  @Get()
  @CheckPolicies('read', 'EncryptionKey')
  @ApiOkResponse({ type: [KeyRingStatusDto] })
  status(@CurrentActor() actor: Actor) {
    return this.queries.execute(new KeyStatusQuery(actor));
  }

  @ApiOperation({ summary: 'Starts a key rotation', description: 'Makes a held key current and re-encrypts the rows protected by the others in the background.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'KEY_NOT_HELD', 'KEY_KIND_UNKNOWN', 'KEY_RATE_INVALID', 'KEY_ALREADY_CURRENT', 'KEY_FINGERPRINT_MISMATCH', 'KEY_ROTATION_RUNNING')
  @Post('rotations')
  @HttpCode(202)
  @CheckPolicies('rotate', 'EncryptionKey')
  @ApiOkResponse({ type: RotationProgressDto })
  rotate(@CurrentActor() actor: Actor, @Body() body: StartKeyRotationDto) {
    return this.commands.execute(new StartKeyRotationCommand(actor, body.kind, body.keyId, body.ratePerSecond));
  }

  @ApiOperation({ summary: 'Follows a key rotation', description: 'How far a rotation has gone: rows done and left per table.' })
  @ApiErrors('NOT_FOUND')
  @Get('rotations/:id')
  @CheckPolicies('read', 'EncryptionKey')
  @ApiOkResponse({ type: RotationProgressDto })
  progress(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new KeyRotationProgressQuery(actor, id));
  }

  @ApiOperation({ summary: 'Retires a key', description: 'Retires a key no row still uses.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'KEY_UNKNOWN', 'KEY_KIND_UNKNOWN', 'KEY_IS_CURRENT', 'KEY_RETIRED', 'KEY_STILL_IN_USE')
  @Post(':kind/:keyId/retire')
  @HttpCode(200)
  @CheckPolicies('retire', 'EncryptionKey')
  @ApiOkResponse({ type: RetiredKeyDto })
  retire(@CurrentActor() actor: Actor, @Param('kind') kind: string, @Param('keyId') keyId: string) {
    if (!(KEY_KINDS as readonly string[]).includes(kind)) throw new DomainError('KEY_KIND_UNKNOWN', 'Unknown key kind: field, blind_index or jwt');
    if (!KEY_ID.test(keyId)) throw new DomainError('KEY_UNKNOWN', 'No key with this id was recorded by a rotation');
    return this.commands.execute(new RetireKeyCommand(actor, kind, keyId));
  }
}
