import { describe, expect, it } from 'vitest';
import { readEnv } from './env.ts';

describe('readEnv', () => {
  it('defaults to port 4000 on the loopback address', () => {
    expect(readEnv({})).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', NODE_ENV: 'development' });
  });

  it('names the variable that is wrong', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/Invalid configuration: PORT/);
    expect(() => readEnv({ PORT: '70000' })).toThrow(/PORT/);
  });
});
