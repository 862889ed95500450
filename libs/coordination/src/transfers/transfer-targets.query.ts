import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuthorizeCaseQuery, CaseFactsQuery } from '@mnio/cases';
import { ListOrganisationsQuery, OrganisationKind, TerritoryOrganisationsQuery } from '@mnio/directory';
import { AbilityFactory, Actor, asSubject, ForbiddenError, NotFoundError, Transactional } from '@mnio/platform';
import { OWNER_KINDS } from '../domain/vocabulary';

export interface TransferTargetView {
  id: string;
  name: string;
  kind: string;
}

/**
 * The organisations of a territory that could take over this case's follow-up (the rule `RequestTransferHandler`
 * enforces: local, active, of a kind that keeps cases, not the current owner), for the page's choice. Directory
 * facts only; asked by those who may transfer the case.
 */
export class TransferTargetsQuery extends Query<TransferTargetView[]> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly territory: string,
  ) {
    super();
  }
}

@QueryHandler(TransferTargetsQuery)
export class TransferTargetsHandler implements IQueryHandler<TransferTargetsQuery> {
  constructor(
    private readonly abilities: AbilityFactory,
    private readonly queries: QueryBus,
  ) {}

  @Transactional()
  async execute({ actor, caseId, territory }: TransferTargetsQuery): Promise<TransferTargetView[]> {
    await this.queries.execute(new AuthorizeCaseQuery(actor, caseId, 'read'));
    const facts = await this.queries.execute(new CaseFactsQuery(caseId));
    if (!facts) throw new NotFoundError('Case');
    const [cell] = await this.queries.execute(new TerritoryOrganisationsQuery(facts.territory, ['clav_cell']));
    const fromCellId = cell && facts.viewers.includes(cell.id) ? cell.id : null;
    if (!this.abilities.forActor(actor).can('request', asSubject('CaseTransfer', { fromOrganisationId: facts.ownerOrganisationId, fromCellId }))) {
      throw new ForbiddenError('FORBIDDEN', 'Only the owning organisation or the case’s cell coordinator may transfer it');
    }
    const candidates = (await this.queries.execute(new TerritoryOrganisationsQuery(territory, OWNER_KINDS as OrganisationKind[]))).filter((o) => o.id !== facts.ownerOrganisationId);
    if (!candidates.length) return [];
    const orgs = await this.queries.execute(new ListOrganisationsQuery({ ids: candidates.map((o) => o.id) }));
    return orgs
      .filter((o) => !o.national && o.territories.includes(territory))
      .map((o) => ({ id: o.id, name: o.name, kind: o.kind }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }
}
