// A small least-recently-used map: what the server remembers of answers that only change when the
// workspace does (search hits), cleared on every ingest and link.
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  private cleared = 0;
  constructor(private readonly max: number) {}

  /** Changes on every clear: an answer computed while it changed is from before the clear, and not kept. */
  get epoch(): number {
    return this.cleared;
  }

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) this.map.delete(key), this.map.set(key, v);
    return v;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }

  clear(): void {
    this.cleared++;
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}
