/**
 * Growable typed arrays: one number per record at 1, 4 or 8 bytes, where a JS array of numbers
 * costs 8–16 and an object per record far more. The duplicate index keeps its per-body data in
 * them; threading a mailbox of two million messages keeps a few numbers for each.
 */
type TypedArray = Int32Array | Uint32Array | Float64Array | Uint8Array;

/** Doubles a typed array until it holds `needed` elements. */
export function grow<T extends TypedArray>(array: T, needed: number, make: (n: number) => T): T {
  if (needed <= array.length) return array;
  let capacity = Math.max(1, array.length * 2);
  while (capacity < needed) capacity *= 2;
  const grown = make(capacity);
  grown.set(array);
  return grown;
}

/** A typed array that grows as numbers are pushed. */
export class Column<A extends TypedArray> {
  private data: A;
  length = 0;

  constructor(private readonly make: (size: number) => A) {
    this.data = make(1024);
  }

  push(value: number): number {
    this.data = grow(this.data, this.length + 1, this.make);
    this.data[this.length] = value;
    return this.length++;
  }

  at(index: number): number {
    if (index < 0 || index >= this.length) throw new RangeError(`no element ${index}`);
    return this.data[index]!;
  }

  set(index: number, value: number): void {
    if (index < 0 || index >= this.length) throw new RangeError(`no element ${index}`);
    this.data[index] = value;
  }
}

export const int32Column = (): Column<Int32Array> => new Column((size) => new Int32Array(size));
export const float64Column = (): Column<Float64Array> => new Column((size) => new Float64Array(size));
export const uint8Column = (): Column<Uint8Array> => new Column((size) => new Uint8Array(size));
