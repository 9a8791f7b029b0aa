import { parseXml, XmlError } from './xml.js';
import type { ParameterFault } from './faults.js';

// CWMP SOAP 1.1 envelopes: parsing what CPEs send and writing what the ACS answers.

export const SOAP_ENV_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SOAP_ENC_NS = 'http://schemas.xmlsoap.org/soap/encoding/';

/** Suffix of the `urn:dslforum-org:cwmp-…` namespace. */
export type CwmpNs = '1-0' | '1-1' | '1-2' | '1-3' | '1-4';

const NS_PATTERN = /urn:dslforum-org:cwmp-(1-[0-4])\b/;

/** Protocol version for a namespace (1-2 carries 1.2 and 1.3; 1-3 is CWMP 1.4). */
export function cwmpVersion(ns: CwmpNs, hasSessionTimeout = false): string {
  switch (ns) {
    case '1-0':
      return '1.0';
    case '1-1':
      return '1.1';
    case '1-2':
      return hasSessionTimeout ? '1.3' : '1.2';
    default:
      return '1.4';
  }
}

export interface ParamStruct {
  name: string;
  value: string;
  type: string;
}

export interface EventStruct {
  code: string;
  commandKey: string;
}

export interface DeviceIdStruct {
  manufacturer: string;
  oui: string;
  productClass: string;
  serialNumber: string;
}

export interface TransferFault {
  code: number;
  message: string;
}

export type CpeMessage =
  | { kind: 'empty' }
  | {
      kind: 'Inform';
      deviceId: DeviceIdStruct;
      events: EventStruct[];
      maxEnvelopes: number;
      currentTime: string;
      retryCount: number;
      parameters: ParamStruct[];
    }
  | {
      kind: 'TransferComplete' | 'AutonomousTransferComplete';
      commandKey: string;
      fault: TransferFault;
      startTime: string;
      completeTime: string;
    }
  | { kind: 'GetRPCMethods' }
  | { kind: 'UnknownRequest'; method: string }
  | { kind: 'GetParameterValuesResponse'; parameters: ParamStruct[] }
  | { kind: 'SetParameterValuesResponse'; status: number }
  | { kind: 'GetParameterNamesResponse'; names: { name: string; writable: boolean }[] }
  | { kind: 'AddObjectResponse'; instance: number; status: number }
  | { kind: 'DeleteObjectResponse'; status: number }
  | { kind: 'RebootResponse' }
  | { kind: 'FactoryResetResponse' }
  | { kind: 'DownloadResponse'; status: number; startTime: string; completeTime: string }
  | { kind: 'GetRPCMethodsResponse'; methods: string[] }
  | { kind: 'UnknownResponse'; method: string }
  | { kind: 'Fault'; code: number; message: string; parameterFaults: ParameterFault[] };

export interface Envelope {
  ns: CwmpNs;
  /** cwmp:ID header, echoed in the answer. */
  id: string | null;
  sessionTimeout: number | null;
  message: CpeMessage;
}

export type ParseError =
  | { error: 'malformed'; detail: string }
  | { error: 'not_soap'; detail: string }
  | { error: 'namespace'; detail: string };

const ARRAY_TAGS = new Set([
  'ParameterValueStruct',
  'EventStruct',
  'ParameterInfoStruct',
  'SetParameterValuesFault',
  'string',
]);

type Node = Record<string, unknown>;

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object' && '#text' in (v as Node)) return text((v as Node)['#text']);
  return '';
}

function obj(v: unknown): Node {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {};
}

function list(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  return v === undefined || v === null || v === '' ? [] : [v];
}

function int(v: unknown, fallback = 0): number {
  const n = Number.parseInt(text(v), 10);
  return Number.isFinite(n) ? n : fallback;
}

function paramStructs(container: unknown): ParamStruct[] {
  return list(obj(container).ParameterValueStruct).map((p) => {
    const s = obj(p);
    const value = s.Value;
    const type = typeof value === 'object' && value ? text((value as Node)['@_type']) : '';
    return { name: text(s.Name), value: text(value), type: type || 'xsd:string' };
  });
}

function parseFault(body: Node): CpeMessage {
  const fault = obj(body.Fault);
  const detail = obj(obj(fault.detail).Fault);
  const code = int(detail.FaultCode, 0);
  return {
    kind: 'Fault',
    code: code || 9002,
    message: text(detail.FaultString) || text(fault.faultstring) || 'fault',
    parameterFaults: list(detail.SetParameterValuesFault).map((f) => {
      const s = obj(f);
      return {
        parameterName: text(s.ParameterName),
        faultCode: int(s.FaultCode),
        faultString: text(s.FaultString),
      };
    }),
  };
}

