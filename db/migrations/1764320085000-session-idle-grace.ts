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
    // With a default, so that a previous release still opening sessions beside this one (rolling upgrade) writes a
    // valid row: its sessions end after 30 idle minutes, the default timeout.
    await q.query(`ALTER TABLE auth_sessions ADD COLUMN idle_expires_at timestamptz NOT NULL DEFAULT (now() + interval '30 minutes')`);
    await q.query(`UPDATE auth_sessions SET idle_expires_at = least(expires_at, now() + interval '30 minutes')`);
    await q.query(`ALTER TABLE refresh_tokens ADD COLUMN replaced_by uuid REFERENCES refresh_tokens(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE refresh_tokens DROP COLUMN replaced_by`);
    await q.query(`ALTER TABLE auth_sessions DROP COLUMN idle_expires_at`);
  }
}
