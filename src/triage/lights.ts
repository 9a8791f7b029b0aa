import { fold } from './normalize.js';

// Router light descriptions in Swedish and English: "LOS-lampan lyser röd", "blinking orange",
// "all lights off", "ingen lampa lyser".

export type LightName = 'power' | 'internet' | 'wifi' | 'los';
export type LightColour = 'green' | 'red' | 'orange' | 'white' | 'blue' | 'off';

export interface LightObservation {
  light: LightName | null;
  colour: LightColour | null;
  blinking: boolean | null;
  allOff: boolean;
}

const LIGHT_NAMES: [LightName, RegExp][] = [
  ['los', /\blos\b|loss of signal|los-?lamp/],
  ['wifi', /wi-?fi|wlan|tradlos|wireless/],
  ['power', /\bpower\b|\bstrom|power-?light|\bpwr\b|\bon\/off\b/],
  [
    'internet',
    /internet|\bwww\b|\bglob|\bonline\b|\bdsl\b|\bpon\b|\bwan\b|broadband|bredband|\bfiber|\bfibre|\b@/,
  ],
];

const COLOURS: [LightColour, RegExp][] = [
  ['green', /\bgron|\bgront|\bgrona|\bgreen/],
  ['red', /\brod\b|\brott\b|\broda\b|\brod[a-z]*lamp|\bred\b|\breddish/],
  ['orange', /orange|\bgul\b|\bgult\b|\bgula\b|amber|yellow/],
  ['white', /\bvit\b|\bvitt\b|\bvita\b|\bwhite/],
  ['blue', /\bbla\b|\bblatt\b|\bblaa\b|\bblue/],
];

const ALL_OFF =
  /(alla|samtliga) (lampor|lamporna|ljus)[a-z ]{0,20}(slackt|slackta|av\b)|ingen(ting)? (lampa|lampor|lyser)|inga lampor|ingenting lyser|helt (slackt|slackt|morkt|dod)|(all|every) (the )?lights? (are )?(off|out|dark)|no lights?\b|nothing (is )?(lit|lights up|on)|completely dark|lights? (are )?all off|totally dark|dead,? no lights|allt (ar )?slackt/;
const OFF =
  /\bslackt|\bslackta|\bslackd|\bav\b|\boff\b|\bout\b|lyser inte|\bdark\b|not (lit|on)|isn'?t (lit|on)|doesn'?t light|inte tand/;
const BLINKING = /blink|flash|flimr|flicker|pulser|puls|blinkande|blinkar/;
const SOLID =
  /\bsolid|\bsteady|\bconstant|\bfast (sken|gron|rod|lyse)|\blyser (fast|stadigt|konstant)|stadigt|\bconstantly\b|\bis on\b|\blyser\b|\blit\b|\bon\b/;

/** Light observations in a message, one per clause that mentions a light, a colour or "off". */
export function parseLights(text: string): LightObservation[] {
  const t = fold(text);
  const out: LightObservation[] = [];
  if (ALL_OFF.test(t)) out.push({ light: null, colour: 'off', blinking: null, allOff: true });
  for (const clause of t.split(/[.;!?\n]|,\s*(?:men|but|och|and)?\s*|\s(?:men|but|medan|while)\s/)) {
    if (!clause.trim()) continue;
    const light = LIGHT_NAMES.find(([, re]) => re.test(clause))?.[0] ?? null;
    let colour = COLOURS.find(([, re]) => re.test(clause))?.[0] ?? null;
    const blinks = BLINKING.test(clause);
    if (!colour && OFF.test(clause) && !ALL_OFF.test(clause)) colour = 'off';
    if (!colour && !blinks) continue;
    const blinking = blinks ? true : colour && colour !== 'off' && SOLID.test(clause) ? false : null;
    out.push({ light, colour, blinking, allOff: false });
  }
  return out;
}
