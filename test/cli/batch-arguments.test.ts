import { describe, expect, it } from 'vitest';
import { parseBatchLine } from '../../src/cli/batch.js';

describe('a batch line names its arguments as the command table does', () => {
  it('reads "text" as the first argument of any command', () => {
    expect(parseBatchLine('{"command": "ask", "text": "when did the ferry return?"}')).toEqual({ command: 'ask', args: ['when did the ferry return?'] });
    expect(parseBatchLine('{"command": "speaker", "text": "Dana Whitfield"}')).toEqual({ command: 'speaker', args: ['Dana Whitfield'] });
  });

  it('reads a quote by speaker alone, as before', () => {
    expect(parseBatchLine('{"command": "quote", "speaker": "Dana Whitfield"}')).toEqual({ command: 'quote', args: ['', 'Dana Whitfield'] });
    expect(parseBatchLine('{"command": "quote", "text": "ferry", "speaker": "Dana Whitfield"}')).toEqual({
      command: 'quote',
      args: ['ferry', 'Dana Whitfield'],
    });
  });

  it('takes every optional argument by its name, so share of voice can be asked per outlet', () => {
    expect(parseBatchLine('{"command": "speakers", "topic": "ferry", "outlet": "Harbour Gazette"}')).toEqual({
      command: 'speakers',
      args: ['ferry', 'Harbour Gazette'],
    });
    expect(parseBatchLine('{"command": "speakers", "outlet": "Harbour Gazette"}')).toEqual({ command: 'speakers', args: ['', 'Harbour Gazette'] });
    expect(parseBatchLine('{"command": "speakers"}')).toEqual({ command: 'speakers', args: [] });
  });

  it('says which argument is missing or of the wrong type', () => {
    expect(parseBatchLine('{"command": "timeline"}')).toEqual({ error: '"timeline" needs "text"' });
    expect(parseBatchLine('{"command": "speakers", "outlet": 7}')).toEqual({ error: '"outlet" must be a string' });
    expect(parseBatchLine('{"command": "ask", "text": ["a", "list"]}')).toEqual({ error: '"text" must be a string' });
  });
});
