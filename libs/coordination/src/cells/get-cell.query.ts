import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { CellComposition } from '@mnio/directory';
import type { Actor } from '@mnio/platform';
import { CellAccess } from '../access/cell-access.service';

/** The cell, its member organisations and its users; for the cell's own users only. */
export class GetCellQuery extends Query<CellComposition> {
  constructor(
    readonly actor: Actor,
    readonly cellId: string,
  ) {
    super();
  }
}

@QueryHandler(GetCellQuery)
export class GetCellHandler implements IQueryHandler<GetCellQuery> {
  constructor(private readonly access: CellAccess) {}

  execute({ actor, cellId }: GetCellQuery): Promise<CellComposition> {
    return this.access.cell(actor, cellId);
  }
}
