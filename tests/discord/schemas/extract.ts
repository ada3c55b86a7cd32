/**
 * Copies from Discord's OpenAPI description the schemas the tests validate against, with all
 * they reference. Run from the project root when the spec is updated:
 *   npx tsx tests/discord/schemas/extract.ts [path to openapi.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';

const roots = [
  'ApplicationCommandUpdateRequest',
  'CreateMessageInteractionCallbackRequest',
  'UpdateMessageInteractionCallbackRequest',
  'ApplicationCommandAutocompleteCallbackRequest',
  'ModalInteractionCallbackRequest',
  'IncomingWebhookUpdateRequestPartial',
  'IncomingWebhookRequestPartial',
  'MessageCreateRequest',
  'MessageEditRequestPartial',
];

const specPath = process.argv[2] ?? '../shared/discord-api-spec/openapi.json';
const spec = JSON.parse(readFileSync(specPath, 'utf8')) as {
  info: { version?: string };
  components: { schemas: Record<string, unknown> };
};

const picked: Record<string, unknown> = {};
const pending = [...roots];
while (pending.length > 0) {
  const name = pending.pop() as string;
  if (name in picked) continue;
  const schema = spec.components.schemas[name];
  if (!schema) throw new Error(`no schema ${name} in ${specPath}`);
  picked[name] = schema;
  JSON.stringify(schema, (key, value: unknown) => {
    if (key === '$ref' && typeof value === 'string') pending.push(value.replace('#/components/schemas/', ''));
    return value;
  });
}

const sorted = Object.fromEntries(Object.keys(picked).sort().map((name) => [name, picked[name]]));
const document = {
  $comment: `From Discord's OpenAPI description (discord/discord-api-spec, specs/openapi.json, API ${spec.info.version ?? ''}), MIT licence: see LICENSE.`,
  components: { schemas: sorted },
};
writeFileSync(new URL('./discord-api.schemas.json', import.meta.url), `${JSON.stringify(document, null, 1)}\n`);
console.log(`${Object.keys(sorted).length} schemas written`);
