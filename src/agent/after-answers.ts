// Answers to the questions of after-questions.ts, from what the case knows: its findings (the last
// security test, an outage with its expected end), its cause, what was done, the team that has it
// and a linked case opened for another team. Where the case knows nothing, the customer is told who
// answers and when. A what-if question is answered here and never opens a new fault case.
import type { CustomerWords, Finding, Incident, Language, Plan, Ticket } from '../domain/index.js';
import { formatLocalTime } from '../domain/local-time.js';
import type { EngineState } from '../runbooks/engine.js';
import type { TicketStore } from '../tickets/ports.js';
import { afterQuestions, complainsUnanswered, type AfterQuestion } from './after-questions.js';
import { actionAnswers } from './case-actions.js';
import { fold } from '../triage/normalize.js';
import { saidSpeedTest } from '../triage/speed-report.js';
import { incidentWords } from './incident-words.js';
import { topicsOf } from '../triage/topics-of.js';
import type { ConversationState } from './conversation-state.js';
import { teamName } from './handoff.js';
import { foundCauseOf } from './knowledge.js';
import { withoutGeneralQuestions } from './general-questions.js';
import { planAnswers } from './plan-question.js';
import { hasMessage, t, type MessageKey, type Params } from './messages/index.js';
import type { Turn } from './turn.js';

/** What the case knows, as the answers need it. */
export interface CaseView {
  language: Language;
  reference: string;
  /** The team that has the case (or `outage`), null when the case is closed. */
  queue: string | null;
  verified: boolean;
  cause: string | null;
  /** The fault this conversation fixed (this case's, or the one before a linked request), if any. */
  fixedCause?: string | null;
  findings: Finding[];
  /** Actions and steps carried out on the case. */
  done: string[];
  /** The Wi-Fi name the case set, if it renamed the network. */
  wifiName: string | null;
  /** A case opened for another team in this conversation (its reference and queue). */
  linked: { reference: string; queue: string } | null;
  /** Catalogue parameters: reference, when, team, ourTeam. */
  params: Params;
  /** The time zone customers are told times in. */
  timeZone: string;
  /** The subscription's speeds, for a verified caller only. */
  plan?: Plan | null;
  /** The outage holding the connection, in words ("a fibre cut in Limhamn"), when known. */
  incident?: string | null;
}

export interface Answer {
  key: MessageKey;
  params?: Params;
}

const SECURITY_ORDER = [
  'security.default_admin_password',
  'security.wps_enabled',
  'security.open_wifi',
  'security.ok',
];

/**
 * The findings of the latest security test: the engine keeps the latest finding per code, so the
 * latest run is the last run of security codes in probe order.
 */
export function latestSecurity(findings: Finding[]): Finding[] | null {
  let end = -1;
  for (let i = findings.length - 1; i >= 0; i--)
    if (findings[i].code.startsWith('security.')) {
      end = i;
      break;
    }
  if (end < 0) return null;
  const run = [findings[end]];
  for (let i = end - 1; i >= 0; i--) {
    const f = findings[i];
    const order = SECURITY_ORDER.indexOf(f.code);
    if (order < 0 || order >= SECURITY_ORDER.indexOf(run[0].code) || run[0].code === 'security.ok') break;
    run.unshift(f);
  }
  return run;
}

function securityAnswer(text: string, c: CaseView): Answer {
  const run = latestSecurity(c.findings);
  if (!run) return { key: 'after.security.unchecked' };
  const issues = run.filter((f) => f.severity !== 'ok').map((f) => f.code);
  if (/\bwps\b/i.test(text)) {
    if (issues.includes('security.wps_enabled')) return { key: 'after.security.wps_on' };
    return { key: issues.length ? 'after.security.wps_off' : 'after.security.wps_off.all_ok' };
  }
  if (!issues.length) return { key: 'after.security.ok' };
  const items = issues
    .map((code) => `after.security.item.${code}`)
    .filter(hasMessage)
    .map((k) => t(c.language, k));
  return { key: 'after.security.issues', params: { issues: items.join(', ') } };
}

function outageEta(c: CaseView): string | null | undefined {
  const f = c.findings.find((x) => x.code === 'incident.area_outage' && x.severity !== 'ok');
  if (!f) return undefined;
  const eta = f.evidence.values.etaAt;
  return typeof eta === 'string' ? formatLocalTime(eta, c.language, c.timeZone) : null;
}

