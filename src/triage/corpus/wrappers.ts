import type { Language } from '../../domain/index.js';

// Text that surrounds a complaint in real messages: greetings, context, sign-offs, signatures and
// quoted earlier replies. None of it says anything about the intent; the model must learn to ignore it.

export const GREETINGS: Record<Language, readonly string[]> = {
  sv: [
    'Hej!',
    'Hej,',
    'Hejsan!',
    'Hallå',
    'Tja,',
    'God morgon,',
    'Hej hej',
    'Hej Frontline,',
    'Hej support!',
    'God kväll',
  ],
  en: [
    'Hi,',
    'Hello',
    'Hey',
    'Good morning,',
    'Hi there!',
    'Hello support,',
    'Dear Sir or Madam,',
    'Hiya',
    'Good evening',
  ],
};

export const CONTEXT: Record<Language, readonly string[]> = {
  sv: [
    'Jag har varit kund hos er i många år.',
    'Vi är två vuxna och tre barn i hushållet.',
    'Jag jobbar hemifrån så det är bråttom.',
    'Har försökt ringa men kön är jättelång.',
    'Min son sa att jag skulle skriva hit.',
    'Kundnummer 100482.',
    'Mitt kundnummer är 100533.',
    'Vi bor i villa på landet.',
    'Jag har läst på er hemsida men blir inte klokare.',
    'Ursäkta min dåliga svenska.',
  ],
  en: [
    "I've been a customer for years.",
    'We are a family of five.',
    'I work from home so this is urgent.',
    'I tried calling but the queue is endless.',
    'My daughter told me to write here.',
    'Customer number 100482.',
    'My account number is 100533.',
    'We live in a house outside town.',
    "I've read your help pages but I'm none the wiser.",
    'Sorry for my english.',
  ],
};

export const CLOSINGS: Record<Language, readonly string[]> = {
  sv: [
    'Tack!',
    'tack på förhand',
    'snälla hjälp',
    'Tacksam för svar',
    'hjälp!!',
    'Hör av er snarast.',
    'tack',
    'mvh',
  ],
  en: [
    'Thanks',
    'thx',
    'please help',
    'Thanks in advance',
    'help!!',
    'Please get back to me asap.',
    'ty',
    'cheers',
  ],
};

export const SIGNATURES: Record<Language, readonly string[]> = {
  sv: [
    'Med vänliga hälsningar\nKarin Lind\nStorgatan 12, Sundbyberg\n070-123 45 67',
    'Mvh\nPer Andersson',
    'Vänliga hälsningar,\nAnna\n\nSkickat från min iPhone',
    '/Jonas',
    'Hälsningar\nMaria Nilsson\nTel: 08-555 123 45',
    '--\nErik Svensson\nerik.svensson@example.se',
  ],
  en: [
    'Kind regards\nJohn Smith\n12 High Street\n+46 70 123 45 67',
    'Regards,\nSarah',
    'Best,\nTom\n\nSent from my iPhone',
    'Cheers, Dave',
    'Thanks,\nEmma Brown\nPhone: 0701234567',
    '--\nMark Jones\nmark.jones@example.com',
  ],
};

export const QUOTED: Record<Language, readonly string[]> = {
  sv: [
    'Den 3 maj 2026 kl. 10:14 skrev Frontline Support <support@frontline.example>:\n> Hej! Tack för ditt meddelande.\n> Vi återkommer så snart vi kan.',
    '-----Ursprungligt meddelande-----\nFrån: Frontline Kundservice\nSkickat: den 2 maj 2026\nÄmne: Ditt ärende T-000871\n\nHej, vi har tagit emot ditt ärende om fakturan.',
  ],
  en: [
    'On Mon, 3 May 2026 at 10:14, Frontline Support <support@frontline.example> wrote:\n> Hi, thanks for getting in touch.\n> We will get back to you shortly.',
    '-----Original Message-----\nFrom: Frontline Customer Service\nSent: 2 May 2026\nSubject: Your case T-000871\n\nHello, we have received your request about your invoice.',
  ],
};

/** Short phrases from the other language that customers mix in. */
export const MIXINS: Record<Language, readonly string[]> = {
  sv: ['asap', 'please', 'wtf', 'help', 'thanks', 'btw'],
  en: ['tack', 'hej', 'snälla', 'typ'],
};
