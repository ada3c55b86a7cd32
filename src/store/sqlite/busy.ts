import { setTimeout as delay } from 'node:timers/promises';

/** How long opening a file waits for another process that holds it: as long as the busy timeout of every statement. */
export const LOCK_WAIT_MS = 5000;

/** Longest pause between two tries. */
const MAX_PAUSE_MS = 100;

/**
 * Opens a file again while another process opening the same new file at once holds it: switching the journal
 * to WAL, or a migration's reads turning into writes, find the file busy, and SQLite says so at once rather
 * than waiting out the busy timeout. Any other error, or a file still held after `waitMs`, is thrown.
 */
export async function whenFree<T>(open: () => Promise<T>, waitMs = LOCK_WAIT_MS, pause: (ms: number) => Promise<unknown> = delay): Promise<T> {
  const until = Date.now() + waitMs;
  for (let wait = 5; ; wait = Math.min(wait * 2, MAX_PAUSE_MS)) {
    try {
      return await open();
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() + wait > until) throw error;
      await pause(wait);
    }
  }
}
