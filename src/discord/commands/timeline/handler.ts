import { isCalendarDate } from '../../../dates/index.ts';
import type { Engine, TimelineQuery } from '../../../engine.ts';
import type { TimelineEvent } from '../../../events/types.ts';
import { encodeCustomId } from '../../customId.ts';
import { UserError } from '../../errors.ts';
import { documentMeta } from '../../format.ts';
import { strings, type Locale } from '../../i18n.ts';
import { optionalText } from '../../input.ts';
import { truncate } from '../../limits.ts';
import { colors, type Reply, type ReplyButton, type ReplyField } from '../../reply.ts';
import { optionLabel } from '../optionLabel.ts';
import { periodOptions } from '../period.ts';
import type { ButtonHandler, CommandInvocation } from '../types.ts';
import { timelineDefinition, topicMaxLength } from './definition.ts';
import { timelineFile } from './picture.ts';

export const pageSize = 8;

export async function runTimeline({ locale, options, services, defer }: CommandInvocation): Promise<Reply> {
  const label = optionLabel(timelineDefinition, 'topic', locale);
  const query: TimelineQuery = {
    ...periodOptions(timelineDefinition, options, locale),
    topic: optionalText(options, { name: 'topic', label, max: topicMaxLength }, strings(locale)),
  };
  const events = services.engine.timeline(query);
  // Drawing the picture takes a moment, more under load: acknowledge first.
  await defer(false);
  return timelinePage(query, events, 0, services.engine, locale);
}

/**
 * Previous / Next carry the whole query in their custom_id, so paging works as long as the
 * message exists, across restarts. They carry the message's language too: a page turned by a
 * Swedish reader does not switch an English message to Swedish. The topic goes last: it is the
 * only field with free text.
 */
export const timelinePageButton: ButtonHandler = {
  kind: 'tl',
  fields: 5,
  async run({ fields, locale: clicker, services }) {
    const [page = '', locale = '', from = '', to = '', topic = ''] = fields;
    const dateOk = (date: string) => date === '' || isCalendarDate(date);
    if (!/^\d{1,4}$/.test(page) || !isLocale(locale) || !dateOk(from) || !dateOk(to) || topic.length > topicMaxLength) {
      throw new UserError(strings(clicker).errors.staleButton);
    }
    const query = { from: from || undefined, to: to || undefined, topic: topic || undefined };
    return { reply: await timelinePage(query, services.engine.timeline(query), Number(page), services.engine, locale), updatesMessage: true };
  },
};

const isLocale = (value: string): value is Locale => value === 'en' || value === 'sv';

async function timelinePage(query: TimelineQuery, events: TimelineEvent[], wanted: number, engine: Engine, locale: Locale): Promise<Reply> {
  const t = strings(locale).timeline;
  const pages = Math.max(1, Math.ceil(events.length / pageSize));
  const page = Math.min(wanted, pages - 1);
  const shown = events.slice(page * pageSize, (page + 1) * pageSize);
  const range = [
    query.from && `${t.from} ${query.from}`,
    query.to && `${t.to} ${query.to}`,
    query.topic && `${t.about} ${query.topic}`,
  ].filter(Boolean);
  const picture = events.length > 0 ? await timelineFile(query, events, page * pageSize, shown, locale) : undefined;
  return {
    embeds: [{
      title: [t.title, ...range].join(' · '),
      ...(shown.length === 0 ? { description: t.empty } : { fields: shown.map((event) => eventField(event, engine, locale)) }),
      footer: t.page(page + 1, pages, events.length),
      color: colors.timeline,
      ...(picture && { image: picture.name }),
    }],
    ...(pages > 1 && { buttons: pageButtons(query, page, pages, locale) }),
    ...(picture && { files: [picture] }),
  };
}

function eventField(event: TimelineEvent, engine: Engine, locale: Locale): ReplyField {
  const t = strings(locale);
  const certainty = event.certainty === 'stated' ? '' : ` (${t.when.certainty[event.certainty]})`;
  const documents = [...new Set(event.citations.map(({ documentId }) => sourceName(engine, documentId)))];
  const lines = [event.summary];
  if (event.claims.length > 0) lines.push(`⚠ ${t.timeline.disputed}`);
  if (documents.length > 0) lines.push(`${t.timeline.sources}: ${documents.join('; ')}`);
  return { name: `${event.date}${certainty}`, value: lines.join('\n') };
}

/** Short enough for eight events to a page; /sources has the full titles. */
function sourceName(engine: Engine, documentId: string): string {
  return truncate(documentMeta(engine, documentId)?.title ?? documentId, 40);
}

function pageButtons(query: TimelineQuery, page: number, pages: number, locale: Locale): ReplyButton[] {
  const t = strings(locale).timeline;
  const customId = (target: number) =>
    encodeCustomId('tl', [String(target), locale, query.from ?? '', query.to ?? '', query.topic ?? '']);
  // The two ids differ even when a button is disabled: Discord wants them unique in a message.
  return [
    { customId: customId(Math.max(0, page - 1)), label: t.previous, emoji: '◀', style: 'secondary', disabled: page === 0 },
    { customId: customId(Math.min(pages - 1, page + 1)), label: t.next, emoji: '▶', style: 'secondary', disabled: page === pages - 1 },
  ];
}
