import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, type GeneratedArticle } from './generate.js';

export const CACHE = fileURLToPath(new URL('./.cache/', import.meta.url));

/** Writes the generated corpus as files once per (seed, size); the generator is deterministic. */
export async function corpusFolder(seed: number, articles: GeneratedArticle[]): Promise<string> {
  const dir = path.join(CACHE, `corpus-${seed}-${articles.length}`);
  const marker = path.join(dir, '.complete');
  const done = await readFile(marker, 'utf8').catch(() => '');
  if (done === fingerprint(articles)) return dir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < articles.length; i += 256) {
    await Promise.all(articles.slice(i, i + 256).map((a) => writeFile(path.join(dir, a.file), a.text)));
  }
  await writeFile(marker, fingerprint(articles));
  return dir;
}

function fingerprint(articles: GeneratedArticle[]): string {
  const h = createHash('sha256');
  for (const a of articles) h.update(a.text);
  return h.digest('hex');
}

/** Identifies the extractor's code, so cached extractions are dropped as soon as it changes. */
export async function extractorHash(): Promise<string> {
  const root = fileURLToPath(new URL('../src/', import.meta.url));
  const h = createHash('sha256');
  for (const dir of ['extract', 'nlp', 'corpus', 'model']) {
    const names = (await readdir(path.join(root, dir), { recursive: true })).filter((n) => n.endsWith('.ts')).sort();
    for (const n of names) h.update(n).update(await readFile(path.join(root, dir, n)));
  }
  const pkg = JSON.parse(await readFile(new URL('../node_modules/compromise/package.json', import.meta.url), 'utf8')) as { version: string };
  return h.update(pkg.version).digest('hex').slice(0, 16);
}

export { generateCorpus };

/** The text an article's records were extracted from, which the store keeps each quotation's sentence before from. */
export function articleText(texts: ReadonlyMap<string, string>, articleId: string): string {
  const text = texts.get(articleId);
  if (text === undefined) throw new Error(`no text for article ${articleId}`);
  return text;
}
