import { describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../src/config.js';

describe('loadConfig', () => {
  it('runs offline with defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c.discordToken).toBeNull();
    expect(c.seedsDir.endsWith('seeds')).toBe(true);
    expect(c.cooldownSeconds).toBe(3);
    expect(c.logLevel).toBe('info');
  });

  it('keeps the index in memory when INDEX_PATH is none', () => {
    expect(loadConfig({ INDEX_PATH: 'none' }).indexPath).toBeNull();
  });

  it('reports every problem at once, one message each', () => {
    try {
      loadConfig({ DISCORD_CLIENT_ID: 'abc', COOLDOWN_SECONDS: '-1', LOG_LEVEL: 'loud', REINDEX_ROLE_IDS: '123456789012345678,mods' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems;
      expect(problems).toHaveLength(4);
      expect(problems.join('\n')).toMatch(/DISCORD_CLIENT_ID/);
      expect(problems.join('\n')).toMatch(/COOLDOWN_SECONDS/);
      expect(problems.join('\n')).toMatch(/LOG_LEVEL/);
      expect(problems.join('\n')).toMatch(/"mods"/);
    }
  });

  it('never repeats a malformed token in its message', () => {
    const secret = 'short-secret-value';
    try {
      loadConfig({ DISCORD_TOKEN: secret });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).not.toContain(secret);
    }
  });

  it('parses the reindex role list', () => {
    expect(loadConfig({ REINDEX_ROLE_IDS: ' 123456789012345678 , 223456789012345678 ' }).reindexRoleIds).toEqual(['123456789012345678', '223456789012345678']);
  });
});
