import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll } from 'vitest';
import { closeImporter } from '../../src/corpus/import/index.js';

/**
 * A small local news site for import tests: pages of our own writing shaped like real outlets'
 * (JSON-LD + OpenGraph, OpenGraph only, <time> + dateline, dateline only, heavy boilerplate),
 * PDFs, RSS and Atom feeds, and the awkward answers the importer must refuse. Listens on
 * 127.0.0.1 on a free port; nothing reaches the internet.
 */
export interface NewsSite {
  /** `http://127.0.0.1:<port>` */
  base: string;
  url(path: string): string;
  /** Every request the site received, in order. */
  requests: { path: string; userAgent?: string }[];
  close(): Promise<void>;
}

/** What each article page says, for tests to compare against. */
export const STORIES = {
  jsonLd: {
    path: '/news/harbour-barrier',
    title: 'Larkford council approves harbour flood barrier',
    date: '2024-03-14',
    outlet: 'The Larkford Courier',
    author: 'Maya Okafor',
    quote: 'We cannot keep bailing out the high street every winter',
    speaker: 'Tomas Brandt',
  },
  openGraph: {
    path: '/culture/library-reopens',
    title: 'Eastgate library reopens after two-year refit',
    date: '2023-11-02',
    outlet: 'Northern Ledger',
    author: 'Priya Raman',
    quote: 'I have been coming here since I was six, and it has never looked better',
    speaker: 'Alma Quist',
  },
  timeAndDateline: {
    path: '/local/bridge-repairs',
    title: 'Millbrook bridge to close for six weeks',
    /** The <time> element's day; the dateline above the story says June 8. */
    date: '2022-06-09',
    author: 'Ellis Carver',
    quote: 'The parapets are the only thing between a skidding lorry and the river',
    speaker: 'Ruth Obi',
  },
  datelineOnly: {
    path: '/wire/ferry-strike',
    date: '2021-10-03',
    quote: 'Tired crews make mistakes at sea',
    speaker: 'Bram Tellis',
  },
  boilerplate: {
    path: '/politics/budget-vote',
    title: 'Budget vote delayed as councillors clash over bus fares',
    date: '2024-02-20',
    outlet: 'Valley Herald',
    author: 'Dana Whitlock',
    quote: 'I will not vote for a budget that leaves people stuck at home',
    speaker: 'Rhea Mandel',
    /** Text around the article (related stories, promos, comments, newsletter, footer) that must not reach it. */
    furniture: [
      'We were misled',
      'enough is enough',
      'Worst roads in the county',
      'Buses are a lifeline',
      'The only email I open before coffee',
      "couldn't run a bath",
      'We have heard it all before',
      'It came up to the windows',
      'We will be back bigger next year',
      'Independent since 1887',
      'Share on Facebook',
      'Advertisement',
      'We use cookies',
      'Related stories',
      'Politics reporter',
      '“Stuck at home”',
      'Photo: Valley Herald',
    ],
  },
  /** A blogging platform's markup: entry-meta, sharing and related-posts widgets, comments, widgets. */
  blog: {
    path: '/2023/08/allotment-waiting-list',
    title: 'Allotment waiting list hits 400',
    date: '2023-08-30',
    outlet: 'Ashby Weekly',
    author: 'Corin Bale',
    quote: 'Half a plot is better than no plot at all',
    speaker: 'Wen Holloway',
    furniture: [
      'Skip to content',
      'Share this',
      'Bring what you can',
      'I applied in 2012',
      'Leave a Reply',
      'Village fete raises',
      'Proudly powered',
      'Posted on',
    ],
  },
  /** An old table layout inside one page-wide <form>, in windows-1252 named only by its <meta>. */
  legacy: {
    path: '/story.aspx',
    title: 'Ward by-election set for November',
    date: '2021-10-15',
    outlet: 'Lenn Valley Times',
    quote: '“Anyone on the roll in the district can stand,” she said.',
    speaker: 'Gita Marsh',
    furniture: ['I saw the whole thing', 'Most viewed', '15 October 2021\n'],
  },
  pdf: {
    path: '/reports/flood-review.pdf',
    title: 'Flood review: what went wrong in Larkford',
    date: '2024-04-02',
    author: 'Larkford Review Panel',
    quote: 'The warnings were there, and nobody read them',
    speaker: 'Hana Ostrowski',
  },
} as const;

