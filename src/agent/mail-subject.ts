// An e-mail's subject is read with its body, but a subject that contradicts the body ("Faktura" over
// "mitt internet är jättesegt") does not decide: the body read alone does, when it is clear by itself.

interface Reading {
  intent: string;
  confidence: number;
}

/** The reading of the body alone when the subject in front of it pulls another way, else `tri`. */
export function bodyOverSubject<T extends Reading>(
  subject: string | null | undefined,
  text: string,
  tri: T,
  read: (body: string) => T,
  threshold: number,
): T {
  const s = (subject ?? '').trim();
  if (!s || !text.startsWith(`${s}\n\n`)) return tri;
  const body = text.slice(s.length + 2);
  if (!body.trim()) return tri;
  const alone = read(body);
  const clear = alone.intent !== 'other' && alone.confidence >= threshold;
  // Only where the subject changed the reading or made it unsure; otherwise it may add detail.
  return clear && (alone.intent !== tri.intent || tri.confidence < threshold) ? alone : tri;
}
