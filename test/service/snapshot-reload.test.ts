import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { CoverageService } from '../../src/service/coverage.js';
import { tempCorpus } from '../helpers/corpus.js';

// A snapshot the bot wrote must load on the next start, whatever the article's last bytes are.
const LF = readFileSync(new URL('../fixtures/articles/harbour-fund.txt', import.meta.url), 'utf8');
const ENDINGS: Record<string, string> = {
  'ends in a quoted sentence with no final newline': LF.replace(/\n+$/, ''),
  'uses CRLF and no final newline': LF.replace(/\n/g, '\r\n').replace(/\r\n$/, ''),
  'uses bare CR line breaks': LF.replace(/\n/g, '\r'),
};

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function folderWith(text: string): Promise<{ seedsDir: string; indexPath: string }> {
  const c = await tempCorpus({ 'harbour-fund.txt': text });
  cleanups.push(c.cleanup);
  return { seedsDir: c.dir, indexPath: path.join(path.dirname(c.dir), 'data', 'index.snapshot') };
}

describe('a snapshot read back on the next start', () => {
  for (const [shape, text] of Object.entries(ENDINGS)) {
    it(`loads and answers as before when the article ${shape}`, async () => {
      const options = await folderWith(text);
      const notices: string[] = [];
      const log = (level: string, msg: string): void => void (level !== 'info' && notices.push(msg));
      const first = await CoverageService.open({ ...options, log });
      const asked = first.ask('how much will the sea wall cost?');
      expect(asked.answer).toContain('$12 million');
      const said = first.whosaid('a floor, not a ceiling');
      expect(said.answer).toBe('Ana Ruiz');
      await first.drain();

      const second = await CoverageService.open({ ...options, log });
      expect(second.startNotice).toBeUndefined();
      expect(second.ask('how much will the sea wall cost?')).toEqual(asked);
      expect(second.whosaid('a floor, not a ceiling')).toEqual(said);
      expect(notices).toEqual([]);
    });
  }
});