export const PATHS = {
  sectionFront: '/politics',
  redirectChain: '/go/1',
  redirectLoop: '/loop/0',
  scannedPdf: '/reports/scanned.pdf',
  fakePdf: '/reports/not-really.pdf',
  rss: '/feeds/latest.rss',
  atom: '/feeds/latest.atom',
  slowHeaders: '/slow',
  slowBody: '/slow-body',
  huge: '/huge',
  hugeDeclared: '/huge-declared',
  gzipBomb: '/huge-gzip',
  image: '/photo.jpg',
  json: '/api/stories.json',
  sitemap: '/sitemap.xml',
  missing: '/gone',
  toPrivate: '/to-private',
  untyped: '/untyped',
  pageAsText: '/mis-typed',
  latin1Feed: '/feeds/regional.rss',
} as const;

/** Redirects from PATHS.redirectChain to STORIES.jsonLd. */
export const REDIRECT_HOPS = 3;

const PAGES: Record<string, string> = {
  [STORIES.jsonLd.path]: 'harbour-barrier.html',
  [STORIES.openGraph.path]: 'library-reopens.html',
  [STORIES.timeAndDateline.path]: 'bridge-repairs.html',
  [STORIES.datelineOnly.path]: 'ferry-strike.html',
  [STORIES.boilerplate.path]: 'budget-vote.html',
  [STORIES.blog.path]: 'allotments-blog.html',
  [PATHS.sectionFront]: 'section-front.html',
};

function page(file: string): string {
  return readFileSync(new URL(`../fixtures/pages/${file}`, import.meta.url), 'utf8');
}

/** A feed fixture with the site's address filled in (feeds list absolute links). */
function feed(file: string, base: string): string {
  return page(file).replaceAll('{{base}}', base);
}

const HUGE_BYTES = 6 * 1024 * 1024;

/** The site for the whole test file: started before its tests; after them it closes, with the importer's reading worker. */
export function useNewsSite(): NewsSite {
  const site = {} as NewsSite;
  beforeAll(async () => {
    Object.assign(site, await startNewsSite());
  });
  afterAll(async () => {
    await site.close?.();
    await closeImporter();
  });
  return site;
}

