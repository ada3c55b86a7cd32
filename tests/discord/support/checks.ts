import type { RecordedFile, RecordedRequest } from '../double/index.ts';
import { callbackSchema, schemaErrors } from './schemas.ts';

/** Callback types whose `data` is a message: a reply (4) and an update of the clicked message (7). */
const messageCallbacks = new Set([4, 7]);

/**
 * What is wrong with a request the bot sent: Discord's schema for its route, plus what the
 * schema does not say (content held to 2000, embeds to 6000 together, and no mentions at all).
 */
export function problems({ method, path, body, files }: RecordedRequest): string[] {
  const where = `${method} ${path.replace(/\/\d+\/[^/]+/, '/:id/:token')}`;
  const found: string[] = [];
  if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
    found.push(...schemaErrors(callbackSchema(body), body));
    const { type, data } = body as { type: number; data?: unknown };
    if (messageCallbacks.has(type)) found.push(...messageProblems(data, files));
  } else if (method === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) {
    found.push(...schemaErrors('IncomingWebhookUpdateRequestPartial', body), ...messageProblems(body, files));
  } else if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) {
    found.push(...schemaErrors('IncomingWebhookRequestPartial', body), ...messageProblems(body, files));
  } else if (method === 'POST' && /^\/channels\/\d+\/messages$/.test(path)) {
    found.push(...schemaErrors('MessageCreateRequest', body), ...messageProblems(body, files));
  } else if (method === 'PATCH' && /^\/channels\/\d+\/messages\/\d+$/.test(path)) {
    found.push(...schemaErrors('MessageEditRequestPartial', body), ...messageProblems(body, files));
  } else if (method === 'PUT' && /\/commands$/.test(path)) {
    for (const command of body as unknown[]) found.push(...schemaErrors('ApplicationCommandUpdateRequest', command));
  }
  return found.map((problem) => `${where}: ${problem}`);
}

function messageProblems(message: unknown, files: RecordedFile[]): string[] {
  const { content, embeds = [], allowed_mentions: mentions, attachments = [] } = (message ?? {}) as {
    content?: string;
    embeds?: Array<Record<string, unknown>>;
    allowed_mentions?: unknown;
    attachments?: Array<{ id: string | number; filename?: string }>;
  };
  const found: string[] = [];
  if (JSON.stringify(mentions) !== '{"parse":[]}') found.push(`allowed_mentions is ${JSON.stringify(mentions)}`);
  if (content !== undefined && content.length > 2000) found.push(`content of ${content.length} characters`);
  const embedText = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
  if (embedText > 6000) found.push(`embeds of ${embedText} characters together`);
  return [...found, ...uploadProblems(embeds, attachments, files)];
}

/** The limit per file the double's interactions give (`attachment_size_limit`), as Discord's do for most servers. */
const attachmentSizeLimit = 8_388_608;

/**
 * What the multipart form of a message with files must hold together: every part is `files[n]`
 * (at most ten) with an `attachments` entry of id n, within the size limit, and every
 * `attachment://name` an embed shows names an uploaded file.
 */
function uploadProblems(embeds: Array<Record<string, unknown>>, attachments: Array<{ id: string | number }>, files: RecordedFile[]): string[] {
  const found: string[] = [];
  const ids = new Set(attachments.map((attachment) => String(attachment.id)));
  for (const file of files) {
    const id = /^files\[(\d)\]$/.exec(file.field)?.[1];
    if (id === undefined) found.push(`an uploaded part is named ${file.field}, not files[0] to files[9]`);
    else if (!ids.has(id)) found.push(`files[${id}] has no entry in attachments`);
    if (file.data.length > attachmentSizeLimit) found.push(`${file.filename} is ${file.data.length} bytes`);
  }
  for (const embed of embeds) {
    const url = (embed.image as { url?: string } | undefined)?.url;
    const name = url?.startsWith('attachment://') ? url.slice('attachment://'.length) : undefined;
    if (name !== undefined && !files.some((file) => file.filename === name)) found.push(`the embed shows ${name}, which is not uploaded`);
  }
  return found;
}

function embedLength(embed: Record<string, unknown>): number {
  const { title = '', description = '', footer, author, fields = [] } = embed as {
    title?: string;
    description?: string;
    footer?: { text: string };
    author?: { name: string };
    fields?: Array<{ name: string; value: string }>;
  };
  return title.length + description.length + (footer?.text.length ?? 0) + (author?.name.length ?? 0)
    + fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
}
