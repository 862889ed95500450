import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { ClsService } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { ApiModule } from '../apps/api/src/api.module';
import { OperatorGrantCommand, ROLES, type Role } from '@mnio/directory';

/**
 * `npm run directory:grant -- <email> <organisation id> <role>`: the operator (who holds the servers, not an
 * account of the application) grants a membership directly — a platform administrator, or the first
 * coordinator of an organisation that has none. Audited as `membership.added` with `by: operator`.
 */
async function main(argv: string[]): Promise<number> {
  const [email, organisationId, role] = argv;
  if (!email || !organisationId || !(ROLES as readonly string[]).includes(role)) {
    process.stderr.write(`usage: npm run directory:grant -- <email> <organisation id> <role: ${ROLES.join('|')}>\n`);
    return 64;
  }
  const app = await NestFactory.createApplicationContext(ApiModule, { logger: ['error'] });
  try {
    const users: { id: string }[] = await app.get(DataSource).query(`SELECT id FROM users WHERE lower(email) = lower($1)`, [email]);
    if (!users[0]) {
      process.stderr.write('no user with this email: create the account in the administration page first\n');
      return 1;
    }
    const { membershipId } = await app.get(ClsService).run(() => app.get(CommandBus).execute(new OperatorGrantCommand(users[0].id, organisationId, role as Role)));
    process.stdout.write(`membership ${membershipId} granted: ${role}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: Error & { code?: string }) => {
    process.stderr.write(`grant failed: ${err.code ?? err.name}\n`);
    process.exit(1);
  },
);
