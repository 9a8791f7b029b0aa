// Which catalogue texts answer a question asked while something is pending: every topic the message
// touches, each with its most specific text — for the action asked about, the pending question, the
// case's root cause, the access type, or in general.
import { narrowsOf, techQuestionOf } from '../triage/tech-questions.js';
import type { AccessKind, AskKey } from '../domain/index.js';
import type { QuestionTopic } from '../triage/reply.js';
import { askTopicOf, topicsOf } from '../triage/topics-of.js';
import { compensationKey } from './compensation-kind.js';
import { asksSomething, sentencesOf, techAnswered } from './general-questions.js';
import { hasMessage, type MessageKey } from './messages/index.js';

/** Topics that a more specific question also matches ("how do I know if I'm on 5 GHz"): never a second answer. */
const GENERIC = new Set<QuestionTopic>(['how_know_fixed', 'what_happens_next', 'is_it_safe', 'other']);
/** Topics whose pattern reads the whole message ("can you send me a new one?" after the password is named). */
export const WHOLE_MESSAGE_TOPICS: ReadonlySet<string> = new Set<QuestionTopic>(['buy_equipment']);
/** Topics that ride along with a general one in the same clause ("is it safe, like could someone have hacked it?"). */
const COMPANIONS = new Set<QuestionTopic>(['was_hacked']);
/** A topic that answers the broader one it also matches ("no landline, do I need the filter?" is not "what is a filter?"). */
export const NARROWS: Partial<Record<QuestionTopic, QuestionTopic | QuestionTopic[]>> = {
  // "ändras lösenordet till min mejl också?": the e-mail password, not "your settings stay as they are".
  // "is my email affected too?": the e-mail, not "your port forwarding and Wi-Fi stay as they are".
  email_password: ['lose_settings', 'breaks_other'],
  // "how do I check it's the right one?" at a port forward: where the device shows its address, not "try a web page".
  find_device_ip: 'how_know_fixed',
  // "my kids ipads and the printer lose wifi right?": whether the devices drop off, not the settings.
  devices_drop: 'lose_settings',
  // "måste tv:n också ansluta igen?": one answer for each device, not the same said twice.
  each_device: 'reconnect_devices',
  no_landline_filter: 'what_splitter',
  // "is the white box the splitter?": yes, and where the plugs go — not what a splitter is in general.
  is_splitter: ['what_splitter', 'which_cable', 'power_outlet', 'router_phone'],
  // "should the phone go into it or straight into the wall?": the phone's port, not "each device".
  // (and the phone goes into the splitter, so it is no phone plugged into the router)
  phone_where: ['each_device', 'what_splitter', 'which_cable', 'router_phone'],
  // "vad menar ni med nytt wifi-lösenord??": what the desk said, corrected, not the step in plain words.
  what_you_meant: 'what_means',
  // "vad menar du med 'Just nu, ja'? Jag frågade ingenting.": the desk's own stray sentence, not a word explained.
  which_question: ['what_means', 'what_you_meant'],
  // "varför fick routern inte uppdateringen av sig själv?": why it was not automatic, not why it broke.
  why_not_automatic: 'why_broke',
  // "I only see one wifi name, how do I pick 2.4 vs 5?": the router chooses on one name, not the 5 GHz name.
  one_name_bands: ['five_ghz_name', 'which_band', 'what_band', 'switch_to_5g'],
  // "måste jag starta om den (datorn)?": the customer's own device, never the router.
  restart_device: ['should_restart', 'already_restarted', 'reconnect_devices', 'each_device'],
  // "does the router update itself in future?": how updates come, not why this one had not come.
  updates_future: ['why_not_automatic', 'firmware_current', 'what_happens_next'],
  // "how do i find my public ip?": the router's internet address, not where a device shows its own.
  // "is my ip address going to change?": that address, never the device's address under the forward.
  public_ip: ['find_device_ip', 'address_changes'],
  // "is it safe to do remote management on it?": remote management's own answer, not the change's safety.
  remote_management: 'is_it_safe',
  // "vad är det för avgift?" on the invoice: billing sees the line, never "troubleshooting is free".
  invoice_fee: ['cost', 'is_normal'],
  // "what does 2.4 GHz mean?": the bands, not which one the device is on.
  what_band: 'which_band',
  // "vad är 5 ghz-nätet?": its name, not the bands in general.
  five_ghz_name: 'what_band',
  // "could someone have turned it off? how did it happen?": who and why in one answer.
  who_switched_off: 'why_broke',
  // "has something been changed on your side?": whether we changed anything, which says the cause too.
  changed_by_us: ['why_broke', 'my_side', 'your_fault', 'did_you_act', 'what_found'],
  // "ska jag betala för 500 om wifi:t inte klarar det?": the plan against Wi-Fi, not what troubleshooting costs.
  plan_wifi: 'cost',
  // "skulle mesh hjälpa? vad kostar det?": what the equipment costs, never "troubleshooting is free".
  equipment_cost: 'cost',
  // "kostar det något att flytta?": what a move costs (sales confirms it), never "troubleshooting is free".
  move_cost: 'cost',
  // "which button? … the plug goes into a power strip with a switch": the button answer checks the strip too.
  // "the round one or the reset hole? i dont want to break it": the button answer says what is safe to press.
  which_button: ['power_outlet', 'is_it_safe'],
  // "ska jag starta om routern nu? vill inte förstöra nåt": whether to restart, not whether a change is safe.
  should_restart: 'is_it_safe',
  // "kan vi få en bättre router med wifi 6 av er? kostar det nåt?": the router from us and its price, never a
  // mesh from the shop, a Wi-Fi 6 laptop or "troubleshooting is free".
  // "can u put it back to the old one": the key as it was, never an old router or the key shown.
  restore_key: ['router_old', 'current_password', 'router_blame'],
  router_from_us: ['buy_equipment', 'wifi_standard', 'cost', 'equipment_cost', 'extender'],
  // The general questions (question-topics.ts GENERAL_TOPICS) answer the broader topics they also match:
  // "kan ni göra ett eget 5ghz nät?" is the two networks, not what the bands are.
  band_split: ['what_band', 'five_ghz_name', 'which_band'],
  // "jag ser Nilsson och Nilsson-5G, ska jag byta?": yes, to the 5 GHz one — never how to give the bands two names.
  switch_to_5g: ['band_split', 'what_band', 'five_ghz_name', 'which_band'],
  // "will it break if the pc gets a new address?": yes, the forward follows the address — never "I only change
  // what I described".
  address_changes: ['breaks_other', 'what_happens_next', 'find_device_ip', 'is_it_safe'],
  // "PIN-kod? Är det samma som till banken?": not a bank code, never where the customer number is.
  pin_bank: ['why_pin', 'where_customer_number', 'is_it_safe'],
  // "is there another way, like bankid?": whether BankID does, never "not your bank code".
  pin_bankid: ['pin_bank', 'why_pin', 'where_customer_number', 'is_it_safe'],
  // "do u send someone or do i move the router myself": who moves it, never when a technician comes or the test step.
  relocate_router: ['technician_when', 'move_router', 'cost', 'be_home'],
  // "is it something on my side?", "is it the router?": the cause's own answer, not the findings told again.
  my_side: 'what_found',
  your_fault: 'what_found',
  router_blame: 'what_found',
  // "what does -28.9 dBm mean, is that bad?": the level measured, not whether a change is safe.
  signal_level: ['is_it_safe', 'what_means', 'is_normal', 'see_signal'],
  // "pensionärsrabatt?": a price question for sales, never a refund for days without service.
  discount: ['compensation', 'cost'],
  // "ska jag kolla filtret nu?": whether to check it now and what to look at, never what a filter is.
  check_now: ['what_splitter', 'is_splitter', 'which_cable', 'phone_where'],
  // "hur länge ska vi vänta?": until it works again, never how long the check takes or "just wait".
  wait_until_works: ['how_long', 'just_wait'],
  // "I have a phone plugged into the router, will I lose it too?": that phone, never the Wi-Fi devices.
  router_phone: [
    'devices_drop',
    'reconnect_devices',
    'each_device',
    'breaks_other',
    'lose_settings',
    'other_affected',
  ],
  e_invoice: ['cost', 'email_password'],
  // "is 40 ms ping normal?": what a normal ping is, never the per-cause "is it normal" for the fault.
  ping: ['is_normal', 'how_speed_test'],
  // "is it you guys throttling?": no, and the cause the tests found — one answer, never whose side it is too.
  throttling: ['your_fault', 'my_side', 'is_normal', 'why_broke'],
  guest_network: ['band_split', 'breaks_other', 'is_it_safe'],
  // "is my wifi password safe?": the key's safety, never the safety of a change or the sticker.
  key_safe: [
    'is_it_safe',
    'sticker',
    'current_password',
    'how_get_password',
    'choose_password',
    'lose_settings',
  ],
  account_password: ['lose_settings', 'email_password', 'what_admin_password'],
  // "behöver jag vara där när teknikern kommer?": whether someone must be home, which says whether one comes.
  be_home: ['technician_when', 'intruder_out'],
  // "will resetting the DNS remove the parental filter?": that filter, not what DNS is or a DSL splitter.
  own_filter: [
    'what_dns',
    'what_splitter',
    'is_splitter',
    'breaks_other',
    'lose_settings',
    'my_side',
    'why_broke',
  ],
};

