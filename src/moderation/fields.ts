import type { Language } from '../corpus/types.ts';
import { isCalendarDate, partialDateRange } from '../dates/index.ts';
import type { Tone } from '../events/types.ts';
import { detectLanguage } from '../text/language.ts';
import { refuse, type Problem } from './problems.ts';

export const MAX_TITLE = 200;
export const MAX_PUBLISHER = 120;
export const MAX_SUMMARY = 300;

const TONES: readonly Tone[] = ['cooperation', 'conflict', 'neutral'];

/** A year, month or day as YYYY, YYYY-MM or YYYY-MM-DD that exists and is not after today. */
export function calendarDate(raw: string, now: Date): string {
  const value = raw.trim();
  if (!isCalendarDate(value)) refuse({ code: 'bad-date', value: raw });
  if (partialDateRange(value).start > now.toISOString().slice(0, 10)) refuse({ code: 'future-date', value });
  return value;
}

/**
 * Text as given, refused when it holds half of a UTF-16 surrogate pair (from a client's bug or a
 * hand-edited JSON escape): stored, it would silently become “�”.
 */
export function wellFormed<T extends string | null | undefined>(raw: T, what: Extract<Problem, { code: 'broken-text' }>['what']): T {
  if (typeof raw === 'string' && !raw.isWellFormed()) refuse({ code: 'broken-text', what });
  return raw;
}

/** One line of text a moderator wrote: white space collapsed, not empty, not too long. */
function line(raw: string | undefined, what: 'title' | 'summary', max: number, missing: Problem): string {
  const value = (wellFormed(raw, what) ?? '').replace(/\s+/gu, ' ').trim();
  if (value === '') refuse(missing);
  if (value.length > max) refuse({ code: 'too-long', what, max });
  return value;
}

export const title = (raw: string | undefined) => line(raw, 'title', MAX_TITLE, { code: 'title-missing' });

export const summary = (raw: string | undefined) => line(raw, 'summary', MAX_SUMMARY, { code: 'summary-missing' });

export function publisher(raw: string | undefined | null): string | null {
  const value = (wellFormed(raw, 'publisher') ?? '').replace(/\s+/gu, ' ').trim();
  if (value.length > MAX_PUBLISHER) refuse({ code: 'too-long', what: 'publisher', max: MAX_PUBLISHER });
  return value === '' ? null : value;
}

/** The language asked for, or the one the text is written in. */
export function language(raw: string | undefined | null, text: string): Language {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '') return detectLanguage(text.slice(0, 20_000)).language;
  if (value !== 'en' && value !== 'sv') return refuse({ code: 'bad-language', value: raw ?? '' });
  return value;
}

export function tone(raw: string): Tone {
  const value = raw.trim().toLowerCase();
  return TONES.find((t) => t === value) ?? refuse({ code: 'bad-tone', value: raw });
}
