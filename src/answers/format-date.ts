import type { Language } from '../corpus/types.ts';

const MONTHS: Record<Language, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
};
const SEASONS: Record<Language, Record<string, string>> = {
  en: { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' },
  sv: { SP: 'våren', SU: 'sommaren', FA: 'hösten', WI: 'vintern' },
};

/** A TimeML partial date for people: `2016-06-27` → "27 June 2016", `2016-06` → "June 2016". */
export function formatDate(value: string, language: Language): string {
  const [year, second, day] = value.split('-');
  if (second === undefined) return year ?? value;
  const season = SEASONS[language][second];
  if (season) return `${language === 'en' ? 'the ' : ''}${season} ${language === 'sv' ? '' : 'of '}${year}`.replace(/\s+/gu, ' ');
  if (second.startsWith('W')) return language === 'en' ? `week ${Number(second.slice(1))} of ${year}` : `vecka ${Number(second.slice(1))} ${year}`;
  if (second.startsWith('Q')) return `${second} ${year}`;
  const month = MONTHS[language][Number(second) - 1] ?? second;
  return day === undefined ? `${month} ${year}` : `${Number(day)} ${month} ${year}`;
}
