// Round 23 (c2): after the DNS fix was confirmed, "I would now like to speak to a real person about the parental
// filter … Please have someone call me." Per the contract a person asked for after a resolved case is a new
// contact for a person, linked — the fixed case stays resolved — and the way of contact asked for ("call me",
// "ring mig") is on that case and said back, never only "someone will answer you here".
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const OPENING: Record<Language, string> = {
  en: 'some websites say server not found, others work',
  sv: 'vissa sidor går inte att nå, server hittades inte',
};

describe('a person asked for after the fix', () => {
  it.each([
    [
      'en',
      'Yes, the sites open again. However I would now like to speak to a real person about the parental filter, since nobody has answered me about it. Please have someone call me. Johan',
      /rather be called/,
    ],
    ['en', 'I want to talk to a human about the parental controls. call me please', /rather be called/],
    ['sv', 'Jag vill prata med en riktig människa om barnspärren. Ring mig hellre.', /hellre blir uppringd/],
    ['sv', 'kan jag få prata med en person? mejla mig gärna', /hellre vill ha ett mejl/],
    ['en', 'can i speak to a real person about the filter', null],
  ] as [Language, string, RegExp | null][])('%s: "%s"', async (lang, text, ack) => {
    const c = await chat(lang, faultWorld(['dns_misconfigured']));
    await c.send(OPENING[lang]);
    await untilAsked(c, 'csat.score', c.pin);
    expect((await c.desk.tickets.get(c.ticketId))?.status).toBe('resolved');
    const said = await c.say(text);
    const items = (await c.desk.tickets.list({ limit: 10 })).items;
    const person = items.find((t) => t.id !== c.ticketId);
    // A new contact for a person, linked; the fixed case stays resolved.
    expect(person?.queue).toBe('agents');
    expect((await c.desk.tickets.get(c.ticketId))?.status).toBe('resolved');
    const timeline = JSON.stringify(await c.desk.tickets.timeline(person?.id ?? ''));
    // The person reads why, in the customer's words.
    expect(timeline).toContain(text.slice(-40).replace(/"/g, '\\"'));
    if (ack) {
      expect(said).toMatch(ack);
      expect(timeline).toMatch(/would rather be contacted by/);
    } else expect(said).not.toMatch(/rather be called|rather get/);
  });
});
