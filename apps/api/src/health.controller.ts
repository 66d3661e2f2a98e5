import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { Public } from './auth/roles.decorator.js';
import { ObservabilityRepository } from './observability/observability.repository.js';

/** How long /ready waits for the database's answer before it calls it down. */
const DATABASE_PING_MS = 1500;

/**
 * Probes for load balancers and orchestrators. Public on purpose: no token, and they tell only
 * whether this instance and its database answer (documented in apps/api/README.md, "Operating").
 */
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly repository: ObservabilityRepository,
    private readonly health: HealthCheckService,
    private readonly typeOrm: TypeOrmHealthIndicator,
  ) {}

  /** Liveness, unchanged: `{ status: 'ok', database: 'up' }`, an error status when the database does not answer. */
  @Get('health')
  async liveness(): Promise<{ status: string; database: string }> {
    await this.repository.ping();
    return { status: 'ok', database: 'up' };
  }

  /**
   * Readiness: 200 with `status: 'ok'` when the database answers within 1.5 s, 503 with terminus's
   * report otherwise (answered here, so an outage logs terminus's one line per probe, not a stack).
   */
  @Get('ready')
  @HealthCheck()
  async readiness(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckResult> {
    try {
      return await this.health.check([() => this.typeOrm.pingCheck('database').withTimeout(DATABASE_PING_MS)]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      void reply.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }
}
