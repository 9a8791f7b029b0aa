import { isIP } from 'node:net';
import { z } from 'zod';
import { ACCESS_KINDS, LANGUAGES, PRIORITIES, QUEUES } from '../domain/index.js';
import { THRESHOLDS, type ThresholdName } from '../diagnostics/thresholds.js';
import { DEFAULT_RELAY } from '../channels/email/relay.js';
import { aaaAdapterSchema } from '../isp/radius/settings.js';
import { ispAdapterSchema } from '../isp/http/settings.js';
import { smsSettingsSchema } from '../channels/sms/settings.js';
import { imapSettingsSchema, smtpInboundSchema } from '../channels/email/settings.js';

// The operator configuration file: everything that makes Frontline one ISP's desk rather than
// another's. Each field is documented in docs/operator-config.md; the demo's file is
// config/demo-operator.yaml.

export const WEBHOOK_EVENTS = [
  'ticket.created',
  'ticket.escalated',
  'ticket.resolved',
  'ticket.csat',
  'incident.opened',
  'incident.resolved',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

const text = z.string().trim().min(1);
const perLanguage = z
  .object(
    Object.fromEntries(LANGUAGES.map((l) => [l, text])) as Record<(typeof LANGUAGES)[number], typeof text>,
  )
  .strict();
const ipv4 = z.string().refine((s) => isIP(s) === 4, 'an IPv4 address');
const version = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, 'a version such as 2.3.1');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM (24-hour clock)');
const minutes = z
  .number()
  .int()
  .min(1)
  .max(365 * 24 * 60);
const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    // Intl throws for a zone it does not know: that is the answer, not a failure.
    return false;
  }
};

const firmwareImage = z
  .object({
    url: z.url({ protocol: /^https?$/ }).optional(),
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, '64 hex digits')
      .transform((s) => s.toLowerCase())
      .optional(),
    size: z.number().int().min(0).optional(),
  })
  .strict();

const firmwareModel = z
  .object({
    model: text,
    manufacturer: text,
    oui: z.string().regex(/^[0-9A-F]{6}$/, 'six upper-case hex digits'),
    productClass: text,
    access: z.enum(ACCESS_KINDS),
    recommended: version,
    knownBad: z.record(version, text).default({}),
    images: z.record(version, firmwareImage).optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.recommended in m.knownBad)
      ctx.addIssue({
        code: 'custom',
        path: ['knownBad', m.recommended],
        message: 'the recommended version cannot be known-bad',
      });
  });

const businessHours = z
  .object({
    timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/Stockholm'),
    /** Days open, mon … sun. */
    days: z.array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).min(1),
    open: clock,
    close: z.union([clock, z.literal('24:00')]),
    /** Public holidays to close on. */
    holidays: z.enum(['SE', 'none']).default('SE'),
  })
  .strict()
  .refine((h) => h.open < h.close, { message: 'open must be before close', path: ['close'] });

const slaTarget = z.object({ minutes, hours: z.enum(['business', 'always']) }).strict();
const slaTargets = z
  .object(
    Object.fromEntries(PRIORITIES.map((p) => [p, slaTarget])) as Record<
      (typeof PRIORITIES)[number],
      typeof slaTarget
    >,
  )
  .strict();

const queue = z
  .object({
    name: text.optional(),
    /** Where the voice channel transfers a caller whose case escalates to this queue (in its hours). */
    phone: z
      .string()
      .regex(/^\+[1-9]\d{6,14}$/, 'a phone number in international form such as +46101234567')
      .optional(),
    businessHours: businessHours.optional(),
    sla: slaTargets.partial().optional(),
  })
  .strict();

const thresholdNames = Object.keys(THRESHOLDS) as [ThresholdName, ...ThresholdName[]];

const relay = z
  .object({
    tls: z.enum(['required', 'opportunistic', 'none']).default(DEFAULT_RELAY.tls),
    rejectUnauthorized: z.boolean().default(DEFAULT_RELAY.rejectUnauthorized),
    connectionTimeoutMs: z.number().int().min(100).max(300_000).default(DEFAULT_RELAY.connectionTimeoutMs),
    greetingTimeoutMs: z.number().int().min(100).max(300_000).default(DEFAULT_RELAY.greetingTimeoutMs),
    socketTimeoutMs: z.number().int().min(100).max(600_000).default(DEFAULT_RELAY.socketTimeoutMs),
  })
  .strict();

