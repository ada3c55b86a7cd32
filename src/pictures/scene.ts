/**
 * A picture as positioned marks, in output pixels: what the layouts produce and the renderer
 * draws. Keeping the two apart lets tests check a layout (label collisions, sizes) without
 * decoding pixels.
 */
import type { Tone } from '../events/types.ts';
import type { Weight } from './font.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Shape = 'triangle' | 'diamond' | 'circle';

export type Mark =
  | { kind: 'rect'; box: Box; fill?: string; stroke?: string; lineWidth?: number; dash?: number[]; radius?: number }
  /** A rectangle filled with diagonal lines, so that it differs from a solid one without colour. */
  | { kind: 'hatch'; box: Box; color: string; background: string }
  | { kind: 'line'; points: Array<[number, number]>; color: string; width: number; dash?: number[] }
  | { kind: 'text'; x: number; y: number; text: string; size: number; weight: Weight; color: string; align: 'left' | 'center' | 'right' }
  /** A tone's symbol centred on (x, y); hollow for a date that had to be worked out. */
  | { kind: 'symbol'; tone: Tone; x: number; y: number; size: number; hollow: boolean }
  /** The "≠" badge: the sources give this event different dates. */
  | { kind: 'disagreement'; x: number; y: number; size: number };

export interface Scene {
  width: number;
  height: number;
  marks: Mark[];
}

/** Whether two boxes overlap once each is grown by `gap` on every side. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}
