import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Data flows one way: run-time scheduling and the search engine sit below the index, which sits
// below the answers; the store sits below the queue, and both below a replica. A folder may import only the folders listed for it (and itself).
const SRC = path.resolve(import.meta.dirname, '../src');
const MAY_IMPORT: Record<string, readonly string[]> = {
  runtime: ['model', 'nlp', 'extract'],
  search: ['model', 'nlp', 'runtime'],
  index: ['model', 'nlp', 'corpus', 'extract', 'link', 'runtime', 'search'],
  // A scaled deployment: the store knows records, the queue fills the store, a replica follows both.
  store: ['model', 'extract', 'index', 'search'],
  queue: ['model', 'corpus', 'index', 'link', 'runtime', 'store'],
  replica: ['config.js', 'log.js', 'model', 'corpus', 'index', 'queue', 'service', 'store', 'answer', 'search', 'nlp'],
};

function folderImports(folder: string): Array<{ file: string; folder: string }> {
  const dir = path.join(SRC, folder);
  return readdirSync(dir)
    .filter((f) => /\.(?:ts|mjs)$/.test(f))
    .flatMap((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
      return specs
        .filter((s) => s.startsWith('.'))
        .map((s) => ({ file: `${folder}/${file}`, folder: path.relative(SRC, path.resolve(dir, s)).split(path.sep)[0] }));
    });
}

describe('the index, search, run-time, store, queue and replica folders', () => {
  for (const [folder, allowed] of Object.entries(MAY_IMPORT)) {
    it(`${folder}/ imports only ${allowed.join(', ')}`, () => {
      const imports = folderImports(folder);
      expect(imports.length).toBeGreaterThan(0);
      const offenders = imports.filter((i) => i.folder !== folder && !allowed.includes(i.folder)).map((i) => `${i.file} → ${i.folder}/`);
      expect(offenders).toEqual([]);
    });
  }

  it('form no cycle: no folder imports one that may import it', () => {
    const cycles = Object.entries(MAY_IMPORT).flatMap(([a, list]) => list.filter((b) => MAY_IMPORT[b]?.includes(a)).map((b) => `${a} ↔ ${b}`));
    expect(cycles).toEqual([]);
  });
});
