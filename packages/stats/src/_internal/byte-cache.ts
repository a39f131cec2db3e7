// Interning of a field's bytes: a string-valued function computed once per distinct byte string,
// so the CSV hot loop decodes no text for the codes it has already seen.
const decoder = new TextDecoder("utf-8");

/** Caches a string-valued function of a field's bytes (interning): no decoding per row. */
export class ByteCache {
  private slots = new Int32Array(1024).fill(-1);
  private mask = 1023;
  private offsets: number[] = [];
  private lengths: number[] = [];
  private hashes: number[] = [];
  private values: number[] = [];
  private pool = new Uint8Array(4096);
  private used = 0;

  constructor(private readonly compute: (text: string) => number) {}

  get(b: Uint8Array, s: number, e: number): number {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ (b[i] as number), 0x01000193);
    let slot = (h ^ (h >>> 16)) & this.mask;
    const len = e - s;
    for (;;) {
      const k = this.slots[slot] as number;
      if (k === -1) break;
      if (this.hashes[k] === h && this.lengths[k] === len) {
        const off = this.offsets[k] as number;
        let same = true;
        for (let i = 0; i < len; i++) {
          if (this.pool[off + i] !== b[s + i]) {
            same = false;
            break;
          }
        }
        if (same) return this.values[k] as number;
      }
      slot = (slot + 1) & this.mask;
    }
    const value = this.compute(decoder.decode(b.subarray(s, e))); // may throw RowError: nothing cached
    if (this.used + len > this.pool.length) {
      const grown = new Uint8Array(Math.max(this.pool.length * 2, this.used + len));
      grown.set(this.pool);
      this.pool = grown;
    }
    this.pool.set(b.subarray(s, e), this.used);
    const k = this.values.length;
    this.offsets.push(this.used);
    this.lengths.push(len);
    this.hashes.push(h);
    this.values.push(value);
    this.used += len;
    this.slots[slot] = k;
    if (k * 2 > this.mask) this.rehash();
    return value;
  }

  private rehash(): void {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let k = 0; k < this.values.length; k++) {
      const h = this.hashes[k] as number;
      let slot = (h ^ (h >>> 16)) & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = k;
    }
  }
}
