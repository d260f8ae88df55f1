import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { ANY_ADDRESS, type AddressRule, guardedLookup, isPublicAddress, literalAddress, PrivateAddressError } from './address.js';
import { kindOfType, type MediaKind, type MediaType, parseContentType } from './media.js';
import { type FetchPolicy, ImportRefused } from './types.js';

export interface Fetched {
  /** The address finally answered, after redirects. */
  url: string;
  bytes: Uint8Array;
  /** The declared media type; undefined when the server sent none. */
  type?: MediaType;
  /** The kind the declared type stands for (undefined when none was declared). */
  kind?: MediaKind;
  /** Every address redirected from, in order. */
  redirects: string[];
}

const ACCEPT: Record<MediaKind, string> = {
  html: 'text/html, application/xhtml+xml',
  text: 'text/plain, text/markdown',
  pdf: 'application/pdf',
  feed: 'application/rss+xml, application/atom+xml, application/xml, text/xml',
};

/**
 * GET an untrusted address under `policy`: http(s) only, every hop's addresses public (unless
 * allowed), redirects followed by hand up to the limit, one deadline for the whole exchange, and
 * the body cut off at the size limit while it streams (after decompression, so a small gzip bomb
 * is stopped too). `rule` overrides which addresses may be reached (tests use it to make one
 * loopback address stand for a public site). Refusals are ImportRefused with a reason a moderator can act on.
 */
export async function safeFetch(url: string, policy: FetchPolicy, accept: readonly MediaKind[], rule?: AddressRule): Promise<Fetched> {
  const allowed = rule ?? (policy.allowPrivate ? ANY_ADDRESS : isPublicAddress);
  const deadline = AbortSignal.timeout(policy.timeoutMs);
  const redirects: string[] = [];
  let current = parseUrl(url);
  for (;;) {
    const response = await request(current, policy, accept, deadline, allowed);
    const location = response.statusCode && response.statusCode >= 300 && response.statusCode < 400 ? response.headers.location : undefined;
    if (location) {
      response.resume();
      if (redirects.length >= policy.maxRedirects)
        throw new ImportRefused(`${shown(url)} redirects more than ${policy.maxRedirects} times; giving up.`, 'too-many-redirects');
      redirects.push(current.href);
      current = parseUrl(location, current);
      continue;
    }
    return { ...(await readResponse(response, current, policy, accept, deadline)), redirects };
  }
}

function parseUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new ImportRefused(`"${shown(raw)}" is not a web address.`, 'scheme');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ImportRefused(`Only http and https links can be added; ${shown(url.href)} uses ${url.protocol.replace(/:$/, '')}.`, 'scheme');
  return url;
}

function request(url: URL, policy: FetchPolicy, accept: readonly MediaKind[], deadline: AbortSignal, allowed: AddressRule): Promise<IncomingMessage> {
  const literal = literalAddress(url.hostname);
  if (literal && !allowed(literal)) return Promise.reject(privateRefusal(url, literal));
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, {
      // A fresh connection each time: a pooled socket was checked under whatever policy opened it.
      agent: false,
      signal: deadline,
      lookup: guardedLookup(allowed),
      headers: {
        'user-agent': policy.userAgent,
        accept: `${accept.map((k) => ACCEPT[k]).join(', ')};q=1, */*;q=0.1`,
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    req.once('response', resolve);
    req.once('error', (err) => reject(refusalFor(err, url, policy)));
  });
}

async function readResponse(
  response: IncomingMessage,
  url: URL,
  policy: FetchPolicy,
  accept: readonly MediaKind[],
  deadline: AbortSignal,
): Promise<Omit<Fetched, 'redirects'>> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    response.resume();
    throw new ImportRefused(`${shown(url.href)} answered HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}.`, 'http-status');
  }
  const type = parseContentType(response.headers['content-type']);
  const kind = type && kindOfType(type);
  if (type && (!kind || !accept.includes(kind))) {
    response.resume();
    throw new ImportRefused(`${shown(url.href)} is ${type.essence}, not ${describe(accept)}.`, 'content-type');
  }
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > policy.maxBytes) {
    response.destroy();
    throw tooLarge(url, policy, `${formatMb(declared)}`);
  }
  const bytes = await readCapped(decoded(response), url, policy, deadline);
  return { url: url.href, bytes, type, kind };
}

function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const inflate =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : null;
  if (!inflate) return response;
  response.on('error', (err) => inflate.destroy(err));
  return response.pipe(inflate);
}

async function readCapped(body: Readable, url: URL, policy: FetchPolicy, deadline: AbortSignal): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      const buf = chunk as Buffer;
      total += buf.length;
      if (total > policy.maxBytes) {
        body.destroy();
        throw tooLarge(url, policy, `over ${formatMb(policy.maxBytes)}`);
      }
      chunks.push(buf);
    }
  } catch (err) {
    if (err instanceof ImportRefused) throw err;
    throw refusalFor(deadline.aborted ? deadline.reason : err, url, policy);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

function refusalFor(err: unknown, url: URL, policy: FetchPolicy): ImportRefused {
  if (err instanceof ImportRefused) return err;
  const e = err as NodeJS.ErrnoException;
  if (e instanceof PrivateAddressError) return privateRefusal(url, e.address);
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError')
    return new ImportRefused(`${shown(url.href)} took longer than ${policy.timeoutMs / 1000} s to answer; giving up.`, 'timeout');
  if (e?.code === 'ENOTFOUND' || e?.code === 'EAI_AGAIN') return new ImportRefused(`No such site: ${url.hostname} could not be found.`, 'unreadable');
  if (e?.code === 'ECONNREFUSED') return new ImportRefused(`${url.host} refused the connection.`, 'unreadable');
  return new ImportRefused(`${shown(url.href)} could not be read (${e?.code ?? e?.message ?? 'network error'}).`, 'unreadable');
}

function privateRefusal(url: URL, address: string): ImportRefused {
  return new ImportRefused(
    `${url.hostname} is ${literalAddress(url.hostname) ? '' : `at ${address}, `}a private or local address; links may only point to public sites (an operator can set FETCH_ALLOW_PRIVATE=true for an intranet).`,
    'private-address',
  );
}

function tooLarge(url: URL, policy: FetchPolicy, size: string): ImportRefused {
  return new ImportRefused(`${shown(url.href)} is too large (${size}; the limit is ${formatMb(policy.maxBytes)}).`, 'too-large');
}

function describe(accept: readonly MediaKind[]): string {
  const names: Record<MediaKind, string> = { html: 'a web page', text: 'text', pdf: 'a PDF', feed: 'an RSS or Atom feed' };
  const list = accept.map((k) => names[k]);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list.at(-1)}` : (list[0] ?? 'a readable document');
}

export function formatMb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** A URL as shown in a message: long ones shortened so a refusal stays readable. */
export function shown(url: string): string {
  return url.length > 120 ? `${url.slice(0, 119)}…` : url;
}
