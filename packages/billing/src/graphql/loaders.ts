import { type PortalContext } from '@portal/kernel';

/**
 * Batches the loads a request's field resolvers ask for in the same turn (the lines of every
 * invoice of a page, say) into one statement: each key is asked with `load(key)`, and the batch
 * runs once the resolvers of the turn have all asked. Results are kept for the request.
 */
export class Batch<K, V> {
  private readonly cache = new Map<K, Promise<V>>();
  private queue: { key: K; resolve: (v: V) => void; reject: (e: unknown) => void }[] = [];

  constructor(
    private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>,
    private readonly fallback: V,
  ) {}

  load(key: K): Promise<V> {
    let found = this.cache.get(key);
    if (!found) {
      found = new Promise<V>((resolve, reject) => {
        this.queue.push({ key, resolve, reject });
        if (this.queue.length === 1) setImmediate(() => void this.dispatch());
      });
      this.cache.set(key, found);
    }
    return found;
  }

  private async dispatch(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    try {
      const results = await this.loadMany([...new Set(queue.map((q) => q.key))]);
      for (const q of queue) q.resolve(results.get(q.key) ?? this.fallback);
    } catch (error) {
      for (const q of queue) {
        this.cache.delete(q.key);
        q.reject(error);
      }
    }
  }
}

const batches = new WeakMap<PortalContext, Map<string, Batch<unknown, unknown>>>();

/** The request's batch of that name, created on first use. */
export function batchOf<K, V>(ctx: PortalContext, name: string, loadMany: (keys: K[]) => Promise<Map<K, V>>, fallback: V): Batch<K, V> {
  let forRequest = batches.get(ctx);
  if (!forRequest) {
    forRequest = new Map();
    batches.set(ctx, forRequest);
  }
  let batch = forRequest.get(name) as Batch<K, V> | undefined;
  if (!batch) {
    batch = new Batch(loadMany, fallback);
    forRequest.set(name, batch as Batch<unknown, unknown>);
  }
  return batch;
}
