import { z } from 'zod';
import { ACTIONS, FAULT_KINDS, OUTCOMES, QUEUES } from '../src/domain/vocabulary.js';

// The support-scenario format of ../shared/contracts/scenarios.md, validated strictly.

const queueSchema = z.enum(QUEUES);

export const scenarioSchema = z.object({
  id: z.string().min(1),
  language: z.enum(['sv', 'en']),
  channel: z.enum(['chat', 'email']),
  subscriber: z
    .object({
      name: z.string().min(1),
      /** Empty only for someone who is not a customer (`registered: false`): writers leave it blank. */
      customerNumber: z.string(),
      pin: z.string(),
      email: z.string().min(3),
      segment: z.enum(['residential', 'business']),
      access: z.enum(['fiber', 'dsl', 'cable']),
      plan: z.object({ downMbps: z.number().positive(), upMbps: z.number().positive() }),
      area: z.string().min(1),
      accountStatus: z.enum(['active', 'suspended_nonpayment']),
      /** v2: false = not a customer; the subscriber is not imported into the desk. */
      registered: z.boolean().default(true),
      cpe: z.object({ model: z.string().optional(), firmware: z.string().optional() }).optional(),
    })
    .refine((sub) => !sub.registered || (sub.customerNumber !== '' && sub.pin !== ''), {
      message: 'a registered subscriber needs a customer number and a PIN',
      path: ['customerNumber'],
    }),
  faults: z.array(
    z.object({ kind: z.enum(FAULT_KINDS), params: z.record(z.string(), z.unknown()).default({}) }),
  ),
  incidents: z
    .array(z.object({ area: z.string(), kind: z.string(), etaMinutes: z.number().nonnegative().optional() }))
    .default([]),
  persona: z.object({
    opening: z.string().min(1),
    subject: z.string().nullable().optional(),
    authenticated: z.boolean().default(false),
    /** v2: a list is answered in turn, one entry each time the key (pattern) is asked; the last repeats. */
    answers: z
      .record(z.string(), z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]))
      .default({}),
    canDo: z.array(z.string()).default([]),
    mood: z.enum(['neutral', 'frustrated', 'angry']).default('neutral'),
    /** v2: sent after the outcome, each waiting for the replies; not counted in maxTurns. */
    afterOutcome: z.array(z.string().min(1)).default([]),
    /** v2: the answer to the satisfaction question; null = the customer says nothing about it. */
    csat: z.number().int().min(1).max(5).nullable().default(null),
  }),
  expect: z.object({
    // The contract's outcomes: `withdrawn` is the desk's record of a case closed at the customer's word, never expected.
    outcome: z.enum(OUTCOMES).exclude(['withdrawn']),
    queue: z.union([queueSchema, z.array(queueSchema), z.null()]).optional(),
    fixedBy: z.array(z.enum(ACTIONS)).optional(),
    forbid: z.array(z.enum(ACTIONS)).default([]),
    maxTurns: z.number().int().positive(),
    /** v2: when identity was verified, the ticket must carry the subscriber's customer and service. */
    linked: z.boolean().default(true),
  }),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** The harness's own moves inside persona answers (v2). */
export const ANSWER_TOKENS = ['@done', '@cannot', '@truth', '@dontknow'] as const;
