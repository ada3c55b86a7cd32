/**
 * Pictures of the core's data, rendered in process: the timeline and the barometer as PNG.
 * Adapters (CLI, console, Discord) call these; the core knows nothing of pictures.
 */
import { layoutBarometer, type BarometerPictureInput } from './barometer-layout.ts';
import { fontMeasure } from './font.ts';
import { renderScene } from './render.ts';
import type { Scene } from './scene.ts';
import { layoutTimeline, type TimelinePictureInput } from './timeline-layout.ts';

export type { BarometerPictureInput } from './barometer-layout.ts';
export type { TimelinePictureInput } from './timeline-layout.ts';
export type { PictureLanguage } from './words.ts';

export interface Picture {
  png: Buffer;
  width: number;
  height: number;
}

export function timelinePicture(input: TimelinePictureInput): Promise<Picture> {
  return picture(layoutTimeline(input, fontMeasure()).scene);
}

export function barometerPicture(input: BarometerPictureInput): Promise<Picture> {
  return picture(layoutBarometer(input, fontMeasure()).scene);
}

async function picture(scene: Scene): Promise<Picture> {
  return { png: await renderScene(scene), width: scene.width, height: scene.height };
}
