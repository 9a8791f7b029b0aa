// Issue 14, role-play round 25 (b9, sv portal): the desk's guest-network answer offered "…eller så ställer
// våra andralinjetekniker in det åt dig"; "gärna att andralinjen fixar gästnätet åt oss" got the same paragraph
// again (four times in all), the case stayed closed and no ticket was opened, even after "skicka det till
// andralinjen tack. gästnät med namnet Villa Gäst". An offer the desk makes in its answers (a team does it
// for you: the guest network, a separate 5 GHz network, a fixed address, invoices by e-mail) is carried out
// when taken — the team's case, linked after a close, with the customer's words (the name), said once with
// its number; what is said of it later goes onto that case; a no lets it go.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function conversation(lang: Language, messages: string[]) {
  const c = await portalChat(lang, faultWorld([], { canDo: ['step.rejoin_wifi'] }));
  const replies: string[] = [];
  for (const m of messages) {
    const r = await c.send(m);
    if (r.at(-1)?.askKey === 'step.rejoin_wifi') c.desk.world.performStep('step.rejoin_wifi');
    replies.push(r.map((x) => x.text).join('\n'));
  }
  const all = (await c.desk.tickets.list({ limit: 10 })).items;
  const linked = all.filter((x) => x.id !== c.ticketId);
  const notes = async (id: string) =>
    (await c.desk.tickets.timeline(id)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
  return { c, replies, linked, notes };
}

const OFFER = {
  sv: /ställer våra andralinjetekniker in det åt dig/,
  en: /second-line technicians can set it up for you/,
};
const TAKEN = {
  sv: /Då skickar jag det till våra andralinjetekniker: ärende (T-\d+)/,
  en: /Then I pass it to our second-line (?:team|technicians): case (T-\d+)/,
};

const RENAME = {
  sv: [
    'Hej! Vi har flyttat ihop och vill byta namn på wifi-nätverket, det heter fortfarande något med min ex sambos namn 🙈 går det att fixa härifrån? och kan man ha ett nätverk för gäster också?',
    'Villa Villekulla',
    'ja gör det. men gästnätet då, svarade du inte på?',
    'klart',
  ],
  en: [
    'hi, we want to rename our wifi network, it still has my ex in the name. can you do that? and can we have a network for guests too?',
    'Casa Nueva',
    'yes do it. and the guest network, you did not answer?',
    'done',
  ],
};

describe('an offer of the desk taken is carried out (round 25 b9)', () => {
  it.each([
    [
      'sv',
      'klart, mobilen hittade den! gärna att andralinjen fixar gästnätet åt oss',
      'skicka det till andralinjen tack. gästnät med namnet Villa Gäst',
      'Villa Gäst',
    ],
    ['sv', 'ja tack, låt andralinjen ställa in det', 'gästnätet ska heta Gäster Välkomna', 'Gäster Välkomna'],
    ['sv', '4. och gärna att era tekniker sätter upp gästnätet', 'namnet på gästnätet: Stugan', 'Stugan'],
    [
      'en',
      'yes please, have your second line set up the guest network',
      'call the guest network Casa Guest please',
      'Casa Guest',
    ],
    ['en', 'sure, let the technicians do it', 'oh and name the guest wifi Visitors', 'Visitors'],
  ] as const)(
    '%s after the close: "%s" → one tier2 case with the words, "%s" onto it',
    async (lang, take, more, name) => {
      const t = await conversation(lang, [...RENAME[lang], take, more]);
      // The offer was made in the case…
      expect(t.replies.slice(0, 4).join('\n')).toMatch(OFFER[lang]);
      // …and taken: one linked case with second line, said once with its number, the paragraph not again.
      const took = t.replies.at(-2)!;
      const m = TAKEN[lang].exec(took);
      expect(m).not.toBeNull();
      expect(took).not.toMatch(OFFER[lang]);
      expect(t.linked).toHaveLength(1);
      expect(t.linked[0].queue).toBe('tier2');
      expect(t.linked[0].reference).toBe(m![1]);
      // What is said of it afterwards goes onto that case, with the name; no second case, no offer again.
      const after = t.replies.at(-1)!;
      expect(after).not.toMatch(OFFER[lang]);
      expect(after).toContain(m![1]);
      const notes = (await t.notes(t.linked[0].id)).join('\n');
      expect(notes).toContain(name);
    },
  );

  it.each([
    ['sv', 'nej tack, jag gör det själv'],
    ['en', "no thanks, I'll do it myself"],
  ] as const)('%s: "%s" lets the offer go: no case', async (lang, no) => {
    const t = await conversation(lang, [...RENAME[lang], no]);
    expect(t.linked).toHaveLength(0);
    expect(t.replies.at(-1)).not.toMatch(TAKEN[lang]);
  });

  it.each([
    ['en', 'can we split the 2.4 and 5 ghz into two networks?', 'yes please, have second line do that'],
    ['sv', 'kan man få 5 GHz som ett eget nät?', 'ja gärna, låt andralinjen fixa det'],
  ] as const)(
    "%s: a separate 5 GHz network after the close is the desk's own offer (f39): its permission asked, no team case",
    async (lang, ask, take) => {
      const t = await conversation(lang, [...RENAME[lang], ask, take]);
      // (sv: "kan man få 5 GHz som ett eget nät?" is a request: the reply is the permission question itself,
      // and the yes after it gives the 5 GHz band its own name.)
      expect(t.replies.at(-2)).toMatch(
        lang === 'sv' ? /^Ska jag ge ditt 5 GHz-nät ett eget namn/ : /I can do that for you from here/,
      );
      expect(t.linked.filter((x) => x.queue === 'tier2')).toEqual([]);
      expect(t.replies.at(-1)).toMatch(
        lang === 'sv' ? /5 GHz-nät ett eget namn/ : /5 GHz network a name of its own/,
      );
    },
  );
});
