const SPECIAL: Record<string, string> = { ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l' };
/** Printable ASCII and line breaks (a text with other characters takes the full path). */
const ASCII = /^[\t\n\r -~]*$/u;

/** Lower case without diacritics: `Erdoğan` → `erdogan`, `İstanbul` → `istanbul`, `Türkiye` → `turkiye`. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most text is plain ASCII, which has no diacritics to take off: every question and candidate word is folded.
  if (ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıøæœßđł]/gu, (c) => SPECIAL[c] ?? c);
}

/** Only the letters and digits of a text, folded: for comparing texts whatever their spacing and punctuation. */
export function foldLetters(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}
