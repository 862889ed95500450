import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { KeyRotationProgressQuery, KeyStatusQuery, RetireKeyCommand, StartKeyRotationCommand } from '@mnio/privacy';
import { Actor, CheckPolicies, CurrentActor, DomainError, KEY_KINDS, ParseIdPipe } from '@mnio/platform';
import { KeyRingStatusDto, RetiredKeyDto, RotationProgressDto, StartKeyRotationDto } from './keys.dto';

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

  @Get()
  @CheckPolicies('read', 'EncryptionKey')
  @ApiOkResponse({ type: [KeyRingStatusDto] })
  status(@CurrentActor() actor: Actor) {
    return this.queries.execute(new KeyStatusQuery(actor));
  }

  @Post('rotations')
  @HttpCode(202)
  @CheckPolicies('rotate', 'EncryptionKey')
  @ApiOkResponse({ type: RotationProgressDto })
  rotate(@CurrentActor() actor: Actor, @Body() body: StartKeyRotationDto) {
    return this.commands.execute(new StartKeyRotationCommand(actor, body.kind, body.keyId, body.ratePerSecond));
  }

  @Get('rotations/:id')
  @CheckPolicies('read', 'EncryptionKey')
  @ApiOkResponse({ type: RotationProgressDto })
  progress(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new KeyRotationProgressQuery(actor, id));
  }

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
