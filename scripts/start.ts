import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../db/seeds/demo';
import { loadConfig } from '../libs/platform/src/config/app-config';
import { assertSchemaMatches, readAcceptNewerSchema } from '../libs/platform/src/database/schema-version';
import { migrate } from './migrate';
import { migrationStatus } from './migrate-status';
import { checkServices, ensureDatabase } from './services';

/**
 * `npm start`: checks PostgreSQL and Redis, creates the database if missing, applies migrations and sets
 * up the application's database role (as the owner, DATABASE_OWNER_URL) — or stops, exit 65, when the
 * database holds migrations this code does not know —, seeds demo data (demo mode only, idempotent), then
 * runs the API and the worker, which connect as the application's role (DATABASE_URL), until stopped.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const problems = await checkServices(config.databaseOwnerUrl, config.redisUrl);
  if (problems.length) {
    for (const p of problems) process.stderr.write(`✗ ${p}\n`);
    process.exit(1);
  }
  if (await ensureDatabase(config.databaseOwnerUrl)) process.stdout.write('database created\n');
  const applied = await migrate(config.databaseOwnerUrl, config.databaseUrl);
  // Migrating cannot help a database ahead of this code (migrations it does not know): say so here, with the
  // api's own message and exit code (65), rather than through a child that stops at once.
  assertSchemaMatches('mnio', await migrationStatus(config.databaseOwnerUrl), readAcceptNewerSchema());
  process.stdout.write(applied.length ? `migrations applied: ${applied.join(', ')}\n` : 'database schema up to date\n');
  process.stdout.write(`database roles: owner ${new URL(config.databaseOwnerUrl).username}, application ${new URL(config.databaseUrl).username}\n`);
  if (config.seedDemo) {
    const created = await seedDemo(config.databaseOwnerUrl);
    process.stdout.write(created ? `demo data seeded (${created} accounts)\n` : 'demo data already present\n');
  }

  const children: ChildProcess[] = [];
  const run = (name: string, entry: string, env: NodeJS.ProcessEnv = {}) => {
    const child = spawn(process.execPath, ['--enable-source-maps', join(__dirname, '..', entry)], { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => {
      if (!stopping) {
        process.stderr.write(`${name} exited (${signal ?? code}); stopping\n`);
        stop(code ?? 1);
      }
    });
    children.push(child);
  };
  let stopping = false;
  const stop = (code = 0) => {
    stopping = true;
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    setTimeout(() => process.exit(code), 10_000).unref();
    Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.on('exit', r))))).then(() => process.exit(code));
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));

  // Demo mode without a ProConnect registration: a local provider with the demo accounts, so the button works.
  const demoProvider = config.seedDemo && !process.env.MNIO_OIDC_ISSUER ? await startDemoProvider(config.publicUrl) : undefined;
  const apiEnv = demoProvider?.env(new URL('/connexion/proconnect', config.publicUrl).href) ?? {};
  run('api', 'apps/api/src/main.js', apiEnv);
  run('worker', 'apps/worker/src/main.js');

  const url = config.publicUrl;
  process.stdout.write(
    [
      '',
      `mnio is starting: API ${url}  ·  OpenAPI ${url}/api/docs  ·  health ${url}/health/ready`,
      ...(config.seedDemo
        ? [`Demo accounts (password ${DEMO_PASSWORD}):`, ...DEMO_USERS.map(([email, , , role]) => `  ${email.padEnd(32)} ${role}`)]
        : []),
      ...(demoProvider
        ? [`Local ProConnect stand-in: ${demoProvider.issuer} (« S’identifier avec ProConnect », then choose a demo account; no password)`]
        : []),
      'Stop with Ctrl+C.',
      '',
    ].join('\n'),
  );
}

/** The local OpenID provider (scripts/local-oidc-provider.ts), loaded only here: `oidc-provider` is a dev dependency. */
async function startDemoProvider(publicUrl: string) {
  const { startLocalOidcProvider } = await import('./local-oidc-provider');
  const { demoProviderAccounts } = await import('./local-oidc-provider-accounts');
  const port = Number(process.env.MNIO_DEMO_OIDC_PORT ?? 3009);
  return startLocalOidcProvider({
    accounts: demoProviderAccounts(),
    redirectUris: [new URL('/connexion/proconnect', publicUrl).href],
    postLogoutRedirectUris: [new URL('/', publicUrl).href],
    port,
    clientId: 'mnio-demo',
  });
}

main().catch((err: Error & { schemaExitCode?: number }) => {
  process.stderr.write(`mnio failed to start: ${err.message}\n`);
  process.exit(err.schemaExitCode ?? 1);
});
