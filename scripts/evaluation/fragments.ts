/** Letters and digits only, lower-cased: how quotes and fragments are compared with documents. */
export const lettersAndDigits = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether `text` holds `fragment`, comparing letters and digits only (case, spacing and punctuation ignored). */
export const holds = (text: string, fragment: string): boolean => lettersAndDigits(text).includes(lettersAndDigits(fragment));

export const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** A share, rounded; 0 of 0 is 1 (nothing to get wrong). */
export const share = (part: number, whole: number): number => (whole === 0 ? 1 : round3(part / whole));
