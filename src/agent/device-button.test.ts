// Issue 14 (rp12a #3): after a new Wi-Fi password and a closed case, "the printer is an HP, is there a
// button or something?" became a new outage case with a router restart and a tier-2 escalation. A
// question about getting a device without a screen onto the Wi-Fi (a button, WPS) is answered — the
// WPS button on the device and on the router, or the device's own menu or app — never a new fault case.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { afterQuestions } from './after-questions.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const HUGO = { customerNumber: '200150', name: 'Hugo Nilsson', pin: '3904' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function closedPasswordCase(lang: Language) {
  const desk = memoryDesk({
    world: faultWorld(['wifi_password_forgotten'], { canDo: ['step.rejoin_wifi'] }),
  });
  const res = await converse(desk, {
    customer: HUGO,
    language: lang,
    opening:
      lang === 'en' ? 'we forgot the wifi password, can you help' : 'vi har glömt lösenordet till wifit',
    answers: {
      'identity.customer_number': '200150',
      'identity.pin': '3904',
      'consent.*': lang === 'en' ? 'yes' : 'ja',
    },
  });
  expect(res.outcome).toBe('resolved');
  return { desk, ...res };
}

describe('a device without a screen, asked about after a Wi-Fi password case', () => {
  it('reads the question in both languages', () => {
    expect(afterQuestions('the printer is an HP, is there a button or something?')).toContain(
      'device_button',
    );
    expect(afterQuestions('skrivaren har ingen skärm, finns det nån knapp?')).toContain('device_button');
    expect(afterQuestions('can i use wps for the printer?')).toContain('device_button');
    expect(afterQuestions('the router restarts when I press the button')).not.toContain('device_button');
  });

  it.each([
    ['en', 'the printer is an HP, is there a button or something?', /WPS/],
    ['sv', 'skrivaren är en HP, finns det nån knapp eller nåt?', /WPS/],
  ] as const)('%s: "%s" is answered, no new case, no router step', async (lang, text, answer) => {
    const { desk, ticketId } = await closedPasswordCase(lang);
    const r = await desk.agent.handleMessage(ticketId, text);
    expect(words(r)).toMatch(answer);
    expect(r.some((x) => x.askKey?.startsWith('step.'))).toBe(false);
    expect((await desk.tickets.list({ limit: 50 })).items).toHaveLength(1);
  });
});
