import path from 'node:path';

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
const LOG_LEVELS: LogLevel[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

export interface Config {
  /** Absent: run the offline console instead of connecting to Discord. */
  discordToken: string | null;
  discordClientId: string | null;
  discordGuildId: string | null;
  /** REST base URL override (a REST proxy, or the local fake Discord in tests). */
  discordApiBase: string | null;
  seedsDir: string;
  /** null: keep the index in memory only. */
  indexPath: string | null;
  reindexRoleIds: string[];
  cooldownSeconds: number;
  logLevel: LogLevel;
  /** RSS or Atom feeds whose new items are added to the corpus folder (issue 15). */
  feeds: string[];
  feedIntervalMinutes: number;
  /** Set (with discordPublicKey): serve interactions over HTTP on this port (0: any free port) instead of the gateway. */
  interactionsPort: number | null;
  /** The application's Ed25519 public key (64 hex characters) that signs every HTTP interaction. */
  discordPublicKey: string | null;
  /** Set: the index lives in this PostgreSQL database, shared by replicas and extraction workers (README "Scaling out"); null: the embedded default. */
  databaseUrl: string | null;
  /** Set (with DISCORD_TOKEN): run this many gateway shards, one process each ('auto': as many as Discord recommends); null: one connection. */
  gatewayShards: number | 'auto' | null;
  /** How a replica over DATABASE_URL holds the index (REPLICA_INDEX, REPLICA_CACHE_ARTICLES, REPLICA_CANDIDATES). */
  replica: ReplicaSettings;
}

/** How a replica over the shared store holds the index (README "Scaling out"). */
export interface ReplicaSettings {
  /** scoped: per question, read only the articles it needs (memory bounded by the cache); full: load the whole version. */
  index: 'scoped' | 'full';
  /** Articles a scoped replica keeps between questions (least recently used dropped first). */
  cacheArticles: number;
  /** Articles a scoped replica reads for one question, at most. */
  candidates: number;
  /** Worker threads a scoped replica answers on (the interactions thread only routes and renders). */
  threads: number;
}

export const REPLICA_DEFAULTS: ReplicaSettings = { index: 'scoped', cacheArticles: 2000, candidates: 1500, threads: 2 };

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Configuration problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const SNOWFLAKE = /^\d{17,20}$/;

/** Reads and validates the environment, reporting every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const str = (k: string): string | null => (env[k]?.trim() ? env[k]!.trim() : null);
  const token = str('DISCORD_TOKEN');
  if (token && !/^[\w.-]{30,}$/.test(token))
    problems.push('DISCORD_TOKEN does not look like a bot token (copy it from the Developer Portal → Bot → Reset Token).');
  const snowflake = (k: string): string | null => {
    const v = str(k);
    if (v && !SNOWFLAKE.test(v)) problems.push(`${k} must be a Discord id (17–20 digits), got "${v.slice(0, 30)}".`);
    return v;
  };
  const clientId = snowflake('DISCORD_CLIENT_ID');
  const guildId = snowflake('DISCORD_GUILD_ID');
  const apiBase = str('DISCORD_API_BASE');
  if (apiBase && !/^https?:\/\/\S+$/.test(apiBase)) problems.push(`DISCORD_API_BASE must be an http(s) URL, got "${apiBase.slice(0, 60)}".`);
  const roles = (str('REINDEX_ROLE_IDS') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const r of roles) if (!SNOWFLAKE.test(r)) problems.push(`REINDEX_ROLE_IDS has "${r.slice(0, 30)}", which is not a role id.`);
  const cooldownRaw = str('COOLDOWN_SECONDS') ?? '3';
  const cooldown = Number(cooldownRaw);
  if (!Number.isFinite(cooldown) || cooldown < 0 || cooldown > 3600)
    problems.push(`COOLDOWN_SECONDS must be a number of seconds from 0 to 3600, got "${cooldownRaw}".`);
  const level = (str('LOG_LEVEL') ?? 'info').toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(level)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${level}".`);
  const indexRaw = str('INDEX_PATH') ?? 'data/index.snapshot';
  const http = interactionsSettings(str('INTERACTIONS_PORT'), str('DISCORD_PUBLIC_KEY'), problems);
  const databaseUrl = str('DATABASE_URL');
  if (databaseUrl && !/^postgres(?:ql)?:\/\/\S+$/.test(databaseUrl))
    problems.push('DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/database), or empty for the embedded index.');
  // Commas, spaces or new lines between URLs; the same feed twice is polled once.
  const feeds = [...new Set((str('FEEDS') ?? '').split(/[\s,]+/).filter(Boolean))];
  for (const f of feeds) if (!/^https?:\/\/\S+$/i.test(f)) problems.push(`FEEDS has "${f.slice(0, 60)}", which is not an http(s) address.`);
  const intervalRaw = str('FEED_INTERVAL_MINUTES') ?? '30';
  const feedInterval = Number(intervalRaw);
  if (!Number.isFinite(feedInterval) || feedInterval < 1 || feedInterval > 10080)
    problems.push(`FEED_INTERVAL_MINUTES must be a number of minutes from 1 to 10080 (a week), got "${intervalRaw.slice(0, 30)}".`);
  const gatewayShards = shardSetting(str('GATEWAY_SHARDS'), token !== null, str('INTERACTIONS_PORT') !== null, problems);
  const replica = replicaSetting(str, problems);
  if (problems.length) throw new ConfigError(problems);
  return {
    discordToken: token,
    discordClientId: clientId,
    discordGuildId: guildId,
    discordApiBase: apiBase,
    seedsDir: path.resolve(str('SEEDS_DIR') ?? 'seeds'),
    indexPath: ['none', 'off', 'memory'].includes(indexRaw.toLowerCase()) ? null : path.resolve(indexRaw),
    reindexRoleIds: roles,
    cooldownSeconds: cooldown,
    logLevel: level,
    feeds,
    feedIntervalMinutes: feedInterval,
    ...http,
    databaseUrl,
    gatewayShards,
    replica,
  };
}

/** REPLICA_INDEX (scoped | full), REPLICA_CACHE_ARTICLES and REPLICA_CANDIDATES; read only with DATABASE_URL. */
function replicaSetting(str: (k: string) => string | null, problems: string[]): ReplicaSettings {
  const mode = (str('REPLICA_INDEX') ?? REPLICA_DEFAULTS.index).toLowerCase();
  if (mode !== 'scoped' && mode !== 'full') problems.push(`REPLICA_INDEX must be "scoped" or "full", got "${mode.slice(0, 30)}".`);
  const count = (name: string, fallback: number, min: number): number => {
    const raw = str(name);
    if (raw === null) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > 10_000_000) problems.push(`${name} must be a whole number from ${min} to 10000000, got "${raw.slice(0, 30)}".`);
    return n;
  };
  return {
    index: mode === 'full' ? 'full' : 'scoped',
    cacheArticles: count('REPLICA_CACHE_ARTICLES', REPLICA_DEFAULTS.cacheArticles, 0),
    candidates: count('REPLICA_CANDIDATES', REPLICA_DEFAULTS.candidates, 1),
    threads: count('REPLICA_THREADS', REPLICA_DEFAULTS.threads, 1),
  };
}

