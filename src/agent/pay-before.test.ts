// Role-play round 12 (b #10): after a billing handoff, "do i have to pay the 649 before they answer" was
// ignored, and "you didnt answer, do i pay the full amount or not?" got "I have added your message". The
// payment question is answered whenever it is asked, the same way each time.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  [
    'en',
    'my invoice is 649 kr but i always pay 399, there is a service fee i never ordered. please correct it',
    'will they call me or email? and do i have to pay the 649 before they answer, its due on the 10th',
    'you didnt answer, do i pay the full amount or not?',
    /You can wait with paying the part you question\. I have noted on case T-\d+/,
  ],
  [
    'sv',
    'min faktura är på 649 kr men jag brukar betala 399, det står en serviceavgift som jag aldrig beställt',
    'ringer de eller mejlar de? och måste jag betala innan de svarat, den förfaller den 10:e',
    'du svarade inte, ska jag betala hela beloppet eller inte?',
    /Du kan vänta med att betala det du ifrågasätter\. Jag har noterat i ärende T-\d+/,
  ],
] as const)(
  '%s: the payment question after a billing handoff is answered, asked again too',
  async (lang, opening, first, again, answer) => {
    const { say, pin } = await chat(lang, faultWorld([]));
    await say(`${pin}. ${opening}`);
    expect(await say(first)).toMatch(answer);
    expect(await say(again)).toMatch(answer);
  },
);
