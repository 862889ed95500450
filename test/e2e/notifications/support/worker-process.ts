import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/**
 * Loads TypeScript in a plain node process the way Jest does (SWC with the repository's .swcrc, @mnio/*
 * paths), then runs the real worker entry point, apps/worker/src/main.ts.
 */
const BOOT = `
const fs = require('fs');
const { transformSync } = require('@swc/core');
const root = ${JSON.stringify(ROOT)};
const swcrc = JSON.parse(fs.readFileSync(root + '/.swcrc', 'utf8'));
require.extensions['.ts'] = function (module, filename) {
  const out = transformSync(fs.readFileSync(filename, 'utf8'), { ...swcrc, swcrc: false, filename, sourceMaps: false });
  module._compile(out.code, filename);
};
require('tsconfig-paths').register({ baseUrl: root, paths: { '@mnio/*': ['libs/*/src'] } });
require(root + '/apps/worker/src/main.ts');
`;

/** The worker as its own OS process, so that it can be killed for real (SIGKILL: no shutdown hook runs). */
export class WorkerProcess {
  private child?: ChildProcess;
  private output = '';

  start(env: NodeJS.ProcessEnv): void {
    this.child = spawn(process.execPath, ['-e', BOOT], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (c: Buffer) => (this.output = (this.output + c.toString()).slice(-4000)));
    this.child.stderr!.on('data', (c: Buffer) => (this.output = (this.output + c.toString()).slice(-4000)));
  }

  get exited(): boolean {
    return !this.child || this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** Last lines the process wrote, for a failing test's message. */
  get tail(): string {
    return this.output;
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || this.exited) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill(signal);
    });
  }
}
