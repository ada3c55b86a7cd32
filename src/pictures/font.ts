/**
 * The pictures' one typeface, Noto Sans (SIL Open Font License 1.1), from its npm package, so
 * that a picture looks the same on every machine whatever fonts the machine has.
 */
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';

export type Weight = 'regular' | 'bold';

/** A family name no system font has: text asks for it, and only the files below answer. */
const family = 'RelationsBot Noto Sans';
const files = [
  '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
];

let registered = false;

export function registerFont(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const file of files) {
    if (!GlobalFonts.registerFromPath(require.resolve(file), family)) throw new Error(`cannot load the font ${file}`);
  }
  registered = true;
}

/** A CSS font shorthand for the canvas. */
export function font(size: number, weight: Weight): string {
  return `${weight === 'bold' ? 'bold ' : ''}${size}px "${family}"`;
}

/** The width of a text in pixels. Layouts take it as a parameter, so they stay free of the canvas. */
export type Measure = (text: string, size: number, weight: Weight) => number;

/** Measures with the registered font, as the renderer will draw. */
export function fontMeasure(): Measure {
  registerFont();
  const context = createCanvas(1, 1).getContext('2d');
  const widths = new Map<string, number>();
  return (text, size, weight) => {
    const key = `${size}|${weight}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      context.font = font(size, weight);
      width = context.measureText(text).width;
      widths.set(key, width);
    }
    return width;
  };
}
