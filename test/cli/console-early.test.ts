import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readFromNow } from '../../src/console/early.js';
import { runConsole } from '../../src/console/console.js';
import { CoverageService } from '../../src/service/coverage.js';
import { tempCorpus } from '../helpers/corpus.js';

const HARBOUR = 'Harbour plan approved\n\n"We will rebuild the harbour before winter," Mayor Ana Ruiz said on Tuesday.\n';

class Screen extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

describe('input typed while the index opens', () => {
  it('is held, answered once the console starts, and its end of input ends the console', async () => {
    const keyboard = new PassThrough();
    const typed = readFromNow(keyboard);
    // Typed, then Ctrl-D, all before the index is open.
    keyboard.end('/whosaid rebuild the harbour\n');
    const corpus = await tempCorpus({ 'harbour.txt': HARBOUR });
    const service = await CoverageService.open({ seedsDir: corpus.dir, indexPath: null });
    const screen = new Screen();
    await runConsole({ service, input: typed.input, output: screen });
    typed.release();
    await service.close();
    await corpus.cleanup();
    expect(screen.text).toContain('Ana Ruiz');
  }, 20_000);

  it('stops reading the source when released, so the process can exit', () => {
    const keyboard = new PassThrough();
    const typed = readFromNow(keyboard);
    typed.release();
    expect(keyboard.isPaused()).toBe(true);
    expect(keyboard.listenerCount('data')).toBe(0);
  });
});
