import { describe, expect, it } from 'vitest';
import { parseConsoleLine } from '../../src/console/parse.js';

describe('parseConsoleLine', () => {
  it('reads /whosaid with its words', () => {
    expect(parseConsoleLine('/whosaid rebuild before winter')).toEqual({ kind: 'command', name: 'whosaid', text: 'rebuild before winter' });
  });

  it('reads /quote with a topic and an optional speaker', () => {
    expect(parseConsoleLine('/quote harbour speaker: Ana Ruiz')).toEqual({ kind: 'command', name: 'quote', topic: 'harbour', speaker: 'Ana Ruiz' });
    expect(parseConsoleLine('/quote harbour')).toEqual({ kind: 'command', name: 'quote', topic: 'harbour', speaker: undefined });
  });

  it('treats a line without a slash as a question', () => {
    expect(parseConsoleLine('when did the council vote?')).toEqual({ kind: 'command', name: 'ask', text: 'when did the council vote?' });
  });

  it('explains an unknown command', () => {
    expect(parseConsoleLine('/frobnicate')).toEqual({ kind: 'error', message: 'Unknown command /frobnicate. Type /help for the list.' });
  });

  it('asks for words when a command has none', () => {
    expect(parseConsoleLine('/whosaid   ')).toMatchObject({ kind: 'error', message: expect.stringMatching(/Usage/) });
  });

  it('accepts /quit and /exit', () => {
    expect(parseConsoleLine('/exit')).toEqual({ kind: 'command', name: 'quit' });
  });
});
