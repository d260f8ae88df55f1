import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ping, slash, str, user } from '../e2e/payloads.js';
import { keyPair, signatureHeaders, startHttpHarness, type HttpHarness } from './signed.js';

let h: HttpHarness;
beforeAll(async () => {
  h = await startHttpHarness();
});
afterAll(async () => {
  await h?.stop();
});

const whosaid = () => JSON.stringify(slash('whosaid', [str('text', 'rebuild the harbour before winter')], user(20)));

async function post(headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${h.server.url}/interactions`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, text: await res.text() };
}

/** The router never saw it: no interaction counted, no log line of an answer. */
function handlerNeverRan(): void {
  expect(h.logs.find('command answered')).toHaveLength(0);
  expect(h.fake.requests).toHaveLength(0);
}

describe('every request is checked against the application key before anything reads it', () => {
  it('refuses a request with no signature headers (401)', async () => {
    expect((await post({}, whosaid())).status).toBe(401);
    expect((await post({ 'x-signature-timestamp': String(Math.floor(Date.now() / 1000)) }, whosaid())).status).toBe(401);
    handlerNeverRan();
  });

  it('refuses a body signed by another key (401)', async () => {
    const body = whosaid();
    const res = await post(signatureHeaders(keyPair().privateKey, body), body);
    expect(res).toEqual({ status: 401, text: JSON.stringify({ error: 'invalid request signature' }) });
    handlerNeverRan();
  });

  it('refuses a body changed after it was signed (401)', async () => {
    const body = whosaid();
    const headers = signatureHeaders(h.privateKey, body);
    expect((await post(headers, body.replace('harbour', 'harbor'))).status).toBe(401);
    handlerNeverRan();
  });

  it('refuses a correctly signed request whose timestamp is more than 5 minutes off, either way (401)', async () => {
    const body = whosaid();
    // 20 s past the limit: the floored second plus a loaded machine's request time must not bring the
    // stamp back within 5 minutes (a 301 s future stamp was once accepted in CI)
    const now = () => Math.floor(Date.now() / 1000);
    expect((await post(signatureHeaders(h.privateKey, body, now() - 320), body)).status).toBe(401);
    expect((await post(signatureHeaders(h.privateKey, body, now() + 320), body)).status).toBe(401);
    handlerNeverRan();
    expect(h.logs.find('interaction refused: invalid request signature').map((e) => e.reason)).toContain('stale timestamp');
  });

  it('refuses a malformed signature header and a signed body that is not JSON', async () => {
    const body = whosaid();
    expect((await post({ ...signatureHeaders(h.privateKey, body), 'x-signature-ed25519': 'zz' }, body)).status).toBe(401);
    const notJson = 'type=1';
    expect((await post(signatureHeaders(h.privateKey, notJson), notJson)).status).toBe(400);
    handlerNeverRan();
  });

  it('refuses a body over the size cap (413), whether Content-Length says so or the body streams past it', async () => {
    const big = JSON.stringify({ ...ping(), padding: 'x'.repeat(300 * 1024) });
    expect((await post(signatureHeaders(h.privateKey, big), big)).status).toBe(413);
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${h.server.url}/interactions`, {
        method: 'POST',
        headers: { 'transfer-encoding': 'chunked', ...signatureHeaders(h.privateKey, big) },
      });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      for (let i = 0; i < big.length; i += 16 * 1024) req.write(big.slice(i, i + 16 * 1024));
      req.end();
    });
    expect(streamed).toBe(413);
    handlerNeverRan();
  });

  it('counts the refusals by status in /metrics', async () => {
    const text = await (await fetch(`${h.server.url}/metrics`)).text();
    const refused = Number(/coverage_bot_http_requests_total\{route="interactions",status="401"\} (\d+)/.exec(text)?.[1]);
    expect(refused).toBeGreaterThanOrEqual(7);
    expect(text).not.toMatch(/coverage_bot_interactions_total\{/);
  });
});
