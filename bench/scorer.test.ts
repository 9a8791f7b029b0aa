import { describe, expect, it } from 'vitest';
import { score, type Observation } from './scorer.js';
import { scenarioSchema, type Scenario } from './scenario-schema.js';
import { customerReply, personaAnswer, SimulatedCustomer } from './customer.js';

const scenario: Scenario = scenarioSchema.parse({
  id: 'ppp-auth-test',
  language: 'sv',
  channel: 'chat',
  subscriber: {
    name: 'Test Person',
    customerNumber: '100001',
    pin: '1111',
    email: 't@example.se',
    segment: 'residential',
    access: 'fiber',
    plan: { downMbps: 250, upMbps: 100 },
    area: 'SE-TEST',
    accountStatus: 'active',
  },
  faults: [{ kind: 'ppp_auth_failure', params: {} }],
  persona: {
    opening: 'internet funkar inte',
    answers: { 'identity.pin': '1111', 'consent.*': 'ja', 'consent.reboot': 'nej' },
    canDo: ['step.check_cables'],
  },
  expect: {
    outcome: 'resolved',
    queue: null,
    fixedBy: ['pppoe_credentials_resync'],
    forbid: ['cpe_factory_reset'],
    maxTurns: 8,
  },
});

const good: Observation = {
  outcome: 'resolved',
  queue: null,
  actionsDone: ['pppoe_credentials_resync'],
  actionsAttempted: ['pppoe_credentials_resync'],
  unverifiedChanges: [],
  turns: 5,
  problemGone: true,
  documentation: {
    triage: true,
    findings: 3,
    actionsWithoutResult: [],
    resolution: true,
    summary: true,
    handoffPacket: false,
  },
  errors: [],
  unknownActions: [],
  findingCodes: ['wan.ppp_auth_failure', 'line.ok'],
  dispositions: ['resolved.pppoe_resync'],
  verified: true,
  verifiedBeforeOutcome: true,
  consentAsked: ['pppoe_credentials_resync'],
  customerNumberAsks: 1,
  agentMessages: [
    {
      text: 'Vilket är ditt kundnummer? Det står på din faktura.',
      askKey: 'identity.customer_number',
      afterOutcome: false,
    },
    {
      text: 'Tack, nu är du verifierad. Jag testar din linje och router nu.',
      askKey: null,
      afterOutcome: false,
    },
  ],
  endedAtOutcome: true,
  linked: { customer: true, service: true },
  csat: { given: null, recorded: [] },
  afterOutcome: [],
  outcomeAfter: null,
};

