import { describe, expect, it } from 'vitest';
import { parseConsoleLine } from '../../src/console/parse.js';
import { COMMAND_ROWS } from '../../src/answer/commands.js';

describe('parseConsoleLine', () => {
  it('reads /whosaid with its words', () => {
    expect(parseConsoleLine('/whosaid rebuild before winter')).toEqual({ kind: 'query', name: 'whosaid', args: ['rebuild before winter'] });
  });

  it('reads /quote with a topic and an optional speaker', () => {
    expect(parseConsoleLine('/quote harbour speaker: Ana Ruiz')).toEqual({ kind: 'query', name: 'quote', args: ['harbour', 'Ana Ruiz'] });
    expect(parseConsoleLine('/quote harbour')).toEqual({ kind: 'query', name: 'quote', args: ['harbour', ''] });
    expect(parseConsoleLine('/quote speaker: Ana Ruiz')).toEqual({ kind: 'query', name: 'quote', args: ['', 'Ana Ruiz'] });
  });

  it('treats a line without a slash as a question', () => {
    expect(parseConsoleLine('when did the council vote?')).toEqual({ kind: 'query', name: 'ask', args: ['when did the council vote?'] });
  });

  it('explains an unknown command', () => {
    expect(parseConsoleLine('/frobnicate')).toEqual({ kind: 'error', message: 'Unknown command /frobnicate. Type /help for the list.' });
  });

  it('asks for words when a command has none', () => {
    expect(parseConsoleLine('/whosaid   ')).toMatchObject({ kind: 'error', message: expect.stringMatching(/Usage/) });
  });

  it('accepts /quit and /exit', () => {
    expect(parseConsoleLine('/exit')).toEqual({ kind: 'quit' });
    expect(parseConsoleLine('/quit')).toEqual({ kind: 'quit' });
  });

  it('reads /more, /next and /prev as paging through the last answer', () => {
    expect(parseConsoleLine('/more')).toEqual({ kind: 'page', step: 1 });
    expect(parseConsoleLine('/next')).toEqual({ kind: 'page', step: 1 });
    expect(parseConsoleLine('/prev')).toEqual({ kind: 'page', step: -1 });
  });

  it('knows every command of the table', () => {
    const names = COMMAND_ROWS.map((c) => c.name);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(parseConsoleLine(`/${name} harbour`).kind).not.toBe('error');
  });
});
