/** A console line split into a command and its arguments, the way the slash commands take them. */
export type ConsoleInput =
  | { kind: 'command'; name: 'whosaid' | 'ask'; text: string }
  | { kind: 'command'; name: 'quote'; topic: string; speaker?: string }
  | { kind: 'command'; name: 'sources' | 'help' | 'reindex' | 'quit' }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

const NAMES = ['whosaid', 'quote', 'ask', 'sources', 'help', 'reindex', 'quit', 'exit'];

/**
 * `/quote immigrants speaker: Jane Smith` → topic + speaker. A line without a leading slash
 * is treated as /ask, so people can simply type a question.
 */
export function parseConsoleLine(line: string): ConsoleInput {
  const trimmed = line.trim();
  if (!trimmed) return { kind: 'empty' };
  if (!trimmed.startsWith('/')) return { kind: 'command', name: 'ask', text: trimmed };
  const [head, ...rest] = trimmed.slice(1).split(/\s+/);
  const name = head.toLowerCase();
  const text = rest.join(' ');
  if (!NAMES.includes(name)) return { kind: 'error', message: `Unknown command /${head}. Type /help for the list.` };
  if (name === 'quit' || name === 'exit') return { kind: 'command', name: 'quit' };
  if (name === 'sources' || name === 'help' || name === 'reindex') return { kind: 'command', name };
  if (name === 'quote') {
    const m = /^(.*?)(?:\s*\bspeaker:\s*(.+))?$/i.exec(text);
    const topic = (m?.[1] ?? '').trim();
    const speaker = m?.[2]?.trim();
    if (!topic && !speaker) return { kind: 'error', message: 'Usage: /quote <topic> [speaker: <name>]' };
    return { kind: 'command', name: 'quote', topic, speaker };
  }
  if (!text.trim()) return { kind: 'error', message: `Usage: /${name} <${name === 'ask' ? 'question' : 'words of the quotation'}>` };
  return { kind: 'command', name: name as 'whosaid' | 'ask', text };
}
