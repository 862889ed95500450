import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuditModule } from '@mnio/audit';
import { CasesModule } from '@mnio/cases';
import { DirectoryModule } from '@mnio/directory';
import { ConfigError, loadConfig, PlatformModule } from '@mnio/platform';
import { ReportingProjection, ReportingWorkerModule } from '@mnio/reporting';

// The cases context asks the directory for organisations' kinds (it never reads the directory's tables).
@Module({ imports: [PlatformModule, AuditModule, DirectoryModule, CasesModule, ReportingWorkerModule] })
class ReportingRebuildModule {}

/**
 * `npm run reporting:rebuild`: recomputes the statistics read model from the cases context's facts (through
 * its query, never its tables) and replays the orientation events, with a progress line. Safe while the
 * worker runs: every row is an upsert of current facts. Connects as the application's role (DATABASE_URL).
 */
export async function reportingRebuild(write: (s: string) => void = (s) => process.stdout.write(s), tty = !!process.stdout.isTTY): Promise<number> {
  const app = await NestFactory.createApplicationContext(ReportingRebuildModule, { logger: ['error'] });
  try {
    const started = Date.now();
    let last = 0;
    const result = await app.get(ReportingProjection).rebuild((done, total) => {
      const pct = total ? Math.floor((done / total) * 100) : 100;
      const width = 30;
      const bar = '#'.repeat(Math.round((pct / 100) * width)).padEnd(width, '.');
      const line = `reporting:rebuild [${bar}] ${pct}% ${done}/${total} cases`;
      if (tty) write(`\r${line}`);
      else if (pct >= last + 10 || done === total) {
        write(`${line}\n`);
        last = pct;
      }
    });
    if (tty) write('\n');
    write(`statistics read model rebuilt: ${result.cases} cases, ${result.orientations} orientation events replayed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  try {
    loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78);
    }
    throw e;
  }
  reportingRebuild().then(
    (code) => process.exit(code),
    (e: Error) => {
      process.stderr.write(`reporting:rebuild failed: ${e.message}\n`);
      process.exit(1);
    },
  );
}
