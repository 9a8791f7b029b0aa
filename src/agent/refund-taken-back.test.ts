// Round 26 (c8, en, speed_wifi_limited): "on the cable yes. on wifi in the kitchen still meh I guess. and forget
// the refund thing, I get it now" still opened a billing case at the close, and "wait, I said forget the refund,
// why did you still send it to billing??" got "they decide on a reduction for the days it did not work" — false.
// Money back taken back is dropped (no billing case) and said so; a billing case already opened for it is
// withdrawn; with none opened, the customer is told nothing went.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';
import { dropsRefund } from './refund-dropped.js';

const WORDS = {
  en: {
    opening: 'I pay for 500 Mbit but only get 40. I want a refund for this month.',
    remark: 'on the cable yes. on wifi in the kitchen still meh I guess',
    drop: 'and forget the refund thing, I get it now',
    why: 'wait, I said forget the refund, why did you still send it to billing??',
  },
  sv: {
    opening: 'jag betalar för 500 Mbit men får bara 40. jag vill ha pengarna tillbaka för den här månaden.',
    remark: 'med kabel ja. på wifi i köket fortfarande sådär',
    drop: 'och strunta i återbetalningen, jag fattar nu',
    why: 'vänta, jag sa ju strunta i återbetalningen, varför skickade du det till fakturaavdelningen ändå??',
  },
};

async function atConfirm(lang: Language) {
  const c = await chat(lang, faultWorld(['speed_wifi_limited'], { canDo: ['step.wired_test'] }));
  const w = WORDS[lang];
  await c.send(w.opening);
  await c.send('100482');
  await c.asks('4711', 'step.wired_test');
  await c.asks(c.yes, 'resolution.confirm');
  const billing = async () =>
    (await c.desk.tickets.list({ limit: 10 })).items.filter((t) => t.queue === 'billing');
  return { ...c, w, billing };
}

const FALSE_REDUCTION = /reduction for the days it did not work|avdrag på fakturan för de dagar/;

describe('money back taken back', () => {
  it.each(['en', 'sv'] as Language[])(
    '%s: in the same message as the answer → no billing case',
    async (lang) => {
      const c = await atConfirm(lang);
      const said = await c.say(`${c.w.remark}. ${c.w.drop}`);
      expect(said).toMatch(/not pass on the refund|skickar jag inte vidare begäran om avdrag/);
      expect(await c.billing()).toEqual([]);
      const why = await c.say(c.w.why);
      expect(why).toMatch(/Nothing went to our billing team|Inget har skickats/);
      expect(why).not.toMatch(FALSE_REDUCTION);
      expect(await c.billing()).toEqual([]);
    },
  );

  it.each(['en', 'sv'] as Language[])(
    '%s: after the billing case was opened → withdrawn, said so',
    async (lang) => {
      const c = await atConfirm(lang);
      await c.say(c.w.remark);
      const [opened] = await c.billing();
      expect(opened?.status).toBe('escalated');
      const why = await c.say(c.w.why);
      expect(why).toMatch(/withdrawn case|dragit tillbaka ärende/);
      expect(why).not.toMatch(FALSE_REDUCTION);
      expect((await c.desk.tickets.get(opened!.id))?.status).toBe('resolved');
    },
  );

  it.each([
    'forget the refund thing',
    'never mind the refund',
    'strunta i återbetalningen',
    'skit i avdraget',
  ])('"%s" takes it back', (t) => expect(dropsRefund(t)).toBe(true));
  it.each(['I want a refund', 'jag vill ha avdrag', "don't forget my refund"])('"%s" does not', (t) =>
    expect(dropsRefund(t)).toBe(false),
  );
});
