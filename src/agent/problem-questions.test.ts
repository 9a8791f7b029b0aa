// A question asked in the message that gives the problem ("…or do I need to buy something?", "måste jag
// vara hemma?", "is this your fault?", "will I lose my settings?") is answered once, after the first
// diagnosis, in the customer's language, before the question the diagnosis puts — not skipped.
import { describe, expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

/** The problem (with its question) told first, then the customer number and PIN: the replies to those. */
async function open(fault: 'wifi_weak_signal' | 'fiber_los', language: 'sv' | 'en', opening: string) {
  const c = await chat(language, faultWorld([fault]));
  await c.send(opening);
  const replies = await c.send(c.pin);
  return { ...c, replies };
}

describe('a question asked with the problem', () => {
  it('"…anything you can do from your side, or do I need to buy something?" (weak Wi-Fi) is answered with the diagnosis', async () => {
    const { replies } = await open(
      'wifi_weak_signal',
      'en',
      "Hi,\n\nSince we moved the kids' bedrooms around, the wifi in the back bedroom has become almost useless. The router is in the hallway.\n\nIs there anything you can do from your side, or do I need to buy something?\n\nBest regards,\nDaniel",
    );
    const said = words(replies);
    expect(said).toMatch(/Nothing to buy from us/);
    expect(said).toMatch(/mesh unit or an access point placed halfway/);
    expect(said).toMatch(/From here I have tested your line and router/);
    // The question still closes the message.
    expect(replies.at(-1)?.askKey).toBe('step.move_closer');
    expect(replies.at(-1)?.text).toMatch(/tell me when done\.$/);
  });

  it('"kan ni kolla det härifrån eller måste jag köpa något?" is answered in Swedish, once', async () => {
    const { send, replies } = await open(
      'wifi_weak_signal',
      'sv',
      'Hej! Wifi:t i sovrummet längst bort är jättesvagt, filmer laddar hela tiden. Routern står i hallen. Kan ni kolla det härifrån eller måste jag köpa något?',
    );
    expect(words(replies)).toMatch(/Du behöver inte köpa något av oss/);
    expect(words(replies)).toMatch(/testat din linje och router härifrån/);
    const next = await send('klart, nu sitter jag bredvid routern');
    expect(words(next)).not.toMatch(/Du behöver inte köpa något av oss/);
  });

  it('"måste jag vara hemma?" with a red LOS light is answered for the technician visit', async () => {
    const { replies } = await open(
      'fiber_los',
      'sv',
      'internet är nere sen i morse, röd lampa på fiberboxen. måste jag vara hemma?',
    );
    expect(words(replies)).toMatch(/För besöket, ja – någon som fyllt 18 behöver vara hemma/);
    expect(replies.at(-1)?.askKey).toBe('contact.availability');
  });

  it('"is this your fault?" is answered from the tests', async () => {
    const { replies } = await open(
      'wifi_weak_signal',
      'en',
      'the wifi keeps dropping out in the kitchen. is this your fault?',
    );
    expect(words(replies)).toMatch(/no fault on our side or yours/);
  });

  it('"do I need to buy anything?" with a red LOS light: the repair is free', async () => {
    const { replies } = await open(
      'fiber_los',
      'en',
      'no internet since this morning, there is a red light on the fibre box. do i need to buy anything?',
    );
    expect(words(replies)).toMatch(/the repair is ours and free of charge/);
  });

  it('"kommer jag förlora mina inställningar?" is answered with the diagnosis', async () => {
    const { replies } = await open(
      'wifi_weak_signal',
      'sv',
      'wifi:t är segt i köket. kommer jag förlora mina inställningar om ni gör något?',
    );
    expect(words(replies)).toMatch(/Dina inställningar finns kvar/);
  });
});
