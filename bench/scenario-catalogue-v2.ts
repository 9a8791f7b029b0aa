// The v2 scenario set: customers who do not simply answer. Written from the customer's side (issue 14's
// "Why" list), as people write; `npm run bench:scenarios:write` expands them into bench/scenarios/v2-*.json.
// Placeholders filled per scenario: {nr} customer number, {nrs} the same with a space ("200 276"),
// {pin}, {wrongpin} {wrongpin2} {wrongpin3} (PINs that are not theirs), {othernr} (a number that is
// nobody's), {name} and {first}.
import type { ScenarioInput } from './scenario-schema.js';

type Lang = 'sv' | 'en';
type Expect = ScenarioInput['expect'];
type Forbid = NonNullable<Expect['forbid']>;

export interface CaseV2 {
  slug: string;
  lang: Lang;
  channel?: 'chat' | 'email';
  access?: 'fiber' | 'dsl' | 'cable';
  segment?: 'residential' | 'business';
  accountStatus?: 'active' | 'suspended_nonpayment';
  registered?: false;
  cpe?: { model?: string; firmware?: string };
  faults?: ScenarioInput['faults'];
  incident?: { kind: string; etaMinutes: number };
  opening: string;
  subject?: string;
  authenticated?: boolean;
  /** Added to the default identity answers ({nr} and {pin}); `null` removes a default. */
  answers?: Record<string, string | string[] | null>;
  canDo?: string[];
  mood?: 'neutral' | 'frustrated' | 'angry';
  after?: string[];
  csat?: number;
  expect: Expect;
}

const f = (kind: ScenarioInput['faults'][number]['kind'], params: Record<string, unknown> = {}) => ({ kind, params });
const NO_RESET: Forbid = ['cpe_factory_reset'];
/** Nothing at all may change for a question the desk only routes. */
const HANDS_OFF: Forbid = [
  'cpe_reboot',
  'cpe_factory_reset',
  'cpe_firmware_upgrade',
  'wifi_password_change',
  'wifi_ssid_change',
  'wifi_channel_change',
  'dns_reset',
  'pppoe_credentials_resync',
  'admin_password_change',
  'port_forward_add',
  'account_unlock',
  'account_password_reset',
];
const HACKED_FORBID: Forbid = ['cpe_factory_reset', 'account_password_reset'];
const SSID_FORBID: Forbid = ['cpe_factory_reset', 'wifi_password_change'];

const resolved = (fixedBy?: Expect['fixedBy'], maxTurns = 12, forbid: Forbid = NO_RESET): Expect => ({ outcome: 'resolved', queue: null, ...(fixedBy ? { fixedBy } : {}), forbid, maxTurns });
const escalated = (queue: Expect['queue'], maxTurns = 12, forbid: Forbid = NO_RESET): Expect => ({ outcome: 'escalated', queue, forbid, maxTurns });
const routed = (queue: Expect['queue'], maxTurns = 8, forbid: Forbid = HANDS_OFF): Expect => ({ outcome: 'routed', queue, forbid, maxTurns });
const informed = (maxTurns = 6): Expect => ({ outcome: 'outage_informed', queue: null, forbid: ['cpe_reboot', 'cpe_factory_reset'], maxTurns });
const refused = (maxTurns = 8): Expect => ({ outcome: 'refused', queue: null, forbid: HANDS_OFF, maxTurns });

const FW_BAD = { model: 'FL-HGW-3000', firmware: '2.2.0' };
const FW_BAD_DSL = { model: 'FL-VDSL-2200', firmware: '5.3.0' };

