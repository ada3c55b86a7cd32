/**
 * Colours and shapes. Tones use the Okabe–Ito palette, which readers with the common kinds of
 * colour blindness tell apart, and every tone also has its own shape, so that colour is never
 * the only cue. Pictures sit on an opaque light card of their own: Discord's dark and light
 * themes then show the same picture.
 */
import type { Tone } from '../events/types.ts';
import type { Shape } from './scene.ts';

export const tones: Record<Tone, { color: string; shape: Shape }> = {
  cooperation: { color: '#0072B2', shape: 'triangle' },
  conflict: { color: '#D55E00', shape: 'diamond' },
  neutral: { color: '#6B6B6B', shape: 'circle' },
};

export const ink = {
  card: '#FBFAF6',
  cardBorder: '#B8B8B8',
  text: '#1A1A1A',
  muted: '#555555',
  label: '#FFFFFF',
  labelBorder: '#C4C4C4',
  leader: '#8A8A8A',
  ribbon: '#E4E2DC',
  ribbonText: '#2B2B2B',
  grid: '#DDDBD5',
  zero: '#333333',
} as const;
