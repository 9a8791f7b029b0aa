// SOAP 1.1 envelopes as a CPE writes and reads them (CWMP 1.0–1.4).
import { XMLParser } from 'fast-xml-parser';

export const CWMP_NAMESPACES = {
  '1.0': 'urn:dslforum-org:cwmp-1-0',
  '1.1': 'urn:dslforum-org:cwmp-1-1',
  '1.2': 'urn:dslforum-org:cwmp-1-2',
  '1.3': 'urn:dslforum-org:cwmp-1-3',
  '1.4': 'urn:dslforum-org:cwmp-1-4',
} as const;
export type CwmpVersion = keyof typeof CWMP_NAMESPACES;
export const DEFAULT_CWMP_VERSION: CwmpVersion = '1.2';

export function xmlEscape(s: string): string {
  return s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

export function envelope(ns: string, id: string | null, body: string): string {
  const header =
    id === null
      ? ''
      : `<soap-env:Header><cwmp:ID soap-env:mustUnderstand="1">${xmlEscape(id)}</cwmp:ID></soap-env:Header>`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" ' +
    'xmlns:soap-enc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" ' +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:cwmp="${ns}">` +
    `${header}<soap-env:Body>${body}</soap-env:Body></soap-env:Envelope>`
  );
}

export interface ParamOut {
  name: string;
  value: string;
  type: string;
}

export function parameterList(params: ParamOut[]): string {
  const items = params
    .map(
      (p) =>
        `<ParameterValueStruct><Name>${xmlEscape(p.name)}</Name><Value xsi:type="${p.type}">${xmlEscape(p.value)}</Value></ParameterValueStruct>`,
    )
    .join('');
  return `<ParameterList soap-enc:arrayType="cwmp:ParameterValueStruct[${params.length}]">${items}</ParameterList>`;
}

export interface InformArgs {
  manufacturer: string;
  oui: string;
  productClass: string;
  serial: string;
  events: { code: string; commandKey: string }[];
  currentTime: string;
  retryCount: number;
  params: ParamOut[];
}

export function informBody(a: InformArgs): string {
  const events = a.events
    .map(
      (e) =>
        `<EventStruct><EventCode>${xmlEscape(e.code)}</EventCode><CommandKey>${xmlEscape(e.commandKey)}</CommandKey></EventStruct>`,
    )
    .join('');
  return (
    '<cwmp:Inform><DeviceId>' +
    `<Manufacturer>${xmlEscape(a.manufacturer)}</Manufacturer><OUI>${xmlEscape(a.oui)}</OUI>` +
    `<ProductClass>${xmlEscape(a.productClass)}</ProductClass><SerialNumber>${xmlEscape(a.serial)}</SerialNumber></DeviceId>` +
    `<Event soap-enc:arrayType="cwmp:EventStruct[${a.events.length}]">${events}</Event>` +
    `<MaxEnvelopes>1</MaxEnvelopes><CurrentTime>${a.currentTime}</CurrentTime><RetryCount>${a.retryCount}</RetryCount>` +
    `${parameterList(a.params)}</cwmp:Inform>`
  );
}

export function transferCompleteBody(t: {
  commandKey: string;
  faultCode: number;
  faultString: string;
  startTime: string;
  completeTime: string;
}): string {
  return (
    `<cwmp:TransferComplete><CommandKey>${xmlEscape(t.commandKey)}</CommandKey>` +
    `<FaultStruct><FaultCode>${t.faultCode}</FaultCode><FaultString>${xmlEscape(t.faultString)}</FaultString></FaultStruct>` +
    `<StartTime>${t.startTime}</StartTime><CompleteTime>${t.completeTime}</CompleteTime></cwmp:TransferComplete>`
  );
}

export interface SpvFaultEntry {
  name: string;
  code: number;
  message: string;
}

export function faultBody(code: number, message: string, spvFaults: SpvFaultEntry[] = []): string {
  const spv = spvFaults
    .map(
      (f) =>
        `<SetParameterValuesFault><ParameterName>${xmlEscape(f.name)}</ParameterName><FaultCode>${f.code}</FaultCode><FaultString>${xmlEscape(f.message)}</FaultString></SetParameterValuesFault>`,
    )
    .join('');
  return (
    `<soap-env:Fault><faultcode>${code >= 9002 && code <= 9004 && code !== 9003 ? 'Server' : 'Client'}</faultcode><faultstring>CWMP fault</faultstring>` +
    `<detail><cwmp:Fault><FaultCode>${code}</FaultCode><FaultString>${xmlEscape(message)}</FaultString>${spv}</cwmp:Fault></detail></soap-env:Fault>`
  );
}

// ---- parsing what the ACS sends ----

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  isArray: (name) =>
    [
      'string',
      'ParameterValueStruct',
      'SetParameterValuesFault',
      'EventStruct',
      'ParameterInfoStruct',
      'MethodName',
    ].includes(name),
});

type Node = Record<string, unknown>;

export function textOf(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  const t = (node as Node)['#text'];
  return t === undefined ? '' : String(t);
}

export interface AcsMessage {
  id: string | null;
  /** Local name of the body element, e.g. `GetParameterValues`, `InformResponse`, `Fault`. */
  name: string;
  body: Node;
  /** The CWMP namespace the ACS used, when it declared one. */
  namespace: string | null;
}

export class SoapParseError extends Error {}

export function parseAcsMessage(xml: string): AcsMessage {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (e) {
    throw new SoapParseError(`malformed XML: ${(e as Error).message}`);
  }
  const env = doc.Envelope as Node | undefined;
  if (!env || typeof env !== 'object') throw new SoapParseError('no SOAP envelope');
  const header = env.Header as Node | undefined;
  const id = header && typeof header === 'object' && header.ID !== undefined ? textOf(header.ID) : null;
  const body = env.Body as Node | undefined;
  if (!body || typeof body !== 'object') throw new SoapParseError('no SOAP body');
  const name = Object.keys(body).find((k) => !k.startsWith('@_') && k !== '#text');
  if (!name) throw new SoapParseError('empty SOAP body');
  const nsMatch = /xmlns:\w+="(urn:dslforum-org:cwmp-1-\d)"/.exec(xml);
  const content = body[name];
  return {
    id,
    name,
    body: (content && typeof content === 'object' ? content : {}) as Node,
    namespace: nsMatch?.[1] ?? null,
  };
}

/** `ParameterNames`/`ParameterList` style arrays: the list of child elements named `item`. */
export function arrayOf(node: unknown, item: string): Node[] | string[] {
  if (!node || typeof node !== 'object') return [];
  const v = (node as Node)[item];
  if (v === undefined) return [];
  return Array.isArray(v) ? (v as Node[]) : [v as Node];
}
