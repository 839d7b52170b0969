/**
 * A map from string keys to non-negative integers that keeps 64-bit hashes of the keys, not the
 * keys: an open-addressing table of typed arrays, about 24 bytes a key. Threading two million
 * messages through a `Map` of their link keys cost about 290 bytes a message (the key strings,
 * V8's cons strings around them, the map's entries); this is what bounds an audit's memory.
 *
 * Two different keys share a hash with probability about n²/2⁶⁵: one in ten million for a
 * mailbox of two million messages. Such keys would count as one (two threads joined, or a
 * unique id taken for a repeat). Keys here come from mail headers, not from an adversary
 * with a reason to collide them.
 */
const EMPTY = -1;

export class KeyTable {
  private high = new Uint32Array(1024);
  private low = new Uint32Array(1024);
  private values = new Int32Array(1024).fill(EMPTY);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The value stored for `key`, or -1. */
  get(key: string): number {
    hash(key);
    return this.values[this.slotOf(hashHigh, hashLow)]!;
  }

  has(key: string): boolean {
    return this.get(key) !== EMPTY;
  }

  set(key: string, value: number): void {
    if (!(value >= 0 && value <= 0x7fffffff && Number.isInteger(value))) throw new RangeError(`KeyTable values are non-negative integers: ${value}`);
    if ((this.count + 1) * 2 > this.values.length) this.rehash(this.values.length * 2);
    hash(key);
    const slot = this.slotOf(hashHigh, hashLow);
    if (this.values[slot] === EMPTY) {
      this.count++;
      this.high[slot] = hashHigh;
      this.low[slot] = hashLow;
    }
    this.values[slot] = value;
  }

  /** The slot holding this hash, or the empty slot where it belongs (linear probing). */
  private slotOf(high: number, low: number): number {
    const mask = this.values.length - 1;
    let slot = low & mask;
    while (this.values[slot] !== EMPTY && (this.high[slot] !== high || this.low[slot] !== low)) slot = (slot + 1) & mask;
    return slot;
  }

  private rehash(capacity: number): void {
    const { high, low, values } = this;
    this.high = new Uint32Array(capacity);
    this.low = new Uint32Array(capacity);
    this.values = new Int32Array(capacity).fill(EMPTY);
    for (let old = 0; old < values.length; old++) {
      if (values[old] === EMPTY) continue;
      const slot = this.slotOf(high[old]!, low[old]!);
      this.high[slot] = high[old]!;
      this.low[slot] = low[old]!;
      this.values[slot] = values[old]!;
    }
  }
}

// The last hash, as two 32-bit halves (module state rather than an array per call).
let hashHigh = 0;
let hashLow = 0;

/** cyrb53's two multiply-xorshift lanes, both kept: 64 bits of a UTF-16 string. */
function hash(key: string): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  hashHigh = h2 >>> 0;
  hashLow = h1 >>> 0;
}
