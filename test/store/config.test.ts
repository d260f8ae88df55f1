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
