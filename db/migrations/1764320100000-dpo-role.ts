import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: the data-protection officer (`dpo`), one per organisation or at the platform. The memberships' role
 * list was an inline CHECK; widening it by a new constraint would be refused by the expand-then-contract rule
 * (a constraint added to an existing table), so the list moves to a trigger, which accepts everything the
 * previous release writes and the new role too. The CHECK is dropped in the same transaction.
 */
export class DpoRole1764320100000 implements MigrationInterface {
  name = 'DpoRole1764320100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION memberships_role_known() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.role NOT IN ('case_worker','coordinator','investigator','teh_referent','cell_member','cell_coordinator',
                            'host_operator','national_analyst','platform_admin','dpo') THEN
          RAISE EXCEPTION 'unknown role %', NEW.role USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER memberships_role_known BEFORE INSERT OR UPDATE OF role ON memberships
      FOR EACH ROW EXECUTE FUNCTION memberships_role_known()`);
    await q.query(`ALTER TABLE memberships DROP CONSTRAINT IF EXISTS memberships_role_check`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM memberships WHERE role = 'dpo'`);
    await q.query(`DROP TRIGGER memberships_role_known ON memberships`);
    await q.query(`DROP FUNCTION memberships_role_known()`);
    await q.query(`ALTER TABLE memberships ADD CONSTRAINT memberships_role_check CHECK (role IN ('case_worker','coordinator','investigator',
      'teh_referent','cell_member','cell_coordinator','host_operator','national_analyst','platform_admin'))`);
  }
}
