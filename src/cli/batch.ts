import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer } from '../model/answer.js';
import type { CoverageService } from '../service/coverage.js';

/** One line of a batch: what a newsroom script asks. */
export interface BatchRequest {
  command: 'whosaid' | 'quote' | 'ask' | 'sources';
  text: string;
  speaker?: string;
}

/** A batch line longer than this is refused unread: no question needs it, and it would be held whole. */
export const MAX_BATCH_LINE = 10_000;

const ANSWERS = new Map<BatchRequest['command'], (service: CoverageService, r: BatchRequest) => Answer>([
  ['whosaid', (s, r) => s.whosaid(r.text)],
  ['quote', (s, r) => s.quote(r.text, r.speaker)],
  ['ask', (s, r) => s.ask(r.text)],
  ['sources', (s) => s.sources()],
]);

/** A request, or why the line cannot be used, in words a script author can act on. */
export function parseBatchLine(line: string): BatchRequest | { error: string } {
  if (line.length > MAX_BATCH_LINE) return { error: `line too long (${line.length} characters, limit ${MAX_BATCH_LINE})` };
  if (!line.trim()) return { error: 'empty line' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'expected a JSON object like {"command": "ask", "text": "..."}' };
  const { command, text, speaker } = value as Record<string, unknown>;
  if (typeof command !== 'string' || !ANSWERS.has(command as BatchRequest['command'])) return { error: `"command" must be one of ${[...ANSWERS.keys()].join(', ')}` };
  if (speaker !== undefined && typeof speaker !== 'string') return { error: '"speaker" must be a string' };
  if (text !== undefined && typeof text !== 'string') return { error: '"text" must be a string' };
  const request = { command: command as BatchRequest['command'], text: text ?? '', speaker };
  if (request.command !== 'sources' && !request.text.trim() && !(request.command === 'quote' && speaker)) return { error: `"${request.command}" needs "text"` };
  return request;
}

/**
 * Answers JSON Lines from `input` over one index, one JSON line out per line in, in order: the
 * Answer `--json` prints, or `{"error": …}`. Lines are read as they come, so memory does not grow
 * with the number of questions.
 */
export async function runBatch(service: CoverageService, input: Readable, output: Writable): Promise<{ lines: number; errors: number }> {
  let lines = 0;
  let errors = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lines++;
    const request = parseBatchLine(line);
    const out = 'error' in request ? request : answerOf(service, request);
    if ('error' in out) errors++;
    if (!output.write(`${JSON.stringify(out)}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
  return { lines, errors };
}

function answerOf(service: CoverageService, request: BatchRequest): Answer | { error: string } {
  try {
    return ANSWERS.get(request.command)!(service, request);
  } catch (err) {
    return { error: `could not answer: ${err instanceof Error ? err.message : String(err)}` };
  }
}
