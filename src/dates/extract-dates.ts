/** extractDates(): the pipeline for one language, then resolution in text order. */
import type { CalendarValue } from './calendar.ts';
import { createEnglishConfiguration } from './locales/en/configuration.ts';
import { createSwedishConfiguration } from './locales/sv/configuration.ts';
import { formatValue, parseValue } from './partial-date.ts';
import { runPipeline, type Configuration } from './pipeline.ts';
import { resolveMentions } from './resolve/resolve-mentions.ts';
import type { DateLanguage, DateMention, ExtractOptions } from './types.ts';

const configurations = new Map<DateLanguage, Configuration>();

function configurationFor(lang: DateLanguage): Configuration {
  let config = configurations.get(lang);
  if (!config) {
    config = lang === 'sv' ? createSwedishConfiguration() : createEnglishConfiguration();
    configurations.set(lang, config);
  }
  return config;
}

function parseReference(reference: string): CalendarValue {
  const value = parseValue(reference);
  if (!value || (value.unit !== 'year' && value.unit !== 'month' && value.unit !== 'day')) {
    throw new Error(`reference must be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', got ${JSON.stringify(reference)}`);
  }
  return value;
}

function parseNarrative(narrative: string | undefined): CalendarValue | null {
  if (narrative === undefined) return null;
  const value = parseValue(narrative);
  if (!value || value.unit === 'decade' || value.unit === 'century') {
    throw new Error(`narrative must be a partial date within a year, got ${JSON.stringify(narrative)}`);
  }
  return value;
}

function run(text: string, options: ExtractOptions): ReturnType<typeof resolveMentions> {
  const reference = parseReference(options.reference);
  const narrative = parseNarrative(options.narrative);
  const context = { text, lang: options.lang, reference };
  const drafts = runPipeline(configurationFor(options.lang), context);
  return resolveMentions(drafts, context, narrative ? { value: narrative, present: false } : null, options.vague ?? false);
}

/** Every date mention in `text`, in text order, resolved against the publication date and the running narrative. */
export function extractDates(text: string, options: ExtractOptions): DateMention[] {
  return run(text, options).mentions;
}

/**
 * The running narrative date at the end of `text` (undefined when nothing set one), to pass
 * as `narrative` when extracting the next passage of the same document. It is not simply
 * the last mention: "until 2020" or "a 2015 crisis" do not move it.
 */
export function narrativeAfter(text: string, options: ExtractOptions): string | undefined {
  const { narrative } = run(text, options);
  return narrative ? formatValue(narrative.value) : undefined;
}
