import { PassThrough } from 'node:stream';

/**
 * Starts reading `input` at once and holds what arrives until the console reads it. The index
 * takes seconds to open; a line or an end of input (Ctrl-D) typed meanwhile must not be lost,
 * and on a terminal an end of input read by nobody would leave the console waiting forever.
 */
export function readFromNow(input: NodeJS.ReadableStream): { input: PassThrough; release: () => void } {
  const held = new PassThrough();
  input.pipe(held);
  return {
    input: held,
    // Stop reading the terminal so the process can exit once the console is done.
    release: () => {
      input.unpipe(held);
      input.pause();
    },
  };
}
