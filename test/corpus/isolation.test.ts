import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A moderator's corpus folder is theirs: adding an article to `seeds/` must never change a test
// result. Tests copy what they need (test/fixtures/seeds through seedCorpus()) into a temp folder.
const TEST_ROOT = path.resolve(import.meta.dirname, '..');
const USER_CORPUS = [/(?:\.\.\/)+seeds\b/, /resolve\(\s*['"]seeds['"]\s*\)/, /SEEDS_DIR:\s*['"]seeds['"]/, /join\(\s*ROOT\s*,\s*['"]seeds['"]\s*\)/];

function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : testSources(full);
    return /\.(?:ts|mjs|js)$/.test(e.name) ? [full] : [];
  });
}

describe('tests and the user corpus folder', () => {
  it('no test or helper points at the repository seeds/ folder', () => {
    const files = testSources(TEST_ROOT).filter((f) => f !== import.meta.filename);
    expect(files.length).toBeGreaterThan(40);
    const offenders = files.filter((f) => USER_CORPUS.some((re) => re.test(readFileSync(f, 'utf8'))));
    expect(offenders.map((f) => path.relative(TEST_ROOT, f))).toEqual([]);
  });

  it('the tests keep their own copy of the seed articles', () => {
    expect(readdirSync(path.join(TEST_ROOT, 'fixtures/seeds')).filter((f) => f.endsWith('.txt')).length).toBe(3);
  });
});
