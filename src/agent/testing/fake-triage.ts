// A small rule-based stand-in for src/triage in unit tests: keyword intents, a Swedish/English guess
// and answer parsing for the ask keys the agent uses.
import type { AskKey, Intent, Language } from '../../domain/index.js';
import type { ParsedAnswer, TriageApi, TriageLike } from '../../runbooks/ports.js';

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

const RULES: [Intent, RegExp][] = [
  [
    'human_agent',
    /(talk to (a )?(person|human)|real person|prata med (en )?(person|manniska)|riktig manniska|want a person|vill prata med)/,
  ],
  [
    'wifi_password',
    /((wifi|wi-fi|wlan)[^.]{0,30}(losenord|password)|(losenord|password)[^.]{0,30}(wifi|wi-fi|wlan))/,
  ],
  ['outage_check', /(grannarna|neighbou?rs|outage|driftstorning|storning i omradet|fel hos er)/],
  ['billing', /(faktura|invoice|bill|betalning|payment)/],
  ['login_problem', /(mina sidor|my pages|portal|logga in|sign in|log in|kontot ar last|account is locked)/],
  ['router_config', /(port ?forward|bridge|brygg|oppna (en )?port)/],
  ['router_reset', /(restart (the |my )?router|starta om routern|factory reset|fabriksaterst)/],
  ['firmware_update', /(firmware|programvara|software update)/],
  ['sites_unreachable', /(some (web)?sites|vissa sidor|won'?t load but|others work)/],
  ['wifi_problem', /(wifi|wi-fi|tradlos)/],
  ['slow_speed', /(slow|speed|mbps|mbit|langsam|seg|hastighet)/],
  ['intermittent', /(drops|keeps dropping|unstable|tappar|instabil|av och till)/],
  [
    'no_connection',
    /(no internet|internet is down|down completely|stopped working|not working|inget internet|slutat fungera|fungerar inte|ligger nere|red light)/,
  ],
];

function detectLanguage(text: string): Language {
  const t = text.toLowerCase();
  if (/[åäö]/.test(t) || /\b(jag|inte|det|har|och|är|hos|er|mitt|min|nätet|hej)\b/.test(t)) return 'sv';
  return 'en';
}

export function fakeTriage(): TriageApi {
  const wantsHuman = (text: string) => RULES[0][1].test(fold(text));
  return {
    clarifyThreshold: 0.45,
    wantsHuman,
    isCorrection: (text) => /^(no|nej),? (i meant|jag menade)/.test(fold(text)),
    triage(text): TriageLike {
      const t = fold(text);
      const hits = RULES.filter(([, re]) => re.test(t)).map(([i]) => i);
      const intent = hits[0] ?? 'other';
      const angry =
        /!!!|\b(fan|javla|damn|ridiculous|third time|tredje gangen)\b/.test(t) ||
        (text.length > 8 && text === text.toUpperCase());
      return {
        language: detectLanguage(text),
        languageConfidence: 0.9,
        intent,
        confidence: hits.length ? 0.9 : 0.3,
        runnerUp: hits[1] ?? null,
        runnerUpConfidence: hits[1] ? 0.05 : 0,
        secondaryIntents: hits.length > 1 && / (and|och) (also|dessutom|my|mitt)/.test(t) ? [hits[1]] : [],
        entities: {},
        priority: angry ? 'P2' : 'P3',
        priorityReasons: [],
        mood: angry ? 'angry' : 'neutral',
        moodReasons: angry ? ['anger cues'] : [],
        wantsHuman: wantsHuman(text),
      };
    },
    parseAnswer(askKey: AskKey, text: string): ParsedAnswer {
      const t = fold(text).trim();
      const yes =
        /^(yes|ja|ok|sure|japp|absolut|go ahead|gor det|ja tack|yes please)\b/.test(t) ||
        /\b(it works|fungerar nu|funkar nu)\b/.test(t);
      const no =
        /^(no|nej|nope|inte|nah)\b/.test(t) ||
        /(still (does )?not|fortfarande inte|fortfarande inget)/.test(t);
      const dunno = /(don'?t know|vet inte|no idea|minns inte)/.test(t);
      if (askKey === 'identity.customer_number') {
        const m = t.match(/\b(\d{5,8})\b/);
        return m
          ? { kind: 'customer_number', value: m[1] }
          : dunno
            ? { kind: 'unknown' }
            : { kind: 'free', text };
      }
      if (askKey === 'identity.pin') {
        const m = t.match(/\b(\d{4,6})\b/);
        return m ? { kind: 'pin', value: m[1] } : { kind: 'unknown' };
      }
      if (askKey.startsWith('step.')) {
        if (/(can'?t|cannot|kan inte|kan tyvarr inte|unable)/.test(t)) return { kind: 'cannot' };
        if (/(done|klart|gjort|did it|fixed)/.test(t) || yes) return { kind: 'done' };
        return dunno ? { kind: 'unknown' } : { kind: 'free', text };
      }
      if (askKey === 'connection.type') {
        if (/(cable|kabel|wired|ethernet)/.test(t)) return { kind: 'connection', value: 'cable' };
        if (/(wifi|wi-fi|tradlos|wireless)/.test(t)) return { kind: 'connection', value: 'wifi' };
        return { kind: 'unknown' };
      }
      if (askKey === 'contact.availability') {
        return dunno ? { kind: 'unknown' } : { kind: 'availability', text, slots: [] };
      }
      if (askKey === 'config.port_forward') {
        const port = t.match(/\bport (\d{1,5})\b/) ?? t.match(/\b(\d{2,5})\b/);
        const ip = t.match(/\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\b/);
        return {
          kind: 'port_forward',
          port: port ? Number(port[1]) : null,
          protocol: null,
          ip: ip?.[1] ?? null,
          device: null,
        };
      }
      if (askKey === 'csat.score') {
        const m = t.match(/\b([1-5])\b/);
        return m ? { kind: 'csat', score: Number(m[1]) } : { kind: 'unknown' };
      }
      if (dunno) return { kind: 'unknown' };
      if (no) return { kind: 'no' };
      if (yes) return { kind: 'yes' };
      return { kind: 'free', text };
    },
  };
}

/** The rule-based stand-in, plus the subscription intent the real model gives a would-be customer's opening. */
export function salesTriage(words = /flytta|moving|fib(er|re)|bredband|broadband/i): TriageApi {
  const base = fakeTriage();
  return {
    ...base,
    triage(text) {
      const r = base.triage(text);
      return words.test(text) ? { ...r, intent: 'account_change', confidence: 0.95 } : r;
    },
  };
}
