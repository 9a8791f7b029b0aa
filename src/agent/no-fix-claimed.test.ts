// Round 10 of the issue-14 role-play (fixer y, rp10c #6): a question answered before the fix never says
// the fix is done — "vad är dns? och hur kan den bli fel?" at the DNS permission got "Nu pekar de på våra
// servrar igen" with no change made.
import { describe, expect, it } from 'vitest';
import type { AgentReply } from './agent.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const said = (r: AgentReply[]) => r.map((x) => x.text).join('\n');
const CLAIMS =
  /pekar (de|den) på våra servrar igen|är (nu )?ändrad|har (jag )?ändrat|point(s)? to our servers again|(have|has|I've) (now )?changed|is changed now|what I changed/i;

describe('an answer before the fix claims no fix (rp10c #6)', () => {
  it.each([
    ['sv', 'vad är dns? och hur kan den bli fel, har nån varit inne i min router?'],
    ['sv', 'hur kunde det bli så?'],
    ['en', 'whats dns? and how did it get changed in the first place'],
    ['en', 'what caused it?'],
  ] as const)('%s: "%s" at the DNS permission', async (lang, text) => {
    const desk = memoryDesk({ world: faultWorld(['dns_misconfigured']) });
    const opening = lang === 'en' ? "some websites won't load" : 'vissa sidor laddar inte';
    const { ticketId, replies } = await identified(desk, KARIN, lang, opening);
    const ask = replies.at(-1)?.askKey;
    expect(ask).toMatch(/^consent\./);
    const r = await desk.agent.handleMessage(ticketId, text);
    expect(said(r)).not.toMatch(CLAIMS);
    expect(r.at(-1)?.askKey).toBe(ask);
    const actions = (await desk.tickets.timeline(ticketId)).filter((e) => e.type === 'action_done');
    expect(actions).toEqual([]);
  });
});
