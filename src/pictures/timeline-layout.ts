/**
 * The timeline picture as marks: a title and legend over a vertical time ribbon, cooperation
 * labelled on its left and conflict on its right, so that the shape of the relationship shows
 * before a word is read. Time runs down, to scale, with long empty stretches cut short.
 */
import { formatPeriod, periodBetween } from '../answers/period.ts';
import type { TimelineEvent } from '../events/types.ts';
import type { Measure } from './font.ts';
import { legend, type LegendEntry } from './legend.ts';
import { ink, tones } from './palette.ts';
import type { Box, Mark, Scene } from './scene.ts';
import { shortDate } from './short-date.ts';
import { labelText, wrap } from './text.ts';
import { dayNumber, dayRange, ticks, timeScale, type TimeScale } from './time-scale.ts';
import { chooseSides, stack, stackLength, type Side } from './timeline-labels.ts';
import { pictureWords, type PictureLanguage, type PictureWords } from './words.ts';

export interface TimelinePictureInput {
  events: TimelineEvent[];
  /** The period asked for; without it the ribbon runs over the events' whole years. */
  from?: string;
  to?: string;
  language: PictureLanguage;
  /** Label only these events (a page of a longer list), numbered first–last in it; all when absent. */
  labelled?: { ids: ReadonlySet<string>; first: number; last: number };
}

export interface PlacedLabel {
  id: string;
  side: Side;
  box: Box;
}

export interface TimelineLayout {
  scene: Scene;
  /** The labels and leaders as placed, for tests of collisions. */
  labels: PlacedLabel[];
  leaders: Array<{ id: string; from: [number, number]; to: [number, number] }>;
}

/** 1200 px wide: Discord shows pictures at 400–550 px, so sizes here are about twice what the eye gets. */
export const pictureWidth = 1200;
const margin = 32;
const text = { size: 20, line: 25, padding: 8 };
const labelGap = 8;
const symbolSize = 16;
const ribbon = { width: 74, left: (pictureWidth - 74) / 2 };
/** From the ribbon's edge to the symbols' centres, and from the symbols to the labels' near edge. */
const symbolOffset = 13;
const fan = 52;
const nearEdge: Record<Side, number> = {
  cooperation: ribbon.left - symbolOffset - fan,
  conflict: ribbon.left + ribbon.width + symbolOffset + fan,
};
const columnWidth = nearEdge.cooperation - margin;
const shortestAxis = 440;

export function layoutTimeline(input: TimelinePictureInput, measure: Measure): TimelineLayout {
  const words = pictureWords(input.language);
  const events = input.events;
  const header = headerMarks(input, words, measure);
  const sides = chooseSides(events);
  const labelled = events.filter((event) => !input.labelled || input.labelled.ids.has(event.id));
  const contents = new Map(labelled.map((event) => [event.id, labelContent(event, input.language, measure)]));

  const onSide = (side: Side, list: TimelineEvent[]) => list.filter((event) => sides.get(event.id) === side);
  const needed = (['cooperation', 'conflict'] as const).map((side) =>
    stackLength(onSide(side, labelled).map((event) => (contents.get(event.id) as LabelContent).height), labelGap));
  const axisTop = header.bottom + 58;
  const axisBottom = axisTop + Math.ceil(Math.max(shortestAxis, ...needed));
  const scale = scaleFor(input, axisTop, axisBottom);
  const middle = (event: TimelineEvent) => {
    const { start, end } = dayRange(event.date);
    return scale.at((start + end) / 2);
  };

  const labels: PlacedLabel[] = [];
  const leaders: TimelineLayout['leaders'] = [];
  const marks: Mark[] = [];
  for (const side of ['cooperation', 'conflict'] as const) {
    const labelTops = stack(
      onSide(side, labelled).map((e) => ({ id: e.id, want: middle(e), size: (contents.get(e.id) as LabelContent).height })),
      axisTop, axisBottom, labelGap,
    );
    for (const event of onSide(side, events)) {
      marks.push(...eventMarks(event, side, scale));
      const top = labelTops.get(event.id);
      const content = contents.get(event.id);
      if (top === undefined || !content) continue;
      const box = { x: side === 'cooperation' ? nearEdge.cooperation - content.width : nearEdge.conflict, y: top, width: content.width, height: content.height };
      const leader = { id: event.id, from: [symbolX(side) + outwards(side) * (symbolSize / 2 + 3), middle(event)] as [number, number], to: [nearEdge[side], top + content.height / 2] as [number, number] };
      labels.push({ id: event.id, side, box });
      leaders.push(leader);
      marks.push({ kind: 'line', points: [leader.from, leader.to], color: ink.leader, width: 2 });
      marks.push(...labelMarks(event, box, content));
    }
  }
  const height = axisBottom + margin;
  return {
    scene: {
      width: pictureWidth,
      height,
      marks: [
        { kind: 'rect', box: { x: 0, y: 0, width: pictureWidth, height }, fill: ink.card, stroke: ink.cardBorder, lineWidth: 3 },
        ...header.marks,
        ...columnTitles(words, header.bottom + 36),
        ...ribbonMarks(scale, words, measure),
        ...marks,
      ],
    },
    labels,
    leaders,
  };
}

