// A new request where the desk asks for the PIN ("actually forget that, I also want to cancel", "och jag vill byta
// wifi-namnet också"): never taken as "no PIN" — the request is remembered, the PIN asked again, and nothing changes on
// the account or the router before verification. After the PIN the request is taken up.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { scriptedChat } from './testing/chat.js';

const CUSTOMER = { customerNumber: '200157', name: 'Karin Ström', pin: '4826' };
const N = CUSTOMER.customerNumber;

async function chat(language: Language, messages: string[]) {
  const c = await scriptedChat(language, CUSTOMER, messages);
  const actions = async () => (await c.timeline()).filter((e) => e.type === 'action_requested').length;
  const resolved = async () => (await c.timeline()).some((e) => e.type === 'resolution');
  return { ...c, actions, resolved };
}

describe('a new request at the PIN question keeps the PIN asked', () => {
  it.each([
    ['en', 'my internet is slow', 'actually forget that, I also want to cancel'],
    ['en', 'I want to upgrade my plan', 'I also want to move, we are moving to Solna'],
    ['en', 'I forgot my wifi password', 'and I want to upgrade to 1000 too'],
    ['en', 'I want to cancel', 'also please change my wifi password'],
    ['en', 'my internet is slow', 'oh and can you rename my wifi to Casa'],
    ['en', 'my internet is slow', 'also change the admin password on the router'],
    ['en', 'my internet is slow', 'also I need port 25565 forwarded to 192.168.1.50'],
    ['en', 'my internet is slow', 'also my portal account is locked, can you reset the password'],
    ['sv', 'jag vill byta lösenord på wifi', 'och jag vill byta wifi-namnet också'],
    ['sv', 'internet är segt', 'jag vill också säga upp abonnemanget'],
    ['sv', 'internet är segt', 'vi ska flytta också'],
    ['sv', 'internet är segt', 'byt wifi-lösenordet också'],
    ['sv', 'internet är segt', 'kan ni öppna port 3074 också'],
  ] as const)('%s: "%s" → "%s"', async (lang, opening, request) => {
    const r = await chat(lang, [opening, N, request]);
    expect(r.ask(2)).toBe('identity.pin');
    expect(r.text(2)).toMatch(/once you are verified|när du är verifierad/);
    expect(await r.actions()).toBe(0);
    expect(await r.resolved()).toBe(false);
  });

  it('the cancellation asked at the PIN goes to sales after the PIN', async () => {
    const r = await chat('en', [
      'my internet is slow',
      N,
      'also I want to cancel',
      CUSTOMER.pin,
      'cable',
      'yes it works',
    ]);
    expect(r.text(3)).toMatch(/verified/);
    expect(r.text(5)).toMatch(/sales team/);
    expect((await r.tickets()).length).toBe(2);
  });

  it('the port asked at the PIN is forwarded only after the PIN, with consent', async () => {
    const r = await chat('sv', [
      'internet är segt',
      N,
      'kan ni öppna port 3074 till 192.168.1.50 också',
      CUSTOMER.pin,
      'kabel',
      'ja',
    ]);
    expect(r.ask(5)).toBe('consent.config_change');
    expect(r.text(5)).toMatch(/3074/);
  });
});

describe('near misses at the PIN keep their own answers', () => {
  it.each([
    ['en', 'I want to cancel', 'why do you need the PIN to cancel?', 'identity.pin'],
    ['en', 'I want to upgrade', 'what does an upgrade to 1000 cost?', 'identity.pin'],
    ['en', 'I want to cancel', 'can I cancel without the PIN?', 'identity.pin'],
  ] as const)('%s: "%s" → "%s"', async (lang, opening, said, key) => {
    const r = await chat(lang, [opening, N, said]);
    expect(r.ask(2)).toBe(key);
    expect(r.text(2)).not.toMatch(/once you are verified/);
  });

  it.each([
    ['I want to cancel', "I don't have the PIN, I also want to move"],
    [
      'I want to upgrade to a faster plan',
      "I don't have the letter here. I'm not changing anything right now, I just want to know what the faster options are and the price",
    ],
  ])('"%s" → "%s" is refused, not asked again', async (opening, said) => {
    const r = await chat('en', [opening, N, said]);
    expect(r.ask(2)).not.toBe('identity.pin');
    expect(await r.resolved()).toBe(true);
  });
});
