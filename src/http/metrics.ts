import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Handled } from '../discord/router.js';

/** What the gauges read at scrape time, so /metrics always shows the index that answers now. */
export interface IndexProbe {
  version(): string | null;
  articles(): number | null;
}

/**
 * The HTTP mode's Prometheus metrics, on a registry of its own (not prom-client's global one),
 * so two servers in one process (the tests, the bench) never share or double-register counters.
 */
export class InteractionMetrics {
  readonly registry = new Registry();
  private readonly interactions: Counter<'kind' | 'command' | 'outcome'>;
  private readonly latency: Histogram<'kind' | 'command'>;
  private readonly requests: Counter<'route' | 'status'>;
  private readonly reindex: Histogram<'outcome'>;

  constructor(probe: IndexProbe) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'coverage_bot_' });
    this.interactions = new Counter({
      name: 'coverage_bot_interactions_total',
      help: 'Interactions the router finished, by kind (command, menu, autocomplete, button), command and outcome.',
      labelNames: ['kind', 'command', 'outcome'],
      registers,
    });
    this.latency = new Histogram({
      name: 'coverage_bot_interaction_duration_seconds',
      help: 'Time the router spent on one interaction, its follow-up or edit included.',
      labelNames: ['kind', 'command'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.requests = new Counter({
      name: 'coverage_bot_http_requests_total',
      help: 'HTTP requests by route and status (401: refused signature or timestamp).',
      labelNames: ['route', 'status'],
      registers,
    });
    this.reindex = new Histogram({
      name: 'coverage_bot_reindex_duration_seconds',
      help: 'Duration of /reindex runs started through this server.',
      labelNames: ['outcome'],
      buckets: [0.1, 0.5, 1, 5, 10, 30, 60, 120, 300, 600],
      registers,
    });
    new Gauge({
      name: 'coverage_bot_index_info',
      help: 'The index version answering now (label `version`; value 1).',
      labelNames: ['version'],
      registers,
      collect() {
        this.reset();
        const version = probe.version();
        if (version) this.set({ version }, 1);
      },
    });
    new Gauge({
      name: 'coverage_bot_index_articles',
      help: 'Articles in the index answering now.',
      registers,
      collect() {
        const articles = probe.articles();
        if (articles !== null) this.set(articles);
      },
    });
  }

  /** The router's report on one interaction. */
  handled(h: Handled): void {
    this.interactions.inc({ kind: h.kind, command: h.command, outcome: h.outcome });
    this.latency.observe({ kind: h.kind, command: h.command }, h.seconds);
    const ms = h.details?.ms;
    if (h.command === 'reindex' && typeof ms === 'number') this.reindex.observe({ outcome: h.outcome }, ms / 1000);
  }

  request(route: string, status: number): void {
    this.requests.inc({ route, status: String(status) });
  }

  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
