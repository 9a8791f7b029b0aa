import { describe, expect, it } from 'vitest';
import { aaaAdapterSchema, radiusAaaOptions } from './settings.js';

describe('adapters.aaa settings', () => {
  it('defaults to the in-process AAA and the standard variable names and port', () => {
    expect(aaaAdapterSchema.parse({})).toMatchObject({
      kind: 'in-process',
      databaseUrlEnv: 'FRONTLINE_RADIUS_DB_URL',
      secretEnv: 'FRONTLINE_RADIUS_SECRET',
      disconnectPort: 3799,
    });
  });

  it('reads the database URL and secret from the variables it names', () => {
    const s = aaaAdapterSchema.parse({ kind: 'radius', databaseUrlEnv: 'RAD_DB', secretEnv: 'RAD_SECRET' });
    expect(radiusAaaOptions(s, { RAD_DB: 'postgres://x/y', RAD_SECRET: 's3cret' })).toMatchObject({
      databaseUrl: 'postgres://x/y',
      secret: 's3cret',
      disconnectPort: 3799,
    });
  });

  it('names the field and the variable when one is unset', () => {
    const s = aaaAdapterSchema.parse({ kind: 'radius' });
    expect(() => radiusAaaOptions(s, { FRONTLINE_RADIUS_DB_URL: 'postgres://x/y' })).toThrow(
      'adapters.aaa.secretEnv: the environment variable FRONTLINE_RADIUS_SECRET is not set',
    );
  });

  it('refuses unknown fields and a port out of range', () => {
    expect(aaaAdapterSchema.safeParse({ kind: 'radius', secret: 'inline' }).success).toBe(false);
    expect(aaaAdapterSchema.safeParse({ disconnectPort: 70000 }).success).toBe(false);
  });
});
