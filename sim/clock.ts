// Simulated time. `timeScale` simulated seconds pass per real second, so a 60 s reboot takes one
// real second at the default scale of 60. All delays inside the simulation go through here.

export interface SimClockOptions {
  timeScale?: number;
  /** Simulated time at the start, ms since the epoch (default: the real time now). */
  startAt?: number;
}

export class SimClock {
  readonly timeScale: number;
  private readonly realStart = Date.now();
  private readonly simStart: number;

  constructor(opts: SimClockOptions = {}) {
    this.timeScale = opts.timeScale ?? 60;
    if (!(this.timeScale > 0)) throw new Error('timeScale must be > 0');
    this.simStart = opts.startAt ?? this.realStart;
  }

  /** Simulated now, ms since the epoch. */
  now(): number {
    return this.simStart + (Date.now() - this.realStart) * this.timeScale;
  }

  iso(at = this.now()): string {
    return new Date(at).toISOString();
  }

  /** Real milliseconds that correspond to `simSeconds` of simulated time. */
  realMs(simSeconds: number): number {
    return Math.max(0, (simSeconds * 1000) / this.timeScale);
  }

  /** Runs `fn` after `simSeconds` of simulated time. */
  after(simSeconds: number, fn: () => void): NodeJS.Timeout {
    return setTimeout(fn, this.realMs(simSeconds));
  }
}
