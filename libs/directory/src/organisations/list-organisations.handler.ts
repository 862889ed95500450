import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ListOrganisationsQuery, OrganisationSummary } from './list-organisations.query';

@QueryHandler(ListOrganisationsQuery)
export class ListOrganisationsHandler implements IQueryHandler<ListOrganisationsQuery> {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async execute({ filter }: ListOrganisationsQuery): Promise<OrganisationSummary[]> {
    const params: unknown[] = [];
    const where = ['active'];
    if (filter.kind) where.push(`kind = $${params.push(filter.kind)}`);
    if (filter.territory) where.push(`(national OR $${params.push(filter.territory)} = ANY(territories))`);
    if (filter.ids) where.push(`id = ANY($${params.push(filter.ids)})`);
    return this.ds.query(
      `SELECT id, kind, name, national, territories FROM organisations WHERE ${where.join(' AND ')} ORDER BY name, id LIMIT 500`,
      params,
    );
  }
}
