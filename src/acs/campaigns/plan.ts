import { z } from 'zod';

// What a firmware campaign is asked to do, and the pure rules it follows: how many routers each
// stage takes, and when a stage's failures stop the campaign.

const TAG = z.string().regex(/^[A-Za-z0-9_.\-:]{1,64}$/);

export const stageSchema = z.union([
  /** A share of the whole selection (rounded up, at least one router). */
  z.object({ percent: z.number().gt(0).max(100) }).strict(),
  z.object({ size: z.number().int().min(1) }).strict(),
]);

export const campaignBodySchema = z
  .object({
    name: z.string().min(1).max(128),
    /** Routers matching a GenieACS-style query and carrying every one of the tags. */
    selection: z
      .object({
        query: z.union([z.string().max(8192), z.record(z.string(), z.unknown())]).optional(),
        tags: z.array(TAG).max(20).optional(),
      })
      .strict()
      .refine((s) => s.query !== undefined || (s.tags?.length ?? 0) > 0, {
        message: 'a selection needs a query or tags',
      }),
    /** An uploaded NBI file, or the catalogue's image of a version. */
    firmware: z.union([
      z.object({ file: z.string().min(1).max(200) }).strict(),
      z.object({ version: z.string().min(1).max(64) }).strict(),
    ]),
    /** The last stage always takes the routers left. Default: 1 %, 10 %, the rest. */
    stages: z
      .array(stageSchema)
      .min(1)
      .max(10)
      .default([{ percent: 1 }, { percent: 10 }, { percent: 100 }]),
    /** A stage whose failed share exceeds this stops the campaign (0.1 = more than 10 %). */
    maxFailureRate: z.number().min(0).max(1).default(0.1),
    /** Count a router done only once it reports the file's version (when the version is known). */
    verifyVersion: z.boolean().default(true),
    /** Ask each router to connect at once (else it upgrades at its next periodic inform). */
    connectionRequest: z.boolean().default(true),
    /** A Download task not done by then fails (the router never fetched or never reported). */
    taskTimeoutMs: z
      .number()
      .int()
      .min(1_000)
      .max(7 * 86_400_000)
      .default(3_600_000),
    /** After TransferComplete, how long the router has to boot and report the new version. */
    bootTimeoutMs: z.number().int().min(1_000).max(86_400_000).default(900_000),
    maxAttempts: z.number().int().min(1).max(5).default(2),
    /**
     * A router that took the Download but has not reported its TransferComplete for this long is
     * asked to connect (some report it only at their next session, which may be hours away).
     */
    nudgeAfterMs: z.number().int().min(500).max(86_400_000).default(60_000),
  })
  .strict();

export type CampaignBody = z.input<typeof campaignBodySchema>;
export type CampaignRequest = z.output<typeof campaignBodySchema>;

export interface CampaignSettings {
  maxFailureRate: number;
  verifyVersion: boolean;
  connectionRequest: boolean;
  taskTimeoutMs: number;
  bootTimeoutMs: number;
  maxAttempts: number;
  nudgeAfterMs: number;
  stages: z.output<typeof stageSchema>[];
}

/** Routers per stage for a selection of `n`: each stage's share, the last one the rest; no empty stages. */
export function stageSizes(n: number, stages: readonly z.output<typeof stageSchema>[]): number[] {
  const out: number[] = [];
  let left = n;
  stages.forEach((s, i) => {
    const want =
      i === stages.length - 1 ? left : 'size' in s ? s.size : Math.max(1, Math.ceil((n * s.percent) / 100));
    const size = Math.min(left, want);
    if (size > 0) out.push(size);
    left -= size;
  });
  return out;
}

/** Whether `failed` of a stage of `size` routers is more than the campaign tolerates. */
export function overThreshold(failed: number, size: number, maxFailureRate: number): boolean {
  return size > 0 && failed / size > maxFailureRate;
}
