import { z } from 'zod';
import { fold } from '../text/fold.ts';
import type { Relation, Tone } from './types.ts';

export const gazetteerFileSchema = z.object({
  actors: z.array(
    z.object({ name: z.string(), kind: z.enum(['person', 'group']), spellings: z.array(z.string().min(1)).min(1), side: z.enum(['russia', 'turkey']).optional() }),
  ),
  places: z.array(z.object({ name: z.string(), spellings: z.array(z.string().min(1)).min(1) })),
  thirdParties: z.array(z.string().min(1)).default([]),
  seats: z.array(z.object({ state: z.string(), spellings: z.array(z.string().min(1)).min(1) })).default([]),
});

export const eventTypesFileSchema = z.object({
  types: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  /** Phrases whose first word is a cue that tells no happening of its kind ("struck a deal", "calls for"): that word is masked before the cues are read. */
  idioms: z.array(z.string().min(1)).default([]),
});

/** The kinds of happening a text speaks of (agreement, killing, meeting, …), from word-start cues. */
export class EventTypes {
  /** Per kind, its cues read folded, and those written with å, ä or ö read as written: "möt" (meet) is no "mot" (against), "köp" (buy) no "kopp-" (link). */
  private readonly types: Array<{ name: string; pattern: RegExp | null; swedish: RegExp | null }>;
  private readonly idioms: RegExp | null;
  /**
   * Kinds already read, by text: scoring and fact finding read the same candidate sentences and
   * clauses question after question, some forty patterns each time. Cleared when full.
   */
  private readonly remembered = new Map<string, ReadonlySet<string>>();

  constructor(data: z.infer<typeof eventTypesFileSchema>) {
    this.types = Object.entries(data.types).map(([name, cues]) => {
      const swedish = cues.filter((cue) => SWEDISH_LETTER.test(cue));
      const others = cues.filter((cue) => !SWEDISH_LETTER.test(cue));
      return { name, pattern: others.length > 0 ? cuePattern(others) : null, swedish: swedish.length > 0 ? cuePattern(swedish, 'u', false) : null };
    });
    this.idioms = data.idioms.length > 0 ? cuePattern(data.idioms.map((idiom) => `${idiom} `), 'gu') : null;
  }

  typesOf(text: string): ReadonlySet<string> {
    let kinds = this.remembered.get(text);
    if (!kinds) {
      const folded = this.idioms ? fold(text).replace(this.idioms, (idiom) => idiom.replace(/^\S+/u, (word) => ' '.repeat(word.length))) : fold(text);
      const lower = text.toLowerCase().normalize('NFC');
      kinds = new Set(this.types.filter((t) => t.pattern?.test(folded) || t.swedish?.test(lower)).map((t) => t.name));
      if (this.remembered.size >= MAX_REMEMBERED_TEXTS) this.remembered.clear();
      this.remembered.set(text, kinds);
    }
    return kinds;
  }
}

/** The letters that tell Swedish words apart which folding would join. */
const SWEDISH_LETTER = /[åäö]/iu;

/** Texts whose kinds are remembered (a few megabytes at most). */
const MAX_REMEMBERED_TEXTS = 20_000;

/** The ending of an English plural: -es after a hissing sound ("coaches", "taxes"), else -s ("plans", not "planes"). */
const pluralEnding = (word: string): string => (/(?:s|x|z|ch|sh)$/u.test(word) ? '(?:es)?' : 's?');

/**
 * Cues match at word starts ("cooperat" in "cooperation"); a cue ending in a space is a whole word, or its
 * plural ("deal " in "deal", "deals", not "dealt" or "dealings"; "met " not "meters"; "plan " not "planes").
 */
