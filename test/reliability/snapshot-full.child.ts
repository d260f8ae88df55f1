// Run by snapshot-full.test.ts under `ulimit -f` (SIGXFSZ ignored), so any write past the limit
// fails the way a full disk does. Prints one JSON line with what the service reported.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CoverageService } from '../../src/service/coverage.js';

const [seedsDir, indexPath] = process.argv.slice(2);
const service = await CoverageService.open({ seedsDir, indexPath });
await writeFile(path.join(seedsDir, 'late.txt'), 'Late edition\n\n"We reopen the ferry on Monday," harbour master Ines Vale said.\n');
const report = await service.reindex();
process.stdout.write(`${JSON.stringify({ ok: report.ok, notice: report.notice ?? null, articles: service.counts().articles })}\n`);
