// Issue 14, role-play round 6: the customer's reply at a permission, a step, the customer-number
// question or "does it work now?" — questions answered for the ask in force, replies read as meant.
import { describe, expect, it } from 'vitest';
import type { FaultKind, StepKey } from '../domain/index.js';
import { faultWorld, identified, memoryDesk, type MemoryDesk } from './testing/memory-desk.js';

const ALVA = { customerNumber: '700191', name: 'Alva Holm', pin: '2468' };
const said = (r: { text: string }[]) => r.map((x) => x.text).join(' ');
const last = (r: { askKey: string | null }[]) => r.at(-1)?.askKey ?? null;

async function atAsk(
  faults: FaultKind[],
  lang: 'sv' | 'en',
  opening: string,
  ask: string,
  canDo: StepKey[] = [],
) {
  const desk = memoryDesk({ world: faultWorld(faults, { canDo }) });
  const c = await identified(desk, ALVA, lang, opening);
  let r = c.replies;
  for (let i = 0; i < 8 && last(r) !== ask; i++) {
    const key = last(r) ?? '';
    const done = key.startsWith('step.') && desk.world.performStep(key as StepKey) === 'done';
    r = await desk.agent.handleMessage(
      c.ticketId,
      done ? (lang === 'sv' ? 'klart' : 'done') : lang === 'sv' ? 'ja' : 'yes',
    );
  }
  expect(last(r)).toBe(ask);
  return { desk, ticketId: c.ticketId };
}

async function events(desk: MemoryDesk, ticketId: string) {
  const timeline = await desk.tickets.timeline(ticketId);
  return {
    resolution: timeline.find((e) => e.type === 'resolution'),
    actions: timeline.flatMap((e) => (e.type === 'action_requested' ? [e.action] : [])),
    notes: timeline.flatMap((e) => (e.type === 'note' ? [e.text] : [])),
  };
}

describe('Wi-Fi fine close by, still poor further away', () => {
  it('"next to the router yes. but the bedroom is still bad" closes with placement and mesh advice, not tier2', async () => {
    const { desk, ticketId } = await atAsk(
      ['wifi_weak_signal'],
      'en',
      'wifi is super weak in my bedroom',
      'resolution.confirm',
      ['step.move_closer'],
    );
    const r = await desk.agent.handleMessage(
      ticketId,
      'next to the router yes. but the bedroom is still bad, thats the whole problem',
    );
    expect(said(r)).toMatch(/mesh point/);
    const { resolution } = await events(desk, ticketId);
    expect(resolution?.type === 'resolution' && [resolution.outcome, resolution.queue]).toEqual([
      'resolved',
      null,
    ]);
  });

  it('"well on cable yes. but my phone in the kitchen still gets 40" closes with the 5 GHz advice', async () => {
    const { desk, ticketId } = await atAsk(
      ['speed_wifi_limited'],
      'en',
      'i pay for 500 but only get like 40 mbit',
      'resolution.confirm',
      ['step.wired_test'],
    );
    const r = await desk.agent.handleMessage(
      ticketId,
      'well on cable yes. but my phone in the kitchen still gets 40',
    );
    expect(said(r)).toMatch(/5 GHz/);
    const { resolution } = await events(desk, ticketId);
    expect(resolution?.type === 'resolution' && resolution.outcome).toBe('resolved');
  });

  it('sv: "bredvid routern funkar det men i sovrummet är det fortfarande dåligt" closes with advice', async () => {
    const { desk, ticketId } = await atAsk(
      ['wifi_weak_signal'],
      'sv',
      'wifi är jättesvagt i sovrummet',
      'resolution.confirm',
      ['step.move_closer'],
    );
    const r = await desk.agent.handleMessage(
      ticketId,
      'bredvid routern funkar det men i sovrummet är det fortfarande dåligt',
    );
    expect(said(r)).toMatch(/mesh-punkt/);
    const { resolution } = await events(desk, ticketId);
    expect(resolution?.type === 'resolution' && resolution.outcome).toBe('resolved');
  });
});

