import { z } from 'zod';
import { ACTIONS, FAULT_KINDS, OUTCOMES, QUEUES } from '../src/domain/vocabulary.js';

// The support-scenario format of ../shared/contracts/scenarios.md, validated strictly.

const queueSchema = z.enum(QUEUES);

export const scenarioSchema = z.object({
  id: z.string().min(1),
  language: z.enum(['sv', 'en']),
  channel: z.enum(['chat', 'email']),
  subscriber: z.object({
    name: z.string().min(1),
    customerNumber: z.string().min(1),
    pin: z.string().min(1),
    email: z.string().min(3),
    segment: z.enum(['residential', 'business']),
    access: z.enum(['fiber', 'dsl', 'cable']),
    plan: z.object({ downMbps: z.number().positive(), upMbps: z.number().positive() }),
    area: z.string().min(1),
    accountStatus: z.enum(['active', 'suspended_nonpayment']),
    cpe: z.object({ model: z.string().optional(), firmware: z.string().optional() }).optional(),
  }),
  faults: z.array(z.object({ kind: z.enum(FAULT_KINDS), params: z.record(z.string(), z.unknown()).default({}) })),
  incidents: z
    .array(z.object({ area: z.string(), kind: z.string(), etaMinutes: z.number().nonnegative().optional() }))
    .default([]),
  persona: z.object({
    opening: z.string().min(1),
    subject: z.string().nullable().optional(),
    authenticated: z.boolean().default(false),
    answers: z.record(z.string(), z.string()).default({}),
    canDo: z.array(z.string()).default([]),
    mood: z.enum(['neutral', 'frustrated', 'angry']).default('neutral'),
  }),
  expect: z.object({
    outcome: z.enum(OUTCOMES),
    queue: z.union([queueSchema, z.array(queueSchema), z.null()]).optional(),
    fixedBy: z.array(z.enum(ACTIONS)).optional(),
    forbid: z.array(z.enum(ACTIONS)).default([]),
    maxTurns: z.number().int().positive(),
  }),
});

export type Scenario = z.infer<typeof scenarioSchema>;
