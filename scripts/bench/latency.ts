import type { InteractionHandle } from '../../tests/discord/double/index.ts';

/**
 * Milliseconds from dispatch to the request `wait` resolves with. An interaction that got none
 * within `lostAfterMs` of the measurement's start counts as lost and is left out: a benchmark,
 * unlike a test, must end and say how many never came.
 */
export async function timings(handles: InteractionHandle[], wait: (handle: InteractionHandle) => Promise<{ at: number }>, lostAfterMs: number) {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('lost')), lostAfterMs);
  });
  const results = await Promise.allSettled(handles.map(async (handle) => {
    const { at } = await Promise.race([wait(handle), deadline]);
    return { at, ms: at - handle.dispatchedAt };
  }));
  clearTimeout(timer);
  return results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

export interface LatencySummary {
  received: number;
  lost: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  perSecond: number;
}

export function summary(latencies: number[], count: number, elapsedMs: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN);
  return { received: latencies.length, lost: count - latencies.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: at(1), perSecond: Math.round(latencies.length / (elapsedMs / 1000)) };
}

export function report(label: string, s: LatencySummary): void {
  console.log(`  ${label}: ${s.received}/${s.received + s.lost} (lost ${s.lost}); p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms, max ${s.maxMs} ms; ${s.perSecond}/s`);
}

