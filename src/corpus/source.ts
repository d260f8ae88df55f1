import type { Corpus } from '../model/article.js';
import { loadCorpus } from './load.js';
import type { FolderCorpus } from './stamps.js';

/**
 * Where the articles come from. The service only asks for the articles as they are now; how a
 * source notices what changed (file stamps, feed ids) stays inside it. A folder is the first
 * source; links, attachments and feeds plug in here (issue 15).
 */
export interface CorpusSource {
  /** Every article as it is now; bad items become warnings, an unusable source throws (CorpusError). */
  load(): Promise<Corpus>;
}

/** The corpus folder (`SEEDS_DIR`): a reload re-reads only files whose stamps changed since the last. */
export class FolderSource implements CorpusSource {
  private last: FolderCorpus | undefined;

  constructor(
    readonly dir: string,
    private readonly options: { maxBytes?: number } = {},
  ) {}

  async load(): Promise<Corpus> {
    const corpus = await loadCorpus(this.dir, { maxBytes: this.options.maxBytes, previous: this.last });
    this.last = corpus;
    return corpus;
  }
}
