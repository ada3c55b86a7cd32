/** English adverbial particles, the closed class that makes phrasal verbs ("kick out", "wave off", "brush aside", "get together"). */
export const PARTICLES: ReadonlySet<string> = new Set(['out', 'off', 'up', 'down', 'back', 'aside', 'away', 'over', 'in', 'on', 'through', 'around', 'about', 'along', 'forward', 'together', 'apart']);