const webhook = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'lower-case letters, digits, - and _'),
    url: z.url({ protocol: /^https?$/ }),
    /** The HMAC key; or secretEnv, the name of an environment variable holding it. */
    secret: z.string().min(16, 'use at least 16 characters').optional(),
    secretEnv: z
      .string()
      .regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name')
      .optional(),
    events: z
      .array(z.enum(WEBHOOK_EVENTS))
      .min(1)
      .default([...WEBHOOK_EVENTS]),
  })
  .strict()
  .refine((w) => (w.secret === undefined) !== (w.secretEnv === undefined), {
    message: 'give exactly one of secret and secretEnv',
    path: ['secret'],
  });

export const operatorConfigSchema = z
  .object({
    brand: z
      .object({
        name: text,
        /** The closing line of every e-mail, per language. */
        signature: perLanguage,
        /** The customer portal's name in the agent's texts, per language (neutral words without it). */
        portal: perLanguage.optional(),
      })
      .strict(),
    support: z
      .object({
        address: z.email(),
        name: text,
      })
      .strict(),
    urls: z
      .object({
        public: z.url().optional(),
        helpCentre: z.url().optional(),
        myPages: z.url().optional(),
      })
      .strict()
      .default({}),
    network: z
      .object({
        dnsServers: z.array(ipv4).min(1).max(2),
        ispHost: ipv4.optional(),
      })
      .strict(),
    firmware: z
      .array(firmwareModel)
      .default([])
      .superRefine((models, ctx) => {
        const seen = new Set<string>();
        models.forEach((m, i) => {
          if (seen.has(m.model))
            ctx.addIssue({ code: 'custom', path: [i, 'model'], message: `model ${m.model} is listed twice` });
          seen.add(m.model);
        });
      }),
    sla: z
      .object({
        /** The hours a business-hours target counts in (queues may have their own). */
        businessHours,
        targets: slaTargets,
      })
      .strict(),
    queues: z.partialRecord(z.enum(QUEUES), queue).default({}),
    thresholds: z.partialRecord(z.enum(thresholdNames), z.number().finite()).default({}),
    adapters: z
      .object({
        chat: z.boolean().default(true),
        voice: z.boolean().default(true),
        emailInbound: z.boolean().default(true),
        /** STARTTLS and AUTH on the inbound SMTP listener. */
        smtpInbound: smtpInboundSchema.optional(),
        /** The support mailbox polled over IMAP. */
        imap: imapSettingsSchema.optional(),
        relay: relay.default(() => relay.parse({})),
        /** Where the AAA port reads: in-process, or a RADIUS server's SQL (docs/radius.md). */
        aaa: aaaAdapterSchema.default(() => aaaAdapterSchema.parse({})),
        /** How the desk reaches the ISP's systems (docs/isp-http-api.yaml). */
        isp: ispAdapterSchema.default(() => ispAdapterSchema.parse({})),
        /** The HTTP SMS gateway (outage notices). */
        sms: smsSettingsSchema.optional(),
        webhooks: z
          .array(webhook)
          .default([])
          .superRefine((hooks, ctx) => {
            const seen = new Set<string>();
            hooks.forEach((h, i) => {
              if (seen.has(h.name))
                ctx.addIssue({
                  code: 'custom',
                  path: [i, 'name'],
                  message: `webhook ${h.name} is listed twice`,
                });
              seen.add(h.name);
            });
          }),
      })
      .strict()
      .default(() => ({
        chat: true,
        voice: true,
        emailInbound: true,
        relay: relay.parse({}),
        aaa: aaaAdapterSchema.parse({}),
        isp: ispAdapterSchema.parse({}),
        webhooks: [],
      })),
  })
  .strict();

export type OperatorConfig = z.output<typeof operatorConfigSchema>;
export type RelaySettings = OperatorConfig['adapters']['relay'];
export type WebhookTarget = OperatorConfig['adapters']['webhooks'][number];
