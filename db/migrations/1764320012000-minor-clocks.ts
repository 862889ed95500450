import { MigrationInterface, QueryRunner } from 'typeorm';

/** National defaults of a minor's first two clocks: report to the CRIP or the parquet, ASE provisional reception (the day after recording). */
export class MinorClocks1764320012000 implements MigrationInterface {
  name = 'MinorClocks1764320012000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO deadline_rules (territory, kind, amount, unit, alert_before_days) VALUES
      ('*','minor_report',1,'days',0), ('*','ase_reception',1,'days',0) ON CONFLICT DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM deadline_rules WHERE kind IN ('minor_report','ase_reception')`);
  }
}
