import { isCalendarDate } from '../dates/index.ts';
import { UserError } from './errors.ts';
import type { Strings } from './i18n.ts';

export type OptionValue = string | number | boolean;
/** Slash-command options by name, as the platform delivered them. */
export type Options = Readonly<Record<string, OptionValue | undefined>>;

// Control and format characters (zero-width, bidi overrides, soft hyphens) plus the blank
// letters people paste to fake an empty message.
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u2800\u3164\uffa0]/gu;

const markup: Array<[RegExp, string]> = [
  [/<@[!&]?\d+>|<#\d+>|<\/[^:>]+:\d+>|<a?:\w+:\d+>|<t:-?\d+(?::\w)?>/g, ' '],
  [/@(?:everyone|here)\b/g, ' '],
  [/\[([^\]]*)\]\([^)]*\)/g, '$1'],
  [/[*_~`|\\]/g, ''],
  [/(^|\s)(?:#{1,3}|-#|>{1,3})(?=\s)/g, '$1'],
];

/**
 * Plain words from what a user typed: mentions, Discord markup and invisible characters
 * removed, whitespace collapsed. What is left is what the engine searches and what is echoed.
 */
export function plainText(raw: string): string {
  let text = raw.normalize('NFC').replace(/[\t\n\r\v\f]/g, ' ').replace(invisible, '');
  for (const [pattern, replacement] of markup) text = text.replace(pattern, replacement);
  return text.replace(/\s+/g, ' ').trim();
}

export interface TextOption {
  name: string;
  /** The option's name as the user sees it, for messages. */
  label: string;
  max: number;
}

export function optionalText(options: Options, option: TextOption, t: Strings): string | undefined {
  const raw = options[option.name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw new UserError(t.errors.missing(option.label));
  if (raw.length > option.max) throw new UserError(t.errors.tooLong(option.label, option.max));
  // Half a surrogate pair is no character: said, rather than searched or echoed as “�”.
  if (!raw.isWellFormed()) throw new UserError(t.errors.brokenText(option.label));
  const text = plainText(raw);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new UserError(t.errors.empty(option.label));
  return text;
}

export function requiredText(options: Options, option: TextOption, t: Strings): string {
  const text = optionalText(options, option, t);
  if (text === undefined) throw new UserError(t.errors.missing(option.label));
  return text;
}

export function flag(options: Options, name: string): boolean {
  return options[name] === true;
}

/** Whatever is wrong with a date (empty, too long, not a date), the useful answer is its expected form. */
export function optionalDate(options: Options, option: Omit<TextOption, 'max'>, t: Strings): string | undefined {
  const raw = options[option.name];
  if (raw === undefined) return undefined;
  const text = typeof raw === 'string' ? plainText(raw) : '';
  if (!isCalendarDate(text)) throw new UserError(t.errors.badDate(option.label));
  return text;
}
