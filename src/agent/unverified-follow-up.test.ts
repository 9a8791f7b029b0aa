// rp10a #9: a caller without a PIN was handed to a person; the follow-up about the invoice opened a
// new case no queue held and asked for the PIN again. Follow-ups of an unverified caller stay on the
// handed case, for the person who verifies them another way.
import { describe, expect, it } from 'vitest';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const EVA = { customerNumber: '100482', name: 'Eva Berg', pin: '4711' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function handedWithoutPin(language: 'sv' | 'en', opening: string, pin: string) {
  const desk = memoryDesk({ world: faultWorld([]) });
  const res = await converse(desk, {
    customer: EVA,
    language,
    opening,
    answers: { 'identity.customer_number': '100482', 'identity.pin': pin },
  });
  const say = async (text: string) => words(await desk.agent.handleMessage(res.ticketId, text));
  return { desk, res, say };
}

describe('a follow-up after a handoff of an unverified caller stays on the handed case', () => {
  it('sv: "vad är det för extra 200 kr? blir det dragit nästa månad också?" is added to the case, no PIN asked', async () => {
    const v = await handedWithoutPin(
      'sv',
      'hej fakturan för november är typ 200 kr högre än vanligt, varför??',
      'vet inte pin faktiskt, hittar den inte. kan jag få prata med en människa istället',
    );
    expect(v.res.queue).toBe('agents');
    const before = (await v.desk.tickets.list({})).items.length;
    const r = await v.say('ok. men vad är det för extra 200 kr? blir det dragit nästa månad också?');
    expect(r).not.toMatch(/skydda ditt konto/);
    expect(r).toContain(v.res.reference);
    expect((await v.desk.tickets.list({})).items).toHaveLength(before);
    const again = await v.say('jag har ju sagt att jag inte har pin. ni skulle ju skicka till en människa??');
    expect(again).not.toMatch(/skydda ditt konto/);
  });

  it('en, no capitals: "so what is the extra charge on my bill? will it be there next month too" stays on the case', async () => {
    const v = await handedWithoutPin(
      'en',
      'my bill is 200 kr more than normal this month, why?',
      'i dont have my pin, cant find it. can i talk to a human instead',
    );
    const before = (await v.desk.tickets.list({})).items.length;
    const r = await v.say('so what is the extra charge on my invoice? will it be there next month too');
    expect(r).not.toMatch(/protect your account/);
    expect(r).toContain(v.res.reference);
    expect((await v.desk.tickets.list({})).items).toHaveLength(before);
  });
});
