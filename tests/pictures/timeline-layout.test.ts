import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.ts';
import type { TimelineEvent } from '../../src/events/types.ts';
import { fontMeasure } from '../../src/pictures/font.ts';
import { overlaps } from '../../src/pictures/scene.ts';
import { dayRange } from '../../src/pictures/time-scale.ts';
import { layoutTimeline, pictureWidth, type TimelineLayout } from '../../src/pictures/timeline-layout.ts';
import { segmentEntersBox, segmentsCross } from './support.ts';

let engine: Engine;
/** Plans and background too: the picture can show them, and they make the densest pages. */
const every = { status: ['happened', 'planned', 'background'] } as const;
beforeAll(async () => {
  engine = await createEngine();
});

/** Everything the layout promises a reader, checked on the placed labels and leaders. */
function expectReadable(layout: TimelineLayout, events: TimelineEvent[]): void {
  const { labels, leaders, scene } = layout;
  expect(labels).toHaveLength(events.length);
  for (const [i, a] of labels.entries()) {
    expect(a.box.x).toBeGreaterThanOrEqual(0);
    expect(a.box.x + a.box.width).toBeLessThanOrEqual(scene.width);
    expect(a.box.y).toBeGreaterThanOrEqual(0);
    expect(a.box.y + a.box.height).toBeLessThanOrEqual(scene.height);
    for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box, 4), `${a.id} and ${b.id} overlap`).toBe(false);
  }
  for (const [i, leader] of leaders.entries()) {
    for (const label of labels) {
      if (label.id !== leader.id) expect(segmentEntersBox(leader.from, leader.to, label.box), `${leader.id} runs through ${label.id}`).toBe(false);
    }
    for (const other of leaders.slice(i + 1)) {
      expect(segmentsCross([leader.from, leader.to], [other.from, other.to]), `${leader.id} crosses ${other.id}`).toBe(false);
    }
  }
}

const densestYear = (events: TimelineEvent[]) => {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.date.slice(0, 4), (counts.get(event.date.slice(0, 4)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
};

describe('the timeline layout', () => {
  it('labels every event of the densest year (2019) without two labels or leaders touching', () => {
    const year = densestYear(engine.timeline(every));
    expect(year).toBe('2019');
    const events = engine.timeline({ from: '2019', to: '2019', ...every });
    expect(events.length).toBeGreaterThanOrEqual(12);
    expectReadable(layoutTimeline({ events, from: '2019', to: '2019', language: 'en' }, fontMeasure()), events);
  });

  it('does the same for 2015–2021 and for the whole corpus (1952 to 2023, with the empty years cut short)', () => {
    for (const query of [{ from: '2015', to: '2021' }, {}]) {
      const events = engine.timeline({ ...query, ...every });
      expectReadable(layoutTimeline({ events, ...query, language: 'en' }, fontMeasure()), events);
    }
  });

  it('puts cooperation left of the ribbon and conflict right, each column in the order of the middles of its dates', () => {
    const events = engine.timeline({ from: '2015', to: '2021' });
    const { labels } = layoutTimeline({ events, from: '2015', to: '2021', language: 'en' }, fontMeasure());
    const tone = new Map(events.map((event) => [event.id, event.tone]));
    for (const label of labels) {
      if (tone.get(label.id) === 'cooperation') expect(label.box.x + label.box.width).toBeLessThan(pictureWidth / 2);
      if (tone.get(label.id) === 'conflict') expect(label.box.x).toBeGreaterThan(pictureWidth / 2);
    }
    // A label stands by the middle of its date: "March 2020" after "15 March 2020".
    const middle = (event: TimelineEvent) => (dayRange(event.date).start + dayRange(event.date).end) / 2;
    const order = [...events].sort((a, b) => middle(a) - middle(b) || a.id.localeCompare(b.id)).map((event) => event.id);
    for (const side of ['cooperation', 'conflict'] as const) {
      const column = labels.filter((label) => label.side === side);
      const byPosition = [...column].sort((a, b) => a.box.y - b.box.y).map((label) => label.id);
      expect(byPosition).toEqual(order.filter((id) => column.some((label) => label.id === id)));
    }
  });

  it('labels only the events of a page when asked, and says so under the title', () => {
    const events = engine.timeline();
    const page = events.slice(8, 16);
    const layout = layoutTimeline({ events, language: 'en', labelled: { ids: new Set(page.map((e) => e.id)), first: 9, last: 16 } }, fontMeasure());
    expect(layout.labels.map((label) => label.id).sort()).toEqual(page.map((event) => event.id).sort());
    const texts = layout.scene.marks.flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []));
    expect(texts).toContain(`${events.length} events in the documents; those of this page (9–16) have labels`);
    expect(layout.scene.height).toBeLessThan(800);
  });

  it('keeps a cut summary visibly cut, within two lines', () => {
    const [first] = engine.timeline({ from: '2015', to: '2015' });
    if (!first) throw new Error('the corpus has an event in 2015');
    const long = { ...first, summary: `${first.summary} ${'And the talks went on for many more hours than anyone had expected. '.repeat(4)}` };
    const { scene } = layoutTimeline({ events: [long], from: '2015', to: '2015', language: 'en' }, fontMeasure());
    const summary = scene.marks.flatMap((mark) => (mark.kind === 'text' && mark.size === 20 && mark.weight === 'regular' ? [mark.text] : []));
    expect(summary).toHaveLength(2);
    expect(summary[1]).toMatch(/…$/u);
  });
});
