/**
 * A progress line on a terminal's stderr for long runs: drawn from the start for many files, after
 * a second otherwise, at most ten times a second, and erased when the run ends.
 */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  update(done: number): void;
  finish(): void;
}

const MANY_FILES = 50;
const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 100;
const ERASE_LINE = '\r\x1b[K';

export function createProgress(
  stream: ProgressStream,
  total: number,
  label: (done: number, total: number) => string,
  now: () => number = Date.now,
): Progress {
  if (!stream.isTTY) return { update() {}, finish() {} };
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(done) {
      const time = now();
      const due = total > MANY_FILES || time - started >= SHOW_AFTER_MS;
      if (!due || time - lastDraw < REDRAW_EVERY_MS) return;
      lastDraw = time;
      drawn = true;
      stream.write(`${ERASE_LINE}${label(done, total)}`);
    },
    finish() {
      if (drawn) stream.write(ERASE_LINE);
    },
  };
}
