import cliProgress from 'cli-progress';

/** Where a long job reports n of N: a bar on a terminal, log lines anywhere else. */
export interface Progress {
  /** `done` of `total` items of what `label` names. */
  update(done: number, total: number, label: string): void;
  /** A step without a count ("fetching …"). */
  note(line: string): void;
  stop(): void;
}

/**
 * A bar with counts and time left (cli-progress) when `stream` is a terminal; otherwise a plain
 * line at the start, every tenth of the way and at the end, so a log file stays readable.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? new BarProgress(stream) : new LineProgress(stream);
}

class BarProgress implements Progress {
  private bar: cliProgress.SingleBar | null = null;
  private total = 0;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(done: number, total: number, label: string): void {
    if (!this.bar || total !== this.total) {
      this.bar?.stop();
      this.total = total;
      this.bar = new cliProgress.SingleBar(
        { stream: this.stream, format: `${label} [{bar}] {value}/{total} | {percentage}% | {eta_formatted} left`, hideCursor: true, etaBuffer: 20 },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(total, done);
      return;
    }
    this.bar.update(done);
  }

  note(line: string): void {
    this.stop();
    this.stream.write(`${line}\n`);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}

class LineProgress implements Progress {
  private lastTenth = -1;
  private started = Date.now();

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(done: number, total: number, label: string): void {
    if (done === 0) this.started = Date.now();
    const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
    if (tenth === this.lastTenth && done !== total) return;
    this.lastTenth = tenth;
    const left = done > 0 && done < total ? `, about ${Math.ceil((((Date.now() - this.started) / done) * (total - done)) / 1000)} s left` : '';
    this.stream.write(`${label}: ${done}/${total}${left}\n`);
    if (done === total) this.lastTenth = -1;
  }

  note(line: string): void {
    this.stream.write(`${line}\n`);
  }

  stop(): void {}
}
