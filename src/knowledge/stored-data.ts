import { documentMetaSchema } from '../corpus/metadata.ts';
import { isCalendarDate } from '../dates/index.ts';
import { correctionSchema } from '../events/overlay.ts';
import type { GuildData } from '../store/types.ts';
import { documentMeta } from './layer.ts';

/** A row of a server's stored data that the knowledge layer cannot read, and why, in words. */
export interface UnreadableRow {
  /** Which row: "document “grain-deal”", "the change of event X's date". */
  row: string;
  problem: string;
}

const quoted = (value: string) => `“${value.length > 40 ? `${value.slice(0, 39)}…` : value}”`;

/**
 * Every stored row checked by the functions the core reads it with (the metadata schema, the date
 * layer's parser, the overlay's schema), before an engine is built from them. Rows written by this
 * bot pass; a row edited in the database by hand, or written by an older version whose checks were
 * looser, is named here instead of failing deep inside the build.
 */
export function unreadableRows(data: GuildData): UnreadableRow[] {
  const rows: UnreadableRow[] = [];
  for (const doc of data.documents) {
    const row = `document “${doc.id}”`;
    if (!isCalendarDate(doc.published)) rows.push({ row, problem: `its publication date ${quoted(doc.published)} is not a date` });
    else {
      const meta = documentMetaSchema.safeParse(documentMeta(doc));
      if (!meta.success) rows.push({ row, problem: `${meta.error.issues[0]?.path.join('.') ?? 'its metadata'}: ${meta.error.issues[0]?.message ?? 'not readable'}` });
    }
    if (doc.text.trim() === '' || !doc.text.isWellFormed()) rows.push({ row, problem: 'its text is empty or not valid Unicode' });
  }
  for (const event of data.addedEvents) {
    const row = `added event “${event.id}”`;
    if (!isCalendarDate(event.date)) rows.push({ row, problem: `its date ${quoted(event.date)} is not a date` });
    if (!correctionSchema.safeParse({ event: event.id, field: 'tone', value: event.tone, reason: 'stored added event' }).success) {
      rows.push({ row, problem: `its tone ${quoted(event.tone)} is not cooperation, conflict or neutral` });
    }
  }
  for (const change of data.eventChanges) {
    const fit = correctionSchema.safeParse({ ...change, reason: `changed by ${change.changedBy}` });
    if (!fit.success) rows.push({ row: `the change of event “${change.event}” (${change.field})`, problem: `its value ${quoted(change.value)} does not fit the field` });
  }
  return rows;
}

/**
 * A server whose stored data cannot be read: its engine is not built (answers would be wrong, or
 * fail), while what needs no engine (help, the bundled sources, export and import) still works.
 */
export class UnreadableGuildData extends Error {
  override name = 'UnreadableGuildData';

  constructor(
    readonly guildId: string,
    readonly rows: readonly UnreadableRow[],
  ) {
    super(`the stored data of server ${guildId} cannot be read: ${describeRows(rows)}`);
  }
}

/** The first rows in words, and how many more. */
export function describeRows(rows: readonly UnreadableRow[], shown = 3): string {
  const listed = rows.slice(0, shown).map(({ row, problem }) => `${row}: ${problem}`);
  const more = rows.length - listed.length;
  return `${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}