/** Faults that leave the customer without a working connection until a team has fixed them. */
const OFFLINE = new Set([
  'hardware_failure',
  'cpe_hung',
  'cpe_powered_off',
  'cable_unplugged',
  'firmware_bug_drops',
  'ppp_auth_failure',
  'dns_misconfigured',
  'fiber_los',
  'optical_power_low',
  'docsis_power_out_of_range',
  'billing_suspended',
]);

/** Questions the case answers from its own facts (an outage's expected end) even where a general question reads the same words. */
const CASE_FIRST: ReadonlySet<AfterQuestion> = new Set<AfterQuestion>(['eta_check']);
/** Wi-Fi changes that keep the network's name and password: devices find it again by themselves. */
const SAME_DETAILS = ['wifi_channel_change', 'wifi_radio_enable', 'cpe_reboot', 'cpe_firmware_upgrade'];

function connectKey(done: string[]): MessageKey {
  // The old name put back (rename-undo.ts): devices find their network again by themselves.
  if (done.includes('wifi_ssid_change.undo')) return 'after.connect_device.same';
  if (done.includes('wifi_password_change')) return 'after.connect_device.new_password';
  if (done.includes('wifi_ssid_change')) return 'after.connect_device.new_name';
  if (done.some((d) => SAME_DETAILS.includes(d))) return 'after.connect_device.same';
  return 'after.connect_device';
}

/** The 5 GHz band named (folded): "the 5 GHz network", "the -5G one", "5ghz-nätet". */
const FIVE_GHZ = /(?:^|[^\w])-?5 ?(ghz|g)\b/;

