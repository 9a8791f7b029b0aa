import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { INTENTS, LANGUAGES } from '../../domain/index.js';

export const corpusLineSchema = z.object({
  text: z.string(),
  lang: z.enum(LANGUAGES),
  intent: z.enum(INTENTS),
});
export type LabelledLine = z.infer<typeof corpusLineSchema>;

/** Reads a JSON Lines file in the contract's format; throws with the line number on a bad line. */
export function readJsonl(path: string): LabelledLine[] {
  const out: LabelledLine[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(corpusLineSchema.parse(JSON.parse(line)));
      } catch (err) {
        throw new Error(`${path}:${i + 1}: ${(err as Error).message}`, { cause: err });
      }
    });
  return out;
}
