import {
  DiscordAPIError,
  RESTJSONErrorCodes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { Answer } from '../model/answer.js';
import { MESSAGES, notice, renderAnswer, renderContext } from './render.js';
import { parseCustomId, type PagedCommand } from './components.js';
import { currentStamp, renderOptions, send } from './reply.js';
import type { BotContext, Command, MenuCommand, Outcome } from './types.js';

/**
 * Past this age an interaction may not get an answer within Discord's 3 s window (the event
 * loop was busy, e.g. during a reindex): acknowledge first, then answer.
 */
export const DEFER_AFTER_MS = 1500;

/**
 * One interaction the router finished with, for metrics: what kind, which command, how it ended
 * (`answered`, `not_found`, `cooldown`, `unknown`, `denied`, `busy`, `expired` or `error`) and
 * how long the router spent on it, follow-ups included.
 */
export interface Handled {
  kind: 'command' | 'menu' | 'autocomplete' | 'button';
  command: string;
  outcome: string;
  seconds: number;
  /** What the handler reported (e.g. /reindex's duration in `ms`), when it returned normally. */
  details?: Outcome;
}

/** Errors that mean Discord has already given up on (or already got) this interaction. */
const GONE = new Set<number | string>([RESTJSONErrorCodes.UnknownInteraction, RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged]);

/**
 * Routes every interaction to its handler, and is the one place that turns a failure into a
 * polite ephemeral apology plus a log line, so no single interaction can take the bot down.
 */
export class Router {
  private readonly inflight = new Set<Promise<void>>();

  constructor(
    private readonly commands: ReadonlyMap<string, Command>,
    private readonly menus: ReadonlyMap<string, MenuCommand>,
    private readonly ctx: BotContext,
    /** Told about every finished interaction (the HTTP mode counts them for /metrics); the gateway mode passes nothing. */
    private readonly observe: (handled: Handled) => void = () => undefined,
  ) {}

  handle(interaction: Interaction): void {
    this.track(this.dispatch(interaction).catch((err: unknown) => this.ctx.logger.error({ err }, 'interaction handler crashed')));
  }

  /** Counts `task` among the replies drain() waits for. */
  track(task: Promise<void>): void {
    this.inflight.add(task);
    void task.finally(() => this.inflight.delete(task));
  }

  /** Resolves when every interaction already received has been answered (for clean shutdown). */
  async drain(): Promise<void> {
    while (this.inflight.size) await Promise.allSettled([...this.inflight]);
  }

  private async dispatch(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return this.autocomplete(interaction);
    if (interaction.isChatInputCommand()) return this.command(interaction);
    if (interaction.isMessageContextMenuCommand()) return this.menu(interaction);
    if (interaction.isButton()) return this.button(interaction);
  }

  private async command(interaction: ChatInputCommandInteraction): Promise<void> {
    const log = { command: interaction.commandName, options: optionsOf(interaction.options.data), guild: interaction.guildId, interaction: interaction.id };
    await this.run(interaction, this.commands.get(interaction.commandName), log, 'command');
  }

  /** A message context-menu command: the same cooldown, defer and answer as its slash command. */
  private async menu(interaction: MessageContextMenuCommandInteraction): Promise<void> {
    const menu = this.menus.get(interaction.commandName);
    const log = {
      menu: interaction.commandName,
      command: menu?.command,
      message: interaction.targetId,
      guild: interaction.guildId,
      interaction: interaction.id,
    };
    await this.run(interaction, menu, log, 'menu');
  }

  /** Runs a command handler: unknown names, the per-user cooldown, a late defer, the log line, failures. */
  private async run<I extends ChatInputCommandInteraction | MessageContextMenuCommandInteraction>(
    interaction: I,
    handler: { cooldown?: boolean; execute(interaction: I, ctx: BotContext): Promise<Outcome> } | undefined,
    log: Record<string, unknown>,
    kind: 'command' | 'menu',
  ): Promise<void> {
    const started = performance.now();
    let ended = 'error';
    let details: Outcome | undefined;
    try {
      if (!handler) {
        await send(interaction, notice(MESSAGES.unknownCommand));
        this.ctx.logger.warn(log, 'unknown command');
        ended = 'unknown';
        return;
      }
      if (handler.cooldown) {
        const wait = await this.ctx.cooldowns.take(interaction.user.id);
        if (wait > 0) {
          await send(interaction, notice(MESSAGES.cooldown(wait / 1000)));
          this.ctx.logger.info({ ...log, cooldownMs: wait, latencyMs: ms(started) }, 'command on cooldown');
          ended = 'cooldown';
          return;
        }
        if (Date.now() - interaction.createdTimestamp > DEFER_AFTER_MS) await interaction.deferReply();
      }
      const outcome = await handler.execute(interaction, this.ctx);
      this.ctx.logger.info({ ...log, ...outcome, latencyMs: ms(started) }, 'command answered');
      [ended, details] = [outcomeOf(outcome), outcome];
    } catch (err) {
      if (isGone(err)) ended = 'expired';
      await this.fail(interaction, err, { ...log, latencyMs: ms(started) });
    } finally {
      this.observe({ kind, command: interaction.commandName, outcome: ended, seconds: seconds(started), details });
    }
  }

  private async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const started = performance.now();
    const command = this.commands.get(interaction.commandName);
    let ended = 'error';
    try {
      if (command?.autocomplete) await command.autocomplete(interaction, this.ctx);
      else await interaction.respond([]);
      this.ctx.logger.debug({ autocomplete: interaction.commandName, latencyMs: ms(started) }, 'autocomplete answered');
      ended = 'answered';
    } catch (err) {
      // Autocomplete has no place for an apology; an empty list is the polite failure.
      const log = { autocomplete: interaction.commandName, interaction: interaction.id };
      if (isGone(err)) {
        ended = 'expired';
        return this.ctx.logger.warn({ ...log, code: codeOf(err) }, 'autocomplete expired before we answered');
      }
      this.ctx.logger.error({ ...log, err, options: optionsOf(interaction.options.data) }, 'autocomplete failed');
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    } finally {
      this.observe({ kind: 'autocomplete', command: interaction.commandName, outcome: ended, seconds: seconds(started) });
    }
  }

  private async button(interaction: ButtonInteraction): Promise<void> {
    const started = performance.now();
    const action = parseCustomId(interaction.customId);
    const log = { button: interaction.customId, interaction: interaction.id };
    let ended = 'error';
    try {
      ended = 'unknown';
      if (!action) return await send(interaction, notice(MESSAGES.unknownButton));
      ended = 'stale';
      if (action.stamp !== currentStamp(this.ctx)) return await send(interaction, notice(MESSAGES.staleButton));
      ended = 'answered';
      if (action.kind === 'context') return await send(interaction, renderContext(await this.ctx.service.contextAsync(action.recordId)));
      const answer = await this.rerun(action.command, action.args);
      const msg = renderAnswer(answer, renderOptions(this.ctx, action.args, action.page));
      // Paging rewrites the message for its author; anyone else gets their own private copy.
      const own = interaction.message.interactionMetadata?.user.id === interaction.user.id;
      if (own && !msg.ephemeral) await interaction.update({ content: msg.content ?? '', embeds: msg.embeds, components: msg.components });
      else await send(interaction, { ...msg, ephemeral: true });
    } catch (err) {
      ended = isGone(err) ? 'expired' : 'error';
      await this.fail(interaction, err, log);
    } finally {
      this.ctx.logger.info({ ...log, latencyMs: ms(started) }, 'button answered');
      const command = action?.kind === 'page' ? action.command : (action?.kind ?? 'unknown');
      this.observe({ kind: 'button', command, outcome: ended, seconds: seconds(started) });
    }
  }

  private rerun(command: PagedCommand, args: string[]): Promise<Answer> {
    return this.ctx.service.answerAsync(command, args);
  }

  private async fail(
    interaction: ChatInputCommandInteraction | ButtonInteraction | MessageContextMenuCommandInteraction,
    err: unknown,
    log: Record<string, unknown>,
  ): Promise<void> {
    if (isGone(err)) {
      // Nothing can be sent on an expired interaction; one warning says what happened.
      this.ctx.logger.warn({ ...log, code: codeOf(err) }, 'interaction expired or was already answered; no reply possible');
      return;
    }
    this.ctx.logger.error({ ...log, err }, 'interaction failed');
    try {
      // Through send(), like any private message: after a public defer it takes the "thinking…"
      // placeholder down instead of leaving it standing beside a private apology.
      await send(interaction, notice(MESSAGES.error));
    } catch (second) {
      this.ctx.logger.warn({ ...log, err: second, code: codeOf(second) }, 'could not send the apology');
    }
  }
}

function isGone(err: unknown): boolean {
  return err instanceof DiscordAPIError && GONE.has(err.code);
}

function codeOf(err: unknown): number | string | undefined {
  return err instanceof DiscordAPIError ? err.code : undefined;
}

function optionsOf(data: readonly CommandInteractionOption[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const o of data) out[o.name] = o.options ? optionsOf(o.options) : o.value;
  return out;
}

/** A metrics label for what a handler reported. */
function outcomeOf(outcome: Outcome): string {
  if (typeof outcome.denied === 'string') return 'denied';
  if (outcome.busy === true) return 'busy';
  return outcome.found === false ? 'not_found' : 'answered';
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

function ms(since: number): number {
  return Math.round(performance.now() - since);
}
