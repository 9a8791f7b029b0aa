// The shape of a simulated data model: parameter definitions shared by every device of a model,
// with values that are constants or computed from the device's state.
import type { Home } from '../world/home.js';

export type Val = string | number | boolean;
export type Xsd =
  | 'xsd:string'
  | 'xsd:unsignedInt'
  | 'xsd:int'
  | 'xsd:boolean'
  | 'xsd:dateTime'
  | 'xsd:unsignedLong'
  | 'xsd:hexBinary'
  | 'xsd:base64';

/** `base` is the object path of the instance for table fields (`Device.NAT.PortMapping.3.`), '' otherwise. */
export type Getter = (h: Home, base: string) => Val;

export interface ParamDef {
  type: Xsd;
  writable: boolean;
  /** Factory value: a constant or computed from the device's state. */
  value: Val | Getter;
  /** Passwords and keys: reads return an empty string. */
  writeOnly?: boolean;
  /** Validates a value to be written; returns the reason it is invalid (fault 9007), or null. */
  check?: (v: Val, h: Home) => string | null;
  /** Replaces storing in the overlay (state that lives outside the configuration). */
  store?: (h: Home, v: Val, base: string) => void;
  /** Side effect after the value was stored. */
  after?: (h: Home, v: Val, base: string) => void;
}

export interface TableDef {
  /** Object path of the table, ending in '.', e.g. `Device.NAT.PortMapping.`. */
  path: string;
  /** Field definitions relative to an instance, e.g. `InternalPort`, `Stats.Bytes`. */
  fields: Record<string, ParamDef>;
  /** AddObject/DeleteObject allowed (instances kept per device). */
  writable: boolean;
  /** Read-only tables computed from state: one record per instance (1-based). */
  rows?: (h: Home) => Record<string, Val>[];
}

export interface Template {
  key: string;
  /** Static parameters in data-model order. */
  params: Map<string, ParamDef>;
  tables: TableDef[];
}
