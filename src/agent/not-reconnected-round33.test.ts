// Round 33 (a #4): a 16-year-old wrote for his father's subscription ("vet ej det är pappas abonnemang. typ 200 143")
// and was thanked "Tack Oskar" — his father's name; and after the Wi-Fi was switched back on, "nu syns det! men min
// mobil kopplar inte upp av sig själv, måste jag skriva in lösenordet igen?" got "Nej – dina enheter ansluter igen av
// sig själva" and the case closed with his phone offline. Someone who says they are not the holder is not called by
// the holder's name; a device the customer says did not reconnect gets the forget-and-rejoin step, not a contradiction.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const OSKAR = { customerNumber: '200143', name: 'Oskar Karlsson', pin: '7488' };
const K = {
  sv: {
    open: 'hej vårt wifi syns inte längre på nån av mobilerna. typ sen igår kväll',
    number: 'vet ej det är pappas abonnemang. typ 200 143 står det på ett papper här',
    pin: 'han säger 7488',
    consent: 'ja gör det',
    notBack: 'nu syns det! men min mobil kopplar inte upp av sig själv, måste jag skriva in lösenordet igen?',
    contradicts: /ansluter igen av sig själva/,
    rejoin: /Glöm|glöm|välj nätet|Wi-Fi-listan|wifi-listan/i,
  },
  en: {
    open: 'hi our wifi is gone on all our phones since last night',
    number: "idk its my dad's subscription. 200 143 it says on a paper here",
    pin: 'he says 7488',
    consent: 'yes do it',
    notBack: 'it shows now! but my phone doesnt reconnect by itself, do i have to type the password again?',
    contradicts: /reconnect by themselves/,
    rejoin: /Forget|forget|Wi-Fi list/,
  },
} as const;

describe('not the holder, and a phone that did not reconnect (rp33a #4)', () => {
  it.each(['sv', 'en'] as const)('%s', async (lang: Language) => {
    const k = K[lang];
    const c = await chat(lang, faultWorld(['wifi_radio_disabled'], { canDo: ['step.rejoin_wifi'] }), OSKAR);
    await c.send(k.open);
    await c.send(k.number);
    const verified = (await c.send(k.pin)).map((m) => m.text).join('\n');
    expect(verified).not.toMatch(/(?:Tack|Thank you|Thanks|Hej|Hi),? Oskar/);
    let r = await c.send(k.consent);
    for (let i = 0; i < 3 && r.at(-1)?.askKey !== 'resolution.confirm'; i++) r = await c.send(c.yes);
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    const out = await c.send(k.notBack);
    const said = out.map((m) => m.text).join('\n');
    expect(said).not.toMatch(k.contradicts);
    expect(said).toMatch(k.rejoin);
    expect((await c.cases()).first?.status).not.toBe('resolved');
  });
});
