/**
 * Bytes to text in the charset a server or document names, UTF-8 when it names none or one that
 * is unknown. Node 20's TextDecoder decodes windows-1252 (and its aliases latin1, iso-8859-1,
 * ascii, as the web treats them) as plain ISO-8859-1, turning curly quotes and dashes into
 * invisible control characters, so that family is decoded here.
 */
export function decodeAs(bytes: Uint8Array, ...labels: (string | undefined)[]): string {
  for (const label of labels) {
    if (!label) continue;
    try {
      const decoder = new TextDecoder(label.trim());
      return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
    } catch {
      // An unknown label: try the next.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** windows-1252's 0x80–0x9F, where it differs from ISO-8859-1 (undefined bytes stay as they are). */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    let s = '';
    for (const b of part) s += b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : String.fromCharCode(b);
    out += s;
  }
  return out;
}
