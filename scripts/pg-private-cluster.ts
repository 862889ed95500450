import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A private PostgreSQL cluster in a temporary directory, on a free loopback port, with its own pgBackRest
 * configuration (repository, lock, log and spool directories all inside that directory, repository encrypted
 * with aes-256-cbc) and WAL archived through `pgbackrest archive-push`. Used by the restore drill
 * (test/e2e/operations/restore-drill.e2e-spec.ts) and the backup benchmark (bench/backup.bench.ts); the
 * commands are those of docs/operations.md, "Backups and point-in-time recovery".
 *
 * PostgreSQL refuses to run as root: when this process is root, initdb, pg_ctl and pgbackrest run as the
 * `postgres` account (runuser), which owns the directory.
 */
export interface PrivateClusterOptions {
  /** pgBackRest stanza name (default `mnio`). */
  stanza?: string;
  /** `repo1-retention-full` (default 2). */
  retentionFull?: number;
  /** `compress-type` (default `lz4`; the drill uses `none` to show that encryption alone hides the data). */
  compress?: 'none' | 'gz' | 'lz4' | 'zst';
  /** Extra postgresql.conf lines. */
  settings?: Record<string, string>;
  /** `process-max` for backup and restore (default 2). */
  processMax?: number;
  /** Extra `[global]` options of pgBackRest, e.g. `{ 'repo1-bundle': 'y', 'repo1-block': 'y' }`. */
  pgbackrest?: Record<string, string>;
  /** `false`: a plain cluster, no WAL archiving and no pgBackRest stanza (the faults benchmark and tests). Default true. */
  backups?: boolean;
}

export type BackupType = 'full' | 'diff' | 'incr';

export interface BackupInfo {
  label: string;
  type: BackupType;
  /** Size of the database the backup covers, in bytes. */
  databaseBytes: number;
  /** Bytes this backup added to the repository (compressed, encrypted). */
  repositoryDeltaBytes: number;
  /** Bytes the repository holds for a restore of this backup (with what it references). */
  repositoryBytes: number;
  startedAt: Date;
  stoppedAt: Date;
}

/** The directory of PostgreSQL's server programs: PG_BIN, else `pg_config --bindir`, else the newest /usr/lib/postgresql/N/bin. */
export function pgBinDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (existsSync(join(dir, 'pg_ctl'))) return dir;
  } catch {
    // no pg_config: try Debian's layout
  }
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(`/usr/lib/postgresql/${v}/bin/pg_ctl`)) return `/usr/lib/postgresql/${v}/bin`;
  throw new Error('PostgreSQL server programs not found: install postgresql (npm run services) or set PG_BIN');
}

/** `pgbackrest`: PGBACKREST_PATH, else the one on PATH (scripts/ensure-pgbackrest.sh installs it). */
export function pgbackrestPath(): string {
  return process.env.PGBACKREST_PATH || 'pgbackrest';
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Total size of the files under `dir`, in bytes. */
export function directoryBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) total += directoryBytes(p);
    else if (entry.isFile()) total += statSync(p).size;
  }
  return total;
}

export class PrivateCluster {
  readonly dir: string;
  readonly dataDir: string;
  readonly repoDir: string;
  readonly configFile: string;
  readonly stanza: string;
  port = 0;
  private readonly bin = pgBinDir();
  private readonly asRoot = process.getuid?.() === 0;

  private constructor(private readonly options: PrivateClusterOptions) {
    this.stanza = options.stanza ?? 'mnio';
    this.dir = mkdtempSync(join(tmpdir(), 'mnio-pg-'));
    this.dataDir = join(this.dir, 'data');
    this.repoDir = join(this.dir, 'repo');
    this.configFile = join(this.dir, 'pgbackrest.conf');
  }

  /** Creates the cluster (initdb, trust on loopback only), its pgBackRest configuration and stanza, and starts it. */
  static async create(options: PrivateClusterOptions = {}): Promise<PrivateCluster> {
    const cluster = new PrivateCluster(options);
    try {
      await cluster.init();
    } catch (e) {
      await cluster.destroy().catch(() => undefined);
      throw e;
    }
    return cluster;
  }

  /** The owner's URL of `database` on this cluster (user postgres, trusted on loopback). */
  url(database: string, user = 'postgres'): string {
    return `postgres://${user}@127.0.0.1:${this.port}/${database}`;
  }

