import type { DocumentMeta } from '../../../corpus/types.ts';
import { strings, type Locale } from '../../i18n.ts';
import { colors, type Reply, type ReplyField } from '../../reply.ts';
import type { CommandInvocation } from '../types.ts';

export async function runSources({ locale, services }: CommandInvocation): Promise<Reply> {
  const fields = services.engine.sources().map((meta) => documentField(meta, locale));
  return { embeds: [{ title: strings(locale).sources.title, fields, color: colors.sources }] };
}

function documentField(meta: DocumentMeta, locale: Locale): ReplyField {
  const t = strings(locale);
  const { value, inferred, evidence } = meta.published;
  const published = inferred ? `${value} (${t.citation.inferred}${evidence ? `: ${evidence}` : ''})` : value;
  const lines = [
    `${t.sources.publisher}: ${meta.publisher ?? t.sources.unknown}`,
    `${t.sources.published}: ${published}`,
    `${t.sources.language}: ${t.sources.languages[meta.language]}`,
  ];
  if (meta.notes) lines.push(`${t.sources.notes}: ${meta.notes}`);
  return { name: meta.title, value: lines.join('\n') };
}
