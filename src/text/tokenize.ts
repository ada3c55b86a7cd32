export interface Token {
  /** As written. */
  raw: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[:'’][\p{L}]+)*/gu;
const POSSESSIVE = /(?<=\p{L})['’]s$/u;

/**
 * Words and numbers with their offsets. A short capitalised model name and
 * its number written with a hyphen (`Su-57`, `F-35`, `F-16s`) are one token, so that
 * `Su-57` does not match every `57`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    // An English possessive is the name itself: "Ankara's" finds what "Ankara" finds.
    const raw = match[0].replace(POSSESSIVE, '');
    const token = { raw, start: match.index, end: match.index + raw.length };
    const previous = tokens[tokens.length - 1];
    if (previous && isModelName(previous.raw) && /^\d{2,3}s?$/u.test(token.raw) && text.slice(previous.end, token.start) === '-') {
      // A plural (`F-16s`) names the same model.
      tokens[tokens.length - 1] = { raw: previous.raw + token.raw.replace(/s$/u, ''), start: previous.start, end: token.end };
      continue;
    }
    tokens.push(token);
  }
  return tokens;
}

function isModelName(word: string): boolean {
  return /^\p{Lu}\p{L}{0,2}$/u.test(word);
}
