import { ApplicationCommandOptionType, type ChatInputCommandInteraction, type CommandInteractionOption } from 'discord.js';
import type { UploadedFile } from '../commands/types.ts';
import { UserError } from '../errors.ts';
import { localeOf, strings } from '../i18n.ts';
import type { Options } from '../input.ts';

const nesting = new Set([ApplicationCommandOptionType.SubcommandGroup, ApplicationCommandOptionType.Subcommand]);

/** The options the user filled in, under whatever subcommand they chose. */
function leaves(options: readonly CommandInteractionOption[]): CommandInteractionOption[] {
  return options.flatMap((option) => (nesting.has(option.type) ? leaves(option.options ?? []) : [option]));
}

/** The subcommand group and subcommand chosen, outermost first. */
export function subcommandOf(interaction: ChatInputCommandInteraction): string[] {
  const path: string[] = [];
  for (let options = interaction.options.data; options.length > 0; ) {
    const nested = options.find((option) => nesting.has(option.type));
    if (!nested) break;
    path.push(nested.name);
    options = nested.options ?? [];
  }
  return path;
}

export function optionsOf(interaction: ChatInputCommandInteraction): Options {
  return Object.fromEntries(leaves(interaction.options.data).map(({ name, value }) => [name, value]));
}

/**
 * Attached files, read on demand from where Discord keeps them, never beyond what the handler
 * allows. A download that fails (the file gone, the CDN down or too slow) says so to the user.
 */
export function attachmentsOf(interaction: ChatInputCommandInteraction): Record<string, UploadedFile> {
  const t = strings(localeOf(interaction.locale)).errors;
  const read = (name: string, url: string) => (maxBytes: number) =>
    download(url, maxBytes).catch((error: unknown) => {
      throw new UserError(t.download(name), { cause: error });
    });
  // Own properties only, whatever an option is called.
  return Object.fromEntries(
    leaves(interaction.options.data).flatMap(({ type, name, attachment }) =>
      type === ApplicationCommandOptionType.Attachment && attachment
        ? [[name, { name: attachment.name, size: attachment.size, read: read(attachment.name, attachment.url) }]]
        : [],
    ),
  );
}

/** Long enough for the largest import over a slow link; a stalled download must not hold the reply forever. */
const DOWNLOAD_TIMEOUT_MS = 60_000;

/** Stops one byte past `maxBytes`: a file larger than it said it was is refused, not swallowed. */
async function download(url: string, maxBytes: number): Promise<Uint8Array> {
  const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok || !response.body) throw new Error(`attachment download failed with status ${response.status}`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    chunks.push(chunk);
    total += chunk.length;
    if (total > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, maxBytes + 1);
}
