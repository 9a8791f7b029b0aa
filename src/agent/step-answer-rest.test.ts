// A second request beside the answer to a step that closes the case ("done, ipad is on. btw … my bill
// went up 50 kr, why?", "ja. förresten jag kommer inte in på mina sidor heller, kontot är låst"): taken up
// as its own linked case in the same reply, the satisfaction question after it — never dropped.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const REJOIN = { canDo: ['step.rejoin_wifi' as const] };

async function atRejoin(lang: Language) {
  const chat = await portalChat(lang, faultWorld(['wifi_password_forgotten'], REJOIN));
  await chat.send(lang === 'sv' ? 'jag har glömt wifilösenordet' : 'i forgot the wifi password');
  await chat.asks(lang === 'sv' ? 'ja gör det' : 'yes do it', 'step.rejoin_wifi');
  return chat;
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
    const chat = await atRejoin(lang);
    const r = await chat.send(text);
    const { first, next } = await chat.cases();
    expect(first?.status).toBe('resolved');
    expect(next?.queue).toBe(queue);
    expect(r.map((x) => x.text).join('\n')).toMatch(said);
  });

  it('sv: a locked My pages told at the step is unlocked before the satisfaction question', async () => {
    const chat = await atRejoin('sv');
    const r = await chat.send('klart. förresten jag kommer inte in på mina sidor heller, kontot är låst');
    const { first, next } = await chat.cases();
    expect(first?.status).toBe('resolved');
    expect(next?.intent).toBe('login_problem');
    expect(r.some((x) => x.askKey === 'csat.score')).toBe(false);
  });
});

describe('a second problem told beside a consent', () => {
  it('sv: remembered and taken up when the case is done, before the satisfaction question', async () => {
    const chat = await portalChat('sv', faultWorld(['wifi_password_forgotten'], REJOIN));
    await chat.send('jag har glömt wifilösenordet');
    await chat.asks(
      'ja gör det. förresten jag kommer inte in på mina sidor heller, kontot är låst',
      'step.rejoin_wifi',
    );
    const r = await chat.send('klart');
    const { first, next } = await chat.cases();
    expect(first?.status).toBe('resolved');
    expect(next?.intent).toBe('login_problem');
    expect(r.some((x) => x.askKey === 'csat.score')).toBe(false);
  });
});

describe('a slow mobile told as an aside at the consent', () => {
  it('sv: taken up as its own case when the first is done', async () => {
    const chat = await portalChat('sv', faultWorld(['wifi_channel_congestion'], REJOIN));
    await chat.send('wifit är jättesegt på kvällarna');
    await chat.send('ok flytta kanalen. och förresten min mobil laddar sidor jättelångsamt på dagen också');
    const r = await chat.send('ja nu funkar det');
    const { first, next } = await chat.cases();
    expect(first?.status).toBe('resolved');
    expect(next?.intent).toBe('slow_speed');
    expect(r.some((x) => x.askKey === 'csat.score')).toBe(false);
  });
});
