/**
 * When to restart a crashed language server: up to `maxRestarts` crashes within `windowMs`, then
 * stop for good. The user hears about the first restart and about giving up, nothing in between.
 */
export type CrashDecision =
  | { action: 'restart'; announce: boolean }
  | { action: 'giveUp'; crashes: number };

export class RestartPolicy {
  private crashTimes: number[] = [];
  private announced = false;

  constructor(
    readonly maxRestarts: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  onCrash(): CrashDecision {
    const time = this.now();
    this.crashTimes = this.crashTimes.filter((t) => time - t < this.windowMs);
    this.crashTimes.push(time);
    if (this.crashTimes.length > this.maxRestarts) {
      return { action: 'giveUp', crashes: this.crashTimes.length };
    }
    const announce = !this.announced;
    this.announced = true;
    return { action: 'restart', announce };
  }

  /** After a restart the user asked for, crashes count from zero and the next one is announced again. */
  reset(): void {
    this.crashTimes = [];
    this.announced = false;
  }
}
