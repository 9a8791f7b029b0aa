// Round 23 (a7, a10, b2, b10, c3): questions in scope for a Tier-1 technician got "I can't answer that from here"
// or the answer of another topic. The general topics (question-topics.ts GENERAL_TOPICS) are recognised in other
// wordings too (sv and en, typos, the question first or last), and never where another topic is meant.
import { describe, expect, it } from 'vitest';
import { topicsOf } from './topics-of.js';

describe('general question topics', () => {
  it.each([
    ['band_split', 'om de e segt ikväll igen då? och kan ni göra ett eget 5ghz nät bara för ps5an'],
    ['band_split', 'kan ni dela upp 2.4 och 5 så jag ser två olika nät på ps5an'],
    ['band_split', 'can you split the 2.4 and 5 ghz into two networks?'],
    ['band_split', 'i want a separate 5g wifi just for my console'],
    ['band_split', 'is it possible to have two different networks, one for 5ghz?'],
    ['band_split', 'går det att få ett separat 5 GHz-nätverk?'],
    ['address_changes', 'ok yes. but will it break if the pc gets a new address again?'],
    ['address_changes', "i mean the pc's address, my router gives it a new one sometimes"],
    [
      'address_changes',
      'wait no, i just checked and its 192.168.1.52 now, it changed after i restarted the pc. does that matter?',
    ],
    ['address_changes', 'vad händer om datorn får en ny ip-adress?'],
    ['address_changes', 'nej vänta den är 192.168.1.60 nu, den ändrades. spelar det någon roll?'],
    ['address_changes', 'can you reserve the ip for my xbox so it stays the same?'],
    ['pin_bank', 'PIN-kod? Är det samma som till banken? Den har jag inte tänkt ge ut.'],
    ['pin_bank', 'is the pin the same as my bank card pin?'],
    ['pin_bank', 'pin? like my bank pin??'],
    ['pin_bank', 'är det min bankkod ni vill ha?'],
    ['pin_bank', "what's that code, the one for my visa card?"],
    ['e_invoice', 'fine. one more thing, can i get my invoices by email instead of paper from now on?'],
    ['e_invoice', 'kan jag få fakturan som pdf på mejlen istället för papper?'],
    ['e_invoice', 'går det att få e-faktura?'],
    ['e_invoice', 'i want paperless billing please'],
    ['e_invoice', 'Kan ni skicka fakturorna via e-post i stället?'],
    [
      'account_password',
      'Tack, nu kom jag in! Men ni svarade inte på min andra fråga, hur gör jag om jag vill byta lösenord?',
    ],
    ['account_password', 'how do I change my my pages password later?'],
    ['account_password', 'thanks I got in. how do I set a new password?'],
    ['account_password', 'kan ni öppna mina sidor? hur gör jag sen om jag vill ha ett nytt lösenord?'],
    ['account_password', 'how do i reset the password for my account on the portal?'],
    ['discount', 'En sak till, min dotter sa att jag skulle fråga om det finns pensionärsrabatt'],
    ['discount', 'do you have a student discount?'],
    ['discount', 'Hallå? Pensionärsrabatt, finns det?'],
    ['discount', 'is there any cheaper deal for seniors?'],
    ['discount', 'har ni någon studentrabatt eller kampanj just nu'],
    // Round 24 (b5, a9, c7).
    ['ping', 'my games keep dropping. also is my ping supposed to be 40?'],
    ['ping', 'is 40 ms ping normal or not. simple question'],
    ['ping', 'monday works i guess. ping???'],
    ['ping', 'min ping ligger på 40,5 millisekunder, är det bra?'],
    ['ping', 'vad ska pingen vara på fiber?'],
    ['ping', 'what latency should i get? 120ms feels high'],
    ['guest_network', 'done, found it. thx! btw can i make it so the guests have their own network?'],
    ['guest_network', 'kan man ha ett gästnät?'],
    ['guest_network', 'can you set up guest wifi for me'],
    ['guest_network', 'går det att ordna ett eget nätverk för gäster?'],
    ['guest_network', 'i want visitors to have a separate wifi'],
    ['throttling', 'is it you guys throttling or what??'],
    ['throttling', 'stryper ni min hastighet på kvällarna?'],
    ['throttling', 'do you slow netflix down on purpose?'],
    ['throttling', 'ni begränsar väl farten när man laddar ner mycket'],
  ])('%s: "%s"', (topic, text) => {
    expect(topicsOf(text)).toContain(topic);
  });

  it.each([
    ['band_split', 'what is 5 ghz?'],
    ['band_split', 'vad heter 5 ghz-nätet?'],
    ['address_changes', 'its 192.168.1.52'],
    ['account_password', 'hur byter jag lösenord på routern?'],
    ['account_password', 'nu kom jag in på wifi, vad är lösenordet?'],
    ['discount', 'can I get a discount for the days we were down?'],
    ['discount', 'får jag rabatt för avbrottet?'],
    ['discount', 'can i get a discount for this?'],
    ['discount', 'får jag rabatt för besväret?'],
    ['pin_bank', 'what is my pin?'],
    ['e_invoice', 'why is my invoice higher?'],
    ['ping', 'my customer number is 200129 and the pin is 1384'],
    ['ping', 'the internet is slow on my phone'],
    ['guest_network', 'my guests could not connect to the wifi yesterday'],
    ['throttling', 'the wifi is slow in the evenings'],
  ])('not %s: "%s"', (topic, text) => {
    expect(topicsOf(text)).not.toContain(topic);
  });

  it('a reduction for days without service stays a refund', () => {
    expect(topicsOf('can I get a discount for the days we were down?')).toContain('compensation');
  });
});

// Round 24 (a4): "why did it happen?" after the close, in any wording, and "did someone press something?".
describe('why it happened, in other words', () => {
  it.each([
    'Men varför försvann det? Har barnbarnen tryckt på något?',
    'varför försvann wifit?',
    'varför har nätet dött igen?',
    'varför slutade det fungera',
    'Har barnbarnen tryckt på något?',
    'kan katten ha trampat på något?',
    'why did it just disappear?',
    'how come it went away',
    'why did the wifi vanish like that',
    'did my kids press something?',
    'could the cat have stepped on a button?',
  ])('"%s"', (text) => {
    expect(topicsOf(text)).toContain('why_broke');
  });

  it.each([
    'why did it take so long?',
    'varför behöver ni det?',
    'why did you need my pin?',
    'varför tar det så lång tid?',
  ])('not: "%s"', (text) => {
    expect(topicsOf(text)).not.toContain('why_broke');
  });
});
