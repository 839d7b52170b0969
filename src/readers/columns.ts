/**
 * Growable typed-array columns: one number per record at 1, 4 or 8 bytes, where a JS array of
 * numbers costs 8–16 and an object per record far more. Threading a mailbox of two million
 * messages keeps a dozen such numbers for each.
 */
type TypedArray = Int32Array | Float64Array | Uint8Array;

export class Column<A extends TypedArray> {
  private data: A;
  length = 0;

  constructor(private readonly make: (size: number) => A) {
    this.data = make(1024);
  }

  push(value: number): number {
    if (this.length === this.data.length) {
      const grown = this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
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
