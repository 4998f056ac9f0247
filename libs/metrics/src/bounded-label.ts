/**
 * The values one label may take, so that whoever chooses them (a client naming its operations)
 * cannot make a series per request: the first `limit` distinct values are kept, later ones
 * become `overflow`.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly limit: number,
    private readonly overflow: string,
  ) {}

  valueOf(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.limit) return this.overflow;
    this.seen.add(value);
    return value;
  }
}
