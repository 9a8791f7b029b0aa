// Symptoms whose words the statistical model reads as a different request: "the router keeps
// restarting itself" is a fault (often the router's hardware), not a request to restart it; a red
// LOS lamp is a connection down, however little else the message says. Folded text; data only.
import type { Intent } from '../domain/index.js';
import { fold } from './normalize.js';

const SYMPTOMS: [Intent, RegExp][] = [
  [
    'intermittent',
    /\b(restart\w*|reboot\w*|turn\w* (itself )?off)\b[^.!?]{0,20}\b(by itself|on its own|itself|all the time|constantly|over and over|again and again|every (few )?(minute|hour|day)\w*)\b|\bkeeps? (on )?(restarting|rebooting|turning (itself )?off|switching off)\b|\b(startar|stanger|slar|bootar|rebootar) (om|av)? ?(sig )?(sjalv\w*|av sig sjalv|hela tiden|hela tiden|jamt|konstant|stup i ett|gang pa gang|om och om igen|varje (timme|dag|minut))\b|\bstartar om sig\b/,
  ],
  [
    'no_connection',
    /\blos\b[^.!?]{0,30}\b(lamp\w*|light\w*|led|lys\w*|red|rod\w*|rott|blink\w*|on)\b|\b(lamp\w*|light\w*|led|lampa\w*|red|rod|rott|lyser)\b[^.!?]{0,30}\blos\b/,
  ],
  [
    // "is mine still on the factory one? can u change it", "byt adminlösenordet": the router's admin login
    // (not a restart, a factory reset, the portal password or the Wi-Fi key).
    'router_config',
    /^(?!.*(factory.?reset|fabriksaterst|aterstall\w* (till )?fabrik|(wi-?fi|wlan|tradlos|wireless)\S*[^.!?]{0,20}(password|losenord|key|nyckel|kod)))(?=.*(\badmin\w*[ -]?(password|losenord|login|inloggning)|\badmin\/admin\b|\b(factory|default|standard|fabriks)[ -]?(admin )?(password|losenord|login|inloggning)|\b(still|fortfarande)( on| pa)? (the )?(factory|default|fabriks\w*|standard\w*)\b))/,
  ],
];

/** The intent the words name as a symptom, or null. */
export function symptomIntent(cleaned: string): Intent | null {
  const t = fold(cleaned).replace(/\s+/g, ' ');
  return SYMPTOMS.find(([, re]) => re.test(t))?.[0] ?? null;
}
