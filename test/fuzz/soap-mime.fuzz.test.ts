import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../src/acs/soap.js';
import { SEED, hostileString, startFuzzDesk, wellFormed } from './fuzz-desk.js';

// SOAP to the ACS and MIME to the e-mail channel: random and mutated documents never throw, never
// answer 5xx, and every received mail is kept in the journal.

const INFORM = `<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cwmp="urn:dslforum-org:cwmp-1-2">
<soap:Header><cwmp:ID soap:mustUnderstand="1">1</cwmp:ID></soap:Header>
<soap:Body><cwmp:Inform>
<DeviceId><Manufacturer>Acme</Manufacturer><OUI>001122</OUI><ProductClass>HGW</ProductClass><SerialNumber>FUZZ0001</SerialNumber></DeviceId>
<Event><EventStruct><EventCode>0 BOOTSTRAP</EventCode><CommandKey></CommandKey></EventStruct></Event>
<MaxEnvelopes>1</MaxEnvelopes><CurrentTime>2026-12-04T10:00:00Z</CurrentTime><RetryCount>0</RetryCount>
<ParameterList><ParameterValueStruct><Name>Device.DeviceInfo.SoftwareVersion</Name><Value>1.0</Value></ParameterValueStruct></ParameterList>
</cwmp:Inform></soap:Body></soap:Envelope>`;

/** The Inform with a random cut, insertion or replacement. */
const mutatedXml = fc
  .tuple(
    fc.nat(INFORM.length),
    fc.nat(INFORM.length),
    hostileString,
    fc.constantFrom('cut', 'insert', 'replace', 'nest', 'raw'),
  )
  .map(([a, b, s, how]) => {
    const [from, to] = a < b ? [a, b] : [b, a];
    switch (how) {
      case 'cut':
        return INFORM.slice(0, from) + INFORM.slice(to);
      case 'insert':
        return INFORM.slice(0, from) + s + INFORM.slice(from);
      case 'replace':
        return INFORM.slice(0, from) + s + INFORM.slice(to);
      case 'nest':
        return INFORM.replace(
          '<Value>1.0</Value>',
          `<Value>${'<a>'.repeat(from % 300)}${s}${'</a>'.repeat(from % 300)}</Value>`,
        );
      default:
        return s;
    }
  });

const mime = fc
  .tuple(
    fc.constantFrom('From: a@example.se', 'From: <>', 'From: "x" <@@>', 'From: ' + 'a'.repeat(2000), ''),
    fc.constantFrom(
      'Subject: hej',
      'Subject: =?utf-8?B?///=?=',
      'Subject: =?bogus?Q?x?=',
      'Subject: Re: [T-000001]',
      '',
    ),
    fc.constantFrom(
      'Content-Type: text/plain; charset=utf-8',
      'Content-Type: multipart/mixed; boundary=XX',
      'Content-Type: multipart/mixed',
      'Content-Type: text/html; charset=bogus',
      'Content-Transfer-Encoding: base64',
      'Content-Type: message/rfc822',
    ),
    hostileString,
    fc.constantFrom('\r\n', '\n', '\r'),
  )
  .map(([from, subject, type, body, nl]) =>
    Buffer.from(
      [
        from,
        subject,
        type,
        'Message-ID: <' + body.slice(0, 10) + '@x>',
        '',
        body,
        '--XX',
        type,
        '',
        body,
        '--XX--',
      ].join(nl),
      'utf8',
    ),
  );

describe('SOAP and MIME fuzz (seeded, bounded)', () => {
  let d: Awaited<ReturnType<typeof startFuzzDesk>>;
  beforeAll(async () => {
    d = await startFuzzDesk();
  });
  afterAll(async () => {
    await d?.stop();
  });

  it('the SOAP parser returns an envelope or a parse error for any input, never throws', () => {
    fc.assert(
      fc.property(mutatedXml, (xml) => {
        const r = parseEnvelope(xml);
        return typeof r === 'object' && r !== null;
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('the ACS answers random bodies and file paths without a 5xx', async () => {
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(mutatedXml, hostileString, fc.boolean(), async (xml, name, asFile) => {
        const res = asFile
          ? await fetch(`${new URL(d.acsUrl).origin}/fs/${wellFormed(name).replace(/[?#]/g, '')}`)
          : await fetch(d.acsUrl, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: xml });
        await res.arrayBuffer();
        if (res.status >= 500) failures.push(`${asFile ? `GET /fs/${name}` : 'POST'} → ${res.status}`);
        return res.status < 500;
      }),
      { seed: SEED, numRuns: 150, endOnFailure: true },
    );
    expect(failures).toEqual([]);
    const pct = await fetch(`${new URL(d.acsUrl).origin}/fs/%`);
    expect(pct.status).toBe(400);
  });

  it('the e-mail channel keeps every random message and never throws', async () => {
    const email = d.desk.services.caps.email;
    let count = 0;
    await fc.assert(
      fc.asyncProperty(mime, async (raw) => {
        const r = await email.receive(raw);
        count += 1;
        return ['answered', 'recorded', 'rejected'].includes(r.status);
      }),
      { seed: SEED, numRuns: 60 },
    );
    const journal = await d.desk.services.repos.db
      .selectFrom('email_journal' as never)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number((journal as { n: number }).n)).toBe(count);
  });
});
