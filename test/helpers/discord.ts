import { expect } from 'vitest';
import { LIMITS, embedLength } from '../../src/discord/limits.js';
import type { DiscordMessage } from '../../src/discord/render.js';

/** Every limit Discord enforces on a message. */
export function expectWithinLimits(msg: DiscordMessage): void {
  expect((msg.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  expect(msg.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  expect(msg.embeds.reduce((n, e) => n + embedLength(e as Parameters<typeof embedLength>[0]), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const e of msg.embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.title);
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.description);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footer);
  }
  expect(msg.components.length).toBeLessThanOrEqual(5);
  for (const row of msg.components) {
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const b of row.components) if ('custom_id' in b) expect(b.custom_id.length).toBeLessThanOrEqual(100);
  }
}

/** Every piece of text a message shows: content, embed titles, descriptions, fields, footers. */
export function textsOf(msg: DiscordMessage): string[] {
  const out = msg.content ? [msg.content] : [];
  for (const e of msg.embeds) {
    out.push(...[e.title, e.description, e.footer?.text].filter((s): s is string => Boolean(s)));
    for (const f of e.fields ?? []) out.push(f.name, f.value);
  }
  return out;
}

/**
 * Markdown that survives a cut intact: bold markers paired, and no escaping backslash left
 * dangling before the end or the ellipsis (it would escape the "…" or swallow the next character).
 */
export function expectWellFormed(text: string): void {
  const unescaped = text.replace(/\\./gs, '');
  expect((unescaped.match(/\*\*/g) ?? []).length % 2, text.slice(0, 200)).toBe(0);
  expect(/(^|[^\\])(\\\\)*\\(…|$)/.test(text), text.slice(-200)).toBe(false);
}
