/**
 * Button state lives in the button's custom_id, so buttons keep working across restarts
 * and need no store. Discord caps a custom_id at 100 characters.
 */
export const customIdMax = 100;

/** `kind:field:…`; only the last field may contain a colon (free text goes last). */
export function encodeCustomId(kind: string, fields: readonly string[]): string {
  if ([kind, ...fields.slice(0, -1)].some((part) => part.includes(':'))) {
    throw new Error(`custom_id of kind ${kind} has a colon outside its last field`);
  }
  const id = [kind, ...fields].join(':');
  if (id.length > customIdMax) throw new Error(`custom_id of kind ${kind} is ${id.length} characters long`);
  return id;
}

export function customIdKind(id: string): string {
  return id.split(':', 1)[0] ?? '';
}

/** The `count` fields after the kind (at least one), or undefined when there are fewer. */
export function customIdFields(id: string, count: number): string[] | undefined {
  const parts = id.split(':');
  if (parts.length < count + 1) return undefined;
  return [...parts.slice(1, count), parts.slice(count).join(':')];
}

/** Room left for the last field once the kind and the other fields are counted. */
export function roomFor(kind: string, fieldsBefore: readonly string[]): number {
  return customIdMax - encodeCustomId(kind, [...fieldsBefore, '']).length;
}