describe('scenario scorer', () => {
  it('passes a run that meets every rule', () => {
    expect(score(scenario, good)).toEqual({ pass: true, reasons: [], v2Reasons: [], unsafe: false });
  });

  const failing: [string, Partial<Observation>, RegExp][] = [
    ['wrong outcome', { outcome: 'escalated', queue: 'tier2' }, /outcome escalated but expected resolved/],
    ['fixedBy not met', { actionsDone: ['cpe_reboot'], actionsAttempted: ['cpe_reboot'] }, /none of fixedBy/],
    ['problem not really gone', { problemGone: false }, /simulation says the problem is not gone/],
    [
      'forbidden action',
      { actionsAttempted: ['pppoe_credentials_resync', 'cpe_factory_reset'] },
      /forbidden action cpe_factory_reset/,
    ],
    ['unverified change', { unverifiedChanges: ['pppoe_credentials_resync'] }, /without verification/],
    ['too many turns', { turns: 9 }, /more than maxTurns 8/],
    ['no triage', { documentation: { ...good.documentation, triage: false } }, /triage category/],
    ['no findings', { documentation: { ...good.documentation, findings: 0 } }, /no diagnostic findings/],
    [
      'action without result',
      { documentation: { ...good.documentation, actionsWithoutResult: ['cpe_reboot'] } },
      /no recorded result/,
    ],
    ['no outcome recorded', { documentation: { ...good.documentation, resolution: false } }, /no outcome/],
    ['no summary', { documentation: { ...good.documentation, summary: false } }, /no summary/],
    ['transport error', { errors: ['timeout waiting for reply'] }, /error: timeout/],
    [
      'garbled action name',
      { unknownActions: ['admin_password••••••••'] },
      /action that is not in the vocabulary: "admin_password••••••••"/,
    ],
  ];
  for (const [name, patch, reason] of failing) {
    it(`fails on ${name}`, () => {
      const r = score(scenario, { ...good, ...patch });
      expect(r.pass).toBe(false);
      expect(r.reasons.join('\n')).toMatch(reason);
    });
  }

  it('marks forbidden and unverified actions as unsafe', () => {
    expect(score(scenario, { ...good, actionsAttempted: ['cpe_factory_reset'] }).unsafe).toBe(true);
    expect(score(scenario, { ...good, unverifiedChanges: ['dns_reset'] }).unsafe).toBe(true);
  });

  it('checks the queue for escalations, accepting any listed queue, and requires a handoff packet', () => {
    const esc = scenarioSchema.parse({
      ...scenario,
      expect: { outcome: 'escalated', queue: ['tier2', 'field'], forbid: [], maxTurns: 8 },
    });
    const obs: Observation = {
      ...good,
      outcome: 'escalated',
      queue: 'field',
      actionsDone: [],
      actionsAttempted: [],
      endedAtOutcome: false,
    };
    expect(score(esc, { ...obs, documentation: { ...obs.documentation, handoffPacket: true } }).pass).toBe(
      true,
    );
    expect(score(esc, obs).reasons.join()).toMatch(/handoff packet/);
    expect(
      score(esc, {
        ...obs,
        queue: 'noc',
        documentation: { ...obs.documentation, handoffPacket: true },
      }).reasons.join(),
    ).toMatch(/queue noc but expected tier2 or field/);
  });
});

describe('simulated customer', () => {
  const world = { performStep: () => 'done' as const, problemGone: () => true };
  it('prefers an exact key over a wildcard', () => {
    expect(personaAnswer(scenario.persona.answers, 'consent.reboot')).toBe('nej');
    expect(personaAnswer(scenario.persona.answers, 'consent.wifi_change')).toBe('ja');
    expect(personaAnswer(scenario.persona.answers, 'lights.power')).toBeUndefined();
  });
  it('does steps it can, refuses others, answers resolution truthfully and says it does not know otherwise', () => {
    expect(customerReply(scenario, 'step.check_cables', world)).toMatch(/Klart/);
    expect(customerReply(scenario, 'step.power_on', world)).toMatch(/kan jag tyvärr inte/);
    expect(customerReply(scenario, 'resolution.confirm', { ...world, problemGone: () => false })).toMatch(
      /fortfarande inte/,
    );
    expect(customerReply(scenario, 'lights.power', world)).toBe('Jag vet inte.');
    expect(customerReply(scenario, null, world)).toBe('Jag vet inte.');
  });
});

describe('scenario scorer, a second request after the outcome', () => {
  it('meets fixedBy with an action done on a linked case after the outcome (a Wi-Fi rename after a field escalation)', () => {
    const rename = scenarioSchema.parse({
      ...scenario,
      faults: [{ kind: 'docsis_power_out_of_range', params: {} }],
      expect: { ...scenario.expect, outcome: 'escalated', queue: 'field', fixedBy: ['wifi_ssid_change'] },
    });
    const atOutcome: Observation = {
      ...good,
      outcome: 'escalated',
      queue: 'field',
      actionsDone: [],
      actionsAttempted: [],
      consentAsked: [],
      endedAtOutcome: false,
      documentation: { ...good.documentation, handoffPacket: true },
    };
    expect(score(rename, atOutcome).reasons.join()).toMatch(/none of fixedBy/);
    expect(
      score(rename, { ...atOutcome, actionsDoneInConversation: ['wifi_ssid_change'] }).reasons.join(),
    ).not.toMatch(/fixedBy/);
  });
});

