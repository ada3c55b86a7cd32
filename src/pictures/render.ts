/** Draws a scene with @napi-rs/canvas (Skia) and encodes it as PNG, off the main thread. */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { font, registerFont } from './font.ts';
import { ink, tones } from './palette.ts';
import type { Box, Mark, Scene } from './scene.ts';

export async function renderScene(scene: Scene): Promise<Buffer> {
  registerFont();
  const canvas = createCanvas(scene.width, scene.height);
  const context = canvas.getContext('2d');
  for (const mark of scene.marks) draw(context, mark);
  return canvas.encode('png');
}

function draw(context: SKRSContext2D, mark: Mark): void {
  context.save();
  switch (mark.kind) {
    case 'rect':
      rect(context, mark.box, mark.radius);
      if (mark.fill) {
        context.fillStyle = mark.fill;
        context.fill();
      }
      if (mark.stroke) {
        context.strokeStyle = mark.stroke;
        context.lineWidth = mark.lineWidth ?? 1;
        context.setLineDash(mark.dash ?? []);
        context.stroke();
      }
      break;
    case 'hatch':
      hatch(context, mark.box, mark.color, mark.background);
      break;
    case 'line':
      context.beginPath();
      mark.points.forEach(([x, y], i) => (i === 0 ? context.moveTo(x, y) : context.lineTo(x, y)));
      context.strokeStyle = mark.color;
      context.lineWidth = mark.width;
      context.lineCap = 'round';
      context.lineJoin = 'round';
      context.setLineDash(mark.dash ?? []);
      context.stroke();
      break;
    case 'text':
      context.font = font(mark.size, mark.weight);
      context.fillStyle = mark.color;
      context.textAlign = mark.align;
      context.textBaseline = 'alphabetic';
      context.fillText(mark.text, mark.x, mark.y);
      break;
    case 'symbol':
      symbol(context, mark);
      break;
    case 'disagreement':
      disagreement(context, mark.x, mark.y, mark.size);
      break;
  }
  context.restore();
}

function rect(context: SKRSContext2D, { x, y, width, height }: Box, radius = 0): void {
  context.beginPath();
  if (radius > 0) context.roundRect(x, y, width, height, radius);
  else context.rect(x, y, width, height);
}

/** Diagonal stripes clipped to the box, then its outline: reads as "conflict" in grey print too. */
function hatch(context: SKRSContext2D, box: Box, color: string, background: string): void {
  rect(context, box);
  context.fillStyle = background;
  context.fill();
  context.clip();
  context.beginPath();
  for (let offset = -box.height; offset < box.width; offset += 9) {
    context.moveTo(box.x + offset, box.y + box.height);
    context.lineTo(box.x + offset + box.height, box.y);
  }
  context.strokeStyle = color;
  context.lineWidth = 3.5;
  context.stroke();
  rect(context, box);
  context.lineWidth = 3;
  context.stroke();
}

/** ▲ cooperation, ◆ conflict, ● neutral; hollow when the date was worked out rather than stated. */
function symbol(context: SKRSContext2D, { tone, x, y, size, hollow }: Extract<Mark, { kind: 'symbol' }>): void {
  const { color, shape } = tones[tone];
  const r = size / 2;
  context.beginPath();
  if (shape === 'triangle') {
    context.moveTo(x, y - r * 1.1);
    context.lineTo(x + r * 1.05, y + r * 0.75);
    context.lineTo(x - r * 1.05, y + r * 0.75);
    context.closePath();
  } else if (shape === 'diamond') {
    context.moveTo(x, y - r * 1.1);
    context.lineTo(x + r * 1.1, y);
    context.lineTo(x, y + r * 1.1);
    context.lineTo(x - r * 1.1, y);
    context.closePath();
  } else {
    context.arc(x, y, r * 0.9, 0, Math.PI * 2);
  }
  context.lineJoin = 'round';
  if (hollow) {
    context.fillStyle = ink.label;
    context.fill();
    context.strokeStyle = color;
    context.lineWidth = 3;
  } else {
    context.fillStyle = color;
    context.fill();
    context.strokeStyle = ink.label;
    context.lineWidth = 1.5;
  }
  context.stroke();
}

/** A "≠" in a ring, drawn as strokes so that it never depends on a glyph. */
function disagreement(context: SKRSContext2D, x: number, y: number, size: number): void {
  const r = size / 2;
  context.beginPath();
  context.arc(x, y, r, 0, Math.PI * 2);
  context.fillStyle = ink.label;
  context.fill();
  context.strokeStyle = ink.text;
  context.lineWidth = 1.8;
  context.stroke();
  context.beginPath();
  for (const dy of [-r * 0.28, r * 0.28]) {
    context.moveTo(x - r * 0.55, y + dy);
    context.lineTo(x + r * 0.55, y + dy);
  }
  context.moveTo(x + r * 0.3, y - r * 0.65);
  context.lineTo(x - r * 0.3, y + r * 0.65);
  context.lineWidth = Math.max(1.6, size / 9);
  context.stroke();
}
