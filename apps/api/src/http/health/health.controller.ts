import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KNOWN_MIGRATIONS, Public, schemaHealth } from '@mnio/platform';
import { RedisProbe } from './redis-probe';
import { ApiPublic } from '../api-docs';
import * as answers from './health.responses';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisProbe,
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(KNOWN_MIGRATIONS) private readonly migrations: string[],
  ) {}

  /** Liveness: the process answers. */
  @ApiOperation({ summary: 'Says the process answers', description: 'Liveness: the process answers. No token needed.' })
  @ApiPublic()
  @ApiResponse({ status: 200, type: answers.HealthLiveAnswer })
  @Get()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Readiness: PostgreSQL must answer (503 otherwise); Redis is reported but not required, and so is the
   * schema (its newest migration; `ahead` while an upgrade's expand-only migrations run under this release).
   */
  @ApiOperation({ summary: 'Says whether the service is ready', description: 'Readiness: PostgreSQL must answer (503 otherwise); Redis and the database schema are reported but not required.' })
  @ApiPublic()
  @Get('ready')
  @HealthCheck()
  async ready() {
    const redisState = await this.redis.state();
    const schema = await schemaHealth((sql) => this.ds.query(sql), this.migrations);
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 1500 }),
      () => this.indicators.check('redis').up({ state: redisState, requiredForReadiness: false }),
      () => this.indicators.check('schema').up({ ...schema, requiredForReadiness: false }),
    ]);
  }
}
