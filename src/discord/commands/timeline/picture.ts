import type { TimelineQuery } from '../../../engine.ts';
import type { TimelineEvent } from '../../../events/types.ts';
import { timelinePicture } from '../../../pictures/index.ts';
import { strings, type Locale } from '../../i18n.ts';
import type { ReplyFile } from '../../reply.ts';

export const timelineFileName = 'timeline.png';

/**
 * The whole period as a picture, with labels on the events of the page shown: the shape of
 * the relationship at a glance, and where this page's events sit in it.
 */
export async function timelineFile(query: TimelineQuery, events: TimelineEvent[], first: number, shown: TimelineEvent[], locale: Locale): Promise<ReplyFile> {
  const labelled = { ids: new Set(shown.map((event) => event.id)), first: first + 1, last: first + shown.length };
  const picture = await timelinePicture({ events, ...(query.from && { from: query.from }), ...(query.to && { to: query.to }), language: locale, labelled });
  const count = (tone: TimelineEvent['tone']) => events.filter((event) => event.tone === tone).length;
  return { name: timelineFileName, data: picture.png, description: strings(locale).timeline.pictureAlt(count('cooperation'), count('conflict'), count('neutral')) };
}
