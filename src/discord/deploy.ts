import 'dotenv/config';
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { loadConfig, ConfigError, type Config } from '../config.js';
import { createLogger, type Logger } from '../log.js';
import { registrations } from './commands.js';

export interface DeployResult {
  scope: 'guild' | 'global';
  names: string[];
}

/**
 * Registers the slash commands: to one guild when DISCORD_GUILD_ID is set (instant, for
 * testing), else globally. A PUT replaces the whole set, so renamed commands disappear.
 * Run on demand (`npm run deploy-commands`), never on every start: Discord rate-limits it.
 */
export async function deployCommands(config: Config, logger: Logger): Promise<DeployResult> {
  const problems: string[] = [];
  if (!config.discordToken) problems.push('DISCORD_TOKEN is not set (Developer Portal → Bot → Reset Token).');
  if (!config.discordClientId) problems.push('DISCORD_CLIENT_ID is not set (Developer Portal → General Information → Application ID).');
  if (problems.length) throw new ConfigError(problems);
  const rest = new REST(config.discordApiBase ? { api: config.discordApiBase } : {}).setToken(config.discordToken!);
  const body = registrations();
  const route = config.discordGuildId
    ? Routes.applicationGuildCommands(config.discordClientId!, config.discordGuildId)
    : Routes.applicationCommands(config.discordClientId!);
  const saved = (await rest.put(route, { body })) as Array<{ name: string }>;
  const result: DeployResult = { scope: config.discordGuildId ? 'guild' : 'global', names: saved.map((c) => c.name) };
  logger.info({ ...result, guild: config.discordGuildId }, 'slash commands deployed');
  return result;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, [config.discordToken]);
  const { scope, names } = await deployCommands(config, logger);
  const where = scope === 'guild' ? `guild ${config.discordGuildId} (available now)` : 'all guilds (global commands can take up to an hour to appear)';
  process.stdout.write(`Deployed ${names.length} commands to ${where}: ${names.map((n) => (n.includes(' ') ? `"${n}"` : `/${n}`)).join(' ')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `Could not deploy commands: ${(err as Error)?.message ?? String(err)}`}\n`);
    process.exit(1);
  });
}