function parseMessage(method: string, node: Node): CpeMessage {
  switch (method) {
    case 'Inform': {
      const d = obj(node.DeviceId);
      return {
        kind: 'Inform',
        deviceId: {
          manufacturer: text(d.Manufacturer),
          oui: text(d.OUI),
          productClass: text(d.ProductClass),
          serialNumber: text(d.SerialNumber),
        },
        events: list(obj(node.Event).EventStruct).map((e) => ({
          code: text(obj(e).EventCode),
          commandKey: text(obj(e).CommandKey),
        })),
        maxEnvelopes: int(node.MaxEnvelopes, 1),
        currentTime: text(node.CurrentTime),
        retryCount: int(node.RetryCount),
        parameters: paramStructs(node.ParameterList),
      };
    }
    case 'TransferComplete':
    case 'AutonomousTransferComplete': {
      const f = obj(node.FaultStruct);
      return {
        kind: method,
        commandKey: text(node.CommandKey),
        fault: { code: int(f.FaultCode), message: text(f.FaultString) },
        startTime: text(node.StartTime),
        completeTime: text(node.CompleteTime),
      };
    }
    case 'GetRPCMethods':
      return { kind: 'GetRPCMethods' };
    case 'GetParameterValuesResponse':
      return { kind: method, parameters: paramStructs(node.ParameterList) };
    case 'SetParameterValuesResponse':
      return { kind: method, status: int(node.Status) };
    case 'GetParameterNamesResponse':
      return {
        kind: method,
        names: list(obj(node.ParameterList).ParameterInfoStruct).map((p) => {
          const w = text(obj(p).Writable);
          return { name: text(obj(p).Name), writable: w === '1' || w === 'true' };
        }),
      };
    case 'AddObjectResponse':
      return { kind: method, instance: int(node.InstanceNumber), status: int(node.Status) };
    case 'DeleteObjectResponse':
      return { kind: method, status: int(node.Status) };
    case 'RebootResponse':
    case 'FactoryResetResponse':
      return { kind: method };
    case 'DownloadResponse':
      return {
        kind: method,
        status: int(node.Status),
        startTime: text(node.StartTime),
        completeTime: text(node.CompleteTime),
      };
    case 'GetRPCMethodsResponse':
      return { kind: method, methods: list(obj(node.MethodList).string).map(text) };
    default:
      return method.endsWith('Response')
        ? { kind: 'UnknownResponse', method }
        : { kind: 'UnknownRequest', method };
  }
}

/** Parses one CPE envelope. An empty body is the CPE's "no more requests" POST. */
export function parseEnvelope(xml: string): Envelope | ParseError {
  if (xml.trim() === '') return { error: 'not_soap', detail: 'empty body' };
  if (xml.includes('<!') && /<!DOCTYPE|<!ENTITY/i.test(xml))
    return { error: 'malformed', detail: 'DTDs are not accepted' };
  let doc: Node;
  try {
    doc = parseXml(xml, ARRAY_TAGS);
  } catch (e) {
    if (e instanceof XmlError) return { error: 'malformed', detail: e.message };
    throw e;
  }
  const env = doc.Envelope;
  if (!env || typeof env !== 'object') return { error: 'not_soap', detail: 'no SOAP Envelope' };
  if (!xml.includes(SOAP_ENV_NS)) return { error: 'namespace', detail: 'not a SOAP 1.1 envelope' };
  const nsMatch = NS_PATTERN.exec(xml);
  const body = obj((env as Node).Body);
  const header = obj((env as Node).Header);
  const methods = Object.keys(body).filter((k) => !k.startsWith('@_') && k !== '#text');
  if (!nsMatch) {
    if (methods.length === 0 && (env as Node).Body !== undefined) {
      return { ns: '1-0', id: null, sessionTimeout: null, message: { kind: 'empty' } };
    }
    return { error: 'namespace', detail: 'no urn:dslforum-org:cwmp namespace' };
  }
  const ns = nsMatch[1] as CwmpNs;
  const id = header.ID !== undefined ? text(header.ID) : null;
  const st = header.SessionTimeout !== undefined ? int(header.SessionTimeout, 0) || null : null;
  if (methods.length === 0) return { ns, id, sessionTimeout: st, message: { kind: 'empty' } };
  const method = methods[0]!;
  const message = method === 'Fault' ? parseFault(body) : parseMessage(method, obj(body[method]));
  return { ns, id, sessionTimeout: st, message };
}

export function isParseError(v: Envelope | ParseError): v is ParseError {
  return 'error' in v;
}

// ---- writing ----

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]!);
}

export function envelope(ns: CwmpNs, id: string | null, body: string): string {
  const header =
    id !== null
      ? `<soap-env:Header><cwmp:ID soap-env:mustUnderstand="1">${xmlEscape(id)}</cwmp:ID></soap-env:Header>`
      : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<soap-env:Envelope xmlns:soap-env="${SOAP_ENV_NS}" xmlns:soap-enc="${SOAP_ENC_NS}"` +
    ` xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
    ` xmlns:cwmp="urn:dslforum-org:cwmp-${ns}">${header}<soap-env:Body>${body}</soap-env:Body></soap-env:Envelope>`
  );
}

