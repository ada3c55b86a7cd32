import type { Language } from '../corpus/types.ts';
import type { Claim } from './claims.ts';

/** Words that tell a further happening of the kind, not the same one told again: "Putin also met …", "a second convoy". */
const ANOTHER: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:also|another|again|second|further|too|as\s+well)(?![\p{L}])/iu,
  sv: /(?<![\p{L}])(?:också|även|igen|ytterligare|ännu\s+en|en\s+andra|ett\s+andra)(?![\p{L}])/iu,
};

/** Kinds of happening that may be how another kind ended, the same happening told later: a death after an attack. */
const OUTCOMES: Record<string, readonly string[]> = { killing: ['attack'] };

/** What tells a later report of a happening from a new happening: its kinds, and whom it is about. */
export interface FollowUpTests {
  kindsOf: (claim: Claim) => ReadonlySet<string>;
  /** The people a claim's words are about, by name or by the role its document gave them. */
  peopleOf: (claim: Claim) => ReadonlySet<string>;
}

/**
 * Whether one of two claims of a document reports again, later in it, the happening the other
 * tells: a live blog's "the ambassador died of his wounds" an hour after "a gunman fired at
 * Karlov" is the shooting told as it unfolds, not a second event. So when the later claim is of
 * the same day, tells no kind of happening the earlier does not (but how it ended: a death after
 * an attack), is about people the earlier is about, and does not say it is a further one ("Putin
 * also met …"). The police shooting the attacker the same day names no one the shooting of the
 * ambassador did; a telephone call about the killing is a call.
 */
export function isFollowUp(a: Claim, b: Claim, { kindsOf, peopleOf }: FollowUpTests): boolean {
  if (a.citation.documentId !== b.citation.documentId || a.status !== 'happened' || b.status !== 'happened') return false;
  if (a.granularity !== 'day' || a.date !== b.date) return false;
  const [earlier, later] = a.focus.start <= b.focus.start ? [a, b] : [b, a];
  if (ANOTHER[later.passage.language].test(later.focus.text)) return false;
  const kinds = kindsOf(later);
  const people = peopleOf(later);
  if (kinds.size === 0 || people.size === 0) return false;
  const told = kindsOf(earlier);
  const about = peopleOf(earlier);
  const follows = (kind: string) => told.has(kind) || (OUTCOMES[kind] ?? []).some((cause) => told.has(cause));
  return [...kinds].every(follows) && [...people].every((person) => about.has(person));
}
