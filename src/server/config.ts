import { isIP } from 'node:net';
import { z } from 'zod';
import { parseApiTokens, type ApiToken } from './api-tokens.js';
import { loadOperatorConfig, OperatorConfigError, resolveOperatorFile } from '../operator/load.js';
import type { OperatorConfig } from '../operator/schema.js';

// Configuration from environment variables, validated once at start. Each entry is documented
// in the README's configuration table.

const bool = (def: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
    .optional()
    .transform((v) => (v === undefined ? def : ['true', '1', 'yes', 'on'].includes(v)));
const port = (def: number) => z.coerce.number().int().min(0).max(65535).default(def);
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);
/** `host:port` (`[v6]:port` for IPv6) of an optional listener. */
const listenAddress = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .regex(/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, 'host:port, or [address]:port for IPv6')
    .transform((v, ctx) => {
      const at = v.lastIndexOf(':');
      const host = v.slice(0, at).replace(/^\[(.*)\]$/, '$1');
      const port = Number(v.slice(at + 1));
      if (port > 65_535) ctx.addIssue({ code: 'custom', message: 'the port is 0 to 65535' });
      return { host, port };
    })
    .optional(),
);
const isTrustProxy = (v: string) =>
  v.split(',').every((part) => {
    const [addr, bits, ...rest] = part.trim().split('/');
    const ok = ['loopback', 'linklocal', 'uniquelocal'].includes(addr) || isIP(addr) !== 0;
    return ok && rest.length === 0 && (bits === undefined || /^\d{1,3}$/.test(bits));
  });

export const configSchema = z.object({
  NODE_ENV: z.string().default('development'),
  PORT: port(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default('./data/frontline.db'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(20),
  FRONTLINE_SECRET_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  FRONTLINE_API_TOKEN: z.preprocess(
    emptyAsUndefined,
    z.string().min(16, 'use at least 16 characters').optional(),
  ),
  FRONTLINE_API_TOKENS: z
    .string()
    .default('')
    .transform((v, ctx) => {
      try {
        return parseApiTokens(v);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
        return z.NEVER;
      }
    }),
  API_OPEN: bool(false),
  TRUST_PROXY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine(
        isTrustProxy,
        'proxy addresses or CIDRs (or loopback, linklocal, uniquelocal) separated by commas',
      )
      .optional(),
  ),
  RATE_LIMITS: bool(true),
  RATE_LIMIT_STORE: z.enum(['auto', 'memory', 'database']).default('auto'),
  RATE_LIMIT_CHAT_START: z.coerce.number().int().min(1).max(100_000).default(20),
  RATE_LIMIT_CHAT_MESSAGES: z.coerce.number().int().min(1).max(100_000).default(30),
  RATE_LIMIT_LOGIN: z.coerce.number().int().min(1).max(100_000).default(10),
  RATE_LIMIT_LOOKUPS: z.coerce.number().int().min(1).max(100_000).default(120),
  ACS_PORT: port(7547),
  SMTP_PORT: port(2525),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(1024 * 1024),
  DEMO: bool(true),
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  PORTAL_SSO_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(16, 'use at least 16 characters').optional(),
  ),
  SMTP_RELAY_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL')
      .optional(),
  ),
  OPERATOR_CONFIG: z.preprocess(emptyAsUndefined, z.string().optional()),
  // Set, these override the operator file's support address and name.
  SUPPORT_ADDRESS: z.preprocess(emptyAsUndefined, z.email().optional()),
  SUPPORT_NAME: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  MAX_MAIL_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .max(100 * 1024 * 1024)
    .default(25 * 1024 * 1024),
  // The legacy credential shared by all routers: opt-in, off unless both are set.
  ACS_USERNAME: z.preprocess(emptyAsUndefined, z.string().optional()),
  ACS_PASSWORD: z.preprocess(emptyAsUndefined, z.string().optional()),
  ACS_ACCEPT_NEW_DEVICES: bool(false),
  ACS_ALLOW_BASIC: bool(true),
  ACS_PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  /** UDP port of the ACS's STUN server for routers behind NAT (TR-069 Annex G); unset: none. */
  ACS_STUN_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65_535).optional()),
  /** The GenieACS-compatible NBI on its own listener, at GenieACS's paths (e.g. 127.0.0.1:7557); unset: none. */
  ACS_NBI_LISTEN: listenAddress,
  DEMO_SUBSCRIBERS: z.coerce.number().int().min(1).max(20_000).default(50),
  DEMO_CONVERSATIONS: bool(true),
  DEMO_TIME_SCALE: z.coerce.number().min(1).max(10_000).default(60),
  DEFAULT_LANGUAGE: z.enum(['sv', 'en']).default('sv'),
  TRANSCRIPT_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(365),
  RAW_MAIL_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(90),
  // Optional open answers (src/llm): an OpenAI-compatible endpoint's base URL; unset, none.
  LLM_BASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  LLM_MODEL: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  LLM_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(200).max(30_000).default(4000),
});

export type EnvConfig = z.output<typeof configSchema>;

