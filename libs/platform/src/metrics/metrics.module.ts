import { DynamicModule, Module } from '@nestjs/common';
import { DatabaseGauges } from './database-gauges';
import { Metrics, METRICS_PROCESS, MetricsProcess, MetricsServer } from './metrics';

/**
 * The process's Prometheus endpoint (see docs/operations.md, « Metrics and alerts »). The API measures its
 * requests (`configureApp` mounts `Metrics#http`); the worker adds the database gauges and its queues'.
 */
@Module({})
export class MetricsModule {
  static forRoot(processName: MetricsProcess): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      providers: [Metrics, MetricsServer, { provide: METRICS_PROCESS, useValue: processName }, ...(processName === 'worker' ? [DatabaseGauges] : [])],
      exports: [Metrics, MetricsServer],
    };
  }
}
