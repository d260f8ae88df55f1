import type { FeedItem, FetchPolicy, ImportedArticle, ImportInput } from './types.js';
import { ImportRefused } from './types.js';

export * from './types.js';

// Interface first so the faces can be written against it; the bodies land in the next commits.
export async function importArticle(_input: ImportInput, _policy: FetchPolicy): Promise<ImportedArticle> {
  throw new ImportRefused('Importing is not implemented yet.', 'unreadable');
}

export async function readFeed(_url: string, _policy: FetchPolicy): Promise<FeedItem[]> {
  throw new ImportRefused('Reading feeds is not implemented yet.', 'unreadable');
}

export function defaultPolicy(env: NodeJS.ProcessEnv = process.env): FetchPolicy {
  return {
    allowPrivate: env.FETCH_ALLOW_PRIVATE?.trim().toLowerCase() === 'true',
    maxBytes: 5 * 1024 * 1024,
    timeoutMs: 15_000,
    maxRedirects: 5,
    userAgent: 'coverage-bot/0.1 (+news quotation bot)',
  };
}
