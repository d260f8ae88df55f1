import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_ROWS, COMMAND_TABLE, isPaged, isQuery, missingArgs } from '../../src/answer/commands.js';
import { COMMAND_LIST, MENU_LIST } from '../../src/discord/commands.js';
import { pageId, parseCustomId } from '../../src/discord/components.js';
import { parseConsoleLine } from '../../src/console/parse.js';
import { renderText } from '../../src/render/text.js';
import { renderHelp } from '../../src/discord/render.js';
import { parseBatchLine } from '../../src/cli/batch.js';
import type { Answer } from '../../src/model/answer.js';

// Every face is built from the one table: each command the table holds, each face offers.
const ROWS = COMMAND_ROWS;
const HELP: Answer = { command: 'help', query: '', found: true, answer: 'How to ask', results: [] };
const ROOT = path.resolve(import.meta.dirname, '../..');
/** The console kinds of the commands that change the corpus rather than answer from it. */
const NOT_QUERIES: Record<string, string> = { addsource: 'add', removesource: 'remove' };

describe('the command table and every face', () => {
  it('has the commands people use', () => {
    expect(ROWS.map((r) => r.name)).toEqual([
      'whosaid',
      'quote',
      'ask',
      'sources',
      'speaker',
      'speakers',
      'timeline',
      'help',
      'reindex',
      'addsource',
      'removesource',
    ]);
  });

  it('Discord: one slash command per row, with the table summary and its arguments as options', () => {
    expect(COMMAND_LIST.map((c) => c.data.name)).toEqual(ROWS.map((r) => r.name));
    for (const row of ROWS) {
      const json = COMMAND_LIST.find((c) => c.data.name === row.name)!.data.toJSON();
      expect(json.description).toBe(row.summary);
      expect((json.options ?? []).map((o) => o.name)).toEqual(row.args.map((a) => a.name));
    }
  });

  it('Discord: one message menu per row that declares one', () => {
    const menus = ROWS.filter((r) => r.messageMenu);
    expect(menus.length).toBeGreaterThan(0);
    expect(MENU_LIST.map((m) => [m.data.name, m.command])).toEqual(menus.map((r) => [r.messageMenu, r.name]));
  });

  it('Discord buttons: every paged command round-trips through its button id', () => {
    const paged = ROWS.map((r) => r.name).filter(isPaged);
    expect(paged.length).toBe(4);
    for (const name of paged)
      expect(parseCustomId(pageId(name, 2, 'st4mp1', ['harbour'])!)).toEqual({ kind: 'page', command: name, page: 2, stamp: 'st4mp1', args: ['harbour'] });
  });

  it('console: every command parses, and query commands carry their arguments', () => {
    for (const row of ROWS) {
      const input = parseConsoleLine(`/${row.name} harbour`);
      expect(input.kind, row.name).toBe(isQuery(row.name) ? 'query' : (NOT_QUERIES[row.name] ?? 'reindex'));
    }
  });

  it('/help in the terminal and on Discord lists every row', () => {
    const text = renderText(HELP);
    const fields = renderHelp(HELP).embeds[0].fields ?? [];
    for (const row of ROWS) {
      expect(text).toContain(row.usage);
      expect(fields.map((f) => f.name)).toContainEqual(expect.stringContaining(row.usage));
    }
  });

  it('batch and the CLI: every query command is accepted; its help lists them', () => {
    const queries = ROWS.map((r) => r.name).filter(isQuery);
    for (const name of queries) expect(parseBatchLine(JSON.stringify({ command: name, text: 'harbour' }))).toMatchObject({ command: name });
    const help = execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/cli.ts', '--help'], { cwd: ROOT, encoding: 'utf8' });
    for (const name of queries.filter((n) => n !== 'help')) expect(help).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('an unknown name is an unknown command on every face, never another command', () => {
    expect(parseConsoleLine('/frobnicate harbour')).toMatchObject({ kind: 'error' });
    expect(parseBatchLine('{"command": "frobnicate", "text": "x"}')).toMatchObject({ error: expect.stringContaining('must be one of') });
    expect(parseCustomId('v1|p|z|0|st4mp1|x')).toBeNull();
    expect('frobnicate' in COMMAND_TABLE).toBe(false);
  });

  it('says which required arguments are missing, letting a quote go by speaker alone', () => {
    expect(missingArgs('whosaid', [''])).toEqual(['text']);
    expect(missingArgs('quote', ['', ''])).toEqual(['topic']);
    expect(missingArgs('quote', ['', 'Ana Ruiz'])).toEqual([]);
    expect(missingArgs('sources', [])).toEqual([]);
  });
});
