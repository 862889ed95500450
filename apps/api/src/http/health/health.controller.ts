import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@mnio/platform';
import { RedisProbe } from './redis-probe';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisProbe,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL must answer (503 otherwise); Redis is reported but not required. */
  @Get('ready')
  @HealthCheck()
  async ready() {
    const redisState = await this.redis.state();
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 1500 }),
      () => this.indicators.check('redis').up({ state: redisState, requiredForReadiness: false }),
    ]);
  }
}
