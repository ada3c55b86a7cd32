const SPECIAL: Record<string, string> = { ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l' };

/** Lower case without diacritics: `Erdoğan` → `erdogan`, `İstanbul` → `istanbul`, `Türkiye` → `turkiye`. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıøæœßđł]/gu, (c) => SPECIAL[c] ?? c);
}

/** Only the letters and digits of a text, folded: for comparing texts whatever their spacing and punctuation. */
export function foldLetters(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}
