/**
 * The pause before the next status check: 1 s at first, growing by a tenth of the time
 * already waited, up to poll-interval. A 20 s pipeline is then seen within about 3 s of its
 * end, and a long one costs about one check per poll-interval.
 */
export function nextPollDelay(elapsedMs: number, pollIntervalMs: number): number {
  return Math.round(Math.min(pollIntervalMs, Math.max(1_000, 1_000 + elapsedMs / 10)))
}
