import type { Language } from '../corpus/types.ts';
import { fold } from './fold.ts';

const MARKERS: Record<Language, Set<string>> = {
  en: new Set(['the', 'of', 'and', 'to', 'in', 'is', 'was', 'were', 'did', 'does', 'when', 'who', 'what', 'where', 'how', 'which', 'why', 'with', 'for', 'on', 'at', 'a', 'an', 'has', 'have', 'between', 'after', 'before', 'happened', 'from', 'by', 'more', 'than', 'its', 'their', 'his', 'her', 'it', 'that', 'this', 'these', 'those', 'been', 'are', 'not', 'about', 'into', 'back', 'up', 'out', 'during', 'against', 'because', 'they', 'he', 'she', 'we', 'would', 'will', 'could', 'first', 'since', 'ago', 'two', 'three', 'ten']),
  sv: new Set(['och', 'att', 'det', 'som', 'en', 'ett', 'ar', 'av', 'for', 'pa', 'med', 'till', 'den', 'nar', 'vem', 'vad', 'hur', 'varfor', 'vilka', 'vilken', 'i', 'om', 'hande', 'mellan', 'efter', 'innan', 'fore', 'sedan', 'var', 'blev', 'har', 'ska', 'skot', 'inte', 'mer', 'mot', 'sin', 'sitt', 'sina', 'hans', 'hennes', 'deras', 'han', 'hon', 'de', 'dem', 'vi', 'detta', 'denna', 'dessa', 'ut', 'upp', 'ocksa', 'eller', 'sa', 'da', 'dar', 'forsta', 'tva', 'tre', 'tio']),
};

/** Question openers of one language only (an interrogative, an auxiliary): the first word tells a short question's language. */
const OPENERS: Record<Language, Set<string>> = {
  en: new Set(['when', 'who', 'whom', 'whose', 'what', 'where', 'which', 'why', 'how', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should']),
  sv: new Set(['nar', 'vem', 'vems', 'vad', 'var', 'vart', 'varifran', 'hur', 'vilken', 'vilket', 'vilka', 'varfor', 'har', 'ar', 'blev', 'finns', 'ska', 'skulle', 'kan', 'kunde']),
};

/** What a first word that only one language opens questions with counts for that language. */
const OPENER_WEIGHT = 2;

export interface LanguageGuess {
  language: Language;
  /** False when the text gives too little to tell (a name, a single word). */
  confident: boolean;
}

/** English or Swedish, from function words and Swedish letters. */
export function detectLanguage(text: string): LanguageGuess {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let en = 0;
  let sv = /[åäö]/u.test(text.toLowerCase()) ? 2 : 0;
  const opener = fold(words[0] ?? '');
  if (OPENERS.sv.has(opener) && !OPENERS.en.has(opener)) sv += OPENER_WEIGHT;
  else if (OPENERS.en.has(opener) && !OPENERS.sv.has(opener)) en += OPENER_WEIGHT;
  for (const word of words) {
    const folded = fold(word);
    if (MARKERS.en.has(folded)) en++;
    if (MARKERS.sv.has(folded)) sv++;
  }
  if (en === sv) return { language: 'en', confident: false };
  return { language: sv > en ? 'sv' : 'en', confident: Math.abs(sv - en) >= 1 && en + sv >= 2 };
}
