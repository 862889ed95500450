import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import * as argon2 from 'argon2';
import { Client } from 'pg';
import { Benchmark, bootApi, bulkInsert, httpLoad, HttpLoadResult, median, round, timedLoop, TimedLoopResult, measuringRoundSeconds } from './lib';

const CLIENTS = 16;
const USERS = 64;
const ROUNDS = 3;
const PASSWORD = 'Bench-mnio-2026!';

/**
 * Sign-in throughput: POST /api/auth/login with 16 concurrent clients, each signing in as its own user.
 * A login counts the attempt (login throttle), verifies an argon2id hash (node-argon2 defaults: 64 MiB,
 * 3 passes, 4 lanes), opens a session, issues both tokens and writes an audit entry. argon2 is meant to
 * be slow and dominates: the reference is bare `argon2.verify` at the same concurrency in this process,
 * so the ratio shows what the rest of a login costs. The two alternate in 3 rounds.
 */
export const authLogin: Benchmark = {
  name: 'auth-login',
  description: `POST /api/auth/login, ${CLIENTS} concurrent clients, ${USERS} users (reference: bare argon2id verify)`,
  async run(ctx) {
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    const orgId = randomUUID();
    const db = new Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    await db.query(`INSERT INTO organisations (id, kind, name, territories) VALUES ($1, 'association', 'Association banc d''essai', '{93}')`, [orgId]);
    await db.end();
    const users = Array.from({ length: USERS }, (_, i) => ({ id: randomUUID(), email: `bench.${i}@bench.mnio.test` }));
    await bulkInsert(ctx.databaseUrl, { table: 'users', columns: ['id', 'email', 'display_name', 'password_hash'], count: USERS, row: (i) => [users[i].id, users[i].email, `Bench ${i}`, hash] });
    await bulkInsert(ctx.databaseUrl, { table: 'memberships', columns: ['user_id', 'organisation_id', 'role'], count: USERS, row: (i) => [users[i].id, orgId, 'case_worker'] });

    const api = await bootApi();
    // Figure and reference alternate in short rounds, so that load from elsewhere on a shared machine
    // hits both alike; the ratio is the median of the rounds' ratios.
    const roundSeconds = measuringRoundSeconds(ctx, ROUNDS);
    const rounds: { load: HttpLoadResult; ref: TimedLoopResult }[] = [];
    try {
      for (let r = 1; r <= (ctx.smoke ? 1 : ROUNDS); r++) { // one round proves the smoke run
        ctx.log(`round ${r}/${ROUNDS}: login load, ${CLIENTS} connections, ${roundSeconds} s; then bare argon2.verify, ${CLIENTS} concurrent, ${roundSeconds} s`);
        const load = await httpLoad({
          url: api.url,
          path: '/api/auth/login',
          method: 'POST',
          bodies: users.map((u) => JSON.stringify({ email: u.email, password: PASSWORD })),
          // Each client from its own address (the API trusts X-Forwarded-For from loopback, as behind a
          // proxy): 16 sign-ins in flight from one address would spend its login-throttle budget.
          connectionHeaders: users.map((_, i) => ({ 'x-forwarded-for': `198.51.100.${i + 1}` })),
          connections: ctx.smoke ? 2 : CLIENTS,
          // The smoke run only proves that sign-ins succeed: every answer counts, over long enough for a
          // loaded machine (one argon2id sign-in took 4.8 s at a load average of 23).
          seconds: ctx.smoke ? 15 : roundSeconds,
          // Fill the argon2 queue before measuring: a login takes seconds under this load.
          warmupSeconds: ctx.smoke ? 0 : 5,
          // On a loaded machine a login can wait several seconds for argon2: slow, not failed.
          timeoutSeconds: 60,
        });
        if (load.requests === 0) throw new Error(`no successful login (status codes ${JSON.stringify(load.statusCodes)}, ${load.errors} errors, ${load.timeouts} timeouts)`);
        const ref = await timedLoop({
          concurrency: CLIENTS,
          seconds: roundSeconds,
          // Also lets the logins still queued behind argon2 when the load stopped finish first.
          warmupSeconds: 3,
          op: async () => {
            if (!(await argon2.verify(hash, PASSWORD))) throw new Error('argon2 verify failed');
          },
        });
        rounds.push({ load, ref });
      }
    } finally {
      await api.close();
    }
    const ratios = rounds.map((r) => r.load.requestsPerSec / r.ref.opsPerSec);
    const logins = median(rounds.map((r) => r.load.requestsPerSec));
    const verify = median(rounds.map((r) => r.ref.opsPerSec));
    const ratio = median(ratios);
    const p = (k: 'p50' | 'p95' | 'p99') => round(median(rounds.map((r) => r.load.latencyMs[k])));
    const unexpected = rounds.reduce((n, r) => n + r.load.unexpected, 0);
    return {
      summary: `${round(logins)} logins/s (p95 ${p('p95')} ms) vs bare argon2id verify ${round(verify)}/s: ratio ${round(ratio)}`,
      metrics: {
        logins_per_s: round(logins),
        logins: rounds.reduce((n, r) => n + r.load.requests, 0),
        p50_ms: p('p50'),
        p95_ms: p('p95'),
        p99_ms: p('p99'),
        unexpected_status: unexpected,
        errors: rounds.reduce((n, r) => n + r.load.errors, 0),
        argon2_verify_per_s: round(verify),
        argon2_verify_p50_ms: round(median(rounds.map((r) => r.ref.latencyMs.p50))),
      },
      baseline: { label: `bare argon2id verify, ${CLIENTS} concurrent, same process`, value: round(verify), unit: 'verify/s' },
      ratio: round(ratio),
      notes: [
        `medians of ${ROUNDS} alternating rounds of ${roundSeconds} s; ratios per round: ${ratios.map(round).join(', ')}`,
        `argon2 runs on libuv's thread pool (UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE ?? '4, the default'}) on ${cpus().length} cores`,
        ...(unexpected ? [`unexpected statuses: ${rounds.map((r) => JSON.stringify(r.load.statusCodes)).join(' ')}`] : []),
      ],
    };
  },
};
