export { DiscordDouble, type DiscordDoubleOptions, type RouteHandler, type RouteResponse } from './server.ts';
export { InteractionHandle } from './interaction.ts';
export type { RecordedFile, RecordedRequest } from './recorder.ts';
export { defaultGuildId, user, type Actor, type OptionValue } from './payloads.ts';
export { snowflake } from './snowflake.ts';
