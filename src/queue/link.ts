import { mergeEntities } from '../link/speakers.js';
import type { CoverageStore } from '../store/store.js';

export type QueueLog = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

/**
 * Corpus-wide speaker linking for a settled version, run once by the process that claimed it
 * (see CoverageStore.settleArticle); then the version is complete and announced. A failure marks
 * the version failed: replicas keep answering from the previous one.
 */
export async function linkVersion(store: CoverageStore, version: number, log?: QueueLog): Promise<void> {
  const started = Date.now();
  try {
    const data = await store.loadVersion(version);
    // Never announce an empty index: replicas would switch to it and answer nothing.
    if (data.articles.length === 0)
      throw new Error(`no article of index version ${version} could be extracted (${data.warnings.at(-1)?.reason ?? 'no reason given'})`);
    await fillQuoteLeads(store, version, log);
    const merged = mergeEntities(data.parts);
    const failed = data.warnings.filter((w) => w.reason.startsWith('extraction failed')).length;
    const counts = { articles: data.articles.length, quotes: merged.quotes.length, facts: merged.facts.length, speakers: merged.entities.length, failed };
    await store.completeVersion(version, merged.entities, counts, { parts: data.parts, merged });
    log?.('info', 'index version complete', { version, ...counts, linkMs: Date.now() - started });
  } catch (err) {
    const message = (err as Error).message;
    log?.('error', 'linking the index version failed; replicas keep the previous version', { version, error: message });
    await store.failVersion(version, message).catch(() => undefined);
  }
}

/**
 * Quotations this version reuses from before their sentence before was stored are given it, so
 * that /quote is bounded on the version (src/replica/batched.ts). A failure only leaves /quote
 * unbounded there: the version is still completed.
 */
async function fillQuoteLeads(store: CoverageStore, version: number, log?: QueueLog): Promise<void> {
  try {
    const filled = await store.fillQuoteLeads(version);
    if (filled.quotes > 0)
      log?.('info', 'quotations written before their sentence before was stored now have it', {
        version,
        quotes: filled.quotes,
        articles: filled.articles,
        ms: Math.round(filled.ms),
      });
  } catch (err) {
    log?.('warn', 'could not fill the sentence before of older quotations; /quote is answered unbounded on this version', {
      version,
      error: (err as Error).message,
    });
  }
}
