import type { ServerResponse } from 'node:http';
import { ApplicationCommandType, Client, DefaultRestOptions, Events, InteractionType, Options, type Interaction } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { CoverageService } from '../service/coverage.js';
import { clientOptions } from '../discord/bot.js';
import { commandMap, menuMap } from '../discord/commands.js';
import { cooldownGate, type DatabaseCooldowns } from '../discord/cooldowns.js';
import { dropPermissions, INTAKE_MESSAGES, responseFor, triage } from '../discord/intake.js';
import { Router, type Handled } from '../discord/router.js';
import { Exchanges, write } from './exchanges.js';

/**
 * Past this time since the request arrived, a command that has not answered is deferred by the
 * server ("thinking…") so Discord's 3 s window never closes on it; the answer then edits it.
 */
export const SERVER_DEFER_MS = 2000;

export const HTTP_MESSAGES = {
  starting: 'The coverage index is still loading. Please try again in a moment.',
} as const;

/** discord.js's own INTERACTION_CREATE handling, the one the gateway runs (not in its public typings). */
interface Actions {
  actions: { InteractionCreate: { handle(data: unknown): void } };
}

export interface HttpInteractionsOptions {
  config: Config;
  logger: Logger;
  observe: (handled: Handled) => void;
}

/**
 * Turns verified interaction payloads into discord.js interactions and hands them to the same
 * Router the gateway mode uses. Why discord.js objects rather than an adapter: the commands,
 * the router's defer and apology logic and reply.ts all speak discord.js (reply, editReply,
 * followUp, respond, update, options resolvers); building the real objects, on a client that
 * never logs in, keeps one router and one set of commands for both modes, and a future command
 * works over HTTP without anyone remembering to extend an adapter. Interaction callbacks and
 * webhooks need no bot token, so the client needs none; its REST client routes the first
 * response into the HTTP response (see Exchanges).
 */
export class HttpInteractions {
  readonly exchanges: Exchanges;
  private readonly client: Client;
  private router: Router | null = null;
  private built: Interaction | null = null;

  constructor(private readonly options: HttpInteractionsOptions) {
    const api = options.config.discordApiBase ?? DefaultRestOptions.api;
    this.exchanges = new Exchanges(api);
    const base = clientOptions(options.config);
    this.client = new Client({
      ...base,
      intents: [],
      rest: { ...base.rest, api, makeRequest: this.exchanges.makeRequest },
      // Every interaction carries its user: without a limit the cache would grow with the audience.
      makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, UserManager: 0, GuildMemberManager: 0, MessageManager: 0 }),
    });
    this.client.on(Events.InteractionCreate, (interaction) => {
      this.built = interaction;
      this.router?.handle(interaction);
    });
  }

  /**
   * Starts answering commands from `service` (until then members are told the index is loading).
   * With `sharedCooldowns` (the database's), a member's cooldown holds on every replica.
   */
  attach(service: CoverageService, sharedCooldowns?: DatabaseCooldowns): void {
    const { config, logger, observe } = this.options;
    const cooldowns = cooldownGate(config.cooldownSeconds, (f, m) => logger.warn(f, m), sharedCooldowns);
    this.router = new Router(commandMap(), menuMap(), { service, config, logger, cooldowns }, observe);
  }

  get ready(): boolean {
    return this.router !== null;
  }

  /** Answers one payload whose signature has been verified; the HTTP response is written through `res`. */
  handle(payload: unknown, res: ServerResponse): void {
    const { logger } = this.options;
    const verdict = triage(payload);
    if (verdict.action === 'ignore') {
      logger.warn({ interaction: verdict.id, reason: verdict.reason }, 'interaction not readable; refused');
      return write(res, 400, { error: 'not a readable interaction' });
    }
    if (verdict.action === 'answer') {
      if (verdict.reason !== 'ping')
        logger.warn({ interaction: verdict.id, type: verdict.type, reason: verdict.reason }, 'interaction not handled; answered directly');
      return write(res, 200, verdict.response);
    }
    if (!this.router) return write(res, 200, responseFor(verdict.type, HTTP_MESSAGES.starting));
    const data = payload as Record<string, unknown>;
    dropPermissions(data, verdict.unreadable);
    if (verdict.unreadable.length)
      logger.warn({ interaction: verdict.id, fields: verdict.unreadable }, 'interaction permissions not readable; treated as none');
    const applicationId = typeof data.application_id === 'string' ? data.application_id : '';
    this.exchanges.add(verdict.id, verdict.token, applicationId, res);
    const interaction = this.build(data, verdict.id);
    if (!interaction) {
      this.exchanges.respond(verdict.id, responseFor(verdict.type, INTAKE_MESSAGES.unreadable));
      return;
    }
    if (verdict.type === InteractionType.ApplicationCommand) this.deferLater(interaction, verdict.id);
  }

  /** Runs discord.js's own builder; the router receives the interaction synchronously, from inside it. */
  private build(data: Record<string, unknown>, id: string): Interaction | null {
    this.built = null;
    try {
      (this.client as unknown as Actions).actions.InteractionCreate.handle(data);
    } catch (err) {
      this.options.logger.warn({ interaction: id, err }, 'discord.js could not build the interaction');
      return null;
    }
    const interaction = this.takeBuilt();
    if (interaction?.id !== id) {
      this.options.logger.warn({ interaction: id }, 'discord.js did not build the interaction');
      return null;
    }
    return interaction;
  }

  private takeBuilt(): Interaction | null {
    const built = this.built;
    this.built = null;
    return built;
  }

  private deferLater(interaction: Interaction, id: string): void {
    setTimeout(() => {
      if (!interaction.isCommand() || !this.exchanges.defer(id)) return;
      // Tell discord.js, so the handler's reply becomes an edit of the placeholder (reply.ts's send()).
      interaction.deferred = true;
      interaction.ephemeral = false;
      const command = interaction.commandType === ApplicationCommandType.ChatInput ? interaction.commandName : `menu:${interaction.commandName}`;
      this.options.logger.warn({ interaction: id, command, afterMs: SERVER_DEFER_MS }, 'no answer yet; deferred on the handler’s behalf');
    }, SERVER_DEFER_MS).unref();
  }

  /** Resolves when every interaction received has been answered, follow-ups included. */
  async drain(): Promise<void> {
    await this.router?.drain();
  }

  async destroy(): Promise<void> {
    await this.client.destroy();
  }
}