function cuePattern(words: string[], flags = 'u', folded = true): RegExp {
  const read = (word: string) => (folded ? fold(word) : word.toLowerCase().normalize('NFC'));
  const cue = (word: string) => (word.endsWith(' ') ? `${escape(read(word.trimEnd()))}${pluralEnding(word.trimEnd())}(?![\\p{L}])` : escape(read(word)));
  return new RegExp(`(?<![\\p{L}])(?:${words.map(cue).join('|')})`, flags);
}

export const toneFileSchema = z.object({
  cooperation: z.array(z.string().min(1)),
  conflict: z.array(z.string().min(1)),
  reversal: z.array(z.string().min(1)),
});

type Entry = { name: string; exact?: RegExp; folded?: RegExp };

const isShortCapitals = (spelling: string) => /^[\p{Lu}.]{1,4}$/u.test(spelling);

function alternation(spellings: string[], flags: string): RegExp | undefined {
  return spellings.length === 0 ? undefined : new RegExp(`(?<![\\p{L}])(?:${spellings.map(escape).join('|')})(?![\\p{L}])`, flags);
}

function entries(list: Array<{ name: string; spellings: string[] }>): Entry[] {
  return list.map(({ name, spellings }) => ({
    name,
    // Short capitalised spellings (US, IS) only as written; the others folded, whole words.
    exact: alternation(spellings.filter(isShortCapitals), 'u'),
    folded: alternation(spellings.filter((s) => !isShortCapitals(s)).map(fold), 'iu'),
  }));
}

/** A text as a regular expression that matches it literally. */
export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Who and where an event involves, from the names of the gazetteer. */
export class Gazetteer {
  private readonly actors: Entry[];
  private readonly places: Entry[];

  /** The people among the actors, as the gazetteer names them, with their spellings. */
  readonly people: ReadonlyMap<string, readonly string[]>;

  private readonly sides: ReadonlyMap<string, 'russia' | 'turkey'>;
  /** Words of third parties that are no actor of their own ("Syrian", "American"). */
  private readonly others: Entry[];
  /** Capitals and seats of government, by the state news text names with them. */
  private readonly seats: Entry[];

  constructor(data: z.infer<typeof gazetteerFileSchema>) {
    this.actors = entries(data.actors);
    this.sides = new Map(data.actors.flatMap((a) => (a.side ? [[a.name, a.side] as const] : [])));
    this.others = entries(data.thirdParties.length > 0 ? [{ name: '', spellings: data.thirdParties }] : []);
    this.places = entries(data.places);
    this.seats = entries(data.seats.map(({ state, spellings }) => ({ name: state, spellings })));
    this.people = new Map(data.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.spellings]));
  }

  actorsIn(text: string): string[] {
    return find(this.actors, text);
  }

  placesIn(text: string): string[] {
    return find(this.places, text);
  }

  /** The states a text names by their capital or seat of government ("between Moscow and Ankara": Russia, Turkey). */
  statesBySeatIn(text: string): string[] {
    return find(this.seats, text);
  }

  /** The person named last in a text, by the gazetteer's name ("Vladimir Putin"): whom a following "he" or "she" means. */
  lastPersonIn(text: string): string | undefined {
    return namedIn(this.actors, text)
      .filter(({ name }) => this.people.has(name))
      .sort((a, b) => b.at - a.at)[0]?.name;
  }

  /**
   * Whether a headline tells Russia and Turkey between them: it names no one else, or it names
   * both, as its subject or side by side ("a crisis between Moscow and Ankara"). "Washington
   * suspended Turkish participation" and "Esper said Turkey must return the Russian system" are context.
   * A headline naming one side only is the pair's when what it is told in (its quotes) names the
   * other ("Putin orders the lifting of sanctions" on Turkey); else it is that side's own doing
   * ("Turkish police shot the attacker dead").
   */
  relationIn(text: string, told: string = text): Relation {
    const named = namedIn([...this.actors, ...this.others], text);
    const sideOf = (name: string) => this.sides.get(name);
    if (named.every(({ name }) => sideOf(name))) {
      const sides = new Set(named.flatMap(({ name }) => sideOf(name) ?? []));
      if (sides.size !== 1) return 'pair';
      const other = namedIn(this.actors, told).some(({ name }) => {
        const side = sideOf(name);
        return side !== undefined && !sides.has(side);
      });
      return other || BOTH_SIDES.test(told.toLowerCase()) ? 'pair' : 'context';
    }
    if (new Set(named.flatMap(({ name }) => sideOf(name) ?? [])).size < 2) return 'context';
    const folded = fold(text);
    const conjoined = named.some((a, i) => {
      const b = named[i + 1];
      const [sa, sb] = [sideOf(a.name), b && sideOf(b.name)];
      return b !== undefined && sa !== undefined && sb !== undefined && sa !== sb && PAIRING.test(folded.slice(a.end, b.at));
    });
    return conjoined || sideOf(named[0]?.name ?? '') ? 'pair' : 'context';
  }
}

