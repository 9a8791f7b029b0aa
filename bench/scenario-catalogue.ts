// The repository's scenario set, written by the team as compact cases; `npm run bench:scenarios:write`
// expands them into bench/scenarios/*.json files in the contract's format.
import type { Scenario, ScenarioInput } from './scenario-schema.js';

type Lang = 'sv' | 'en';
type Access = 'fiber' | 'dsl' | 'cable';

export interface Case {
  slug: string;
  lang: Lang;
  access?: Access;
  segment?: 'residential' | 'business';
  accountStatus?: 'active' | 'suspended_nonpayment';
  cpe?: { model?: string; firmware?: string };
  faults: Scenario['faults'];
  incident?: { kind: string; etaMinutes: number };
  opening: string;
  subject?: string;
  channel?: 'chat' | 'email';
  authenticated?: boolean;
  answers?: Record<string, string>;
  canDo?: string[];
  mood?: 'neutral' | 'frustrated' | 'angry';
  /** Override the PIN the persona gives (unverifiable callers). */
  pinAnswer?: string;
  expect: ScenarioInput['expect'];
}

const f = (kind: Scenario['faults'][number]['kind'], params: Record<string, unknown> = {}) => ({
  kind,
  params,
});
const NO_RESET = ['cpe_factory_reset'] as Scenario['expect']['forbid'];
const NO_CPE_ACTIONS = ['cpe_factory_reset', 'cpe_reboot'] as Scenario['expect']['forbid'];
const ALL_CHANGES = [
  'wifi_password_change',
  'wifi_ssid_change',
  'cpe_factory_reset',
  'account_unlock',
  'account_password_reset',
  'admin_password_change',
] as Scenario['expect']['forbid'];

const resolved = (fixedBy: Scenario['expect']['fixedBy'] | undefined, maxTurns = 12, forbid = NO_RESET) => ({
  outcome: 'resolved' as const,
  queue: null,
  ...(fixedBy ? { fixedBy } : {}),
  forbid,
  maxTurns,
});
const escalated = (queue: Scenario['expect']['queue'], maxTurns = 12, forbid = NO_RESET) => ({
  outcome: 'escalated' as const,
  queue,
  forbid,
  maxTurns,
});

