// Running async work over many items, a bounded number at a time, results in input order: the one pool
// of the store, the importers and the export.

/**
 * `fn` over `items` with at most `limit` calls in flight; checks `signal` before each call.
 * After a call fails (or the signal aborts) no new call starts, and the returned promise rejects
 * with that first error only once every call in flight has settled, so nothing runs behind the caller's back.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    try {
      while (next < items.length && failure === undefined) {
        signal?.throwIfAborted();
        const i = next++;
        out[i] = await fn(items[i] as T, i);
      }
    } catch (error) {
      failure ??= { error };
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  if (failure !== undefined) throw failure.error;
  return out;
}
