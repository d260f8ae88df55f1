import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../../src/cli/progress.js';

/** A stream that says it is (or is not) a terminal, collecting what is written to it. */
function stream(isTTY: boolean): NodeJS.WriteStream & { text: () => string } {
  const s = new PassThrough() as unknown as NodeJS.WriteStream & { text: () => string };
  let out = '';
  s.on('data', (d: Buffer) => (out += d.toString()));
  Object.assign(s, { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, text: () => out });
  return s;
}

describe('progress on a terminal', () => {
  it('draws a bar with counts and time left when the stream is a terminal', () => {
    const tty = stream(true);
    const p = terminalProgress(tty);
    for (let i = 0; i <= 40; i++) p.update(i, 40, 'Extracting');
    p.stop();
    expect(tty.text()).toMatch(/Extracting \[[█░]+\] 40\/40 \| 100% \| .+ left/);
  });

  it('writes plain lines at most every tenth of the way when it is not', () => {
    const log = stream(false);
    const p = terminalProgress(log);
    for (let i = 0; i <= 40; i++) p.update(i, 40, 'Extracting');
    p.stop();
    const lines = log.text().trim().split('\n');
    expect(lines[0]).toBe('Extracting: 0/40');
    expect(lines.at(-1)).toBe('Extracting: 40/40');
    expect(lines.length).toBe(11);
    expect(lines.slice(1, -1).every((l) => /^Extracting: \d+\/40, about \d+ s left$/.test(l))).toBe(true);
  });
});
