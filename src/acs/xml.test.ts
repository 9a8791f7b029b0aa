import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import * as soap from './soap.js';
import { parseXml, XmlError } from './xml.js';

// The one-pass reader builds the tree the envelope reader was written against (fast-xml-parser's
// with the options soap.ts used), and refuses what is not well-formed XML.

const ARRAYS = new Set([
  'ParameterValueStruct',
  'EventStruct',
  'ParameterInfoStruct',
  'SetParameterValuesFault',
  'string',
]);
const reference = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ARRAYS.has(name),
});

const pv = (n: string, v: string, t: string) =>
  `<ParameterValueStruct><Name>${n}</Name><Value xsi:type="${t}">${v}</Value></ParameterValueStruct>`;

const DOCS = {
  inform: soap.envelope(
    '1-2',
    'i1',
    `<cwmp:Inform><DeviceId><Manufacturer>A &amp; B</Manufacturer><OUI>00D0F1</OUI><ProductClass>HGW</ProductClass><SerialNumber>S1</SerialNumber></DeviceId>` +
      `<Event soap-enc:arrayType="cwmp:EventStruct[2]"><EventStruct><EventCode>1 BOOT</EventCode><CommandKey></CommandKey></EventStruct>` +
      `<EventStruct><EventCode>M Reboot</EventCode><CommandKey>k&lt;1&gt;</CommandKey></EventStruct></Event>` +
      `<MaxEnvelopes>1</MaxEnvelopes><CurrentTime>2026-01-01T00:00:00Z</CurrentTime><RetryCount>0</RetryCount>` +
      `<ParameterList soap-enc:arrayType="cwmp:ParameterValueStruct[2]">${pv('Device.A', ' 2.3.1 ', 'xsd:string')}${pv('Device.B', '', 'xsd:string')}</ParameterList></cwmp:Inform>`,
  ),
  gpv: soap.envelope(
    '1-0',
    'x-1',
    `<cwmp:GetParameterValuesResponse><ParameterList>${pv('Device.X', '&lt;t&gt; &quot;q&quot; &apos;a&apos;', 'xsd:string')}</ParameterList></cwmp:GetParameterValuesResponse>`,
  ),
  fault: soap.envelope(
    '1-2',
    'f',
    `<soap-env:Fault><faultcode>Client</faultcode><faultstring>CWMP fault</faultstring><detail><cwmp:Fault><FaultCode>9003</FaultCode><FaultString>Invalid</FaultString>` +
      `<SetParameterValuesFault><ParameterName>Device.Y</ParameterName><FaultCode>9007</FaultCode><FaultString>bad</FaultString></SetParameterValuesFault></cwmp:Fault></detail></soap-env:Fault>`,
  ),
  methods: soap.envelope('1-2', null, soap.getRpcMethodsResponse()),
  empty: `<?xml version="1.0"?>\n<!-- comment --><soap:Envelope xmlns:soap="${soap.SOAP_ENV_NS}"><soap:Header/><soap:Body></soap:Body></soap:Envelope>`,
  cdata: `<E xmlns="urn:x"><A><![CDATA[<not a tag> & more]]></A><B  c = 'd' /><A>2</A></E>`,
};

describe('one-pass XML reader', () => {
  for (const [name, xml] of Object.entries(DOCS))
    it(`reads a ${name} document as the reference parser does`, () => {
      // (The reference also lists the XML declaration; nothing reads it.)
      const { '?xml': _declaration, ...expected } = reference.parse(xml) as Record<string, unknown>;
      expect(parseXml(xml, ARRAYS)).toEqual(expected);
    });

  it('keeps white space inside text as before, and drops it around text and children', () => {
    // Indented, with white space around text, comments, CDATA and children inside text.
    const xml = `<?xml version="1.0"?>\n<soap:Envelope xmlns:soap="${soap.SOAP_ENV_NS}">\n  <soap:Body>\n    <a x="1">\n      <b/>\n      some <!-- c --> text\n    </a>\n    <c>\n      <![CDATA[ kept ]]>\n    </c>\n    <d> \t lead <e/> \n trail \t</d>\n    <f>\n\t</f>\n  </soap:Body>\n</soap:Envelope>\n`;
    expect(parseXml(xml, ARRAYS)).toEqual({
      Envelope: {
        Body: {
          a: { b: '', '@_x': '1', '#text': 'some  text' },
          c: 'kept',
          d: { e: '', '#text': 'lead  \n trail' },
          f: '',
        },
      },
    });
    expect(parseXml('<a>x <b/> <c/> y</a>')).toEqual({ a: { b: '', c: '', '#text': 'x   y' } });
    expect(parseXml('<a> <b/> <c/>x</a>')).toEqual({ a: { b: '', c: '', '#text': 'x' } });
  });

  it('decodes character references', () => {
    expect(parseXml('<a>&#233;t&#xE9;</a>')).toEqual({ a: 'été' });
  });

  it.each([
    ['an unclosed tag', '<soap-env:Envelope><unclosed>'],
    ['a truncated document', DOCS.inform.slice(0, 300)],
    ['no tag at all', '<not xml'],
    ['crossed tags', '<a><b></a></b>'],
    ['two roots', '<a/><b/>'],
    ['text after the root', '<a/>x'],
    ['an unquoted attribute', '<a b=c/>'],
    ['a duplicate attribute', '<a b="1" b="2"/>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['a DTD', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'],
    ['nothing but a declaration', '<?xml version="1.0"?>'],
  ])('refuses %s', (_what, xml) => {
    expect(() => parseXml(xml, ARRAYS)).toThrow(XmlError);
  });
});
