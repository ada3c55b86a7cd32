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
  // exec, not matchAll: every question and candidate text is cut into words, and matchAll's iterator and copies add up.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    // An English possessive is the name itself: "Ankara's" finds what "Ankara" finds.
    const raw = match[0].endsWith('s') ? match[0].replace(POSSESSIVE, '') : match[0];
    const token = { raw, start: match.index, end: match.index + raw.length };
    const previous = tokens[tokens.length - 1];
    if (previous && token.start === previous.end + 1 && text[previous.end] === '-' && /^\d{2,3}s?$/u.test(token.raw) && isModelName(previous.raw)) {
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
