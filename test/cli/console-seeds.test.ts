import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { seedCorpus } from '../helpers/corpus.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs the README's start command with no token and types lines into the console. */
async function consoleSession(lines: string[]): Promise<string> {
  const corpus = await seedCorpus();
  try {
    return await typeInto(corpus.dir, lines);
  } finally {
    await corpus.cleanup();
  }
}

function typeInto(seedsDir: string, lines: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: '', SEEDS_DIR: seedsDir, INDEX_PATH: 'none', NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(out));
    child.stdin.end(`${lines.join('\n')}\n/quit\n`);
  });
}

describe('the offline console on the seed articles', () => {
  it('names Mark Zuckerberg for "tribes to cities to nations" with the passage, and finds nothing for "read my lips"', async () => {
    const out = await consoleSession(['/whosaid tribes to cities to nations', '/whosaid read my lips']);
    expect(out).toMatch(/offline console\): 3 articles/);
    const [first, second] = out.split(/\n> /).filter((s) => /Mark Zuckerberg|No quotation/.test(s));
    expect(first).toMatch(/^Mark Zuckerberg/);
    expect(first).toMatch(/History is the story of how we've learned to come together/);
    expect(first).toMatch(/Source: .*\[002_b0ae1cbb257b33c3\]/);
    expect(second).toMatch(/No quotation in the coverage matches “read my lips”/);
  });

  it('pages through a long answer with /more and /prev, numbering results across pages', async () => {
    const out = await consoleSession(['/quote speaker: Mark Zuckerberg', '/more', '/prev', '/prev']);
    const [first, second, back, edge] = out.split(/\n> /).slice(1);
    expect(first).toMatch(/^\d+ quotations by Mark Zuckerberg/);
    expect(first).toMatch(/… and \d+ more\. Type \/more for the next 5\./);
    expect(first).toMatch(/\n1\. “/);
    expect(second).toMatch(/\n6\. “/);
    expect(second).not.toMatch(/\n1\. “/);
    expect(back).toMatch(/\n1\. “/);
    expect(edge).toMatch(/^Already at the first results\./);
  });
});
