import { z } from 'zod';
import { ACCESS_KINDS, ACCOUNT_STATUSES, LANGUAGES, SEGMENTS } from '../domain/index.js';

// Validated inputs for customers, services and devices (REST API and import share them).

const text = (max: number) => z.string().trim().min(1).max(max);

export const contactSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('email'), value: z.email().max(254) }),
  z.object({
    kind: z.literal('phone'),
    value: z
      .string()
      .trim()
      .regex(/^\+?[\d\s\-().]{5,30}$/, 'a phone number'),
  }),
]);

export const pinSchema = z.string().regex(/^\d{4,8}$/, 'a PIN is 4 to 8 digits');

export const customerInputSchema = z.object({
  customerNumber: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,32}$/, 'letters, digits and dashes, at most 32'),
  name: text(200),
  contacts: z.array(contactSchema).max(20).default([]),
  language: z.enum(LANGUAGES).default('sv'),
  segment: z.enum(SEGMENTS).default('residential'),
  pin: pinSchema.nullable().optional(),
});
export type CustomerInput = z.input<typeof customerInputSchema>;

export const customerPatchSchema = customerInputSchema.omit({ customerNumber: true }).partial();
export type CustomerPatch = z.input<typeof customerPatchSchema>;

export const planSchema = z.object({
  downMbps: z.number().int().min(1).max(100_000),
  upMbps: z.number().int().min(1).max(100_000),
});

export const serviceInputSchema = z.object({
  customerId: z.string().min(1).max(64),
  access: z.enum(ACCESS_KINDS),
  plan: planSchema,
  areaCode: text(64),
  accountStatus: z.enum(ACCOUNT_STATUSES).default('active'),
  pppoeUsername: z.string().trim().min(1).max(128).nullable().optional(),
  pppoePassword: z.string().min(1).max(128).nullable().optional(),
});
export type ServiceInput = z.input<typeof serviceInputSchema>;

export const servicePatchSchema = serviceInputSchema.omit({ customerId: true }).partial();
export type ServicePatch = z.input<typeof servicePatchSchema>;

export const deviceInputSchema = z.object({
  oui: z
    .string()
    .trim()
    .regex(/^[0-9A-Fa-f]{6}$/, 'six hex digits'),
  productClass: z
    .string()
    .trim()
    .regex(/^[\w.-]{1,64}$/, 'letters, digits, dot, dash, underscore'),
  serialNumber: z
    .string()
    .trim()
    .regex(/^[\w.-]{1,64}$/, 'letters, digits, dot, dash, underscore'),
  manufacturer: z.string().trim().max(128).nullable().optional(),
  model: z.string().trim().max(128).nullable().optional(),
  firmware: z.string().trim().max(64).nullable().optional(),
  serviceId: z.string().min(1).max(64).nullable().optional(),
});
export type DeviceInput = z.input<typeof deviceInputSchema>;

export const devicePatchSchema = deviceInputSchema
  .pick({ manufacturer: true, model: true, firmware: true, serviceId: true })
  .partial();
export type DevicePatch = z.input<typeof devicePatchSchema>;

/** ACS device id `OUI-ProductClass-Serial`. */
export function deviceId(oui: string, productClass: string, serialNumber: string): string {
  return `${oui.toUpperCase()}-${productClass}-${serialNumber}`;
}
