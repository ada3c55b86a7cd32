/**
 * Walks the drafts in text order, carrying the narrative state: each resolved date that
 * sets a scene becomes the anchor for the yearless and anaphoric dates after it.
 */
import { compareDays, rangeOf, type CalendarValue } from '../calendar.ts';
import type { DateDraft } from '../draft.ts';
import { formatValue, granularityOf } from '../partial-date.ts';
import type { DateMention } from '../types.ts';
import { resolveDraft } from './resolve-draft.ts';
import type { NarrativeState, ResolveContext, Resolution } from './resolution.ts';

function paragraphEnd(text: string, from: number): number {
  const end = text.slice(from).search(/\n\s*\n/);
  return end < 0 ? text.length : from + end;
}

/**
 * Does this mention move the narrative? Limits ("until 2020") and attributes ("the August
 * 1988 cease-fire") never do; a start of a state ("since December") sets the scene's year but is no
 * happening to count from ("two days earlier" after it counts from the story's last happening); decades and centuries are too wide; a year only when it
 * frames its sentence ("In 2016, …"), since years in passing ("troops first sent in 2016",
 * "a 2015 crisis") rarely set the scene. Nor does a date after publication: a plan ("From 15 March the
 * soldiers are to patrol") is no scene of the story told, and "since December" after it is still last December.
 */
function nextNarrative(text: string, current: NarrativeState | null, draft: DateDraft, resolution: Resolution, reference: CalendarValue): NarrativeState | null {
  const value = resolution.value;
  if (typeof value === 'string' || draft.role === 'bounded' || draft.role === 'attributive') return current;
  if (resolution.anchor !== 'explicit' && compareDays(rangeOf(value).start, rangeOf(reference).end) > 0) return current;
  if (value.unit === 'decade' || value.unit === 'century') return current;
  if (value.unit === 'year' && draft.role !== 'frame') return current;
  const present = resolution.present === true || (resolution.anchor === 'publication' && !resolution.certain);
  // A year frame is a weak scene: it holds for its paragraph ("In 2016, … In July, …") but a
  // later paragraph's "On Feb. 28" is more often the publication year's.
  if (value.unit === 'year') return { value, present, until: paragraphEnd(text, draft.end) };
  if (draft.role === 'start') return { value, present, counted: current ? (current.counted === undefined ? current.value : current.counted) : null };
  return { value, present };
}

export function resolveMentions(
  drafts: DateDraft[],
  context: Omit<ResolveContext, 'narrative'>,
  initialNarrative: NarrativeState | null,
  includeVague: boolean,
): { mentions: DateMention[]; narrative: NarrativeState | null } {
  const mentions: DateMention[] = [];
  let narrative = initialNarrative;
  let expired: NarrativeState | null = null;
  for (const draft of drafts) {
    if (narrative?.until !== undefined && draft.start > narrative.until) [expired, narrative] = [narrative, null];
    const resolution = resolveDraft(draft, { ...context, narrative, expired });
    if (!resolution) continue;
    const { value } = resolution;
    if (typeof value === 'string' && !includeVague) continue;
    mentions.push({
      start: draft.start,
      end: draft.end,
      text: context.text.slice(draft.start, draft.end),
      value: typeof value === 'string' ? value : formatValue(value),
      // A vague reference has no calendar unit; "now" is treated as the present day, "the past" as years.
      granularity: typeof value === 'string' ? (value === 'PRESENT_REF' ? 'day' : 'year') : granularityOf(value),
      // Inside a quotation, "yesterday" or "last year" counts from the speaker's day, which the text does not give.
      certain: resolution.certain && !draft.garbled && !(draft.quoted && resolution.anchor === 'publication'),
      ...(draft.qualifier ? { qualifier: draft.qualifier } : {}),
      anchor: resolution.anchor,
      ...(draft.garbled ? { garbled: true } : {}),
      ...(draft.relation.kind === 'anaphoric' && draft.relation.clause ? { datesClause: true } : {}),
    });
    narrative = nextNarrative(context.text, narrative, draft, resolution, context.reference);
  }
  if (narrative?.until !== undefined && context.text.length > narrative.until) narrative = null;
  return { mentions, narrative };
}
