import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@mnio/platform';

/**
 * At boot: the database role the process connects as must not be able to rewrite the journal (superuser,
 * owner or member of the owner, or UPDATE/DELETE/TRUNCATE granted). In production the process refuses to
 * start; elsewhere it warns. ADR 0011; the set-up is in db/roles.ts and docs/operations.md.
 */
@Injectable()
export class AuditRoleCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('AuditRoleCheck');

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const [row]: { can_rewrite: boolean }[] = await this.ds.query(
      `SELECT r.rolsuper OR pg_has_role(current_user, c.relowner, 'USAGE')
              OR has_table_privilege(c.oid, 'UPDATE') OR has_table_privilege(c.oid, 'DELETE') OR has_table_privilege(c.oid, 'TRUNCATE') AS can_rewrite
       FROM pg_class c, pg_roles r WHERE c.oid = 'audit_entries'::regclass AND r.rolname = current_user`,
    );
    if (!row?.can_rewrite) return;
    const message = 'the database role of DATABASE_URL can rewrite the audit journal (superuser, owner, or UPDATE/DELETE granted): connect as the application role (docs/operations.md, "Database roles")';
    if (this.config.nodeEnv === 'production') throw new Error(message);
    this.logger.warn(message);
  }
}
