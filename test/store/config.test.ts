import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('DATABASE_URL', () => {
  it('is null when unset or empty: the embedded index, nothing to install', () => {
    expect(loadConfig({}).databaseUrl).toBeNull();
    expect(loadConfig({ DATABASE_URL: '  ' }).databaseUrl).toBeNull();
  });

  it('takes a PostgreSQL URL as given', () => {
    const url = 'postgresql://coverage:secret@db.internal:5432/coverage';
    expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
  });

  it('refuses anything else with what it expects, without echoing the value (it may hold a password)', () => {
    const attempt = () => loadConfig({ DATABASE_URL: 'mysql://root:hunter2@localhost/news' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/DATABASE_URL must be a PostgreSQL URL \(postgres:\/\/user:password@host:5432\/database\)/);
    expect(attempt).not.toThrow(/hunter2/);
  });
});

describe('REPLICA_INDEX and the scoped replica settings', () => {
  it('default to a scoped replica with a bounded cache', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/coverage' }).replica).toEqual({ index: 'scoped', cacheArticles: 2000, candidates: 1500, threads: 2 });
  });

  it('take full, and the cache and candidate bounds, as given', () => {
    const config = loadConfig({ REPLICA_INDEX: 'Full', REPLICA_CACHE_ARTICLES: '500', REPLICA_CANDIDATES: '300' });
    expect(config.replica).toEqual({ index: 'full', cacheArticles: 500, candidates: 300, threads: 2 });
  });

  it('refuse another mode or a bound that is not a whole number, saying what they expect', () => {
    expect(() => loadConfig({ REPLICA_INDEX: 'lazy' })).toThrow(/REPLICA_INDEX must be "scoped" or "full", got "lazy"/);
    expect(() => loadConfig({ REPLICA_CACHE_ARTICLES: 'lots' })).toThrow(/REPLICA_CACHE_ARTICLES must be a whole number/);
    expect(() => loadConfig({ REPLICA_CANDIDATES: '0' })).toThrow(/REPLICA_CANDIDATES must be a whole number from 1/);
  });
});
