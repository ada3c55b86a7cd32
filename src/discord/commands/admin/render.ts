import type { TimelineEvent } from '../../../events/types.ts';
import { describeNotice, type DocumentReport } from '../../../moderation/index.ts';
import { showDate } from '../../format.ts';
import type { Locale } from '../../i18n.ts';
import { limits } from '../../limits.ts';
import type { Reply, ReplyEmbed } from '../../reply.ts';
import type { AdminStrings } from './strings.ts';

/** Moderators' messages are theirs alone, in one colour. */
export const adminColor = 0x4a5568;

export function eventLine(e: TimelineEvent): string {
  return `${e.date} · ${e.summary} (${e.id})`;
}

/** As many lines as fit a field, then how many did not. */
export function fitLines(lines: string[], more: (n: number) => string, empty: string, max: number = limits.fieldValue): string {
  if (lines.length === 0) return empty;
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    const room = max - length - more(lines.length).length - 2;
    if (line.length + 1 > room) break;
    kept.push(line);
    length += line.length + 1;
  }
  const rest = lines.length - kept.length;
  return [...kept, ...(rest > 0 ? [more(rest)] : [])].join('\n');
}

export function adminReply(embed: ReplyEmbed): Reply {
  return { embeds: [{ color: adminColor, ...embed }], ephemeral: true };
}

export function listReply(title: string, lines: string[], t: AdminStrings, empty: string): Reply {
  return adminReply({ title, description: fitLines(lines, t.events.more, empty, limits.description) });
}

/**
 * What adding or showing a document found: its passages (shown with `passages`), its dated events,
 * the dates to review, and a word when it adds nothing to the timeline.
 */
export function reportReply(title: string, report: DocumentReport, t: AdminStrings, locale: Locale, { passages = false } = {}): Reply {
  const lines = (events: TimelineEvent[]) => fitLines(events.map(eventLine), t.events.more, t.documents.none);
  const passageLines = report.passages.map((p) => `${p.id} · ${p.text}`);
  return adminReply({
    title,
    description: [t.documents.found(report.passages.length, report.events.length), ...report.notices.map((n) => describeNotice(n, locale))].join('\n\n'),
    fields: [
      ...(passages ? [{ name: t.documents.passages, value: fitLines(passageLines, t.events.more, t.documents.none) }] : []),
      { name: t.documents.events, value: lines(report.events) },
      { name: t.documents.uncertain, value: lines(report.uncertain) },
    ],
    footer: report.document.id,
  });
}

export function eventReply(title: string, event: TimelineEvent, locale: Locale): Reply {
  const quotes = event.citations.slice(0, 3).map((c) => `“${c.quote}” (${c.passageId})`);
  return adminReply({ title, description: [`${showDate(event.date, locale)} · ${event.summary}`, '', ...quotes].join('\n'), footer: event.id });
}
