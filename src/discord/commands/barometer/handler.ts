import type { Engine } from '../../../engine.ts';
import type { Barometer } from '../../../events/barometer.ts';
import type { TimelineEvent } from '../../../events/types.ts';
import { barometerPicture } from '../../../pictures/index.ts';
import { documentMeta } from '../../format.ts';
import { strings, type Locale } from '../../i18n.ts';
import { limits, truncate } from '../../limits.ts';
import { colors, type Reply, type ReplyField, type ReplyFile } from '../../reply.ts';
import { periodOptions } from '../period.ts';
import type { CommandInvocation } from '../types.ts';
import { barometerDefinition } from './definition.ts';

export const barometerFileName = 'barometer.png';

export async function runBarometer({ locale, options, services, defer }: CommandInvocation): Promise<Reply> {
  const period = periodOptions(barometerDefinition, options, locale);
  const barometer = services.engine.barometer(period);
  // Drawing the chart takes a moment, more under load: acknowledge first.
  await defer(false);
  return barometerReply(barometer, period, services.engine, locale);
}

const symbols: Record<TimelineEvent['tone'], string> = { cooperation: '▲', conflict: '◆', neutral: '●' };
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/**
 * The chart, and under it the events behind each bar: one field a quarter, each event with
 * its tone, date, summary and the numbers of the documents that tell it.
 */
async function barometerReply(barometer: Barometer, period: { from?: string; to?: string }, engine: Engine, locale: Locale): Promise<Reply> {
  const t = strings(locale).barometer;
  const { quarters, unplaced } = barometer;
  const title = [t.title, period.from && `${strings(locale).timeline.from} ${period.from}`, period.to && `${strings(locale).timeline.to} ${period.to}`].filter(Boolean).join(' · ');
  const inBars = quarters.flatMap((quarter) => quarter.events);
  const events = [...inBars, ...unplaced];
  if (events.length === 0) return { embeds: [{ title, description: t.empty, color: colors.barometer }] };

  const documents: string[] = [];
  const refs = (event: TimelineEvent) => {
    for (const { documentId } of event.citations) if (!documents.includes(documentId)) documents.push(documentId);
    const numbers = new Set(event.citations.map(({ documentId }) => documents.indexOf(documentId) + 1));
    return [...numbers].sort((a, b) => a - b).map((n) => `[${n}]`).join('');
  };
  const line = (event: TimelineEvent) => `${symbols[event.tone]} ${event.date} ${truncate(event.summary, 110)} ${refs(event)}`;
  const quarterFields: ReplyField[] = quarters
    .filter((quarter) => quarter.events.length > 0)
    .map((quarter) => ({
      name: t.quarter(quarter.quarter, signed(quarter.net), signed(quarter.cooperation), signed(quarter.conflict)),
      value: quarter.events.map(line).join('\n'),
    }));
  const room = limits.fields - (unplaced.length > 0 ? 1 : 0);
  const fields = quarterFields.length <= room
    ? quarterFields
    : [...quarterFields.slice(0, room - 1), { name: '…', value: t.more(quarterFields.length - room + 1) }];
  if (unplaced.length > 0) fields.push({ name: t.unplaced, value: unplaced.map(line).join('\n') });

  // The total adds up the bars, so it counts their events only, not those dated to a year alone.
  const count = (tone: TimelineEvent['tone']) => inBars.filter((event) => event.tone === tone).length;
  const net = quarters.reduce((sum, quarter) => sum + quarter.net, 0);
  const sources = documents.map((id, i) => `[${i + 1}] ${documentMeta(engine, id)?.title ?? id}`);
  const picture = await barometerFile(barometer, period, locale);
  return {
    embeds: [{
      title,
      description: [t.scale, t.total(signed(net), count('cooperation'), count('conflict'), count('neutral')), '', `${t.sources}:`, ...sources].join('\n'),
      fields,
      color: colors.barometer,
      image: picture.name,
    }],
    files: [picture],
  };
}

async function barometerFile(barometer: Barometer, period: { from?: string; to?: string }, locale: Locale): Promise<ReplyFile> {
  const picture = await barometerPicture({ barometer, ...period, language: locale });
  const byNet = [...barometer.quarters].sort((a, b) => b.net - a.net || a.quarter.localeCompare(b.quarter));
  const best = byNet[0]?.quarter ?? '';
  const worst = byNet[byNet.length - 1]?.quarter ?? '';
  return { name: barometerFileName, data: picture.png, description: strings(locale).barometer.pictureAlt(barometer.quarters.length, best, worst) };
}
