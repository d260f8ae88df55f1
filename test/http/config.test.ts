import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { publicKeyFromHex } from '../../src/http/signature.js';
import { keyPair } from './signed.js';

const problems = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
};

describe('HTTP interactions settings', () => {
  it('are off unless set, so the gateway bot and the console start as before', () => {
    expect(loadConfig({})).toMatchObject({ interactionsPort: null, discordPublicKey: null });
  });

  it('take a port and the application public key, with no bot token', () => {
    const { publicHex } = keyPair();
    expect(loadConfig({ INTERACTIONS_PORT: '8080', DISCORD_PUBLIC_KEY: publicHex })).toMatchObject({
      interactionsPort: 8080,
      discordPublicKey: publicHex,
      discordToken: null,
    });
    expect(publicKeyFromHex(publicHex).asymmetricKeyType).toBe('ed25519');
  });

  it('name each problem once: a port out of range, a key that is not 64 hex characters', () => {
    expect(problems({ INTERACTIONS_PORT: '70000', DISCORD_PUBLIC_KEY: 'g'.repeat(64) })).toEqual([
      'INTERACTIONS_PORT must be a port number from 0 to 65535, got 70000.',
      "DISCORD_PUBLIC_KEY must be the application's public key, 64 hexadecimal characters (Developer Portal → General Information), got 64 characters, not all hexadecimal.",
    ]);
    expect(problems({ INTERACTIONS_PORT: 'http', DISCORD_PUBLIC_KEY: 'ab'.repeat(32) })).toEqual([
      'INTERACTIONS_PORT must be a port number from 0 to 65535, got "http".',
    ]);
  });

  it('refuse one without the other', () => {
    expect(problems({ INTERACTIONS_PORT: '8080' })).toEqual([expect.stringMatching(/^INTERACTIONS_PORT is set but DISCORD_PUBLIC_KEY is not/)]);
    expect(problems({ DISCORD_PUBLIC_KEY: 'ab'.repeat(32) })).toEqual([expect.stringMatching(/^DISCORD_PUBLIC_KEY is set but INTERACTIONS_PORT is not/)]);
  });
});
