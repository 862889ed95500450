import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ApiModule } from '../apps/api/src/api.module';
import { openApiConfig } from '../apps/api/src/configure-app';

/** The repository root, from scripts/ as from dist/scripts/. */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nest-cli.json'))) dir = dirname(dir);
  return dir;
}

export const SCHEMA_FILE = join(repoRoot(), 'apps/web/src/api/schema.d.ts');

/** The API's OpenAPI document, without a server, a database or Redis: the module graph in preview mode. */
export async function openApiDocument() {
  const app = await NestFactory.create(ApiModule, { preview: true, logger: false, abortOnError: false });
  try {
    return SwaggerModule.createDocument(app, openApiConfig());
  } finally {
    await app.close();
  }
}

export const SCHEMA_HEADER =
  "/**\n * Generated from the API's OpenAPI document by scripts/openapi-export.ts: do not edit.\n * Regenerate with `npm run openapi`; a test fails while this file is stale.\n */\n\n";

/**
 * The web client's types, as `openapi-typescript` writes them from the document. (Under Jest, which cannot
 * load that package's ES-module dependencies, test/e2e/web/contract.e2e-spec.ts renders in a child Node.)
 */
export async function renderSchema(): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(JSON.stringify(await openApiDocument())));
  return `${SCHEMA_HEADER}${astToString(ast)}`;
}

/** `npm run openapi`: writes apps/web/src/api/schema.d.ts; `--check` only says whether it is up to date. */
async function main(): Promise<void> {
  const schema = await renderSchema();
  const current = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (schema !== current) {
      process.stderr.write('apps/web/src/api/schema.d.ts is stale: run `npm run openapi`\n');
      process.exit(1);
    }
    process.stdout.write('web client types up to date\n');
    return;
  }
  if (schema === current) process.stdout.write('web client types up to date\n');
  else {
    writeFileSync(SCHEMA_FILE, schema);
    process.stdout.write('apps/web/src/api/schema.d.ts written\n');
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (e) => {
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(1);
    },
  );
}
