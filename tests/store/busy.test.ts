import { describe, expect, it } from 'vitest';
import { whenFree } from '../../src/store/sqlite/busy.ts';

const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
const noPause = async () => undefined;

/** An open that finds the new file held by another process `times` times, then opens it. */
function heldFor(times: number): { open: () => Promise<string>; tries: () => number } {
  let tries = 0;
  return {
    open: async () => {
      tries += 1;
      if (tries <= times) throw busy;
      return 'opened';
    },
    tries: () => tries,
  };
}

describe('opening a new SQLite file another process is setting up at once', () => {
  it('tries again until the file is free', async () => {
    const file = heldFor(2);
    const pauses: number[] = [];
    await expect(whenFree(file.open, 5000, async (ms) => pauses.push(ms))).resolves.toBe('opened');
    expect(file.tries()).toBe(3);
    expect(pauses).toHaveLength(2);
  });

  it('fails with the busy error once the wait is over', async () => {
    await expect(whenFree(heldFor(Infinity).open, 0, noPause)).rejects.toThrow('database is locked');
  });

  it('fails at once on any other error', async () => {
    let tries = 0;
    const broken = async () => {
      tries += 1;
      throw Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' });
    };
    await expect(whenFree(broken, 5000, noPause)).rejects.toThrow('file is not a database');
    expect(tries).toBe(1);
  });
});
