/** Dispatches one draft to the resolver for its relation. */
import type { DateDraft } from '../draft.ts';
import { compareDays, rangeOf, type CalendarValue } from '../calendar.ts';
import { hasFutureCue, hasPastCue } from '../tense.ts';
import { resolveAnaphoric, resolveCurrentPeriod, resolveVaguelyCounted, resolveDayOnly, resolveYearTurn, resolveYearlessInNarrative } from './narrative.ts';
import { resolveDeictic, resolveRecurring, resolveWeekday, resolveYearlessAtPublication, type Tense } from './publication.ts';
import type { ResolveContext, Resolution } from './resolution.ts';

function tenseAt(context: ResolveContext, draft: DateDraft): Tense {
  if (hasFutureCue(context.text, draft.start, context.lang, draft.end)) return 'future';
  return hasPastCue(context.text, draft.start, context.lang, draft.end) ? 'past' : 'unknown';
}

const afterPublication = (value: CalendarValue, reference: CalendarValue): boolean => compareDays(rangeOf(value).start, rangeOf(reference).end) > 0;

export function resolveDraft(draft: DateDraft, context: ResolveContext): Resolution | null {
  const { reference, narrative } = context;
  const r = draft.relation;
  switch (r.kind) {
    case 'absolute':
      return { value: r.value, certain: true, anchor: 'explicit' };
    case 'vague':
      return { value: r.value, certain: false, anchor: 'publication' };
    case 'deictic':
      return resolveDeictic(reference, r.unit, r.offset, r.period, r.day);
    case 'recurring':
      return resolveRecurring(reference, r.period, r.direction);
    case 'weekday':
      return resolveWeekday(reference, r.weekday, r.direction, hasFutureCue(context.text, draft.start, context.lang, draft.end), r.week);
    case 'yearless': {
      const tense = tenseAt(context, draft);
      if (narrative && !narrative.present) {
        const inNarrative = resolveYearlessInNarrative(narrative, reference, r.period, r.day, tense === 'future', r.weekday);
        if (inNarrative) return inNarrative;
      }
      const atPublication = resolveYearlessAtPublication(reference, r.period, r.day, tense, r.weekday);
      // "In 2019, … ¶ In July, …" in a story published in June 2020: not the July to come.
      if (atPublication && typeof atPublication.value !== 'string' && tense !== 'future' && context.expired && afterPublication(atPublication.value, reference)) {
        return resolveYearlessInNarrative(context.expired, reference, r.period, r.day, false, r.weekday) ?? atPublication;
      }
      return atPublication;
    }
    case 'day-only':
      return resolveDayOnly(narrative, r.day);
    case 'current-period':
      return resolveCurrentPeriod(narrative, reference, r.unit);
    case 'anaphoric':
      return r.spread === undefined ? resolveAnaphoric(narrative, r.unit, r.offset) : resolveVaguelyCounted(narrative, r.unit, r.offset, r.spread);
    case 'year-turn':
      return resolveYearTurn(narrative, reference, tenseAt(context, draft));
  }
}
