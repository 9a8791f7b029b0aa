// A question inside an answer (role-play rp8a: 6, 5, 10): the answer part is taken and the question
// part answered too — from the texts for the action in hand or from the case's root cause.
import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../domain/index.js';
import { questionClauses, sideAnswers } from './side-questions.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

async function converse(faults: FaultKind[], language: 'en' | 'sv', messages: string[]) {
  const desk = memoryDesk({ world: faultWorld(faults, { canDo: ['step.rejoin_wifi'] }) });
  desk.directory.add({ customerNumber: '100482', name: 'Priya Shah', pin: '4711' });
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  let last: string[] = [];
  for (const m of messages) last = (await desk.agent.handleMessage(c.ticketId, m)).map((x) => x.text);
  return { desk, last: last.join('\n') };
}

describe('the question part of an answer', () => {
  it('is found in a clause that asks, not in a tentative answer', () => {
    expect(questionClauses('ok. im not sure, probably after lunch.')).toEqual([]);
    expect(
      sideAnswers('hmm maybe thursday? im not sure, probably after lunch.', {
        askKey: 'contact.availability',
      }),
    ).toEqual({ keys: [], unanswered: false });
    expect(questionClauses('sure. will my tv need the password again?')).toEqual([
      'will my tv need the password again?',
    ]);
    expect(
      sideAnswers('ok. why cant you fix it from there?', {
        askKey: 'contact.availability',
        cause: 'fiber_los',
      }).keys,
    ).toEqual(['reply.why_remote.fiber_los']);
    expect(sideAnswers('ja gör det', { askKey: 'consent.reboot' })).toEqual({ keys: [], unanswered: false });
  });

  it('en: "sure. will my tv need the password again?" at the channel change: answered once, then the change', async () => {
    const { desk, last } = await converse(['wifi_channel_congestion'], 'en', [
      'wifi slow every evening. 100482 pin 4711',
      'sure. will my tv need the password again?',
    ]);
    // The text for the channel change itself (issue 14, s10 C: a general text gives way to the case's own).
    expect(last).toMatch(
      /name and password stay the same, so your devices \(the smart ones too\) reconnect by themselves/,
    );
    expect(last.match(/^No —/gm)).toHaveLength(1);
    expect(desk.world.actionsDone()).toContain('wifi_channel_change');
  });

  it('en: "why cant you fix it from there?" beside the availability is answered from the root cause', async () => {
    const { last } = await converse(['optical_power_low'], 'en', [
      'internet drops several times a day. 100482 pin 4711',
      'hmm maybe thursday? im not sure, probably after lunch. why cant you fix it from there?',
    ]);
    expect(last).toMatch(/too little light reaches your fibre box/);
  });

  it('sv: "skicka ingen tekniker än. kan det inte vara sladden?" gets the cable check as well as no visit', async () => {
    const { last } = await converse(['fiber_los'], 'sv', [
      'internet funkar inte, röd lampa LOS. kundnummer 100482 pin 4711',
      'nej vänta, skicka ingen tekniker än. kan det inte vara sladden?',
    ]);
    expect(last).toMatch(/fiberkabeln mellan vägguttaget och fiberboxen/);
    expect(last).toMatch(/inget besök/);
  });

  it('en: "cant you just tell me if there is an outage" at the PIN: the area is asked, then the outage told and the PIN asked to link', async () => {
    const world = faultWorld(['area_outage']);
    const desk = memoryDesk({ world });
    const inc = await desk.incidents.create({
      areas: ['SE-MMO-LIMHAMN'],
      kind: 'fiber_cut',
      title: 'Fibre cut in Limhamn',
      etaAt: '2026-11-25T15:00:00Z',
    });
    world.incident = { id: inc.id, reference: inc.reference, etaAt: inc.etaAt };
    desk.directory.add({ customerNumber: '200430', name: 'Ahmed Khan', pin: '4242', area: 'SE-MMO-LIMHAMN' });
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    await desk.agent.handleMessage(c.ticketId, 'no internet since this morning. customer number 200430');
    const area = await desk.agent.handleMessage(
      c.ticketId,
      'i dont have it here. cant you just tell me if there is an outage',
    );
    expect(area.map((x) => x.text).join('\n')).toMatch(/which town or district/);
    expect(area.at(-1)?.askKey).toBe('identity.pin');
    const told = await desk.agent.handleMessage(
      c.ticketId,
      'i dont have the letter. is there an outage in limhamn or not??',
    );
    expect(told.map((x) => x.text).join('\n')).toMatch(/Fibre cut in Limhamn/i);
    expect(told.at(-1)?.askKey).toBe('identity.pin');
    await desk.agent.handleMessage(c.ticketId, '4242');
    const res = (await desk.tickets.timeline(c.ticketId)).findLast((e) => e.type === 'resolution');
    expect(res?.type === 'resolution' && res.outcome).toBe('outage_informed');
  });

  it('en: "if i pay now does it come back right away?" beside "i paid it" and a refund at the billing case: all answered, one case', async () => {
    const { desk, last } = await converse(['billing_suspended'], 'en', [
      'my internet is off. 100482 pin 4711',
      'what?? i paid it last week. if i pay now does it come back right away? and i want money back for the days without internet',
    ]);
    expect(last).toMatch(/already paid/);
    expect(last).toMatch(/opens again by itself/);
    expect(last).toMatch(/reduction/);
    expect((await desk.tickets.list({})).items).toHaveLength(1);
  });
});
