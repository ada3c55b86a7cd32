/** The outcome of resolving one draft, before it becomes a public DateMention. */
import type { CalendarValue } from '../calendar.ts';
import type { Anchor, DateLanguage, VagueValue } from '../types.ts';

export interface Resolution {
  value: CalendarValue | VagueValue;
  certain: boolean;
  anchor: Anchor;
  /** Counted from the publication day or week: the story is back in the present. */
  present?: boolean;
}

/** The date the text is currently talking about. */
export interface NarrativeState {
  value: CalendarValue;
  /**
   * The state says nothing the publication date does not: set by "on Friday", "this week",
   * or a month whose year was itself guessed from publication. Month names then resolve
   * against publication again instead of inheriting a guessed year.
   */
  present: boolean;
  /** Offset where a weak state (a year frame) stops holding: the end of its paragraph. */
  until?: number;
  /**
   * What a count ("two days earlier") starts from when it is not the scene's date: a start of a
   * state ("since December") sets the scene but is no happening, so counts keep the happening
   * before it (null: there was none).
   */
  counted?: CalendarValue | null;
}

export interface ResolveContext {
  text: string;
  lang: DateLanguage;
  reference: CalendarValue;
  narrative: NarrativeState | null;
  /** A year frame whose paragraph has ended: a fallback for months that would otherwise fall after publication. */
  expired?: NarrativeState | null;
}

/** When the publication date is too coarse for an expression ("last week" in a text dated only 2017), say only what it does know. */
export function referenceOnly(reference: CalendarValue): Resolution {
  return { value: reference, certain: false, anchor: 'publication' };
}
