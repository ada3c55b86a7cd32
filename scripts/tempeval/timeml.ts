/**
 * Reads a TempEval-3 .tml file: the plain text of its <TEXT> element (tags removed,
 * entities decoded) with the TIMEX3 annotations as offsets into that text, and the
 * document creation time.
 */

export interface GoldTimex {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}

export interface TimemlDocument {
  id: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1);
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return ENTITIES[name] ?? entity;
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1] ?? ''] = m[2] ?? '';
  return out;
}

export function parseTimeml(id: string, xml: string): TimemlDocument {
  const dctTag = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0];
  const dct = dctTag ? attributes(dctTag).value : undefined;
  if (!dct) throw new Error(`${id}: no creation-time TIMEX3`);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (body === undefined) throw new Error(`${id}: no <TEXT>`);

  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; attrs: Record<string, string> } | null = null;
  for (const [token] of body.matchAll(/<[^>]+>|&#?\w+;|[^<&]+/g)) {
    if (token.startsWith('<TIMEX3')) open = { start: text.length, attrs: attributes(token) };
    else if (token.startsWith('</TIMEX3') && open) {
      timexes.push({ start: open.start, end: text.length, type: open.attrs.type ?? '', value: open.attrs.value ?? '', text: text.slice(open.start) });
      open = null;
    } else if (token.startsWith('<')) continue;
    else text += token.startsWith('&') ? decodeEntity(token) : token;
  }
  return { id, dct: dct.slice(0, 10), text, timexes };
}