/** The topic of `text` that narrows `topic` (NARROWS), else `topic`: the one question a single answer answers. */
export function narrowest(topic: QuestionTopic, text: string): QuestionTopic {
  return topicsOf(text).find((x) => [NARROWS[x]].flat().includes(topic)) ?? topic;
}

/**
 * Topics that ask the same as another one, whose per-cause texts answer them too: "is it your fault?" is
 * "whose side is it on?" (my_side.<cause>).
 */
const SAME_AS: Partial<Record<QuestionTopic, QuestionTopic>> = {
  your_fault: 'my_side',
  changed_by_us: 'my_side',
};

/**
 * Topics whose answers answer one another: "will i lose my settings? … my port forwarding" is one worry (what
 * a change leaves as it is), "why did it happen, did i do something?" one question (the cause, and whose side
 * it is on). A reply answers each such question once: the first answer said stands for the others.
 */
const ONE_ANSWER: Partial<Record<QuestionTopic, string>> = {
  lose_settings: 'kept',
  breaks_other: 'kept',
  other_affected: 'kept',
  why_broke: 'cause',
  my_side: 'cause',
  your_fault: 'cause',
  who_switched_off: 'cause',
  changed_by_us: 'cause',
};

/**
 * The question a catalogue text answers (`reply.<topic>…`): its topic, or the family of topics answered
 * together (ONE_ANSWER); null for a text that answers no question.
 */
