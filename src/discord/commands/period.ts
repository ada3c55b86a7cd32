import { partialDateRange } from '../../dates/index.ts';
import { UserError } from '../errors.ts';
import { strings, type Locale } from '../i18n.ts';
import { optionalDate, type Options } from '../input.ts';
import { optionLabel } from './optionLabel.ts';
import type { CommandDefinition } from './types.ts';

/** The `from` and `to` options of a command as partial dates, refused when they are out of order. */
export function periodOptions(definition: CommandDefinition, options: Options, locale: Locale): { from?: string; to?: string } {
  const t = strings(locale);
  const option = (name: string) => ({ name, label: optionLabel(definition, name, locale) });
  const from = optionalDate(options, option('from'), t);
  const to = optionalDate(options, option('to'), t);
  if (from && to && partialDateRange(from).start > partialDateRange(to).end) throw new UserError(t.errors.dateOrder(from, to));
  return { ...(from && { from }), ...(to && { to }) };
}
