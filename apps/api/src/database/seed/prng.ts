/**
 * A small, fast, seedable pseudo-random generator for the demo-data seeder (sfc32, 128-bit
 * state). Every case, debtor and fixture draws from its own stream, keyed by (seed, stream,
 * index), so a case looks the same whatever the batch size and however many cases precede it.
 * Not for anything secret.
 */

/** Murmur3's 32-bit finaliser: a good avalanche for building seeds from small integers. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream: number, index: number) {
    this.a = fmix32((seed ^ 0x9e3779b9) >>> 0);
    this.b = fmix32((Math.imul(stream + 1, 0x7feb352d) ^ this.a) >>> 0);
    this.c = fmix32((Math.imul(index + 1, 0x846ca68b) ^ this.b) >>> 0);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Next unsigned 32-bit integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next() / 4294967296;
  }

  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)]!;
  }

  /** Index chosen with the given (non-negative, not all zero) weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i]!;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  /** Exponentially distributed with the given mean. */
  exponential(mean: number): number {
    return -Math.log(1 - this.float()) * mean;
  }

  /** A random (version 4 layout) UUID drawn from this stream: stable for a fixed seed. */
  uuid(): string {
    const w0 = this.next();
    const w1 = (this.next() & 0xffff0fff) | 0x00004000; // version 4
    const w2 = (this.next() & 0x3fffffff) | 0x80000000; // RFC 4122 variant
    const w3 = this.next();
    const b = (w: number, shift: number): string => HEX[(w >>> shift) & 0xff]!;
    return (
      b(w0, 24) + b(w0, 16) + b(w0, 8) + b(w0, 0) + '-' +
      b(w1, 24) + b(w1, 16) + '-' + b(w1, 8) + b(w1, 0) + '-' +
      b(w2, 24) + b(w2, 16) + '-' + b(w2, 8) + b(w2, 0) +
      b(w3, 24) + b(w3, 16) + b(w3, 8) + b(w3, 0)
    );
  }
}