export function answeredQuestion(key: string): string | null {
  const topic = /^reply\.([a-z0-9_]+)/.exec(key)?.[1];
  if (!topic) return null;
  return ONE_ANSWER[topic as QuestionTopic] ?? topic;
}

/** The causes for "my tests found nothing" (nothing_found_connection, …) share one text per topic. */
const causeFamily = (cause: string | null | undefined) =>
  cause?.startsWith('nothing_found') ? 'nothing_found' : null;

/** Topics about what the customer's devices go through: answered from every change the case made. */
const DEVICE_TOPICS = new Set<QuestionTopic>(['devices_drop', 'reconnect_devices', 'each_device']);

export interface QuestionContext {
  askKey: AskKey | null;
  /** The consent text the question was put with (`consent.cpe_reboot`), naming the action. */
  askMessage?: string | null;
  cause?: string | null;
  access?: AccessKind | null;
  /** What the case has done on the router so far (action names, oldest first), when known. */
  actions?: readonly string[] | null;
  /** What the customer came for (the case's intent), for answers that depend on it before any finding. */
  request?: string | null;
  /** The codes of what the case's checks found (`firmware.ok`), for a question one of them answers. */
  findings?: readonly string[] | null;
  /** The team the case goes to in this very reply (`field`, `tier2`, `sales`), for "must I be home?". */
  outcome?: string | null;
  /** The money asked back is for a charge ("we were charged twice, there is no fault"), not for days without service. */
  charge?: boolean;
}

/** Topics about the phone line's splitter (DSL only). */
const PHONE_LINE_TOPICS = new Set<QuestionTopic>([
  'what_splitter',
  'is_splitter',
  'phone_where',
  'no_landline_filter',
]);

