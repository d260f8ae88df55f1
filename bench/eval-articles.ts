import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CoverageIndex } from '../src/index/build.js';
import type { Answer } from '../src/model/answer.js';
import type { FactRecord } from '../src/model/records.js';
import { indexFolder } from '../test/helpers/corpus.js';
import { judge, type Item } from '../test/answer/question-set.js';

/**
 * The evaluation kit's articles for the question-set scripts (eval-questions.ts, trace-ask.ts,
 * quote-parts.ts): read from ../shared/eval (or EVAL_DIR) by their set ids, written at run time
 * into a temp folder with a sidecar (title, outlet, date), indexed through the project's own code
 * and deleted afterwards; nothing of them is ever written into the repository. And what their
 * figures share: the kind of answer a question expects, and whether a /quote answer holds a quotation.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
export const EVAL_DIR = process.env.EVAL_DIR ?? path.resolve(ROOT, '../shared/eval');

export interface SourceRecord {
  id: string;
  title: string;
  publisher: string;
  date: string;
  text: string;
}

/** `train__politico_2016-…` ↔ the record `polnear/train/politico_2016-…` of polnear-train.jsonl. */
function splitId(id: string): { file: string; recordId: string } {
  const at = id.indexOf('__');
  if (at <= 0) throw new Error(`not an eval article id: ${id}`);
  const file = id.slice(0, at);
  return { file, recordId: `polnear/${file}/${id.slice(at + 2)}` };
}

/** The records of these set ids, each evaluation file read once; throws when one is missing. */
export async function loadRecords(ids: string[]): Promise<Map<string, SourceRecord>> {
  const wanted = new Map(ids.map((id) => [splitId(id).recordId, id]));
  const files = [...new Set(ids.map((id) => splitId(id).file))];
  const out = new Map<string, SourceRecord>();
  for (const file of files) {
    const jsonl = path.join(EVAL_DIR, `polnear-${file}.jsonl`);
    if (!existsSync(jsonl)) throw new Error(`missing ${jsonl} (set EVAL_DIR)`);
    for (const line of (await readFile(jsonl, 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as SourceRecord;
      const id = wanted.get(r.id);
      if (id) out.set(id, r);
    }
  }
  const missing = ids.filter((id) => !out.has(id));
  if (missing.length) throw new Error(`articles not found in ${EVAL_DIR}: ${missing.join(', ')}`);
  return out;
}

/** Writes the articles (exact text, a sidecar with title, outlet and date) into a temp folder and indexes it; `cleanup` deletes the folder. */
export async function indexArticles(ids: string[], records: Map<string, SourceRecord>): Promise<{ index: CoverageIndex; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'eval-articles-'));
  try {
    for (const id of ids) {
      const r = records.get(id);
      if (!r) throw new Error(`article not loaded: ${id}`);
      await writeFile(path.join(dir, `${id}.txt`), r.text, 'utf8');
      await writeFile(path.join(dir, `${id}.json`), JSON.stringify({ title: r.title, outlet: r.publisher, date: r.date }), 'utf8');
    }
    const index = await indexFolder(dir);
    const loaded = new Set(index.data.articles.map((a) => a.id));
    const lost = ids.filter((id) => !loaded.has(id));
    if (lost.length) throw new Error(`articles not loaded: ${lost.join(', ')}`);
    return { index, cleanup: () => rm(dir, { recursive: true, force: true }) };
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}

/** Words that make a name an organisation's rather than a person's. */
const ORG_WORDS =
  /\b(News|Herald|Institute|Network|Association|Department|Foundation|Bank|University|Tribune|Post|Journal|Messaging|Committee|Center|Alliance|Times|Politico|CNBC|CBS|NBC|IMGE|Twitter|Facebook|Cadillac|Jazeera)\b/;

/** Whether a fact record's passage holds one of the words a passage question expects. */
export function holdsPassage(item: Pick<Item, 'passage'>, r: FactRecord): boolean {
  const want = Array.isArray(item.passage) ? item.passage : [item.passage ?? ''];
  return want.some((p) => p !== '' && r.passage.text.includes(p));
}

/** The kind of answer a question expects, for the per-kind figures (a heuristic over the question and its value). */
export function kindOf(item: Pick<Item, 'q' | 'value' | 'items' | 'passage' | 'none'>): string {
  if (item.none) return 'unanswerable';
  if (item.items) return 'list';
  if (/^\s*what did .+ say\b/i.test(item.q)) return 'what X said';
  if (item.passage !== undefined) return 'passage';
  const v = item.value;
  if (typeof v === 'number') {
    if (/\bhow old\b/i.test(item.q)) return 'age';
    return /\b(how many|how big)\b|\bgoal\b/i.test(item.q) && !/\bpoints?\b/i.test(item.q) ? 'number/count' : 'percent/rate';
  }
  const s = String(v);
  if (/^[A-Z]{3} \d/.test(s)) return 'money';
  if (/^\d+ (second|minute|hour|day|week|month|year)s?$/.test(s)) return 'duration';
  if (/^(\d{4}|-)(-\d\d){0,2}$/.test(s)) return 'date';
  if (/^\s*where\b|\b(city|state|country|county seat)\b/i.test(item.q)) return 'place';
  if (ORG_WORDS.test(s) || /\b(network|paper|channel|outlet|firm|group|company|school|site|department)\b/i.test(item.q)) return 'organisation';
  return 'person';
}

/** A spent set's /ask question with the article it is about. */
export interface SetAskItem extends Item {
  article: string;
}

/**
 * Calls `visit` on every /ask question of each set file, the set's articles indexed once per file
 * and removed after it: the loop every dump tool runs over the spent sets.
 */
export async function forEachAskItem(files: readonly string[], visit: (item: SetAskItem, index: CoverageIndex, set: string) => void): Promise<void> {
  for (const file of files) {
    const set = JSON.parse(await readFile(file, 'utf8')) as { articles: string[]; ask: SetAskItem[] };
    const { index, cleanup } = await indexArticles(set.articles, await loadRecords(set.articles));
    try {
      for (const item of set.ask) visit(item, index, path.basename(file, '.json'));
    } finally {
      await cleanup();
    }
  }
}

/** Straight and curly apostrophes and quote marks alike, case and spacing ignored. */
const loose = (s: string): string =>
  s
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The /quote answer lists, among its first `top` results, the quotation of `article` holding `fragment`. */
export function quoteInTop(a: Answer, item: { article: string; fragment: string }, top: number): boolean {
  if (!a.found) return false;
  const fragment = loose(item.fragment);
  return a.results.slice(0, top).some((r) => r.source.id === item.article && loose(r.text).includes(fragment));
}

/**
 * An /ask answer is right when its value or passage is the expected one and it cites the question's
 * article; for a question the articles cannot answer, when it says not found.
 */
export function askRight(item: Item & { article: string }, a: Answer): boolean {
  const valueOk = judge(item, a);
  return item.none ? valueOk : valueOk && a.found && a.results[0]?.source.id === item.article;
}
