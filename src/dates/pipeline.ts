/**
 * The extraction engine, shaped like chrono's: an ordered list of parsers proposes drafts,
 * then an ordered list of refiners filters, merges and annotates them.
 */
import type { CalendarValue } from './calendar.ts';
import type { DateDraft, Found } from './draft.ts';
import type { DateLanguage } from './types.ts';

export interface ParseContext {
  text: string;
  lang: DateLanguage;
  /** The publication date (year, month or day). */
  reference: CalendarValue;
}

export interface DateParser {
  readonly name: string;
  parse(context: ParseContext): Found[];
}

export interface DateRefiner {
  readonly name: string;
  refine(drafts: DateDraft[], context: ParseContext): DateDraft[];
}

export interface Configuration {
  parsers: DateParser[];
  refiners: DateRefiner[];
}

export function runPipeline(config: Configuration, context: ParseContext): DateDraft[] {
  let drafts: DateDraft[] = config.parsers.flatMap((parser, priority) =>
    parser.parse(context).map((found): DateDraft => ({ ...found, parser: parser.name, priority, role: 'inline' })),
  );
  drafts.sort((a, b) => a.start - b.start || a.priority - b.priority);
  for (const refiner of config.refiners) drafts = refiner.refine(drafts, context);
  return drafts;
}

type Extract = (match: RegExpExecArray, context: ParseContext) => Found | Found[] | null;

/**
 * A parser from one regular expression (flags 'giud'). The span is the named group `date`
 * when present, so a pattern can require "in" before a year without quoting it. When
 * `extract` rejects a match the search resumes one character later, as in chrono.
 */
export function regexParser(name: string, regex: RegExp, extract: Extract): DateParser {
  return {
    name,
    parse(context) {
      const found: Found[] = [];
      regex.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = regex.exec(context.text))) {
        const result = extract(match, context);
        if (!result) {
          regex.lastIndex = match.index + 1;
          continue;
        }
        found.push(...(Array.isArray(result) ? result : [result]));
        if (match[0].length === 0) regex.lastIndex = match.index + 1;
      }
      return found;
    },
  };
}

/** The span of a match: its `date` group if it has one, else the whole match. */
export function spanOf(match: RegExpExecArray): { start: number; end: number } {
  const span = match.indices?.groups?.date ?? [match.index, match.index + match[0].length];
  return { start: span[0], end: span[1] };
}

/** The span of one numbered or named group (for patterns that yield several drafts). */
export function groupSpan(match: RegExpExecArray, group: number | string): { start: number; end: number } | undefined {
  const span = typeof group === 'number' ? match.indices?.[group] : match.indices?.groups?.[group];
  return span ? { start: span[0], end: span[1] } : undefined;
}
