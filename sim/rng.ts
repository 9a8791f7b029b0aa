// Small deterministic helpers: a seeded PRNG and a string hash (FNV-1a), so that a seed always
// produces the same ISP, the same serials and the same radio environment.

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  /** Uniform in [0, 1) (mulberry32). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

/** A stable pseudo-random number in [0, 1) for a key (no state kept). */
export function unitHash(key: string): number {
  return hashString(key) / 4294967296;
}

export function hexOf(key: string, length: number): string {
  let out = '';
  let i = 0;
  while (out.length < length) out += hashString(`${key}#${i++}`).toString(16).padStart(8, '0');
  return out.slice(0, length).toUpperCase();
}
