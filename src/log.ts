import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

/**
 * Structured logs for operators, on stderr so stdout stays clean for the CLI's JSON.
 * Any string equal to a known secret, or to a long segment of one, is replaced before it is written.
 */
export function createLogger(level: LogLevel, secrets: Array<string | null> = [], destination: NodeJS.WritableStream = process.stderr): Logger {
  const whole = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 8);
  // A bot token's parts on their own too (longest first): discord.js's own debug output prints
  // the first two segments, and a leaked base64 id or HMAC is still a leak.
  const parts = whole.flatMap((s) => s.split('.')).filter((p) => p.length >= 16);
  const hidden = [...new Set([...whole, ...parts])].sort((a, b) => b.length - a.length);
  return pino(
    {
      level,
      base: { app: 'coverage-bot' },
      redact: { paths: ['token', '*.token', 'config.discordToken', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
      hooks: {
        streamWrite: (line: string) => redactInteractionTokens(hidden.reduce((acc, s) => acc.split(s).join('[redacted]'), line)),
      },
    },
    destination as pino.DestinationStream,
  );
}

/**
 * An interaction token lets anyone answer, edit or follow up as the bot for 15 minutes. REST
 * errors carry it in their URL (`/interactions/<id>/<token>/callback`, `/webhooks/<app>/<token>`),
 * and a logged payload carries it as `"token"` at any depth, where pino's redact paths do not reach.
 */
const TOKEN_IN_URL = /(\/(?:interactions|webhooks)\/[0-9]+\/)[^/?#\s"\\]+/g;
const TOKEN_FIELD = /("token":)"(?:[^"\\]|\\.)*"/g;

export function redactInteractionTokens(line: string): string {
  return line.replace(TOKEN_IN_URL, '$1[redacted]').replace(TOKEN_FIELD, '$1"[redacted]"');
}

/** Adapts a logger to the small callback the core takes, so the core stays logger-agnostic. */
export function coreLog(logger: Logger) {
  return (level: 'info' | 'warn' | 'error', msg: string, fields: Record<string, unknown> = {}): void => {
    logger[level](fields, msg);
  };
}
