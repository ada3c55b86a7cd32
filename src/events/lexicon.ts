import { z } from 'zod';
import { fold } from '../text/fold.ts';
import type { Tone } from './types.ts';

export const gazetteerFileSchema = z.object({
  actors: z.array(z.object({ name: z.string(), kind: z.enum(['person', 'group']), spellings: z.array(z.string().min(1)).min(1) })),
  places: z.array(z.object({ name: z.string(), spellings: z.array(z.string().min(1)).min(1) })),
});

export const eventTypesFileSchema = z.object({ types: z.record(z.string(), z.array(z.string().min(1)).min(1)) });

/** The kinds of happening a text speaks of (agreement, killing, meeting, …), from word-start cues. */
export class EventTypes {
  private readonly types: Array<{ name: string; pattern: RegExp }>;

  constructor(data: z.infer<typeof eventTypesFileSchema>) {
    this.types = Object.entries(data.types).map(([name, cues]) => ({ name, pattern: cuePattern(cues) }));
  }

  typesOf(text: string): Set<string> {
    const folded = fold(text);
    return new Set(this.types.filter((t) => t.pattern.test(folded)).map((t) => t.name));
  }
}

function cuePattern(words: string[], flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${words.map((w) => escape(fold(w))).join('|')})`, flags);
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Who and where an event involves, from the names of the gazetteer. */
export class Gazetteer {
  private readonly actors: Entry[];
  private readonly places: Entry[];

  /** The people among the actors, as the gazetteer names them, with their spellings. */
  readonly people: ReadonlyMap<string, readonly string[]>;

  constructor(data: z.infer<typeof gazetteerFileSchema>) {
    this.actors = entries(data.actors);
    this.places = entries(data.places);
    this.people = new Map(data.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.spellings]));
  }

  actorsIn(text: string): string[] {
    return find(this.actors, text);
  }

  placesIn(text: string): string[] {
    return find(this.places, text);
  }
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