/** A DSL cause, finding or step in this case (the phone line and its splitter are then real). */
function phoneLineInView(ctx: QuestionContext): boolean {
  const dsl = /dsl|splitter/;
  return (
    dsl.test(ctx.cause ?? '') ||
    dsl.test(ctx.askMessage ?? '') ||
    (ctx.findings ?? []).some((c) => dsl.test(c))
  );
}

/** Worries about what a change does ("is it safe?", "will something else break?"). */
const CHANGE_WORRIES = new Set<QuestionTopic>(['is_it_safe', 'breaks_other']);

/**
 * Whether a change is in view for a worry's general text ("I only change what I described"): one asked
 * for now, or one the case made. After a case that changed nothing there is nothing it could reassure.
 */
function changeInView(topic: QuestionTopic, ctx: QuestionContext): boolean {
  if (!CHANGE_WORRIES.has(topic) || !ctx.actions) return true;
  return ctx.actions.length > 0 || /^(consent|offer|config)\./.test(ctx.askKey ?? '');
}

/** The lock-down the intruder texts tell of: a new Wi-Fi key and a new admin password. */
const LOCK_DOWN = ['wifi_password_change', 'admin_password_change'];
/** Actions that change a password the customer knows: the lock-down's and a factory reset (the label's again). */
const RESETS_PASSWORDS = [...LOCK_DOWN, 'cpe_factory_reset', 'account_password_reset'];

/**
 * Whether a lock-down is in view: made in this case, or the action asked about now (its permission, or
 * the devices joining again after it). Without one, "kan någon komma åt min dator då?" asks whether what
 * is asked for is safe — never told of a new Wi-Fi password or a security team that are not there.
 */
function lockDownInView(ctx: QuestionContext): boolean {
  const asked = ctx.askMessage ?? '';
  return (ctx.actions ?? []).some((a) => LOCK_DOWN.includes(a)) || LOCK_DOWN.some((a) => asked.includes(a));
}

/** Findings that are looked up (the account, a known outage), not tests of the line or the router. */
const LOOKUPS = /^(account|incident)\./;

