import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { ObservabilityRepository } from './observability.repository.js';

/** Short operations (a claim, an event's way out): 1 ms to 5 s. */
const FAST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Phases of a dunning run: 10 ms to 30 min. */
const PHASE_BUCKETS = [0.01, 0.1, 0.5, 1, 5, 10, 30, 60, 120, 300, 600, 1800];

export type ClaimResult = 'claimed' | 'empty';

/**
 * The API's Prometheus metrics, in a registry of its own (so two instances in one process do not
 * share counters), with Node's default process metrics. Feature code calls the one-line methods
 * below; the README's "Operating" section lists every metric.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  private readonly claims = new Counter({
    name: 'mahnwerk_claims_total',
    help: 'claimNextCase calls by result: claimed (a case was assigned) or empty (nothing claimable).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly claimSeconds = new Histogram({
    name: 'mahnwerk_claim_duration_seconds',
    help: 'Time of the claim statement, claimed and empty alike.',
    buckets: FAST_BUCKETS,
    registers: [this.registry],
  });
  private readonly eventsSent = new Counter({
    name: 'mahnwerk_events_sent_total',
    help: 'Live events sent on the Postgres event bus (NOTIFY), by topic.',
    labelNames: ['topic'] as const,
    registers: [this.registry],
  });
  private readonly eventSendSeconds = new Histogram({
    name: 'mahnwerk_event_send_duration_seconds',
    help: 'Time from publishing a live event (after its commit) until its NOTIFY was sent.',
    buckets: FAST_BUCKETS,
    registers: [this.registry],
  });
  private readonly dunningPhaseSeconds = new Histogram({
    name: 'mahnwerk_dunning_phase_duration_seconds',
    help: 'Wall-clock time of each phase of a dunning run, by phase.',
    labelNames: ['phase'] as const,
    buckets: PHASE_BUCKETS,
    registers: [this.registry],
  });
  private readonly importRowsTotal = new Counter({
    name: 'mahnwerk_import_rows_total',
    help: 'Rows of imported files by kind (bank_statement, cases) and result (imported, duplicate, rejected, skipped).',
    labelNames: ['kind', 'result'] as const,
    registers: [this.registry],
  });

  constructor(repository: ObservabilityRepository) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'mahnwerk_outbox_backlog',
      help: 'E-mails in the outbox waiting to be delivered (status PENDING), counted at scrape time.',
      registers: [this.registry],
      async collect() {
        // A database that does not answer leaves the last value; /ready reports the outage.
        const pending = await repository.pendingOutboxMails().catch(() => null);
        if (pending !== null) this.set(pending);
      },
    });
  }

  /** Starts timing a claim; call the returned function with its result. */
  startClaim(): (result: ClaimResult) => void {
    const stop = this.claimSeconds.startTimer();
    return (result) => {
      stop();
      this.claims.inc({ result });
    };
  }

  /** One live event sent on the bus, `seconds` after it was published. */
  eventSent(topic: string, seconds: number): void {
    this.eventsSent.inc({ topic });
    this.eventSendSeconds.observe(seconds);
  }

  /** One phase of a dunning run took `seconds`. */
  dunningPhase(phase: string, seconds: number): void {
    this.dunningPhaseSeconds.observe({ phase }, seconds);
  }

  /** Rows of one imported file by result, e.g. `importRows('bank_statement', { imported: 3, duplicate: 1 })`. */
  importRows(kind: string, rows: Record<string, number>): void {
    for (const [result, count] of Object.entries(rows)) {
      if (count > 0) this.importRowsTotal.inc({ kind, result }, count);
    }
  }

  /** The exposition text for a scrape. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
