import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer } from '../model/answer.js';
import { COMMAND_ROWS, commandNamed, isQuery, missingArgs, type QueryName } from '../answer/commands.js';
import type { CoverageService } from '../service/coverage.js';

/** One line of a batch: what a newsroom script asks, any query command of the table. */
export interface BatchRequest {
  command: QueryName;
  text: string;
  speaker?: string;
}

/** A batch line longer than this is refused unread: no question needs it, and it would be held whole. */
export const MAX_BATCH_LINE = 10_000;

const QUERIES = COMMAND_ROWS.map((c) => c.name).filter(isQuery);

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
  const name = typeof command === 'string' ? commandNamed(command) : null;
  if (!name || !isQuery(name)) return { error: `"command" must be one of ${QUERIES.join(', ')}` };
  if (speaker !== undefined && typeof speaker !== 'string') return { error: '"speaker" must be a string' };
  if (text !== undefined && typeof text !== 'string') return { error: '"text" must be a string' };
  const request = { command: name, text: text ?? '', speaker };
  if (missingArgs(name, argsOf(request)).length) return { error: `"${name}" needs "text"` };
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
    return service.answer(request.command, argsOf(request));
  } catch (err) {
    return { error: `could not answer: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** A request's arguments in the table's order: the text, then the speaker when there is one. */
function argsOf(request: BatchRequest): string[] {
  return request.speaker ? [request.text, request.speaker] : [request.text];
}
