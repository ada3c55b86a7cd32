import type { Options } from '../discord/input.ts';

export interface ConsoleLine {
  /** Command name without the slash, lower-cased. */
  name: string;
  args: string;
}

/** `/name args…`; a line without a slash is a question, as a student would type it. */
export function parseLine(line: string): ConsoleLine {
  const trimmed = line.trim();
  if (!trimmed.startsWith('/')) return { name: 'ask', args: trimmed };
  const [name = '', ...rest] = trimmed.slice(1).split(/\s+/);
  return { name: name.toLowerCase(), args: rest.join(' ') };
}

const looksLikeDate = (word: string) => /^\d{4}(?:-\d{1,2}){0,2}$/.test(word);

/** Slash-command options from console arguments, in the order the commands take them. */
export function optionsFor(name: string, args: string): Options {
  switch (name) {
    case 'ask':
      return { question: args || undefined };
    case 'when':
      return { event: args || undefined };
    case 'timeline': {
      // `/timeline [from] [to] [topic]`: leading date-like words are the period, the rest the topic.
      const words = args.split(/\s+/).filter(Boolean);
      const dates: string[] = [];
      while (dates.length < 2 && words[0] !== undefined && looksLikeDate(words[0])) dates.push(words.shift() as string);
      return { from: dates[0], to: dates[1], topic: words.join(' ') || undefined };
    }
    case 'barometer': {
      const [from, to] = args.split(/\s+/).filter(Boolean);
      return { from, to };
    }
    default:
      return {};
  }
}
