// Role-play round 16 (c #8): "vi ska flytta nästa månad till uppsala. kan man ta med sig internet dit
// eller måste man säga upp? vet inte riktigt vad vi vill än" was recorded as "Uppsägning av ditt
// abonnemang" and the question got no answer. A move with a cancellation only wondered about is a move
// question: answered (the subscription usually goes along; sales checks the address and tells the terms
// if they would rather cancel), named as a move, routed to sales; "nothing is cancelled" when asked.
import { expect, it } from 'vitest';
import { learnFacts } from '../runbooks/facts.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const UNDECIDED = [
  [
    'sv',
    'hej, vi ska flytta nästa månad till uppsala. kan man ta med sig internet dit eller måste man säga upp? vet inte riktigt vad vi vill än',
  ],
  ['sv', 'vi flyttar till göteborg i mars, ska vi säga upp eller kan vi flytta med abonnemanget?'],
  ['sv', 'hej! jag flyttar snart. måste jag säga upp bredbandet då eller går det att ta med?'],
  [
    'en',
    "we're moving to uppsala next month. can we take the internet with us or do we have to cancel? not sure what we want yet",
  ],
  ['en', 'im moving house in march, do i need to cancel or can i keep my subscription at the new place?'],
  ['en', 'we are moving to gothenburg. should we cancel or move the subscription? havent decided'],
] as const;

it.each(UNDECIDED)('%s: "%s" is a move question, not a cancellation', (_lang, text) => {
  const f = learnFacts({}, text);
  expect(f.houseMove).toBe(true);
  expect(f.cancellation).toBeFalsy();
});

it.each([
  ['sv', 'vi flyttar utomlands i mars och vill säga upp abonnemanget'],
  ['en', "we're moving abroad so i want to cancel my subscription"],
  ['en', 'moving to spain, please cancel my contract from 1 march'],
] as const)('%s: "%s" is still a cancellation', (_lang, text) => {
  expect(learnFacts({}, text).cancellation).toBe(true);
});

it.each(UNDECIDED)('%s: "%s" is answered as a move and routed to sales', async (lang, text) => {
  const { say, pin, desk } = await chat(lang, faultWorld([]));
  const out = (await say(text)) + '\n' + (await say(pin));
  expect(out).toMatch(lang === 'sv' ? /följa med|ta med|flytta med/i : /take|move|goes with/i);
  expect(out).not.toMatch(/Uppsägning av ditt abonnemang|Cancelling your subscription/i);
  expect(out).toMatch(lang === 'sv' ? /säljavdelning/ : /sales team/);
  const after =
    lang === 'sv'
      ? await say('men det är alltså inte uppsagt nu? och finns ni ens i uppsala?')
      : await say("so it's not cancelled now? are you even in uppsala?");
  expect(after).toMatch(
    lang === 'sv' ? /anslutning som finns på den nya adressen/ : /available at the new address/,
  );
  expect(after).not.toMatch(/cannot answer|kan inte svara|testar din linje|testing your line/i);
  expect(after).toMatch(
    lang === 'sv'
      ? /inte uppsagt|inget är uppsagt|ingenting är uppsagt/i
      : /not cancelled|nothing (has been|is) cancelled/i,
  );
  void desk;
});