const outwards = (side: Side) => (side === 'cooperation' ? -1 : 1);
const symbolX = (side: Side) => (side === 'cooperation' ? ribbon.left - symbolOffset : ribbon.left + ribbon.width + symbolOffset);

function headerMarks(input: TimelinePictureInput, words: PictureWords, measure: Measure) {
  const count = input.events.length;
  const subtitle = input.labelled && input.labelled.ids.size < count
    ? words.labelledPart(input.labelled.first, input.labelled.last, count)
    : words.timelineSubtitle(count);
  const marks: Mark[] = [
    { kind: 'text', x: margin, y: 62, text: words.timelineTitle(periodText(input)), size: 36, weight: 'bold', color: ink.text, align: 'left' },
    { kind: 'text', x: margin, y: 98, text: subtitle, size: 21, weight: 'regular', color: ink.muted, align: 'left' },
  ];
  const entries: LegendEntry[] = [
    ...(['cooperation', 'conflict', 'neutral'] as const).map((tone) => ({
      key: (x: number, y: number, size: number): Mark[] => [{ kind: 'symbol', tone, x, y, size, hollow: false }],
      text: words.tones[tone],
    })),
    { key: (x, y, size) => [{ kind: 'symbol', tone: 'neutral', x, y, size, hollow: true }], text: words.inferred },
    { key: (x, y, size) => [{ kind: 'disagreement', x, y, size }], text: words.disputed },
    {
      key: (x, y, size) => [{ kind: 'rect', box: { x: x - 4, y: y - size / 2, width: 8, height: size }, fill: tones.neutral.color }],
      text: words.span,
    },
  ];
  const key = legend(entries, margin, 116, pictureWidth - 2 * margin, measure);
  return { marks: [...marks, ...key.marks], bottom: key.bottom };
}

/** "2015–2021" for whole years; open ends take the events' first or last year. */
function periodText({ from, to, events, language }: TimelinePictureInput): string {
  const start = from ?? events[0]?.date.slice(0, 4);
  const end = to ?? events[events.length - 1]?.date.slice(0, 4);
  return start && end ? formatPeriod(periodBetween(start, end), language) : '';
}

function columnTitles(words: PictureWords, y: number): Mark[] {
  return (['cooperation', 'conflict'] as const).map((side): Mark[] => {
    const x = nearEdge[side];
    return [
      { kind: 'symbol', tone: side, x: symbolX(side), y: y - 8, size: 22, hollow: false },
      { kind: 'text', x, y, text: words.columns[side], size: 26, weight: 'bold', color: tones[side].color, align: side === 'cooperation' ? 'right' : 'left' },
    ];
  }).flat();
}

function scaleFor({ events, from, to }: TimelinePictureInput, top: number, bottom: number): TimeScale {
  const ranges = events.map((event) => dayRange(event.date));
  const yearOf = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
  const firstYear = ranges.length ? yearOf(Math.min(...ranges.map((r) => r.start))) : undefined;
  const lastYear = ranges.length ? yearOf(Math.max(...ranges.map((r) => r.end - 1))) : undefined;
  const start = from ? dayRange(from).start : dayNumber(`${firstYear ?? 2015}-01-01`);
  const end = to ? dayRange(to).end : dayNumber(`${(lastYear ?? 2015) + 1}-01-01`);
  return timeScale({ start, end }, ranges, top, bottom, 40);
}

function ribbonMarks(scale: TimeScale, words: PictureWords, measure: Measure): Mark[] {
  const { left, width } = ribbon;
  const centre = left + width / 2;
  const marks: Mark[] = [];
  for (const segment of scale.segments) {
    if (segment.kind === 'span') {
      marks.push({ kind: 'rect', box: { x: left, y: segment.p0, width, height: segment.p1 - segment.p0 }, fill: ink.ribbon });
      continue;
    }
    // An axis break: the ribbon goes on dashed, with the usual two slanted strokes across it.
    marks.push({ kind: 'rect', box: { x: left, y: segment.p0, width, height: segment.p1 - segment.p0 }, stroke: ink.muted, lineWidth: 2, dash: [5, 5] });
    for (const dy of [-5, 5]) {
      const y = (segment.p0 + segment.p1) / 2 + dy;
      marks.push({ kind: 'line', points: [[left + 14, y + 5], [left + width - 14, y - 5]], color: ink.muted, width: 3 });
    }
  }
  const monthLength = scale.dayLength * 30.4;
  for (const tick of ticks(scale, 'year')) {
    const y = scale.at(tick.day);
    marks.push({ kind: 'line', points: [[left, y], [left + width, y]], color: ink.card, width: 3 });
  }
  if (monthLength >= 26) {
    const months = ticks(scale, 'month');
    months.forEach((tick, i) => {
      const y = scale.at(tick.day);
      if (tick.month !== 0) marks.push({ kind: 'line', points: [[left, y], [left + 10, y]], color: ink.card, width: 2 });
      // January, and the first month shown, say the year.
      const yearShown = tick.month === 0 || i === 0;
      const name = yearShown ? String(tick.year) : words.months[tick.month] ?? '';
      marks.push({ kind: 'text', x: centre, y: y + monthLength / 2 + 6, text: name, size: 17, weight: yearShown ? 'bold' : 'regular', color: ink.ribbonText, align: 'center' });
    });
    return marks;
  }
  // Years only: each year when there is room, else every second, fifth or tenth.
  const every = [1, 2, 5, 10].find((n) => monthLength * 12 * n >= 30) ?? 10;
  for (const segment of scale.segments.filter((s) => s.kind === 'span')) {
    for (const tick of ticks({ ...scale, segments: [segment] }, 'year')) {
      if (tick.year % every !== 0) continue;
      const end = Math.min(scale.at(dayNumber(`${tick.year + 1}-01-01`)), segment.p1);
      const y = (scale.at(tick.day) + end) / 2 + 7;
      if (measure(String(tick.year), 20, 'bold') < width - 6) {
        marks.push({ kind: 'text', x: centre, y, text: String(tick.year), size: 20, weight: 'bold', color: ink.ribbonText, align: 'center' });
      }
    }
  }
  return marks;
}

