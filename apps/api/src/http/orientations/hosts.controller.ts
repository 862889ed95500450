import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  GetHostCapacityQuery, GetHostLocationQuery, GetHostOccupancyQuery, ListHostsQuery, PlaceBoardQuery, SetHostCapacityCommand, SetHostLocationCommand,
} from '@mnio/orientations';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { HostCapacityDto, HostLocationDto, ListHostsDto, PlaceBoardQueryDto } from './orientations.dto';

/** A host is an organisation: `:id` is its organisation id. Its location is secret: only this controller returns it. */
@ApiTags('hosts')
@ApiBearerAuth()
@Controller('api/hosts')
export class HostsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @CheckPolicies('read_capacity', 'Host')
  list(@CurrentActor() actor: Actor, @Query() q: ListHostsDto) {
    return this.queries.execute(new ListHostsQuery(actor, { placeKind: q.placeKind, available: q.available }));
  }

  /** The place board: free places by kind and region; from an orientation, the hosts it may not go to greyed out with the reason. Never a location. */
  @Get('board')
  @CheckPolicies('read_capacity', 'Host')
  board(@CurrentActor() actor: Actor, @Query() q: PlaceBoardQueryDto) {
    return this.queries.execute(new PlaceBoardQuery(actor, { placeKind: q.placeKind, regionCode: q.regionCode, orientationId: q.orientationId }));
  }

  @Get(':id/capacity')
  @CheckPolicies('read_capacity', 'Host')
  capacity(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetHostCapacityQuery(actor, id));
  }

  @Put(':id/capacity')
  @CheckPolicies('update_capacity', 'Host')
  setCapacity(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: HostCapacityDto) {
    const capacities = { women: dto.women ?? 0, men: dto.men ?? 0, family: dto.family ?? 0, minors: dto.minors ?? 0 };
    return this.commands.execute(new SetHostCapacityCommand(actor, id, capacities));
  }

  @Get(':id/occupancy')
  @CheckPolicies('read_occupancy', 'Host')
  occupancy(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetHostOccupancyQuery(actor, id));
  }

  @Get(':id/location')
  @CheckPolicies('read_location', 'Host')
  location(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetHostLocationQuery(actor, id));
  }

  @Put(':id/location')
  @CheckPolicies('update_location', 'Host')
  setLocation(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: HostLocationDto) {
    return this.commands.execute(new SetHostLocationCommand(actor, id, { ...dto }));
  }
}