/** The most specific catalogue text for `topic`, or null when the catalogue has none. */
export function answerFor(topic: QuestionTopic, ctx: QuestionContext): MessageKey | null {
  // "can we get the double payment back?": a wrong charge is paid back — never a reduction for a fault.
  if (topic === 'compensation' && ctx.charge) return 'reply.refund.charge';
  // "måste jag?", "do i have to?": whether this step, permission or identity question must be done — its own
  // text where it has one (the wired test: not without a cable), else the kind of question's.
  if (topic === 'must_i') {
    const own = [`reply.must_i.${ctx.askKey}`, `reply.must_i.${ctx.askKey?.split('.')[0]}`];
    return (own.find((k) => hasMessage(k)) as MessageKey | undefined) ?? null;
  }
  // "can they still get in?" with no lock-down in view: whether the change in hand is safe (or nothing).
  if (topic === 'intruder_out' && !lockDownInView(ctx)) return answerFor('is_it_safe', ctx);
  // "what do you mean, new password?" after a change that set a password (or put the label's back): that
  // change, said as it was; after any other, the correction that no password was touched.
  // "måste jag köpa en ny router?" before anything was done: what the tests say about the router for the
  // fault found ("the speed is already too low before the router"), never "age alone is no reason".
  if (
    topic === 'router_old' &&
    ctx.cause &&
    !ctx.actions?.length &&
    hasMessage(`reply.router_blame.${ctx.cause}`)
  )
    return `reply.router_blame.${ctx.cause}` as MessageKey;
  // "can u put it back to the old one": after a new key in this case, what can and cannot be done; with
  // the case's actions known and no new key among them, that nothing was changed; otherwise the general text.
  if (topic === 'restore_key' && ctx.actions) {
    const changed = ctx.actions.includes('wifi_password_change');
    return changed ? 'reply.restore_key.wifi_password_change' : 'reply.restore_key.no_change';
  }
  // "will the 5GHz one change too?", "is the -5G one still there?" once the name was changed or asked for: the
  // rename gives every band the new name (wifi.ts wifiSsidChange), said so — never "I can't answer".
  if (topic === 'five_ghz_name' && ctx.actions?.includes('wifi_ssid_change'))
    return 'reply.five_ghz_name.wifi_ssid_change';
  if (topic === 'five_ghz_name' && ctx.cause === 'wifi_rename_request')
    return 'reply.five_ghz_name.wifi_rename_request';
  // "vad hittade du?": the faults the tests found ({found}, falling back to "nothing wrong"), or that none ran yet.
  if (topic === 'what_found')
    return ctx.findings && !ctx.findings.some((code) => !LOOKUPS.test(code))
      ? 'reply.what_found.not_yet'
      : 'reply.what_found.faults';
  // "can you tell me my public ip?": with the address the line check read (it falls back to the text
  // without it, wan-facts.ts).
  if (topic === 'public_ip') return 'reply.public_ip.wan';
  // "is 40 ms ping normal?": with the number the customer gave, high or not (it falls back to the text
  // without it, ping-facts.ts).
  if (topic === 'ping') return 'reply.ping.said.high';
  // "I want my money back for these months": the refund text for what the case found — never an outage's.
  if (topic === 'compensation' && ctx.cause && !ctx.askKey?.startsWith('identity.'))
    return compensationKey(ctx.cause);
  // A phone-line splitter exists only on a DSL line: never told to a fibre or cable customer.
  if (PHONE_LINE_TOPICS.has(topic) && ctx.access && ctx.access !== 'dsl' && !phoneLineInView(ctx))
    return 'reply.what_splitter.not_dsl';
  if (topic === 'what_you_meant' && (ctx.actions ?? []).some((a) => RESETS_PASSWORDS.includes(a)))
    return answerFor('did_you_act', ctx);
  const acted = ctx.actions ? (ctx.actions.length ? ctx.actions.at(-1) : 'no_action') : null;
  // What the devices must do: a new Wi-Fi key or name earlier in the case still decides it
  // (an admin password set after it changes nothing for them).
  const earlier = DEVICE_TOPICS.has(topic) ? [...(ctx.actions ?? [])].reverse().slice(1) : [];
  // "do my devices need the new password?" after a new Wi-Fi key and then a new admin password: the key decides.
  const byAdmin =
    DEVICE_TOPICS.has(topic) && acted === 'admin_password_change' && earlier.some((a) => /^wifi_/.test(a));
  // "but that unknown device is still on my wifi then?" when the Wi-Fi key was not changed: honestly yes.
  const keyKept =
    topic === 'intruder_out' &&
    !!ctx.actions &&
    !ctx.actions.includes('wifi_password_change') &&
    !/^(consent|offer|step)\./.test(ctx.askKey ?? '');
  // "will that kick us off again?" at a permission: the change asked about now, not the one made before it.
  const pendingChange =
    topic === 'devices_drop' && ctx.askKey?.startsWith('consent.') && ctx.askMessage
      ? `reply.${topic}.${ctx.askMessage}`
      : null;
  const candidates = [
    pendingChange,
    // "will someone need to come? I'm only home after 17" in the message whose reply hands the case on:
    // what that team does (a visit booked, or second line working from a distance).
    ctx.outcome ? `reply.${topic}.outcome.${ctx.outcome}` : null,
    keyKept ? `reply.${topic}.wifi_key_kept` : null,
    // "did you guys turn it off?" at a Wi-Fi-off case before any action: not us, and what did.
    acted && ctx.cause ? `reply.${topic}.${acted}.${ctx.cause}` : null,
    acted && !byAdmin ? `reply.${topic}.${acted}` : null,
    ...earlier.map((a) => `reply.${topic}.${a}`),
    acted && acted !== 'no_action' ? `reply.${topic}.any_action` : null,
    // "what good will a restart do?" at the restart for a faulty router: that action for this cause.
    ctx.askMessage && ctx.cause ? `reply.${topic}.${ctx.askMessage}.${ctx.cause}` : null,
    ctx.askMessage ? `reply.${topic}.${ctx.askMessage}` : null,
    ctx.askKey ? `reply.${topic}.${ctx.askKey}` : null,
    // "consent.wifi_ssid_change.named" (the rename with its name), "consent.port_forward_add.service_device"
    // or "offer.admin_password_change" answers as the permission for that action ("consent.<action>").
    ctx.askMessage ? consentOf(ctx.askMessage, topic) : null,
    // "is the software in my router up to date?": what the check of it found.
    ...(ctx.findings ?? []).map((code) => `reply.${topic}.${code}`),
    ctx.cause ? `reply.${topic}.${ctx.cause}` : null,
    ctx.cause && SAME_AS[topic] ? `reply.${SAME_AS[topic]}.${ctx.cause}` : null,
    causeFamily(ctx.cause) ? `reply.${topic}.${causeFamily(ctx.cause)}` : null,
    ctx.access ? `reply.${topic}.${ctx.access}` : null,
    // "why do you need my pin?" from someone locked out of the portal: not "find it on the portal".
    ctx.request ? `reply.${topic}.request.${ctx.request}` : null,
    // "what do i do now?" with no question pending: never "as soon as I have your answer".
    ctx.askKey ? null : `reply.${topic}.no_ask`,
    // "hur länge ska vi vänta?" in the reply that hands the case on: never "for now, yes — I am on it".
    ctx.outcome ? `reply.${topic}.outcome` : null,
    topic === 'other' || !changeInView(topic, ctx) ? null : `reply.${topic}`,
  ];
  return candidates.find((k): k is MessageKey => k !== null && hasMessage(k)) ?? null;
}

