import { crc32 } from 'node:zlib';

/**
 * A file of named sections: JSON, long texts and typed arrays, behind a header and a checksum.
 * Typed arrays are stored as their bytes, so a large index loads without parsing; texts as
 * UTF-16, which reads back into a string several times faster than UTF-8.
 */
export type Section = Int32Array | Float64Array | Uint8Array | { json: unknown } | { text: string };

const MAGIC = 'RBSTATE1';
const ALIGN = 8;
const TYPES = { i32: Int32Array, f64: Float64Array, u8: Uint8Array } as const;
type ArrayType = keyof typeof TYPES;

interface Entry {
  name: string;
  type: ArrayType | 'json' | 'text';
  offset: number;
  bytes: number;
}

/** A saved state that cannot be read: it is built again, so this never reaches a user. */
class CorruptStateError extends Error {
  override name = 'CorruptStateError';

  constructor(reason: string) {
    super(`relations-bot: saved state unreadable: ${reason}`);
  }
}

function typeOf(section: Section): Entry['type'] {
  if (section instanceof Int32Array) return 'i32';
  if (section instanceof Float64Array) return 'f64';
  if (section instanceof Uint8Array) return 'u8';
  return 'json' in section ? 'json' : 'text';
}

function bytesOf(section: Section): Buffer {
  if (ArrayBuffer.isView(section)) return Buffer.from(section.buffer, section.byteOffset, section.byteLength);
  return 'json' in section ? Buffer.from(asciiJson(section.json), 'latin1') : Buffer.from(section.text, 'utf16le');
}

/** JSON with every non-ASCII code unit escaped (astral characters as their two halves): it reads back through the fast one-byte path. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const padded = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

/**
 * `MAGIC | header length | header JSON | sections…`, each section 8-byte aligned; the header holds
 * the body's CRC-32. The checksum catches a file cut short or damaged on disk (the file is a cache
 * the engine writes itself, not input to trust); over a 25 MB state it costs a third of a SHA-256.
 */
export function pack(sections: Record<string, Section>): Buffer {
  const entries: Entry[] = [];
  const bodies: Buffer[] = [];
  let offset = 0;
  for (const [name, section] of Object.entries(sections)) {
    const bytes = bytesOf(section);
    entries.push({ name, type: typeOf(section), offset, bytes: bytes.length });
    bodies.push(bytes, Buffer.alloc(padded(bytes.length) - bytes.length));
    offset += padded(bytes.length);
  }
  const body = Buffer.concat(bodies);
  const header = Buffer.from(JSON.stringify({ entries, crc32: crc32(body) }), 'utf8');
  const prefix = Buffer.alloc(padded(MAGIC.length + 4 + header.length));
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(header.length, MAGIC.length);
  header.copy(prefix, MAGIC.length + 4);
  return Buffer.concat([prefix, body]);
}

/** The sections of a packed file; a file that is cut short, altered or not one of ours is refused. */
export class Unpacked {
  private readonly entries = new Map<string, Entry>();
  private readonly body: Buffer;

  constructor(file: Buffer) {
    if (file.length < MAGIC.length + 4 || file.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new CorruptStateError('not a state file');
    const headerLength = file.readUInt32LE(MAGIC.length);
    const start = padded(MAGIC.length + 4 + headerLength);
    if (start > file.length) throw new CorruptStateError('header cut short');
    let header: { entries: Entry[]; crc32: number };
    try {
      header = JSON.parse(file.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as typeof header;
    } catch {
      throw new CorruptStateError('unreadable header');
    }
    this.body = file.subarray(start);
    if (crc32(this.body) !== header.crc32) throw new CorruptStateError('checksum mismatch');
    for (const entry of header.entries) this.entries.set(entry.name, entry);
  }

  json<T>(name: string): T {
    return this.jsonLater<T>(name)();
  }

  /** A JSON section to parse when it is needed: its text is taken now, so the file's buffer need not stay in memory. */
  jsonLater<T>(name: string): () => T {
    const entry = this.entry(name, 'json');
    const text = this.body.toString('latin1', entry.offset, entry.offset + entry.bytes);
    return () => JSON.parse(text) as T;
  }

  text(name: string): string {
    const entry = this.entry(name, 'text');
    return this.body.toString('utf16le', entry.offset, entry.offset + entry.bytes);
  }

  i32(name: string): Int32Array {
    return this.array(name, 'i32') as Int32Array;
  }

  f64(name: string): Float64Array {
    return this.array(name, 'f64') as Float64Array;
  }

  u8(name: string): Uint8Array {
    return this.array(name, 'u8') as Uint8Array;
  }

  private array(name: string, type: ArrayType): Int32Array | Float64Array | Uint8Array {
    const entry = this.entry(name, type);
    const Type = TYPES[type];
    // A copy: aligned whatever the file buffer's own offset, and not pinning the whole file in memory.
    const bytes = this.body.subarray(entry.offset, entry.offset + entry.bytes);
    const copy = new Uint8Array(bytes.length);
    copy.set(bytes);
    return new Type(copy.buffer, 0, entry.bytes / Type.BYTES_PER_ELEMENT);
  }

  private entry(name: string, type: Entry['type']): Entry {
    const entry = this.entries.get(name);
    if (!entry || entry.type !== type || entry.offset + entry.bytes > this.body.length) throw new CorruptStateError(`no ${type} section "${name}"`);
    return entry;
  }
}
