import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ListOrganisationsQuery, ListTerritoriesQuery, MeQuery } from '@mnio/directory';
import { Actor, CheckPolicies, CurrentActor, SignedIn } from '@mnio/platform';
import { OrganisationFilterDto } from './directory.dto';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('api')
export class DirectoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get('me')
  @SignedIn()
  me(@CurrentActor() actor: Actor) {
    return this.queries.execute(new MeQuery(actor));
  }

  @Get('organisations')
  @CheckPolicies('read', 'Organisation')
  organisations(@CurrentActor() actor: Actor, @Query() filter: OrganisationFilterDto) {
    return this.queries.execute(new ListOrganisationsQuery(filter, actor));
  }

  @Get('territories')
  @CheckPolicies('read', 'Territory')
  territories() {
    return this.queries.execute(new ListTerritoriesQuery());
  }
}