/** The answers to `asked` for this case, in order; a question the case cannot answer gives none. */
export function answersFor(asked: AfterQuestion[], text: string, c: CaseView): Answer[] {
  const out: Answer[] = [];
  const withTeam = c.queue !== null && c.queue !== 'outage';
  // With a team (a person asked for during an outage) the case is not linked to the fault: nothing promises
  // "I will write to you here as soon as it is fixed" — the time, and that the team answers.
  const told = (key: MessageKey): MessageKey =>
    withTeam && hasMessage(`${key}.handoff`) ? (`${key}.handoff` as MessageKey) : key;
  for (const q of asked) {
    switch (q) {
      case 'case_action':
        for (const key of actionAnswers(fold(text), c)) out.push({ key });
        break;
      case 'intruder_now':
        if (!c.verified) out.push({ key: 'after.intruder_now.unverified' });
        else if (c.queue === 'security') out.push({ key: 'after.intruder_now.security' });
        break;
      case 'security_state':
        out.push(securityAnswer(text, c));
        break;
      case 'cause_why': {
        // "vad är det som har hänt, har nån grävt av en kabel?" during an outage: the incident and its end.
        const outage = outageEta(c);
        if (outage !== undefined) {
          const what = c.incident || t(c.language, 'incident.kind.other');
          out.push(
            outage
              ? { key: told('after.cause.outage.eta'), params: { what, eta: outage } }
              : { key: told('after.cause.outage'), params: { what } },
          );
          break;
        }
        // "why did that happen?": the cause the case found, when it was fixed here (billing may have a linked case).
        const fixed = c.fixedCause ?? (c.queue === null ? c.cause : null);
        const why = fixed ? `after.cause.${fixed}` : null;
        if (why && hasMessage(why)) out.push({ key: why });
        break;
      }
      case 'recurrence': {
        if (withTeam) {
          out.push({ key: 'after.recurrence.handoff' });
          break;
        }
        const own = c.cause ? `after.recurrence.${c.cause}` : null;
        if (own && hasMessage(own) && c.queue === null) out.push({ key: own });
        out.push({ key: 'after.recurrence' });
        break;
      }
      case 'connect_device':
        // "hur ansluter jag playstation?": that device's own menu first, one line.
        for (const key of topicsOf(text)
          .filter((x) => x.startsWith('rejoin_'))
          .map((x) => `reply.${x}`)
          .filter(hasMessage))
          out.push({ key });
        out.push({ key: connectKey(c.done) });
        break;
      case 'key_format':
        if (c.done.includes('wifi_password_change'))
          out.push({ key: 'reply.key_format.wifi_password_change' });
        break;
      case 'key_where':
        // The key set in this case is in the chat above; without one, a new key is a request of its own.
        if (c.done.includes('wifi_password_change')) out.push({ key: 'wifi_key.shown_above' });
        break;
      case 'device_button':
        out.push({
          key: c.done.includes('wifi_password_change')
            ? 'after.device_button.new_password'
            : 'after.device_button',
        });
        break;
      case 'police_report':
        out.push({ key: c.queue === 'security' ? 'after.police_report.security' : 'after.police_report' });
        break;
      case 'devices_out':
        // Only the new key locks them out: without one, what happened to them is the team's to say.
        if (c.done.includes('wifi_password_change')) out.push({ key: 'after.devices_out' });
        // "but that unknown device is still on my wifi then?" with the Wi-Fi key kept: honestly yes.
        else if (c.verified) out.push({ key: 'reply.intruder_out.wifi_key_kept' });
        break;
      case 'others_off':
        if (c.done.includes('wifi_password_change')) out.push({ key: 'after.devices_out' });
        break;
      case 'other_passwords':
        out.push({ key: 'after.other_passwords' });
        if (c.queue === 'security') out.push({ key: 'after.other_passwords.security' });
        break;
      case 'service_back': {
        if (c.cause === 'billing_suspended') {
          // Paused for an unpaid invoice: it comes back with the payment, not at a time.
          out.push({ key: 'case.back_after_payment.billing_suspended' });
          break;
        }
        const eta = outageEta(c);
        if (eta === undefined) break;
        if (eta === null) out.push({ key: 'after.service_back.outage' });
        else
          out.push({
            key: withTeam ? 'after.service_back.eta.handoff' : 'after.service_back.eta',
            params: { eta },
          });
        break;
      }
      case 'line_or_wifi': {
        const speed = c.findings.find((f) => f.code === 'speed.below_plan' || f.code === 'speed.ok');
        if (!speed) break;
        const v = speed.evidence.values;
        if (speed.code === 'speed.ok') out.push({ key: 'after.line_or_wifi.wifi' });
        else
          out.push({
            key: 'after.line_or_wifi.line',
            params: { measured: String(v.measuredMbps ?? '?'), plan: String(v.planMbps ?? '?') },
          });
        break;
      }
      case 'own_speed_test': {
        // Their own number beside the desk's test and the plan: what both say, noted for the team.
        const speed = c.findings.find((f) => f.code === 'speed.below_plan');
        const reported = formatMbps(fold(text), c.language);
        if (!speed || !reported) break;
        const v = speed.evidence.values;
        out.push({
          key: c.queue ? 'after.own_speed_test.handoff' : 'after.own_speed_test',
          params: {
            reported,
            measured: String(v.measuredMbps ?? '?'),
            plan: String(v.planMbps ?? '?'),
          },
        });
        break;
      }
      case 'own_wifi_password':
        // Only the Wi-Fi key: one this case changed, or one the customer names.
        if (c.done.includes('wifi_password_change') || WIFI_WORD.test(text))
          out.push({ key: 'after.own_wifi_password' });
        break;
      case 'wifi_range':
        out.push({ key: 'after.wifi_range' });
        break;
      case 'router_login':
        // The admin password set in this case is the one to sign in with, not the sticker's; after a new
        // Wi-Fi key, "where do i type the password?" without the router named is about the devices.
        if (c.done.includes('admin_password_change'))
          out.push({ key: 'after.router_login.admin_password_change' });
        // "where do i log in with it?" after a customer-portal password: not the router's page.
        else if (c.done.includes('account_password_reset') && !ROUTER_PAGE.test(fold(text))) break;
        else if (c.done.includes('wifi_password_change') && !ROUTER_PAGE.test(fold(text)))
          out.push({ key: connectKey(c.done) });
        else out.push({ key: 'after.router_login' });
        break;
      case 'my_plan':
        out.push(...planAnswers(c.verified ? (c.plan ?? null) : null, c.findings, withTeam));
        break;
      // Only with billing: "do i pay the full amount or not?" asked again gets the same answer as first.
      case 'pay_before':
        if (c.queue === 'billing') out.push({ key: 'case.pay_before_answer.billing' });
        break;
      // Only while an outage holds the connection: what it has to do with the customer's own access.
      case 'outage_access':
        if (outageEta(c) !== undefined) out.push({ key: 'after.outage_access.outage' });
        break;
      // "och mötet kl 18 då? nåt tips?": the mobile hotspot, and when the fault is expected fixed.
      case 'meanwhile': {
        const eta = outageEta(c);
        if (eta) out.push({ key: 'after.meanwhile.outage.eta', params: { eta } });
        else if (eta === null) out.push({ key: 'after.meanwhile.outage' });
        // With second line or another team (the field team's own answer is field-questions.ts'): what helps
        // for the fault found — "is there nothing i can do meanwhile?" is never left for the team.
        else if (c.queue && c.queue !== 'field' && hasMessage(`after.meanwhile.${c.cause}`))
          out.push({ key: `after.meanwhile.${c.cause}` as MessageKey });
        // ("ok. och vad gör jag under tiden då?" with a fault of no text of its own: the mobile as a hotspot.)
        else if (c.queue && c.queue !== 'field' && c.cause && OFFLINE.has(c.cause))
          out.push({ key: 'after.meanwhile.fault' });
        break;
      }
      // Only a rename this case made; otherwise the question is not about this case.
      case 'rename_done':
        if (c.done.includes('wifi_ssid_change.undo'))
          out.push({ key: 'after.rename_undone', params: { name: c.wifiName ?? '' } });
        // "is the 5 GHz network now called LindHome too, or still the old name?": the rename set every band's
        // name (wifi.ts wifiSsidChange), said with the name.
        else if (c.done.includes('wifi_ssid_change') && c.wifiName && FIVE_GHZ.test(fold(text)))
          out.push({ key: 'after.rename_done.five_ghz', params: { name: c.wifiName } });
        else if (c.done.includes('wifi_ssid_change'))
          out.push(
            c.wifiName
              ? { key: 'after.rename_done', params: { name: c.wifiName } }
              : { key: 'after.rename_done.unnamed' },
          );
        break;
      // "04:10 i natt??": the expected end, said again plainly.
      case 'eta_check': {
        const eta = outageEta(c);
        if (eta) out.push({ key: told('after.eta_check'), params: { eta } });
        break;
      }
      // "is 17:12 a promise?": during an outage, the expected end is an estimate.
      case 'eta_promise': {
        const eta = outageEta(c);
        if (eta) out.push({ key: told('after.eta_promise.outage'), params: { eta } });
        else if (eta === null) out.push({ key: told('after.eta_promise.outage.none') });
        break;
      }
      // During an outage: nothing to do once fixed; which side the fault is on; a light blamed on the cut; the
      // phone's 4G. Each only while an outage holds the connection (other cases have answers of their own).
      case 'do_when_fixed':
        if (outageEta(c) !== undefined) out.push({ key: 'after.do_when_fixed.outage' });
        break;
      case 'which_fault':
        if (outageEta(c) !== undefined)
          out.push({
            key: 'after.which_fault.outage',
            params: { what: c.incident || t(c.language, 'incident.kind.other') },
          });
        break;
      case 'light_outage':
        if (outageEta(c) !== undefined) out.push({ key: 'after.light_outage.outage' });
        break;
      case 'mobile_data':
        if (outageEta(c) !== undefined) out.push({ key: 'after.mobile_data.outage' });
        break;
      // "vad händer om det inte är klart kl 7": during an outage, the time is updated and said here.
      case 'eta_late':
        if (outageEta(c) !== undefined) out.push({ key: told('after.eta_late') });
        break;
      // "how much would that be roughly?": billing decides; the usual rule. Only where a refund is the topic.
      case 'refund_amount':
        if (outageEta(c) !== undefined || c.queue === 'billing' || c.linked?.queue === 'billing')
          out.push({ key: 'after.refund_amount' });
        break;
      // "kan du se vad de extra 250 kronorna är för?": billing sees the invoice; the desk notes amount and guess.
      case 'invoice_line': {
        const amount = /\b(\d{2,5}) ?(kr|kronor|kronorna|sek|:-)/i.exec(text)?.[1];
        if (amount && (c.queue === 'billing' || c.linked?.queue === 'billing'))
          out.push({ key: 'after.invoice_line', params: { amount: `${amount} kr` } });
        break;
      }
      // "were we actually hacked or just a neighbour?": from what the case did and found.
      case 'was_hacked': {
        const own = c.cause ? `reply.was_hacked.${c.cause}` : null;
        if (c.queue === 'security' && c.done.includes('wifi_password_change'))
          out.push({ key: 'after.was_hacked.security' });
        else if (own && hasMessage(own) && c.queue === null) out.push({ key: own });
        break;
      }
      case 'hotspot_cost':
        out.push({ key: 'after.hotspot_cost' });
        break;
      // During an outage a blinking online/internet light is the modem looking for the network — no data passes.
      case 'light_blinking':
        // "the orange blinking light, that's the cut and not the modem broken?": the outage's yes says it.
        if (asked.includes('light_outage') && outageEta(c) !== undefined) break;
        out.push({
          key: WIFI_WORD.test(text)
            ? 'after.light_blinking.wifi'
            : outageEta(c) !== undefined
              ? 'after.light_blinking.outage'
              : 'after.light_blinking',
        });
        break;
      case 'call_number':
        out.push({ key: 'after.call_number' });
        break;
      case 'contact_myself': {
        const other = c.linked ?? (withTeam ? { reference: c.reference, queue: c.queue ?? 'agents' } : null);
        // A case waiting for an outage is open: never "your case is closed" (rp34a #8).
        if (!other && c.queue === 'outage') out.push({ key: 'after.contact_myself.outage' });
        else if (!other) out.push({ key: 'after.contact_myself.closed' });
        else
          out.push({
            key: 'after.contact_myself',
            params: { reference: other.reference, team: capitalise(teamName(other.queue, c.language)) },
          });
        break;
      }
    }
  }
  return out;
}

