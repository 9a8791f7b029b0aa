// Concept lexicon: word families that signal a concept whatever the exact phrasing. Each concept
// that matches becomes one feature, so a synonym seen once in training still pulls its weight.
// Patterns run on folded text (lowercase, å/ä/ö → a/a/o).

export const CONCEPTS: Record<string, RegExp> = {
  wifi: /wi-?fi|\bwlan|tradlos|wireless|\bssid|\d(\.|,)?\d? ?ghz|\bmesh\b|wifi/,
  secret: /losen|password|passw|\bpw\b|\bkod(en)?\b|\bcode\b|\bkey\b|nyckel|passphrase|\bwpa/,
  forgot:
    /glomt|glomde|glomsk|minns inte|kommer inte ihag|forgot|forgotten|can'?t remember|don'?t remember|tappat bort|\blost\b/,
  portal:
    /mina sidor|portal|\bkonto|account|e-?post|e-?mail|\bmail|\bmejl|\bapp(en)?\b|webmail|webbmail|self.?service/,
  signin: /logga in|inlogg|log ?in|sign ?in|komma in|kommer inte in|get in\b|locked out/,
  locked: /\blast\b|\blast[a]?\b|spar+(at|ad)|blocker|locked|blocked|disabled|avstangt|suspended/,
  slow: /\bseg|\btrog|langsam|\bslo(tt|a)?\b|\bslow|sluggish|crawl|buffr|buffer|sirap|snigel|hastighet|\bfart(en)?\b|bandbredd|bandwidth|throughput|\bspeed|mbit|mbps|\bmeg\b/,
  drops:
    /tappar|bryts|bryter|avbrott|kommer och gar|ostabil|instabil|flaky|unstable|drop|cut(s|ting)? out|disconnect|on and off|\blagg?\b|lagg|\bping\b|packet loss|hackar|stutter|intermittent|till och fran|opalitlig|unreliable|patchy|choppy|ryckig/,
  dead: /ligger nere|\bnere\b|\bdod\b|\bdott\b|inget (internet|nat)|ingen (uppkoppling|anslutning)|no (internet|connection)|\bdown\b|\bdead\b|offline|funkar inte|fungerar inte|not working|stopped working|slutat fungera|lagt av/,
  sites:
    /\bsid(a|an|or)\b|sajt|hemsid|webbsid|webbplats|website|\bsites?\b|web ?pages?|\bdomain|\bdns\b|nxdomain|resolve|hittas inte|can'?t be reached|not found|err_/,
  router: /router|modem|\bbox(en)?\b|\bhub\b|gateway|fiberbox|mediaomvandlare|\bont\b/,
  restart:
    /starta om|startar om|omstart|boota|reboot|restart|power ?cycle|\breset|fabriks|factory|aterstall|nollstall|hard reset/,
  firmware: /firmware|mjukvar|programvar|software|uppdater|\bupdat|patch|senaste version|latest version/,
  config:
    /\bports?\b|portar|forward|vidarebefordr|brygg|bridge|\bdhcp|upnp|ipv6|\bwps\b|brandvagg|firewall|\bdmz\b|gastnat|guest|installning|setting|konfigur|configur|static ip|fast ip|\bkanal|channel|admin/,
  outage:
    /avbrott|driftstorning|storning|underhall|maintenance|outage|disruption|incident|granne|grannar|neighbo|omrade|\barea\b|hela huset|building|street|gatan|kvarter|trappuppgang|known issue|kant fel/,
  bill: /faktur|rakning|invoice|\bbill|betal|\bpay|debiter|dragit|charg|avgift|\bfee\b|kostar|\bcost|\bpris|price|refund|aterbetal|kreditera|inkasso|swish|autogiro|paminnelse|reminder|\bkr\b|sek\b/,
  subscription:
    /flytt|\bmov(e|ing)\b|uppgrader|\bupgrade|nedgrader|downgrade|saga upp|avsluta|cancel|bestall|\border\b|abonnemang|subscription|\bplan\b|avtal|contract|erbjud|\boffer|teckna|sign up|paket|package/,
  human:
    /manniska|\bhuman|\bperson\b|handlaggare|\bagent\b|representant|representative|operator|kundtjanst|customer service|\bbot\b|robot|chattbot|chatbot|ring mig|call me|supervisor|\bchef/,
  thanks: /\btack\b|thank|\bthx\b|\bty\b|cheers/,
};

export function conceptsOf(folded: string): string[] {
  const out: string[] = [];
  for (const [name, re] of Object.entries(CONCEPTS)) if (re.test(folded)) out.push(name);
  return out;
}

/** Other forms of the subscription's matter ("hur säger jag upp?", "uppsägning", "kan jag byta till 250?"). */
const MORE_MATTER =
  /\b(sag\w* (\w+ )?upp|uppsag\w*|terminat\w*|avsluta\w*|kund\w*|customer|konto\w*|account|(byta|byt|ga (ner|upp)|switch|change|go (down|up)|move|step (down|up)) (till|to) (\w+ )?\d{2,4})\b/;

/**
 * "still want to know about remote management tho" read as billing, "i still want to know" as an account
 * change: a team's intent with no word of its matter (an invoice, a payment or price, the subscription or
 * its speed) is the model's guess from other words, never a case for that team. Folded text.
 */
export function teamIntentUnfounded(folded: string, intent: string): boolean {
  if (MORE_MATTER.test(folded)) return false;
  const c = conceptsOf(folded);
  if (intent === 'billing') return !c.includes('bill') && !c.includes('subscription');
  if (intent === 'account_change')
    return !c.includes('subscription') && !c.includes('bill') && !c.includes('slow') && !c.includes('portal');
  return false;
}
