import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** The request schemas of Discord's OpenAPI description (see tests/discord/schemas/README.md). */
export type DiscordSchema =
  | 'ApplicationCommandUpdateRequest'
  | 'CreateMessageInteractionCallbackRequest'
  | 'UpdateMessageInteractionCallbackRequest'
  | 'ApplicationCommandAutocompleteCallbackRequest'
  | 'ModalInteractionCallbackRequest'
  | 'IncomingWebhookUpdateRequestPartial'
  | 'IncomingWebhookRequestPartial'
  | 'MessageCreateRequest'
  | 'MessageEditRequestPartial';

const document = JSON.parse(readFileSync(new URL('../schemas/discord-api.schemas.json', import.meta.url), 'utf8')) as object;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
for (const format of ['int32', 'int64', 'double']) ajv.addFormat(format, { type: 'number', validate: () => true });
for (const format of ['snowflake', 'nonce']) ajv.addFormat(format, () => true);
ajv.addSchema(document, 'discord');

/** The problems Discord's schema finds in `body`; empty when it passes. */
export function schemaErrors(schema: DiscordSchema, body: unknown): string[] {
  const validate = ajv.getSchema(`discord#/components/schemas/${schema}`);
  if (!validate) throw new Error(`unknown schema ${schema}`);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

/** The schema an interaction callback body must pass, by its callback type. */
export function callbackSchema(body: unknown): DiscordSchema {
  const type = (body as { type?: number }).type;
  if (type === 4 || type === 5) return 'CreateMessageInteractionCallbackRequest';
  if (type === 6 || type === 7) return 'UpdateMessageInteractionCallbackRequest';
  if (type === 8) return 'ApplicationCommandAutocompleteCallbackRequest';
  if (type === 9) return 'ModalInteractionCallbackRequest';
  throw new Error(`no schema for callback type ${String(type)}`);
}