/** Words for the two sides together: "the two countries", "both governments", "bilateral", "de två länderna". */
const BOTH_SIDES = /\b(?:(?:the\s+)?(?:two|both)\s+(?:countries|governments|states|sides|leaders|presidents|nations|capitals)|(?:de\s+)?(?:två|båda)\s+(?:länderna|regeringarna|ledarna|presidenterna|sidorna)|bilaterala?)(?![\p{L}])/u;

/** What joins two names side by side: "Russia and Turkey", "Turkish and Russian", "Moscow, Ankara". */
const PAIRING = /^\s*(?:,|and|och|&|with|med)\s*$/u;

/** The entries a text names, each where it is first named, in the order named (offsets of the folded text). */
function namedIn(list: Entry[], text: string): Array<{ name: string; at: number; end: number }> {
  const folded = fold(text);
  const first = (pattern: RegExp | undefined, within: string) => {
    const match = pattern?.exec(within);
    return match ? { at: match.index, end: match.index + match[0].length } : undefined;
  };
  return list
    .flatMap((e) => {
      const found = [first(e.exact, text), first(e.folded, folded)].filter((m) => m !== undefined).sort((a, b) => a.at - b.at)[0];
      return found ? [{ name: e.name, ...found }] : [];
    })
    .sort((a, b) => a.at - b.at);
}

function find(list: Entry[], text: string): string[] {
  const folded = fold(text);
  return list.filter((e) => e.exact?.test(text) || e.folded?.test(folded)).map((e) => e.name);
}

/**
 * A coarse CAMEO-like tone: cooperation or conflict cues counted at word
 * starts; a conflict cue right after a reversal ("lifting sanctions") counts
 * as cooperation.
 */
export class ToneLexicon {
  private readonly cues: Array<{ tone: Exclude<Tone, 'neutral'>; pattern: RegExp }>;
  private readonly reversal: RegExp;

  constructor(data: z.infer<typeof toneFileSchema>) {
    this.cues = [
      { tone: 'cooperation', pattern: cuePattern(data.cooperation, 'gu') },
      { tone: 'conflict', pattern: cuePattern(data.conflict, 'gu') },
    ];
    this.reversal = new RegExp(`(?<![\\p{L}])(?:${data.reversal.map((w) => escape(fold(w))).join('|')})\\S*\\s+(?:\\S+\\s+){0,5}$`, 'u');
  }

  toneOf(text: string): Tone {
    const folded = fold(text);
    const score = { cooperation: 0, conflict: 0 };
    for (const { tone, pattern } of this.cues) {
      for (const match of folded.matchAll(pattern)) {
        const reversed = tone === 'conflict' && this.reversal.test(folded.slice(Math.max(0, match.index - 60), match.index));
        score[reversed ? 'cooperation' : tone]++;
      }
    }
    if (score.cooperation === score.conflict) return 'neutral';
    return score.cooperation > score.conflict ? 'cooperation' : 'conflict';
  }
}