/**
 * The texts that answer `text`: one per topic it touches (at most `max`), the classifier's topic first.
 * Falls back to `fallback` when no topic has a text.
 */
export function questionAnswers(
  text: string,
  first: QuestionTopic,
  ctx: QuestionContext,
  fallback: MessageKey,
  max = 2,
): MessageKey[] {
  const general = generalFirst(text, ctx, fallback, max);
  if (general) return general;
  // "hur många enheter är anslutna nu? och kan jag välja lösenordet själv?": the topic only the pending ask
  // makes clear (choosing the password) is one of them too.
  // "i really want my own one, like nilsson1987. and will the tv get kicked off?": a sentence of its own too.
  const asksTwice = (text.match(/\?/g) ?? []).length >= 2 || clausesOf(text).length >= 2;
  const touched = [...topicsOf(text), asksTwice ? askTopicOf(ctx.askKey, text) : null].filter(
    (x) => x !== null,
  );
  const specific = touched.filter((x) => x !== first && !GENERIC.has(x));
  // "how do i forget it on a playstation? and the hyphens too?": the topics found answer, not the general text.
  const lead = first === 'other' && specific.length ? [] : [first];
  // "what does DNS mean? and is it safe?": a general question asked in a sentence of its own is answered
  // too — it is general only beside a more specific one in the same sentence.
  const own = clausesOf(text).flatMap((c) => {
    const x = topicsOf(c);
    return x.some((y) => !GENERIC.has(y) && !COMPANIONS.has(y))
      ? []
      : x.filter((y) => GENERIC.has(y) && y !== 'other');
  });
  const topics = [...new Set([...lead, ...specific, ...own])].filter(
    (x, _, all) => !all.some((y) => [NARROWS[y]].flat().includes(x)),
  );
  const keys: MessageKey[] = [];
  // One answer per question asked: a message of several questions may need more than `max`.
  const limit = Math.max(max, Math.min(3, clausesOf(text).filter((c) => topicsOf(c).length).length + 1));
  for (const topic of topics) {
    const key = answerFor(topic, ctx);
    if (key && !keys.includes(key)) keys.push(key);
    if (keys.length >= limit) break;
  }
  return keys.length ? mostSpecific(keys) : [fallback];
}

/**
 * "will it mess up my wifi or port settings?": one question (ONE_ANSWER) answered by the text for this change,
 * never also by the general one ("only what I described changes") beside it.
 */
function mostSpecific(keys: MessageKey[]): MessageKey[] {
  const specific = (k: string) => k.split('.').length > 2;
  return keys.filter(
    (k) =>
      specific(k) ||
      !keys.some(
        (o) => specific(o) && answeredQuestion(o) === answeredQuestion(k) && answeredQuestion(k) !== null,
      ),
  );
}

