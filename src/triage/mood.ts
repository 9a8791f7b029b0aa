import type { Mood } from '../domain/index.js';
import { fold } from './normalize.js';

// Mood from surface cues: capitals, exclamation marks, swearing (sv/en), repeated contacts and
// frustration words. Each cue carries a weight and a reason.

const CUES: { re: RegExp; weight: number; reason: string }[] = [
  {
    re: /\b(fan|fy fan|javla|javlar|jakla|helvete|helvetes|skit|skitdalig|skitdaligt|satan|forbannad|forbannat|kuk|javligt|fuck|fucking|fucked|shit|shitty|damn|crap|crappy|wtf|bloody|bullshit|pissed|piss)\b/,
    weight: 2,
    reason: 'swearing',
  },
  {
    re: /\b(third|fourth|fifth|3rd|4th) time\b|\b(tredje|fjarde|femte|3:e|4:e) gangen\b|\bfor (the )?(\d+|umpteenth|nth)(th)? time\b|\b(called|phoned|contacted you|written) (\w+ )?(\d+|several|many|three|four|multiple) times\b|\b(ringt|skrivit|kontaktat er) (\w+ )?(flera|manga|tre|fyra|\d+) ganger\b|\bhar redan (ringt|skrivit)\b|\balready (called|phoned|contacted|written)\b|\bagain and again\b|\bigen och igen\b/,
    weight: 1.5,
    reason: 'repeated contact',
  },
  {
    re: /\b(frustrerad|frustrerande|frustrated|frustrating|trott pa|tired of|fed up|sick of|irriterad|irriterande|annoyed|annoying|besviken|disappointed|orkar inte|oacceptabelt|unacceptable|hopplost|hopeless|ridiculous|lojligt|lojlig|patetiskt|pathetic|(?<!\b(?:almost|nearly|practically|virtually|pretty much|basically|nastan|i stort sett) )(?:useless|vardelos|vardelost)|skandal|scandal|a joke|ett skamt|still not fixed|fortfarande inte (fixat|lost|lagat)|weeks without|veckor utan|dagar utan|days without)\b/,
    weight: 1,
    reason: 'frustration words',
  },
  {
    re: /\b(byta (leverantor|bolag)|saga upp|sager upp|switch(ing)? provider|cancel my|anmala er|arn\b|konsumentverket|lawyer|advokat|ombudsman|ombudsmannen)\b/,
    // A plain "jag vill säga upp mitt abonnemang" is a request, not frustration: only with other cues.
    weight: 0.5,
    reason: 'threat to leave or complain',
  },
];

export interface MoodResult {
  mood: Mood;
  reasons: string[];
  score: number;
}

export function detectMood(text: string): MoodResult {
  const raw = String(text ?? '').slice(0, 4000);
  const t = fold(raw);
  const reasons: string[] = [];
  let score = 0;
  for (const cue of CUES) {
    if (cue.re.test(t)) {
      score += cue.weight;
      reasons.push(cue.reason);
    }
  }
  const letters = raw.match(/\p{L}/gu) ?? [];
  const upper = raw.match(/\p{Lu}/gu) ?? [];
  if (letters.length >= 10 && upper.length / letters.length > 0.7) {
    score += 1.5;
    reasons.push('shouting (capitals)');
  }
  if (/!{3,}|(\?!|!\?){1,}|!{2,}.*!{2,}/.test(raw)) {
    score += 1;
    reasons.push('exclamation marks');
  } else if (/!!/.test(raw)) {
    score += 0.5;
    reasons.push('exclamation marks');
  }
  const mood: Mood = score >= 2.5 ? 'angry' : score >= 1 ? 'frustrated' : 'neutral';
  return { mood, reasons, score };
}
