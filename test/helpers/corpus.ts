import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
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
