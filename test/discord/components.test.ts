import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PermissionFlagsBits } from 'discord.js';
import { contextId, indexStamp, pageId, parseCustomId } from '../../src/discord/components.js';
import { canReindex } from '../../src/discord/permissions.js';
import { Cooldowns } from '../../src/discord/cooldowns.js';
import { toChoices } from '../../src/discord/reply.js';
import { COMMAND_LIST } from '../../src/discord/commands.js';
import { COMMAND_ROWS as COMMANDS } from '../../src/answer/commands.js';

describe('custom ids', () => {
  it('round-trip pages and context, and stay within 100 characters', () => {
    const stamp = indexStamp('a:1|b:2');
    expect(stamp).toHaveLength(6);
    expect(parseCustomId(pageId('quote', 2, stamp, ['refugees', 'Mark Zuckerberg'])!)).toEqual({
      kind: 'page',
      command: 'quote',
      page: 2,
      stamp,
      args: ['refugees', 'Mark Zuckerberg'],
    });
    expect(parseCustomId(contextId('000_fdfe:q12', stamp)!)).toEqual({ kind: 'context', recordId: '000_fdfe:q12', stamp });
    fc.assert(
      fc.property(fc.constantFrom('whosaid', 'quote', 'ask', 'sources' as const), fc.nat(100), fc.array(fc.string(), { maxLength: 3 }), (cmd, page, args) => {
        const id = pageId(cmd, page, stamp, args);
        if (id === null) return;
        expect(id.length).toBeLessThanOrEqual(100);
        const parsed = parseCustomId(id);
        expect(parsed).toMatchObject({ kind: 'page', command: cmd, page });
      }),
    );
  });

  it('a separator typed by the user cannot split its query', () => {
    const parsed = parseCustomId(pageId('whosaid', 1, 'stamp1', ['a|b'])!);
    expect(parsed).toMatchObject({ args: ['a/b'] });
  });

  it('anything else is unknown, not an error', () => {
    for (const id of ['', 'v0|p|w|1|s|x', 'v1|p|z|1|s', 'v1|p|w|-1|s', 'v1|p|w|one|s', 'v1|x', 'hello']) expect(parseCustomId(id)).toBeNull();
  });

  it('a command code naming an Object.prototype member selects no command', () => {
    const codes = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(parseCustomId(`v1|p|${code}|1|stamp1|x`)).toBeNull();
  });

  it('a page number is plain decimal digits only: no hex, exponent, sign, blank, padding or fraction', () => {
    const pages = ['0x10', ' 1', '1 ', '1e1', '+1', '01', '1.0', '', '0b1', '9007199254740993'];
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(parseCustomId(`v1|p|w|${page}|stamp1|x`)).toBeNull();
    expect(parseCustomId('v1|p|w|0|stamp1|x')).toMatchObject({ page: 0 });
    expect(parseCustomId('v1|p|w|12|stamp1|x')).toMatchObject({ page: 12 });
  });
});

describe('canReindex', () => {
  const inGuild = { inGuild: true, roleIds: [] as string[] };
  it('allows Manage Server, Administrator, or a listed role; refuses others and DMs', () => {
    expect(canReindex({ ...inGuild, permissions: PermissionFlagsBits.ManageGuild }, [])).toEqual({ allowed: true });
    expect(canReindex({ ...inGuild, permissions: PermissionFlagsBits.Administrator }, [])).toEqual({ allowed: true });
    expect(canReindex({ inGuild: true, permissions: PermissionFlagsBits.SendMessages, roleIds: ['42'] }, ['42'])).toEqual({ allowed: true });
    expect(canReindex({ inGuild: true, permissions: PermissionFlagsBits.SendMessages, roleIds: ['41'] }, ['42'])).toEqual({
      allowed: false,
      reason: 'not-moderator',
    });
    expect(canReindex({ ...inGuild, permissions: null }, [])).toEqual({ allowed: false, reason: 'not-moderator' });
    expect(canReindex({ inGuild: false, permissions: PermissionFlagsBits.ManageGuild, roleIds: [] }, [])).toEqual({ allowed: false, reason: 'guild-only' });
  });

  it("a negative permission field grants nothing, though its two's-complement bits include Administrator", () => {
    for (const permissions of [-1n, -9n]) expect(canReindex({ ...inGuild, permissions }, [])).toEqual({ allowed: false, reason: 'not-moderator' });
  });
});

describe('Cooldowns', () => {
  it('lets a user go once per window, tells the time left, and is off at 0 seconds', () => {
    let now = 1000;
    const c = new Cooldowns(3, () => now);
    expect(c.take('u')).toBe(0);
    now += 1000;
    expect(c.take('u')).toBe(2000);
    expect(c.take('v')).toBe(0);
    now += 2000;
    expect(c.take('u')).toBe(0);
    const off = new Cooldowns(0);
    expect([off.take('u'), off.take('u')]).toEqual([0, 0]);
  });

  it('forgets expired users so the map does not grow forever', () => {
    let now = 0;
    const c = new Cooldowns(1, () => now);
    for (let i = 0; i < 10_001; i++) c.take(`u${i}`);
    now = 5000;
    c.take('late');
    expect(c.size).toBe(1);
  });

  it('clean-up looks at O(1) entries per use, amortised, even when 40,000 distinct users arrive within the window', () => {
    let now = 0;
    const c = new Cooldowns(3, () => now);
    const users = 40_000;
    let refused = 0;
    for (let i = 0; i < users; i++) {
      now = Math.floor((i * 2000) / users);
      if (c.take(`u${i}`) !== 0) refused++;
    }
    expect(refused).toBe(0);
    // Everyone expires, and one more use forgets them all.
    now = 10_000;
    c.take('late');
    expect(c.size).toBe(1);
    expect(c.cleanupVisits / (users + 1)).toBeLessThanOrEqual(2);
  });
});

describe('autocomplete choices and command declarations', () => {
  it('at most 25 choices of at most 100 characters, no empty ones', () => {
    const choices = toChoices(
      Array.from({ length: 40 }, (_, i) => ({ name: `${i} ${'x'.repeat(150)}`, value: 'y'.repeat(150) })).concat([{ name: ' ', value: ' ' }]),
    );
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('declares one command per /help entry, with the same words', () => {
    expect(COMMAND_LIST.map((c) => c.data.name)).toEqual(COMMANDS.map((c) => c.name));
    for (const c of COMMAND_LIST) expect(c.data.toJSON().description).toBe(COMMANDS.find((x) => x.name === c.data.name)!.summary);
    const reindex = COMMAND_LIST.find((c) => c.data.name === 'reindex')!.data.toJSON();
    expect(reindex.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
  });
});
