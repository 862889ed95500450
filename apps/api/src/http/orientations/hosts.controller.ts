import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  GetHostCapacityQuery, GetHostLocationQuery, GetHostOccupancyQuery, ListHostsQuery, PlaceBoardQuery, SetHostCapacityCommand, SetHostLocationCommand,
} from '@mnio/orientations';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { HostCapacityDto, HostLocationDto, ListHostsDto, PlaceBoardQueryDto } from './orientations.dto';
import { ApiErrors } from '../api-docs';
import * as answers from './orientations.responses';

/** A host is an organisation: `:id` is its organisation id. Its location is secret: only this controller returns it. */
@ApiTags('hosts')
@ApiBearerAuth()
@Controller('api/hosts')
export class HostsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiOperation({ summary: 'Lists hosts', description: 'The hosts of the Ac.Sé network and the other host organisations, with their territories. Never an address.' })
  @ApiErrors()
  @ApiResponse({ status: 200, type: [answers.HostSummary] })
  @Get()
  @CheckPolicies('read_capacity', 'Host')
  list(@CurrentActor() actor: Actor, @Query() q: ListHostsDto) {
    return this.queries.execute(new ListHostsQuery(actor, { placeKind: q.placeKind, available: q.available }));
  }

  /** The place board: free places by kind and region; from an orientation, the hosts it may not go to greyed out with the reason. Never a location. */
  @ApiOperation({ summary: 'Reads the place board', description: 'Free places by kind and region; from an orientation, the hosts it may not go to greyed out with the reason. Never an address.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.PlaceBoard })
  @Get('board')
  @CheckPolicies('read_capacity', 'Host')
  board(@CurrentActor() actor: Actor, @Query() q: PlaceBoardQueryDto) {
    return this.queries.execute(new PlaceBoardQuery(actor, { placeKind: q.placeKind, regionCode: q.regionCode, orientationId: q.orientationId }));
  }

  @ApiOperation({ summary: 'Reads a host\'s declared places', description: 'The places a host declares by kind, and who besides the host reads its address.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.HostCapacity })
  @Get(':id/capacity')
  @CheckPolicies('read_capacity', 'Host')
  capacity(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetHostCapacityQuery(actor, id));
  }

  @ApiOperation({ summary: 'Declares a host\'s places', description: 'The host declares its places by kind; no fewer than those reserved or occupied.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'CAPACITY_BELOW_USAGE')
  @ApiResponse({ status: 200, type: answers.HostCapacity })
  @Put(':id/capacity')
  @CheckPolicies('update_capacity', 'Host')
  setCapacity(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: HostCapacityDto) {
    const capacities = { women: dto.women ?? 0, men: dto.men ?? 0, family: dto.family ?? 0, minors: dto.minors ?? 0 };
    return this.commands.execute(new SetHostCapacityCommand(actor, id, capacities));
  }

  @ApiOperation({ summary: 'Reads a host\'s occupancy', description: 'A host\'s places by kind with those reserved and occupied, and the orientations holding them.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.HostOccupancy })
  @Get(':id/occupancy')
  @CheckPolicies('read_occupancy', 'Host')
  occupancy(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetHostOccupancyQuery(actor, id));
  }

  @ApiOperation({ summary: 'Reads a host\'s secret address', description: 'The host\'s address, for the host and the coordinations allowed; every read audited.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.HostsLocationAnswer })
  @Get(':id/location')
  @CheckPolicies('read_location', 'Host')
  location(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetHostLocationQuery(actor, id));
  }

  @ApiOperation({ summary: 'Sets a host\'s secret address', description: 'The host records its address (encrypted); audited.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.HostsSetLocationAnswer })
  @Put(':id/location')
  @CheckPolicies('update_location', 'Host')
  setLocation(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: HostLocationDto) {
    return this.commands.execute(new SetHostLocationCommand(actor, id, { ...dto }));
  }
}
