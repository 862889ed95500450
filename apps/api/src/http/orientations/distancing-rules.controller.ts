import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { TERRITORY_CODE } from '@mnio/directory';
import { ListDistancingRulesQuery, SetDistancingRuleCommand } from '@mnio/orientations';
import { Actor, CheckPolicies, CurrentActor, DomainError, SignedIn } from '@mnio/platform';
import { ApiErrors } from '../api-docs';
import * as answers from './orientations.responses';

export class DistancingRuleDto {
  @ApiPropertyOptional({ description: 'Also outside the regions of exploitation and residence (not only their départements)' })
  @IsOptional()
  @IsBoolean()
  regions?: boolean;

  @ApiPropertyOptional({ description: 'Go back to the national rule (a territory only)' })
  @IsOptional()
  @IsBoolean()
  reset?: boolean;
}

/** The Ac.Sé distancing rule: nationally and per territory. */
@ApiTags('orientations')
@ApiBearerAuth()
@Controller('api/distancing-rules')
export class DistancingRulesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiResponse({ status: 200, type: [answers.DistancingRuleView] })
  @Get()
  @SignedIn()
  @ApiOperation({
    summary: 'The Ac.Sé distancing rule, national and per territory',
    description: 'Whether a host chosen by the Ac.Sé coordination must lie outside the regions of exploitation and residence as well as their départements: the national rule first (territory "national"), then each territory that overrides it.',
  })
  @ApiErrors()
  list() {
    return this.queries.execute(new ListDistancingRulesQuery());
  }

  @ApiResponse({ status: 200, type: answers.DistancingRulesSetAnswer })
  @Put(':territory')
  @CheckPolicies('configure', 'DistancingRule')
  @ApiOperation({
    summary: 'Set the Ac.Sé distancing rule of a territory or the national one',
    description: 'territory is a département code or "national". Body { regions } sets the rule; { reset: true } sends a territory back to the national rule. Audited. Platform administrators only.',
  })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_TERRITORY', 'UNPROCESSABLE')
  set(@CurrentActor() actor: Actor, @Param('territory') territory: string, @Body() dto: DistancingRuleDto) {
    if (territory !== 'national' && !TERRITORY_CODE.test(territory)) throw new DomainError('UNKNOWN_TERRITORY', 'Unknown territory code');
    // `regions: null` passes @IsOptional: as absent (it reached the NOT NULL column as a 500, found by the fuzz test).
    if (!dto.reset && (dto.regions === undefined || dto.regions === null)) throw new DomainError('VALIDATION_FAILED', 'Give regions, or reset');
    return this.commands.execute(new SetDistancingRuleCommand(actor, territory, dto.reset ? 'reset' : { regions: dto.regions! }));
  }
}
