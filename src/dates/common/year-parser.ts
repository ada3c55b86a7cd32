/**
 * Bare years: "since 1952", "a major 2015 diplomatic crisis", "2009-2010", "1957-58",
 * "mid-2018". A four-digit number is a year unless its surroundings say it is a quantity
 * ("2000 soldiers", "about 1500"), part of a name ("MAKS-2019", "S-400") or a code.
 */
import type { Found } from '../draft.ts';
import type { DateParser } from '../pipeline.ts';
import { regexParser, groupSpan } from '../pipeline.ts';
import { pattern } from '../patterns.ts';
import type { DateLanguage } from '../types.ts';

/** Nouns that follow counts, not years. */
const QUANTITY_AFTER: Record<DateLanguage, RegExp> = {
  en: /^\s*(?:%|percent|per\s*cent|people|persons|soldiers|troops|civilians|dead|deaths|killed|wounded|men|women|children|members|workers|jobs|units|vehicles|tanks|aircraft|jets|planes|missiles|rockets|km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|barrels|dollars|euros|pounds|rubles|roubles|liras?|hectares|acres|votes|seats|cases|patients|refugees|migrants|homes|houses|companies|employees|staff|students|pages|times|applicants|towers|documents)(?![\p{L}])/iu,
  sv: /^\s*(?:%|procent|personer|soldater|döda|dödade|skadade|människor|barn|kronor|dollar|euro|km|kilometer|mil|meter|ton|fall|flyktingar|sidor|gånger|st)(?![\p{L}])/iu,
};

/** Words before counts, not years. */
const QUANTITY_BEFORE: Record<DateLanguage, RegExp> = {
  en: /(?:about|around|some|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|approximately|roughly|estimated|only|just|no\.|number|flight|route|page|room|article|resolution|code|model|[#№])\s*$/iu,
  sv: /(?:cirka|ca|omkring|runt|drygt|nästan|över|minst|upp\s+till|bara|endast|nr|nummer|flight|sidan|rum|artikel|resolution|[#№])\s*$/iu,
};

/** Before a year outside 1800–2099 a temporal word is required: "in 1453", not "1453 soldiers". */
const TEMPORAL_BEFORE: Record<DateLanguage, RegExp> = {
  en: /(?:in|since|until|by|from|before|after|during|of|year|circa)\s+$/iu,
  sv: /(?:i|år|sedan|till|före|efter|under|från)\s+$/iu,
};

const YEAR_PATTERN = pattern(
  '(?<![\\p{L}\\p{N}$£€.,/-]|[\\p{L}\\p{N}]-)(?:(?<mid>mid)-\\s?)?(?<first>\\d{4})(?:\\s?[-–]\\s?(?<second>\\d{4}|\\d{2}))?(?![\\p{L}\\p{N}]|[-–/]\\p{N}|[.,:]\\d)',
);

function plausible(year: number, before: string, lang: DateLanguage): boolean {
  if (year >= 1800 && year <= 2099) return true;
  return year >= 1000 && year < 1800 && TEMPORAL_BEFORE[lang].test(before);
}

export function yearParser(lang: DateLanguage): DateParser {
  return regexParser('year', YEAR_PATTERN, (m, { text }) => {
    const groups = m.groups ?? {};
    const first = Number(groups.first);
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (!plausible(first, before, lang) || QUANTITY_BEFORE[lang].test(before)) return null;
    if (groups.second === undefined && QUANTITY_AFTER[lang].test(after)) return null;
    // "mid-" before a year is a hyphenated qualifier, any other word glued by a hyphen makes a name ("MAKS-2019").
    if (groups.mid === undefined && /[\p{L}\p{N}]-$/u.test(before)) return null;

    const firstSpan = groupSpan(m, 'first');
    if (!firstSpan) return null;
    const start = groups.mid !== undefined ? m.index : firstSpan.start;
    const found: Found[] = [
      {
        start,
        end: firstSpan.end,
        relation: { kind: 'absolute', value: { unit: 'year', year: first } },
        ...(groups.mid !== undefined ? { qualifier: 'mid' as const } : {}),
      },
    ];
    const secondSpan = groupSpan(m, 'second');
    if (groups.second !== undefined && secondSpan) {
      // "1957-58": the second year keeps the first one's century.
      const second = groups.second.length === 2 ? Math.floor(first / 100) * 100 + Number(groups.second) : Number(groups.second);
      if (second <= first || second - first > 50) return null;
      found.push({ ...secondSpan, relation: { kind: 'absolute', value: { unit: 'year', year: second } } });
    }
    return found;
  });
}