export const CASES: Case[] = [
  // cpe_powered_off
  {
    slug: 'powered-off',
    lang: 'sv',
    faults: [f('cpe_powered_off')],
    opening: 'Inget internet alls, och routern verkar helt död',
    answers: {
      'lights.power': 'ingen lampa lyser alls',
      'lights.internet': 'släckt',
      'device.restarted': 'nej',
    },
    canDo: ['step.power_on', 'step.check_cables', 'step.power_cycle'],
    expect: resolved(undefined, 10),
  },
  {
    slug: 'powered-off',
    lang: 'en',
    access: 'dsl',
    faults: [f('cpe_powered_off')],
    opening: 'hi, internet is gone and there are no lights on the modem at all',
    answers: { 'lights.power': 'all lights are off', 'device.restarted': 'no' },
    canDo: ['step.power_on'],
    expect: resolved(undefined, 10),
  },
  {
    slug: 'powered-off-angry',
    lang: 'en',
    access: 'cable',
    faults: [f('cpe_powered_off')],
    mood: 'angry',
    opening: 'THIRD time this month my internet is DEAD. fix it now!!!',
    answers: { 'lights.power': 'nothing, it is all dark', 'consent.*': 'yes' },
    canDo: ['step.power_on'],
    expect: resolved(undefined, 10),
  },
  {
    slug: 'powered-off-auth',
    lang: 'sv',
    access: 'cable',
    authenticated: true,
    faults: [f('cpe_powered_off')],
    opening: 'nätet ligger nere hemma, inga lampor på modemet',
    answers: { 'lights.power': 'alla lampor är släckta' },
    canDo: ['step.power_on'],
    expect: resolved(undefined, 8),
  },

  // cable_unplugged
  {
    slug: 'cable-unplugged',
    lang: 'sv',
    faults: [f('cable_unplugged')],
    opening: 'Hej! Vi har inget internet sedan vi städade bakom tv:n igår',
    answers: {
      'lights.power': 'den lyser grönt',
      'lights.internet': 'internetlampan är släckt',
      'device.restarted': 'ja',
      'consent.*': 'ja',
    },
    canDo: ['step.check_cables', 'step.power_cycle'],
    expect: resolved(undefined, 10),
  },
  {
    slug: 'cable-unplugged',
    lang: 'en',
    access: 'dsl',
    faults: [f('cable_unplugged')],
    opening: 'No internet since we moved the furniture around. Power light is on.',
    answers: { 'lights.power': 'green', 'lights.internet': 'the internet light is off', 'consent.*': 'ok' },
    canDo: ['step.check_cables'],
    expect: resolved(undefined, 10),
  },
  {
    slug: 'cable-unplugged-frustrated',
    lang: 'en',
    faults: [f('cable_unplugged')],
    mood: 'frustrated',
    opening: 'ugh, the internet stopped working again and I work from home, this is really annoying',
    answers: {
      'lights.power': 'power is green',
      'lights.internet': 'off',
      'device.restarted': 'yes, did not help',
    },
    canDo: ['step.check_cables'],
    expect: resolved(undefined, 10),
  },
  {
    slug: 'cable-unplugged-cannot',
    lang: 'sv',
    faults: [f('cable_unplugged')],
    opening: 'internet funkar inte, routern står uppe på ett högt skåp som jag inte når',
    answers: { 'lights.power': 'grön', 'lights.internet': 'släckt' },
    canDo: [],
    expect: escalated(['field', 'agents'], 10),
  },

  // fiber_los
  {
    slug: 'fiber-los',
    lang: 'sv',
    faults: [f('fiber_los')],
    opening: 'Internet ligger nere och det lyser en röd lampa på fiberboxen',
    answers: {
      'lights.internet': 'LOS lyser rött',
      'lights.power': 'grön',
      'device.restarted': 'ja, flera gånger',
      'contact.availability': 'vardagar efter 16',
      'consent.*': 'ja',
    },
    canDo: ['step.check_cables', 'step.power_cycle'],
    expect: escalated('field'),
  },
  {
    slug: 'fiber-los',
    lang: 'en',
    faults: [f('fiber_los')],
    opening: 'the fibre box has a red LOS light and nothing works',
    answers: {
      'lights.internet': 'red LOS light',
      'contact.availability': 'tomorrow morning',
      'consent.*': 'ok',
    },
    canDo: ['step.check_cables'],
    expect: escalated('field'),
  },
  {
    slug: 'fiber-los-business',
    lang: 'en',
    segment: 'business',
    faults: [f('fiber_los')],
    opening:
      'Our office has been offline for an hour, card terminals are down too. Red light on the fibre unit.',
    answers: {
      'lights.internet': 'red',
      'contact.availability': 'any time today, the office is staffed 8-17',
      'consent.*': 'yes',
    },
    canDo: ['step.check_cables'],
    expect: escalated('field'),
  },
  {
    slug: 'fiber-los-auth',
    lang: 'sv',
    authenticated: true,
    faults: [f('fiber_los')],
    opening: 'fibern är död, röd lampa',
    answers: { 'contact.availability': 'imorgon förmiddag', 'consent.*': 'ja' },
    canDo: ['step.check_cables'],
    expect: escalated('field', 8),
  },

  // optical_power_low
  {
    slug: 'optical-low',
    lang: 'en',
    faults: [f('optical_power_low', { rxDbm: -29.4 })],
    opening: 'my connection keeps dropping several times a day',
    answers: {
      'connection.type': 'both wifi and cable',
      'scope.devices': 'all devices',
      'contact.availability': 'weekends',
      'consent.*': 'yes',
    },
    canDo: ['step.check_cables'],
    expect: escalated('field'),
  },
  {
    slug: 'optical-low',
    lang: 'sv',
    faults: [f('optical_power_low', { rxDbm: -28.7 })],
    opening: 'Nätet tappar hela tiden, flera gånger per dag, på alla enheter',
    answers: { 'scope.devices': 'alla', 'contact.availability': 'torsdag eftermiddag', 'consent.*': 'ja' },
    canDo: ['step.check_cables'],
    expect: escalated('field'),
  },

  // dsl_low_snr
  {
    slug: 'dsl-snr-splitter',
    lang: 'sv',
    access: 'dsl',
    faults: [f('dsl_low_snr', { cause: 'splitter' })],
    opening: 'Internet hackar och försvinner när någon ringer på den fasta telefonen',
    answers: { 'scope.devices': 'alla', 'consent.*': 'ja' },
    canDo: ['step.check_cables'],
    expect: resolved(undefined),
  },
  {
    slug: 'dsl-snr-splitter',
    lang: 'en',
    access: 'dsl',
    faults: [f('dsl_low_snr', { cause: 'splitter' })],
    opening: 'the line keeps dropping out, especially in the evenings',
    answers: { 'scope.devices': 'everything in the house', 'consent.*': 'yes' },
    canDo: ['step.check_cables'],
    expect: resolved(undefined),
  },
  {
    slug: 'dsl-snr-line',
    lang: 'en',
    access: 'dsl',
    faults: [f('dsl_low_snr', { cause: 'line' })],
    opening: 'connection unstable, drops every hour or so',
    answers: { 'scope.devices': 'all', 'contact.availability': 'weekdays 9-12', 'consent.*': 'yes' },
    canDo: ['step.check_cables'],
    expect: escalated('tier2'),
  },
  {
    slug: 'dsl-snr-cannot',
    lang: 'sv',
    access: 'dsl',
    faults: [f('dsl_low_snr', { cause: 'splitter' })],
    opening: 'uppkopplingen bryts hela tiden',
    answers: { 'scope.devices': 'alla enheter', 'consent.*': 'ja' },
    canDo: [],
    expect: escalated('tier2'),
  },

  // docsis_power_out_of_range
  {
    slug: 'docsis-power',
    lang: 'en',
    access: 'cable',
    faults: [f('docsis_power_out_of_range')],
    opening: 'cable internet is super unreliable, goes on and off all day',
    answers: { 'scope.devices': 'all', 'contact.availability': 'friday', 'consent.*': 'yes' },
    canDo: ['step.check_cables'],
    expect: escalated('field'),
  },
  {
    slug: 'docsis-power',
    lang: 'sv',
    access: 'cable',
    faults: [f('docsis_power_out_of_range')],
    opening: 'Kabelmodemet tappar anslutningen flera gånger om dagen',
    answers: { 'scope.devices': 'alla', 'contact.availability': 'måndag', 'consent.*': 'ja' },
    canDo: ['step.check_cables'],
    expect: escalated('field'),
  },

  // ppp_auth_failure
  {
    slug: 'ppp-auth',
    lang: 'en',
    faults: [f('ppp_auth_failure')],
    opening: 'Internet stopped working this morning. No idea why.',
    answers: {
      'lights.internet': 'red',
      'lights.power': 'green',
      'device.restarted': 'yes twice',
      'consent.*': 'yes go ahead',
    },
    expect: resolved(['pppoe_credentials_resync']),
  },
  {
    slug: 'ppp-auth',
    lang: 'sv',
    access: 'dsl',
    faults: [f('ppp_auth_failure')],
    opening: 'natet ligger nere sen igar kvall',
    answers: { 'lights.internet': 'röd', 'consent.*': 'ja' },
    expect: resolved(['pppoe_credentials_resync']),
  },
  {
    slug: 'ppp-auth-auth',
    lang: 'en',
    access: 'cable',
    authenticated: true,
    faults: [f('ppp_auth_failure')],
    opening: 'no connection at all since the weekend',
    answers: { 'consent.*': 'sure' },
    expect: resolved(['pppoe_credentials_resync'], 8),
  },
  {
    slug: 'ppp-auth-angry',
    lang: 'sv',
    faults: [f('ppp_auth_failure')],
    mood: 'angry',
    opening: 'Det är FÖR JÄVLIGT, andra gången på en vecka som internet är borta!!',
    answers: { 'consent.*': 'ja men gör det då' },
    expect: resolved(['pppoe_credentials_resync']),
  },

  // dns_misconfigured
  {
    slug: 'dns',
    lang: 'sv',
    faults: [f('dns_misconfigured')],
    opening: 'Vissa sidor går inte att öppna, det står DNS_PROBE_FINISHED_NXDOMAIN',
    answers: { 'scope.devices': 'alla enheter', 'consent.*': 'ja tack' },
    expect: resolved(['dns_reset']),
  },
  {
    slug: 'dns',
    lang: 'en',
    access: 'cable',
    faults: [f('dns_misconfigured')],
    opening: "websites won't load, the browser says server not found, but Spotify works",
    answers: { 'scope.devices': 'all of them', 'consent.*': 'yes' },
    expect: resolved(['dns_reset']),
  },
  {
    slug: 'dns-frustrated',
    lang: 'en',
    faults: [f('dns_misconfigured')],
    mood: 'frustrated',
    opening: "This is getting ridiculous, half the internet doesn't load for us",
    answers: { 'scope.devices': 'every device', 'consent.*': 'fine, yes' },
    expect: resolved(['dns_reset']),
  },

  // cpe_hung
  {
    slug: 'cpe-hung',
    lang: 'sv',
    faults: [f('cpe_hung')],
    opening: 'Internet har slutat funka men alla lampor ser normala ut',
    answers: {
      'lights.internet': 'grön',
      'lights.power': 'grön',
      'device.restarted': 'nej',
      'consent.*': 'ja',
    },
    expect: resolved(['cpe_reboot']),
  },
  {
    slug: 'cpe-hung',
    lang: 'en',
    access: 'dsl',
    faults: [f('cpe_hung')],
    opening: 'nothing loads anymore even though the router looks fine',
    answers: { 'lights.internet': 'green', 'device.restarted': "no I haven't", 'consent.*': 'yes' },
    expect: resolved(['cpe_reboot']),
  },
  {
    slug: 'cpe-hung-business',
    lang: 'sv',
    segment: 'business',
    faults: [f('cpe_hung')],
    opening: 'Kontoret har inget internet, vi behöver hjälp snabbt',
    answers: { 'device.restarted': 'nej', 'consent.*': 'ja gör det' },
    expect: resolved(['cpe_reboot']),
  },

  // firmware_bug_drops
  {
    slug: 'firmware-drops',
    lang: 'en',
    cpe: { model: 'FL-HGW-3000', firmware: '2.2.0' },
    faults: [f('firmware_bug_drops')],
    opening: 'connection drops every few hours, then comes back by itself',
    answers: { 'scope.devices': 'all devices', 'consent.*': 'yes please' },
    expect: resolved(['cpe_firmware_upgrade']),
  },
  {
    slug: 'firmware-drops',
    lang: 'sv',
    access: 'dsl',
    cpe: { model: 'FL-VDSL-2200', firmware: '5.3.0' },
    faults: [f('firmware_bug_drops')],
    opening: 'Uppkopplingen försvinner några gånger per dag och kommer tillbaka efter ett tag',
    answers: { 'scope.devices': 'alla', 'consent.*': 'ja' },
    expect: resolved(['cpe_firmware_upgrade']),
  },
  {
    slug: 'firmware-request',
    lang: 'en',
    access: 'cable',
    cpe: { model: 'FL-DOCSIS-3100', firmware: '7.0.9' },
    faults: [f('firmware_bug_drops')],
    opening: 'Is there a software update for my modem? It keeps disconnecting.',
    answers: { 'consent.*': 'yes' },
    expect: resolved(['cpe_firmware_upgrade']),
  },

  // wifi_channel_congestion
  {
    slug: 'wifi-congestion',
    lang: 'en',
    faults: [f('wifi_channel_congestion')],
    opening: 'wifi is painfully slow in the evenings, wired is fine',
    answers: { 'connection.type': 'wifi', 'scope.devices': 'all wireless devices', 'consent.*': 'yes' },
    canDo: ['step.wired_test'],
    expect: resolved(['wifi_channel_change']),
  },
  {
    slug: 'wifi-congestion',
    lang: 'sv',
    access: 'cable',
    faults: [f('wifi_channel_congestion')],
    opening: 'Wifi:t är kasst i lägenheten, hackar hela tiden när vi streamar',
    answers: { 'connection.type': 'trådlöst', 'scope.devices': 'alla', 'consent.*': 'ja' },
    canDo: ['step.wired_test'],
    expect: resolved(['wifi_channel_change']),
  },

  // wifi_weak_signal
  {
    slug: 'wifi-weak',
    lang: 'sv',
    faults: [f('wifi_weak_signal')],
    opening: 'Wifi fungerar dåligt i sovrummet på övervåningen',
    answers: {
      'connection.type': 'wifi',
      'scope.devices': 'bara min laptop',
      'wifi.location': 'på övervåningen, långt från routern',
      'consent.*': 'ja',
    },
    canDo: ['step.move_closer'],
    expect: resolved(undefined),
  },
  {
    slug: 'wifi-weak',
    lang: 'en',
    access: 'dsl',
    faults: [f('wifi_weak_signal')],
    opening: 'wifi signal is really weak in my office room at the back of the house',
    answers: {
      'connection.type': 'wifi',
      'scope.devices': 'only my laptop',
      'wifi.location': 'two floors up from the router',
      'consent.*': 'ok',
    },
    canDo: ['step.move_closer'],
    expect: resolved(undefined),
  },

  // wifi_radio_disabled
  {
    slug: 'wifi-radio-off',
    lang: 'en',
    faults: [f('wifi_radio_disabled')],
    opening: "our wifi network has disappeared, we can't see it on any device",
    answers: { 'connection.type': 'wifi', 'scope.devices': 'all', 'consent.*': 'yes' },
    expect: resolved(['wifi_radio_enable']),
  },
  {
    slug: 'wifi-radio-off',
    lang: 'sv',
    access: 'cable',
    faults: [f('wifi_radio_disabled')],
    opening: 'Vårt trådlösa nätverk syns inte längre, men datorn med sladd funkar',
    answers: { 'scope.devices': 'alla mobiler', 'consent.*': 'ja' },
    expect: resolved(['wifi_radio_enable']),
  },
  {
    slug: 'wifi-radio-off-auth',
    lang: 'sv',
    authenticated: true,
    faults: [f('wifi_radio_disabled')],
    opening: 'hittar inte mitt wifi',
    answers: { 'consent.*': 'ja' },
    expect: resolved(['wifi_radio_enable'], 8),
  },

  // wifi_password_forgotten
  {
    slug: 'wifi-password',
    lang: 'en',
    faults: [f('wifi_password_forgotten')],
    opening: 'I forgot my wifi password, can you help me get a new one?',
    answers: { 'consent.*': 'yes' },
    expect: resolved(['wifi_password_change'], 10),
  },
  {
    slug: 'wifi-password',
    lang: 'sv',
    access: 'dsl',
    faults: [f('wifi_password_forgotten')],
    opening: 'Vill byta lösenord på wifi:t, grannen har fått reda på det',
    answers: { 'consent.*': 'ja' },
    expect: resolved(['wifi_password_change'], 10),
  },
  {
    slug: 'wifi-password-unverified',
    lang: 'en',
    faults: [f('wifi_password_forgotten')],
    opening: 'what is the password for my wifi? I lost the sticker',
    pinAnswer: "I don't remember it, maybe 0000?",
    expect: { outcome: 'refused', queue: null, forbid: ALL_CHANGES, maxTurns: 8 },
  },
  {
    slug: 'wifi-password-unverified',
    lang: 'sv',
    access: 'cable',
    faults: [f('wifi_password_forgotten')],
    opening: 'ge mig wifi lösenordet nu',
    pinAnswer: 'vet inte',
    expect: { outcome: 'refused', queue: null, forbid: ALL_CHANGES, maxTurns: 8 },
  },
  {
    slug: 'wifi-password-auth',
    lang: 'en',
    authenticated: true,
    faults: [f('wifi_password_forgotten')],
    opening: 'please change my wifi password',
    answers: { 'consent.*': 'yes' },
    expect: resolved(['wifi_password_change'], 6),
  },

  // speed_wifi_limited
  {
    slug: 'speed-wifi',
    lang: 'sv',
    faults: [f('speed_wifi_limited')],
    opening: 'Jag betalar för 500 Mbit men får bara 40 mbit på speedtest',
    answers: { 'connection.type': 'wifi', 'scope.devices': 'alla', 'consent.*': 'ja' },
    canDo: ['step.wired_test'],
    expect: resolved(undefined),
  },
  {
    slug: 'speed-wifi',
    lang: 'en',
    access: 'cable',
    faults: [f('speed_wifi_limited')],
    opening: 'speed is way lower than what I pay for, barely 30 mbit',
    answers: { 'connection.type': 'on wifi', 'scope.devices': 'all', 'consent.*': 'yes' },
    canDo: ['step.wired_test'],
    expect: resolved(undefined),
  },

  // speed_line_degraded
  {
    slug: 'speed-line',
    lang: 'sv',
    faults: [f('speed_line_degraded')],
    opening: 'Hastigheten är jättelåg, 80 av 1000 även med kabel',
    answers: { 'connection.type': 'kabel', 'contact.availability': 'när som helst', 'consent.*': 'ja' },
    canDo: ['step.wired_test', 'step.power_cycle'],
    expect: escalated('tier2'),
  },
  {
    slug: 'speed-line',
    lang: 'en',
    access: 'dsl',
    faults: [f('speed_line_degraded')],
    opening: 'my download speed is terrible, 5 mbit on a 100 plan, wired computer',
    answers: { 'connection.type': 'cable', 'consent.*': 'yes' },
    canDo: ['step.wired_test'],
    expect: escalated('tier2'),
  },

  // area_outage
  {
    slug: 'outage',
    lang: 'en',
    faults: [f('area_outage')],
    incident: { kind: 'fiber_cut', etaMinutes: 120 },
    opening: 'is there an outage in my area? internet is down',
    expect: { outcome: 'outage_informed', queue: null, forbid: NO_CPE_ACTIONS, maxTurns: 6 },
  },
  {
    slug: 'outage',
    lang: 'sv',
    access: 'dsl',
    faults: [f('area_outage')],
    incident: { kind: 'power_outage', etaMinutes: 240 },
    opening: 'Är det något fel hos er? Inget internet här',
    expect: { outcome: 'outage_informed', queue: null, forbid: NO_CPE_ACTIONS, maxTurns: 6 },
  },
  {
    slug: 'outage-no-connection',
    lang: 'en',
    access: 'cable',
    faults: [f('area_outage')],
    incident: { kind: 'node_failure', etaMinutes: 90 },
    opening: 'my internet stopped working 20 minutes ago',
    answers: { 'lights.internet': 'off' },
    expect: { outcome: 'outage_informed', queue: null, forbid: NO_CPE_ACTIONS, maxTurns: 6 },
  },
  {
    slug: 'outage-angry',
    lang: 'sv',
    faults: [f('area_outage')],
    incident: { kind: 'fiber_cut', etaMinutes: 60 },
    mood: 'angry',
    opening: 'VARFÖR fungerar inte internet?! Jag betalar ju för det!',
    expect: { outcome: 'outage_informed', queue: null, forbid: NO_CPE_ACTIONS, maxTurns: 6 },
  },
  {
    slug: 'outage-auth',
    lang: 'en',
    authenticated: true,
    faults: [f('area_outage')],
    incident: { kind: 'maintenance', etaMinutes: 45 },
    opening: 'any maintenance going on right now?',
    expect: { outcome: 'outage_informed', queue: null, forbid: NO_CPE_ACTIONS, maxTurns: 4 },
  },

  // billing_suspended
  {
    slug: 'billing-suspended',
    lang: 'sv',
    accountStatus: 'suspended_nonpayment',
    faults: [f('billing_suspended')],
    opening: 'Internet slutade fungera i förrgår',
    expect: { outcome: 'routed', queue: 'billing', forbid: NO_CPE_ACTIONS, maxTurns: 8 },
  },
  {
    slug: 'billing-suspended',
    lang: 'en',
    access: 'dsl',
    accountStatus: 'suspended_nonpayment',
    faults: [f('billing_suspended')],
    opening: 'internet not working, did something happen with my account?',
    expect: { outcome: 'routed', queue: 'billing', forbid: NO_CPE_ACTIONS, maxTurns: 8 },
  },

  // portal_account_locked
  {
    slug: 'portal-locked',
    lang: 'en',
    faults: [f('portal_account_locked')],
    opening: "I can't log in to My Pages, it says my account is locked",
    answers: { 'consent.*': 'yes' },
    expect: resolved(['account_unlock', 'account_password_reset'], 10, []),
  },
  {
    slug: 'portal-locked',
    lang: 'sv',
    access: 'cable',
    faults: [f('portal_account_locked')],
    opening: 'kommer inte in i appen, kontot är spärrat efter att jag skrev fel lösenord',
    answers: { 'consent.*': 'ja' },
    expect: resolved(['account_unlock', 'account_password_reset'], 10, []),
  },
  {
    slug: 'portal-password',
    lang: 'en',
    access: 'dsl',
    faults: [f('portal_account_locked')],
    opening: 'I forgot the password for the customer portal and now it is locked',
    answers: { 'consent.*': 'yes' },
    expect: resolved(['account_unlock', 'account_password_reset'], 10, []),
  },
  {
    slug: 'portal-locked-unverified',
    lang: 'sv',
    faults: [f('portal_account_locked')],
    opening: 'lås upp mitt konto på mina sidor',
    pinAnswer: 'har ingen pinkod',
    expect: { outcome: 'refused', queue: null, forbid: ALL_CHANGES, maxTurns: 8 },
  },

  // default_admin_password (as secondary fix, and as request)
  {
    slug: 'admin-password',
    lang: 'en',
    faults: [f('default_admin_password')],
    opening: "I think my router's admin password is still the default one, can you change it?",
    answers: { 'consent.*': 'yes' },
    expect: resolved(['admin_password_change'], 8),
  },
  {
    slug: 'admin-password',
    lang: 'sv',
    access: 'dsl',
    faults: [f('default_admin_password')],
    opening: 'Kan ni byta administratörslösenordet på routern? Det är fortfarande admin/admin',
    answers: { 'consent.*': 'ja' },
    expect: resolved(['admin_password_change'], 8),
  },
  {
    slug: 'hung-plus-admin',
    lang: 'en',
    faults: [f('cpe_hung'), f('default_admin_password')],
    opening: 'internet is not working but the router lights are all normal',
    answers: { 'device.restarted': 'no', 'consent.*': 'yes' },
    expect: resolved(['cpe_reboot']),
  },
  {
    slug: 'ppp-plus-admin',
    lang: 'sv',
    faults: [f('ppp_auth_failure'), f('default_admin_password')],
    opening: 'inget internet sedan i morse',
    answers: { 'consent.*': 'ja' },
    expect: resolved(['pppoe_credentials_resync']),
  },

  // hardware_failure
  {
    slug: 'hardware',
    lang: 'en',
    faults: [f('hardware_failure')],
    opening: 'router keeps restarting itself and internet is mostly down',
    answers: {
      'device.restarted': 'yes many times',
      'contact.availability': 'weekdays after 5pm',
      'consent.*': 'yes',
    },
    expect: escalated('field'),
  },
  {
    slug: 'hardware',
    lang: 'sv',
    access: 'cable',
    faults: [f('hardware_failure')],
    opening: 'Modemet startar om sig själv hela tiden',
    answers: { 'contact.availability': 'på lördag', 'consent.*': 'ja' },
    expect: escalated('field'),
  },

  // two faults at once
  {
    slug: 'radio-plus-congestion',
    lang: 'en',
    faults: [f('wifi_radio_disabled'), f('default_admin_password')],
    opening: 'cannot find my wifi network anymore',
    answers: { 'consent.*': 'yes' },
    expect: resolved(['wifi_radio_enable']),
  },
  {
    slug: 'dns-plus-admin',
    lang: 'sv',
    access: 'cable',
    faults: [f('dns_misconfigured'), f('default_admin_password')],
    opening: 'vissa hemsidor laddar inte, andra funkar',
    answers: { 'scope.devices': 'alla', 'consent.*': 'ja' },
    expect: resolved(['dns_reset']),
  },

  // requests beyond Tier-1, routing and people
  {
    slug: 'bridge-mode',
    lang: 'en',
    faults: [],
    opening: 'I want to put the router in bridge mode so I can use my own router',
    answers: { 'consent.*': 'yes' },
    expect: escalated('tier2', 8, NO_CPE_ACTIONS),
  },
  {
    slug: 'bridge-mode',
    lang: 'sv',
    faults: [],
    opening: 'Kan ni sätta min router i bryggläge? Jag har en egen router',
    answers: { 'consent.*': 'ja' },
    expect: escalated('tier2', 8, NO_CPE_ACTIONS),
  },
  {
    slug: 'human',
    lang: 'en',
    faults: [],
    opening: 'I want to talk to a real person please',
    expect: escalated('agents', 6, NO_CPE_ACTIONS),
  },
  {
    slug: 'human',
    lang: 'sv',
    faults: [],
    opening: 'kan jag få prata med en människa',
    expect: escalated('agents', 6, NO_CPE_ACTIONS),
  },
  {
    slug: 'invoice',
    lang: 'en',
    faults: [],
    opening: 'Why is my invoice higher this month? I was charged twice',
    expect: { outcome: 'routed', queue: 'billing', forbid: NO_CPE_ACTIONS, maxTurns: 6 },
  },
  {
    slug: 'invoice',
    lang: 'sv',
    faults: [],
    opening: 'Jag har fått en faktura som jag inte förstår, varför kostar det mer nu?',
    expect: { outcome: 'routed', queue: 'billing', forbid: NO_CPE_ACTIONS, maxTurns: 6 },
  },
  {
    slug: 'upgrade',
    lang: 'en',
    faults: [],
    opening: 'I would like to upgrade to the 1000 Mbit plan',
    expect: { outcome: 'routed', queue: 'sales', forbid: NO_CPE_ACTIONS, maxTurns: 6 },
  },
  {
    slug: 'moving',
    lang: 'sv',
    faults: [],
    opening: 'Vi ska flytta nästa månad, hur flyttar jag mitt abonnemang?',
    expect: { outcome: 'routed', queue: 'sales', forbid: NO_CPE_ACTIONS, maxTurns: 6 },
  },
  {
    slug: 'port-forward',
    lang: 'en',
    faults: [],
    opening: 'Can you open port 25565 for my minecraft server?',
    answers: { 'config.port_forward': 'port 25565 TCP to 192.168.1.50', 'consent.*': 'yes' },
    expect: resolved(['port_forward_add'], 8),
  },
  {
    slug: 'port-forward',
    lang: 'sv',
    access: 'dsl',
    faults: [],
    opening: 'Jag behöver öppna port 3389 till min dator',
    answers: { 'config.port_forward': 'port 3389 till 192.168.1.20', 'consent.*': 'ja' },
    expect: resolved(['port_forward_add'], 8),
  },
  {
    slug: 'reboot-request',
    lang: 'sv',
    faults: [f('cpe_hung')],
    opening: 'Kan ni starta om min router på distans? Internet har hängt sig',
    answers: { 'consent.*': 'ja', 'device.restarted': 'nej' },
    expect: resolved(['cpe_reboot']),
  },
  {
    slug: 'reboot-request',
    lang: 'en',
    access: 'cable',
    faults: [f('cpe_hung')],
    opening: 'please restart my modem remotely, it has frozen',
    answers: { 'consent.*': 'yes', 'device.restarted': 'no' },
    expect: resolved(['cpe_reboot']),
  },

  // e-mail: the same desk over SMTP (long mails with greetings and signatures, replies by e-mail)
  {
    slug: 'email-ppp',
    lang: 'sv',
    channel: 'email',
    faults: [f('ppp_auth_failure')],
    subject: 'Internet fungerar inte',
    opening:
      'Hej!\n\nSedan i morse fungerar inte internet alls hemma. Routern lyser men inga sidor laddar.\n\nMed vänliga hälsningar\nAnna',
    answers: { 'consent.*': 'Ja, gör det.' },
    expect: resolved(['pppoe_credentials_resync'], 8),
  },
  {
    slug: 'email-dns',
    lang: 'en',
    channel: 'email',
    access: 'cable',
    faults: [f('dns_misconfigured')],
    subject: 'Some websites do not load',
    opening:
      'Hello,\n\nsince yesterday many websites fail with DNS_PROBE_FINISHED_NXDOMAIN on all our devices, but Skype still works.\n\nBest regards,\nEmma\n--\nSent from my phone',
    answers: { 'scope.devices': 'all of them', 'consent.*': 'yes please' },
    expect: resolved(['dns_reset'], 8),
  },
  {
    slug: 'email-invoice',
    lang: 'en',
    channel: 'email',
    faults: [],
    subject: 'Question about my bill',
    opening:
      'Hi, my last invoice is twice as high as usual. Could you explain why I was charged twice?\n\nThanks, Oliver',
    expect: { outcome: 'routed', queue: 'billing', forbid: NO_CPE_ACTIONS, maxTurns: 6 },
  },
  {
    slug: 'email-outage',
    lang: 'sv',
    channel: 'email',
    faults: [f('area_outage')],
    incident: { kind: 'fiber_cut', etaMinutes: 120 },
    subject: 'Avbrott?',
    opening: 'Hej, är det något fel i området? Inget internet här sedan en timme.\n/Lars',
    expect: { outcome: 'outage_informed', queue: null, forbid: NO_CPE_ACTIONS, maxTurns: 6 },
  },
  {
    slug: 'email-fiber-los',
    lang: 'en',
    channel: 'email',
    faults: [f('fiber_los')],
    subject: 'No internet, red light',
    opening:
      'Good morning,\n\nthe internet is down and the LOS light on the fibre box is blinking red. I have checked the cables.\n\nKind regards\nJames',
    answers: {
      'lights.internet': 'the LOS light is red',
      'contact.availability': 'any weekday morning',
      'consent.*': 'yes',
    },
    canDo: ['step.check_cables'],
    expect: escalated('field', 8),
  },
  {
    slug: 'email-wifi-password-unverified',
    lang: 'sv',
    channel: 'email',
    faults: [f('wifi_password_forgotten')],
    subject: 'Nytt wifi-lösenord',
    opening: 'Hej, jag har glömt lösenordet till wifi:t. Kan ni skicka det till mig?\n\nHälsningar',
    pinAnswer: 'minns inte',
    expect: { outcome: 'refused', queue: null, forbid: ALL_CHANGES, maxTurns: 8 },
  },
];
