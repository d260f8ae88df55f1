import { InteractionResponseType, MessageFlags, type APIInteraction } from 'discord-api-types/v10';
import { LIMITS } from '../../src/discord/limits.js';
import type { DiscordMessage } from '../../src/discord/render.js';
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { APP_ID, type RecordedRequest } from '../e2e/fake-discord.js';

/**
 * What one interaction finally produced, judged from the requests the fake Discord recorded:
 * exactly one accepted callback, and after a defer exactly one final message; every body within
 * Discord's limits with mentions disabled.
 */
export interface Outcome {
  problems: string[];
  /** The accepted callback (the first one the fake did not fail on purpose). */
  callback: RecordedRequest | null;
  /** What the user sees: a message, or autocomplete choices. */
  shown: { kind: 'message'; ephemeral: boolean; content: string; signature: string } | { kind: 'choices'; signature: string } | null;
  /** Every request about this interaction, failed ones included, in order. */
  requests: RecordedRequest[];
}

const ok = (r: RecordedRequest) => r.status >= 200 && r.status < 300;

/** Groups recorded requests by interaction token (callbacks and webhook follow-ups alike). */
export function byToken(requests: readonly RecordedRequest[]): Map<string, RecordedRequest[]> {
  const out = new Map<string, RecordedRequest[]>();
  for (const r of requests) {
    const token = /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(r.path)?.[1] ?? new RegExp(`^/webhooks/${APP_ID}/([^/]+)`).exec(r.path)?.[1];
    if (!token) continue;
    const list = out.get(token) ?? [];
    list.push(r);
    out.set(token, list);
  }
  return out;
}