/** The router's own page named: "the settings page", "routern", "admin". */
const ROUTER_PAGE = /\b(router\w*|modem\w*|admin\w*|settings?|installning\w*)\b/;

const WIFI_WORD = /\b(wi-?fi\w*|wlan|tradlos\w*|natverk\w*|network)\b/i;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface AfterAnswersDeps {
  tickets: TicketStore;
  state(ticket: Ticket): Promise<EngineState | null>;
  words: CustomerWords;
  /** The subscription's plan of this conversation's service, if known. */
  plan?(conv: ConversationState): Promise<Plan | null>;
  /** An incident by id (the outage a finding names), for its words. */
  incident?(id: string): Promise<Pick<Incident, 'kind' | 'title' | 'areas'> | null>;
  /** The fault this conversation fixed (after-outcome-context.ts). */
  fixedCause?(ticket: Ticket): Promise<string | null>;
}

export function createAfterAnswers(deps: AfterAnswersDeps) {
  async function view(ticket: Ticket, conv: ConversationState, params: Params): Promise<CaseView> {
    const state = await deps.state(ticket);
    const lastLinked = conv.linkedTickets?.at(-1);
    const linkedTicket = lastLinked ? await deps.tickets.getByReference(lastLinked) : null;
    return {
      language: conv.language,
      reference: ticket.reference,
      queue: conv.handoff?.queue ?? null,
      verified: conv.verification === 'verified',
      cause: foundCauseOf(state),
      fixedCause: (await deps.fixedCause?.(ticket)) ?? null,
      findings: state?.findings ?? [],
      done: (state?.tried ?? [])
        .filter((x) => x.result === 'done' || x.result === 'fixed')
        .map((x) => x.step),
      wifiName: typeof state?.facts.wifiName === 'string' ? state.facts.wifiName : null,
      linked:
        linkedTicket && linkedTicket.id !== ticket.id && linkedTicket.queue
          ? { reference: linkedTicket.reference, queue: linkedTicket.queue }
          : null,
      params,
      timeZone: deps.words.timeZone,
      plan: (await deps.plan?.(conv)) ?? null,
      incident: await incidentOf(state?.findings ?? [], conv.language),
    };
  }

  /** The words of the outage a finding names ("ett fiberavbrott i Limhamn"), or null. */
  async function incidentOf(findings: Finding[], lang: Language): Promise<string | null> {
    const f = findings.find((x) => x.code === 'incident.area_outage' && x.severity !== 'ok');
    const id = f?.evidence.values.incidentId;
    const inc = typeof id === 'string' ? await deps.incident?.(id) : null;
    return inc ? incidentWords(inc, lang) : null;
  }

  /** The latest earlier customer message on the ticket that asks one of these questions. */
  async function earlierQuestion(ticket: Ticket): Promise<string | null> {
    const said = (await deps.tickets.timeline(ticket.id)).flatMap((e) =>
      e.type === 'message_in' ? [e.text] : [],
    );
    // The last one is the complaint itself.
    for (const m of said.slice(0, -1).reverse().slice(0, 4)) if (afterQuestions(m).length) return m;
    return null;
  }

  /**
   * Answers the after-outcome questions in `text` the case can answer; the kinds answered are
   * returned (none: nothing was said) and noted on the ticket.
   */
  async function answer(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    params: Params,
    opts: { unanswered?: boolean } = {},
  ): Promise<AfterQuestion[]> {
    // "behöver jag starta om datorn sen?": a general question is no question about the case's own restart.
    // "ok so like 4 hours??" during an outage: the case's own expected end answers it, whatever a general
    // question reads in the same words (CASE_FIRST). An earlier question the customer says went unanswered
    // ("ni förklarade aldrig lampan") is answered from the case, whatever general question it also reads as.
    let asked = [
      ...new Set([
        ...afterQuestions(opts.unanswered ? text : withoutGeneralQuestions(text)),
        ...afterQuestions(text).filter((q) => CASE_FIRST.has(q)),
      ]),
    ];
    if (!asked.length && complainsUnanswered(text)) {
      // "you didn't answer": the customer's earlier question, answered now.
      const earlier = await earlierQuestion(ticket);
      if (earlier) {
        asked = afterQuestions(earlier);
        text = earlier;
      }
    }
    if (!asked.length) return [];
    const c = await view(ticket, conv, params);
    const answered: AfterQuestion[] = [];
    // Asked again ("hallå? jag frågade vad som hänt"): the answer said just before is put another way.
    const last = [...(await deps.tickets.timeline(ticket.id))]
      .reverse()
      .find((e) => e.type === 'message_out');
    const before = last?.type === 'message_out' ? last.text : '';
    const again = (key: MessageKey, p: Params): MessageKey => {
      const other = `${key}.again`;
      return hasMessage(other) && before.includes(t(c.language, key, p)) ? other : key;
    };
    for (const q of asked) {
      const answers = answersFor([q], text, c);
      if (!answers.length) continue;
      answered.push(q);
      turn.answering(`after:${q}`);
      for (const a of answers) {
        const p = { ...params, ...a.params };
        turn.say(again(a.key, p), p);
      }
      turn.answering(null);
    }
    if (answered.includes('own_speed_test'))
      await deps.tickets.append(ticket.id, [
        {
          type: 'note',
          actor: { kind: 'customer', id: null },
          text: `the customer's own speed test, for the team: "${text.slice(0, 300)}"`,
          internal: true,
        },
      ]);
    if (answered.includes('invoice_line'))
      await deps.tickets.append(ticket.id, [
        {
          type: 'note',
          actor: { kind: 'customer', id: null },
          text: `invoice line the customer asks about, for billing: "${text.slice(0, 300)}"`,
          internal: true,
        },
      ]);
    if (answered.length)
      await deps.tickets.append(ticket.id, [
        {
          type: 'note',
          actor: { kind: 'bot', id: null },
          text: `customer asked after the outcome (${answered.join(', ')}); answered from the case`,
          internal: true,
        },
      ]);
    return answered;
  }

  return { answer };
}

/**
 * The test the customer reported (speed-report.ts: "12,4 not 120" is 12.4, "12,4 down and 3,1 up" a pair; only a
 * figure said as a speed, never the "13-15" of a meeting), with
 * the decimal sign of their language ("38,5/9,2" in Swedish, "38.5/9.2" in English).
 */
function formatMbps(folded: string, language: Language): string {
  const test = saidSpeedTest(folded);
  if (!test) return '';
  const say = (n: number) => {
    const text = String(Math.round(n * 10) / 10);
    return language === 'sv' ? text.replace('.', ',') : text;
  };
  return test.up === null ? say(test.down) : `${say(test.down)}/${say(test.up)}`;
}
