import { findDateline, findTitle, shorten } from '../title.js';
import { ImportRefused } from './types.js';

export interface PdfArticle {
  text: string;
  title: string;
  author?: string;
  date?: string;
  found: Record<string, string>;
}

interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

/** Fewer letters than this over the whole document: a scan or a picture, with no text to quote. */
const MIN_TEXT_CHARS = 40;

/**
 * The text layer of a PDF, through unpdf's build of PDF.js. Lines are rebuilt from the text
 * items' positions, and a vertical gap clearly wider than the usual line spacing starts a new
 * paragraph, so paragraphs come out as blank-line separated blocks like every other source.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfArticle> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes ownership of (detaches) the buffer it is given: pass a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (err) {
    const why = (err as Error)?.name === 'PasswordException' ? 'it is password-protected' : 'it is damaged or not a PDF';
    throw new ImportRefused(`The PDF cannot be read: ${why}.`, 'unreadable');
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(paragraphsOfPage(content.items.filter((i) => 'str' in i) as TextItem[]).join('\n\n'));
    }
    const text = pages.filter(Boolean).join('\n\n');
    if (text.replace(/\s/g, '').length < MIN_TEXT_CHARS)
      throw new ImportRefused('The PDF has no text layer (it is probably a scan); run it through OCR and add the result.', 'no-text-layer');
    const info = ((await pdf.getMetadata().catch(() => undefined))?.info ?? {}) as Record<string, unknown>;
    const found: Record<string, string> = {};
    const metaTitle = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    const title = metaTitle ?? findTitle(text, '');
    found.title = metaTitle ? 'pdf-info' : 'text';
    const author = typeof info.Author === 'string' && info.Author.trim() ? shorten(info.Author, 200) : undefined;
    if (author) found.author = 'pdf-info';
    // The file's CreationDate is when the PDF was made (a print or an export), not when the story ran.
    const date = findDateline(text) ?? undefined;
    if (date) found.date = 'dateline';
    return { text, title, author, date, found };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/** Groups a page's text items into lines by baseline, then lines into paragraphs by spacing. */
export function paragraphsOfPage(items: TextItem[]): string[] {
  const lines: { y: number; height: number; text: string }[] = [];
  for (const item of items) {
    const y = item.transform[5];
    const last = lines.at(-1);
    if (last && Math.abs(last.y - y) < Math.max(1, item.height * 0.3)) last.text += item.str;
    else if (item.str.trim() || last) lines.push({ y, height: item.height || 10, text: item.str });
    else continue;
  }
  const kept = lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text);
  const gaps = kept
    .slice(1)
    .map((l, i) => kept[i].y - l.y)
    .filter((g) => g > 0);
  const usual = median(gaps) ?? 0;
  const paragraphs: string[] = [];
  let current: string[] = [];
  kept.forEach((line, i) => {
    const gap = i > 0 ? kept[i - 1].y - line.y : 0;
    // A gap well over the usual spacing, or a jump up the page (a new column), ends a paragraph.
    if (i > 0 && (gap > usual * 1.5 || gap < 0)) {
      paragraphs.push(joinLines(current));
      current = [];
    }
    current.push(line.text);
  });
  if (current.length) paragraphs.push(joinLines(current));
  return paragraphs.filter(Boolean);
}

/** Lines of one paragraph. A line ending in a hyphen joins the next without a space, hyphen kept: "long-term" must stay. */
function joinLines(lines: string[]): string {
  return lines.reduce((acc, line) => (!acc ? line : /\w-$/.test(acc) ? acc + line : `${acc} ${line}`), '');
}

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
