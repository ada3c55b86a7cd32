import { refuse } from './problems.ts';

/** Several times the longest bundled document: a long report, not a book. */
export const MAX_DOCUMENT_BYTES = 512 * 1024;

const TEXT_FILE = /\.(?:txt|md)$/iu;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** What a moderator handed over: an uploaded file or pasted text. */
export interface Upload {
  /** The file's name, or "pasted text". */
  name: string;
  bytes: Uint8Array;
}

/**
 * The text of an upload, or a refusal that says what is wrong with it: not a .txt/.md file,
 * too large, binary, not UTF-8, or empty. A byte-order mark is dropped; line ends become \n.
 */
export function uploadedText(upload: Upload, { pasted = false } = {}): string {
  const { name, bytes } = upload;
  if (!pasted && !TEXT_FILE.test(name)) refuse({ code: 'file-type', name });
  if (bytes.length > MAX_DOCUMENT_BYTES) refuse({ code: 'file-too-large', name, bytes: bytes.length, limit: MAX_DOCUMENT_BYTES });
  if (bytes.includes(0)) refuse({ code: 'file-binary', name });
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return refuse({ code: 'file-encoding', name });
  }
  text = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  if (text.trim() === '') refuse({ code: 'file-empty', name });
  return text;
}

/** Text pasted in a form, as an upload; refused when it holds half of a surrogate pair, which encoding would turn into “�”. */
export function pastedUpload(text: string, name = 'pasted text'): Upload {
  if (!text.isWellFormed()) refuse({ code: 'broken-text', what: 'text' });
  return { name, bytes: new TextEncoder().encode(text) };
}
