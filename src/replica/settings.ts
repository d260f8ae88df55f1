import { ConfigError } from '../config.js';
import { DEFAULT_CACHE_ARTICLES, DEFAULT_CANDIDATES } from './scoped.js';

/** How a replica over the shared store holds the index (README "Scaling out"). */
export interface ReplicaSettings {
  /** scoped: read per question only the articles it needs (memory bounded by the cache); full: load the whole version. */
  index: 'scoped' | 'full';
  cacheArticles: number;
  candidates: number;
}

/** REPLICA_INDEX, REPLICA_CACHE_ARTICLES and REPLICA_CANDIDATES, checked; only read when DATABASE_URL is set. */
export function replicaSettings(env: NodeJS.ProcessEnv = process.env): ReplicaSettings {
  const problems: string[] = [];
  const mode = (env.REPLICA_INDEX?.trim() || 'scoped').toLowerCase();
  if (mode !== 'scoped' && mode !== 'full') problems.push(`REPLICA_INDEX must be "scoped" or "full", got "${mode.slice(0, 30)}".`);
  const count = (name: string, fallback: number, min: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > 10_000_000) problems.push(`${name} must be a whole number from ${min} to 10000000, got "${raw.slice(0, 30)}".`);
    return n;
  };
  const cacheArticles = count('REPLICA_CACHE_ARTICLES', DEFAULT_CACHE_ARTICLES, 0);
  const candidates = count('REPLICA_CANDIDATES', DEFAULT_CANDIDATES, 1);
  if (problems.length) throw new ConfigError(problems);
  return { index: mode as ReplicaSettings['index'], cacheArticles, candidates };
}
