// Issue 14, round 20 c10 (G1): a landlord at the PIN question — "I don't have a PIN, it's not my account.
// Can't you just check if there's an outage at the address or reboot the router or something?" — was asked
// for the PIN three times and then told the tenant's router diagnostics. Someone who says the account is
// not theirs is refused at once: nothing tested or changed, nothing of the line told, the holder told how to
// get help (and how to restart the router themselves).
import { describe, expect, it } from 'vitest';
import { triage } from '../triage/index.js';
import { saysNotHolder } from '../triage/pin-replies.js';
import { converseIn } from './testing/converse.js';

/** What of the holder's line a timeline holds: findings other than the public outage, actions. */
const lineTold = (events: { type: string; probe?: string }[]) =>
  events.filter((e) => (e.type === 'finding' && e.probe !== 'incident') || e.type === 'action_requested');
/** Words that tell the state of a router or line, or send a non-holder to "your PIN". */
const DISCLOSED =
  /stuck|fastnat|traffic|trafik|answers us|svarar oss|your PIN is|din PIN-kod finns|welcome letter|välkomstbrev/i;

describe('not the account holder at the PIN question', () => {
  it.each([
    [
      'en',
      "my tenant says the internet isn't working. Can you check it? The customer number on the account is 200115",
      "I don't have a PIN, it's not my account. Can't you just check if there's an outage at the address or reboot the router or something? she works from home and is losing money",
    ],
    [
      'en',
      'internet is down at my flat, customer number 200115',
      "i'm the landlord, it's in my tenant's name",
    ],
    [
      'sv',
      'min hyresgäst har inget internet alls sedan i går, kundnummer 200115',
      'jag har ingen pin, det är inte mitt abonnemang. kan ni inte bara starta om routern?',
    ],
    [
      'sv',
      'internet funkar inte i lägenheten, kundnummer 200115',
      'jag är hyresvärd, det står på min hyresgäst',
    ],
  ] as const)('%s: %j → refused, nothing tested or told', async (lang, opening, reply) => {
    const { ticket, replies, events } = await converseIn(['cpe_hung'], lang, [opening, reply]);
    expect(ticket?.disposition).toBe('refused.unverified');
    expect(events.some((e) => e.type === 'finding')).toBe(false);
    expect(replies.at(-1)).not.toMatch(/stuck|fastnat|traffic|trafik/i);
    expect(replies.at(-1)).toMatch(lang === 'en' ? /account holder/ : /kontoinnehavaren/);
  });

  it('a caller who only lacks the PIN is not taken for someone else', () => {
    expect(saysNotHolder("I don't have my PIN here")).toBe(false);
    expect(saysNotHolder('det är mitt abonnemang men jag hittar inte koden')).toBe(false);
    expect(saysNotHolder("it's my account, i just forgot the pin")).toBe(false);
  });

  // H3 (round 20 c10): the landlord's opening asked "My Pages or no internet?", "no internet. i'm the landlord"
  // at that question was asked for "your PIN", and after the refusal "can she do it herself by pulling the
  // plug?" ran the tenant's router tests on a second case and told the stranger the router had got stuck.
  it.each([
    "Hello, I own an apartment that I rent out and my tenant says the internet there isn't working. Can you check it? The customer number on the account is 200115",
    "my tenant says the internet isn't working. customer number on the account is 200115",
    'min hyresgäst säger att internet inte funkar, kundnumret på kontot är 200115',
    'hej internet slutade funka i förrgår, har startat om routern flera gånger. kundnummer 200241',
  ])('%j is a connection that is down, not a login or a drop-out', (text) => {
    expect(triage(text).intent).toBe('no_connection');
    expect(triage(text).confidence).toBeGreaterThanOrEqual(0.55);
  });

  it.each([
    [
      'en',
      "Hello, I own an apartment that I rent out and my tenant says the internet there isn't working. Can you check it? The customer number on the account is 200115",
      "I don't have a PIN, it's not my account. Can't you just check if there's an outage at the address or reboot the router or something? she works from home and is losing money",
      "so the router is stuck? then just restart it, it's a 2 second thing. I'll tell her to call you but she's at work. can she do it herself by pulling the plug?",
      /Yes — anyone at home can do that: pull the router's power plug/,
      'forget it',
    ],
    [
      'en',
      'internet is down at my rental flat, customer number 200115',
      "no internet. i'm not the account holder, it's in my tenant's name, I'm the landlord",
      'ok but can he just unplug the router and plug it back in?',
      /Yes — anyone at home can do that/,
      'never mind',
    ],
    [
      'sv',
      'internet funkar inte i lägenheten jag hyr ut, kundnummer 200115',
      'det är inte mitt abonnemang, jag är hyresvärd',
      'kan hon inte bara dra ur sladden till routern själv då?',
      /Ja – det kan vem som helst som är hemma göra: dra ur routerns strömsladd/,
      'glöm det',
    ],
    [
      'sv',
      'min hyresgäst har inget internet, kundnummer 200115',
      'star på min hyresgäst, inte mitt abonnemang',
      'men vad är det för fel på routern då?',
      /kan jag bara titta på eller ändra tillsammans med kontoinnehavaren/,
      'strunt i det',
    ],
  ] as const)(
    '%s: a landlord — nothing of the line told, the restart anyone can do answered, a goodbye',
    async (lang, opening, notMine, after, answer, bye) => {
      const { replies, ticket, desk, events } = await converseIn(['cpe_hung'], lang, [
        opening,
        notMine,
        after,
        bye,
      ]);
      expect(replies[0]).not.toMatch(/My Pages or|Mina sidor eller/);
      expect(ticket?.disposition).toBe('refused.unverified');
      expect(replies[1]).not.toMatch(/your PIN|din PIN-kod|fyrsiffriga/i);
      expect(replies[1]).toMatch(lang === 'en' ? /account holder/ : /kontoinnehavaren/);
      expect(replies[1]).not.toMatch(/Signing in|Inloggning/);
      expect(replies[2]).toMatch(answer);
      for (const r of replies.slice(1)) expect(r).not.toMatch(DISCLOSED);
      expect(replies[3]).not.toMatch(/welcome|Varsågod/i);
      expect(replies[3]).toMatch(lang === 'en' ? /If you need us again/ : /Behöver du oss igen/);
      // One case, nothing of the line on it.
      const all = (await desk.tickets.list({ limit: 10 })).items;
      expect(all).toHaveLength(1);
      expect(lineTold(events)).toEqual([]);
    },
  );

  it('en: the outage question of a landlord who names the area gets the public news, nothing of the line', async () => {
    const { replies, events } = await converseIn(
      ['cpe_hung'],
      'en',
      [
        "my tenant's internet is down, customer number 200115",
        "it's not my account, I'm the landlord. is there an outage in Limhamn?",
        'ok so is her router broken then?',
      ],
      { outage: true },
    );
    expect(replies[1]).toMatch(/Limhamn/);
    expect(replies[2]).toMatch(/account holder/);
    for (const r of replies.slice(1)) expect(r).not.toMatch(DISCLOSED);
    expect(lineTold(events)).toEqual([]);
  });
});