/** The desk's configuration in camel case. */
export interface Config {
  nodeEnv: string;
  port: number;
  host: string;
  databaseUrl: string;
  /** PostgreSQL connections per instance. */
  databasePoolMax: number;
  secretKey: string | undefined;
  apiToken: string | undefined;
  /** Scoped API tokens besides apiToken (which is the admin token). */
  apiTokens: ApiToken[];
  /** Serve the REST API without any credential (explicit opt-in). */
  apiOpen: boolean;
  /** Fastify trustProxy: the proxies' addresses/CIDRs; undefined trusts no proxy. */
  trustProxy: string | undefined;
  rateLimit: RateLimitConfig;
  acsPort: number;
  smtpPort: number;
  logLevel: EnvConfig['LOG_LEVEL'];
  bodyLimitBytes: number;
  demo: boolean;
  publicUrl: string | undefined;
  /** Secret of signed customer-portal sessions; in DEMO mode a fixed development value when unset. */
  portalSecret: string | undefined;
  smtpRelayUrl: string | undefined;
  /** The operator configuration (docs/operator-config.md) and the file it came from. */
  operator: OperatorConfig;
  operatorFile: string;
  /** The operator file's support address and name unless SUPPORT_ADDRESS / SUPPORT_NAME are set. */
  supportAddress: string;
  supportName: string;
  maxMailBytes: number;
  /** Legacy shared router credential (both set, or neither). */
  acsUsername: string | undefined;
  acsPassword: string | undefined;
  /** Accept routers without credentials of their own at first contact. */
  acsAcceptNewDevices: boolean;
  acsAllowBasic: boolean;
  acsPublicUrl: string | undefined;
  acsStunPort: number | undefined;
  /** Where the NBI listener binds (src/server/nbi-listener.ts); undefined: no listener. */
  acsNbiListen: { host: string; port: number } | undefined;
  demoSubscribers: number;
  demoTimeScale: number;
  /** DEMO: play a few customer conversations on first start so the console has tickets. */
  demoConversations: boolean;
  defaultLanguage: 'sv' | 'en';
  /** Days a conversation's words are kept after the ticket's last activity (0 = for ever). */
  transcriptRetentionDays: number;
  /** Days raw received mail, attachments and sent mail are kept (0 = for ever). */
  rawMailRetentionDays: number;
  /** The optional open answerer for questions none of the desk's texts answers; undefined: none. */
  llm: { baseUrl: string; model: string; apiKey: string | undefined; timeoutMs: number } | undefined;
}

/** Requests per minute; `enabled: false` turns every limit off (benchmarks, tests). */
export interface RateLimitConfig {
  enabled: boolean;
  /** auto: the database when it is PostgreSQL (shared by instances), else memory. */
  store: 'auto' | 'memory' | 'database';
  chatStart: number;
  chatMessages: number;
  login: number;
  lookups: number;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const r = configSchema.safeParse(env);
  if (!r.success) throw new ConfigError(r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const e = r.data;
  if (e.LLM_BASE_URL && !e.LLM_MODEL) throw new ConfigError(['LLM_MODEL: required when LLM_BASE_URL is set']);
  let operatorFile: string;
  let operator: OperatorConfig;
  try {
    // Outside DEMO mode a production desk needs its own file; elsewhere the demo's stands in.
    operatorFile = resolveOperatorFile({
      operatorConfig: e.OPERATOR_CONFIG,
      demo: e.DEMO || e.NODE_ENV !== 'production',
    });
    operator = loadOperatorConfig(operatorFile);
  } catch (err) {
    if (err instanceof OperatorConfigError)
      throw new ConfigError(err.problems.map((p) => `OPERATOR_CONFIG ${err.file}: ${p}`));
    throw err;
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolMax: e.DATABASE_POOL_MAX,
    secretKey: e.FRONTLINE_SECRET_KEY,
    apiToken: e.FRONTLINE_API_TOKEN,
    apiTokens: e.FRONTLINE_API_TOKENS,
    apiOpen: e.API_OPEN,
    trustProxy: e.TRUST_PROXY,
    rateLimit: {
      enabled: e.RATE_LIMITS,
      store: e.RATE_LIMIT_STORE,
      chatStart: e.RATE_LIMIT_CHAT_START,
      chatMessages: e.RATE_LIMIT_CHAT_MESSAGES,
      login: e.RATE_LIMIT_LOGIN,
      lookups: e.RATE_LIMIT_LOOKUPS,
    },
    acsPort: e.ACS_PORT,
    smtpPort: e.SMTP_PORT,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    demo: e.DEMO,
    publicUrl: e.PUBLIC_URL ?? operator.urls.public,
    portalSecret: e.PORTAL_SSO_SECRET,
    smtpRelayUrl: e.SMTP_RELAY_URL,
    operator,
    operatorFile,
    supportAddress: e.SUPPORT_ADDRESS ?? operator.support.address,
    supportName: e.SUPPORT_NAME ?? operator.support.name,
    maxMailBytes: e.MAX_MAIL_BYTES,
    acsUsername: e.ACS_USERNAME,
    acsPassword: e.ACS_PASSWORD,
    acsAcceptNewDevices: e.ACS_ACCEPT_NEW_DEVICES,
    acsAllowBasic: e.ACS_ALLOW_BASIC,
    acsPublicUrl: e.ACS_PUBLIC_URL,
    acsStunPort: e.ACS_STUN_PORT,
    acsNbiListen: e.ACS_NBI_LISTEN,
    demoSubscribers: e.DEMO_SUBSCRIBERS,
    demoTimeScale: e.DEMO_TIME_SCALE,
    demoConversations: e.DEMO_CONVERSATIONS,
    defaultLanguage: e.DEFAULT_LANGUAGE,
    transcriptRetentionDays: e.TRANSCRIPT_RETENTION_DAYS,
    rawMailRetentionDays: e.RAW_MAIL_RETENTION_DAYS,
    llm:
      e.LLM_BASE_URL && e.LLM_MODEL
        ? { baseUrl: e.LLM_BASE_URL, model: e.LLM_MODEL, apiKey: e.LLM_API_KEY, timeoutMs: e.LLM_TIMEOUT_MS }
        : undefined,
  };
}
