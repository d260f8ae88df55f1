import type { ServerResponse } from 'node:http';
import { DefaultRestOptions, InteractionResponseType, RESTJSONErrorCodes, Routes, type ResponseLike, type RESTOptions } from 'discord.js';

type MakeRequest = RESTOptions['makeRequest'];
type RequestInit = Parameters<MakeRequest>[1];

/** `…/interactions/{id}/{token}/callback`, as @discordjs/rest builds it (`/v10` included). */
const CALLBACK = /\/interactions\/([0-9]{1,20})\/([A-Za-z0-9_.-]{1,500})\/callback$/;

/** How long an interaction acknowledged by a deferral stays here to catch a reply that was already on its way. */
const LINGER_MS = 30_000;

interface Exchange {
  token: string;
  res: ServerResponse;
  answered: boolean;
  /** Set when the server deferred on the handler's behalf (see `defer`). */
  deferredBy: 'server' | null;
  applicationId: string;
}

/**
 * In HTTP mode Discord expects the first response to an interaction as the body of the HTTP
 * response to its POST, not as a call to the callback endpoint. discord.js makes that call
 * (`interaction.reply()`, `deferReply()`, `update()`, `respond()` all POST to
 * `/interactions/{id}/{token}/callback`), so its REST client gets this `makeRequest`: a callback
 * for an interaction waiting here becomes the HTTP response; everything else (edits and
 * follow-ups through the webhook routes) goes to the configured API as usual. That keeps the
 * router, the commands and the renderers unchanged: they cannot tell the two modes apart.
 */
export class Exchanges {
  private readonly open = new Map<string, Exchange>();

  constructor(
    private readonly apiBase: string,
    private readonly forward: MakeRequest = DefaultRestOptions.makeRequest,
  ) {}

  get size(): number {
    return this.open.size;
  }

  add(id: string, token: string, applicationId: string, res: ServerResponse): void {
    this.open.set(id, { token, res, answered: false, deferredBy: null, applicationId });
    res.once('close', () => {
      // The balancer or Discord hung up before we answered: nothing is waiting any more.
      const e = this.open.get(id);
      if (e && !e.answered) this.open.delete(id);
    });
  }

  answered(id: string): boolean {
    return this.open.get(id)?.answered ?? true;
  }

  /** Answers an interaction directly (PONG, a refusal, a deferral) if nothing has yet. */
  respond(id: string, body: unknown): boolean {
    const e = this.open.get(id);
    if (!e || e.answered) return false;
    e.answered = true;
    write(e.res, 200, body);
    this.open.delete(id);
    return true;
  }

  /**
   * Acknowledges with a public "thinking…" before Discord's 3 s window closes. A reply the
   * handler had already sent on its way is turned into an edit of that placeholder (see below).
   */
  defer(id: string): boolean {
    const e = this.open.get(id);
    if (!e || e.answered) return false;
    e.answered = true;
    e.deferredBy = 'server';
    write(e.res, 200, { type: InteractionResponseType.DeferredChannelMessageWithSource });
    setTimeout(() => this.open.delete(id), LINGER_MS).unref();
    return true;
  }

  readonly makeRequest: MakeRequest = async (url, init) => {
    const m = CALLBACK.exec(new URL(url).pathname);
    const e = m ? this.open.get(m[1]) : undefined;
    if (!m || !e || e.token !== m[2]) return this.forward(url, init);
    const body = parseBody(init);
    if (!e.answered) {
      e.answered = true;
      write(e.res, 200, body);
      this.open.delete(m[1]);
      return noContent();
    }
    return this.afterServerDefer(e, body);
  };

  /** The server deferred while a callback was in flight: a message edits the placeholder; a second deferral is a no-op. */
  private async afterServerDefer(e: Exchange, body: { type?: number; data?: Record<string, unknown> } | null): Promise<ResponseLike> {
    if (body?.type === InteractionResponseType.DeferredChannelMessageWithSource) return noContent();
    if (body?.type === InteractionResponseType.ChannelMessageWithSource) {
      const { flags: _flags, ...data } = body.data ?? {};
      const url = `${this.apiBase}/v${DefaultRestOptions.version}${Routes.webhookMessage(e.applicationId, e.token, '@original')}`;
      await this.forward(url, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) } as RequestInit);
      return noContent();
    }
    return new Response(
      JSON.stringify({ message: 'Interaction has already been acknowledged.', code: RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged }),
      {
        status: 400,
        headers: { 'content-type': 'application/json' },
      },
    );
  }
}

function parseBody(init: RequestInit): { type?: number; data?: Record<string, unknown> } | null {
  // A first callback carries no files (chart replies defer first and upload through the webhook edit), so its body is JSON text.
  if (typeof init.body !== 'string') return null;
  try {
    return JSON.parse(init.body) as { type?: number; data?: Record<string, unknown> };
  } catch {
    return null;
  }
}

function noContent(): ResponseLike {
  return new Response(null, { status: 204 });
}

export function write(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json', ...headers });
  res.end(text);
}
