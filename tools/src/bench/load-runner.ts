import { performance } from 'node:perf_hooks';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /**
   * CPU time of this process (client and in-process server) per request, in ms: less sensitive to
   * the other work of a shared machine than the latencies.
   */
  cpuMsPerRequest: number;
}

/** The value below which `p` percent of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

interface Samples {
  latencies: number[];
  errors: number;
  seconds: number;
  cpuMs: number;
}

/** Sends requests `from` to `from + count - 1` with `concurrency` in flight, timing each one. */
async function sample(from: number, count: number, concurrency: number, send: (i: number) => Promise<boolean>): Promise<Samples> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  async function worker() {
    while (next < count) {
      const i = from + next++;
      const t0 = performance.now();
      const ok = await send(i).catch(() => false);
      latencies.push(performance.now() - t0);
      if (!ok) errors++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { latencies, errors, seconds, cpuMs: (used.user + used.system) / 1000 };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

function summarize(parts: readonly Samples[]): LoadResult {
  const latencies = parts.flatMap((p) => p.latencies).sort((a, b) => a - b);
  const seconds = parts.reduce((sum, p) => sum + p.seconds, 0);
  return {
    requests: latencies.length, errors: parts.reduce((sum, p) => sum + p.errors, 0), seconds: round(seconds), requestsPerSecond: round(latencies.length / seconds),
    p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)),
    cpuMsPerRequest: round(parts.reduce((sum, p) => sum + p.cpuMs, 0) / latencies.length),
  };
}

/**
 * Sends `total` requests with `concurrency` in flight, timing each one: exact percentiles of the
 * whole run rather than a histogram's buckets.
 */
export async function runLoad(total: number, concurrency: number, send: (i: number) => Promise<boolean>): Promise<LoadResult> {
  return summarize([await sample(0, total, concurrency, send)]);
}

/**
 * The same load on two servers, in alternating rounds (A B, B A, A B…), so that a machine whose
 * other work comes and goes weighs on both alike: each sends requests 0 … total - 1 in the same
 * order, split into `rounds` slices. req/s is the requests over the time spent in that side's slices.
 */
export async function runPaired(
  total: number,
  concurrency: number,
  sends: readonly [(i: number) => Promise<boolean>, (i: number) => Promise<boolean>],
  rounds = 4,
): Promise<[LoadResult, LoadResult]> {
  const parts: [Samples[], Samples[]] = [[], []];
  for (let r = 0; r < rounds; r++) {
    const from = Math.floor((r * total) / rounds);
    const count = Math.floor(((r + 1) * total) / rounds) - from;
    if (count === 0) continue;
    for (const side of r % 2 === 0 ? [0, 1] as const : [1, 0] as const) parts[side].push(await sample(from, count, concurrency, sends[side]));
  }
  return [summarize(parts[0]), summarize(parts[1])];
}
