// A second request beside the answer to a step that closes the case ("done, ipad is on. btw … my bill
// went up 50 kr, why?", "ja. förresten jag kommer inte in på mina sidor heller, kontot är låst"): taken up
// as its own linked case in the same reply, the satisfaction question after it — never dropped.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };

async function atRejoin(lang: Language) {
  const desk = memoryDesk({
    world: faultWorld(['wifi_password_forgotten'], { canDo: ['step.rejoin_wifi'] }),
  });
  desk.directory.add(KARIN);
  const c = await desk.agent.startConversation({
    channel: 'chat',
    language: lang,
    portalCustomerNumber: '100482',
  });
  await desk.agent.handleMessage(
    c.ticketId,
    lang === 'sv' ? 'jag har glömt wifilösenordet' : 'i forgot the wifi password',
  );
  const asked = await desk.agent.handleMessage(c.ticketId, lang === 'sv' ? 'ja gör det' : 'yes do it');
  expect(asked.at(-1)?.askKey).toBe('step.rejoin_wifi');
  return { desk, ticketId: c.ticketId };
}

describe('the rest of an answer to a step that closes the case', () => {
  it.each([
    [
      'en',
      'done, ipad is on. btw while i have you - my internet bill went up 50 kr this month, why?',
      'billing',
      /billing team/,
    ],
    [
      'sv',
      'klart, ipaden är på. förresten, varför har min faktura gått upp 50 kr den här månaden?',
      'billing',
      /faktura/,
    ],
  ] as const)('%s: "%s" closes the case and takes the rest up at once', async (lang, text, queue, said) => {
    const { desk, ticketId } = await atRejoin(lang);
    const r = await desk.agent.handleMessage(ticketId, text);
    expect((await desk.tickets.get(ticketId))?.status).toBe('resolved');
    const next = (await desk.tickets.list({ limit: 10 })).items.find((x) => x.id !== ticketId);
    expect(next?.queue).toBe(queue);
    expect(r.map((x) => x.text).join('\n')).toMatch(said);
  });

  it('sv: a locked My pages told at the step is unlocked before the satisfaction question', async () => {
    const { desk, ticketId } = await atRejoin('sv');
    const r = await desk.agent.handleMessage(
      ticketId,
      'klart. förresten jag kommer inte in på mina sidor heller, kontot är låst',
    );
    expect((await desk.tickets.get(ticketId))?.status).toBe('resolved');
    const next = (await desk.tickets.list({ limit: 10 })).items.find((x) => x.id !== ticketId);
    expect(next?.intent).toBe('login_problem');
    expect(r.some((x) => x.askKey === 'csat.score')).toBe(false);
  });
});

describe('a second problem told beside a consent', () => {
  it('sv: remembered and taken up when the case is done, before the satisfaction question', async () => {
    const desk = memoryDesk({
      world: faultWorld(['wifi_password_forgotten'], { canDo: ['step.rejoin_wifi'] }),
    });
    desk.directory.add(KARIN);
    const c = await desk.agent.startConversation({
      channel: 'chat',
      language: 'sv',
      portalCustomerNumber: '100482',
    });
    await desk.agent.handleMessage(c.ticketId, 'jag har glömt wifilösenordet');
    const asked = await desk.agent.handleMessage(
      c.ticketId,
      'ja gör det. förresten jag kommer inte in på mina sidor heller, kontot är låst',
    );
    expect(asked.at(-1)?.askKey).toBe('step.rejoin_wifi');
    const r = await desk.agent.handleMessage(c.ticketId, 'klart');
    expect((await desk.tickets.get(c.ticketId))?.status).toBe('resolved');
    const next = (await desk.tickets.list({ limit: 10 })).items.find((x) => x.id !== c.ticketId);
    expect(next?.intent).toBe('login_problem');
    expect(r.some((x) => x.askKey === 'csat.score')).toBe(false);
  });
});

describe('a slow mobile told as an aside at the consent', () => {
  it('sv: taken up as its own case when the first is done', async () => {
    const desk = memoryDesk({
      world: faultWorld(['wifi_channel_congestion'], { canDo: ['step.rejoin_wifi'] }),
    });
    desk.directory.add(KARIN);
    const c = await desk.agent.startConversation({
      channel: 'chat',
      language: 'sv',
      portalCustomerNumber: '100482',
    });
    await desk.agent.handleMessage(c.ticketId, 'wifit är jättesegt på kvällarna');
    await desk.agent.handleMessage(
      c.ticketId,
      'ok flytta kanalen. och förresten min mobil laddar sidor jättelångsamt på dagen också',
    );
    const r = await desk.agent.handleMessage(c.ticketId, 'ja nu funkar det');
    expect((await desk.tickets.get(c.ticketId))?.status).toBe('resolved');
    const next = (await desk.tickets.list({ limit: 10 })).items.find((x) => x.id !== c.ticketId);
    expect(next?.intent).toBe('slow_speed');
    expect(r.some((x) => x.askKey === 'csat.score')).toBe(false);
  });
});
