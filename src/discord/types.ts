import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { CoverageService } from '../service/coverage.js';
import type { Cooldowns } from './cooldowns.js';

/** What every command handler gets besides its interaction. */
export interface BotContext {
  service: CoverageService;
  config: Config;
  logger: Logger;
  cooldowns: Cooldowns;
}

/** What a handler reports back, for the per-command log line. */
export interface Outcome {
  found?: boolean;
  [key: string]: unknown;
}

/** One slash command, discord.js guide style: its declaration plus its handlers. */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Query commands share the per-user cooldown; /help and /reindex do not. */
  cooldown?: boolean;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<Outcome>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}
