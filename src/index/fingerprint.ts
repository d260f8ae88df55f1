import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The code whose output a snapshot stores: a change to any of it makes stored records stale. */
const EXTRACTION_SOURCES = ['corpus', 'nlp', 'extract', 'model'];
const EXTRACTION_PACKAGES = ['compromise', 'chrono-node'];

/**
 * A hash of the extraction code and the NLP libraries' versions, so that after an upgrade the
 * bot re-extracts instead of serving records the new code would not produce. Computed once.
 */
export function extractorFingerprint(): string {
  cached ??= compute();
  return cached;
}

let cached: string | undefined;

/**
 * Extraction plus the corpus-wide speaker linking, the index and the search code (tokenizing, word tables):
 * what a snapshot's saved merge and search tables were made by. Any change there and start-up
 * rebuilds them from the records instead; the records themselves are kept.
 */
export function derivedFingerprint(): string {
  cachedDerived ??= `${extractorFingerprint()}:${compute(['link', 'index', 'search']).slice(0, 16)}`;
  return cachedDerived;
}

let cachedDerived: string | undefined;

function compute(folders = EXTRACTION_SOURCES): string {
  const hash = createHash('sha256');
  const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  for (const folder of folders) {
    const dir = path.join(src, folder);
    const files = readdirSync(dir)
      .filter((f) => /\.(ts|js|mjs)$/.test(f))
      .sort();
    for (const f of files) hash.update(`${folder}/${f}\0`).update(readFileSync(path.join(dir, f)));
  }
  if (folders === EXTRACTION_SOURCES) for (const pkg of EXTRACTION_PACKAGES) hash.update(`${pkg}@${packageVersion(path.resolve(src, '..'), pkg)}\0`);
  return hash.digest('hex').slice(0, 16);
}

/** Read from node_modules directly: some packages do not export their package.json. */
function packageVersion(root: string, pkg: string): string {
  try {
    const manifest = JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version?: string };
    return manifest.version ?? '?';
  } catch {
    return '?';
  }
}
