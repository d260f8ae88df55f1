import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import type { RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';

/**
 * Gateway sharding (GATEWAY_SHARDS): this process becomes a discord.js ShardingManager that runs
 * the bot's own entry once per shard, each in its own process with its own gateway connection.
 * Every shard answers from the same store when DATABASE_URL is set (a replica each), or else from
 * its own embedded index of the same corpus folder. Discord sends each guild's events, and so its
 * interactions, only to the shard that owns it: (guild_id >> 22) % shard count.
 */

/** How long a shard may take from start to ready: it opens its index first, which on a first start extracts the corpus. */
const READY_TIMEOUT_MS = 15 * 60_000;
/** Discord allows one IDENTIFY per 5 s per concurrency bucket; discord.js's own default spacing. */
const IDENTIFY_SPACING_MS = 5500;

/** What Discord recommends for this bot: the shard count and how many may IDENTIFY at once. */
async function recommended(config: Config): Promise<{ shards: number; maxConcurrency: number }> {
  // Through the configured API base (a REST proxy, or the local fake in tests), which discord.js's own "auto" would bypass.
  const rest = new REST(config.discordApiBase ? { api: config.discordApiBase } : {}).setToken(config.discordToken ?? '');
  const body = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return { shards: body.shards, maxConcurrency: body.session_start_limit.max_concurrency };
}

/**
 * Spawns every shard, one after another as Discord's identify limit allows, and resolves once all
 * are ready with a function that stops them (SIGTERM each: in-flight replies finish) without respawning.
 */
export async function manageShards(config: Config, logger: Logger): Promise<() => Promise<void>> {
  if (!config.discordToken || config.gatewayShards === null) throw new Error('Sharding needs DISCORD_TOKEN and GATEWAY_SHARDS.');
  const advice = await recommended(config).catch((err: Error) => {
    throw new Error(`Could not ask Discord for the recommended shard count (GET /gateway/bot): ${err.message}`);
  });
  const count = config.gatewayShards === 'auto' ? advice.shards : config.gatewayShards;
  if (config.gatewayShards !== 'auto' && count < advice.shards)
    logger.warn({ shards: count, recommended: advice.shards }, 'fewer shards than Discord recommends; it refuses to connect past 2,500 guilds per shard');
  const manager = new ShardingManager(fileURLToPath(new URL('../main.ts', import.meta.url)), {
    totalShards: count,
    token: config.discordToken,
    mode: 'process',
    respawn: true,
    // The same loader this process runs under (tsx for TypeScript sources).
    execArgv: process.execArgv,
  });
  manager.on('shardCreate', (shard) => watchShard(shard, logger));
  logger.info({ shards: count, recommended: advice.shards, maxConcurrency: advice.maxConcurrency }, 'starting gateway shards');
  const started = Date.now();
  let stopping = false;
  try {
    await manager.spawn({ amount: count, delay: Math.ceil(IDENTIFY_SPACING_MS / Math.max(1, advice.maxConcurrency)), timeout: READY_TIMEOUT_MS });
  } catch (err) {
    await stopShards(manager);
    throw new Error(`A gateway shard did not become ready: ${(err as Error).message}`);
  }
  logger.info({ shards: count, ms: Date.now() - started }, 'all gateway shards ready');
  return async () => {
    if (stopping) return;
    stopping = true;
    await stopShards(manager);
    logger.info({ shards: count }, 'gateway shards stopped');
  };
}

async function stopShards(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  await Promise.all(
    manager.shards.map(async (shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }),
  );
}

function watchShard(shard: Shard, logger: Logger): void {
  logger.info({ shard: shard.id }, 'gateway shard spawned');
  shard.on('ready', () => logger.info({ shard: shard.id, pid: shard.process?.pid }, 'gateway shard ready'));
  shard.on('death', (child) => {
    const code = 'exitCode' in child ? child.exitCode : null;
    // The manager respawns it (discord.js), unless we are stopping the shards.
    if (shard.manager.respawn) logger.warn({ shard: shard.id, code }, 'gateway shard process exited; restarting it');
    else logger.info({ shard: shard.id, code }, 'gateway shard process stopped');
  });
  shard.on('error', (err) => logger.error({ shard: shard.id, err }, 'gateway shard error'));
}
