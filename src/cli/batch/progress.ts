import type { TextSink } from "../context.js";

/** Width of the bar, in characters. */
const BAR_WIDTH = 24;
/** Least time between two redraws of the bar, in milliseconds. */
const REDRAW_EVERY_MS = 80;

/**
 * Reports a batch as it goes, on standard error. On a terminal: one bar, redrawn in place
 * (`[#########---------]  812/2186  37%  4.1 s  12 failed`), with each error printed above it.
 * Elsewhere (a pipe, a file, CI logs): one plain line per document, `ok ga/A-RES-75-10.xml` or the
 * error line.
 */
export class Progress {
  private done = 0;
  private failed = 0;
  private lastDraw = 0;
  private readonly started: number;

  /**
   * @param sink - standard error
   * @param total - the number of documents
   * @param now - the clock, in milliseconds (a test can pass its own)
   */
  constructor(
    private readonly sink: TextSink,
    private readonly total: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /**
   * Reports one document.
   *
   * @param file - its name, as shown
   * @param errorLine - the error line when it failed
   */
  report(file: string, errorLine?: string): void {
    this.done++;
    if (errorLine !== undefined) this.failed++;
    if (!this.sink.isTTY) {
      this.sink.write(errorLine === undefined ? `ok ${file}\n` : `${errorLine}\n`);
      return;
    }
    if (errorLine !== undefined) this.sink.write(`\r\x1b[K${errorLine}\n`);
    const t = this.now();
    if (errorLine !== undefined || t - this.lastDraw >= REDRAW_EVERY_MS || this.done === this.total) {
      this.lastDraw = t;
      this.sink.write(`\r\x1b[K${this.bar(t)}`);
    }
  }

  /** Clears the bar, before the summary. */
  finish(): void {
    if (this.sink.isTTY) this.sink.write("\r\x1b[K");
  }

  private bar(t: number): string {
    const fraction = this.total === 0 ? 1 : this.done / this.total;
    const filled = Math.round(fraction * BAR_WIDTH);
    const seconds = ((t - this.started) / 1000).toFixed(1);
    const width = String(this.total).length;
    return (
      `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${String(this.done).padStart(width)}/${this.total}` +
      ` ${String(Math.floor(fraction * 100)).padStart(3)}%  ${seconds} s${this.failed > 0 ? `  ${this.failed} failed` : ""}`
    );
  }
}
