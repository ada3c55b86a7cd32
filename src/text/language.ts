import type { Language } from '../corpus/types.ts';
import { fold } from './fold.ts';

const MARKERS: Record<Language, Set<string>> = {
  en: new Set(['the', 'of', 'and', 'to', 'in', 'is', 'was', 'were', 'did', 'does', 'when', 'who', 'what', 'where', 'how', 'which', 'why', 'with', 'for', 'on', 'at', 'a', 'an', 'has', 'have', 'between', 'after', 'before', 'happened', 'from', 'by']),
  sv: new Set(['och', 'att', 'det', 'som', 'en', 'ett', 'ar', 'av', 'for', 'pa', 'med', 'till', 'den', 'nar', 'vem', 'vad', 'hur', 'varfor', 'vilka', 'vilken', 'i', 'om', 'hande', 'mellan', 'efter', 'innan', 'fore', 'sedan', 'var', 'blev', 'har', 'ska', 'sköt']),
};

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
  for (const word of words) {
    const folded = fold(word);
    if (MARKERS.en.has(folded)) en++;
    if (MARKERS.sv.has(folded)) sv++;
  }
  if (en === sv) return { language: 'en', confident: false };
  return { language: sv > en ? 'sv' : 'en', confident: Math.abs(sv - en) >= 1 && en + sv >= 2 };
}