/**
 * "är wifi och internet samma sak?" at the restart permission, "what does the LOS light mean?": the
 * technician's answer to the general question itself, never the permission's own text nor a topic it only
 * resembles — unless a text for this very cause answers it. The other sentences are answered as usual.
 * Null when the message asks no general question.
 */
function generalFirst(
  text: string,
  ctx: QuestionContext,
  fallback: MessageKey,
  max: number,
): MessageKey[] | null {
  const sentences = sentencesOf(text);
  const general = techAnswered(text, sentences.filter(asksSomething), ctx.askKey, false, {
    cause: ctx.cause ?? null,
    access: ctx.access ?? null,
    queue: ctx.outcome ?? null,
  });
  // "I still don't know the password … Can you send me a new one?": "one" reads back to the message, so a topic
  // whose pattern reads the whole message is answered only when the whole message holds it (never mesh units).
  const whole = topicsOf(text);
  for (const [sentence, key] of general)
    if (
      WHOLE_MESSAGE_TOPICS.has(key.split('.')[1] ?? '') &&
      !whole.includes(key.split('.')[1] as QuestionTopic)
    )
      general.delete(sentence);
  if (!general.size) return null;
  const ownCause = (sentence: string) =>
    ctx.cause
      ? topicsOf(sentence)
          .map((x) => answerFor(x, ctx))
          .find((k) => !!k && k.endsWith(`.${ctx.cause}`))
      : undefined;
  const keys = [...general].map(([sentence, key]) => ownCause(sentence) ?? key);
  // "her safety alarm is connected to the modem. Does that work now or not?": the sentence the short question
  // was read with is answered by the same text, never noted as a question of its own.
  const readWith = (x: string) => {
    const q = techQuestionOf(x);
    return !!q && keys.some((k) => k === `tech.${q}` || k.startsWith(`tech.${q}.`));
  };
  const rest = sentences.filter((x) => !general.has(x) && !readWith(x)).join(' ');
  // "How can I tell? … Should she ring her sister to test?": the test call answers how to tell, and the
  // topics a general answer is a narrower case of are not answered beside it as well.
  const narrowed = new Set(keys.flatMap((k) => narrowsOf(k.split('.')[1] ?? '')));
  const topic = rest ? (topicsOf(rest).find((x) => !narrowed.has(x)) ?? askTopicOf(ctx.askKey, rest)) : null;
  const first = topic && !narrowed.has(topic) ? topic : null;
  const more = first ? questionAnswers(rest, first, ctx, fallback, max).filter((k) => k !== fallback) : [];
  return [...new Set([...keys, ...more])];
}

/** The message's sentences, each ending at its question mark or full stop. */
function clausesOf(text: string): string[] {
  return String(text ?? '')
    .slice(0, 1000)
    .split(/(?<=[?!.])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The text keyed by the action a permission text asks about: `reply.<topic>.consent.<action>`. */
function consentOf(askMessage: string, topic: QuestionTopic): string | null {
  const action = /^(?:consent|offer)\.([a-z_]+)/.exec(askMessage)?.[1];
  return action ? `reply.${topic}.consent.${action}` : null;
}

/** The actions the case carried out on the router (not declined, advised or failed), oldest first. */
/** The codes of the case's latest findings (`firmware.ok`, `dns.misconfigured`). */
export function findingCodes(state: { findings?: readonly { code: string }[] } | null): string[] {
  return (state?.findings ?? []).map((f) => f.code);
}

/** The customer's steps the case has done ("step.wired_test"), oldest first. */
export function stepsDone(state: { tried: { step: string; result: string }[] } | null): string[] {
  return (state?.tried ?? [])
    .filter(
      (x) =>
        x.step.startsWith('step.') &&
        (['done', 'fixed', 'did not help', 'partly'].includes(x.result) || x.result.startsWith('measured ')),
    )
    .map((x) => x.step);
}

export function actionsDone(state: { tried: { step: string; result: string }[] } | null): string[] {
  return (state?.tried ?? [])
    .filter((x) => !x.step.includes('.') && ['done', 'fixed', 'did not help'].includes(x.result))
    .map((x) => x.step);
}
