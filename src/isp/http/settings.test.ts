import { describe, expect, it } from 'vitest';
import { operatorConfigSchema } from '../../operator/schema.js';
import { demoOperatorConfig } from '../../operator/load.js';
import { httpIspOptions, ispAdapterSchema, ispAdapterWarnings } from './settings.js';

describe('adapters.isp', () => {
  const withIsp = (isp: unknown) => {
    const demo = demoOperatorConfig();
    return operatorConfigSchema.safeParse({ ...demo, adapters: { ...demo.adapters, isp } });
  };

  it('defaults to the in-process ports with the client defaults', () => {
    expect(ispAdapterSchema.parse({})).toEqual({
      kind: 'in-process',
      timeoutMs: 4000,
      retries: 2,
      optionalPorts: ['billing', 'installation', 'fieldService'],
    });
    expect(demoOperatorConfig().adapters.isp.kind).toBe('in-process');
  });

  it('rejects unknown fields and ports with their path', () => {
    const r = withIsp({ kind: 'http', url: 'https://oss.isp.example', optionalPorts: ['crm'], tiemout: 3 });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['adapters.isp.optionalPorts.0', 'adapters.isp']));
  });

  it('builds the client options: the token from the environment, the URL required', () => {
    const s = ispAdapterSchema.parse({
      kind: 'http',
      url: 'https://oss.isp.example/fl',
      tokenEnv: 'ISP_TOKEN',
      retries: 0,
    });
    expect(httpIspOptions(s, { ISP_TOKEN: 'secret' })).toMatchObject({
      baseUrl: 'https://oss.isp.example/fl',
      token: 'secret',
      retries: 0,
      timeoutMs: 4000,
    });
    expect(() => httpIspOptions(s, {})).toThrow('the environment variable ISP_TOKEN is not set');
    expect(() => httpIspOptions(ispAdapterSchema.parse({ kind: 'http' }), {})).toThrow(/adapters\.isp\.url/);
  });

  it('config check warns about an unset token variable and http without a URL', () => {
    const s = ispAdapterSchema.parse({ kind: 'http', tokenEnv: 'ISP_TOKEN' });
    expect(ispAdapterWarnings(s, {})).toEqual([
      'warning: adapters.isp: ISP_TOKEN is not set in this environment',
      'warning: adapters.isp: kind http without url runs only in DEMO mode (the demo serves its own simulated ISP)',
    ]);
    expect(ispAdapterWarnings({ ...s, url: 'https://oss.isp.example' }, { ISP_TOKEN: 't' })).toEqual([]);
    expect(ispAdapterWarnings(ispAdapterSchema.parse({ tokenEnv: 'X' }), {})).toEqual([]);
  });
});
