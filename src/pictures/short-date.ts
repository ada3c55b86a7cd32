/** Dates short enough for a label: "12 Sep 2017", "Jul 2019", "2016"; other partial dates in full words. */
import { formatPartialDate } from '../dates/index.ts';
import { pictureWords, type PictureLanguage } from './words.ts';

export function shortDate(date: string, language: PictureLanguage): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return formatPartialDate(date, language);
  const [, year, month, day] = match;
  const name = month ? pictureWords(language).months[Number(month) - 1] : undefined;
  return [day && String(Number(day)), name, year].filter(Boolean).join(' ');
}