/** GATEWAY_SHARDS: "auto" or a count; only for the gateway (the HTTP mode has no connection to shard). */
function shardSetting(raw: string | null, hasToken: boolean, httpMode: boolean, problems: string[]): number | 'auto' | null {
  if (raw === null) return null;
  const value = raw.toLowerCase() === 'auto' ? 'auto' : /^[0-9]{1,5}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : null;
  if (value === null) problems.push(`GATEWAY_SHARDS must be "auto" or a number of shards of at least 1, got "${raw.slice(0, 30)}".`);
  else if (httpMode)
    problems.push('GATEWAY_SHARDS and INTERACTIONS_PORT are both set: shards are gateway connections, and the HTTP mode has none (run more replicas instead).');
  else if (!hasToken) problems.push('GATEWAY_SHARDS is set but DISCORD_TOKEN is not: shards connect to the gateway as the bot.');
  return value;
}

/** The HTTP interactions mode needs both a port and the key that checks Discord's signatures. */
function interactionsSettings(port: string | null, key: string | null, problems: string[]): Pick<Config, 'interactionsPort' | 'discordPublicKey'> {
  if (port !== null && !/^[0-9]{1,5}$/.test(port)) problems.push(`INTERACTIONS_PORT must be a port number from 0 to 65535, got "${port.slice(0, 30)}".`);
  else if (port !== null && Number(port) > 65535) problems.push(`INTERACTIONS_PORT must be a port number from 0 to 65535, got ${port}.`);
  if (key !== null && !/^[0-9a-fA-F]{64}$/.test(key))
    problems.push(
      `DISCORD_PUBLIC_KEY must be the application's public key, 64 hexadecimal characters (Developer Portal → General Information), got ${key.length} characters${key.length === 64 ? ', not all hexadecimal' : ''}.`,
    );
  if (port !== null && key === null)
    problems.push('INTERACTIONS_PORT is set but DISCORD_PUBLIC_KEY is not: the HTTP mode cannot check that requests come from Discord without it.');
  if (key !== null && port === null)
    problems.push('DISCORD_PUBLIC_KEY is set but INTERACTIONS_PORT is not: set the port to serve interactions over HTTP, or remove the key.');
  return { interactionsPort: port === null ? null : Number(port), discordPublicKey: key };
}
