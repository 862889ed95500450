import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DatabaseOutage } from '../errors/database-outage';
import { databaseOptions } from './database-options';

/**
 * TypeORM on PostgreSQL, plus one transaction per command without passing managers around:
 * handlers are `@Transactional()` and repositories use `TransactionHost#tx`.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ ...databaseOptions(config.databaseUrl, config.databasePoolSize), autoLoadEntities: true }),
    }),
    ClsModule.forRoot({
      global: true,
      // No proxy providers in mnio: resolving them ran a `require()` on every request (2% of a light request's CPU).
      middleware: { mount: true, generateId: false, resolveProxyProviders: false },
      plugins: [
        new ClsPluginTransactional({
          imports: [TypeOrmModule],
          adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: DataSource }),
        }),
      ],
    }),
  ],
  providers: [DatabaseOutage],
  exports: [DatabaseOutage],
})
export class DatabaseModule {}
