import type { Corpus, Language } from '../corpus/types.ts';
import { partialDateRange } from '../dates/index.ts';
import type { EventTypes, Gazetteer } from '../events/lexicon.ts';
import type { TimelineEvent } from '../events/types.ts';
import { fold } from '../text/fold.ts';

/**
 * The people a "who" question may name, with what the documents say of them: the kind of office
 * they hold (from the title news text puts before a name: "Russian Deputy Foreign Minister
 * Mikhail Bogdanov"), their country, and the time the documents show them active. A distractor
 * must hold the same kind of office at the time asked about: a president against presidents.
 */

export type Office = 'leader' | 'minister' | 'diplomat' | 'military' | 'official';

/** Titles of office in news text, as folded words (Swedish compounds end in them: Turkietambassadören). */
const TITLES: Record<Office, Record<Language, string[]>> = {
  leader: { en: ['president', 'presidents', 'premier', 'chancellor', 'king', 'emir', 'leader', 'leaders'], sv: ['president', 'presidenten', 'presidenterna', 'statsminister', 'statsministern', 'premiarminister', 'ledare', 'ledaren', 'ledarna'] },
  minister: { en: ['minister', 'ministers', 'secretary', 'secretaries'], sv: ['minister', 'ministern'] },
  diplomat: { en: ['ambassador', 'envoy', 'diplomat', 'consul'], sv: ['ambassador', 'ambassadoren', 'sandebud', 'diplomat'] },
  military: { en: ['general', 'commander', 'admiral', 'colonel'], sv: ['general', 'generalen', 'befalhavare', 'overbefalhavare'] },
  official: { en: ['spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'director', 'chief', 'chairman'], sv: ['talesperson', 'talesman', 'chef', 'chefen', 'radgivare', 'direktor'] },
};
/** "Prime minister" is a leader, not a minister. */
const PRIME = /prime$|premiar$/u;
/** "His Turkish counterpart, Hulusi Akar": the office of the other person the sentence names. */
const COUNTERPART = new Set(['counterpart', 'motsvarighet', 'kollega']);
const WINDOW_WORDS = 6;
/** How close after a word of killing a name must come to be the one killed. */
const KILLED_WITHIN = 60;
const DAY = 86_400_000;
/** How far around what the documents show a person may still be taken to hold their office. */
const ACTIVE_MARGIN_DAYS = 3 * 365;

export interface Person {
  name: string;
  spellings: readonly string[];
  office?: Office;
  country?: string;
  /** First and last day the documents show them, ISO days. */
  from: string;
  to: string;
  /** The day of an event in which they were killed, if one. */
  killed?: string;
}

function officeOf(word: string, previous: string | undefined, language: Language): Office | 'counterpart' | undefined {
  const folded = fold(word);
  if (COUNTERPART.has(folded)) return 'counterpart';
  for (const [office, titles] of Object.entries(TITLES) as Array<[Office, Record<Language, string[]>]>) {
    const hit = titles[language].some((t) => folded === t || (language === 'sv' && folded.endsWith(t) && folded.length > t.length + 2));
    if (hit) return office === 'minister' && previous && PRIME.test(fold(previous)) ? 'leader' : office;
  }
  return undefined;
}

/** Whether a word is a title of office ("leaders", "ministern"): it tells who acts, not what happens. */
export function isOfficeTitle(word: string, language: Language): boolean {
  const office = officeOf(word, undefined, language);
  return office !== undefined && office !== 'counterpart';
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export class People {
  readonly #people = new Map<string, Person>();
  readonly #patterns: Array<{ name: string; pattern: RegExp }>;

  constructor(input: { people: ReadonlyMap<string, readonly string[]>; gazetteer: Gazetteer; eventTypes: EventTypes; corpus: Corpus; events: readonly TimelineEvent[] }) {
    const { people, gazetteer, eventTypes, corpus, events } = input;
    // Longest spelling first, so that "Recep Tayyip Erdogan" is one name, not a title before "Erdogan".
    this.#patterns = [...people].flatMap(([name, spellings]) => [name, ...spellings].map((s) => ({ name, spelling: s })))
      .sort((a, b) => b.spelling.length - a.spelling.length)
      .map(({ name, spelling }) => ({ name, pattern: new RegExp(`(?<![\\p{L}])${escape(spelling)}(?![\\p{L}])`, 'gu') }));
    const offices = new Map<string, Map<Office, number>>();
    const countries = new Map<string, Map<string, number>>();
    const days = new Map<string, string[]>();
    const published = new Map(corpus.documents.map((d) => [d.meta.id, d.meta.published.value]));
    const count = <K>(map: Map<string, Map<K, number>>, name: string, key: K) => {
      const inner = map.get(name) ?? new Map<K, number>();
      inner.set(key, (inner.get(key) ?? 0) + 1);
      map.set(name, inner);
    };
    for (const passage of corpus.passages) {
      const found = this.#mentions(passage.text);
      const titled = found.map((m) => ({ ...m, title: this.#title(passage.text, m.start, found, passage.language) }));
      for (const m of titled) {
        const office = m.title?.office === 'counterpart' ? titled.find((o) => o !== m && o.title && o.title.office !== 'counterpart')?.title?.office : m.title?.office;
        if (office) count(offices, m.name, office);
        // "Russian-backed President …" says who backs them, not their country.
        const nationality = m.title?.text.split(/\s+/u).filter((w) => !w.includes('-')).join(' ');
        for (const country of nationality ? gazetteer.actorsIn(nationality) : []) count(countries, m.name, country);
        const day = published.get(passage.documentId);
        if (day) days.set(m.name, [...(days.get(m.name) ?? []), day]);
      }
    }
    const killed = new Map<string, string>();
    for (const event of events) {
      const text = event.citations.map((c) => c.quote).join(' ');
      const named = new Set([...event.actors, ...this.#mentions(text).map((m) => m.name)]);
      for (const name of named) {
        if (!people.has(name)) continue;
        days.set(name, [...(days.get(name) ?? []), event.date]);
      }
      // Killed: named soon after a word of killing ("shoots dead the Russian ambassador, Andrej Karlov").
      for (const citation of event.citations) {
        for (const m of this.#mentions(citation.quote)) {
          if (eventTypes.typesOf(citation.quote.slice(Math.max(0, m.start - KILLED_WITHIN), m.start)).has('killing')) killed.set(m.name, partialDateRange(event.date).end);
        }
      }
    }
    const top = <K>(map: Map<K, number> | undefined) => (map ? [...map].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined);
    for (const [name, spellings] of people) {
      const seen = (days.get(name) ?? []).map((d) => partialDateRange(d));
      if (seen.length === 0) continue;
      const office = top(offices.get(name));
      const country = top(countries.get(name));
      const dead = killed.get(name);
      this.#people.set(name, {
        name,
        spellings: [name, ...spellings],
        from: seen.map((r) => r.start).sort()[0] as string,
        to: seen.map((r) => r.end).sort().at(-1) as string,
        ...(office && { office }),
        ...(country && { country }),
        ...(dead && { killed: dead }),
      });
    }
  }

  get(name: string): Person | undefined {
    return this.#people.get(name);
  }

  /** Every person the text names, in the order they appear. */
  namedIn(text: string): string[] {
    return [...new Set(this.#mentions(text).map((m) => m.name))];
  }

  /** Whether the text names the person under any spelling. */
  names(text: string, name: string): boolean {
    return this.#mentions(text).some((m) => m.name === name);
  }

  /** The person a sentence opens with, and the rest of it. */
  leading(text: string): { name: string; rest: string } | undefined {
    const first = this.#mentions(text).find((m) => m.start === 0);
    if (!first) return undefined;
    return { name: first.name, rest: text.slice(first.end).trim() };
  }

  /**
   * People who held the same kind of office as `name` at the time of `date` (alive, and shown
   * active within a few years of it), except those named in `exclude`.
   */
  comparable(name: string, date: string, exclude: (other: Person) => boolean): Person[] {
    const person = this.#people.get(name);
    if (!person?.office) return [];
    const range = partialDateRange(date);
    const margin = ACTIVE_MARGIN_DAYS * DAY;
    return [...this.#people.values()].filter((other) => {
      if (other.name === name || other.office !== person.office || exclude(other)) return false;
      if (other.killed !== undefined && other.killed < range.start) return false;
      return Date.parse(other.from) - margin <= Date.parse(range.end) && Date.parse(range.start) <= Date.parse(other.to) + margin;
    });
  }

  #mentions(text: string): Array<{ name: string; start: number; end: number }> {
    const out: Array<{ name: string; start: number; end: number }> = [];
    for (const { name, pattern } of this.#patterns) {
      for (const m of text.matchAll(pattern)) {
        const start = m.index;
        const end = start + m[0].length;
        if (!out.some((o) => o.start < end && start < o.end)) out.push({ name, start, end });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** The office title just before a mention: the last few words, back to the previous name or sentence break. */
  #title(text: string, at: number, found: ReadonlyArray<{ start: number; end: number }>, language: Language) {
    const previous = found.filter((m) => m.end <= at).at(-1)?.end ?? 0;
    const before = text.slice(previous, at).split(/[.;:!?()[\]]/u).at(-1) ?? '';
    const words = before.trim().replace(/,$/u, '').split(/\s+/u).filter(Boolean).slice(-WINDOW_WORDS);
    for (let i = words.length - 1; i >= 0; i--) {
      const office = officeOf((words[i] ?? '').replace(/[^\p{L}-]/gu, ''), words[i - 1], language);
      if (!office) continue;
      // The title is the run of capitalised words ending in the office: "Russian Deputy Foreign Minister".
      let from = i;
      while (from > 0 && /^\p{Lu}/u.test(words[from - 1] ?? '')) from--;
      return { office, text: words.slice(from, i + 1).join(' ') };
    }
    return undefined;
  }
}
