import { createCanvas, loadImage } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.ts';
import { fontMeasure } from '../../src/pictures/font.ts';
import { barometerPicture, timelinePicture, type Picture } from '../../src/pictures/index.ts';
import { tones } from '../../src/pictures/palette.ts';
import { layoutTimeline } from '../../src/pictures/timeline-layout.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
});

/** The size a PNG says in its header. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** How many pixels are (nearly) each colour: a blank or single-colour picture has one colour only. */
async function colourCounts(png: Buffer, colours: string[]): Promise<{ distinct: number; matches: number[] }> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  const targets = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  const matches = targets.map(() => 0);
  const seen = new Set<number>();
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
    seen.add((r << 16) | (g << 8) | b);
    targets.forEach(([tr, tg, tb], t) => {
      if (Math.abs(r - (tr as number)) + Math.abs(g - (tg as number)) + Math.abs(b - (tb as number)) < 12) matches[t] = (matches[t] as number) + 1;
    });
  }
  return { distinct: seen.size, matches };
}

describe('the pictures', () => {
  let timeline: Picture;
  let barometer: Picture;
  beforeAll(async () => {
    timeline = await timelinePicture({ events: engine.timeline({ from: '2019', to: '2019' }), from: '2019', to: '2019', language: 'en' });
    barometer = await barometerPicture({ barometer: engine.barometer({ from: '2015', to: '2021' }), from: '2015', to: '2021', language: 'en' });
  });

  it('are PNGs of the size their layout gives, 1200 px wide', () => {
    const events = engine.timeline({ from: '2019', to: '2019' });
    const { scene } = layoutTimeline({ events, from: '2019', to: '2019', language: 'en' }, fontMeasure());
    expect(pngSize(timeline.png)).toEqual({ width: 1200, height: scene.height });
    expect(pngSize(barometer.png)).toEqual({ width: barometer.width, height: barometer.height });
    expect(barometer.width).toBe(1200);
    expect(barometer.height).toBeGreaterThan(600);
  });

  it('are not blank: the tones’ colours cover real areas', async () => {
    const colours = [tones.cooperation.color, tones.conflict.color];
    for (const picture of [timeline, barometer]) {
      const { distinct, matches } = await colourCounts(picture.png, colours);
      expect(distinct).toBeGreaterThan(50);
      for (const count of matches) expect(count).toBeGreaterThan(500);
    }
  });

  it('are the same, byte for byte, for the same input', async () => {
    const again = await timelinePicture({ events: engine.timeline({ from: '2019', to: '2019' }), from: '2019', to: '2019', language: 'en' });
    expect(again.png.equals(timeline.png)).toBe(true);
    const barometerAgain = await barometerPicture({ barometer: engine.barometer({ from: '2015', to: '2021' }), from: '2015', to: '2021', language: 'en' });
    expect(barometerAgain.png.equals(barometer.png)).toBe(true);
  });
});
