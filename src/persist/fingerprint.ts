import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { declaredRowsHash } from '../text/sorted-table.ts';

/**
 * Bump to throw every saved state away when analysis changes in a way the hashed sources below
 * do not show (a change of the Node.js version's Unicode tables, say).
 */
export const ANALYSIS_VERSION = 1;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The code that turns documents into passages, terms, claims and events, and how they are saved. */
const ANALYSIS_SOURCES = ['src/corpus', 'src/text', 'src/dates', 'src/events', 'src/search', 'src/persist', 'src/language-data.ts'];

/** A table the analysis code reads from the bundled data whatever the data folder: the English forms of glossed summaries. */
const ANALYSIS_TABLES = ['data/lexicon/english-forms.tsv'];

/** Libraries whose behaviour is part of the analysis: date parsing, stemming, stop words, the term tree, the English forms of glossed summaries. */
const ANALYSIS_PACKAGES = ['chrono-node', '@orama/stemmers', '@orama/stopwords', 'minisearch', 'compromise'];

export function sha256(...parts: Array<string | Buffer>): string {
  const hash = createHash('sha256');
  // Lengths keep ("ab", "c") and ("a", "bc") apart.
  for (const part of parts) hash.update(`${Buffer.byteLength(part)}:`).update(part);
  return hash.digest('hex');
}

let fingerprint: string | null | undefined;

/**
 * What saved analysis depends on besides the data: this version, the analysis source code
 * itself (so that an edit never meets a stale state), the tables it reads beside its code and
 * the versions of the libraries it uses.
 * Null when the sources cannot be read: then no state can be trusted, and none is used.
 */
export function analysisFingerprint(): string | null {
  if (fingerprint === undefined) {
    try {
      fingerprint = computeFingerprint();
    } catch {
      fingerprint = null;
    }
  }
  return fingerprint;
}

// Read synchronously: for a hundred small files that is several times faster than as many parallel reads.
function computeFingerprint(): string {
  const files = ANALYSIS_SOURCES.flatMap(sourceFiles).sort();
  const versions = ANALYSIS_PACKAGES.map(packageVersion);
  const tables = ANALYSIS_TABLES.flatMap((file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    return [file, declaredRowsHash(text) ?? text];
  });
  return sha256(String(ANALYSIS_VERSION), ...versions, ...tables, ...files.flatMap((file) => [file, readFileSync(join(ROOT, file))]));
}

function sourceFiles(path: string): string[] {
  if (path.endsWith('.ts')) return [path];
  return readdirSync(join(ROOT, path), { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.ts'))
    .map((entry) => join(path, entry));
}

function packageVersion(name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string };
    return `${name}@${manifest.version ?? '?'}`;
  } catch {
    return `${name}@?`;
  }
}
