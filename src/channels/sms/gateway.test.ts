import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmsGateway, normalisePhone, SmsError } from './gateway.js';
import { smsSettingsSchema, smsWarnings } from './settings.js';

interface Received {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let sink: Server | null = null;
afterEach(async () => {
  await new Promise((r) => (sink ? sink.close(r) : r(null)));
  sink = null;
});

/** A local SMS gateway that records what it gets and answers `status`. */
async function startSink(status = 200) {
  const got: Received[] = [];
  sink = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      got.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(status).end(status === 200 ? '{"id":"m1"}' : 'quota exceeded');
    });
  });
  await new Promise<void>((r) => sink!.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(sink.address() as AddressInfo).port}`, got };
}

const TEXT = 'Felet är åtgärdat ("fiber") \n ring 020-123';

describe('HTTP SMS gateway', () => {
  it('POSTs the JSON body template with the values escaped, and the credential from the environment', async () => {
    const { url, got } = await startSink();
    const settings = smsSettingsSchema.parse({
      url: `${url}/v1/sms/{to}`,
      body: '{"from":"{from}","to":"{to}","message":"{text}"}',
      from: 'Bredband',
      authEnv: 'SMS_AUTH',
    });
    await createSmsGateway(settings, { SMS_AUTH: 'Bearer s3cret' }).send('070-123 45 67', TEXT);
    expect(got).toHaveLength(1);
    expect(got[0].method).toBe('POST');
    expect(got[0].url).toBe('/v1/sms/%2B46701234567');
    expect(got[0].headers.authorization).toBe('Bearer s3cret');
    expect(got[0].headers['content-type']).toBe('application/json');
    expect(JSON.parse(got[0].body)).toEqual({ from: 'Bredband', to: '+46701234567', message: TEXT });
  });

  it('a GET gateway gets everything in the URL, a form body is form-encoded', async () => {
    const { url, got } = await startSink();
    const get = smsSettingsSchema.parse({
      url: `${url}/send?to={to}&msg={text}`,
      method: 'GET',
      from: 'ISP',
      authHeader: 'x-api-key',
      authEnv: 'K',
    });
    await createSmsGateway(get, { K: 'key-1' }).send('+46701234567', TEXT);
    expect(new URL(got[0].url, url).searchParams.get('msg')).toBe(TEXT);
    expect(got[0].headers['x-api-key']).toBe('key-1');
    const form = smsSettingsSchema.parse({
      url: `${url}/send`,
      body: 'to={to}&text={text}',
      contentType: 'application/x-www-form-urlencoded',
      from: 'ISP',
    });
    await createSmsGateway(form, {}).send('+46701234567', TEXT);
    expect(new URLSearchParams(got[1].body).get('text')).toBe(TEXT);
  });

  it('a refusal is an SmsError with the status and what the gateway said', async () => {
    const { url } = await startSink(402);
    const gw = createSmsGateway(smsSettingsSchema.parse({ url, from: 'ISP', body: '{"t":"{text}"}' }), {});
    const err = await gw.send('+46701234567', 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SmsError);
    expect((err as SmsError).status).toBe(402);
    expect((err as Error).message).toBe('the SMS gateway answered 402: quota exceeded');
  });

  it('refuses to start without the credential variable, and refuses numbers that are not phone numbers', async () => {
    const s = smsSettingsSchema.parse({ url: 'http://127.0.0.1:9/', from: 'ISP', authEnv: 'MISSING' });
    expect(() => createSmsGateway(s, {})).toThrow(
      'adapters.sms.authEnv: the environment variable MISSING is not set',
    );
    await expect(
      createSmsGateway(smsSettingsSchema.parse({ url: 'http://127.0.0.1:9/', from: 'ISP' }), {}).send(
        'abc',
        'x',
      ),
    ).rejects.toThrow('not a phone number: abc');
    expect(normalisePhone('+44 20 7946 0958')).toBe('+442079460958');
    expect(
      smsSettingsSchema.safeParse({ url: 'http://x/', method: 'GET', body: 'x', from: 'ISP' }).success,
    ).toBe(false);
    expect(smsWarnings(s, {})).toEqual(['warning: adapters.sms: MISSING is not set in this environment']);
    expect(smsWarnings(s, { MISSING: 'Bearer x' })).toEqual([]);
  });
});
