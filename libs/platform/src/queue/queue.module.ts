import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { redisOptions } from './redis';

/**
 * BullMQ on the configured Redis, with the configured key prefix (each test run has its own). In a worker,
 * processors start consuming only once `WorkerBootCheck` has found a handler for every declared job.
 */
@Module({})
export class QueueModule {
  static forRoot(role: 'worker' | 'producer'): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (c: AppConfig) => ({
            connection: redisOptions(c.redisUrl, role),
            prefix: c.queuePrefix,
            defaultJobOptions: {
              attempts: 8,
              backoff: { type: 'exponential', delay: 1000 },
              removeOnComplete: { age: 24 * 3600, count: 10000 },
              removeOnFail: { age: 7 * 24 * 3600 },
            },
          }),
          extraOptions: { manualRegistration: role === 'worker' },
        }),
      ],
      exports: [BullModule],
    };
  }
}
