/** English adverbial particles, the closed class that makes phrasal verbs ("kick out", "wave off", "brush aside", "get together"). */
export const PARTICLES: ReadonlySet<string> = new Set(['out', 'off', 'up', 'down', 'back', 'aside', 'away', 'over', 'in', 'on', 'through', 'around', 'about', 'along', 'forward', 'together', 'apart']);

/**
 * The particles that stand after their verb as an adverb, hardly ever as a preposition opening a phrase of place
 * ("shot down", "pulled out", not "met in Moscow"): a verb and one of them name one deed, a phrasal verb's own.
 */
export const ADVERB_PARTICLES: ReadonlySet<string> = new Set(['out', 'off', 'up', 'down', 'back', 'aside', 'away', 'forward', 'together', 'apart']);
