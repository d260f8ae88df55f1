import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, WebSocket } from 'ws';
import {
  GatewayDispatchEvents,
  GatewayOpcodes,
  InteractionResponseType,
  MessageType,
  PermissionFlagsBits,
  type APIGuild,
  type ApplicationFlags,
  type GuildSystemChannelFlags,
  type RoleFlags,
  type APIInteraction,
  type APIMessage,
  type APIRole,
  type APIUser,
  type GatewayDispatchPayload,
  type GatewayReadyDispatchData,
  type GatewayReceivePayload,
} from 'discord-api-types/v10';

/**
 * A local stand-in for Discord: the REST routes a slash-command bot uses, and a gateway that
 * speaks HELLO / IDENTIFY → READY / heartbeats / RESUME and dispatches interactions. Every
 * request is recorded with its body; any route can be made to fail; the socket can be closed
 * with a code or killed outright.
 */

const EPOCH = 1420070400000n;
let increment = 0n;

/** A snowflake for "now", so discord.js computes a real createdTimestamp from it. */
export function snowflake(at = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - EPOCH) << 22n) | increment).toString();
}

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, e.g. `/interactions/1/tok/callback`. */
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body, or the raw text when it is not JSON (a multipart upload: its `payload_json`). */
  body: any;
  /** Files uploaded with a multipart/form-data request, in form order. */
  files?: UploadedFile[];
  /** The status the fake answered with. */
  status: number;
  /** True when the answer came from an injected failure. */
  injected: boolean;
  at: number;
}

export interface InjectedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One gateway socket closing: who started it, with which code. */
export interface GatewayClose {
  code: number;
  reason: string;
  /** True when the fake closed or killed it (closeGateway / killGateway), false when the bot did. */
  byFake: boolean;
  at: number;
}

interface Injection {
  method?: string;
  path: RegExp;
  /** null: answer as usual (after `until`). */
  response: InjectedResponse | null;
  /** Keep the request unanswered until this settles. */
  until?: Promise<unknown>;
  times: number;
}

interface GatewaySession {
  id: string;
  seq: number;
  events: GatewayDispatchPayload[];
}

export interface FakeDiscordOptions {
  /** The bot token the fake accepts; others get 401 / close 4004. */
  token: string;
  heartbeatIntervalMs?: number;
  /**
   * Gateway sharding: the shard count GET /gateway/bot recommends (default 1). Above 1, each
   * IDENTIFY's `shard: [id, count]` opens that shard's own session, and each guild's events go
   * only to the shard that owns it, (guild_id >> 22) % count, as Discord does.
   */
  shards?: number;
  /** session_start_limit.max_concurrency: how many shards may IDENTIFY at once (default 1). */
  maxConcurrency?: number;
  /** The guilds the bot is in (default: GUILD_ID); each gets the same channels and roles. */
  guilds?: string[];
}

/** The shard that receives a guild's events: (guild_id >> 22) % count. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** One shard's gateway connection, once it has identified. */
interface ShardConnection {
  ws: WebSocket;
  session: GatewaySession;
  count: number;
}

export const APP_ID = '111111111111111111';
export const GUILD_ID = '222222222222222222';
export const CHANNEL_ID = '333333333333333333';
export const MOD_ROLE_ID = '444444444444444444';
export const REINDEX_ROLE_ID = '555555555555555555';
/** A category: a channel no message (so no button) can be in, which discord.js drops interactions from. */
export const CATEGORY_ID = '333333333333333377';

export class FakeDiscord extends EventEmitter {
  readonly requests: RecordedRequest[] = [];
  readonly bot: APIUser = { id: APP_ID, username: 'coverage-bot', discriminator: '0', global_name: null, avatar: null, bot: true };
  readonly gateway = {
    connections: 0,
    identifies: 0,
    resumes: 0,
    heartbeats: 0,
    urls: [] as string[],
    closes: [] as GatewayClose[],
    /** The `shard` field of each IDENTIFY, in order ([0, 1] when the bot sent none). */
    shards: [] as Array<[number, number]>,
  };
  /** Each dispatched event with the shard it went to (sharded mode only). */
  readonly routed: Array<{ t: string; guild: string | null; shard: number; id?: string }> = [];
  private readonly shardConnections = new Map<number, ShardConnection>();
  private readonly injections: Injection[] = [];
  private readonly sessions = new Map<string, GatewaySession>();
  private readonly messages = new Map<string, APIMessage>();
  /** Files users attached, served as Discord's CDN serves them (see attach). */
  private readonly attachments = new Map<string, { bytes: Buffer; contentType: string }>();
  private session: GatewaySession | null = null;
  private socket: WebSocket | null = null;
  private readonly closedByFake = new WeakSet<WebSocket>();
  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private port = 0;
  /** Open sockets that have carried REST requests (the bot's HTTP keep-alive pool, seen from here). */
  private readonly restSockets = new Set<import('node:net').Socket>();
  /** The most REST connections the bot held open at once. */
  peakRestConnections = 0;

