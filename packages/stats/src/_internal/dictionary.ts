/** A string ↔ dense id dictionary (ids in first-seen order). */
export class Dictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  get size(): number {
    return this.values.length;
  }
}

/**
 * Open-addressing hash table from a tuple of small non-negative integers to a dense group index.
 * Tuples are stored flat in an Int32Array; no allocation per lookup.
 */
export class TupleTable {
  readonly width: number;
  tuples: Int32Array;
  count = 0;
  private slots: Int32Array;
  private mask: number;

  constructor(width: number, capacity = 64) {
    this.width = width;
    let size = 16;
    while (size < capacity * 2) size <<= 1;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.tuples = new Int32Array(Math.max(1, capacity * width));
  }

  /** Group index of `key` (length `width`), inserting it when new. */
  lookup(key: Int32Array): number {
    const w = this.width;
    let h = 0x811c9dc5;
    for (let i = 0; i < w; i++) h = Math.imul(h ^ (key[i] as number), 0x01000193);
    h ^= h >>> 15;
    let slot = h & this.mask;
    const tuples = this.tuples;
    for (;;) {
      const g = this.slots[slot] as number;
      if (g === -1) break;
      let same = true;
      const base = g * w;
      for (let i = 0; i < w; i++) {
        if (tuples[base + i] !== key[i]) {
          same = false;
          break;
        }
      }
      if (same) return g;
      slot = (slot + 1) & this.mask;
    }
    const g = this.count++;
    if ((g + 1) * w > this.tuples.length) {
      const grown = new Int32Array(Math.max(this.tuples.length * 2, (g + 1) * w));
      grown.set(this.tuples);
      this.tuples = grown;
    }
    this.tuples.set(key.subarray(0, w), g * w);
    this.slots[slot] = g;
    if (this.count * 2 > this.slots.length) this.rehash();
    return g;
  }

  private rehash(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size).fill(-1);
    const mask = size - 1;
    const w = this.width;
    for (let g = 0; g < this.count; g++) {
      let h = 0x811c9dc5;
      for (let i = 0; i < w; i++) h = Math.imul(h ^ (this.tuples[g * w + i] as number), 0x01000193);
      h ^= h >>> 15;
      let slot = h & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = g;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** A growable Float64Array of `width` counters per row. */
export class CounterBlock {
  readonly width: number;
  data: Float64Array;

  constructor(width: number, rows = 64) {
    this.width = width;
    this.data = new Float64Array(width * rows);
  }

  ensure(rows: number): void {
    if (rows * this.width <= this.data.length) return;
    const grown = new Float64Array(Math.max(this.data.length * 2, rows * this.width));
    grown.set(this.data);
    this.data = grown;
  }
}
