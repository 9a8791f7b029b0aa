// rp11c #9: a would-be customer ("vi flyttar till sundbyberg i januari och vill ha bredband, har ni fiber
// där?") was asked for a customer number first; "och adressen är vasavägen 12 … hur länge tar det innan det
// kan vara inkopplat?" got "Tack – jag har ändrat kontaktuppgifterna" (nothing had changed) and no answer;
// "ring efter 17 som sagt" was lost from the contact note. An opening that asks whether we deliver, naming
// nothing of a subscription of their own, goes to sales at once; only what is new is confirmed; the call
// time is kept on the case; how soon it can be connected is answered (it depends on the address).
import { describe, expect, it } from 'vitest';
import { CONTACT_STATE_KEY, readContact, type ContactDetails } from './contact-details.js';
import { salesQuestions } from './sales-questions.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('a would-be customer moving in', () => {
  it('sv: no number asked, nothing "changed", the call time kept, the installation time answered', async () => {
    const { desk, send, say } = await chat('sv', faultWorld([]));
    const first = await send(
      'hej vi flyttar till sundbyberg i januari och vill ha bredband, har ni fiber där? vad kostar det',
    );
    expect(first.map((r) => r.askKey)).not.toContain('identity.customer_number');
    const [ticket] = (await desk.tickets.list({ limit: 5 })).items;
    expect(ticket.queue).toBe('sales');
    expect(await say('lisa holm, nås på 070-123 45 67 efter kl 17 helst')).toMatch(/ringa dig efter 17/);
    const address = await say(
      'och adressen är vasavägen 12 om det hjälper. hur länge tar det innan det kan vara inkopplat?',
    );
    expect(address).not.toMatch(/ändrat/);
    expect(address).toMatch(/Vasavägen 12/);
    expect(address).toMatch(/beror på adressen.*datum/s);
    expect(await say('du svarade inte, hur lång tid tar inkopplingen? och ring efter 17 som sagt')).toMatch(
      /datum.*|ringa dig efter 17/s,
    );
    const state = await desk.tickets.getState<ContactDetails>(ticket.id, CONTACT_STATE_KEY);
    expect(state).toMatchObject({ phones: ['+46701234567'], address: 'Vasavägen 12', when: 'efter 17' });
    const notes = (await desk.tickets.timeline(ticket.id)).filter((e) => e.type === 'note');
    expect(JSON.stringify(notes)).toMatch(/call efter 17/);
  });

  it('en: "after 6pm is best" is kept and "how soon can it be connected?" answered', async () => {
    const { send, say } = await chat('en', faultWorld([]));
    const first = await send("hi, we're moving to sundbyberg in april. can i get fibre from you there?");
    expect(first.map((r) => r.askKey)).not.toContain('identity.customer_number');
    expect(await say('tom whitaker, 070-987 65 43, after 6pm is best')).toMatch(/call you after 6pm/);
    expect(await say('how soon can it be connected once we move in?')).toMatch(/depends on the address/);
  });

  it('reads a call time, not a date, and an installation question', () => {
    expect(readContact('nås på 070-123 45 67 efter kl 17 helst')?.when).toBe('efter 17');
    expect(readContact('ring mig på 070-123 45 67, vi flyttar efter 15 januari')?.when).toBeUndefined();
    expect(readContact('call me on 070-987 65 43 in the evening')?.when).toBe('in the evening');
    expect(salesQuestions('hur länge tar det innan det kan vara inkopplat?')).toContain('install_time');
    expect(salesQuestions('when can it be installed?')).toContain('install_time');
    expect(salesQuestions('vad kostar det?')).not.toContain('install_time');
  });
});