  private constructor(private readonly options: FakeDiscordOptions) {
    super();
    this.setMaxListeners(0);
    this.server = http.createServer((req, res) => void this.onRequest(req, res));
    this.server.on('request', (req: http.IncomingMessage) => {
      const socket = req.socket;
      if (this.restSockets.has(socket)) return;
      this.restSockets.add(socket);
      this.peakRestConnections = Math.max(this.peakRestConnections, this.restSockets.size);
      socket.once('close', () => {
        this.restSockets.delete(socket);
        if (!this.restSockets.size) this.emit('rest-idle');
      });
    });
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws, req) => this.onConnection(ws, req));
  }

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** What DISCORD_API_BASE should be: discord.js appends /v10 itself. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /**
   * A file a user attached to a command, as the interaction's `resolved.attachments` carries it;
   * its URL answers with the bytes like Discord's CDN (each download is recorded like any request).
   */
  attach(
    filename: string,
    bytes: Buffer,
    contentType: string,
  ): { id: string; filename: string; size: number; url: string; proxy_url: string; content_type: string } {
    const id = snowflake();
    const path = `/attachments/${CHANNEL_ID}/${id}/${encodeURIComponent(filename)}`;
    this.attachments.set(path, { bytes, contentType });
    const url = `http://127.0.0.1:${this.port}${path}`;
    return { id, filename, size: bytes.length, url, proxy_url: url, content_type: contentType };
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get connected(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  async stop(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * Drops what the fake remembers (recorded requests, sent messages, the replay buffer of
   * dispatched events), e.g. before measuring the bot's memory in the same process.
   */
  forget(): void {
    this.requests.length = 0;
    this.messages.clear();
    for (const session of this.sessions.values()) session.events.length = 0;
  }

  get restConnections(): number {
    return this.restSockets.size;
  }

  /**
   * Closes idle keep-alive connections now, as any server does once its keep-alive timeout
   * passes, and resolves when none is left open.
   */
  async closeIdleConnections(): Promise<void> {
    this.server.closeIdleConnections();
    if (this.restSockets.size) await this.waitFor('rest-idle', () => true, 5000, 'idle REST connections to close');
  }

  // ---- failure injection ------------------------------------------------------------------

  /** The next `times` requests matching `path` (and `method`) get `response` instead. */
  inject(match: { method?: string; path: RegExp }, response: InjectedResponse, times = 1): void {
    this.injections.push({ ...match, response, times });
  }

  /**
   * The next `times` matching requests wait, unanswered, until `until` settles, then get their
   * usual answer: a reply kept in flight while the test does something else. The fake emits
   * `held` with each request as it starts waiting.
   */
  hold(match: { method?: string; path: RegExp }, until: Promise<unknown>, times = 1): void {
    this.injections.push({ ...match, response: null, until, times });
  }

  /** Closes the gateway socket with a close code (4000: unknown error, resumable). */
  closeGateway(code = 4000, reason = 'fake close'): void {
    if (this.socket) this.closedByFake.add(this.socket);
    this.socket?.close(code, reason);
  }

  /** Drops the gateway connection without a close frame, as a network failure would. */
  killGateway(): void {
    if (this.socket) this.closedByFake.add(this.socket);
    this.socket?.terminate();
  }

  // ---- waiting on the bot -------------------------------------------------------------------

  /** The first recorded request (past or future) that matches. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return this.waitFor('request', match, timeoutMs, 'request');
  }

  /** The next request an injected `hold` is keeping unanswered. */
  waitForHeld(match: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.waitFor('held', match, timeoutMs, 'a held request');
  }

  waitForGateway(event: 'identify' | 'resume' | 'heartbeat' | 'connection' | 'close', timeoutMs = 5000): Promise<void> {
    return this.waitFor(event, () => true, timeoutMs, `gateway ${event}`).then(() => undefined);
  }

  private waitFor<T>(event: string, match: (x: T) => boolean, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off(event, listener);
        reject(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const listener = (x: T): void => {
        if (!match(x)) return;
        clearTimeout(timer);
        this.off(event, listener);
        resolve(x);
      };
      this.on(event, listener);
    });
  }

  // ---- gateway ------------------------------------------------------------------------------

  /** Sends a dispatch on the live session; while disconnected it waits for RESUME's replay. */
  dispatch(t: GatewayDispatchPayload['t'], d: unknown): void {
    if (this.sharded && this.shardConnections.size) return this.dispatchToShard(t, d);
    const session = this.session;
    if (!session) throw new Error('fake Discord: no gateway session (has the bot identified?)');
    const payload = { op: GatewayOpcodes.Dispatch, t, d, s: ++session.seq } as GatewayDispatchPayload;
    session.events.push(payload);
    if (this.connected) this.send(payload);
  }

  /** Sharded: to the shard owning the event's guild (DMs and guild-less events: shard 0), on its live session. */
  private dispatchToShard(t: GatewayDispatchPayload['t'], d: unknown, only?: ShardConnection): void {
    const guild = (d as { guild_id?: string } | null)?.guild_id ?? null;
    const count = [...this.shardConnections.values()][0]?.count ?? 1;
    const id = guild ? shardOf(guild, count) : 0;
    const shard = only ?? this.shardConnections.get(id);
    if (!shard) throw new Error(`fake Discord: shard ${id} of ${count} (owner of guild ${guild}) has not identified`);
    const payload = { op: GatewayOpcodes.Dispatch, t, d, s: ++shard.session.seq } as GatewayDispatchPayload;
    shard.session.events.push(payload);
    this.routed.push({ t, guild, shard: id, id: (d as { id?: string } | null)?.id });
    this.send(payload, shard.ws);
  }

  sendInteraction(interaction: APIInteraction): void {
    this.dispatch(GatewayDispatchEvents.InteractionCreate, interaction);
  }

  private get sharded(): boolean {
    return (this.options.shards ?? 1) > 1;
  }

  private onConnection(ws: WebSocket, req: http.IncomingMessage): void {
    // Sharded, every shard keeps its own socket open; a shard's reconnect replaces only its own (on IDENTIFY).
    if (!this.sharded) this.socket?.terminate();
    this.socket = ws;
    this.gateway.connections++;
    this.gateway.urls.push(req.url ?? '');
    this.emit('connection');
    ws.on('message', (data) => this.onGatewayMessage(ws, data.toString()));
    ws.on('close', (code, reason) => {
      if (this.socket === ws) this.socket = null;
      this.gateway.closes.push({ code, reason: reason.toString(), byFake: this.closedByFake.has(ws), at: Date.now() });
      this.emit('close');
    });
    this.send({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? 41_250 } }, ws);
  }

  private onGatewayMessage(ws: WebSocket, text: string): void {
    const msg = JSON.parse(text) as { op: number; d: any };
    if (msg.op === GatewayOpcodes.Heartbeat) {
      this.gateway.heartbeats++;
      this.send({ op: GatewayOpcodes.HeartbeatAck }, ws);
      this.emit('heartbeat');
    } else if (msg.op === GatewayOpcodes.Identify) {
      if (msg.d.token !== this.options.token) return ws.close(4004, 'Authentication failed.');
      const shard: [number, number] = Array.isArray(msg.d.shard) ? [Number(msg.d.shard[0]), Number(msg.d.shard[1])] : [0, 1];
      this.gateway.shards.push(shard);
      if (this.sharded) return this.identifyShard(ws, shard);
      this.gateway.identifies++;
      this.session = { id: `session-${this.gateway.identifies}`, seq: 0, events: [] };
      this.sessions.set(this.session.id, this.session);
      this.dispatch(GatewayDispatchEvents.Ready, this.readyData(this.session.id));
      this.dispatch(GatewayDispatchEvents.GuildCreate, guildCreate());
      this.emit('identify');
    } else if (msg.op === GatewayOpcodes.Resume) {
      const session = this.sessions.get(msg.d.session_id);
      if (!session || msg.d.token !== this.options.token) return this.send({ op: GatewayOpcodes.InvalidSession, d: false }, ws);
      this.gateway.resumes++;
      this.session = session;
      for (const event of session.events) if (event.s > msg.d.seq) this.send(event, ws);
      this.dispatch(GatewayDispatchEvents.Resumed, {});
      this.emit('resume');
    }
  }

  /** Sharded: the shard's own session, READY with the guilds it owns, then their GUILD_CREATEs. */
  private identifyShard(ws: WebSocket, [id, count]: [number, number]): void {
    if (!(id >= 0 && id < count)) return ws.close(4010, 'Invalid shard.');
    if (count !== this.options.shards) return ws.close(4011, 'Sharding required.');
    this.gateway.identifies++;
    const previous = this.shardConnections.get(id);
    if (previous && previous.ws !== ws) previous.ws.terminate();
    const connection: ShardConnection = { ws, count, session: { id: `session-${this.gateway.identifies}`, seq: 0, events: [] } };
    this.shardConnections.set(id, connection);
    this.sessions.set(connection.session.id, connection.session);
    this.socket = ws;
    this.session = connection.session;
    ws.on('close', () => {
      if (this.shardConnections.get(id)?.ws === ws) this.shardConnections.delete(id);
    });
    const owned = this.guildIds.filter((g) => shardOf(g, count) === id);
    this.dispatchToShard(GatewayDispatchEvents.Ready, this.readyData(connection.session.id, [id, count], owned), connection);
    for (const g of owned) this.dispatchToShard(GatewayDispatchEvents.GuildCreate, guildCreate(g), connection);
    this.emit('identify');
  }

  private get guildIds(): string[] {
    return this.options.guilds ?? [GUILD_ID];
  }

  private readyData(sessionId: string, shard: [number, number] = [0, 1], guilds = this.guildIds): GatewayReadyDispatchData {
    return {
      v: 10,
      user: this.bot,
      guilds: guilds.map((id) => ({ id, unavailable: true })),
      session_id: sessionId,
      resume_gateway_url: this.gatewayUrl,
      shard,
      application: { id: APP_ID, flags: 0 as ApplicationFlags, flags_new: '0' },
    };
  }

  private send(payload: GatewayReceivePayload | { op: number; d?: unknown }, ws: WebSocket | null = this.socket): void {
    if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify(payload));
  }

  // ---- REST ---------------------------------------------------------------------------------

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const file = req.method === 'GET' ? this.attachments.get(url.pathname) : undefined;
    if (file) {
      this.requests.push({
        method: 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: '',
        status: 200,
        injected: false,
        at: Date.now(),
      });
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.bytes.length) });
      res.end(file.bytes);
      return;
    }
    const bytes = await readBytes(req);
    const upload = await multipart(req.headers['content-type'], bytes);
    const raw = upload ? '' : bytes.toString('utf8');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: req.headers,
      body: upload ? upload.body : parse(raw),
      files: upload?.files,
      status: 0,
      injected: false,
      at: Date.now(),
    };
    const injection = this.takeInjection(record);
    if (injection?.until) {
      this.emit('held', record);
      await injection.until.catch(() => undefined);
    }
    const injected = injection?.response ?? null;
    const { status, body, headers } = injected ?? this.route(record, req.headers.authorization);
    record.status = status;
    record.injected = Boolean(injected);
    this.requests.push(record);
    // Like Discord: a 204 has no body and no content type (a JSON type would make clients parse nothing).
    res.writeHead(status, body === undefined ? { ...headers } : { 'content-type': 'application/json', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
    this.emit('request', record);
  }

  private takeInjection(r: RecordedRequest): Injection | null {
    const i = this.injections.find((x) => x.times > 0 && (!x.method || x.method === r.method) && x.path.test(r.path));
    if (!i) return null;
    i.times--;
    return i;
  }

  private route(r: RecordedRequest, auth: string | undefined): InjectedResponse {
    const authed = auth === `Bot ${this.options.token}`;
    const unauthorized = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    let m: RegExpMatchArray | null;
    if (r.method === 'GET' && r.path === '/gateway/bot') {
      if (!authed) return unauthorized;
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: this.options.shards ?? 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: this.options.maxConcurrency ?? 1 },
        },
      };
    }
    if (r.method === 'POST' && (m = r.path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      const [, id, token] = m;
      const data = r.body?.data ?? {};
      if (r.body?.type === InteractionResponseType.ChannelMessageWithSource || r.body?.type === InteractionResponseType.DeferredChannelMessageWithSource) {
        this.messages.set(token, this.message(snowflake(), data));
      } else if (r.body?.type === InteractionResponseType.UpdateMessage) {
        const old = this.messages.get(token);
        if (old) this.messages.set(token, { ...old, ...data });
      }
      if (r.query.get('with_response') !== 'true') return { status: 204 };
      return { status: 200, body: { interaction: { id, type: 2 }, resource: { type: r.body?.type, message: this.messages.get(token) } } };
    }
    if ((m = r.path.match(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/))) {
      const [, , token, which] = m;
      const key = which === '@original' ? token : `${token}/${which}`;
      if (r.method === 'DELETE') {
        this.messages.delete(key);
        return { status: 204 };
      }
      const current = this.messages.get(key) ?? this.message(snowflake(), {});
      const next = r.method === 'PATCH' ? { ...current, ...r.body, edited_timestamp: new Date().toISOString() } : current;
      this.messages.set(key, next);
      return { status: 200, body: next };
    }
    if (r.method === 'POST' && (m = r.path.match(/^\/webhooks\/(\d+)\/([^/]+)$/))) {
      const msg = this.message(snowflake(), r.body ?? {});
      this.messages.set(`${m[2]}/${msg.id}`, msg);
      return { status: 200, body: msg };
    }
    if (r.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(r.path)) {
      if (!authed) return unauthorized;
      const list = Array.isArray(r.body) ? r.body : [];
      return { status: 200, body: list.map((c: Record<string, unknown>) => ({ ...c, id: snowflake(), application_id: APP_ID, version: snowflake() })) };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  private message(id: string, data: Partial<APIMessage>): APIMessage {
    return apiMessage(id, this.bot, { type: MessageType.ChatInputCommand, components: [], ...data });
  }
}

/** A channel message as Discord sends it: empty but for its id, author and what `data` sets. */
export function apiMessage(id: string, author: APIUser, data: Partial<APIMessage> = {}): APIMessage {
  return {
    id,
    channel_id: CHANNEL_ID,
    author,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: MessageType.Default,
    ...data,
  } as APIMessage;
}

function parse(raw: string): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

const role = (id: string, name: string, permissions: bigint, position: number): APIRole => ({
  id,
  name,
  color: 0,
  colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
  hoist: false,
  icon: null,
  unicode_emoji: null,
  position,
  permissions: permissions.toString(),
  managed: false,
  mentionable: false,
  flags: 0 as RoleFlags,
});

/** A guild the bot is in: @everyone, a moderator role with Manage Server, a plain reindex role. */
function guildCreate(id = GUILD_ID): APIGuild & Record<string, unknown> {
  return {
    id,
    name: 'Newsroom',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: '999999999999999999',
    region: 'europe',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      role(id, '@everyone', PermissionFlagsBits.SendMessages | PermissionFlagsBits.UseApplicationCommands, 0),
      role(MOD_ROLE_ID, 'Moderators', PermissionFlagsBits.ManageGuild, 2),
      role(REINDEX_ROLE_ID, 'Archivists', 0n, 1),
    ],
    emojis: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US' as APIGuild['preferred_locale'],
    public_updates_channel_id: null,
    nsfw_level: 0,
    stickers: [],
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    hub_type: null,
    incidents_data: null,
    joined_at: new Date().toISOString(),
    large: false,
    member_count: 3,
    members: [],
    channels: [
      { id: CHANNEL_ID, type: 0, name: 'news', position: 0, permission_overwrites: [], guild_id: id },
      { id: CATEGORY_ID, type: 4, name: 'Archive', position: 1, permission_overwrites: [], guild_id: id },
    ],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    unavailable: false,
  };
}

/** An upload's parts: Discord takes files as multipart/form-data, the message itself in `payload_json`. */
export interface UploadedFile {
  /** The form field, `files[0]` and so on. */
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

function readBytes(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A multipart/form-data body read with the platform's own parser (undici's FormData), or null for any other body. */
async function multipart(contentType: string | undefined, bytes: Buffer): Promise<{ body: unknown; files: UploadedFile[] } | null> {
  if (!contentType?.startsWith('multipart/form-data')) return null;
  const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType } }).formData();
  const files: UploadedFile[] = [];
  let body: unknown;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = parse(value);
      continue;
    }
    files.push({ field, filename: value.name, contentType: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  return { body, files };
}