export async function startNewsSite(): Promise<NewsSite> {
  const pdfs = { report: await reportPdf(), scanned: await scannedPdf() };
  const requests: NewsSite['requests'] = [];
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void): void => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };
  let base = '';
  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://site').pathname;
    requests.push({ path, userAgent: req.headers['user-agent'] });
    const send = (status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    // Served as bytes with no charset in the header: the page's <meta> says windows-1252.
    if (path === STORIES.legacy.path) return send(200, 'text/html', readFileSync(new URL('../fixtures/pages/ward-election.html', import.meta.url)));
    if (PAGES[path]) return send(200, 'text/html; charset=utf-8', page(PAGES[path]));
    const hop = /^\/go\/(\d)$/.exec(path);
    if (hop) {
      const n = Number(hop[1]);
      // Relative and absolute Location headers, as real redirect chains mix them.
      const next = n < REDIRECT_HOPS ? `/go/${n + 1}` : `${base}${STORIES.jsonLd.path}`;
      res.writeHead(n % 2 ? 301 : 302, { location: next });
      return res.end();
    }
    const loop = /^\/loop\/(\d+)$/.exec(path);
    if (loop) {
      res.writeHead(302, { location: `/loop/${Number(loop[1]) + 1}` });
      return res.end();
    }
    switch (path) {
      case STORIES.pdf.path:
        return send(200, 'application/pdf', pdfs.report);
      case PATHS.scannedPdf:
        return send(200, 'application/pdf', pdfs.scanned);
      case PATHS.fakePdf:
        return send(200, 'application/pdf', '<!doctype html><html><body><p>Error: report not found</p></body></html>');
      case PATHS.rss:
        return send(200, 'application/rss+xml; charset=utf-8', feed('latest.rss', base));
      case PATHS.atom:
        return send(200, 'application/atom+xml', feed('latest.atom', base));
      case PATHS.slowHeaders:
        return later(5000, () => send(200, 'text/html', page('harbour-barrier.html')));
      case PATHS.slowBody:
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<!doctype html><html><body><p>The first paragraph arrives, and then nothing more');
        return later(5000, () => res.end('.</p></body></html>'));
      case PATHS.huge:
        return streamHuge(res);
      case PATHS.hugeDeclared:
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(HUGE_BYTES) });
        return streamHuge(res, false);
      case PATHS.gzipBomb:
        return send(200, 'text/html', gzipSync(Buffer.alloc(HUGE_BYTES, ' ')), { 'content-encoding': 'gzip' });
      case PATHS.image:
        return send(200, 'image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]));
      case PATHS.sitemap:
        return send(200, 'application/xml', `<?xml version="1.0"?><urlset><url><loc>${base}${STORIES.jsonLd.path}</loc></url></urlset>`);
      case PATHS.json:
        return send(200, 'application/json', '{"stories": []}');
      case PATHS.toPrivate:
        res.writeHead(302, { location: 'http://10.20.30.40/admin/news' });
        return res.end();
      case PATHS.pageAsText:
        return send(200, 'text/plain', page('library-reopens.html'));
      case PATHS.latin1Feed:
        // An older regional feed in ISO-8859-1, named only by its XML declaration.
        return send(200, 'application/xml', Buffer.from(feed('regional.rss', base), 'latin1'));
      case PATHS.untyped:
        res.writeHead(200);
        return res.end(page('library-reopens.html'));
      default:
        return send(404, 'text/html', '<!doctype html><html><body><h1>Page not found</h1></body></html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (path) => `${base}${path}`,
    requests,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** 6 MB of HTML in 64 KB chunks, without a Content-Length unless the caller set one. */
function streamHuge(res: ServerResponse, writeHead = true): void {
  if (writeHead) res.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const pump = (): void => {
    while (sent < HUGE_BYTES && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('error', () => {});
  pump();
}

/** A two-page report with a real text layer, written the way a council or agency publishes one. */
async function reportPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(STORIES.pdf.title);
  doc.setAuthor(STORIES.pdf.author);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages: string[][][] = [
    [
      [
        'LARKFORD, April 2, 2024 — An independent review of last winter’s floods found that the',
        'town’s warning system worked but that its alerts were ignored at every level.',
      ],
      [
        '“The warnings were there, and nobody read them,” said panel chair Hana Ostrowski.',
        'The panel found that three alerts reached the council’s duty officer overnight.',
      ],
    ],
    [
      [
        'The review makes eleven recommendations, including a second duty officer and a',
        'text alert for every household within two hundred metres of the river.',
      ],
    ],
  ];
  for (const paragraphs of pages) {
    const page = doc.addPage([595, 842]);
    let y = 780;
    for (const lines of paragraphs) {
      for (const line of lines) {
        page.drawText(line, { x: 56, y, size: 11, font });
        y -= 15;
      }
      y -= 15;
    }
  }
  return doc.save();
}

/** A "scan": a page with shapes and no text, as a photocopied page with no OCR has. */
async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  for (let i = 0; i < 20; i++) page.drawRectangle({ x: 56, y: 780 - i * 30, width: 480, height: 12, opacity: 0.4 });
  return doc.save();
}
