// CWMP fault codes (TR-069 Annex A.5) and the typed error a CPE fault becomes.

export const CPE_FAULTS: Record<number, string> = {
  9000: 'Method not supported',
  9001: 'Request denied',
  9002: 'Internal error',
  9003: 'Invalid arguments',
  9004: 'Resources exceeded',
  9005: 'Invalid parameter name',
  9006: 'Invalid parameter type',
  9007: 'Invalid parameter value',
  9008: 'Attempt to set a non-writable parameter',
  9009: 'Notification request rejected',
  9010: 'Download failure',
  9011: 'Upload failure',
  9012: 'File transfer server authentication failure',
  9013: 'Unsupported protocol for file transfer',
  9014: 'Download failure: unable to join multicast group',
  9015: 'Download failure: unable to contact file server',
  9016: 'Download failure: unable to access file',
  9017: 'Download failure: unable to complete download',
  9018: 'Download failure: file corrupted',
  9019: 'Download failure: file authentication failure',
};

export const ACS_FAULTS = {
  methodNotSupported: 8000,
  requestDenied: 8001,
  internalError: 8002,
  invalidArguments: 8003,
  resourcesExceeded: 8004,
  retryRequest: 8005,
} as const;

export interface ParameterFault {
  parameterName: string;
  faultCode: number;
  faultString: string;
}

/** A fault as stored on a task and shown through REST. */
export interface CwmpFault {
  code: number;
  message: string;
  parameterFaults?: ParameterFault[];
}

/** A fault the CPE returned for an RPC (SOAP Fault with cwmp:Fault detail). */
export class CpeFaultError extends Error {
  constructor(
    public readonly code: number,
    public readonly faultString: string,
    public readonly parameterFaults: ParameterFault[] = [],
  ) {
    super(`CPE fault ${code}: ${faultString || CPE_FAULTS[code] || 'unknown fault'}`);
    this.name = 'CpeFaultError';
  }

  toFault(): CwmpFault {
    return {
      code: this.code,
      message: this.faultString || CPE_FAULTS[this.code] || 'unknown fault',
      ...(this.parameterFaults.length ? { parameterFaults: this.parameterFaults } : {}),
    };
  }
}

export function faultDescription(code: number): string {
  return CPE_FAULTS[code] ?? 'Unknown fault';
}

/**
 * CPE faults that another attempt cannot change: the router lacks the method, or the request
 * names or values are wrong for it. A task ending in one of these fails at once.
 */
const FINAL_FAULTS = new Set([9000, 9003, 9005, 9006, 9007, 9008]);

export function isFinalFault(code: number): boolean {
  return FINAL_FAULTS.has(code);
}
