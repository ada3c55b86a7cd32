import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { databaseSecrets, parseEnv } from '../../src/config/env.ts';
import { openStore } from '../../src/store/open.ts';

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('choosing the database', () => {
  it('takes DATABASE_URL as a postgres:// or postgresql:// URL, and never echoes a refused one', () => {
    expect(parseEnv({ DATABASE_URL: 'postgresql://bot:s3cret@db.internal:5432/relations' }).DATABASE_URL).toBe('postgresql://bot:s3cret@db.internal:5432/relations');
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    for (const url of ['mysql://bot:s3cret@db.internal/relations', 'bot:s3cret@db.internal']) {
      expect(() => parseEnv({ DATABASE_URL: url })).toThrow('DATABASE_URL: must be a postgres:// or postgresql:// URL');
      expect(() => parseEnv({ DATABASE_URL: url })).not.toThrow(/s3cret/);
    }
  });

  it('keeps the URL and its password, as written and decoded, out of the logs', () => {
    expect(databaseSecrets(parseEnv({ DATABASE_URL: 'postgres://bot:p%40ss@127.0.0.1/relations' }))).toEqual(['postgres://bot:p%40ss@127.0.0.1/relations', 'p%40ss', 'p@ss']);
    expect(databaseSecrets(parseEnv({}))).toEqual([]);
  });

  it('opens PostgreSQL when given a URL, and says which database it could not reach without its password', async () => {
    const port = await closedPort();
    const opening = openStore({ databaseUrl: `postgres://bot:s3cret@127.0.0.1:${port}/relations` });
    await expect(opening).rejects.toThrow(`store: could not open the PostgreSQL database 127.0.0.1:${port}/relations: `);
    await expect(opening).rejects.not.toThrow(/s3cret/);
  });
});
