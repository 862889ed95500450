import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { ANCHOR_SINK, AuditJournal, AuditKeys, AuditModule, verifyAuditJournal } from '@mnio/audit';
import { CTX_REQUEST_ID, PlatformModule, TransactionHost } from '@mnio/platform';
import { Benchmark, median, PgBaseline, round, runPgBaseline, timedLoop, TimedLoopResult, measuringRoundSeconds } from './lib';

const WRITERS = 16;
const ROUNDS = 3;

@Module({ imports: [PlatformModule, AuditModule] })
class AuditBenchModule {}

/**
 * Audit journal appends: 16 concurrent writers, each on its own stream (a case, a user…), one append per
 * transaction through the real AuditJournal (one statement: head upsert + entry insert). The reference is pg-baseline:
 * one-row INSERT transactions at the same concurrency, alternating with the figure in 3 rounds. A second
 * figure puts the 16 writers on one stream, which is what a single global chain would do to every write.
 */
export const auditAppend: Benchmark = {
  name: 'audit-append',
  description: `AuditJournal.record, ${WRITERS} concurrent writers on distinct streams (reference: pg-baseline, ${WRITERS} clients)`,
  async run(ctx) {
    const app = await NestFactory.createApplicationContext(AuditBenchModule, { bufferLogs: true });
    await app.init();
    const journal = app.get(AuditJournal);
    const txHost = app.get(TransactionHost);
    const cls = app.get(ClsService);
    const append = (stream: string, i: number) =>
      cls.run(async () => {
        cls.set(CTX_REQUEST_ID, `bench-${i}`);
        await txHost.withTransaction(() => journal.record({ action: 'bench.append', subjectType: 'bench', subjectId: stream, stream, details: { i } }));
      });

    // The figure and pg-baseline alternate in short rounds, so that load from elsewhere on a shared
    // machine hits both alike; the ratio is the median of the rounds' ratios.
    const roundSeconds = measuringRoundSeconds(ctx, ROUNDS);
    const rounds: { appends: TimedLoopResult; baseline: PgBaseline | null }[] = [];
    let shared: TimedLoopResult;
    let verified;
    try {
      for (let r = 1; r <= (ctx.smoke ? 1 : ROUNDS); r++) { // one round proves the smoke run
        ctx.log(`round ${r}/${ROUNDS}: ${WRITERS} writers on distinct streams, ${roundSeconds} s; then pg-baseline, ${WRITERS} clients, ${roundSeconds} s`);
        const appends = await timedLoop({ concurrency: WRITERS, seconds: roundSeconds, op: (w, i) => append(`bench:${w}`, i) });
        if (appends.errors) throw new Error(`${appends.errors} appends failed: ${appends.firstError}`);
        rounds.push({ appends, baseline: await runPgBaseline(ctx.databaseUrl, roundSeconds, WRITERS, ctx.log) });
      }
      ctx.log(`one shared stream: ${WRITERS} writers for ${roundSeconds} s`);
      shared = await timedLoop({ concurrency: WRITERS, seconds: roundSeconds, op: (_w, i) => append('bench:shared', i) });
      if (shared.errors) throw new Error(`${shared.errors} appends failed: ${shared.firstError}`);
      ctx.log('verifying every chain');
      verified = await verifyAuditJournal(app.get<DataSource>(getDataSourceToken()), { keys: app.get(AuditKeys), sink: app.get(ANCHOR_SINK) });
    } finally {
      await app.close();
    }
    if (!verified.ok) throw new Error(`audit chain broken after the run: ${JSON.stringify(verified.firstBreak)}`);

    const rate = median(rounds.map((r) => r.appends.opsPerSec));
    const p = (k: 'p50' | 'p95' | 'p99') => round(median(rounds.map((r) => r.appends.latencyMs[k])));
    const measured = rounds.filter((r) => r.baseline) as { appends: TimedLoopResult; baseline: PgBaseline }[];
    const ratios = measured.map((r) => r.appends.opsPerSec / r.baseline.tps);
    const baseline = measured.length ? median(measured.map((r) => r.baseline.tps)) : undefined;
    const ratio = ratios.length ? median(ratios) : undefined;
    return {
      summary:
        `${round(rate)} appends/s on distinct streams (p95 ${p('p95')} ms)` +
        (baseline ? ` vs pg-baseline ${round(baseline)} tps: ratio ${round(ratio!)}` : ' (no pg-baseline)') +
        `; one shared stream: ${round(shared.opsPerSec)} appends/s`,
      metrics: {
        appends_per_s: round(rate),
        appends: rounds.reduce((n, r) => n + r.appends.ops, 0),
        p50_ms: p('p50'),
        p95_ms: p('p95'),
        p99_ms: p('p99'),
        node_cpu_pct: round(median(rounds.map((r) => r.appends.processCpuPercent))),
        shared_stream_appends_per_s: round(shared.opsPerSec),
        shared_stream_p95_ms: round(shared.latencyMs.p95),
        entries_verified: verified.entries,
      },
      ...(baseline ? { baseline: { label: `pg-baseline one-row insert, ${WRITERS} clients`, value: round(baseline), unit: 'tps' }, ratio: round(ratio!) } : {}),
      notes: [
        `medians of ${ROUNDS} alternating rounds of ${roundSeconds} s` + (ratios.length ? `; ratios per round: ${ratios.map(round).join(', ')}` : ''),
        'an append is one transaction: BEGIN, the stream head locked and read (FOR UPDATE), the HMAC computed in Node, one statement (head advanced, entry inserted), COMMIT',
        'every chain verified after the run (no fork)',
      ],
    };
  },
};