  private async init(): Promise<void> {
    this.port = await freePort();
    for (const d of ['repo', 'log', 'lock', 'spool']) mkdirSync(join(this.dir, d), { mode: 0o700 });
    const passphrase = randomBytes(32).toString('base64');
    const o = this.options;
    // The passphrase sits in the configuration file (0600, the postgres account's): pgBackRest reads it there or
    // from PGBACKREST_REPO1_CIPHER_PASS. In production that file is on the repository host, not the database's.
    writeFileSync(
      this.configFile,
      [
        '[global]',
        `repo1-path=${this.repoDir}`,
        'repo1-cipher-type=aes-256-cbc',
        `repo1-cipher-pass=${passphrase}`,
        `repo1-retention-full=${o.retentionFull ?? 2}`,
        `log-path=${join(this.dir, 'log')}`,
        `lock-path=${join(this.dir, 'lock')}`,
        `spool-path=${join(this.dir, 'spool')}`,
        'log-level-console=warn',
        'log-level-file=info',
        `compress-type=${o.compress ?? 'lz4'}`,
        `process-max=${o.processMax ?? 2}`,
        'start-fast=y',
        'archive-timeout=60',
        ...Object.entries(o.pgbackrest ?? {}).map(([k, v]) => `${k}=${v}`),
        '',
        `[${this.stanza}]`,
        `pg1-path=${this.dataDir}`,
        `pg1-port=${this.port}`,
        `pg1-socket-path=${this.dir}`,
        'pg1-user=postgres',
        '',
      ].join('\n'),
      { mode: 0o600 },
    );
    this.giveToPostgres(this.dir);
    await this.run(join(this.bin, 'initdb'), ['-D', this.dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
    const backups = o.backups !== false;
    const settings: Record<string, string> = {
      listen_addresses: `'127.0.0.1'`,
      port: String(this.port),
      unix_socket_directories: `'${this.dir}'`,
      ...(backups
        ? { wal_level: 'replica', archive_mode: 'on', archive_command: `'${pgbackrestPath()} --config=${this.configFile} --stanza=${this.stanza} archive-push %p'`, max_wal_senders: '3' }
        : {}),
      shared_buffers: '128MB',
      ...o.settings,
    };
    writeFileSync(join(this.dataDir, 'postgresql.conf'), `\n# mnio private cluster\n${Object.entries(settings).map(([k, v]) => `${k} = ${v}`).join('\n')}\n`, { flag: 'a' });
    await this.start();
    if (!backups) return;
    await this.pgbackrest('stanza-create');
    await this.pgbackrest('check');
  }

  /** Runs a command as the cluster's owner (postgres when this process is root). */
  run(cmd: string, args: string[], timeoutMs = 30 * 60_000): Promise<string> {
    const [file, argv] = this.asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
    return new Promise((resolve, reject) => {
      execFile(file, argv, { cwd: this.dir, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
        const missing = (err as NodeJS.ErrnoException | null)?.code === 'ENOENT' ? ' (not installed? `bash scripts/ensure-pgbackrest.sh` installs pgBackRest; PG_BIN and PGBACKREST_PATH point elsewhere)' : '';
        if (err) reject(new Error(`${cmd.split('/').pop()} ${args.filter((a) => !a.startsWith('--config')).join(' ')} failed: ${(stderr || stdout || err.message).trim().slice(-2000)}${missing}`));
        else resolve(stdout);
      });
    });
  }

  pgbackrest(command: string, ...args: string[]): Promise<string> {
    return this.run(pgbackrestPath(), [`--config=${this.configFile}`, `--stanza=${this.stanza}`, ...args, command]);
  }

  async start(): Promise<void> {
    await this.run(join(this.bin, 'pg_ctl'), ['-D', this.dataDir, '-l', join(this.dir, 'log', 'postgresql.log'), '-w', '-t', '3600', 'start']);
  }

  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    if (!existsSync(join(this.dataDir, 'postmaster.pid'))) return;
    await this.run(join(this.bin, 'pg_ctl'), ['-D', this.dataDir, '-w', '-t', '120', '-m', mode, 'stop']);
  }

  /** Takes a backup and returns what pgBackRest's `info` says of it. */
  async backup(type: BackupType): Promise<BackupInfo> {
    await this.pgbackrest('backup', `--type=${type}`);
    const backups = await this.backups();
    return backups[backups.length - 1];
  }

  async backups(): Promise<BackupInfo[]> {
    const info = JSON.parse(await this.pgbackrest('info', '--output=json')) as {
      backup: { label: string; type: BackupType; info: { size: number; repository: { size: number; delta: number } }; timestamp: { start: number; stop: number } }[];
    }[];
    return (info[0]?.backup ?? []).map((b) => ({
      label: b.label,
      type: b.type,
      databaseBytes: b.info.size,
      repositoryDeltaBytes: b.info.repository.delta,
      repositoryBytes: b.info.repository.size,
      startedAt: new Date(b.timestamp.start * 1000),
      stoppedAt: new Date(b.timestamp.stop * 1000),
    }));
  }

  /** Forces a WAL switch and waits until the segment is in the repository (`pgbackrest check`). */
  async archiveNow(): Promise<void> {
    await this.pgbackrest('check');
  }

  /**
   * The disaster and the recovery: the cluster is stopped, its data directory wiped, and restored from the
   * repository (latest backup + archived WAL) up to `target`, then started and promoted.
   */
  async restore(target: { type: 'time' | 'name'; target: string } | { type: 'immediate' } | null, set?: string): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
    mkdirSync(this.dataDir, { mode: 0o700 });
    this.giveToPostgres(this.dataDir);
    const args = target === null ? [] : target.type === 'immediate' ? ['--type=immediate', '--target-action=promote'] : [`--type=${target.type}`, `--target=${target.target}`, '--target-action=promote'];
    // `set`: the backup to start from (else pgBackRest picks the latest that stopped before a time target).
    await this.pgbackrest('restore', ...args, ...(set ? [`--set=${set}`] : []));
    await this.start();
    await this.waitPromoted();
  }

  private async waitPromoted(): Promise<void> {
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
      const c = new Client({ connectionString: this.url('postgres') });
      try {
        await c.connect();
        const { rows } = await c.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r');
        if (!rows[0].r) return;
      } catch {
        // starting
      } finally {
        await c.end().catch(() => undefined);
      }
      if (Date.now() > deadline) throw new Error('the restored cluster did not leave recovery');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Stops the cluster and removes its directory (cluster, repository, logs). */
  async destroy(): Promise<void> {
    try {
      await this.stop('immediate');
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  private giveToPostgres(path: string): void {
    if (!this.asRoot) return;
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    const walk = (p: string) => {
      chownSync(p, uid, gid);
      if (statSync(p).isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    };
    walk(path);
    chmodSync(path, 0o700);
  }
}
