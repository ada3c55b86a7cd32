/**
 * The barometer picture as marks: per quarter, cooperation as a solid bar up and conflict as a
 * hatched bar down (so the two differ without colour), the net as a line of dots, and the
 * scale said under the title.
 */
import { formatPeriod, periodBetween } from '../answers/period.ts';
import type { Barometer } from '../events/barometer.ts';
import type { Measure } from './font.ts';
import { legend } from './legend.ts';
import { ink, tones } from './palette.ts';
import type { Box, Mark, Scene } from './scene.ts';
import { pictureWidth } from './timeline-layout.ts';
import { pictureWords, type PictureLanguage } from './words.ts';

export interface BarometerPictureInput {
  barometer: Barometer;
  from?: string;
  to?: string;
  language: PictureLanguage;
}

export interface BarometerLayout {
  scene: Scene;
  /** Each quarter's bars as drawn, for tests. */
  bars: Array<{ quarter: string; cooperation?: Box; conflict?: Box; net: [number, number] }>;
}

const margin = 32;
const plot = { left: 96, right: pictureWidth - margin, height: 440 };
const hatchBackground = '#FBE3D3';

export function layoutBarometer(input: BarometerPictureInput, measure: Measure): BarometerLayout {
  const words = pictureWords(input.language);
  const { quarters, unplaced } = input.barometer;
  const header: Mark[] = [
    { kind: 'text', x: margin, y: 62, text: words.barometerTitle(periodText(input)), size: 34, weight: 'bold', color: ink.text, align: 'left' },
    { kind: 'text', x: margin, y: 98, text: words.barometerScale, size: 21, weight: 'regular', color: ink.muted, align: 'left' },
  ];
  const key = legend([
    { key: (x, y, size) => [{ kind: 'rect', box: { x: x - size / 2, y: y - size / 2, width: size, height: size }, fill: tones.cooperation.color }], text: words.tones.cooperation },
    { key: (x, y, size) => [{ kind: 'hatch', box: { x: x - size / 2, y: y - size / 2, width: size, height: size }, color: tones.conflict.color, background: hatchBackground }], text: words.tones.conflict },
    { key: (x, y, size) => netKey(x, y, size), text: words.net },
  ], margin, 116, pictureWidth - 2 * margin, measure);

  const top = key.bottom + 36;
  const highest = Math.max(1, ...quarters.map((q) => q.cooperation));
  const lowest = Math.min(-1, ...quarters.map((q) => Math.min(q.conflict, q.net)));
  const unit = Math.min(64, plot.height / (highest - lowest));
  const zero = top + highest * unit;
  const bottom = zero - lowest * unit;
  const yOf = (value: number) => zero - value * unit;
  const slot = (plot.right - plot.left) / Math.max(1, quarters.length);
  const barWidth = Math.min(56, slot * 0.64);

  const marks: Mark[] = [...header, ...key.marks, ...gridMarks(highest, lowest, yOf)];
  const bars: BarometerLayout['bars'] = [];
  quarters.forEach((quarter, i) => {
    const centre = plot.left + slot * (i + 0.5);
    const x = centre - barWidth / 2;
    const bar: BarometerLayout['bars'][number] = { quarter: quarter.quarter, net: [centre, yOf(quarter.net)] };
    if (quarter.cooperation > 0) {
      bar.cooperation = { x, y: yOf(quarter.cooperation), width: barWidth, height: quarter.cooperation * unit };
      marks.push({ kind: 'rect', box: bar.cooperation, fill: tones.cooperation.color });
      marks.push(valueText(`+${quarter.cooperation}`, centre, bar.cooperation.y - 14));
    }
    if (quarter.conflict < 0) {
      bar.conflict = { x, y: zero, width: barWidth, height: -quarter.conflict * unit };
      marks.push({ kind: 'hatch', box: bar.conflict, color: tones.conflict.color, background: hatchBackground });
      marks.push(valueText(`−${-quarter.conflict}`, centre, zero - quarter.conflict * unit + 28));
    }
    bars.push(bar);
  });
  marks.push({ kind: 'line', points: [[plot.left, zero], [plot.right, zero]], color: ink.zero, width: 2.5 });
  if (bars.length > 1) marks.push({ kind: 'line', points: bars.map((bar) => bar.net), color: ink.text, width: 3 });
  for (const bar of bars) marks.push(...netDot(bar.net[0], bar.net[1], 13));
  if (quarters.length === 0) marks.push({ kind: 'text', x: pictureWidth / 2, y: zero - 20, text: words.empty, size: 26, weight: 'bold', color: ink.muted, align: 'center' });

  const axisBottom = bottom + 72;
  marks.push(...quarterAxis(quarters.map((q) => q.quarter), slot, axisBottom, measure));
  let height = axisBottom + 60;
  if (unplaced.length > 0) {
    marks.push({ kind: 'text', x: margin, y: height, text: words.unplaced(unplaced.length), size: 20, weight: 'regular', color: ink.muted, align: 'left' });
    height += 20;
  }
  height += margin;
  return {
    scene: { width: pictureWidth, height, marks: [{ kind: 'rect', box: { x: 0, y: 0, width: pictureWidth, height }, fill: ink.card, stroke: ink.cardBorder, lineWidth: 3 }, ...marks] },
    bars,
  };
}

