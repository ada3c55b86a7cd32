import type { Corpus, Passage } from '../corpus/types.ts';
import type { People } from './people.ts';

/**
 * Quotations with their speaker, as news text attributes them: `“…”, Putin said`, `“…,” said
 * Putin`, `Bogdanov said: “…”`, `”…”, säger Putin`. Only a speaker the people list knows counts.
 */

export interface Quotation {
  passage: Passage;
  /** The words quoted, without their quotation marks. */
  text: string;
  speaker: string;
}

const OPEN = `["“”«]`;
const CLOSE = `["”»]`;
const SAYS = '(?:said|says|added|replied|told reporters|stressed|noted|warned|säger|sade|sa|tillade|svarade)';
const NAME = '(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,3})';
const PATTERNS = [
  // “…”, Putin said / “…,” Putin says
  new RegExp(`${OPEN}([^"“”«»]{12,260}?)[,.]?${CLOSE},?\\s+(?:the\\s+)?${NAME}\\s+${SAYS}`, 'u'),
  // “…,” said Putin
  new RegExp(`${OPEN}([^"“”«»]{12,260}?)[,.]?${CLOSE},?\\s+${SAYS}\\s+${NAME}`, 'u'),
  // Bogdanov said: “…”
  new RegExp(`${NAME}\\s+${SAYS}(?:\\s+\\p{Ll}+){0,3}:\\s*${OPEN}([^"“”«»]{12,260}?)${CLOSE}`, 'u'),
];
const MIN_WORDS = 5;

export function findQuotations(corpus: Corpus, people: People): Quotation[] {
  const out: Quotation[] = [];
  for (const passage of corpus.passages) {
    for (const [i, pattern] of PATTERNS.entries()) {
      const m = pattern.exec(passage.text);
      if (!m) continue;
      const [quoted, named] = i === 2 ? [m[2], m[1]] : [m[1], m[2]];
      const speaker = named && people.namedIn(named)[0];
      const text = quoted?.trim().replace(/[,]$/u, '');
      if (!speaker || !text || text.split(/\s+/u).length < MIN_WORDS || !/^\p{Lu}/u.test(text)) continue;
      out.push({ passage, text, speaker });
      break;
    }
  }
  return out;
}
