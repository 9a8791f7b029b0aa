import type { Intent } from '../domain/index.js';
import { adminPasswordMeant } from './admin-password.js';
import { classifyClean } from './classify.js';
import { cueAlternation, splitFolded } from './add-on-cues.js';
import { fold, tokens } from './normalize.js';
import { symptomIntent } from './symptoms.js';

// A second problem in the same message: split into sentences/clauses and classify each alone.
// Symptoms of one connectivity problem described twice ("no internet. the light is red") are
// not a second problem, so intents within the same family do not count.

const FAMILY: Partial<Record<Intent, string>> = {
  no_connection: 'connectivity',
  slow_speed: 'connectivity',
  intermittent: 'connectivity',
  sites_unreachable: 'connectivity',
  wifi_problem: 'connectivity',
  outage_check: 'connectivity',
  router_reset: 'connectivity',
  login_problem: 'account',
  password_reset: 'account',
};

export const SECONDARY_MIN_CONFIDENCE = 0.8;

/**
 * "I changed some settings in the router last week (I think it was the parental filter)": a change the
 * customer tells of having made, not one asked of us — never a router change of its own. Folded text.
 */
const TOLD_OWN_CHANGE =
  /^(\(|and |och |but |men |also |ocksa |)*(i|we|my \w+|jag|vi|min \w+)\b[^.?!]{0,25}\b(changed|set up|setup|installed|turned|added|edited|fiddled|played|messed|tweaked|enabled|disabled|andrade|andrat|installerade|satte upp|la till|lade till|pillade|pillat|fipplade|rorde|slog (pa|av)|aktiverade)\b/;
const ASKS_OF_US =
  /\b(can you|could you|would you|will you|please|pls|kan (ni|du)|skulle (ni|du)|vill (ha|att)|i want|i'd like|i would like|help me|hjalp (mig|oss))\b/;

/**
 * "if you do something to it, will I lose my port forwards and static DHCP leases?", "försvinner mina
 * portöppningar?": what a change would do to the settings, asked about — no router change asked for. Folded.
 */
const SETTINGS_ASKED_ABOUT =
  /\b(will|would|does|do|could|can|is|are)\b[^.?!]{0,40}\b(lose|losing|lost|keep|kept|affect\w*|reset|wipe\w*|erase\w*|delete\w*|remove\w*|mess\w*|break\w*|survive|stay)\b|\b(forsvinn\w*|forlor\w*|tappar (jag|vi)|paverka\w*|nollstall\w*|raderas|finns kvar|ligger kvar|behaller (jag|vi))\b/;

/** "Blir det avbrott när det ändras?", "will there be downtime during the switch?": a change's downtime asked about. */
const DOWNTIME_OF_CHANGE =
  /\b(avbrott|nere|downtime|down|offline|utan (internet|nat))\b[^.?!]{0,40}\b(nar|medan|under|when|while|during|if|om)\b[^.?!]{0,30}\b(andra\w*|byt\w*|flytt\w*|uppgrader\w*|installer\w*|chang\w*|switch\w*|upgrad\w*|downgrad\w*|mov\w*|install\w*)/;

/**
 * "Can you boost it or do I need a new router?", "kan ni förstärka den eller behöver jag en ny router?" beside a
 * weak Wi-Fi: the reach of the same Wi-Fi asked about (answered with the Wi-Fi advice), never a router change
 * for second line. Folded text.
 */
const WIFI_REACH_ASKED =
  /\b(boost\w*|amplif\w*|stronger|extend\w*|repeater\w*|mesh|range|coverage|reach|forstark\w*|starkare|rackvidd\w*|tackning\w*|(new|another|better|bigger|different|second) router|(ny|nyare|annan|battre|storre|starkare) router\w*)\b/;

/**
 * "I need to download an invoice for my employer", "jag måste hämta fakturan": an invoice fetched from the
 * portal, the reason for signing in — no question for billing. Folded.
 */
const FETCH_INVOICE =
  /\b(download\w*|get|print|see|view|find|fetch|access|grab|open|ladda (ner|ned)|hamta|skriva ut|se|komma at|ta fram|oppna)\b[^.?!]{0,30}\b(invoices?|bills?|receipts?|pdf|fakturor\w*|faktura\w*|kvitt\w*)\b/;

const SPLIT = new RegExp(`[.!?;\\n]+|,?\\s+(?:${cueAlternation('turn', 'join')})[,:]?\\s+`, 'g');

export function secondaryIntents(cleaned: string, main: Intent): Intent[] {
  const parts = splitFolded(cleaned, SPLIT).filter((p) => p && tokens(p).length >= 3);
  if (parts.length < 2) return [];
  const found: Intent[] = [];
  // The router's admin password asked for: its login and what it touches (the Wi-Fi key) are that request.
  const adminOnly = main === 'router_config' && adminPasswordMeant(cleaned);
  for (const part of parts.slice(0, 8)) {
    // A clause naming the main request in so many words ("is ours still on the factory password?") is that request.
    if (symptomIntent(part) === main) continue;
    const r = classifyClean(part);
    const own = fold(part).trim();
    if (r.intent === 'router_config' && TOLD_OWN_CHANGE.test(own) && !ASKS_OF_US.test(own)) continue;
    if (r.intent === 'router_config' && SETTINGS_ASKED_ABOUT.test(own) && !ASKS_OF_US.test(own)) continue;
    if (r.intent === main || r.intent === 'other' || r.intent === 'human_agent') continue;
    if (adminOnly && (r.intent === 'wifi_password' || r.intent === 'login_problem')) continue;
    if (r.intent === 'outage_check' && DOWNTIME_OF_CHANGE.test(own)) continue;
    if (main === 'wifi_problem' && r.intent === 'router_config' && WIFI_REACH_ASKED.test(own)) continue;
    // "I need to download an invoice for my employer" beside a locked portal account: why they sign in.
    if (r.intent === 'billing' && FAMILY[main] === 'account' && FETCH_INVOICE.test(own)) continue;
    if (r.confidence < SECONDARY_MIN_CONFIDENCE) continue;
    const fam = FAMILY[r.intent];
    if (fam && fam === FAMILY[main]) continue;
    if (!found.includes(r.intent)) found.push(r.intent);
  }
  return found;
}
