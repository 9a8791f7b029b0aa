import { z } from 'zod';
import {
  ACCESS_KINDS,
  ACCOUNT_STATUSES,
  LANGUAGES,
  SEGMENTS,
  firmwareModel,
  type FirmwareModel,
} from '../../domain/index.js';
import { contactSchema, pinSchema } from '../inputs.js';

// One import row = a customer with one service and optionally one device.

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodType>(s: T) => z.preprocess(blankToUndefined, s.optional());
const req = <T extends z.ZodType>(s: T) => z.preprocess(blankToUndefined, s);
const str = (max: number) => z.string().trim().min(1).max(max);
const mbps = z.coerce.number().int().min(1).max(100_000);

export const IMPORT_COLUMNS = [
  'customerNumber',
  'name',
  'email',
  'phone',
  'language',
  'segment',
  'pin',
  'access',
  'downMbps',
  'upMbps',
  'area',
  'accountStatus',
  'serviceId',
  'pppoeUsername',
  'pppoePassword',
  'deviceSerial',
  'deviceOui',
  'deviceProductClass',
  'deviceModel',
] as const;

const importRowBase = z
  .object({
    customerNumber: req(
      z.coerce
        .string()
        .trim()
        .regex(/^[A-Za-z0-9-]{1,32}$/, 'letters, digits and dashes, at most 32'),
    ),
    name: req(str(200)),
    email: opt(contactSchema.options[0].shape.value),
    phone: opt(contactSchema.options[1].shape.value),
    language: opt(z.enum(LANGUAGES)),
    segment: opt(z.enum(SEGMENTS)),
    pin: opt(z.coerce.string().pipe(pinSchema)),
    access: req(z.enum(ACCESS_KINDS)),
    downMbps: req(mbps),
    upMbps: req(mbps),
    area: req(str(64)),
    accountStatus: opt(z.enum(ACCOUNT_STATUSES)),
    // The ISP's own id of the service (its OSS/BSS key): the id a new service gets, so that the ISP ports find it.
    serviceId: opt(
      z.coerce
        .string()
        .trim()
        .regex(/^[\w.-]{1,64}$/, 'letters, digits, dot, dash, underscore'),
    ),
    pppoeUsername: opt(str(128)),
    pppoePassword: opt(z.string().min(1).max(128)),
    deviceSerial: opt(
      z.coerce
        .string()
        .trim()
        .regex(/^[\w.-]{1,64}$/, 'letters, digits, dot, dash, underscore'),
    ),
    deviceOui: opt(
      z
        .string()
        .trim()
        .regex(/^[0-9A-Fa-f]{6}$/, 'six hex digits'),
    ),
    deviceProductClass: opt(
      z
        .string()
        .trim()
        .regex(/^[\w.-]{1,64}$/, 'letters, digits, dot, dash, underscore'),
    ),
    deviceModel: opt(str(128)),
  })
  .strict();

/** The row schema; a device given by model alone takes its OUI and product class from the catalogue. */
export const importRowSchema = (firmware: readonly FirmwareModel[] = []) =>
  importRowBase.transform((r, ctx) => {
    let oui = r.deviceOui;
    let productClass = r.deviceProductClass;
    let manufacturer: string | null = null;
    if (r.deviceSerial) {
      const known = firmwareModel(firmware, r.deviceModel);
      oui ??= known?.oui;
      productClass ??= known?.productClass;
      manufacturer = known?.manufacturer ?? null;
      if (!oui || !productClass) {
        ctx.addIssue({
          code: 'custom',
          path: ['deviceOui'],
          message: 'a device needs deviceOui and deviceProductClass (or a known deviceModel)',
        });
        return z.NEVER;
      }
    } else if (r.deviceOui || r.deviceProductClass || r.deviceModel) {
      ctx.addIssue({
        code: 'custom',
        path: ['deviceSerial'],
        message: 'device fields given without deviceSerial',
      });
      return z.NEVER;
    }
    if (r.pppoePassword && !r.pppoeUsername) {
      ctx.addIssue({
        code: 'custom',
        path: ['pppoeUsername'],
        message: 'a PPPoE password needs a PPPoE username',
      });
      return z.NEVER;
    }
    return {
      ...r,
      device: r.deviceSerial
        ? {
            serialNumber: r.deviceSerial,
            oui: oui!,
            productClass: productClass!,
            model: r.deviceModel ?? null,
            manufacturer,
          }
        : null,
    };
  });

export type ImportRow = z.output<ReturnType<typeof importRowSchema>>;