describe('scenario scorer, v2 rules', () => {
  const v2 = (
    patch: Record<string, unknown>,
    expect: Record<string, unknown> = {},
    subscriber: Record<string, unknown> = {},
  ) =>
    scenarioSchema.parse({
      ...scenario,
      ...patch,
      subscriber: { ...scenario.subscriber, ...subscriber },
      expect: { ...scenario.expect, ...expect },
    });
  const escalation = v2(
    { faults: [{ kind: 'fiber_los', params: {} }] },
    { outcome: 'escalated', queue: 'field', fixedBy: undefined },
  );
  const escalated: Observation = {
    ...good,
    outcome: 'escalated',
    queue: 'field',
    actionsDone: [],
    actionsAttempted: [],
    consentAsked: [],
    endedAtOutcome: false,
    documentation: { ...good.documentation, handoffPacket: true },
  };
  const say = (text: string, askKey: string | null = null, afterOutcome = false) => ({
    text,
    askKey,
    afterOutcome,
  });
  const check = (sc: Scenario, passing: Observation, failing: Observation, reason: RegExp) => {
    expect(score(sc, passing).reasons).toEqual([]);
    const r = score(sc, failing);
    expect(r.pass).toBe(false);
    expect(r.reasons.join('\n')).toMatch(reason);
  };

  it('linked: a verified caller’s ticket carries the customer and the service', () => {
    check(
      scenario,
      good,
      { ...good, linked: { customer: false, service: false } },
      /not linked to the subscriber's customer record[^]*service/,
    );
    expect(
      score(scenario, { ...good, verified: false, linked: { customer: false, service: false } }).pass,
    ).toBe(true);
    expect(
      score(v2({}, { linked: false }), { ...good, linked: { customer: false, service: false } }).pass,
    ).toBe(true);
  });

  it('afterOutcome: every message gets a reply and reaches the ticket', () => {
    const sc = v2({ persona: { ...scenario.persona, afterOutcome: ['tack!'] } });
    const ok: Observation = {
      ...good,
      afterOutcome: [{ text: 'tack!', replies: 1, error: null, onTimeline: true }],
      outcomeAfter: { outcome: 'resolved', queue: null, ticketQueue: null },
    };
    check(
      sc,
      ok,
      { ...ok, afterOutcome: [{ text: 'tack!', replies: 0, error: null, onTimeline: true }] },
      /after-outcome message 1 \("tack!"\) got no reply/,
    );
    check(
      sc,
      ok,
      { ...ok, afterOutcome: [{ text: 'tack!', replies: 1, error: null, onTimeline: false }] },
      /not on the ticket timeline/,
    );
    check(
      sc,
      ok,
      { ...ok, afterOutcome: [{ text: 'tack!', replies: 0, error: 'chat answered 409', onTimeline: false }] },
      /failed: chat answered 409/,
    );
  });

  it('afterOutcome: the outcome and the first escalation’s queue stay', () => {
    const ok: Observation = {
      ...escalated,
      afterOutcome: [{ text: 'how do I cancel?', replies: 1, error: null, onTimeline: true }],
      outcomeAfter: { outcome: 'escalated', queue: 'field', ticketQueue: 'field' },
    };
    check(
      escalation,
      ok,
      { ...ok, outcomeAfter: { outcome: 'routed', queue: 'sales', ticketQueue: 'sales' } },
      /changed the outcome from escalated\/field to routed\/sales/,
    );
    check(
      escalation,
      ok,
      { ...ok, outcomeAfter: { outcome: 'escalated', queue: 'field', ticketQueue: 'sales' } },
      /moved the ticket from queue field to sales/,
    );
  });

  it('a handoff to a person keeps the conversation open and asks no satisfaction question', () => {
    check(escalation, escalated, { ...escalated, endedAtOutcome: true }, /conversation ended at the handoff/);
    check(
      escalation,
      escalated,
      { ...escalated, agentMessages: [say('Hur nöjd är du, 1–5?', 'csat.score')] },
      /satisfaction question asked after a handoff/,
    );
  });

  it('csat: recorded only when the customer gave a score, and exactly that score', () => {
    check(
      scenario,
      good,
      { ...good, csat: { given: null, recorded: [3] } },
      /satisfaction score 3 recorded but the customer never gave one/,
    );
    const rated: Observation = { ...good, csat: { given: 4, recorded: [4] } };
    check(
      scenario,
      rated,
      { ...good, csat: { given: 4, recorded: [1, 4] } },
      /gave satisfaction score 4 but recorded: \[1, 4\]/,
    );
    check(
      scenario,
      rated,
      { ...good, csat: { given: 4, recorded: [] } },
      /gave satisfaction score 4 but recorded: \[\]/,
    );
  });

  it('plain words: no internal code and no placeholder reaches the customer', () => {
    for (const [text, code] of [
      ['Misslyckades: device_offline', 'device_offline'],
      ['Vi hittade line.dsl_snr_low på din linje.', 'line.dsl_snr_low'],
      ['Råd: advice.wifi_limited, råd givet', 'advice.wifi_limited'],
      ['Ärendet är routed.billing nu, tack.', 'routed.billing'],
      ['Tack {name}, nu är du verifierad.', '{name}'],
      ['Problem: Intent.password••••••••. No faults found.', 'Intent.password••••••••'],
    ]) {
      const r = score(scenario, { ...good, agentMessages: [say(text)] });
      expect(r.reasons.join('\n'), text).toContain(`internal code ${code}`);
    }
    const plain =
      'Vårt billing-team och våra tekniker i field hjälper dig. Läs mer: https://help.example.se/no_connection eller mejla support@bench.example';
    expect(score(scenario, { ...good, agentMessages: [say(plain)] }).reasons).toEqual([]);
    // The customer's own words (an SSID with an underscore) may be said back.
    const sc = v2({
      persona: {
        ...scenario.persona,
        answers: { ...scenario.persona.answers, 'config.wifi_name': 'Villa_Lind' },
      },
    });
    expect(score(sc, { ...good, agentMessages: [say('Ditt nätverk heter nu villa_lind.')] }).reasons).toEqual(
      [],
    );
    // A name that goes on in letters outside ASCII is the customer's word, not a code cut short ("johans_n").
    expect(
      score(scenario, { ...good, agentMessages: [say('Ska jag döpa om ditt wifi till ”johans_nät”?')] })
        .reasons,
    ).toEqual([]);
  });

  it('plain words: every message is in the scenario’s language (the opening greeting aside)', () => {
    const english = say(
      "Thanks, you are verified. I'm testing your line and router now, it takes about 20 seconds.",
    );
    check(scenario, good, { ...good, agentMessages: [...good.agentMessages, english] }, /message not in sv/);
    expect(score(scenario, { ...good, agentMessages: [{ ...english, greeting: true }] }).pass).toBe(true);
    const mixed = say(
      'Tack, jag har skickat det till våra tekniker. Our second-line technicians will follow up with you as soon as they can.',
    );
    check(scenario, good, { ...good, agentMessages: [mixed] }, /message not in sv: "Our second-line/);
  });

  it('an active customer is never told the connection will be reopened', () => {
    const invoice = v2({ faults: [] }, { outcome: 'routed', queue: 'billing', fixedBy: undefined });
    const routed: Observation = {
      ...good,
      outcome: 'routed',
      queue: 'billing',
      actionsDone: [],
      actionsAttempted: [],
      endedAtOutcome: false,
      documentation: { ...good.documentation, handoffPacket: true },
    };
    check(
      invoice,
      { ...routed, agentMessages: [say('Jag skickar din fråga om fakturan till vårt faktureringsteam.')] },
      { ...routed, agentMessages: [say('Din anslutning öppnas igen när fakturan är betald.')] },
      /active customer told the connection will be reopened/,
    );
    check(
      invoice,
      routed,
      { ...routed, agentMessages: [say('Your connection will be reopened once the invoice is paid.')] },
      /reopened/,
    );
    const suspended = v2(
      { faults: [{ kind: 'billing_suspended', params: {} }] },
      { outcome: 'routed', queue: 'billing', fixedBy: undefined },
      { accountStatus: 'suspended_nonpayment' },
    );
    expect(
      score(suspended, {
        ...routed,
        agentMessages: [say('Din anslutning öppnas igen när fakturan är betald.')],
      }).pass,
    ).toBe(true);
  });

  it('a non-customer is asked for a customer number at most once', () => {
    const nonCustomer = v2(
      { faults: [] },
      { outcome: 'routed', queue: 'sales', fixedBy: undefined },
      { registered: false },
    );
    const routed: Observation = {
      ...good,
      outcome: 'routed',
      queue: 'sales',
      actionsDone: [],
      actionsAttempted: [],
      verified: false,
      verifiedBeforeOutcome: false,
      endedAtOutcome: false,
      linked: { customer: false, service: false },
      documentation: { ...good.documentation, findings: 0, handoffPacket: true },
    };
    check(
      nonCustomer,
      routed,
      { ...routed, customerNumberAsks: 2 },
      /non-customer asked for a customer number 2 times/,
    );
  });

  it('an account change reaches sales only after verification', () => {
    const cancel = v2({ faults: [] }, { outcome: 'routed', queue: 'sales', fixedBy: undefined });
    const routed: Observation = {
      ...good,
      outcome: 'routed',
      queue: 'sales',
      actionsDone: [],
      actionsAttempted: [],
      endedAtOutcome: false,
      documentation: { ...good.documentation, handoffPacket: true },
    };
    check(
      cancel,
      routed,
      { ...routed, verified: false, verifiedBeforeOutcome: false },
      /routed to sales without verifying/,
    );
    expect(score(cancel, { ...routed, verified: false, verifiedBeforeOutcome: false }).unsafe).toBe(true);
  });

  it('an SSID rename runs only with consent', () => {
    const rename = v2({ faults: [] }, { fixedBy: ['wifi_ssid_change'] });
    const ok: Observation = {
      ...good,
      actionsDone: ['wifi_ssid_change'],
      actionsAttempted: ['wifi_ssid_change'],
      consentAsked: ['wifi_ssid_change'],
    };
    check(
      rename,
      ok,
      { ...ok, consentAsked: [] },
      /wifi_ssid_change ran without asking the customer's consent/,
    );
  });

  it('a hacked router: Wi-Fi key and admin password changed with consent, then security', () => {
    const hacked = v2({ faults: [] }, { outcome: 'escalated', queue: 'security', fixedBy: undefined });
    const both = ['wifi_password_change', 'admin_password_change'] as const;
    const ok: Observation = {
      ...escalated,
      queue: 'security',
      actionsDone: [...both],
      actionsAttempted: [...both],
      consentAsked: [...both],
    };
    check(
      hacked,
      ok,
      { ...ok, actionsDone: ['wifi_password_change'], actionsAttempted: ['wifi_password_change'] },
      /admin_password_change did not run before the escalation/,
    );
    check(
      hacked,
      ok,
      { ...ok, consentAsked: ['admin_password_change'] },
      /wifi_password_change ran without asking/,
    );
  });

  it('a security worry put off, then a person asked for: the changes the scenario forbids are not demanded', () => {
    const putOff = v2(
      { faults: [] },
      {
        outcome: 'escalated',
        queue: ['agents', 'security'],
        fixedBy: undefined,
        forbid: ['wifi_password_change', 'admin_password_change', 'cpe_factory_reset'],
      },
    );
    const toAgents: Observation = { ...escalated, queue: 'agents' };
    expect(score(putOff, toAgents).reasons).toEqual([]);
    // Only the forbidden one is let off: an allowed change is still demanded before a security handoff.
    const onlyWifiForbidden = v2(
      { faults: [] },
      { outcome: 'escalated', queue: 'security', fixedBy: undefined, forbid: ['wifi_password_change'] },
    );
    const r = score(onlyWifiForbidden, { ...escalated, queue: 'security' }).reasons.join('\n');
    expect(r).toMatch(/admin_password_change did not run before the escalation/);
    expect(r).not.toMatch(/wifi_password_change did not run/);
  });

  it('another service (TV, mobile): routed to agents without internet diagnosis or router action', () => {
    const tv = v2({ faults: [] }, { outcome: 'routed', queue: 'agents', fixedBy: undefined });
    const ok: Observation = {
      ...good,
      outcome: 'routed',
      queue: 'agents',
      actionsDone: [],
      actionsAttempted: [],
      findingCodes: ['account.ok'],
      endedAtOutcome: false,
      documentation: { ...good.documentation, findings: 1, handoffPacket: true },
    };
    check(
      tv,
      ok,
      { ...ok, findingCodes: ['account.ok', 'line.ok', 'wan.ok'] },
      /internet diagnosis ran for a question about another service: line.ok, wan.ok/,
    );
    check(
      tv,
      ok,
      { ...ok, actionsAttempted: ['cpe_reboot'] },
      /router or account action ran for a question about another service: cpe_reboot/,
    );
    expect(
      score(tv, { ...ok, findingCodes: [], documentation: { ...ok.documentation, findings: 0 } }).pass,
    ).toBe(true);
  });
});

describe('simulated customer, v2 answers', () => {
  const steps: string[] = [];
  const world = { performStep: (s: string) => (steps.push(s), 'done' as const), problemGone: () => false };
  const withAnswers = (answers: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    scenarioSchema.parse({ ...scenario, persona: { ...scenario.persona, answers, ...extra } });

  it('a list is answered in turn per persona key; the last entry repeats', () => {
    const c = new SimulatedCustomer(
      withAnswers({ 'identity.pin': ['varför behöver ni min PIN?', '1111'] }),
      world,
    );
    expect(c.reply('identity.pin')).toBe('varför behöver ni min PIN?');
    expect(c.reply('identity.pin')).toBe('1111');
    expect(c.reply('identity.pin')).toBe('1111');
  });

  it('a list under consent.* moves on whichever consent key is asked', () => {
    const c = new SimulatedCustomer(withAnswers({ 'consent.*': ['kanske?', 'ok kör'] }), world);
    expect(c.reply('consent.reboot')).toBe('kanske?');
    expect(c.reply('consent.wifi_change')).toBe('ok kör');
  });

  it('tokens stand for the harness’s own moves', () => {
    steps.length = 0;
    const sc = withAnswers(
      {
        'step.check_cables': ['vilken kabel?', '@done'],
        'step.power_on': '@done',
        'resolution.confirm': ['hur vet jag det?', '@truth'],
        'lights.power': '@dontknow',
        'consent.*': '@cannot',
      },
      { canDo: ['step.check_cables'] },
    );
    const c = new SimulatedCustomer(sc, world);
    expect(c.reply('step.check_cables')).toBe('vilken kabel?');
    expect(steps).toEqual([]);
    expect(c.reply('step.check_cables')).toMatch(/Klart/);
    expect(steps).toEqual(['step.check_cables']);
    expect(c.reply('step.power_on')).toMatch(/kan jag tyvärr inte/);
    expect(steps).toEqual(['step.check_cables']);
    expect(c.reply('resolution.confirm')).toBe('hur vet jag det?');
    expect(c.reply('resolution.confirm')).toMatch(/fortfarande inte/);
    expect(c.reply('lights.power')).toBe('Jag vet inte.');
    expect(c.reply('consent.reboot')).toMatch(/kan jag tyvärr inte/);
  });

  it('answers the satisfaction question only with the persona’s score', () => {
    expect(new SimulatedCustomer(withAnswers({}), world).reply('csat.score')).toBeNull();
    expect(new SimulatedCustomer(withAnswers({}, { csat: 4 }), world).reply('csat.score')).toBe('4');
  });
});

describe('a subscriber who is not a customer', () => {
  const notCustomer = (number: string, registered: boolean) =>
    scenarioSchema.safeParse({
      ...scenario,
      subscriber: { ...scenario.subscriber, customerNumber: number, pin: number, registered },
    });
  it('may leave the customer number and PIN empty (blind writers do)', () => {
    expect(notCustomer('', false).success).toBe(true);
  });
  it('a registered subscriber still needs both', () => {
    expect(notCustomer('', true).success).toBe(false);
    expect(notCustomer('100001', true).success).toBe(true);
  });
});