function periodText({ from, to, barometer, language }: BarometerPictureInput): string {
  const start = from ?? barometer.quarters[0]?.quarter.slice(0, 4);
  const end = to ?? barometer.quarters[barometer.quarters.length - 1]?.quarter.slice(0, 4);
  return start && end ? formatPeriod(periodBetween(start, end), language) : '';
}

const valueText = (text: string, x: number, y: number): Mark => ({ kind: 'text', x, y, text, size: 19, weight: 'bold', color: ink.text, align: 'center' });

function netDot(x: number, y: number, size: number): Mark[] {
  return [
    { kind: 'rect', box: { x: x - size / 2, y: y - size / 2, width: size, height: size }, fill: ink.label, stroke: ink.text, lineWidth: 3, radius: size / 2 },
  ];
}

function netKey(x: number, y: number, size: number): Mark[] {
  return [{ kind: 'line', points: [[x - size / 2 - 4, y], [x + size / 2 + 4, y]], color: ink.text, width: 3 }, ...netDot(x, y, 12)];
}

/** Whole-number lines with their values: +1 an event of cooperation, −1 an event of conflict. */
function gridMarks(highest: number, lowest: number, yOf: (value: number) => number): Mark[] {
  const step = highest - lowest > 12 ? 2 : 1;
  const marks: Mark[] = [];
  for (let value = lowest; value <= highest; value += 1) {
    if (value % step !== 0) continue;
    const y = yOf(value);
    if (value !== 0) marks.push({ kind: 'line', points: [[plot.left, y], [plot.right, y]], color: ink.grid, width: 1.5 });
    const label = value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
    marks.push({ kind: 'text', x: plot.left - 14, y: y + 7, text: label, size: 19, weight: value === 0 ? 'bold' : 'regular', color: ink.muted, align: 'right' });
  }
  return marks;
}

/** Q1–Q4 under each bar when there is room, and each year under its quarters. */
function quarterAxis(quarters: string[], slot: number, y: number, measure: Measure): Mark[] {
  const marks: Mark[] = [];
  const showQuarters = measure('Q4', 16, 'regular') < slot - 4;
  quarters.forEach((quarter, i) => {
    const x = plot.left + slot * (i + 0.5);
    if (showQuarters) marks.push({ kind: 'text', x, y: y - 14, text: quarter.slice(5), size: 16, weight: 'regular', color: ink.muted, align: 'center' });
    if (quarter.endsWith('Q1') && i > 0) {
      const edge = plot.left + slot * i;
      marks.push({ kind: 'line', points: [[edge, y - 36], [edge, y + 14]], color: ink.grid, width: 2 });
    }
  });
  const years = [...new Set(quarters.map((quarter) => quarter.slice(0, 4)))];
  for (const year of years) {
    const inYear = quarters.map((quarter, i) => (quarter.startsWith(year) ? i : -1)).filter((i) => i >= 0);
    const first = inYear[0] as number;
    const last = inYear[inYear.length - 1] as number;
    const x = plot.left + slot * ((first + last + 1) / 2);
    if (measure(year, 21, 'bold') < slot * inYear.length - 4) marks.push({ kind: 'text', x, y: y + 16, text: year, size: 21, weight: 'bold', color: ink.text, align: 'center' });
  }
  return marks;
}
