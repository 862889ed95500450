import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import { AccessTokenService } from './auth/access-token.service';
import { AbilityFactory } from './authz/ability.factory';
import { AppConfig } from './config/app-config';
import { APP_CONFIG, ConfigModule } from './config/config.module';
import { CryptoModule } from './crypto/crypto.module';
import { KeyRingRefresher } from './crypto/key-ring-refresher';
import { DatabaseModule } from './database/database.module';
import { pinoParams } from './logging/logging';
import { OutboxReader } from './outbox/outbox-reader';
import { Db } from './database/transaction';
import { OutboxService } from './outbox/outbox.service';

/** What every process needs: configuration, logging, database and transactions, crypto, CQRS buses, authz plumbing. */
@Global()
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (c: AppConfig) => pinoParams(c.logLevel, 'mnio') }),
    DatabaseModule,
    CryptoModule,
    DiscoveryModule,
    CqrsModule.forRoot(),
  ],
  providers: [AccessTokenService, AbilityFactory, OutboxService, OutboxReader, Db, KeyRingRefresher],
  exports: [AccessTokenService, AbilityFactory, OutboxService, OutboxReader, Db, CryptoModule, DiscoveryModule, KeyRingRefresher],
})
export class PlatformModule {}
