import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lazyContext } from '../../src/cli/context.ts';
import { runCli } from '../../src/cli/run.ts';
import { contentHash, fixedNow, guild, tempDatabasePath } from '../moderation/support/knowledge.ts';

const databasePath = tempDatabasePath();
const dir = dirname(databasePath);

async function cli(...argv: string[]) {
  const err: string[] = [];
  const out: string[] = [];
  const code = await runCli(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), readStdin: async () => '' }, lazyContext({ databasePath, now: fixedNow }));
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const addFile = (path: string) => cli('docs', 'add', '--file', path, '--title', 'T', '--published', '2020', '--guild', guild);
const importFile = (path: string) => cli('import', path, '--guild', guild);

function fifo(): string | undefined {
  const path = join(dir, 'pipe.txt');
  try {
    execFileSync('mkfifo', [path]);
    return path;
  } catch {
    return undefined;
  }
}

/** A file of `bytes` that takes no room on disk: its size is what is refused, before it is read. */
function sparse(name: string, bytes: number): string {
  const path = join(dir, name);
  writeFileSync(path, '');
  truncateSync(path, bytes);
  return path;
}

const folder = join(dir, 'folder.txt');
mkdirSync(folder);
const pipe = fifo();

describe('files are judged by their stat before they are read (docs add --file, import)', () => {
  beforeAll(() => cli('docs', 'list', '--guild', guild));

  const special: Array<[string, string | undefined, string]> = [
    ['a folder', folder, `relations-bot: "${folder}" is a folder, not a file: give the path of a .txt, .md or .json file`],
    ['/dev/zero', existsSync('/dev/zero') ? '/dev/zero' : undefined, 'relations-bot: "/dev/zero" is a device, not a file: give the path of a .txt, .md or .json file'],
    ['/dev/urandom', existsSync('/dev/urandom') ? '/dev/urandom' : undefined, 'relations-bot: "/dev/urandom" is a device, not a file: give the path of a .txt, .md or .json file'],
    ['a FIFO', pipe, `relations-bot: "${pipe}" is a pipe, not a file: give the path of a .txt, .md or .json file`],
    ['a file that is not there', join(dir, 'missing.txt'), `relations-bot: cannot read the file "${join(dir, 'missing.txt')}" (ENOENT)`],
  ];

  it.each(special.filter(([, path]) => path !== undefined))('refuses %s at once, with one line and exit code 2, for docs add and import', async (_what, path, message) => {
    const before = contentHash(databasePath);
    for (const attempt of [addFile, importFile]) {
      const { code, stdout, stderr } = await attempt(path as string);
      expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: message });
    }
    expect(contentHash(databasePath)).toBe(before);
  });

  it('refuses a document over 512 KB by its size, without reading it', async () => {
    const { code, stderr } = await addFile(sparse('huge.txt', 8 * 1024 ** 3));
    expect({ code, stderr }).toEqual({ code: 2, stderr: 'relations-bot: “huge.txt” is 8192.0 MB; a document may be at most 512 KB. Split it into parts.' });
  });

  it('refuses an import over 64 MB by its size, without reading it', async () => {
    const { code, stderr } = await importFile(sparse('huge.json', 8 * 1024 ** 3));
    expect({ code, stderr }).toEqual({ code: 2, stderr: 'relations-bot: The import file is 8192.0 MB; at most 64.0 MB.' });
  });
});
