import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildIndexData, openIndex, type CoverageIndex } from '../../src/index/build.js';

/** A throwaway corpus folder; files are written as given (string → UTF-8, Buffer → raw bytes). */
export async function tempCorpus(files: Record<string, string | Buffer>): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'coverage-bot-'));
  const corpus = path.join(dir, 'corpus');
  await mkdir(corpus);
  for (const [name, body] of Object.entries(files)) await writeFile(path.join(corpus, name), body);
  return { dir: corpus, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Loads a corpus folder and builds its index, as the service would on a first start. */
export async function indexFolder(dir: string): Promise<CoverageIndex> {
  const corpus = await loadCorpus(dir);
  return openIndex(await buildIndexData(corpus.articles, corpus.warnings, null));
}

/**
 * The tests' own copy of the seed articles. Tests never read the user's corpus folder (`seeds/`):
 * adding an article there must not change a test result.
 */
export const SEED_FIXTURES = fileURLToPath(new URL('../fixtures/seeds', import.meta.url));

/** A throwaway corpus folder holding the seed articles (and `extra` files beside them). */
export async function seedCorpus(extra: Record<string, string | Buffer> = {}): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const c = await tempCorpus(extra);
  await cp(SEED_FIXTURES, c.dir, { recursive: true });
  return c;
}