/**
 * The event on the ribbon: its span along the edge and its symbol just outside, both at its
 * date. Symbols of events close in time overlap (their white rims keep each visible): how
 * crowded a stretch is, is part of the picture.
 */
function eventMarks(event: TimelineEvent, side: Side, scale: TimeScale): Mark[] {
  const { color } = tones[event.tone];
  const { start, end } = dayRange(event.date);
  const y0 = scale.at(start);
  const y1 = Math.max(scale.at(end), y0 + 3);
  const edge = side === 'cooperation' ? ribbon.left : ribbon.left + ribbon.width;
  const x = symbolX(side);
  const y = (y0 + y1) / 2;
  const marks: Mark[] = [
    // A date known only to the month or year is a lighter bar: it says when, not how long.
    { kind: 'rect', box: { x: side === 'cooperation' ? edge : edge - 8, y: y0, width: 8, height: y1 - y0 }, fill: end - start > 1 ? `${color}99` : color },
    { kind: 'symbol', tone: event.tone, x, y, size: symbolSize, hollow: event.certainty !== 'stated' },
  ];
  if (event.claims.length > 0) marks.push({ kind: 'disagreement', x: x + outwards(side) * 15, y: y - 9, size: 14 });
  return marks;
}

interface LabelContent {
  date: string;
  lines: string[];
  /** Where the first line's summary starts, after the symbol, the date and any badge. */
  summaryStart: number;
  width: number;
  height: number;
}

const badgeWidth = 24;

function labelContent(event: TimelineEvent, language: PictureLanguage, measure: Measure): LabelContent {
  const date = shortDate(event.date, language);
  const badge = event.claims.length > 0 ? badgeWidth : 0;
  const summaryStart = symbolSize + 8 + measure(date, text.size, 'bold') + badge + 10;
  const room = columnWidth - 2 * text.padding;
  const lines = wrap(labelText(event.summary), { size: text.size, weight: 'regular' }, { first: room - summaryStart, rest: room }, 2, measure);
  const widths = lines.map((line, i) => (i === 0 ? summaryStart : 0) + measure(line, text.size, 'regular'));
  return {
    date,
    lines,
    summaryStart,
    width: Math.ceil(Math.max(summaryStart, ...widths) + 2 * text.padding),
    height: Math.max(1, lines.length) * text.line + 2 * text.padding,
  };
}

function labelMarks(event: TimelineEvent, box: Box, content: LabelContent): Mark[] {
  const disputed = event.claims.length > 0;
  const left = box.x + text.padding;
  const baseline = (line: number) => box.y + text.padding + line * text.line + text.size * 0.93;
  const middleOfFirstLine = baseline(0) - text.size * 0.36;
  const dateEnd = content.summaryStart - 10 - (disputed ? badgeWidth : 0);
  const marks: Mark[] = [
    { kind: 'rect', box, fill: ink.label, stroke: disputed ? ink.text : ink.labelBorder, lineWidth: 2, radius: 6, ...(disputed && { dash: [7, 5] }) },
    { kind: 'symbol', tone: event.tone, x: left + symbolSize / 2, y: middleOfFirstLine, size: symbolSize - 2, hollow: event.certainty !== 'stated' },
    { kind: 'text', x: left + symbolSize + 8, y: baseline(0), text: content.date, size: text.size, weight: 'bold', color: ink.text, align: 'left' },
  ];
  if (disputed) marks.push({ kind: 'disagreement', x: left + dateEnd + badgeWidth / 2 + 2, y: middleOfFirstLine, size: 19 });
  content.lines.forEach((line, i) => {
    marks.push({ kind: 'text', x: i === 0 ? left + content.summaryStart : left, y: baseline(i), text: line, size: text.size, weight: 'regular', color: ink.text, align: 'left' });
  });
  return marks;
}
