import { createHash } from 'node:crypto';
import type { Passage } from '../corpus/types.ts';
import type { Engine } from '../engine.ts';

/**
 * Short references to passages for custom_ids: the passage's position in the corpus in base 36,
 * with a fingerprint of the corpus so that a button made before the documents changed is
 * recognised as stale instead of pointing at the wrong lines.
 */
export interface PassageRefs {
  tag: string;
  /** As many of the ids as fit in `room` characters, in order. */
  encode(passageIds: readonly string[], room: number): string;
  /** Undefined when the tag or any reference is not of this corpus. */
  decode(tag: string, refs: string): Passage[] | undefined;
}

const byEngine = new WeakMap<Engine, PassageRefs>();

export function passageRefs(engine: Engine): PassageRefs {
  let refs = byEngine.get(engine);
  if (!refs) {
    refs = buildRefs(engine.corpus.passages);
    byEngine.set(engine, refs);
  }
  return refs;
}

function buildRefs(passages: readonly Passage[]): PassageRefs {
  const hash = createHash('sha256');
  for (const passage of passages) hash.update(`${passage.id}\u0000${passage.text}\u0000`);
  const tag = hash.digest('hex').slice(0, 6);
  const position = new Map(passages.map((passage, index) => [passage.id, index.toString(36)]));

  return {
    tag,
    encode(passageIds, room) {
      let encoded = '';
      for (const id of passageIds) {
        const ref = position.get(id);
        if (ref === undefined) continue;
        const next = encoded ? `${encoded}.${ref}` : ref;
        if (next.length > room) break;
        encoded = next;
      }
      return encoded;
    },
    decode(refTag, encoded) {
      if (refTag !== tag) return undefined;
      if (!encoded) return [];
      const found: Passage[] = [];
      for (const ref of encoded.split('.')) {
        const passage = /^[0-9a-z]+$/.test(ref) ? passages[parseInt(ref, 36)] : undefined;
        if (!passage) return undefined;
        found.push(passage);
      }
      return found;
    },
  };
}
