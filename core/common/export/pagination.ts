// Splitting a list into pages of a constant size.

/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages there are. */
  count: number;
  items: T[];
}

/** `items` in pages of `size` (at least one page, empty when there are no items). */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const per = Math.max(1, Math.floor(size));
  const count = Math.max(1, Math.ceil(items.length / per));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * per, (i + 1) * per) }));
}
