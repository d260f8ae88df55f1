import { describe, expect, it } from 'vitest';
import { DiscordAPIError, HTTPError } from 'discord.js';
import { createLogger } from '../../src/log.js';
import { LogSink } from '../e2e/harness.js';

/** An interaction token as Discord issues them: valid for 15 minutes, enough to answer as the bot. */
const INTERACTION_TOKEN = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OTpGQUtFVE9LRU4';
const CALLBACK = `https://discord.com/api/v10/interactions/1234567890123456789/${INTERACTION_TOKEN}/callback`;
const WEBHOOK = `https://discord.com/api/v10/webhooks/111111111111111111/${INTERACTION_TOKEN}/messages/@original`;

function logged(write: (logger: ReturnType<typeof createLogger>) => void): string {
  const sink = new LogSink();
  write(createLogger('info', [], sink));
  expect(sink.lines.length).toBeGreaterThan(0);
  return sink.lines.join('\n');
}

describe('interaction tokens in logs', () => {
  it('are redacted from a REST error on an interaction callback, keeping the interaction id', () => {
    const err = new DiscordAPIError({ message: 'Unknown interaction', code: 10062 }, 10062, 404, 'POST', CALLBACK, { body: { type: 4 } });
    const text = logged((l) => l.error({ err }, 'interaction failed'));
    expect(text).not.toContain(INTERACTION_TOKEN);
    expect(text).toContain('/interactions/1234567890123456789/[redacted]/callback');
  });

  it('are redacted from a webhook (edit or follow-up) URL, in a field or in a message', () => {
    const err = new HTTPError(502, 'Bad Gateway', 'PATCH', WEBHOOK, { body: {} });
    const text = logged((l) => {
      l.error({ err }, 'edit failed');
      l.warn({ url: WEBHOOK.replace('/messages/@original', '') }, `follow-up to ${WEBHOOK} failed`);
    });
    expect(text).not.toContain(INTERACTION_TOKEN);
    expect(text).toContain('/webhooks/111111111111111111/[redacted]/messages/@original');
  });

  it('are redacted when a payload with a token field is logged at any depth', () => {
    const text = logged((l) => l.warn({ packet: { d: { id: '1', token: INTERACTION_TOKEN } } }, 'odd packet'));
    expect(text).not.toContain(INTERACTION_TOKEN);
  });
});
