// rp10b #7: after an outage was told, "kan ni skicka en tekniker hem till mig istället" got "I have
// added your message" twice. A visit does not help a fault in the network: said so, with the fix
// under way; an ETA on the same day reads "i dag 17:41" / "today at 17:41".
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { converse, faultWorld, memoryDesk, type MemoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const NOW = () => new Date('2026-12-05T12:30:00Z');
const ETA = '2026-12-05T16:41:00Z';
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function toldOutage(language: Language, opening: string) {
  const desk: MemoryDesk = memoryDesk({ world: faultWorld(['area_outage']), now: NOW });
  const inc = await desk.incidents.create({
    areas: ['SE-STO-TEST'],
    kind: 'fiber_cut',
    title: 'Fibre cut in Limhamn',
    etaAt: ETA,
  });
  desk.world.incident = { id: inc.id, reference: inc.reference, etaAt: inc.etaAt };
  const res = await converse(desk, {
    customer: KARIN,
    language,
    opening,
    answers: { 'identity.customer_number': '100482', 'identity.pin': '4711' },
  });
  const say = async (text: string) => words(await desk.agent.handleMessage(res.ticketId, text));
  return { res, said: words(res.lastReplies), say };
}

describe('a technician asked for during an outage', () => {
  it.each([
    [
      'sv',
      'är det något fel hos er?? inget internet här sen lunch',
      'kan ni skicka en tekniker hem till mig istället',
      /hjälper tyvärr inte/,
    ],
    [
      'sv',
      'inget internet sen lunch, e det nat fel hos er',
      'hallå? kan ni skicka hit nan tekniker eller inte',
      /hjälper tyvärr inte/,
    ],
    [
      'en',
      'is something wrong on your side? no internet since lunch',
      'can you send an engineer to my house instead?',
      /would not help/,
    ],
    ['en', 'no internet since noon, outage?', 'cant u just send a tech over', /would not help/],
  ] as const)(
    '%s: "%s" … "%s" → a visit does not help, the fix is under way',
    async (lang, opening, ask, expected) => {
      const v = await toldOutage(lang, opening);
      expect(v.res.outcome).toBe('outage_informed');
      const r = await v.say(ask);
      expect(r).toMatch(expected);
      expect(r).not.toMatch(/lagt till ditt meddelande|added your message/);
    },
  );

  it('an ETA later the same day reads "i dag 17:41" / "today at 17:41"', async () => {
    const sv = await toldOutage('sv', 'är det något fel hos er?? inget internet här sen lunch');
    expect(sv.said).toMatch(/i dag 17:41/);
    const en = await toldOutage('en', 'is something wrong on your side? no internet since lunch');
    expect(en.said).toMatch(/today at 17:41/);
  });
});
