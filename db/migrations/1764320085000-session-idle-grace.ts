import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15 §2: sessions that survive a reload. A session ends when it was not refreshed for the idle timeout
 * (`idle_expires_at`, moved forward by each refresh, never past `expires_at`), and a rotated refresh token
 * names its successor (`replaced_by`), which it may still return during the short grace of two tabs
 * refreshing at once.
 */
export class SessionIdleGrace1764320085000 implements MigrationInterface {
  name = 'SessionIdleGrace1764320085000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE auth_sessions ADD COLUMN idle_expires_at timestamptz`);
    await q.query(`UPDATE auth_sessions SET idle_expires_at = expires_at`);
    await q.query(`ALTER TABLE auth_sessions ALTER COLUMN idle_expires_at SET NOT NULL`);
    await q.query(`ALTER TABLE refresh_tokens ADD COLUMN replaced_by uuid REFERENCES refresh_tokens(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE refresh_tokens DROP COLUMN replaced_by`);
    await q.query(`ALTER TABLE auth_sessions DROP COLUMN idle_expires_at`);
  }
}
