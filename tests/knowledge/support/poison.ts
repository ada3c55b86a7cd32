import type { StoreConfig } from '../../../src/store/open.ts';
import { openDriver } from '../../store/support/backends.ts';

/**
 * Writes an event change straight into the database, past every check of the bot, as a hand edit
 * or an older version's import could have, and raises the server's revision so engines see it.
 */
export async function poisonEventDate(config: StoreConfig, guildId: string, eventId: string, value: string): Promise<void> {
  const driver = openDriver(config);
  try {
    await driver.transaction(async (tx) => {
      await tx.query('INSERT INTO guilds (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [guildId]);
      await tx.query('UPDATE guilds SET revision = revision + 1 WHERE id = $1', [guildId]);
      await tx.query('INSERT INTO event_changes (guild_id, event_id, field, value, changed_by, changed_at) VALUES ($1, $2, $3, $4, $5, $6)', [guildId, eventId, 'date', value, 'cli', '2026-01-15T12:00:00.000Z']);
    });
  } finally {
    await driver.close();
  }
}