export function informResponse(): string {
  return '<cwmp:InformResponse><MaxEnvelopes>1</MaxEnvelopes></cwmp:InformResponse>';
}

export function transferCompleteResponse(): string {
  return '<cwmp:TransferCompleteResponse></cwmp:TransferCompleteResponse>';
}

export function autonomousTransferCompleteResponse(): string {
  return '<cwmp:AutonomousTransferCompleteResponse></cwmp:AutonomousTransferCompleteResponse>';
}

export const ACS_RPC_METHODS = ['Inform', 'GetRPCMethods', 'TransferComplete', 'AutonomousTransferComplete'];

export function getRpcMethodsResponse(methods = ACS_RPC_METHODS): string {
  const items = methods.map((m) => `<string>${m}</string>`).join('');
  return `<cwmp:GetRPCMethodsResponse><MethodList soap-enc:arrayType="xsd:string[${methods.length}]">${items}</MethodList></cwmp:GetRPCMethodsResponse>`;
}

export function getParameterValues(names: string[]): string {
  const items = names.map((n) => `<string>${xmlEscape(n)}</string>`).join('');
  return `<cwmp:GetParameterValues><ParameterNames soap-enc:arrayType="xsd:string[${names.length}]">${items}</ParameterNames></cwmp:GetParameterValues>`;
}

export function setParameterValues(values: ParamStruct[], parameterKey: string): string {
  const items = values
    .map(
      (v) =>
        `<ParameterValueStruct><Name>${xmlEscape(v.name)}</Name><Value xsi:type="${xmlEscape(v.type)}">${xmlEscape(v.value)}</Value></ParameterValueStruct>`,
    )
    .join('');
  return (
    `<cwmp:SetParameterValues><ParameterList soap-enc:arrayType="cwmp:ParameterValueStruct[${values.length}]">${items}</ParameterList>` +
    `<ParameterKey>${xmlEscape(parameterKey)}</ParameterKey></cwmp:SetParameterValues>`
  );
}

export function getParameterNames(path: string, nextLevel: boolean): string {
  return `<cwmp:GetParameterNames><ParameterPath>${xmlEscape(path)}</ParameterPath><NextLevel>${nextLevel ? 1 : 0}</NextLevel></cwmp:GetParameterNames>`;
}

export function addObject(objectName: string, parameterKey: string): string {
  return `<cwmp:AddObject><ObjectName>${xmlEscape(objectName)}</ObjectName><ParameterKey>${xmlEscape(parameterKey)}</ParameterKey></cwmp:AddObject>`;
}

export function deleteObject(objectName: string, parameterKey: string): string {
  return `<cwmp:DeleteObject><ObjectName>${xmlEscape(objectName)}</ObjectName><ParameterKey>${xmlEscape(parameterKey)}</ParameterKey></cwmp:DeleteObject>`;
}

export function reboot(commandKey: string): string {
  return `<cwmp:Reboot><CommandKey>${xmlEscape(commandKey)}</CommandKey></cwmp:Reboot>`;
}

export function factoryReset(): string {
  return '<cwmp:FactoryReset></cwmp:FactoryReset>';
}

export interface DownloadArgs {
  commandKey: string;
  fileType: string;
  url: string;
  username?: string;
  password?: string;
  fileSize: number;
  targetFileName?: string;
  delaySeconds?: number;
}

export function download(a: DownloadArgs): string {
  return (
    `<cwmp:Download><CommandKey>${xmlEscape(a.commandKey)}</CommandKey><FileType>${xmlEscape(a.fileType)}</FileType>` +
    `<URL>${xmlEscape(a.url)}</URL><Username>${xmlEscape(a.username ?? '')}</Username><Password>${xmlEscape(a.password ?? '')}</Password>` +
    `<FileSize>${a.fileSize}</FileSize><TargetFileName>${xmlEscape(a.targetFileName ?? '')}</TargetFileName>` +
    `<DelaySeconds>${a.delaySeconds ?? 0}</DelaySeconds><SuccessURL></SuccessURL><FailureURL></FailureURL></cwmp:Download>`
  );
}

/** SOAP fault with a cwmp:Fault detail (ACS faults 8000–8005, or SOAP-level faults). */
export function soapFault(
  code: number,
  message: string,
  faultcode: 'Client' | 'Server' | 'VersionMismatch' = 'Client',
): string {
  return (
    `<soap-env:Fault><faultcode>${faultcode}</faultcode><faultstring>CWMP fault</faultstring><detail>` +
    `<cwmp:Fault><FaultCode>${code}</FaultCode><FaultString>${xmlEscape(message)}</FaultString></cwmp:Fault></detail></soap-env:Fault>`
  );
}
