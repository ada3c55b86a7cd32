import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '../../src/config/env.ts';

describe('environment', () => {
  it('without a token, runs the console (every variable optional, LOG_LEVEL info)', () => {
    expect(parseEnv({})).toEqual({ LOG_LEVEL: 'info' });
  });

  it('reads every variable', () => {
    expect(
      parseEnv({
        DISCORD_TOKEN: ' abc.def ',
        DISCORD_APPLICATION_ID: '123456789012345678',
        DISCORD_GUILD_ID: '223456789012345678',
        DISCORD_API_URL: 'http://127.0.0.1:4000/api',
        LOG_LEVEL: 'debug',
      }),
    ).toEqual({
      DISCORD_TOKEN: 'abc.def',
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:4000/api',
      LOG_LEVEL: 'debug',
    });
  });

  it('treats an empty line in .env as not set', () => {
    expect(parseEnv({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '', LOG_LEVEL: '' })).toEqual({ LOG_LEVEL: 'info' });
  });

  it('names each bad variable without echoing values (the token is a secret)', () => {
    const attempt = () =>
      parseEnv({ DISCORD_TOKEN: 'secret-token', DISCORD_GUILD_ID: 'my server', DISCORD_API_URL: 'ftp://x', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(EnvError);
    expect(attempt).toThrow(/DISCORD_GUILD_ID[\s\S]*DISCORD_API_URL[\s\S]*LOG_LEVEL/);
    expect(attempt).not.toThrow(/secret-token|my server/);
  });
});
