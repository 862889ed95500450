import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ListOrganisationsQuery, ListTerritoriesQuery, MeQuery } from '@mnio/directory';
import { Actor, CheckPolicies, CurrentActor, SignedIn } from '@mnio/platform';
import { OrganisationFilterDto } from './directory.dto';
import { ApiErrors } from '../api-docs';
import * as answers from './directory.responses';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('api')
export class DirectoryController {
  constructor(private readonly queries: QueryBus) {}

  @ApiOperation({ summary: 'Reads who I am', description: 'The signed-in user: name, memberships with their organisations, roles and territories, and their permissions.' })
  @ApiErrors()
  @ApiResponse({ status: 200, type: answers.MeView })
  @Get('me')
  @SignedIn()
  me(@CurrentActor() actor: Actor) {
    return this.queries.execute(new MeQuery(actor));
  }

  @ApiOperation({ summary: 'Lists organisations', description: 'The organisations I may see, with their kind and territories.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD')
  @ApiResponse({ status: 200, type: [answers.OrganisationSummary] })
  @Get('organisations')
  @CheckPolicies('read', 'Organisation')
  organisations(@CurrentActor() actor: Actor, @Query() filter: OrganisationFilterDto) {
    return this.queries.execute(new ListOrganisationsQuery(filter, actor));
  }

  @ApiOperation({ summary: 'Lists territories', description: 'The départements with their region.' })
  @ApiErrors()
  @ApiResponse({ status: 200, type: [answers.Territory] })
  @Get('territories')
  @CheckPolicies('read', 'Territory')
  territories() {
    return this.queries.execute(new ListTerritoriesQuery());
  }
}