describe('questions at a permission or a step, answered for what is asked', () => {
  it('"ja men vänta, kommer min tv tappa också?" is answered (a few seconds) and the permission asked again', async () => {
    const { desk, ticketId } = await atAsk(
      ['wifi_channel_congestion'],
      'sv',
      'wifi är segt på kvällarna',
      'consent.wifi_change',
    );
    const r = await desk.agent.handleMessage(ticketId, 'ja men vänta, kommer min tv tappa också?');
    expect(said(r)).toMatch(/tv:n.*några sekunder/);
    expect(last(r)).toBe('consent.wifi_change');
    expect((await events(desk, ticketId)).actions).toEqual([]);
  });

  it('the admin password: "will i get the new password?", "whats an admin password?" answered; "i guess yes" is a yes', async () => {
    const { desk, ticketId } = await atAsk(
      ['default_admin_password'],
      'en',
      'i want to change the admin password on my router',
      'consent.config_change',
    );
    const r1 = await desk.agent.handleMessage(
      ticketId,
      'will i get the new password? i need to log in to the router sometimes',
    );
    expect(said(r1)).toMatch(/show you the new admin password here/);
    expect(last(r1)).toBe('consent.config_change');
    const r2 = await desk.agent.handleMessage(ticketId, 'whats an admin password? i never set one');
    expect(said(r2)).toMatch(/settings page/);
    expect(said(r2)).not.toMatch(/colleague/);
    await desk.agent.handleMessage(ticketId, 'i guess yes');
    const { actions, notes } = await events(desk, ticketId);
    expect(actions).toContain('admin_password_change');
    expect(notes.some((n) => n.startsWith('question for a colleague'))).toBe(false);
  });

  it('"vilken kontakt? det sitter typ fem sladdar" at "switch the router on" names the power cord', async () => {
    const { desk, ticketId } = await atAsk(
      ['cpe_powered_off'],
      'sv',
      'inget internet, inga lampor',
      'step.power_on',
    );
    const r = await desk.agent.handleMessage(ticketId, 'vilken kontakt? det sitter typ fem sladdar');
    expect(said(r)).toMatch(/Strömsladden/);
    expect(said(r)).not.toMatch(/fiberdosan/);
    expect(last(r)).toBe('step.power_on');
  });

  it('"the router is in the hallway, i cant really move it. will a wifi extender help?" is answered about extenders', async () => {
    const { desk, ticketId } = await atAsk(
      ['wifi_weak_signal'],
      'en',
      'wifi is weak in the bedroom',
      'step.move_closer',
    );
    const r = await desk.agent.handleMessage(
      ticketId,
      'the router is in the hallway, i cant really move it. will a wifi extender help?',
    );
    expect(said(r)).toMatch(/extender helps too/);
    expect(last(r)).toBe('step.move_closer');
  });

  it('"vet inte vad ett filter är men allt sitter i. klart" is done, and the filter is explained', async () => {
    const { desk, ticketId } = await atAsk(
      ['dsl_low_snr'],
      'sv',
      'uppkopplingen är instabil',
      'step.check_cables',
    );
    const r = await desk.agent.handleMessage(ticketId, 'vet inte vad ett filter är men allt sitter i. klart');
    expect(said(r)).toMatch(/liten dosa/);
    expect(last(r)).not.toBe('step.check_cables');
    const timeline = await desk.tickets.timeline(ticketId);
    expect(timeline.some((e) => e.type === 'customer_step')).toBe(true);
  });
});

describe('a question the topics do not name, answered from the table for the step or action in hand', () => {
  it('"what does the update do?" at the firmware permission is answered here, not left for a colleague', async () => {
    const { desk, ticketId } = await atAsk(
      ['firmware_bug_drops'],
      'en',
      'my internet drops several times a day',
      'consent.firmware_update',
    );
    const r = await desk.agent.handleMessage(ticketId, 'what does the update do?');
    expect(said(r)).toMatch(/settings, Wi-Fi name and password stay/);
    expect(last(r)).toBe('consent.firmware_update');
    expect((await events(desk, ticketId)).notes.some((n) => n.startsWith('question for a colleague'))).toBe(
      false,
    );
  });

  it('"hur nära måste jag vara?" at "move closer" says the device goes to the router\'s room for a minute', async () => {
    const { desk, ticketId } = await atAsk(
      ['wifi_weak_signal'],
      'sv',
      'wifi är svagt i sovrummet',
      'step.move_closer',
    );
    const r = await desk.agent.handleMessage(ticketId, 'hur nära måste jag vara?');
    expect(said(r)).toMatch(/samma rum som routern/);
    expect(last(r)).toBe('step.move_closer');
  });
});

describe('identity and "does it work now?"', () => {
  it('"why do you need that" at the customer-number question is answered for the number, not the PIN', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    desk.directory.add(ALVA);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    await desk.agent.handleMessage(c.ticketId, 'is there an outage? my internet is down');
    const r = await desk.agent.handleMessage(
      c.ticketId,
      'why do you need that, just tell me if theres an outage in limhamn',
    );
    expect(said(r)).toMatch(/customer number lets me find your address/);
    expect(said(r)).not.toMatch(/PIN shows/);
    expect(last(r)).toBe('identity.customer_number');
  });

  it('a PIN named in the opening ("9539 is my pin btw") is used when the number comes, and masked', async () => {
    const desk = memoryDesk({ world: faultWorld(['cable_unplugged']) });
    desk.directory.add({ ...ALVA, pin: '9539' });
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    await desk.agent.handleMessage(
      c.ticketId,
      'no internet since we cleaned behind the tv yesterday. 9539 is my pin btw',
    );
    const r = await desk.agent.handleMessage(c.ticketId, ALVA.customerNumber);
    expect(r.some((x) => x.askKey === 'identity.pin')).toBe(false);
    expect(said(r)).toMatch(/verified/);
    const texts = (await desk.tickets.timeline(c.ticketId)).flatMap((e) =>
      e.type === 'message_in' ? [e.text] : [],
    );
    expect(texts.join(' ')).not.toMatch(/9539/);
  });

  it('"…i forgot the password too so i used the reset link lol. works" after an unlock closes the case', async () => {
    const { desk, ticketId } = await atAsk(
      ['portal_account_locked'],
      'en',
      'cant log in to my pages, it says account locked',
      'resolution.confirm',
    );
    await desk.agent.handleMessage(
      ticketId,
      "hang on let me try... ok i'm in. but i forgot the password too actually so i used the reset link lol. works",
    );
    const { resolution, actions } = await events(desk, ticketId);
    expect(resolution?.type === 'resolution' && resolution.outcome).toBe('resolved');
    expect(actions).not.toContain('account_password_reset');
  });
});
