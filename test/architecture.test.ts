import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// One core, several faces: the core (corpus → extract → link → index → answer, the service and the
// text/JSON renderers) never imports discord.js or the Discord face, so it runs anywhere.
const SRC = path.resolve(import.meta.dirname, '../src');
// src/http is the Discord face again, reached over HTTP instead of the gateway.
const FACES = new Set(['discord', 'http']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(?:ts|mjs)$/.test(e.name) ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
}

describe('the core', () => {
  const core = sources(SRC).filter((f) => !FACES.has(path.relative(SRC, f).split(path.sep)[0]) && path.relative(SRC, f) !== 'main.ts');

  it('is most of the code', () => {
    expect(core.length).toBeGreaterThan(60);
  });

  it('never imports discord.js, its types or the Discord face', () => {
    const offenders = core.flatMap((f) =>
      imports(f)
        .filter((i) => /^(?:discord\.js|discord-api-types|@discordjs\/)/.test(i) || /(?:^|\/)discord\//.test(i))
        .map((i) => `${path.relative(SRC, f)} → ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('main.ts reaches the Discord face only when a token is set (a dynamic import)', () => {
    const main = readFileSync(path.join(SRC, 'main.ts'), 'utf8');
    expect(main).not.toMatch(/^import[^\n]*discord/m);
    expect(main).toMatch(/await import\('\.\/discord\/bot\.js'\)/);
  });
});
