import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { DatabaseCooldowns } from '../discord/cooldowns.js';
import type { CoverageService } from '../service/coverage.js';
import { indexStamp } from '../discord/components.js';
import { write } from './exchanges.js';
import { HttpInteractions } from './interactions.js';
import { InteractionMetrics } from './metrics.js';
import { publicKeyFromHex, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyInteraction } from './signature.js';

/**
 * Discord's interaction payloads are a few kilobytes; a message-menu payload carries the whole
 * message (≤ 4000 characters plus embeds). Anything far larger is not from Discord.
 */
export const MAX_BODY_BYTES = 256 * 1024;

export interface InteractionServerOptions {
  /** 0: any free port (read it back from `url`). */
  port: number;
  /** Default: every interface, as a replica behind a load balancer needs. */
  host?: string;
  /** The application's public key, 64 hex characters. */
  publicKey: string;
  /** A promise while the index is still opening: /readyz says 503 and members are asked to wait. */
  service: CoverageService | Promise<CoverageService>;
  /** With DATABASE_URL: the cooldowns every replica shares (else each replica keeps its own). */
  sharedCooldowns?: DatabaseCooldowns | Promise<DatabaseCooldowns | undefined>;
  config: Config;
  log: Logger;
  maxBodyBytes?: number;
}

export interface InteractionServer {
  url: string;
  port: number;
  metrics: InteractionMetrics;
  /** Stops accepting, answers what is in flight (follow-ups included), then closes. */
  close(): Promise<void>;
}

type Route = 'interactions' | 'healthz' | 'readyz' | 'metrics' | 'other';

/** Serves Discord interactions over HTTP, plus /healthz, /readyz and /metrics for the balancer and the operator. */
export async function startInteractionServer(options: InteractionServerOptions): Promise<InteractionServer> {
  const { config, log } = options;
  const key = publicKeyFromHex(options.publicKey);
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const started = Date.now();
  let service: CoverageService | null = null;
  let closing = false;
  let failed = false;
  let active = 0;
  const metrics = new InteractionMetrics({
    version: () => (service ? indexStamp(service.index.data.corpusHash) : null),
    articles: () => (service ? service.counts().articles : null),
  });
  const interactions = new HttpInteractions({ config, logger: log, observe: (h) => metrics.handled(h) });
  void Promise.all([options.service, options.sharedCooldowns]).then(
    ([s, shared]) => {
      if (closing) return;
      service = s;
      interactions.attach(s, shared);
    },
    (err: unknown) => {
      failed = true;
      log.error({ err }, 'the index did not open; interactions cannot be answered');
    },
  );

  const health = () => ({
    status: closing ? 'stopping' : service ? 'ok' : failed ? 'failed' : 'starting',
    indexVersion: service ? indexStamp(service.index.data.corpusHash) : null,
    ...(service ? service.counts() : { articles: null }),
    reindexing: service?.reindexing ?? false,
    uptimeS: Math.round((Date.now() - started) / 1000),
  });

  async function onInteraction(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return write(res, 405, { error: 'interactions are POSTed' }, { allow: 'POST' });
    if (closing) return write(res, 503, { error: 'shutting down' }, { connection: 'close', 'retry-after': '1' });
    const body = await readBody(req, maxBody);
    if (body === 'too large') return write(res, 413, { error: `request body over ${maxBody} bytes` }, { connection: 'close' });
    if (body === 'aborted') return;
    const verdict = verifyInteraction(key, { signature: req.headers[SIGNATURE_HEADER], timestamp: req.headers[TIMESTAMP_HEADER] }, body);
    if (!verdict.ok) {
      log.info({ reason: verdict.reason, remote: req.socket.remoteAddress }, 'interaction refused: invalid request signature');
      return write(res, 401, { error: 'invalid request signature' });
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      log.warn({ bytes: body.length }, 'signed interaction is not JSON; refused');
      return write(res, 400, { error: 'body is not JSON' });
    }
    interactions.handle(payload, res);
  }

  async function onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const route = routeOf(req.url);
    res.once('finish', () => metrics.request(route, res.statusCode));
    if (route === 'interactions') {
      active++;
      res.once('close', () => active--);
      return onInteraction(req, res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return write(res, 405, { error: 'method not allowed' }, { allow: 'GET' });
    if (route === 'healthz') return write(res, 200, health());
    if (route === 'readyz') {
      const h = health();
      return write(res, h.status === 'ok' ? 200 : 503, { ready: h.status === 'ok', status: h.status, indexVersion: h.indexVersion });
    }
    if (route === 'metrics') {
      const { contentType, body } = await metrics.text();
      return write(res, 200, body, { 'content-type': contentType });
    }
    write(res, 404, { error: 'not found: interactions are POSTed to / or /interactions' });
  }

  const server = http.createServer((req, res) => {
    onRequest(req, res).catch((err: unknown) => {
      log.error({ err, path: routeOf(req.url) }, 'HTTP request failed');
      write(res, 500, { error: 'internal error' });
    });
  });
  // Slow-loris guard: a client gets this long to send its headers and body.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '[::]' ? '127.0.0.1' : host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
  log.info({ port: address.port, host: address.address, maxBodyBytes: maxBody }, 'interactions server listening');

  let stopped: Promise<void> | null = null;
  const close = () =>
    (stopped ??= (async () => {
      closing = true;
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Requests already received get their answer (and any follow-up) before the sockets close.
      while (active > 0) await new Promise((r) => setTimeout(r, 10));
      await interactions.drain();
      await interactions.destroy();
      server.closeAllConnections();
      await done;
      log.info('interactions server stopped');
    })());
  return { url, port: address.port, metrics, close };
}

function routeOf(raw: string | undefined): Route {
  const path = (raw ?? '/').split('?')[0];
  if (path === '/' || path === '/interactions') return 'interactions';
  if (path === '/healthz' || path === '/readyz' || path === '/metrics') return path.slice(1) as Route;
  return 'other';
}

/** The raw body, or why there is none: over the cap (counted as it streams, whatever Content-Length claims) or the client gave up. */
function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | 'too large' | 'aborted'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) {
    req.resume();
    return Promise.resolve('too large');
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        chunks.length = 0;
        req.removeAllListeners('data');
        req.resume();
        resolve('too large');
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve('aborted'));
    req.on('aborted', () => resolve('aborted'));
  });
}