export function outcomeOf(_interaction: APIInteraction, requests: readonly RecordedRequest[]): Outcome {
  const problems: string[] = [];
  const callbacks = requests.filter((r) => r.path.startsWith('/interactions/'));
  const accepted = callbacks.filter(ok);
  const hooks = requests.filter((r) => r.path.startsWith('/webhooks/'));
  if (accepted.length !== 1) problems.push(`${accepted.length} accepted callbacks (want exactly 1)`);
  const callback = accepted[0] ?? null;
  if (!callback) return { problems, callback, shown: null, requests: [...requests] };
  if (callbacks.indexOf(callback) !== callbacks.length - 1) problems.push('a callback was sent after one had been accepted');
  problems.push(...callbackProblems(callback.body));
  const type = callback.body?.type as InteractionResponseType;
  let shown: Outcome['shown'] = null;
  if (type === InteractionResponseType.ApplicationCommandAutocompleteResult) {
    shown = { kind: 'choices', signature: canonical(callback.body.data?.choices ?? []) };
    if (hooks.length) problems.push('webhook requests after an autocomplete result');
  } else if (type === InteractionResponseType.DeferredChannelMessageWithSource) {
    // Then exactly one final message: the edit of the placeholder, or (for a private answer after a
    // public defer) the placeholder removed and one private follow-up.
    const edits = hooks.filter((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original') && ok(r));
    const followUps = hooks.filter((r) => r.method === 'POST' && ok(r));
    const deletes = hooks.filter((r) => r.method === 'DELETE' && ok(r));
    if (edits.length + followUps.length !== 1) problems.push(`${edits.length} edits + ${followUps.length} follow-ups after a defer (want exactly 1)`);
    if (followUps.length && deletes.length !== 1) problems.push('a private follow-up after a public defer without removing the placeholder');
    const final = edits[0] ?? followUps[0];
    if (final) {
      problems.push(...messageProblems(final.body, 'final message'));
      const flags = final.method === 'POST' ? (final.body?.flags ?? 0) : (callback.body.data?.flags ?? 0);
      shown = message(final.body, (flags & MessageFlags.Ephemeral) !== 0);
    }
  } else {
    if (hooks.length) problems.push(`${hooks.length} webhook requests after a type ${type} callback`);
    shown = message(callback.body.data ?? {}, ((callback.body.data?.flags ?? 0) & MessageFlags.Ephemeral) !== 0);
  }
  return { problems, callback, shown, requests: [...requests] };
}

function message(data: Record<string, any>, ephemeral: boolean): Outcome['shown'] {
  const content = (data.content as string | undefined) ?? '';
  return { kind: 'message', ephemeral, content, signature: canonical({ ephemeral, content, embeds: data.embeds ?? [], components: data.components ?? [] }) };
}

/** The signature a rendered message would have once sent (for "equals the old or the new index"). */
export function expectedMessage(msg: DiscordMessage): string {
  return canonical({ ephemeral: msg.ephemeral, content: msg.content ?? '', embeds: msg.embeds, components: msg.components });
}

export function expectedChoices(choices: ApplicationCommandOptionChoiceData<string>[]): string {
  return canonical(choices);
}

/** A valid interaction callback body, within Discord's limits. */
export function callbackProblems(body: any): string[] {
  const type = body?.type;
  if (![4, 5, 6, 7, 8].includes(type)) return [`callback type ${String(type)} is not 4/5/6/7/8`];
  if (type === 4 || type === 7) return messageProblems(body.data, `type ${type} data`);
  if (type === 8) {
    const choices = body.data?.choices;
    if (!Array.isArray(choices)) return ['autocomplete result without choices'];
    const out: string[] = [];
    if (choices.length > LIMITS.choices) out.push(`${choices.length} choices > ${LIMITS.choices}`);
    for (const c of choices) {
      if (typeof c?.name !== 'string' || c.name.length < 1 || c.name.length > LIMITS.choiceName) out.push(`choice name length ${c?.name?.length}`);
      if (typeof c?.value !== 'string' || c.value.length > LIMITS.choiceValue) out.push(`choice value length ${c?.value?.length}`);
    }
    return out;
  }
  return [];
}

/** A message body (reply, update or webhook edit) within Discord's limits, pinging nobody. */
export function messageProblems(data: any, what = 'message'): string[] {
  if (!data || typeof data !== 'object') return [`${what}: no data`];
  const out: string[] = [];
  const len = (s: unknown) => (typeof s === 'string' ? s.length : 0);
  if (len(data.content) > LIMITS.content) out.push(`${what}: content ${len(data.content)} > ${LIMITS.content}`);
  const embeds: any[] = data.embeds ?? [];
  if (embeds.length > LIMITS.embeds) out.push(`${what}: ${embeds.length} embeds > ${LIMITS.embeds}`);
  let total = 0;
  for (const e of embeds) {
    const fields: any[] = e.fields ?? [];
    if (len(e.title) > LIMITS.title) out.push(`${what}: embed title ${len(e.title)} > ${LIMITS.title}`);
    if (len(e.description) > LIMITS.description) out.push(`${what}: embed description ${len(e.description)} > ${LIMITS.description}`);
    if (fields.length > LIMITS.fields) out.push(`${what}: ${fields.length} fields > ${LIMITS.fields}`);
    for (const f of fields) {
      if (len(f.name) > LIMITS.fieldName) out.push(`${what}: field name ${len(f.name)} > ${LIMITS.fieldName}`);
      if (len(f.value) > LIMITS.fieldValue) out.push(`${what}: field value ${len(f.value)} > ${LIMITS.fieldValue}`);
      if (!len(f.name) || !len(f.value)) out.push(`${what}: empty field`);
    }
    if (len(e.footer?.text) > LIMITS.footer) out.push(`${what}: footer ${len(e.footer?.text)} > ${LIMITS.footer}`);
    if (len(e.author?.name) > LIMITS.author) out.push(`${what}: author ${len(e.author?.name)} > ${LIMITS.author}`);
    total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name) + fields.reduce((n, f) => n + len(f.name) + len(f.value), 0);
  }
  if (total > LIMITS.embedTotal) out.push(`${what}: embeds total ${total} > ${LIMITS.embedTotal}`);
  const parse = data.allowed_mentions?.parse;
  if (!Array.isArray(parse) || parse.length !== 0) out.push(`${what}: allowed_mentions.parse is ${JSON.stringify(parse)}, not []`);
  if (!len(data.content) && !embeds.length) out.push(`${what}: empty message`);
  return out;
}

/** JSON with sorted keys and no undefined, so equal messages compare equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
