/** A progress line on stderr, stamped with the UTC time of day: long runs are read beside the machine's load. */
export function log(msg: string): void {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
}
