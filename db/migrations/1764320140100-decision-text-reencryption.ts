import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cell decisions are immutable (a trigger refuses every UPDATE), yet a key rotation must re-encrypt their text. The
 * trigger now lets through exactly one change: `text_enc` rewritten under another key id, every other column equal.
 * The clear text cannot be altered that way by anyone without the keys, and a rewrite under the same key is refused.
 */
export class DecisionTextReencryption1764320140100 implements MigrationInterface {
  name = 'DecisionTextReencryption1764320140100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION cell_decisions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND TG_LEVEL = 'ROW' THEN
          IF (to_jsonb(NEW) - 'text_enc') = (to_jsonb(OLD) - 'text_enc')
             AND split_part(NEW.text_enc, '.', 2) <> split_part(OLD.text_enc, '.', 2) THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'cell decisions are immutable: record a new decision that supersedes this one (% on %)', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION cell_decisions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'cell decisions are immutable: record a new decision that supersedes this one (% on %)', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }
}
