import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { QueryName } from '../answer/commands.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { CoverageService } from '../service/coverage.js';
import type { CooldownGate } from './cooldowns.js';

/** What every command handler gets besides its interaction. */
export interface BotContext {
  service: CoverageService;
  config: Config;
  logger: Logger;
  cooldowns: CooldownGate;
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

/** A message context-menu command ("Apps" on a message): the table command it runs, on the message's text. */
export interface MenuCommand {
  data: { name: string; toJSON(): RESTPostAPIContextMenuApplicationCommandsJSONBody };
  command: QueryName;
  /** Shares the per-user cooldown of the query commands. */
  cooldown: true;
  execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext): Promise<Outcome>;
}
