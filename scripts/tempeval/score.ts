/**
 * TempEval-style scoring of DATE values. A system mention is judged only if it overlaps a
 * gold DATE or no gold TIMEX3 at all (one that only overlaps a gold DURATION, TIME or SET
 * is a different task's business); it is correct when it matches a gold DATE — by overlap
 * (relaxed) or by identical offsets (strict) — with the same value. Each gold counts once.
 */
import type { GoldTimex } from './timeml.ts';

export interface SystemMention {
  start: number;
  end: number;
  value: string;
  text: string;
}

export interface Counts {
  judged: number;
  correct: number;
  gold: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export type MatchMode = 'relaxed' | 'strict' | 'extent';

export interface Mismatch {
  system?: SystemMention;
  gold?: GoldTimex;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export function scoreDocument(gold: GoldTimex[], system: SystemMention[], mode: MatchMode, mismatches?: Mismatch[]): Counts {
  const dates = gold.filter((g) => g.type === 'DATE');
  const used = new Set<GoldTimex>();
  let judged = 0;
  let correct = 0;
  for (const s of system) {
    const touched = gold.filter((g) => overlaps(g, s));
    if (touched.length > 0 && !touched.some((g) => g.type === 'DATE')) continue;
    judged++;
    const match = dates.find(
      (g) =>
        !used.has(g) &&
        (mode === 'strict' ? g.start === s.start && g.end === s.end : overlaps(g, s)) &&
        (mode === 'extent' || g.value === s.value),
    );
    if (match) {
      used.add(match);
      correct++;
    } else mismatches?.push({ system: s, gold: touched.find((g) => g.type === 'DATE') });
  }
  if (mismatches) for (const g of dates) if (!used.has(g) && !system.some((s) => overlaps(g, s))) mismatches.push({ gold: g });
  return { judged, correct, gold: dates.length };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { judged: a.judged + b.judged, correct: a.correct + b.correct, gold: a.gold + b.gold };
}

export function toScores(c: Counts): Scores {
  const precision = c.judged === 0 ? 0 : c.correct / c.judged;
  const recall = c.gold === 0 ? 0 : c.correct / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}
