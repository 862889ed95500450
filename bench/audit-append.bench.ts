import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { AuditJournal, AuditModule, verifyAuditJournal } from '@mnio/audit';
import { CTX_REQUEST_ID, PlatformModule, TransactionHost } from '@mnio/platform';
import { Benchmark, round, runPgBaseline, timedLoop, TimedLoopResult } from './lib';

const WRITERS = 16;

@Module({ imports: [PlatformModule, AuditModule] })
class AuditBenchModule {}

/**
 * Audit journal appends: 16 concurrent writers, each on its own stream (a case, a user…), one append per
 * transaction through the real AuditJournal (head row upsert + entry insert). The reference is pg-baseline:
 * one-row INSERT transactions at the same concurrency, measured in the same run. A second figure puts the
 * 16 writers on one stream, which is what a single global chain would do to every write.
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

    let distinct: TimedLoopResult;
    let shared: TimedLoopResult;
    let verified;
    try {
      ctx.log(`distinct streams: ${WRITERS} writers for ${ctx.seconds} s`);
      distinct = await timedLoop({ concurrency: WRITERS, seconds: ctx.seconds, op: (w, i) => append(`bench:${w}`, i) });
      const sharedSeconds = Math.min(ctx.seconds, 10);
      ctx.log(`one shared stream: ${WRITERS} writers for ${sharedSeconds} s`);
      shared = await timedLoop({ concurrency: WRITERS, seconds: sharedSeconds, op: (_w, i) => append('bench:shared', i) });
      ctx.log('verifying every chain');
      verified = await verifyAuditJournal(app.get<DataSource>(getDataSourceToken()));
    } finally {
      await app.close();
    }
    for (const r of [distinct, shared]) if (r.errors) throw new Error(`${r.errors} appends failed: ${r.firstError}`);
    if (!verified.ok) throw new Error(`audit chain broken after the run: ${JSON.stringify(verified.firstBreak)}`);

    ctx.log(`pg-baseline: ${ctx.seconds} s, ${WRITERS} clients`);
    const baseline = await runPgBaseline(ctx.databaseUrl, ctx.seconds, WRITERS, ctx.log);
    const ratio = baseline ? distinct.opsPerSec / baseline.tps : undefined;
    return {
      summary:
        `${round(distinct.opsPerSec)} appends/s on distinct streams (p95 ${round(distinct.latencyMs.p95)} ms)` +
        (baseline ? ` vs pg-baseline ${round(baseline.tps)} tps: ratio ${round(ratio!)}` : ' (no pg-baseline)') +
        `; one shared stream: ${round(shared.opsPerSec)} appends/s`,
      metrics: {
        appends_per_s: round(distinct.opsPerSec),
        appends: distinct.ops,
        p50_ms: round(distinct.latencyMs.p50),
        p95_ms: round(distinct.latencyMs.p95),
        p99_ms: round(distinct.latencyMs.p99),
        node_cpu_pct: round(distinct.processCpuPercent),
        shared_stream_appends_per_s: round(shared.opsPerSec),
        shared_stream_p95_ms: round(shared.latencyMs.p95),
        entries_verified: verified.entries,
      },
      ...(baseline ? { baseline: { label: `pg-baseline one-row insert, ${baseline.clients} clients, ${baseline.seconds} s`, value: round(baseline.tps), unit: 'tps' }, ratio: round(ratio!) } : {}),
      notes: ['an append is one transaction: BEGIN, head upsert (row lock of the stream), entry insert + head update, COMMIT', 'every chain verified after the run (no fork)'],
    };
  },
};
