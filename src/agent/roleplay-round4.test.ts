// Wrong turns left after the fourth role-play round (issue 14), in the customers' own words.
import { describe, expect, it } from 'vitest';
import { portalChat } from './testing/chat.js';
import { faultWorld, identified, memoryDesk, type MemoryDesk } from './testing/memory-desk.js';

const ELIN = { customerNumber: '700101', name: 'Elin Berg', pin: '3141' };
const said = (r: { text: string }[]) => r.map((x) => x.text).join(' ');
const resolutions = async (desk: MemoryDesk, ticketId: string) =>
  (await desk.tickets.timeline(ticketId)).filter((e) => e.type === 'resolution');

/** A refund is answered in words and goes to billing as a case of its own; all the tickets. */
async function refundCase(desk: MemoryDesk, r: { text: string }[]) {
  expect(said(r)).toMatch(/avdrag på fakturan/);
  const all = (await desk.tickets.list({ limit: 10 })).items;
  expect(all.some((t) => t.queue === 'billing')).toBe(true);
  return all;
}

describe('fourth role-play round', () => {
  it('a TV question with the customer number is passed on without demanding a PIN', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    desk.directory.add(ELIN);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    const r = await desk.agent.handleMessage(
      c.ticketId,
      'hi, my tv box says no signal on some channels, 700101',
    );
    expect(r.some((x) => x.askKey === 'identity.pin')).toBe(false);
    const [res] = await resolutions(desk, c.ticketId);
    expect(res?.type === 'resolution' && [res.outcome, res.queue]).toEqual(['routed', 'agents']);
  });

  it('a TV question whose customer number comes when asked is passed on without demanding a PIN', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    desk.directory.add(ELIN);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'sv' });
    await desk.agent.handleMessage(c.ticketId, 'min tv-box visar inga kanaler');
    const r = await desk.agent.handleMessage(c.ticketId, '700101');
    expect(r.some((x) => x.askKey === 'identity.pin')).toBe(false);
    const [res] = await resolutions(desk, c.ticketId);
    expect(res?.type === 'resolution' && [res.outcome, res.queue]).toEqual(['routed', 'agents']);
  });

  it('a refund asked for after a closed case opens a linked billing case; the closed case stays closed', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    const { ticketId } = await identified(desk, ELIN, 'sv', 'internet funkar inte');
    await desk.agent.handleMessage(ticketId, 'ja');
    await desk.agent.handleMessage(ticketId, 'ja');
    await desk.agent.handleMessage(ticketId, '5');
    const r = await desk.agent.handleMessage(
      ticketId,
      'får jag kompensation för att det inte funkat sen i måndags?',
    );
    const all = await refundCase(desk, r);
    expect(all.find((t) => t.id === ticketId)?.status).toBe('resolved');
  });

  it('"how long? and do I get money back?" after a field handoff answers both and gives billing its own case', async () => {
    const desk = memoryDesk({ world: faultWorld(['fiber_los']) });
    const { ticketId } = await identified(desk, ELIN, 'sv', 'inget internet, det lyser rött på fiberboxen');
    await desk.agent.handleMessage(ticketId, 'efter 17 på vardagar');
    const r = await desk.agent.handleMessage(
      ticketId,
      'ok. hur länge dröjer det innan teknikern kommer? och får jag tillbaka pengar för dagarna utan internet?',
    );
    const all = await refundCase(desk, r);
    expect(all.find((t) => t.id === ticketId)?.queue).toBe('field');
  });

  it('thanks for what was done, after the close, gets a short close and opens nothing', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    const { ticketId } = await identified(desk, ELIN, 'en', 'internet is down');
    await desk.agent.handleMessage(ticketId, 'yes');
    await desk.agent.handleMessage(ticketId, 'yes');
    const r = await desk.agent.handleMessage(ticketId, 'thanks for the help with the router restart');
    expect(said(r)).toMatch(/You are welcome/);
    expect((await desk.tickets.list({ limit: 10 })).items).toHaveLength(1);
  });

  it('an admin-password change is confirmed as a request done, not as "does it work now? glad it works again"', async () => {
    const desk = memoryDesk({ world: faultWorld(['default_admin_password']) });
    const { ticketId, replies } = await identified(
      desk,
      ELIN,
      'en',
      'hi can you change my routers admin password? i think its still the default one',
    );
    expect(replies.at(-1)?.askKey).toBe('consent.config_change');
    const asked = await desk.agent.handleMessage(ticketId, 'yes');
    expect(asked.at(-1)?.text).toMatch(/as you wanted/);
    expect(said(asked)).not.toMatch(/Does it work now/);
    const closed = await desk.agent.handleMessage(ticketId, 'yes');
    expect(said(closed)).toMatch(/^Done!/);
    expect(said(closed)).not.toMatch(/glad it works again/);
  });

  it('the summary of a Wi-Fi rename names the rename, not the Wi-Fi password', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const { ticketId } = await identified(desk, ELIN, 'en', 'can you change my network name to MiaNet');
    await desk.agent.handleMessage(ticketId, 'yes');
    const closed = await desk.agent.handleMessage(ticketId, 'done');
    expect(said(closed)).toMatch(/Problem: Renaming your Wi-Fi network/);
    expect(said(closed)).not.toMatch(/password/);
  });

  it('a question back the catalogue cannot answer is said honestly and the question put again; nothing is noted while the desk has the case', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    desk.directory.add(ELIN);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    await desk.agent.handleMessage(c.ticketId, 'internet is down, customer number 700101');
    const r = await desk.agent.handleMessage(c.ticketId, 'is my data stored somewhere?');
    expect(said(r)).toMatch(/can’t answer from here/);
    expect(said(r)).not.toMatch(/Good question|colleague/);
    expect(r.at(-1)?.askKey).toBe('identity.pin');
    const notes = (await desk.tickets.timeline(c.ticketId)).filter((e) => e.type === 'note');
    expect(notes.some((e) => e.type === 'note' && e.text.includes('is my data stored'))).toBe(false);
  });

  it('"are you a real person or a bot?" is answered, not taken as a request for a person', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    await desk.agent.handleMessage(c.ticketId, 'internet is down');
    const r = await desk.agent.handleMessage(c.ticketId, 'are you a real person or a bot?');
    expect(said(r)).toMatch(/automated support technician/);
    expect(r.at(-1)?.askKey).toBe('identity.customer_number');
    expect(await resolutions(desk, c.ticketId)).toHaveLength(0);
  });

  it('Wi-Fi-limited speed still slow on Wi-Fi after a full-speed wired test gets 5 GHz advice and a closed case, not second line', async () => {
    const desk = memoryDesk({ world: faultWorld(['speed_wifi_limited'], { canDo: ['step.wired_test'] }) });
    const { ticketId } = await identified(desk, ELIN, 'en', 'I pay for 500 but only get like 40 mbit');
    await desk.agent.handleMessage(ticketId, 'done');
    const r = await desk.agent.handleMessage(
      ticketId,
      'on the cable yes. but on wifi in the living room its still slow, so what do i do?',
    );
    expect(said(r)).toMatch(/5 GHz/);
    const [res] = await resolutions(desk, ticketId);
    expect(res?.type === 'resolution' && res.outcome).toBe('resolved');
    const after = await desk.agent.handleMessage(
      ticketId,
      'can i do anything myself? whats the 5ghz network called',
    );
    expect(said(after)).toMatch(/same name as your usual one/);
  });

  it.each([
    [
      'en',
      "no wait dont send a technician, can't you just reset something from your side?",
      /would not help/,
    ],
    ['sv', 'nej vänta, skicka ingen tekniker. kan ni inte starta om routern istället?', /hjälper inte/],
    ['en', 'no. nobody is coming into my flat', /not book a visit/],
  ] as const)(
    '"%s: %s" at the visit question books no visit and is not saved as the availability',
    async (lang, text, expected) => {
      const desk = memoryDesk({ world: faultWorld(['optical_power_low']) });
      const { ticketId, replies } = await identified(desk, ELIN, lang, 'internet drops several times a day');
      expect(replies.at(-1)?.askKey).toBe('contact.availability');
      const r = await desk.agent.handleMessage(ticketId, text);
      expect(said(r)).toMatch(expected);
      expect(said(r)).not.toMatch(/I have booked|Jag har bokat/);
      expect((await desk.agent.engine.get(ticketId))?.facts.availability).not.toBe(text);
      const [res] = await resolutions(desk, ticketId);
      expect(res?.type === 'resolution' && [res.outcome, res.queue]).toEqual(['escalated', 'field']);
    },
  );

  it('a red LOS lamp in the opening goes straight to the line test, and the finding is said once', async () => {
    const chat = await portalChat('sv', faultWorld(['fiber_los']), ELIN);
    const r = await chat.asks(
      'det lyser en röd lampa på fiberboxen, det står LOS brevid',
      'contact.availability',
    );
    const light = said(r).match(/ljus/gi) ?? [];
    expect(light.length).toBe(1);
  });

  it('"the router keeps restarting itself" is handled as a fault, not named a restart request', async () => {
    const desk = memoryDesk({ world: faultWorld(['hardware_failure']) });
    const { ticketId } = await identified(desk, ELIN, 'sv', 'routern startar om sig själv hela tiden');
    await desk.agent.handleMessage(ticketId, 'ja');
    const r = await desk.agent.handleMessage(ticketId, 'efter 17 på vardagar');
    expect(said(r)).not.toMatch(/Problem: Att starta om routern/);
    const [res] = await resolutions(desk, ticketId);
    expect(res?.type === 'resolution' && res.queue).toBe('field');
  });

  it('someone who is not a customer is asked for contact details when routed to sales, and what they give goes on the case', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    const routed = await desk.agent.handleMessage(
      c.ticketId,
      'hi, i just moved into an apartment in sundbyberg and want internet. how do i sign up?',
    );
    expect(said(routed)).toMatch(/name and a phone number or e-mail/);
    expect(said(routed)).toMatch(/Problem: A new subscription/);
    const r = await desk.agent.handleMessage(
      c.ticketId,
      'how will they contact me? you dont have my number. its 0701112233, name is tom becker',
    );
    expect(said(r)).toMatch(/added your contact details/);
    const notes = (await desk.tickets.timeline(c.ticketId)).filter((e) => e.type === 'note');
    expect(notes.some((e) => e.type === 'note' && /Tom Becker, \+46701112233/.test(e.text))).toBe(true);
  });

  it('contact details given in the opening are taken, not asked for again', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'sv' });
    const r = await desk.agent.handleMessage(
      c.ticketId,
      'hej, jag är inte kund men vill beställa bredband. jag heter Anna Svensson, 070-123 45 67',
    );
    expect(said(r)).toMatch(/lagt till dina kontaktuppgifter/);
    expect(said(r)).not.toMatch(/Skriv ditt namn/);
  });

  it('a person asked for in the opening is heard; pushed back once, the number is asked with a way out, and "no" hands over', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    const first = await desk.agent.handleMessage(
      c.ticketId,
      'internet not working, lights look normal. can I talk to a real person please',
    );
    expect(said(first)).toMatch(/pass you to a colleague/);
    const again = await desk.agent.handleMessage(c.ticketId, 'did you read what I wrote? I want a human');
    expect(again.at(-1)?.askKey).toBe('identity.customer_number');
    expect(said(again)).toMatch(/just write “no”/);
    await desk.agent.handleMessage(c.ticketId, 'no');
    const [res] = await resolutions(desk, c.ticketId);
    expect(res?.type === 'resolution' && [res.outcome, res.queue]).toEqual(['escalated', 'agents']);
  });

  it('the number given after the push-back is verified and the line diagnosed before the handoff', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    desk.directory.add(ELIN);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    await desk.agent.handleMessage(c.ticketId, 'internet not working. can I talk to a real person please');
    await desk.agent.handleMessage(c.ticketId, 'did you read what I wrote? I want a human');
    await desk.agent.handleMessage(c.ticketId, '700101, pin 3141');
    const timeline = await desk.tickets.timeline(c.ticketId);
    expect(timeline.some((e) => e.type === 'finding')).toBe(true);
    expect((await desk.tickets.get(c.ticketId))?.customerId).not.toBeNull();
    const [res] = await resolutions(desk, c.ticketId);
    expect(res?.type === 'resolution' && res.outcome).toBe('escalated');
  });

  it('"can\'t you just send a new router instead?" after a remote restart books no visit and never loops back to the restart', async () => {
    const desk = memoryDesk({ world: faultWorld(['hardware_failure']) });
    const { ticketId } = await identified(desk, ELIN, 'sv', 'routern startar om sig själv hela tiden');
    await desk.agent.handleMessage(ticketId, 'den startar ju om sig själv hela tiden redan?? men ok');
    const r = await desk.agent.handleMessage(
      ticketId,
      'kan inte ni bara skicka en ny router istället? jobbar dagtid',
    );
    expect(r.some((x) => x.askKey === 'consent.reboot')).toBe(false);
    const [res] = await resolutions(desk, ticketId);
    expect(res?.type === 'resolution' && [res.outcome, res.queue]).toEqual(['escalated', 'field']);
  });

  it('"can we try something else first?" at the visit question is told nothing more can be done from here, and asked again', async () => {
    const desk = memoryDesk({ world: faultWorld(['optical_power_low']) });
    const { ticketId } = await identified(desk, ELIN, 'en', 'internet drops several times a day');
    const r = await desk.agent.handleMessage(ticketId, 'can we try something else first?');
    expect(said(r)).toMatch(/Nothing more can be done from here/);
    expect(r.at(-1)?.askKey).toBe('contact.availability');
  });
});
