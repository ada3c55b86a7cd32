import { describe, expect, it } from 'vitest';
import { createLogger, scrub, summarizeError } from '../../src/log.ts';
import { LogLines } from './support/bot.ts';

describe('logs', () => {
  it('hide interaction tokens in REST paths and the secrets they are given', () => {
    const line = scrub('PATCH /api/v10/webhooks/123/aW50ZXJhY3Rpb24.tok-en_1/messages/@original with Bot s3cret', ['s3cret']);
    expect(line).toBe('PATCH /api/v10/webhooks/123/[token]/messages/@original with Bot [secret]');
  });

  it('summarise an error by type, message, and cause, without its stack', () => {
    const error = Object.assign(new Error('outer', { cause: new TypeError('inner') }), { status: 500 });
    expect(summarizeError(error)).toEqual({ type: 'Error', message: 'outer', status: 500, cause: { type: 'TypeError', message: 'inner' } });
  });

  it('never write the token or a stack trace, whatever field carries them', () => {
    const lines = new LogLines();
    const logger = createLogger({ level: 'info', destination: lines, secrets: ['s3cret'] });
    logger.error({ err: new Error('failed with s3cret'), token: 'interaction-token', nested: { token: 'x' }, note: 'Bot s3cret' }, 'boom');
    const [line] = lines.raw;
    expect(line).not.toMatch(/s3cret|interaction-token|"stack"|\n\s+at /);
    expect(JSON.parse(line as string)).toMatchObject({ msg: 'boom', err: { type: 'Error', message: 'failed with [secret]' } });
  });
});
