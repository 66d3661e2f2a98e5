import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { MetricsServer } from './metrics.server.js';
import { MetricsService } from './metrics.service.js';
import { ObservabilityRepository } from './observability.repository.js';

/**
 * Metrics (and their own port) and what the probes need (terminus, the ping). Feature modules import
 * it for `MetricsService`; the app module for the `/health` and `/ready` controller.
 */
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
  providers: [MetricsService, MetricsServer, ObservabilityRepository],
  exports: [MetricsService, ObservabilityRepository, TerminusModule],
})
export class ObservabilityModule {}