export const CASES_V2: CaseV2[] = [
  // ── Questions back to an ask ──────────────────────────────────────────────────────────────
  { slug: 'pin-why', lang: 'sv', faults: [f('ppp_auth_failure')], opening: 'hej internet funkar inte sen i morse', answers: { 'identity.pin': ['varför behöver ni min pinkod??', 'ok. {pin}'], 'consent.*': 'ja' }, expect: resolved(['pppoe_credentials_resync'], 12) },
  { slug: 'pin-why', lang: 'en', faults: [f('ppp_auth_failure')], opening: 'no internet since this morning, router lights look normal', answers: { 'identity.pin': ['why do you need my PIN? I just want my internet back', 'fine, {pin}'], 'consent.*': 'yes' }, expect: resolved(['pppoe_credentials_resync'], 12) },
  { slug: 'pin-why', lang: 'en', channel: 'email', subject: 'internet down', faults: [f('dns_misconfigured')], opening: 'Hi,\n\nHalf the websites dont load, google works but news sites and netflix just spin.\n\nThanks\n{first}', answers: { 'identity.pin': ['Why would you need a PIN over email? Is this a scam?\n\n{first}', 'OK, found it on the welcome letter: {pin}\n\n{first}'], 'scope.devices': 'all of them, phones too', 'consent.*': 'yes go ahead' }, expect: resolved(['dns_reset'], 12) },
  { slug: 'which-cable', lang: 'sv', channel: 'email', subject: 'inget internet', faults: [f('cable_unplugged')], opening: 'Hej\n\nInternetlampan på routern är släckt och vi har inget nät. Har inte gjort nåt.\n\nMvh {name}', answers: { 'step.check_cables': ['vilken kabel? det sitter fem bakom tv:n\n\n/{first}', '@done'], 'lights.*': 'power lyser, internet är släckt' }, canDo: ['step.check_cables'], expect: resolved(undefined, 12) },
  { slug: 'which-cable', lang: 'en', faults: [f('cable_unplugged')], opening: 'internet light is off on the router, nothing works', answers: { 'step.check_cables': ['which cable?? theres like 4 cables back there', '@done'], 'lights.*': 'power is on, the internet one is off' }, canDo: ['step.check_cables'], expect: resolved(undefined, 12) },
  { slug: 'which-cable', lang: 'sv', access: 'dsl', faults: [f('dsl_low_snr', { cause: 'splitter' })], opening: 'nätet dör varje gång nån ringer på hemtelefonen', answers: { 'step.check_cables': ['vilken sladd menar du, den grå eller den vita?', '@done'], 'scope.devices': 'allt', 'consent.*': 'ja' }, canDo: ['step.check_cables'], expect: resolved(undefined, 12) },
  { slug: 'what-is-dns', lang: 'en', faults: [f('dns_misconfigured')], opening: 'some sites load and some dont, weird', answers: { 'consent.config_change': ['what is DNS?', 'ok sure go ahead'], 'scope.devices': 'everything', 'consent.*': 'yes' }, expect: resolved(['dns_reset'], 12) },
  { slug: 'what-is-dns', lang: 'sv', faults: [f('dns_misconfigured')], opening: 'vissa sidor går inte att öppna, typ aftonbladet och svt, men google funkar', answers: { 'consent.config_change': ['vad ar dns for nat?', 'okej kör'], 'scope.devices': 'alla', 'consent.*': 'ja' }, expect: resolved(['dns_reset'], 12) },
  { slug: 'lose-settings', lang: 'en', channel: 'email', subject: 'Internet not working', faults: [f('cpe_hung')], opening: 'Hello,\n\nOur internet stopped working about an hour ago. The lights on the router look normal (all green).\n\nBest regards,\n{name}', answers: { 'consent.reboot': ['Will I lose my settings if you restart it? I have a port forward set up for my camera.\n\n{first}', 'Alright, go ahead.\n\n{first}'], 'lights.*': 'all green', 'device.restarted': 'No, I have not touched it' }, expect: resolved(['cpe_reboot'], 12) },
  { slug: 'lose-settings', lang: 'sv', faults: [f('cpe_hung')], opening: 'internet har hängt sig, alla lampor lyser men inget funkar', answers: { 'consent.reboot': ['tappar jag mina inställningar då? har lagt in massa grejer', 'ok gör det'], 'device.restarted': 'nej', 'lights.*': 'gröna' }, expect: resolved(['cpe_reboot'], 12) },
  { slug: 'lose-settings', lang: 'sv', cpe: FW_BAD, faults: [f('firmware_bug_drops')], opening: 'uppkopplingen dör några ggr om dagen o kommer tillbaka efter en stund', answers: { 'consent.firmware_update': ['försvinner mina inställningar om ni uppdaterar?', 'ok kör'], 'scope.devices': 'alla', 'consent.*': 'ja' }, expect: resolved(['cpe_firmware_upgrade'], 12) },
  { slug: 'how-long', lang: 'sv', access: 'dsl', cpe: FW_BAD_DSL, faults: [f('firmware_bug_drops')], opening: 'Internet försvinner flera gånger per dag. Irriterande när man jobbar hemifrån', answers: { 'consent.firmware_update': ['hur lång tid tar det? har möte om 20 min', 'ok kör på'], 'scope.devices': 'alla', 'consent.*': 'ja' }, expect: resolved(['cpe_firmware_upgrade'], 12) },
  { slug: 'how-long', lang: 'en', cpe: FW_BAD, faults: [f('firmware_bug_drops')], opening: 'connection drops every few hours then comes back on its own', answers: { 'consent.firmware_update': ['how long will the internet be down for?', 'fine do it'], 'scope.devices': 'all devices', 'consent.*': 'yes' }, expect: resolved(['cpe_firmware_upgrade'], 12) },
  { slug: 'how-long', lang: 'en', faults: [f('cpe_hung')], opening: 'internet is dead but the router looks fine??', answers: { 'consent.reboot': ['how long does a restart take? kids are gaming', 'ok go'], 'device.restarted': 'nope', 'lights.*': 'green' }, expect: resolved(['cpe_reboot'], 12) },
  { slug: 'how-fixed', lang: 'sv', faults: [f('ppp_auth_failure')], opening: 'Hej, internet har slutat fungera helt', answers: { 'resolution.confirm': ['det vet jag ju inte än… hur vet jag att det är fixat?', '@truth'], 'consent.*': 'ja', 'lights.*': 'internetlampan lyser rött' }, expect: resolved(['pppoe_credentials_resync'], 12) },
  { slug: 'how-fixed', lang: 'en', faults: [f('cpe_hung')], opening: 'wifi connected but no internet on anything', answers: { 'resolution.confirm': ["how would I know, I'm not home right now. my wife says netflix works?", '@truth'], 'consent.*': 'yes', 'device.restarted': 'no' }, expect: resolved(['cpe_reboot'], 12) },
  { slug: 'how-fixed', lang: 'sv', channel: 'email', subject: 'Sidor laddar inte', faults: [f('dns_misconfigured')], opening: 'Hej!\n\nMånga hemsidor laddar inte alls sedan igår. Spotify funkar konstigt nog.\n\nHälsningar\n{name}', answers: { 'resolution.confirm': ['Hur ska jag kunna veta det? Vad ska jag testa?\n\n/{first}', '@truth'], 'scope.devices': 'Alla datorer och mobiler', 'consent.*': 'Ja, gör det.' }, expect: resolved(['dns_reset'], 12) },
  { slug: 'where-number', lang: 'sv', faults: [f('dns_misconfigured')], opening: 'vissa appar funkar inte, typ banken', answers: { 'identity.customer_number': ['var hittar jag det?', 'hittade på fakturan: {nr}'], 'scope.devices': 'alla', 'consent.*': 'ja' }, expect: resolved(['dns_reset'], 12) },
  { slug: 'where-number', lang: 'en', channel: 'email', subject: 'No internet', faults: [f('ppp_auth_failure')], opening: 'Hi there,\n\nWe have had no internet since the power cut last night. Router is on.\n\nCheers,\n{first}\n\nSent from my iPhone', answers: { 'identity.customer_number': ["Where do I find my customer number? I can't log in anywhere without internet...\n\nSent from my iPhone", 'Found it on the invoice: {nr}\n\nSent from my iPhone'], 'consent.*': 'yes please\n\nSent from my iPhone' }, expect: resolved(['pppoe_credentials_resync'], 12) },
  { slug: 'which-light', lang: 'sv', faults: [f('fiber_los')], opening: 'inget internet, en lampa lyser rött', answers: { 'lights.internet': ['vilken lampa menar du?', 'den som heter LOS blinkar rött'], 'lights.*': ['vilken är det?', 'strömlampan är grön'], 'device.restarted': 'ja två gånger', 'contact.availability': 'vardagar efter 17' }, canDo: ['step.check_cables', 'step.power_cycle'], expect: escalated('field', 14) },
  { slug: 'which-light', lang: 'en', faults: [f('cpe_powered_off')], opening: "internet's gone, router looks dead", answers: { 'lights.power': ['which one is the power light', 'nothing is lit at all actually'], 'lights.*': 'nothing, all dark', 'step.power_on': '@done' }, canDo: ['step.power_on'], expect: resolved(undefined, 12) },
  { slug: 'when-tech', lang: 'sv', faults: [f('optical_power_low', { rxDbm: -29.1 })], opening: 'nätet tappar flera ggr om dagen på alla prylar', answers: { 'contact.availability': ['när kan de komma då?', 'tisdag eller onsdag förmiddag funkar'], 'scope.devices': 'alla', 'consent.*': 'ja' }, canDo: ['step.check_cables'], expect: escalated('field', 12) },
  { slug: 'when-tech', lang: 'en', access: 'cable', faults: [f('docsis_power_out_of_range')], opening: 'modem keeps losing connection all day', answers: { 'contact.availability': ['how soon can someone come out?', 'any weekday after 3pm'], 'scope.devices': 'all', 'consent.*': 'yes' }, canDo: ['step.check_cables'], expect: escalated('field', 12) },

  // ── Hedges ────────────────────────────────────────────────────────────────────────────────
  { slug: 'hedge', lang: 'sv', faults: [f('cpe_hung')], opening: 'inget internet men routern ser normal ut', answers: { 'consent.reboot': ['kanske?', 'ja ok kör'], 'device.restarted': 'nej', 'lights.*': 'gröna' }, expect: resolved(['cpe_reboot'], 12) },
  { slug: 'hedge', lang: 'en', faults: [f('cpe_hung')], opening: 'the internet just stopped, router lights are normal', answers: { 'consent.reboot': ['I guess?', 'yes go ahead'], 'device.restarted': 'no', 'lights.*': 'normal, green' }, expect: resolved(['cpe_reboot'], 12) },
  { slug: 'hedge', lang: 'sv', faults: [f('dns_misconfigured')], opening: 'youtube funkar men inte dn.se eller mejlen', answers: { 'consent.config_change': ['vet inte… är det farligt?', 'ok då'], 'scope.devices': 'alla', 'consent.*': 'ja' }, expect: resolved(['dns_reset'], 12) },
  { slug: 'hedge', lang: 'en', channel: 'email', subject: 'Internet down since morning', faults: [f('ppp_auth_failure')], opening: 'Hi,\n\nInternet down since this morning. Router has a red light.\n\nRegards,\n{name}', answers: { 'consent.*': ["I don't know, is that safe?\n\n{first}", 'OK yes.\n\n{first}'], 'lights.*': 'The internet light is red' }, expect: resolved(['pppoe_credentials_resync'], 12) },
  { slug: 'hedge', lang: 'sv', access: 'cable', faults: [f('wifi_channel_congestion')], opening: 'wifi:t hackar hela tiden på kvällarna, med sladd är det ok', answers: { 'consent.wifi_change': ['kanske, vad händer då?', 'ja gör det'], 'connection.type': 'wifi', 'scope.devices': 'alla trådlösa', 'consent.*': 'ja' }, canDo: ['step.wired_test'], expect: resolved(['wifi_channel_change'], 12) },
  { slug: 'hedge', lang: 'en', faults: [f('wifi_radio_disabled')], opening: 'wifi network disappeared, cant see it on my phone at all', answers: { 'consent.wifi_change': ['maybe? will it kick everyone off', 'ok yes'], 'connection.type': 'wifi', 'scope.devices': 'every phone and laptop', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: resolved(['wifi_radio_enable'], 12) },
  { slug: 'hedge', lang: 'sv', faults: [f('fiber_los')], opening: 'internet ligger nere helt', answers: { 'lights.*': '@dontknow', 'device.restarted': 'vet inte, min sambo kanske gjorde det', 'contact.availability': 'typ helger?', 'consent.*': 'ja' }, canDo: ['step.check_cables', 'step.power_cycle'], expect: escalated('field', 14) },
  { slug: 'hedge', lang: 'en', faults: [f('cpe_hung')], opening: 'no internet on anything', answers: { 'resolution.confirm': ['maybe? hard to say, page is loading slowly', '@truth'], 'consent.*': 'yes', 'device.restarted': 'no' }, expect: resolved(['cpe_reboot'], 12) },
  { slug: 'hedge', lang: 'en', access: 'cable', faults: [f('speed_wifi_limited')], opening: 'paying for 500 but speedtest says 30ish', answers: { 'connection.type': '@dontknow', 'scope.devices': 'I guess all of them?', 'consent.*': 'yes' }, canDo: ['step.wired_test'], expect: resolved(undefined, 14) },
  { slug: 'hedge', lang: 'sv', channel: 'email', subject: 'Tappar uppkopplingen', cpe: FW_BAD, faults: [f('firmware_bug_drops')], opening: 'Hej,\n\nUppkopplingen försvinner flera gånger om dagen och kommer tillbaka efter någon minut.\n\nMvh\n{name}', answers: { 'consent.firmware_update': ['Kanske, hur lång tid tar det?\n\n/{first}', 'Ok, kör.\n\n/{first}'], 'scope.devices': 'Alla enheter', 'consent.*': 'ja' }, expect: resolved(['cpe_firmware_upgrade'], 12) },

  // ── Corrections ───────────────────────────────────────────────────────────────────────────
  { slug: 'correction', lang: 'sv', faults: [f('cable_unplugged')], opening: 'routern säger att internet inte är anslutet', answers: { 'step.check_cables': ['vilken kabel? det sitter fem bakom tv:n', '@done'], 'contact.availability': 'nej vänta, ingen tekniker! jag kollar kablarna först', 'lights.*': 'internetlampan är släckt' }, canDo: ['step.check_cables'], expect: resolved(undefined, 12) },
  { slug: 'correction', lang: 'en', faults: [f('cable_unplugged')], opening: 'no internet, the internet light on the box is off', answers: { 'step.check_cables': ["I can't tell which one you mean", '@done'], 'contact.availability': "no wait, don't send anyone, let me check the cable first", 'lights.*': 'power on, internet off' }, canDo: ['step.check_cables'], expect: resolved(undefined, 12) },
  { slug: 'correction', lang: 'sv', faults: [f('ppp_auth_failure')], opening: 'hej nätet funkar inte', answers: { 'identity.customer_number': ['{othernr}', 'nej vänta, fel nummer. det är {nr}'], 'consent.*': 'ja' }, expect: resolved(['pppoe_credentials_resync'], 12) },
  { slug: 'correction', lang: 'en', faults: [f('dns_misconfigured')], opening: 'some websites wont open', answers: { 'identity.pin': '{wrongpin}.. no wait sorry, {pin}', 'scope.devices': 'all', 'consent.*': 'yes' }, expect: resolved(['dns_reset'], 12) },
  { slug: 'correction', lang: 'en', channel: 'email', subject: 'Red light on router', faults: [f('fiber_los')], opening: 'Hello,\n\nThe router has a red light and there is no internet at all. I already restarted it twice.\n\nKind regards\n{name}', answers: { 'contact.availability': 'Mornings. No wait, afternoons are better, after 2pm any weekday.\n\n{first}', 'lights.*': 'The LOS light is red', 'device.restarted': 'Yes, twice', 'consent.*': 'ok' }, canDo: ['step.check_cables'], expect: escalated('field', 12) },
  { slug: 'correction', lang: 'sv', faults: [f('fiber_los')], opening: 'internet borta sen i natt', answers: { 'lights.internet': 'den lyser grönt... nej förlåt, den blinkar rött. det står LOS', 'lights.*': 'ström är grön', 'device.restarted': 'ja', 'contact.availability': 'måndag eftermiddag' }, canDo: ['step.check_cables'], expect: escalated('field', 12) },

  // ── Numbers with punctuation; a PIN volunteered early ─────────────────────────────────────
  { slug: 'numbers', lang: 'sv', faults: [f('ppp_auth_failure')], opening: 'hej! nätet ligger nere', answers: { 'identity.customer_number': '{nr}, {name}', 'consent.*': 'ja' }, expect: resolved(['pppoe_credentials_resync'], 10) },
  { slug: 'numbers', lang: 'en', faults: [f('dns_misconfigured')], opening: 'websites not loading properly', answers: { 'identity.customer_number': 'fine. {nr}.', 'scope.devices': 'all', 'consent.*': 'yes' }, expect: resolved(['dns_reset'], 10) },
  { slug: 'numbers', lang: 'sv', faults: [f('cpe_hung')], opening: 'internet funkar inte fast allt lyser grönt', answers: { 'identity.pin': 'PIN-koden är {pin}.', 'device.restarted': 'nej', 'consent.*': 'ja' }, expect: resolved(['cpe_reboot'], 10) },
  { slug: 'numbers', lang: 'en', faults: [f('ppp_auth_failure')], opening: 'internet died', answers: { 'identity.customer_number': 'my number is #{nr}', 'identity.pin': 'pin: {pin}!', 'consent.*': 'yes' }, expect: resolved(['pppoe_credentials_resync'], 10) },
  { slug: 'numbers', lang: 'sv', channel: 'email', subject: 'Hemsidor fungerar inte', faults: [f('dns_misconfigured')], opening: 'Hej,\n\nDet går inte att komma in på de flesta hemsidor sedan i förrgår.\n\nMed vänlig hälsning\n{name}', answers: { 'identity.customer_number': 'Kundnummer: {nr}\n\n/{first}', 'identity.pin': 'PIN: {pin}\n\n/{first}', 'scope.devices': 'Alla', 'consent.*': 'Ja tack' }, expect: resolved(['dns_reset'], 10) },
  { slug: 'numbers', lang: 'en', faults: [f('portal_account_locked')], opening: 'locked out of my pages, says account locked', answers: { 'identity.customer_number': "it's {nrs}", 'consent.*': 'yes please' }, expect: resolved(['account_unlock', 'account_password_reset'], 10) },
  { slug: 'numbers', lang: 'sv', faults: [f('wifi_password_forgotten')], opening: 'har glömt wifi lösenordet, lappen är borta', answers: { 'identity.customer_number': 'kundnr:{nr}', 'identity.pin': '{pin} tror jag', 'consent.*': 'ja', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: resolved(['wifi_password_change'], 10) },
  { slug: 'numbers', lang: 'en', channel: 'email', subject: 'No connection', faults: [f('cpe_hung')], opening: 'Hi,\n\nNo connection since lunch, all lights on the router look fine.\n\n{name}\nCustomer no. {nr}', answers: { 'identity.customer_number': 'Customer no. {nr} (as in my first mail)', 'identity.pin': 'PIN is {pin}.', 'consent.*': 'Yes, restart it.', 'device.restarted': 'No' }, expect: resolved(['cpe_reboot'], 10) },
  { slug: 'pin-early', lang: 'sv', faults: [f('ppp_auth_failure')], opening: 'hej! kundnr {nr}, pin {pin}. internet har dött helt sen i morse', answers: { 'consent.*': 'ja' }, expect: resolved(['pppoe_credentials_resync'], 6) },
  { slug: 'pin-early', lang: 'en', faults: [f('wifi_password_forgotten')], opening: 'hi, customer number {nr} pin {pin} - need the wifi password, lost the note', answers: { 'consent.*': 'yes', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: resolved(['wifi_password_change'], 6) },
  { slug: 'pin-early', lang: 'sv', channel: 'email', subject: 'Internet', faults: [f('dns_misconfigured')], opening: 'Hej,\n\nKundnummer {nr}, PIN {pin}.\nVissa sidor laddar inte, t.ex. blocket och 1177.\n\nMvh\n{name}', answers: { 'scope.devices': 'Alla', 'consent.*': 'Ja' }, expect: resolved(['dns_reset'], 6) },
  { slug: 'pin-early', lang: 'en', channel: 'email', subject: 'Connection keeps dropping', cpe: FW_BAD, faults: [f('firmware_bug_drops')], opening: 'Hi,\n\nacct {nr} / pin {pin}\n\nThe connection keeps dropping a few times a day, usually comes back after a minute.\n\nThanks,\n{first}', answers: { 'scope.devices': 'All devices', 'consent.*': 'Yes, please update it.' }, expect: resolved(['cpe_firmware_upgrade'], 6) },
  { slug: 'pin-early', lang: 'en', faults: [f('cpe_hung')], opening: '{nr} pin {pin} internet not working', answers: { 'consent.*': 'yes', 'device.restarted': 'no' }, expect: resolved(['cpe_reboot'], 6) },

  // ── Second topics ─────────────────────────────────────────────────────────────────────────
  { slug: 'second-topic', lang: 'sv', faults: [f('cpe_hung'), f('wifi_password_forgotten')], opening: 'nätet har hängt sig och sen vill jag byta wifi-lösen, exet har det fortfarande', answers: { 'consent.*': 'ja', 'device.restarted': 'nej', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: resolved(['cpe_reboot'], 14) },
  { slug: 'second-topic', lang: 'en', cpe: FW_BAD, faults: [f('firmware_bug_drops')], opening: 'internet keeps dropping, and can you also rename my wifi to Oliver5G', answers: { 'config.wifi_name': 'Oliver5G', 'consent.*': 'yes', 'scope.devices': 'all' }, expect: resolved(['cpe_firmware_upgrade'], 14) },
  { slug: 'second-topic', lang: 'sv', channel: 'email', subject: 'Två saker', faults: [f('dns_misconfigured')], opening: 'Hej!\n\nTvå saker:\n1. Vissa hemsidor laddar inte.\n2. Kan ni öppna port 25565 till min minecraftserver? Den har 192.168.1.30.\n\nTack på förhand\n{name}', answers: { 'config.port_forward': 'TCP 25565 till 192.168.1.30', 'scope.devices': 'alla', 'consent.*': 'Ja' }, expect: resolved(['dns_reset'], 14) },
  { slug: 'second-topic', lang: 'en', faults: [f('portal_account_locked'), f('wifi_password_forgotten')], opening: "locked out of my pages and while you're at it I need a new wifi password", answers: { 'consent.*': 'yes', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: resolved(['account_unlock', 'account_password_reset'], 14) },
  { slug: 'second-topic', lang: 'en', faults: [f('dns_misconfigured'), f('default_admin_password')], opening: 'some sites dont load. also is my router safe? never changed anything on it', answers: { 'scope.devices': 'all', 'consent.*': 'yes' }, expect: resolved(['dns_reset'], 14) },

  // ── After the outcome ─────────────────────────────────────────────────────────────────────
  { slug: 'after-outage', lang: 'sv', faults: [f('area_outage')], incident: { kind: 'fiber_cut', etaMinutes: 180 }, opening: 'inget internet, grannen har inte heller', after: ['får jag pengar tillbaka för dagarna utan internet?'], expect: informed() },
  { slug: 'after-outage', lang: 'en', faults: [f('area_outage')], incident: { kind: 'fiber_cut', etaMinutes: 240 }, opening: 'is the internet down in my area??', after: ["can I get compensation for this? it's the second time this month"], mood: 'frustrated', expect: informed() },
  { slug: 'after-outage', lang: 'sv', channel: 'email', subject: 'Avbrott?', access: 'dsl', faults: [f('area_outage')], incident: { kind: 'power_outage', etaMinutes: 300 }, opening: 'Hej,\n\nVi har inget internet sedan klockan sex i morse. Är det något fel hos er?\n\nMvh {name}', after: ['Hur länge till ungefär? Jag jobbar hemifrån.\n\n/{first}', 'Okej, tack för infon.\n\n/{first}'], expect: informed() },
  { slug: 'after-outage', lang: 'en', channel: 'email', subject: 'Outage?', access: 'cable', faults: [f('area_outage')], incident: { kind: 'node_failure', etaMinutes: 120 }, opening: 'Hi,\n\nNo internet here since 7am. Is there an outage?\n\nThanks\n{name}', after: ['Will you take this off my next bill?\n\n{first}'], expect: informed() },
  { slug: 'after-outage', lang: 'sv', faults: [f('area_outage')], incident: { kind: 'fiber_cut', etaMinutes: 90 }, opening: 'ligger nätet nere i området?', after: ['kommer ni dra av på fakturan?', 'ok tack'], expect: informed() },
  { slug: 'after-tier2', lang: 'en', faults: [f('speed_line_degraded')], opening: 'speedtest shows 80 on my 1000 plan, wired pc, third time I complain', mood: 'angry', answers: { 'connection.type': 'cable', 'consent.*': 'yes' }, canDo: ['step.wired_test', 'step.power_cycle'], after: ["who do I talk to about cancelling? I'm done with this"], expect: escalated('tier2', 12) },
  { slug: 'after-tier2', lang: 'sv', faults: [f('speed_line_degraded')], opening: 'får typ 90 mbit av 1000 även med kabel. inte ok', answers: { 'connection.type': 'kabel', 'consent.*': 'ja' }, canDo: ['step.wired_test'], after: ['hur säger jag upp mitt abonnemang?'], expect: escalated('tier2', 12) },
  { slug: 'after-tier2', lang: 'sv', access: 'dsl', faults: [f('dsl_low_snr', { cause: 'line' })], opening: 'uppkopplingen bryts hela tiden, varje timme typ', answers: { 'scope.devices': 'alla', 'consent.*': 'ja', 'contact.availability': 'vardagar 9-12' }, canDo: ['step.check_cables'], after: ['och när hör ni av er då?'], expect: escalated('tier2', 12) },
  { slug: 'after-field', lang: 'en', faults: [f('fiber_los')], opening: 'no internet, red light on the fibre box', answers: { 'lights.*': 'LOS is red', 'device.restarted': 'yes', 'contact.availability': 'tomorrow or thursday, all day' }, canDo: ['step.check_cables'], after: ['how long until the technician comes?'], expect: escalated('field', 12) },
  { slug: 'after-field', lang: 'sv', faults: [f('fiber_los')], opening: 'internet död, röd lampa', answers: { 'lights.*': 'LOS lyser rött', 'device.restarted': 'ja', 'contact.availability': 'fredag' }, canDo: ['step.check_cables'], after: ['hur lång tid tar det innan teknikern kommer?', 'ok tack'], expect: escalated('field', 12) },
  { slug: 'after-field', lang: 'en', channel: 'email', subject: 'Internet keeps dropping', access: 'cable', faults: [f('docsis_power_out_of_range')], opening: 'Hello,\n\nOur cable internet goes on and off all day.\n\nRegards\n{name}', answers: { 'scope.devices': 'All', 'contact.availability': 'Friday morning', 'consent.*': 'yes' }, canDo: ['step.check_cables'], after: ['Will I be charged for the technician visit?\n\n{first}'], expect: escalated('field', 12) },
  { slug: 'after-field', lang: 'sv', faults: [f('hardware_failure')], opening: 'routern startar om sig själv hela tiden', answers: { 'consent.*': 'ja', 'device.restarted': 'ja flera gånger', 'contact.availability': 'när som helst' }, after: ['kan ni inte bara skicka en ny router istället?'], expect: escalated('field', 12) },
  { slug: 'after-billing', lang: 'en', accountStatus: 'suspended_nonpayment', faults: [f('billing_suspended')], opening: 'no internet at all since yesterday', after: ['ok I paid it just now, how long until it works?'], expect: routed('billing', 8, ['cpe_factory_reset', 'cpe_reboot']) },
  { slug: 'after-thanks', lang: 'en', faults: [f('ppp_auth_failure')], opening: 'internet not working', answers: { 'consent.*': 'yes' }, after: ['thanks!!'], expect: resolved(['pppoe_credentials_resync'], 10) },
  { slug: 'after-thanks', lang: 'sv', faults: [f('dns_misconfigured')], opening: 'vissa sidor laddar inte', answers: { 'scope.devices': 'alla', 'consent.*': 'ja' }, after: ['tack så mycket :)'], expect: resolved(['dns_reset'], 10) },
  { slug: 'after-thanks', lang: 'sv', channel: 'email', subject: 'Inget nät', faults: [f('cpe_hung')], opening: 'Hej\n\nInget internet sedan i eftermiddags, routern ser normal ut.\n\n/{name}', answers: { 'consent.*': 'Ja gör det', 'device.restarted': 'Nej' }, after: ['Tack, nu funkar allt!\n\n/{first}'], expect: resolved(['cpe_reboot'], 10) },
  { slug: 'after-new-request', lang: 'en', faults: [f('cpe_hung')], opening: 'internet stopped working, router looks fine', answers: { 'consent.*': 'yes', 'device.restarted': 'no', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], after: ['oh and while I have you, can you change the wifi password? my ex still has it'], expect: resolved(['cpe_reboot'], 10) },
  { slug: 'after-new-request', lang: 'sv', faults: [f('dns_misconfigured')], opening: 'bara vissa hemsidor funkar', answers: { 'scope.devices': 'alla', 'consent.*': 'ja', 'config.wifi_name': 'Lindgrens' }, after: ['en sak till, kan ni byta namn på wifi till Lindgrens?'], expect: resolved(['dns_reset'], 10) },
  { slug: 'after-new-request', lang: 'en', channel: 'email', subject: 'Router password', faults: [f('default_admin_password')], opening: 'Hi,\n\nI read that routers with the default admin password are unsafe. Can you change mine?\n\n{name}', answers: { 'consent.*': 'Yes please.', 'config.port_forward': 'TCP 8123 to 192.168.1.10' }, after: ['Thanks. Another thing: can you forward port 8123 to my home assistant box at 192.168.1.10?\n\n{first}'], expect: resolved(['admin_password_change'], 10) },
  { slug: 'after-new-request', lang: 'sv', faults: [f('ppp_auth_failure')], opening: 'internet funkar inte alls', answers: { 'consent.*': 'ja' }, after: ['kan man få snabbare internet förresten? vad kostar 1000 mbit?'], expect: resolved(['pppoe_credentials_resync'], 10) },

  // ── Satisfaction given or not ─────────────────────────────────────────────────────────────
  { slug: 'csat', lang: 'sv', faults: [f('ppp_auth_failure')], opening: 'hej, inget internet sedan igår kväll', answers: { 'consent.*': 'ja' }, csat: 5, expect: resolved(['pppoe_credentials_resync'], 10) },
  { slug: 'csat', lang: 'en', faults: [f('dns_misconfigured')], opening: 'only some websites work', answers: { 'scope.devices': 'all', 'consent.*': 'yes' }, csat: 4, expect: resolved(['dns_reset'], 10) },
  { slug: 'csat', lang: 'sv', channel: 'email', subject: 'Internet nere', faults: [f('cpe_hung')], opening: 'Hej,\n\nVårt internet har slutat fungera. Lamporna lyser som vanligt.\n\nMvh {name}', answers: { 'consent.*': 'Ja', 'device.restarted': 'Nej' }, csat: 3, expect: resolved(['cpe_reboot'], 10) },
  { slug: 'csat', lang: 'en', faults: [f('cable_unplugged')], opening: 'no internet, internet light off', answers: { 'step.check_cables': '@done', 'lights.*': 'internet light is off' }, canDo: ['step.check_cables'], after: ['thanks a lot'], csat: 5, expect: resolved(undefined, 10) },
  { slug: 'csat', lang: 'sv', faults: [f('wifi_radio_disabled')], opening: 'wifi:t är borta, syns inte i mobilen', answers: { 'consent.*': 'ja', 'connection.type': 'wifi', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], csat: 2, mood: 'frustrated', expect: resolved(['wifi_radio_enable'], 10) },
  { slug: 'csat', lang: 'en', faults: [f('speed_line_degraded')], opening: 'speed is terrible even wired, 60 of 1000', answers: { 'connection.type': 'cable', 'consent.*': 'yes' }, canDo: ['step.wired_test'], csat: 4, expect: escalated('tier2', 12) },
  { slug: 'csat', lang: 'sv', faults: [f('fiber_los')], opening: 'inget internet, lampan LOS lyser rött', answers: { 'lights.*': 'LOS är röd', 'device.restarted': 'ja', 'contact.availability': 'vardagar' }, canDo: ['step.check_cables'], csat: 5, expect: escalated('field', 12) },
  { slug: 'csat', lang: 'en', channel: 'email', subject: 'Websites', faults: [f('dns_misconfigured')], opening: 'Hello,\n\nCertain websites will not load. Others are fine.\n\nThank you,\n{name}', answers: { 'scope.devices': 'All', 'consent.*': 'Yes' }, csat: 5, expect: resolved(['dns_reset'], 10) },

  // ── Not a customer ────────────────────────────────────────────────────────────────────────
  { slug: 'non-customer', lang: 'sv', registered: false, opening: 'hej, jag flyttar till Kista i mars, kan jag beställa fiber hos er?', answers: { 'identity.customer_number': 'jag är inte kund än', 'identity.pin': 'har ingen' }, expect: routed('sales') },
  { slug: 'non-customer', lang: 'en', registered: false, opening: 'do you have fibre in Majorna? looking to switch provider', answers: { 'identity.customer_number': "I'm not a customer", 'identity.pin': "don't have one" }, expect: routed('sales') },
  { slug: 'non-customer', lang: 'sv', channel: 'email', subject: 'Bredband till nytt hus', registered: false, opening: 'Hej!\n\nVi har precis köpt hus i Nacka och undrar vad ert bredband kostar och om ni levererar dit.\n\nVänliga hälsningar\n{name}', answers: { 'identity.customer_number': 'Vi är inte kunder hos er ännu.\n\n/{first}', 'identity.pin': 'Har ingen.' }, expect: routed('sales') },
  { slug: 'non-customer', lang: 'en', channel: 'email', subject: 'Business internet quote', registered: false, segment: 'business', opening: 'Hi,\n\nWe are a small accounting firm (5 people) and are interested in business internet for our office in Kista. Could you send us a quote?\n\nBest regards,\n{name}\nOffice manager', answers: { 'identity.customer_number': 'We are not customers yet.\n\n{name}', 'identity.pin': 'We do not have one.' }, expect: routed('sales') },
  { slug: 'non-customer', lang: 'sv', registered: false, opening: 'vad kostar 1000 mbit hos er?', answers: { 'identity.customer_number': ['har inget, är inte kund', 'sa ju att jag inte är kund'], 'identity.pin': 'nej' }, expect: routed('sales') },
  { slug: 'non-customer', lang: 'en', registered: false, opening: "how much is your cheapest plan? I'm moving to Uppsala", answers: { 'identity.customer_number': "don't have one, not with you yet", 'identity.pin': 'no' }, expect: routed('sales') },

  // ── Services this desk does not run ───────────────────────────────────────────────────────
  { slug: 'tv', lang: 'sv', opening: 'tv-boxen säger ingen signal, internet funkar fint', answers: { 'consent.*': 'ja' }, expect: routed('agents') },
  { slug: 'tv', lang: 'en', opening: 'my TV channels keep freezing, internet is fine though', answers: { 'consent.*': 'yes' }, expect: routed('agents') },
  { slug: 'tv', lang: 'sv', channel: 'email', subject: 'TV fungerar inte', opening: 'Hej,\n\nTV-kanalerna har försvunnit från vår tv-box sedan i helgen. Internet fungerar som vanligt.\n\nMvh\n{name}', answers: { 'consent.*': 'ja' }, expect: routed('agents') },
  { slug: 'tv', lang: 'en', opening: 'the tv guide on the set top box is empty and half the channels say not subscribed', expect: routed('agents') },
  { slug: 'mobile', lang: 'sv', opening: 'mitt mobilabonnemang funkar inte utomlands, är i spanien', expect: routed('agents') },
  { slug: 'mobile', lang: 'en', opening: 'need to port my mobile number over to you guys, how does that work?', expect: routed('agents') },
  { slug: 'mobile', lang: 'en', opening: 'my mobile data is super slow since yesterday, 4g icon shows but nothing loads', expect: routed('agents') },
  { slug: 'mobile', lang: 'sv', channel: 'email', subject: 'Surfmängd mobil', opening: 'Hej!\n\nJag har slut på surf i mobilen fast det bara är den 10:e. Kan ni kolla?\n\n/{name}', expect: routed('agents') },
  { slug: 'email-hosting', lang: 'en', channel: 'email', subject: 'Cannot receive email', opening: 'Hi,\n\nI cannot receive any emails on my address with you since yesterday. Sending works. Internet is fine.\n\nRegards\n{name}', expect: routed('agents') },
  { slug: 'email-hosting', lang: 'sv', opening: 'hur ställer jag in min e-post från er i outlook? vilken server ska jag ha?', expect: routed('agents') },

  // ── "I think I've been hacked" ────────────────────────────────────────────────────────────
  { slug: 'hacked', lang: 'en', faults: [f('default_admin_password')], opening: "I think my router is hacked, there are devices on the wifi I don't recognise", answers: { 'consent.*': 'yes do it', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: escalated('security', 12, HACKED_FORBID) },
  { slug: 'hacked', lang: 'sv', opening: 'jag tror nån har hackat min router, det finns okända prylar i appen', answers: { 'consent.*': 'ja', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: escalated('security', 12, HACKED_FORBID) },
  { slug: 'hacked', lang: 'en', channel: 'email', subject: 'Router settings changed??', opening: "Hi,\n\nSomeone changed my router settings - the wifi name is different and I didn't do it. I think we've been hacked.\n\n{name}", answers: { 'consent.*': 'Yes, change them.\n\n{first}', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: escalated('security', 12, HACKED_FORBID) },
  { slug: 'hacked', lang: 'sv', channel: 'email', subject: 'Intrång?', faults: [f('default_admin_password')], opening: 'Hej,\n\nJag misstänker intrång i vårt nätverk. Det dyker upp enheter vi inte känner igen och nätet är segt.\n\nMvh\n{name}', answers: { 'consent.*': 'Ja, gör det.', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: escalated('security', 12, HACKED_FORBID) },
  { slug: 'hacked', lang: 'en', opening: 'my router is hacked i think, someone is using my internet', answers: { 'consent.*': ['will that kick my devices off?', 'ok do it'], 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: escalated('security', 14, HACKED_FORBID) },
  { slug: 'hacked', lang: 'sv', opening: 'tror grannen snor mitt wifi och kanske kommer åt routern', answers: { 'consent.*': ['vet inte, vad händer då?', 'ok kör'], 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: escalated('security', 14, HACKED_FORBID) },

  // ── Renaming the Wi-Fi network ────────────────────────────────────────────────────────────
  { slug: 'ssid', lang: 'sv', opening: 'hur byter jag namn på wifi:t?', answers: { 'config.wifi_name': 'Svenssons', 'consent.*': 'ja', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: resolved(['wifi_ssid_change'], 10, SSID_FORBID) },
  { slug: 'ssid', lang: 'en', opening: 'can you change my network name to MiaNet', answers: { 'config.wifi_name': 'MiaNet', 'consent.*': 'yes', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: resolved(['wifi_ssid_change'], 10, SSID_FORBID) },
  { slug: 'ssid', lang: 'sv', channel: 'email', subject: 'Byta SSID', opening: 'Hej,\n\nJag vill byta SSID på routern till Villa_Ek. Hur gör jag?\n\nTack\n{name}', answers: { 'config.wifi_name': 'Villa_Ek', 'consent.*': 'Ja', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: resolved(['wifi_ssid_change'], 10, SSID_FORBID) },
  { slug: 'ssid', lang: 'en', channel: 'email', subject: 'Wifi name', opening: 'Hello,\n\nOur wifi still has the default name from when it was installed. Could you rename it please?\n\nThanks\n{name}', answers: { 'config.wifi_name': 'TheHolmes', 'consent.*': 'Yes', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: resolved(['wifi_ssid_change'], 10, SSID_FORBID) },
  { slug: 'ssid', lang: 'sv', opening: 'kan ni byta namn pa natverket', answers: { 'config.wifi_name': ['vad får det heta? får det ha mellanslag?', 'Ekbacken'], 'consent.*': 'ja', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: resolved(['wifi_ssid_change'], 12, SSID_FORBID) },
  { slug: 'ssid', lang: 'en', opening: 'want to rename my wifi', answers: { 'config.wifi_name': 'casa-noah', 'consent.*': ['will my devices disconnect?', 'ok fine'], 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: resolved(['wifi_ssid_change'], 12, SSID_FORBID) },

  // ── Port forwards ─────────────────────────────────────────────────────────────────────────
  { slug: 'port-forward', lang: 'en', opening: 'please forward 3074 to my xbox', answers: { 'config.port_forward': 'the xbox is 192.168.1.50', 'consent.*': 'yes' }, expect: resolved(['port_forward_add'], 10) },
  { slug: 'port-forward', lang: 'sv', opening: 'kan ni öppna 32400 mot min plexserver?', answers: { 'config.port_forward': 'den har 192.168.1.20', 'consent.*': 'ja' }, expect: resolved(['port_forward_add'], 10) },
  { slug: 'port-forward', lang: 'en', opening: 'need UDP 51820 forwarded to my wireguard box', answers: { 'config.port_forward': '192.168.1.77', 'consent.*': 'yes' }, expect: resolved(['port_forward_add'], 10) },
  { slug: 'port-forward', lang: 'sv', channel: 'email', subject: 'Öppna port', opening: 'Hej,\n\nJag behöver öppna port 25565 (minecraft) till min dator som har 192.168.1.34.\n\n/{name}', answers: { 'config.port_forward': '25565 till 192.168.1.34', 'consent.*': 'Ja' }, expect: resolved(['port_forward_add'], 10) },
  { slug: 'port-forward', lang: 'en', channel: 'email', subject: 'Port forward request', opening: 'Hi,\n\nPort forward request: TCP 443 to 192.168.1.10 (home assistant).\n\nThanks,\n{name}', answers: { 'config.port_forward': 'TCP 443 to 192.168.1.10', 'consent.*': 'Yes' }, expect: resolved(['port_forward_add'], 10) },
  { slug: 'port-forward', lang: 'sv', opening: 'portforwarding 8080 -> 192.168.1.15 tack', answers: { 'config.port_forward': '8080 till 192.168.1.15', 'consent.*': 'ja' }, expect: resolved(['port_forward_add'], 10) },
  { slug: 'port-forward', lang: 'en', opening: 'how do I open ports for my ps5? cod says NAT strict', answers: { 'config.port_forward': ['what port? idk, 3074 i think, whatever cod uses', 'the ps5 is 192.168.1.60'], 'consent.*': 'yes' }, expect: resolved(['port_forward_add'], 12) },
  { slug: 'port-forward', lang: 'sv', opening: 'kan ni fixa så att kameran går att nå utifrån? port 554', answers: { 'config.port_forward': ['vad menar du med enhet?', 'kameran har 192.168.1.40'], 'consent.*': 'ja' }, expect: resolved(['port_forward_add'], 12) },

  // ── Invoices ──────────────────────────────────────────────────────────────────────────────
  { slug: 'invoice', lang: 'sv', opening: 'varför har jag fått två fakturor den här månaden??', expect: routed('billing') },
  { slug: 'invoice', lang: 'en', opening: "I was charged 599 instead of 399 this month, what's going on", expect: routed('billing') },
  { slug: 'invoice', lang: 'sv', channel: 'email', subject: 'Felaktig faktura', opening: 'Hej,\n\nJag bestrider fakturan för november. Jag sade upp tilläggstjänsten i oktober men har ändå debiterats för den.\n\nMed vänlig hälsning\n{name}', expect: routed('billing') },
  { slug: 'invoice', lang: 'en', channel: 'email', subject: 'Invoice dispute', opening: 'Hello,\n\nMy latest invoice includes a charge for a technician visit that never happened. Please remove it.\n\nRegards,\n{name}', expect: routed('billing') },
  { slug: 'invoice', lang: 'sv', opening: 'fakturan är fel, ni har dragit 2 ggr från kontot', mood: 'frustrated', expect: routed('billing') },

  // ── Account changes: verified, or refused ─────────────────────────────────────────────────
  { slug: 'cancel', lang: 'sv', opening: 'jag vill säga upp mitt abonnemang', expect: routed('sales') },
  { slug: 'cancel', lang: 'en', opening: 'I want to cancel my subscription', answers: { 'identity.pin': ['{wrongpin}', '{wrongpin2}', '{wrongpin3}'] }, expect: refused(8) },
  { slug: 'cancel', lang: 'sv', opening: 'vill säga upp internet, flyttar utomlands', answers: { 'identity.pin': ['{wrongpin}', 'hm {wrongpin2} då?', '{wrongpin3}'] }, expect: refused(8) },
  { slug: 'cancel', lang: 'sv', opening: 'säg upp mitt bredband', answers: { 'identity.pin': ['{wrongpin}', 'vet inte... {wrongpin2}?', 'ingen aning, {wrongpin3}'] }, expect: refused(8) },
  { slug: 'cancel', lang: 'en', channel: 'email', subject: 'Cancellation', opening: 'Hi,\n\nPlease cancel my internet subscription from next month.\n\nRegards,\n{name}', expect: routed('sales') },
  { slug: 'downgrade', lang: 'en', opening: 'downgrade me to the 250 plan please, money is tight', expect: routed('sales') },
  { slug: 'move', lang: 'sv', channel: 'email', subject: 'Flytt', opening: 'Hej!\n\nVi flyttar den 1 februari till Majorna. Hur flyttar jag abonnemanget?\n\n/{name}', expect: routed('sales') },
  { slug: 'move', lang: 'en', channel: 'email', subject: 'Moving house', opening: 'Hi,\n\nMoving house next month - can I take my subscription with me?\n\nCheers,\n{name}', expect: routed('sales') },
  { slug: 'upgrade', lang: 'en', opening: 'upgrade to 1 gig pls', expect: routed('sales') },
  { slug: 'upgrade', lang: 'sv', opening: 'kan jag uppgradera till 1000 mbit? vad kostar det', expect: routed('sales') },

  // ── Asking for a person ───────────────────────────────────────────────────────────────────
  { slug: 'person', lang: 'sv', opening: 'kan jag få prata med en riktig människa', expect: escalated('agents', 6, ['cpe_factory_reset', 'cpe_reboot']) },
  { slug: 'person', lang: 'en', faults: [f('cpe_hung')], opening: 'internet not working', answers: { 'consent.*': 'no just get me a real person please', 'device.restarted': 'no' }, expect: escalated(['agents', 'tier2'], 10, ['cpe_factory_reset', 'cpe_reboot']) },
  { slug: 'person', lang: 'sv', faults: [f('dns_misconfigured')], opening: 'vissa sidor funkar inte', answers: { 'consent.*': 'jag vill prata med en människa istället', 'scope.devices': 'alla' }, expect: escalated(['agents', 'tier2'], 10, ['cpe_factory_reset', 'dns_reset']) },
  { slug: 'person', lang: 'en', channel: 'email', subject: 'Slow connection', faults: [f('speed_line_degraded')], opening: "Hello,\n\nI'd like to speak to a person about my connection please. It has been slow for weeks.\n\n{name}", answers: { 'connection.type': 'cable', 'consent.*': 'yes' }, canDo: ['step.wired_test'], expect: escalated(['agents', 'tier2'], 10) },
  { slug: 'person', lang: 'en', faults: [f('fiber_los')], opening: 'this is the third time this week. PUT ME THROUGH TO A HUMAN', mood: 'angry', answers: { 'lights.*': 'red', 'contact.availability': 'whenever' }, expect: escalated(['agents', 'field'], 8) },
  { slug: 'person', lang: 'sv', faults: [f('ppp_auth_failure')], opening: 'inget internet', answers: { 'identity.pin': 'jag vill inte ge ut min pin i en chatt, koppla mig till en person' }, expect: escalated('agents', 8, HANDS_OFF) },
  { slug: 'person', lang: 'en', faults: [f('cpe_hung')], opening: 'internet down. can I talk to someone', answers: { 'consent.*': 'yes' }, expect: escalated(['agents', 'tier2'], 8, ['cpe_factory_reset']) },

  // ── Physical steps done ───────────────────────────────────────────────────────────────────
  { slug: 'step-done', lang: 'sv', faults: [f('cpe_powered_off')], opening: 'routern är helt död, inga lampor alls', answers: { 'lights.*': 'allt är släckt', 'step.power_on': '@done' }, canDo: ['step.power_on'], expect: resolved(undefined, 10) },
  { slug: 'step-done', lang: 'en', faults: [f('cpe_powered_off')], opening: 'no internet and the router has no lights', answers: { 'step.power_on': ["where's the switch?", '@done'], 'lights.*': 'none' }, canDo: ['step.power_on'], expect: resolved(undefined, 12) },
  { slug: 'step-done', lang: 'sv', access: 'dsl', faults: [f('dsl_low_snr', { cause: 'splitter' })], opening: 'internet hackar o försvinner nar nan ringer pa fasta tel', answers: { 'step.check_cables': '@done', 'scope.devices': 'alla', 'consent.*': 'ja' }, canDo: ['step.check_cables'], expect: resolved(undefined, 10) },
  { slug: 'step-done', lang: 'en', channel: 'email', subject: 'No internet', faults: [f('cable_unplugged')], opening: 'Hi,\n\nNo internet since we moved the furniture yesterday. Internet light is off.\n\n{name}', answers: { 'step.check_cables': '@done', 'lights.*': 'power on, internet off' }, canDo: ['step.check_cables'], expect: resolved(undefined, 10) },
  { slug: 'step-done', lang: 'en', access: 'dsl', faults: [f('wifi_weak_signal')], opening: 'wifi is terrible upstairs, fine downstairs', answers: { 'wifi.location': 'upstairs, router is in the basement', 'connection.type': 'wifi', 'scope.devices': 'just my laptop', 'step.move_closer': '@done', 'consent.*': 'ok' }, canDo: ['step.move_closer'], expect: resolved(undefined, 12) },
  { slug: 'step-done', lang: 'sv', faults: [f('wifi_radio_disabled')], opening: 'wifi nätverket syns inte längre', answers: { 'consent.*': 'ja', 'connection.type': 'wifi', 'step.rejoin_wifi': '@done' }, canDo: ['step.rejoin_wifi'], expect: resolved(['wifi_radio_enable'], 10) },
  { slug: 'step-done', lang: 'en', faults: [f('speed_wifi_limited')], opening: 'getting 40 mbit on a 500 plan', answers: { 'connection.type': 'wifi', 'step.wired_test': ["I don't have a cable long enough.. ok found one", '@done'], 'scope.devices': 'all', 'consent.*': 'yes' }, canDo: ['step.wired_test'], expect: resolved(undefined, 12) },
  { slug: 'step-done', lang: 'sv', channel: 'email', subject: 'Routern död', faults: [f('cpe_powered_off')], opening: 'Hej,\n\nRoutern är helt död, inga lampor. Vi har inte rört den.\n\n/{name}', answers: { 'step.power_on': ['Hur sätter jag på den? Jag ser ingen knapp.\n\n/{first}', '@done'], 'lights.*': 'Inga lampor alls' }, canDo: ['step.power_on'], expect: resolved(undefined, 12) },
  { slug: 'step-done', lang: 'sv', faults: [f('cable_unplugged')], opening: 'nätet e nere, lampan för internet e släckt', answers: { 'step.check_cables': ['ska jag dra ut alla?', '@done'], 'lights.*': 'internet släckt' }, canDo: ['step.check_cables'], expect: resolved(undefined, 12) },
];
