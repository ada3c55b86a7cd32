/** Words after which a year ends its phrase instead of modifying a noun ("since 1952 and …"). */
const PHRASE_END = /^(?:and|or|but|to|in|on|at|when|as|with|for|of|och|eller|men|i|på|när|med|för|av|till)$/u;

/**
 * Whether a bare year describes the noun after it ("its 2017 sanctions law", "the 2016 coup attempt")
 * rather than dating what its sentence tells: a lower-case word follows that ends no phrase, and no
 * "in", "on" or "during" leads up to it.
 */
export function isYearModifier(mention: string, before: string, after: string): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  return /^\d{4}$/u.test(mention) && next !== undefined && !PHRASE_END.test(next) && !/\b(?:in|i|on|during|under)\s+$/iu.test(before);
}
