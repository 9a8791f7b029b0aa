// General technician knowledge a Tier-1 desk answers in a line or two, whoever asks and whatever the case:
// what a red LOS light means, whether Wi-Fi and internet are the same thing, why a restart helps, whether
// every phone on a DSL line needs a microfilter, whether one needs a static IP, what WPS is. Asked in the
// middle of a case, after it or before the account is known, these are answered, never "I can't answer
// that from here". Each question is a set of word groups that must all be in one question clause (folded
// text: lowercase, å/ä/ö → a/a/o); data only. The first match wins, so the narrower questions stand first.

import type { QuestionTopic } from './reply.js';

export const TECH_QUESTIONS = [
  // round 35 (f52)
  'device_not_seeing',
  // round 35 (f48)
  'other_end_later',
  // round 35 (f47)
  'tv_box_cable',
  // round 35 (f53)
  'account_not_router',
  'cut_off_intruder',
  // round 35 (f54)
  'if_again_do',
  // round 34 (f46)
  'portal_device',
  'must_call',
  // round 34 (f44)
  'buy_new_router',
  'clean_connector',
  'on_during_outage',
  'only_us',
  'write_again',
  'keep_chat_open',
  'firmware_auto',
  'login_stopped',
  'fibre_available',
  'cancel_other_provider',
  'gigabit_over_wifi',
  'plan_options',
  // round 34 (f43)
  'reset_sticker',
  'admin_change',
  'reply_by_email',
  'always_5g',
  'router_for_fibre',
  'why_phone_noise',
  // round 33
  'lights_when_ok',
  'my_computer',
  'phone_crackle',
  'tv_needs_minute',
  'who_lets_in',
  'speed_or_ping',
  'know_fixed_closed',
  'cable_in_box',
  'tv_wifi_menu',
  'call_back',
  'which_number',
  'replacement_free',
  'router_by_post',
  'landlord',
  'not_holder',
  'reply_language',
  'los_light',
  'need_mesh',
  'own_router',
  'hotspot',
  'what_fibre_cut',
  'speed_test_differs',
  'team_language',
  'digging',
  'pinched_cable',
  'remove_splitter',
  'calls_meanwhile',
  'restart_helps',
  'opens_on_payment',
  'reverse_payment',
  'wifi_light_blinking',
  'blink_meaning',
  'light_blinking',
  'wifi_off_at_night',
  'wall_or_strip',
  'neighbour_old_key',
  'password_keep',
  'old_router',
  'payment_shows',
  'refund_time',
  'bank_screenshot',
  'login_tries',
  'my_pages_instead',
  'wps_button',
  'wifi_button',
  'restart_harm',
  'fixed_notice',
  'install_visit',
  'my_fault',
  'wait_long',
  'just_distance',
  'speed_ok',
  'patch_cable',
  'fibre_cut_dsl',
  'restart_regularly',
  'pull_plug',
  'pon_light',
  'coax_cause',
  'flush_dns',
  'apps_vs_sites',
  'test_call',
  'wifi_vs_internet',
  'modem_vs_router',
  'why_restart',
  'restart_devices',
  'filter_empty_socket',
  'filter_supply',
  'microfilter',
  'static_ip',
  'what_ip',
  'mac_address',
  'wps',
  'upnp',
  'wifi_speed_normal',
  'cable_vs_wifi',
  'cable_type',
  'alarm_during_outage',
  'upload_download',
  'vpn',
  'parental_controls',
  'neighbours_on_wifi',
  'hide_network',
  'what_ssid',
  'router_off_at_night',
  'tv_picture',
  'router_warm',
  'power_cut',
  'how_many_devices',
  'dsl_distance',
  'snr',
  'fibre_cable_care',
  'slow_in_evening',
  'what_firmware',
  'bridge_mode',
  'cable_for_drops',
  'dns_before',
  'speed_at_address',
  'wifi_schedule',
  'device_faulty',
] as const;

export type TechQuestion = (typeof TECH_QUESTIONS)[number];

/** Questions a case may know more of than the general answer (whether WPS is on, after a security check). */
export const CASE_KNOWS: ReadonlySet<TechQuestion> = new Set<TechQuestion>(['wps']);

/** Questions answered also beside "it is urgent" (the case marked so): how to get by until the fix. */
export const BESIDE_URGENCY: ReadonlySet<string> = new Set<TechQuestion>(['calls_meanwhile']);

// Word groups shared by several questions (folded, no anchors of their own).
/**
 * A schedule that is already there, asked about (folded): "that/the/this schedule", "schemat", "what schedule",
 * "vad är det för schema", "vilket schema".
 */
const SCHEDULE_THERE = String.raw`(the|that|this|your|my|our|which|what) (wifi |wi-fi |wireless |router )?(schedul\w*|timer\w*)|schemat\w*|tidsstyrningen|(vad|vilket|vad ar det for|vad for) (ett )?(wifi-?)?schema\b|(det|den) (dar )?(wifi-?)?schemat`;
const WIFI = String.raw`wi-?fi\w*|wlan\w*|wifi\w*|tradlos\w*|tradlost|wireless`;
const INTERNET = String.raw`internet\w*|natet|uppkoppling\w*|bredband\w*|broadband`;
const ROUTER = String.raw`router\w*|modem\w*|box\w*|dosa\w*|lada\w*|fiberbox\w*|hub`;
const RESTART = String.raw`restart\w*|reboot\w*|omstart\w*|starta om|startar om|startade om|startat om|starta den om|turn\w* (it )?off and on|switch\w* (it )?off and on|stang\w* av och (sla\w* )?pa|dra ur (sladden|kontakten)`;
const PHONE = String.raw`phones?|telefon\w*|landline|fast(a)? telefon\w*|lurar?|luren|fax\w*`;
const WHY_OR_WHAT = String.raw`why|how come|what|how|varfor|vrf|vad|hur`;
const SAME_OR_DIFFERENT = String.raw`same|samma|differen\w*|skillnad\w*|vs|versus|or|eller|not the same|inte samma`;
const SPEED = String.raw`speed\w*|hastighet\w*|mbit\w*|mbps|megabit\w*|fast\w*|snabb\w*|slow\w*|langsam\w*|seg\w*`;

/** One question: word groups that must all be in the clause, and the broader topics it answers better. */
interface TechPattern {
  question: TechQuestion;
  all: RegExp[];
  /** Question topics (reply-patterns.ts) this question is a narrower case of: "what does the LOS light mean?" is not where the lights are. */
  narrows?: readonly QuestionTopic[];
  /** Words that make it another question: "will that undo the parental filter I set up?" asks about a change. */
  unless?: RegExp;
}

const re = (words: string) => new RegExp(String.raw`(^|[^\p{L}\p{N}])(${words})($|[^\p{L}\p{N}])`, 'u');

/** The router restarting by itself: the fault told ("startar om sig själv", "keeps rebooting"), no restart asked about. */
const RESTARTS_ITSELF = re(
  String.raw`(startar|startade|startat|starta) (ju |redan |hela tiden )?om sig( sjalv)?|(restarts?|reboots?|restarting|rebooting) (\w+ )?(itself|by itself|on its own)|(restart\w*|reboot\w*) (all the time|constantly|every)|keeps (restarting|rebooting|resetting)`,
);

const PATTERNS: TechPattern[] = [
  {
    // "men laptopen då?? den ser inte nätet", "my laptop can't see the network": why a device does not list the
    // network — refresh its list (Wi-Fi off and on, or a restart), an old device may only see 2.4 GHz; offer to check.
    question: 'device_not_seeing',
    narrows: ['reconnect_devices'],
    all: [
      re(
        String.raw`(ser|hittar|visar|syns|hittas|finns|kommer) (\w+ )?(inte|inget|ingenting)|(can'?t|cant|cannot|doesn'?t|doesnt|does not|won'?t|wont|isn'?t|isnt|is not|not) (\w+ )?(see|find|show|showing|shown|detect|appear\w*|listed|visible|pick\w* up)`,
      ),
      re(String.raw`natet|natverk\w*|\w*wifi\w*|wi-fi|namn\w*|listan|network\w*|ssid|name|list`),
    ],
    unless: re(String.raw`5 ?ghz|5g|2[.,]4|password\w*|losen\w*|internet|sidan|page|lampa\w*|light\w*`),
  },
  {
    // "do I still need to check the wall end when I can move the sofa?", "ska jag fortfarande kolla väggänden sen?":
    // the part of the cable step left for later — yes, and how.
    question: 'other_end_later',
    narrows: ['what_happens_next', 'check_now'],
    all: [
      re(
        String.raw`wall (end|side|socket|jack)\w*|other end|socket end|vagganden|vaggsidan|vaggjack\w*|vagguttag\w*|andra anden`,
      ),
      re(String.raw`still|later|when i can|once i can|fortfarande|senare|sen nar|nar jag (kan|kommer at)`),
      re(String.raw`check\w*|do|need|should|must|have to|look|kolla\w*|titta\w*|ska|behov\w*|maste|gora`),
    ],
  },
  // --- round 35 (f47): bench/roleplay/round35-a.md #2, #5 ---
  {
    // "the TV box also has a grey cable that goes to the same wall socket. Does that one matter for the internet?",
    // "tv-boxen har en kabel till samma uttag, spelar den roll för internet?": a cabling question about the
    // internet (the TV box's cable carries none of it), never a question about the TV service.
    question: 'tv_box_cable',
    narrows: ['power_outlet', 'which_cable', 'what_splitter', 'is_splitter', 'router_phone', 'breaks_other'],
    all: [
      re(
        String.raw`tv|tvn|tv:n|teven|television|tv-?box\w*|tvbox\w*|digitalbox\w*|set-?top\w*|decoder\w*|dekoder\w*|tv-?mottagare\w*|tv-?dosa\w*|tv-?dosan`,
      ),
      re(String.raw`cable\w*|kabel\w*|kabeln|sladd\w*|cords?|wires?`),
      re(
        String.raw`matter\w*|affect\w*|make (a|any) difference|important|(anything )?to do with|needed for|need (it )?for|carr(y|ies)|spela\w* (\w+ ){0,2}roll|paverka\w*|viktig\w*|har (nagot|nat|nan|nagon) med|behovs for|behover (jag|vi|man) (den|det) for`,
      ),
    ],
  },
  {
    // "oh and we have a second phone upstairs, does that one need a box too?", "vi har en telefon till på
    // övervåningen, behöver den också en dosa?": every phone on the line needs its own filter.
    question: 'microfilter',
    narrows: ['what_splitter', 'is_splitter'],
    all: [
      re(PHONE),
      re(
        String.raw`second|another|other|extra|more|upstairs|downstairs|andra|fler|(en|ett) (\w+ )?till|uppe|nere|overvaning\w*|ovanvaning\w*|bottenvaning\w*|nedervaning\w*`,
      ),
      re(
        String.raw`box\w*|dosa\w*|dosor\w*|filter\w*|filtre?r?\w*|splitter\w*|one too|one as well|en (ocksa|aven)|en egen|ett eget|likadan\w*|en sadan|en san|ett sadant`,
      ),
    ],
  },
  // --- round 35 (f53): bench/roleplay/round35-c.md #9, round35-b.md #10 ---
  {
    // "what about her instagram tho, is that from the router?", "kan mejlen ha hackats via routern?": an account
    // taken over is its own password, not the router — never "I can't answer that from here".
    question: 'account_not_router',
    narrows: ['was_hacked', 'email_password', 'is_it_safe', 'intruder_out'],
    all: [
      re(
        String.raw`instagram\w*|insta|facebook\w*|fb|snapchat\w*|snap|tiktok\w*|twitter|x-konto\w*|gmail\w*|hotmail\w*|outlook\w*|e-?mail\w*|mejl\w*|mail\w*|bank-?id|bank\w*|social media|sociala medier|spotify\w*|netflix\w*|(account|konto\w*) (got|was|has been|blev|har|hade) (hacked|hackat|hackats|kapats|kapat|taken over)`,
      ),
      re(String.raw`${ROUTER}|${WIFI}|${INTERNET}|network\w*|natverk\w*|connection`),
      re(
        String.raw`from|via|through|because( of)?|bc|cuz|coz|due to|caused|cause|related|linked|connected to|fran|genom|pa grund av|pga|beror|hanger ihop|kopplat|orsak\w*|sam(ma|band)`,
      ),
    ],
  },
  {
    // "should I pull the plug on the router or change the wifi password myself?", "ska jag dra ur routern eller
    // byta wifi-lösenordet själv?": both are fine, and what each does.
    question: 'cut_off_intruder',
    narrows: ['should_restart', 'what_you_do', 'must_i', 'choose_password', 'will_it_help'],
    all: [
      re(
        String.raw`pull\w* the plug|unplug\w*|(switch|turn|shut|power)\w* (it |the \w+ )?(off|down)|dra ur|drar ur|stang\w* av|sla\w* av|koppla ur`,
      ),
      re(
        String.raw`(change|reset|set)\w* (the |my |our )?(wi-?fi |wifi )?(password|key|pw)\w*( \w+){0,3} (myself|ourselves|yourself)|(byt|andr)\w* (wifi-?|wi-fi-?)?(losen\w*|nyckel\w*)( \w+){0,3} sjalv\w*|(myself|sjalv)\b`,
      ),
      re(String.raw`password\w*|losen\w*|pw|nyckel\w*|key`),
    ],
  },
  // --- round 35 (f54): bench/roleplay/round35-c.md #3 ---
  {
    // "vad ska jag göra om det händer igen, ska jag ringa er då?", "what do I do if it happens again, call you?":
    // what to do next time (for a hung router: restart it; if that does not help, write here) — never only
    // "no, you don't need to call".
    question: 'if_again_do',
    narrows: ['what_happens_next', 'must_i', 'for_good', 'other'],
    all: [
      re(
        String.raw`(if|om|ifall|when|nar) (it|this|that|the \w+|my \w+|det|de|den|detta|natet|routern|wifit?|internet) (\w+ )?(happens|happen|hander|sker|comes back|kommer tillbaka|stops|slutar|hangs?|hanger|hanger sig|dies|dor|drops|freezes|fastnar|krangla\w*|strular|goes (down|off|out)|gar ner|forsvinner|disappears)( \w+)? (again|igen)|next time|nasta gang`,
      ),
      re(
        String.raw`what (do|should|shall|can) (i|we)|vad (ska|skall|gor|bor|kan) (jag|ja|vi|man)|(should|shall|must|do) (i|we) (call|ring|phone|write|contact)|(ska|skall|maste|behover|bor) (jag|ja|vi|man) (ringa|skriva|kontakta|hora av)|who (do|should|can) (i|we) (call|contact|ring)|vem (ska|kan|bor) (jag|vi) (ringa|kontakta)`,
      ),
    ],
  },
  // --- round 34 (f46): bench/roleplay/round34-c.md #2 ---
  {
    // "kan jag använda mina sidor på min iPad?", "kan jag se fakturan på iPaden också eller måste jag ha datorn?",
    // "can I log in to My pages on my phone?", "does the portal work on a tablet?": where the account pages work
    // (any browser, any device) — a question, never a billing or sign-in case.
    question: 'portal_device',
    narrows: ['portal_invoices'],
    unless: re(
      String.raw`inte|not|can'?t|cannot|won'?t|doesn'?t|does not|locked|last|lases|fel\w*|error|wrong|varfor|why|hog\w*|higher|belopp\w*|amount|wi-?fi\w*|router\w*|losen\w*|password\w*`,
    ),
    all: [
      re(
        String.raw`ipad\w*|iphone\w*|mobil\w*|telefon\w*|surfplatt\w*|tablet\w*|phone|smartphone|android|padda\w*|platta\w*|browser|webblasar\w*`,
      ),
      re(
        String.raw`mina sidor|my pages|portal\w*|kundsidor\w*|kundportal\w*|faktur\w*|invoices?|bills?|logga in|log ?in|sign ?in|my account|mitt konto`,
      ),
      re(
        String.raw`kan (jag|man|vi)|(om|ifall) (jag|man|vi) (kan|far|maste)|(if|whether) (i|we) (can|could|may|need|have)|gar (det|de) att|funkar (det|de|den)|fungerar (det|de|den)|(maste|behover) (jag|man|vi) (ha|anvanda|sitta vid)|(can|could|may) (i|we|you)|(does|will|would) (it|that|the portal|my pages) work|is it possible|do (i|we) (need|have) to (use|have|be on)|works? on`,
      ),
    ],
  },
  {
    // "Måste jag ringa någon?", "behöver jag ringa er?", "do I need to call someone?", "should I phone customer
    // service?": whether the customer must phone anyone — no, it is taken care of here (never the DSL test call).
    question: 'must_call',
    unless: re(
      String.raw`test\w*|prova\w*|try|kolla\w*|check\w*|see if|se om|filter\w*|splitter\w*|landline|fasta telefon\w*|samtal\w*|make a call|wife|husband|fru\w*|maken|sambo\w*|number|nummer\w*|numret`,
    ),
    all: [
      re(
        String.raw`(maste|behover|ska|skall|bor|borde) (jag|vi|man) (\w+ )?(ringa|ring)|(must|should|shall|do|have|need) (i|we)( (need|have) to)? (call|ring|phone|telephone)|(do|will|would) (i|we) (need|have) to (call|ring|phone)|(need|have) to (call|ring|phone) (someone|somebody|anyone|you|customer service|support)`,
      ),
    ],
  },
  // --- end round 34 (f46) ---
  // --- round 34 (f43): questions answered as a different one (bench/roleplay/round34-{a,b,c}.md) ---
  {
    // "if the router gets reset, does it go back to the sticker password?", "blir det fabrikslösenordet igen efter
    // en fabriksåterställning?": what a factory reset puts back — never the old Wi-Fi password asked back.
    question: 'reset_sticker',
    narrows: [
      'restore_key',
      'current_password',
      'did_you_act',
      'router_login',
      'lose_settings',
      'what_you_meant',
    ],
    unless: re(
      String.raw`(should|can|shall|may|could) (i|we) (just )?(reset|factory)|(ska|kan|far|bor|borde) (jag|vi) (bara )?(aterstalla|fabriksaterstalla|resetta|nollstalla)`,
    ),
    all: [
      re(
        String.raw`(factory )?reset\w*|fabriks\w*|aterstall\w*|nollstall\w*|resetta\w*|resetknapp\w*|factory (settings|default\w*)`,
      ),
      re(
        String.raw`\w*pas+w\w*|pw|\w*losen\w*|sticker\w*|label\w*|klistermark\w*|etikett\w*|login|inloggning\w*|admin\w*`,
      ),
    ],
  },
  {
    // "should I change the router's admin password?", "I never changed the admin password. Should I?", "borde jag
    // byta routerns adminlösenord?": whether to change the admin password — never the Wi-Fi password.
    question: 'admin_change',
    narrows: [
      'did_you_act',
      'lose_settings',
      'what_admin_password',
      'current_password',
      'is_it_safe',
      'router_old',
      'what_you_meant',
    ],
    unless: re(
      String.raw`what (is|was)|where|forgot\w*|glomt|vad (ar|var) (det|mitt)|var (hittar|star)|which one|vilket`,
    ),
    all: [
      re(
        String.raw`admin\w*|administrat\w*|adminlosen\w*|admin-?losen\w*|router(s)? (login|password)|routerns (losen\w*|inloggning)|inloggningen till routern`,
      ),
      re(
        String.raw`should|ought|worth\w*|good idea|recommend\w*|advis\w*|wise|need to|have to|must i|do i need|borde|bor (jag|vi|man)|ska (jag|vi|man)|behover (jag|vi|man)|maste (jag|vi|man)|vart|vard|bra ide|rekommender\w*|klokt|smart`,
      ),
    ],
  },
  {
    // "who will answer me? By e-mail to this address?", "svarar de på mejl till den här adressen?": how the team's
    // answer reaches the customer — never a question about e-mail hosting.
    question: 'reply_by_email',
    narrows: ['what_happens_next', 'email_password'],
    all: [
      re(
        String.raw`(by|via|per|through|over|in an?) (e-?mail|mail)|e-?mail (to|at) (this|that|my|the same)|(this|that|the same) e-?mail address|(via|per|pa|med|i ett) (mejl|mail|e-?post)|(mejl|mail|e-?post)\w* (till|pa) (den har|denna|min|samma)`,
      ),
      re(
        String.raw`answer\w*|repl\w*|respond\w*|write|writ\w*|contact\w*|get back|hear|who|svar\w*|skriv\w*|hor (av|jag)|kontakt\w*|vem|adress\w*|address`,
      ),
    ],
  },
  {
    // "should I just always use the 5G one?", "ska jag alltid välja 5G-nätet, även i soffan?": which band to use —
    // never a separate 5 GHz name she already has.
    question: 'always_5g',
    narrows: [
      'band_split',
      'five_ghz_name',
      'which_band',
      'switch_to_5g',
      'what_band',
      'one_name_bands',
      'is_it_safe',
      'what_you_do',
    ],
    unless: re(
      String.raw`mobil\w*|hotspot\w*|sim\w*|surf\w*|phone plan|mobile plan|rename\w*|byt\w* namn|name\w*|namn\w*`,
    ),
    all: [
      re(String.raw`5 ?g|5g\w*|5 ?ghz\w*|5ghz\w*|-5g|five ?g\w*|femman|5an`),
      re(
        String.raw`always|alltid|all the time|everywhere|overallt|hela tiden|stick (to|with)|only use|bara (anvanda|kora|valja|ha)`,
      ),
    ],
  },
  {
    // "if we switch to fibre, would we need a new router?", "funkar DSL-routern med fiber?": the router that a new kind
    // of connection needs — never "age alone is no reason".
    question: 'router_for_fibre',
    narrows: [
      'router_old',
      'buy_equipment',
      'router_blame',
      'equipment_cost',
      'router_from_us',
      'address_changes',
    ],
    all: [
      re(String.raw`fibre|fiber|fibern|fiberabonnemang\w*`),
      re(
        String.raw`(a |an |en |ett )?(new|another|different|ny|nytt|annan|annat) (router|modem|box|one)|(router|modem)\w* (\w+ ){0,3}(work|works|fungera\w*|funka\w*)|(need|behov\w*|get|fa) (\w+ ){0,2}(router|modem)\w*|(get|fa|far) (\w+ ){0,2}(a |an |en |ett )?(new|ny|nytt) one`,
      ),
    ],
  },
  {
    // "why would one phone without a filter break the whole internet?", "varför kan en telefon utan filter sänka
    // internet?": why an unfiltered phone disturbs DSL — never what a splitter is again.
    question: 'why_phone_noise',
    narrows: ['what_splitter', 'why_broke', 'is_normal', 'breaks_other'],
    unless: re(
      String.raw`crackl\w*|knastr\w*|brus\w*|hiss\w*|buzz\w*|what does|what is|vad ar|hur ser|look like|where|var (sitter|ska|hittar)`,
    ),
    all: [
      re(PHONE),
      re(String.raw`why|how come|how (can|could|does|do|would)|varfor|vrf|hur (kan|kommer|gar)|hur\b`),
      re(
        String.raw`${INTERNET}|connection|break\w*|broke|kill\w*|ruin\w*|drop\w*|disturb\w*|affect\w*|mess\w*|knock\w*|stor\w*|sank\w*|forstor\w*|paverk\w*|sla\w* ut|tappa\w*|filter\w*|splitter\w*`,
      ),
    ],
  },
  // --- end round 34 (f43) ---
  // --- round 34 (f44): one-line technician questions that got "noted" or "I can't answer that from here" ---
  {
    // "behöver jag köpa ett nytt modem?", "Behöver jag köpa ett nytt?", "do I need to buy a new router?", "should I
    // get myself a new router?": no — the router comes with the subscription (case: it hung / it is replaced free).
    question: 'buy_new_router',
    narrows: ['buy_equipment', 'must_i', 'will_it_help', 'what_happens_next'],
    unless: re(
      String.raw`mesh\w*|extend[eo]r\w*|repeater\w*|\w*forstarkare\w*|own|egen|eget|egna|fiber\w*|fibre\w*|switch (to|over)|byter till|cable\w*|kabel\w*|sladd\w*|adapter\w*|wi-?fi ?[67]|from you|fran er|av er|hos er|rent|hyra|lana\w*|borrow\w*|price|pris\w*|how much|hur mycket|kostar`,
    ),
    all: [
      re(
        String.raw`buy\w*|purchase\w*|get (me |myself |us |ourselves )?(a )?new|kopa|koper|kopte|kopt|kops|skaffa\w*|invest\w*`,
      ),
      re(String.raw`${ROUTER}|new one|a new|ett nytt|en ny|nytt|ny|nya`),
      re(
        String.raw`need\w*|must|have to|should|ought|do (i|we)|behov\w*|behover|maste|ska (jag|vi)|(jag|vi) ska|(om|if|whether) (jag|vi|i|we)|bor (jag|vi)|borde|or not|eller inte|eller`,
      ),
    ],
  },
  {
    // "should I clean the fibre connector?", "and the connector cleaning, should i or not?", "ska jag rengöra
    // fiberkontakten?": no — the connectors are the technician's (the laser can hurt the eyes).
    question: 'clean_connector',
    narrows: ['must_i', 'will_it_help', 'is_it_safe', 'what_happens_next', 'what_you_do'],
    all: [
      re(
        String.raw`connector\w*|kontakt(en|erna|er)?|fiberkontakt\w*|fibre ?(plug|end)s?|fiber ?(plug|end)s?|fiberand\w*|kontaktdon\w*|(the|fibre|fiber) plug`,
      ),
      re(String.raw`clean\w*|rengor\w*|gora ren|gor ren|torka\w*|blas\w*|blow\w*|wipe\w*|dust\w*|damm\w*`),
    ],
  },
  {
    // "should I switch the modem off until it is fixed or leave it on?", "ska jag stänga av modemet under
    // avbrottet eller låta det vara på?": leave it on (it reconnects by itself).
    question: 'on_during_outage',
    narrows: [
      'should_restart',
      'must_i',
      'what_you_do',
      'just_wait',
      'is_it_safe',
      'what_happens_next',
      'will_it_help',
    ],
    unless: re(
      String.raw`night\w*|natt\w*|nights|kvall\w*|every day|varje dag|always|alltid|wi-?fi|wlan|wps|upnp|is it (on|off)|ar (den|det) (pa|av)|phone\w*|telefon\w*|landline`,
    ),
    all: [
      re(String.raw`${ROUTER}|fiberbox\w*|equipment|utrustning\w*`),
      re(
        String.raw`(switch|turn|power|shut)\w* (it |the \w+ |her |him )?(off|down|on)|(leave|keep) (it|the \w+) (on|off|running|plugged)|on or off|off or on|unplug\w*|stang\w* av|sla\w* av|dra ur|lata (den|det|modemet|routern) (vara )?(pa|igang|i)|ha (den|det|modemet|routern) (pa|igang)|pa eller av|av eller pa`,
      ),
      re(
        String.raw`until|meanwhile|in the meantime|while|during|outage|fixed|repaired|back|tills|under tiden|medan|under avbrottet|avbrott\w*|fixat|lagat|atgardat|klart|or|eller`,
      ),
    ],
  },
  {
    // "is it only us or the whole building?", "are other customers in our building affected too?", "är det bara
    // vi eller hela huset?": the area was checked (the known outage, or none: it is this home's line or router).
    question: 'only_us',
    narrows: ['breaks_other', 'is_outage', 'my_side', 'what_found', 'other'],
    all: [
      re(
        String.raw`only (us|me|our|my|we|mine|this (home|flat|house))|just (us|me|our|my|we|mine)|bara (vi|oss|jag|mig|var|vart|min|mitt|hos oss|hos mig|har)|endast (vi|oss)|whole|entire|hela|other (customers|people|residents|flats|apartments|households|neighbou?rs)|others in|everyone in|andra (kunder|boende|hushall|lagenheter|grannar|i huset|i omradet|i fastigheten)|ovriga`,
      ),
      re(
        String.raw`building|house|block|street|area|neighbou?r\w*|flats|apartments|customers|residents|others|everyone|everybody|huset|fastighet\w*|omradet|omrade|gatan|kvarteret|grann\w*|kunder|boende|andra|alla|trappuppgang\w*|byggnad\w*`,
      ),
      re(
        String.raw`affect\w*|too|also|as well|same|or|is it|is this|are (they|other|the)|eller|ocksa|aven|samma|drabb\w*|beror|galler|ar det|har (de|dom|andra)|only|just|bara`,
      ),
    ],
    unless: re(
      String.raw`wi-?fi|wlan|tacknin\w*|coverage|room|rum\w*|vardagsrum\w*|password|losenord|see my|ser mitt|join|anslut\w*|steal\w*|stjal\w*|use my|anvand\w* mitt|day|dagen|night|natten|evening|kvallen|week|veckan`,
    ),
  },
  {
    // "måste ja skriva igen om de blir segt imorn kväll?", "if it gets slow again tomorrow do I have to write
    // again?": yes — write in this same conversation (or reply to the mail); the case opens again with its history.
    question: 'write_again',
    narrows: ['what_happens_next', 'must_i', 'for_good', 'other'],
    all: [
      re(
        String.raw`(write|message|contact|chat|mail|e-?mail|get in touch|reach out|come back|call)\w* (\w+ )?(again|back|once more)|open a new \w+|start (over|again)|new (case|ticket|chat)|skriva? (\w+ )?(igen|en gang till|pa nytt)|skriver (\w+ )?(igen|en gang till|pa nytt)|hora av (mig|oss)( igen)?|hor av (mig|oss)|kontakta (er|dig) (igen|pa nytt)|ringa (er )?igen|nytt arende|ny chatt|borja om`,
      ),
      re(
        String.raw`again|tomorrow|later|next time|if it|when it|happens|comes back|igen|imorgon|imorn|i morgon|senare|nasta gang|om (det|de|den)|nar (det|de)|hander|kommer tillbaka|must|have to|should|do i|need|maste|ska (jag|ja|vi)|behover`,
      ),
    ],
  },
  {
    // "do I have to keep the chat open?", "måste jag ha chatten öppen hela kvällen?": no — the answer comes here /
    // by e-mail; the page can be closed (the same answer as fixed_notice).
    question: 'keep_chat_open',
    // "if i close the browser how do i know its fixed" is how the news comes (fixed_notice), not whether to stay.
    unless: re(
      String.raw`how (do|will|would|can|shall|should) (i|we) (know|find out|hear|see|tell)|hur (vet|far|ska|kan|marker) (jag|vi|man)`,
    ),
    narrows: ['send_by_sms', 'what_happens_next', 'must_i', 'just_wait', 'other'],
    all: [
      re(
        String.raw`chat\w*|chatt\w*|page|window|browser|tab|sidan|fonstret|webblasar\w*|fliken|app(en)?|computer|datorn|conversation|konversation\w*`,
      ),
      re(
        String.raw`(keep|leave|have|stay)\w* (\w+ ){0,3}(open|on|up|logged in)|open (all|the whole)|ha (\w+ ){0,2}(oppen|oppet|uppe|igang)|lata (\w+ ){0,2}(vara )?(oppen|oppet|uppe)|sitta (kvar|har)|sit (here|and wait)|vanta (har|vid)`,
      ),
    ],
  },
  {
    // "varför hade den en programvara med fel från början, uppdateras den inte automatiskt?", "does it not update
    // automatically?": one answer — updates normally come by themselves; this one had not reached the router.
    question: 'firmware_auto',
    narrows: ['why_broke', 'updates_future', 'firmware_current', 'what_found', 'your_fault'],
    all: [
      re(
        String.raw`automati\w*|by itself|on its own|av sig sjalv|auto-?updat\w*|(from|fran) (the start|borjan)|in the first place|fran start`,
      ),
      re(
        String.raw`updat\w*|uppdater\w*|firmware\w*|software|programvar\w*|mjukvar\w*|programversion\w*|version\w*`,
      ),
    ],
  },
  {
    // "hur kan dom bara sluta stämma?", "how could the login just stop matching?" on a PPP case: a reset or a
    // software update can bring back old login details — no break-in is needed for that.
    question: 'login_stopped',
    narrows: ['was_hacked', 'what_found', 'your_fault', 'what_means'],
    unless: re(
      String.raw`neighbou?r\w*|grann\w*|still have|fortfarande ha\w*|wi-?fi\w*|wlan|speed\w*|hastighet\w*|mbit\w*`,
    ),
    all: [
      re(
        String.raw`login\w*|log ?in|inlogg\w*|losen\w*|password\w*|credential\w*|username\w*|user name|anvandarnamn\w*|ppp\w*|(sluta|slutade|slutar) (att )?(stamma|matcha)`,
      ),
      re(
        String.raw`(sluta|slutade|slutar) (att )?(stamma|fungera|funka|matcha|passa|ga igenom)|stop\w* (matching|working)|no longer (match|work)\w*|don'?t match|doesn'?t match|didn'?t match|inte stammer|stammer inte|stamde inte|mismatch\w*|(out of|ur) (sync|synk)|bara (sluta|andras|forsvinna|byta)|just (stop|change|vanish|disappear)\w*|change (by )?(itself|themselves)|andras av sig`,
      ),
      re(String.raw`how|why|hur|varfor|vrf|what|vad|kan (dom|de|det|den)|could|can`),
    ],
  },
  {
    // "is fibre available at my address?", "finns det fiber på vår adress?": the desk cannot check addresses;
    // sales can, and so can the website's address check.
    question: 'fibre_available',
    narrows: ['what_happens_next', 'cost', 'other', 'upgrade_helps'],
    all: [
      re(String.raw`fib(er|re)\w*|optical|opto|stadsnat\w*|city network`),
      re(
        String.raw`(my|our|this|the|that|var|vart|min|mitt|den|denna|nya|new) (\w+ )?(address|adress|home|house|flat|apartment|street|hus|lagenhet|bostad|gata)\w*|adress\w*|address\w*|here|hit|har (hos oss|hemma|i huset)|hos oss|in (our|my) (building|house|area|street)|i (vart|mitt) (hus|omrade)|i huset|i omradet|in the (building|area)`,
      ),
      re(
        String.raw`available|availability|possible|possibility|can (we|i) (get|have)|could (we|i) (get|have)|is there|offer\w*|check|see (if|whether)|finns|gar det|kan (vi|jag) fa|mojlig\w*|tillganglig\w*|erbjud\w*|kolla|se om|kontrollera`,
      ),
    ],
  },
  {
    // "kan ni säga upp Comhem åt oss, eller måste vi göra det själva?", "can you cancel Telia for us?" from someone
    // moving to us: the customer cancels with the other provider; we help with the start date.
    question: 'cancel_other_provider',
    narrows: ['what_happens_next', 'must_i', 'other'],
    all: [
      re(
        String.raw`comhem|com hem|tele2|telia|telenor|bahnhof|bredband2|ownit|tre\b|3 bredband|allente|boxer|(our|my|the|current|old|other|present|existing) (provider|operator|isp|supplier|subscription|contract)|(vart|var|mitt|min|nuvarande|gamla|andra) (operator|leverantor|bolag|abonnemang|avtal)|(nuvarande|andra|gamla) (\w+ )?(operator\w*|leverantor\w*|bolag\w*)|operatoren|leverantoren|the other (one|company)|det andra bolaget`,
      ),
      re(String.raw`cancel\w*|terminat\w*|end the|saga upp|sager upp|sagt upp|uppsag\w*|avsluta\w*`),
      re(
        String.raw`for (us|me)|on (our|my) behalf|at (oss|mig)|for (oss|mig)|(do|must|have to|should) (we|i)|ourselves|myself|sjalva|sjalv|(maste|ska|behover) (vi|jag)|can you|could you|kan ni|kan du|will you|gor ni|skoter ni`,
      ),
    ],
  },
  {
    // "would 1000 Mbit actually make a difference on wifi?", "hjälper 1000 Mbit över wifi?": rarely — the Wi-Fi is
    // the limit; it pays off on a cable or with many heavy users.
    question: 'gigabit_over_wifi',
    narrows: [
      'upgrade_helps',
      'will_it_help',
      'need_upgrade',
      'plan_wifi',
      'is_normal',
      'cost',
      'what_means',
      'other',
    ],
    all: [
      re(
        String.raw`1 ?000|1 ?gbit\w*|1 ?gig\w*|gigabit\w*|giga|gig|(faster|fastest|higher|bigger|snabbare|snabbaste|hogre|storre) (plan|speed|subscription|abonnemang\w*|hastighet\w*|paket\w*)|\d{3,4} ?(mbit\w*|mbps|meg\w*)`,
      ),
      re(String.raw`${WIFI}`),
      re(
        String.raw`help\w*|differen\w*|matter\w*|worth\w*|wast\w*|point|use|faster|any (good|better)|benefit\w*|noticeab\w*|hjalp\w*|skillnad\w*|marka\w*|marks|lonar|vard|onodig\w*|ide|snabbare|battre|better|even|ens|make`,
      ),
    ],
  },
  {
    // "I just want to know what the faster options are and the price", "vilka snabbare abonnemang har ni och vad
    // kostar de?" asked without a PIN: the plans and prices are on the website and with sales — no PIN needed to ask.
    question: 'plan_options',
    narrows: ['cost', 'upgrade_helps', 'what_happens_next', 'other'],
    unless: re(
      String.raw`my (plan|subscription|current)|mitt (abonnemang|nuvarande)|i have now|jag har nu|pay now|betalar nu|invoice|faktura\w*|bill\b`,
    ),
    all: [
      re(
        String.raw`options|alternativ\w*|plans|abonnemang(en)?|subscriptions|packages|paket(en)?|speeds|hastigheter(na)?|(faster|fastest|snabbare|snabbaste) (plans?|ones?|abonnemang|options?|speeds?|hastighet\w*|paket)|what (is|are) (there|available|on offer)|vad (finns|har ni)|vilka (finns|har ni)`,
      ),
      re(
        String.raw`price\w*|cost\w*|how much|kostar|kosta|pris\w*|hur mycket|offer\w*|available|have|finns|har ni|erbjud\w*|know|veta|tell|beratta|what|which|vad|vilka`,
      ),
      re(
        String.raw`just (want|need|wanted)|only (want|need|wanted)|not (changing|change|ordering|order|switch|upgrading) \w*|first|before|at least|atminstone|i alla fall|iaf|bara (veta|hora|fraga|se)|andrar (inget|inte)|inte (andra|bestalla|byta)|forst|innan|pris\w*|price\w*|cost\w*|kostar|how much|hur mycket`,
      ),
    ],
  },
  // --- end round 34 (f44) ---
  {
    // "kan ni inte bara skicka en ny router med posten istället?", "can you send a router by post instead of a visit?",
    // "går det att få en ny skickad hem?": a router posted instead of a technician (per fault: only a faulty router).
    question: 'router_by_post',
    narrows: ['technician_when', 'what_happens_next', 'buy_equipment'],
    all: [
      re(
        String.raw`${ROUTER}|ny|nytt|en ny|new one|a new one|another one|replacement\w*|ersattning\w*|utrustning\w*|equipment`,
      ),
      re(
        String.raw`by post|by mail|in the post|in the mail|via post|med posten|per post|posta\w*|(skicka|skickar|skickad|skickat)\w* (\w+ ){0,5}(hem|hit|till mig|istallet)|hemskick\w*|(send|sent|ship|post|mail|deliver)\w* (\w+ ){0,5}(home|to me|to us|to my|instead)|ship\w*|deliver\w*`,
      ),
    ],
  },
  {
    // "behöver jag kontakta hyresvärden?", "do I need my landlord's permission for the fibre box?", "får teknikern
    // gå in utan hyresvärden?": a tenant and the property owner.
    question: 'landlord',
    all: [
      re(
        String.raw`hyresvard\w*|fastighetsagar\w*|fastighetsvard\w*|bostadsrattsforening\w*|styrelsen|brf|landlord\w*|property owner\w*|property manag\w*|building manag\w*|housing (association|company)|letting agent\w*|hyresbolag\w*`,
      ),
      re(
        String.raw`behover|maste|ska|bor|far|kan|tillat\w*|lov|fraga|kontakta|need|must|should|have to|permission|allowed|may|can|ask|contact|tell|inform|ok|okay`,
      ),
    ],
  },
  {
    // "does it matter that I'm not him?", "gör det något att jag inte är kontoinnehavaren?": someone writing for
    // the account holder, who is with them.
    question: 'not_holder',
    all: [
      re(
        String.raw`(does it|would it|will it|is it) (matter|a problem|an issue|ok|okay|alright)|(matters?|problem) (that|if)|gor det (nagot|nat|nat|ngt)|spelar (det|de) (nan|nagon|ngn)? ?roll|ar det (ett )?problem|ar det (ok|okej)|gar det bra`,
      ),
      re(
        String.raw`(i'?m|im|i am) not (him|her|them|the (account )?(holder|owner)|the one|on the account|the customer)|not my (account|subscription|name)|(it'?s|its|it is) (his|her|their|my \w+'?s) (account|name|subscription)|(jag ar|ja e|jag e|jag inte ar|ja inte e) (inte )?(han|hon|kontoinnehavaren|innehavaren|kunden|den som\w*)|inte (mitt|mina) (konto|abonnemang|namn)|(star|ar) (pa|i) (hans|hennes|min \w+s) namn`,
      ),
    ],
  },
  {
    // "will billing answer in English?", "svarar de på engelska?", "can they write to me in English?": the language
    // the people who take over answer in.
    question: 'reply_language',
    all: [
      re(String.raw`english|engelska|swedish|svenska|language|sprak`),
      re(
        String.raw`answer\w*|reply\w*|respond\w*|write|writing|speak\w*|talk\w*|contact\w*|svara\w*|skriv\w*|prata\w*|tala\w*|hora av`,
      ),
      re(
        String.raw`they|them|billing|sales|team|someone|somebody|anyone|de|dom|dem|ni|nagon|nan|fakturaavdelningen|kollega\w*|colleague\w*`,
      ),
    ],
  },
  // --- round 33: technician one-liners (bench/roleplay/round33-{a,b,c}.md) ---
  {
    // "ska alla lampor lysa grönt sen?", "vad ska lamporna visa när allt är som det ska?", "which lights should be on
    // when it works?": what the lights show on a working router (never where they are, never "can't answer").
    question: 'lights_when_ok',
    narrows: ['which_light', 'is_normal', 'how_know_fixed', 'what_happens_next'],
    unless: re(
      String.raw`blink\w*|red|rod|rott|roda|orange|flash\w*|flimr\w*|what does (the|that|this) \w+ (light|lamp)`,
    ),
    all: [
      re(String.raw`lights?|lamps?|leds?|lamp(a|an|or|orna)|dioder\w*|indikator\w*`),
      re(
        String.raw`green|gront|grona|gron|all (of them|the lights|lights)|alla (lampor\w*|dom|de)|(should|must|ought to|supposed to) (\w+ ){0,2}(be|show|look|light|stay)|(ska|bor|borde) (\w+ ){0,2}(lysa|visa|se ut|vara)|normal\w*|when (it|everything|all)('s| is)? (works?|working|ok|fine|right)|nar (det|allt) (fungerar|funkar|ar (som det ska|ok|bra))|as (it|they) should|som (det|de|dom) ska`,
      ),
    ],
  },
  {
    // "is it possible that the problem is my laptop?", "kan det vara min dator?", "ligger felet i datorn?": whether
    // the device is to blame (on a fault found on the line: no; in general: how to tell).
    question: 'my_computer',
    narrows: ['my_side', 'why_broke', 'is_normal'],
    unless: re(
      String.raw`${RESTART}|how (do|can|should) i|hur (gor|kan|ska) jag|connect\w*|ansluta|koppla (in|upp)|safe|saker\w*|ok to|okay to|use (my|the)|anvanda|ip|mac|(hjalp\w*|help\w*) (mig|me|us|oss|her|him|henne|honom) (med|with)|(datorn|computer|laptop|pc|ipaden|ipad) (ar|is|e) (inte|not|fine|ok)|(datorn|computer|laptop) (funkar|fungerar|works) (fint|bra|fine)`,
    ),
    all: [
      re(String.raw`laptop\w*|computer\w*|pc|mac(book)?|dator\w*|datorn|lapp?toppen|device\w*|enhet\w*`),
      re(
        String.raw`(is|could|can|might|would) (it|that|this|the (problem|issue|fault|cause))( (really|possibly|actually))?( be)? (my|the|our|a|in (my|the))|is the (problem|issue|fault)|the problem is|problem (with|in|on) (my|the)|(kan|skulle) (det|felet|problemet) (vara|ligga|bero)|ar (det|felet|problemet)|ligger (det|felet|problemet)|beror (det|felet|problemet)|(det|felet|problemet) (ar|ligger|beror)|fault of|to blame|fel pa (min|datorn|mobilen)|the culprit`,
      ),
    ],
  },
  {
    // "the landline also crackles when I call, is that related?", "det knastrar i telefonen också, hänger det ihop?":
    // noise heard on the phone beside a DSL fault (on DSL the two share the copper line).
    question: 'phone_crackle',
    narrows: ['why_broke', 'is_normal', 'my_side', 'devices_drop'],
    all: [
      re(PHONE),
      re(
        String.raw`crackl\w*|crackly|knastr\w*|sprak\w*|brus\w*|brusar|noise|noisy|hiss\w*|buzz\w*|static|surr\w*|tjut\w*|hum(s|ming)?|storning\w*|stors|interference`,
      ),
    ],
  },
  {
    // "the TV is still loading, maybe it needs a minute?", "tv:n snurrar fortfarande, behöver den bara en stund?":
    // a TV (app) coming back after the connection returned.
    question: 'tv_needs_minute',
    narrows: ['what_happens_next', 'is_normal', 'reconnect_devices', 'how_long'],
    unless: re(
      String.raw`related|to do with|(hanger|hor) (det |den )?(ihop|samman)|picture|bild\w*|hack\w*|freez\w*|fryser`,
    ),
    all: [
      re(
        String.raw`tv|tv:n|tvn|teve\w*|television|smart ?tv|netflix|viaplay|svt ?play|streaming\w*|apple ?tv|chromecast`,
      ),
      re(
        String.raw`minute\w*|minut\w*|moment|a while|a bit|a sec\w*|stund|en stund|lite (tid|till)|tid pa sig|time|loading|laddar|spinning|snurrar|buffer\w*|catch up|komma igang|kommer igang|start\w* up|vakna|wake`,
      ),
    ],
  },
  {
    // "måste jag va hemma eller kan sambon öppna?", "can my partner let them in?", "will the technician need to come
    // inside?": who has to be at home for a visit, and that the technician needs to get in.
    question: 'who_lets_in',
    narrows: ['be_home', 'technician_when', 'what_happens_next'],
    all: [
      re(
        String.raw`partner|sambo\w*|wife|husband|fru\w*|frun|maken|maka|min man|my son|sonen|dotter\w*|daughter|kids?|children|barnen|someone else|somebody else|anyone else|nagon annan|nan annan|neighbou?r\w*|granne\w*|grannen|mamma|pappa|mum|mom|dad|tenant|hyresgast|landlord|hyresvard\w*|vicevard\w*|janitor|caretaker`,
      ),
      re(
        String.raw`(be|stay|am) (at )?home|be there|be in|vara hemma|va hemma|vara dar|open (the door|up)|oppna\w*|let (them|him|her|the \w+) in|slappa in|come (inside|in|into)|get (inside|in)|komma in|ga in|inside|inomhus`,
      ),
    ],
  },
  {
    // "will the technician need to come inside?", "behöver teknikern komma in i lägenheten?": the same answer.
    question: 'who_lets_in',
    narrows: ['technician_when', 'what_happens_next'],
    all: [
      re(String.raw`technician\w*|tekniker\w*|installer\w*|engineer\w*|montor\w*|they|de|dom|han|hon|he|she`),
      re(
        String.raw`come (inside|into (the|my|our) (home|house|flat|apartment))|get inside|go inside|inside (the|my|our) (home|house|flat|apartment)|komma in|ga in|in i (huset|lagenheten|bostaden|hemmet)|inomhus|in (the|my) (home|house|flat|apartment)|enter (the|my|our) (home|house|flat|apartment)`,
      ),
    ],
  },
  {
    // "is it speed or ping that matters for gaming?", "behöver man snabbare bredband för gaming eller är det pingen?"
    question: 'speed_or_ping',
    narrows: ['ping', 'need_upgrade', 'upgrade_helps'],
    all: [
      re(
        String.raw`gam(e|es|ing|er|ers)|spel\w*|gejm\w*|gaming\w*|console\w*|konsol\w*|playstation|ps4|ps5|xbox|fortnite|counter-?strike|cs2|valorant|warzone`,
      ),
      re(
        String.raw`ping\w*|latency|latens|lag|lagg\w*|fordrojning\w*|svarstid\w*|${SPEED}|faster plan|bigger plan|storre abonnemang|uppgrader\w*|upgrade\w*`,
      ),
      re(String.raw`ping\w*|latency|latens|lag|lagg\w*|fordrojning\w*|svarstid\w*`),
    ],
  },
  {
    // "but if i close the browser how do i know its fixed", "om jag stänger sidan, hur vet jag att det är lagat?":
    // how to tell without the chat (the connection comes back by itself; the lights; pages load).
    question: 'know_fixed_closed',
    narrows: ['how_know_fixed', 'what_happens_next', 'notice_before'],
    all: [
      re(
        String.raw`clos\w*|shut\w*|leave|leaving|logg?\w* (out|off)|stang\w*|stanger|lamna\w*|loggar ut|logga ut|ga harifran|away|not (here|online|at the computer)|inte (har|vid datorn)|at work|pa jobbet`,
      ),
      re(
        String.raw`how (do|will|would|can|shall) (i|we)|hur (vet|ska|kan|far|marker) (jag|vi|man)|how('d| would) i know|know|veta|vet`,
      ),
    ],
  },
  {
    // "is there one in the box the router came in?", "följde det med en kabel i kartongen?": a network cable in the
    // router's box.
    question: 'cable_in_box',
    narrows: ['which_cable', 'need_to_buy', 'buy_equipment'],
    all: [
      re(
        String.raw`(box|kartong\w*|forpackning\w*|packag\w*|paket\w*|ladan|lada) (that |which )?(the |my )?(router|modem|it)? ?(came|kom) (in|with)|came (in|with) (the|my|it)|in the (box|packaging|package)|i (kartongen|forpackningen|paketet|ladan)|foljde med|foljer med|medfoljde|medfoljer|ingick|ingar|included|comes with|came with`,
      ),
      re(String.raw`cable\w*|kabel\w*|kabeln|sladd\w*|cord|one|en sadan|nagon|ngn|en (sån|san)|ethernet|lan`),
    ],
  },
  {
    // "it's a Samsung, is it under Settings > Network?", "var hittar jag wifi-inställningen på tv:n?": where a TV keeps
    // its Wi-Fi (to forget the old name or join the new one).
    question: 'tv_wifi_menu',
    narrows: ['reconnect_devices', 'how_get_password'],
    unless: re(String.raw`related|picture|bild\w*|hack\w*|freez\w*|fryser|channel\w*|kanal\w*`),
    all: [
      re(
        String.raw`tv|tv:n|tvn|teve\w*|television|smart ?tv|samsung|lg|sony|philips|panasonic|hisense|tcl|android ?tv|google ?tv`,
      ),
      re(
        String.raw`where|var (finns|hittar|ligger|ar)|under (settings|installningar|network|natverk)|settings|installning\w*|menu\w*|meny\w*|find|hitta\w*|how (do|can|should) i (connect|reconnect|join|forget|change|switch)|hur (glommer|hittar) (jag|man)|forget|glom\w*`,
      ),
    ],
  },
  {
    // "can sales call me back tonight?", "kan säljavdelningen ringa upp mig?": a call-back asked for (the desk cannot
    // book one; the customer may call, or write here).
    question: 'call_back',
    narrows: ['what_happens_next'],
    unless: re(
      String.raw`will (they|you|the \w+|he|she|someone|somebody|anyone) (\w+ )?(call|ring|phone)|do (they|you) (call|ring)|kommer (de|ni|dom|teknikern|nan|nagon) (att )?ring\w*|ringer (de|ni|dom|teknikern)|(call|ring) me or|or (e-?mail|mail|write|text)|eller (mejla\w*|maila\w*|skriv\w*|sms\w*)|when (it|it's|its|the fault|everything)( is)? (fixed|back|done|over)|nar (det|felet|allt) (ar )?(klart|lagat|fixat|tillbaka|over|atgardat)`,
    ),
    all: [
      re(
        String.raw`(call|ring|phone) (me|us)( back| up)?|call-?back|ring (upp )?(mig|oss)|ringa (upp )?(mig|oss)|ringer (upp )?(mig|oss)|ringa tillbaka|ring tillbaka|uppringning|bli uppringd|be called|get a call`,
      ),
      re(
        String.raw`can|could|will|would|kan|skulle|kunde|maybe|kanske|possible|mojligt|ga|please|snalla|instead|istallet|tonight|ikvall|i kvall|tomorrow|imorgon|i morgon|later|senare|after|efter`,
      ),
    ],
  },
  {
    // "vilket nummer ska jag ringa?", "which number do I call?", "what's your phone number?": where the operator's
    // number is (never a number the desk does not have).
    question: 'which_number',
    narrows: ['what_happens_next', 'where_customer_number'],
    unless: re(
      String.raw`(they|you|he|she|someone|who|de|ni|dom|vem)( \w+)? (call|calls|ring|ringer|ringa)|call(s)? me|ring(er|a)? (upp )?mig|on what number|on which number|pa vilket nummer|till vilket nummer|my (old|new) (phone|number)|mitt (gamla|nya) nummer|changed my|bytt nummer|my (phone|mobile|number)|mitt (telefon|mobil)?nummer|mitt nummer|on (my|the) account|registrerat|registered|kundnummer\w*|customer number|ordernummer|order number|ip`,
    ),
    all: [
      re(
        String.raw`(phone|telephone|contact|support|customer service|your) ?numbers?|telefonnummer\w*|numret|nummer|number|which number|vilket nummer|var (ringer|kan jag ringa)|where (do|can) i call|who (do|should) i call|vem ringer`,
      ),
      re(
        String.raw`call\w*|ring\w*|reach|na er|contact|kontakta\w*|(your|ert|er|era) (phone |support |telefon)?(numbers?|nummer)|(your|ert|kundtjanstens|supportens) telefonnummer|(customer service|support)('s)? (phone )?numbers?`,
      ),
      re(String.raw`which|what|where|whats|vilket|vilken|var|vad|who|vem|give|ge|have|har|kan|can`),
    ],
  },
  {
    // "the new router is free, right?", "är bytet gratis?": a replacement of the operator's faulty router costs nothing.
    question: 'replacement_free',
    narrows: ['cost', 'what_happens_next'],
    unless: re(
      String.raw`how much|hur mycket|vad kostar|what does (a|the) new|price of|priset|buy\w*|kopa|koper|kop|purchase|upgrad\w*|uppgrader\w*|wi-?fi ?[67]|better|battre|faster|snabbare|extra|mesh|extender\w*|rent|hyra|hyr`,
    ),
    all: [
      re(
        String.raw`replac\w*|swap\w*|exchang\w*|byte|bytet|byta|byter|utbyte|ersatt\w*|new (router|modem|box|one|unit)|(ny|nya) (router\w*|modem\w*|box\w*|dosa\w*|lada)|den nya|the new one`,
      ),
      re(
        String.raw`free|gratis|kostnadsfri\w*|cost\w*|kosta\w*|pay|betala\w*|charge\w*|avgift\w*|pris\w*|price|fee`,
      ),
    ],
  },
  {
    // "hur kan Skype fungera om adressboken är fel?", "how can Teams work when websites don't?": the same answer as
    // apps_vs_sites below, asked with "how can" / "hur kan".
    question: 'apps_vs_sites',
    narrows: ['why_broke', 'what_dns'],
    all: [
      re(
        String.raw`spotify|whatsapp|netflix|youtube|instagram|facebook|messenger|snapchat|tiktok|teams|zoom|skype|apps?|appar\w*|appen`,
      ),
      re(String.raw`work\w*|fungera\w*|funka\w*|funkade|gick|gar|fine|ok`),
      re(String.raw`hur kan|hur gar det|hur funkar|hur fungerar|how can|how could|how is it|how does|how do`),
    ],
  },
  {
    // "should I ask my wife to make a call?", "ska frun ringa nån så vi ser?": a call on the phone line as the test of a
    // DSL filter, asked without the word "test" (the same answer as test_call below).
    question: 'test_call',
    narrows: ['how_know_fixed', 'what_happens_next'],
    unless: re(
      String.raw`you|er|eder|oss|us|me|mig|support|kundtjanst\w*|kundservice|customer service|technician|tekniker\w*|sales|salj\w*`,
    ),
    all: [
      re(
        String.raw`make a (phone )?call|(ring|call|phone) (someone|somebody|her|his|a friend|my|sin|sitt|nan|nagon)|ringa|ringer|ring|ett samtal|samtal\w*`,
      ),
      re(
        String.raw`wife|husband|partner|fru\w*|frun|maken|sambo\w*|someone|somebody|her|him|she|he|hon|han|nagon|nan|sister|brother|syster|bror|mamma|pappa`,
      ),
      re(String.raw`should|shall|could|can|ska|skall|kan|borde|bor|ought|ask|be (henne|honom)`),
    ],
  },
  // --- end round 33 ---
  {
    // Round 32 (b #7): "behöver jag mesh alltså eller inte? lägenheten är typ 45 kvm", "is mesh worth it in a 50 m²
    // flat?": whether a mesh is needed, by the size of the home — never how to place one, never what one costs.
    question: 'need_mesh',
    narrows: ['extender', 'need_to_buy', 'must_i', 'will_it_help', 'is_normal', 'upgrade_helps'],
    unless: re(
      String.raw`kostar|kosta|kostnad\w*|costs?|price\w*|pris\w*|how much|hur mycket|sell|saljer|salja|from you|fran er|av er|hos er|own|egen|eget|egna|plug\w*|koppla\w*|connect\w*`,
    ),
    all: [
      re(String.raw`mesh\w*|meshsystem\w*|mesh-\w+|extend[eo]r\w*|repeater\w*|\w*forstarkare\w*|booster\w*`),
      re(
        String.raw`need|needed|worth\w*|should (i|we)|do (i|we)|would (it|that|a)|necessary|overkill|behov\w*|behover|ska (jag|vi|man)|borde|bor (jag|vi)|lonar|vard (det|pengarna)|nodvandig\w*|ja eller nej|yes or no|\d+ ?(kvm|m2|m²|sqm|sq ?m|kvadrat\w*|square ?met\w*)|kvm|square met\w*|rum och kok|rok|\d+ ?rooms?|etta|tvaa|trea|fyra|bedroom\w*`,
      ),
    ],
  },
  {
    // Round 32 (a #10): "is it normally fine to plug my own mesh system into your router?", "kan jag använda min
    // egen router?": yes, behind ours in access-point mode — and what is lost (remote help on it).
    question: 'own_router',
    narrows: [
      'extender',
      'buy_equipment',
      'router_from_us',
      'need_to_buy',
      'will_it_help',
      'is_normal',
      'is_it_safe',
      'router_old',
      'breaks_other',
      'choose_password',
    ],
    unless: re(
      String.raw`pas+w\w*|losen\w*|nyckel\w*|key|kod\w*|code|ssid|namn\w*|name|dns|bridge ?mode|brygglage\w*`,
    ),
    all: [
      re(
        String.raw`own|egen|eget|egna|(my|our|min|mitt|var|vart) (asus|netgear|tp-?link|linksys|ubiquiti|eero|fritz\w*|google|orbi|deco|mesh\w*)`,
      ),
      re(
        String.raw`router\w*|modem\w*|mesh\w*|wi-?fi ?system\w*|wifisystem\w*|access ?points?|accesspunkt\w*|extend[eo]r\w*|\w*forstarkare\w*`,
      ),
      re(
        String.raw`use|using|plug\w*|connect\w*|hook\w*|work\w*|fine|ok|okay|compatible|bring|keep|instead|together|anvand\w*|koppla\w*|funk\w*|fungera\w*|ta med|behalla|istallet|i stallet|tillsammans|kompatib\w*|gar det|gar att`,
      ),
    ],
  },
  {
    // Round 32 (c #7): "can I just use my phone as a hotspot for the laptop, does that work?", "kan jag dela
    // internet från mobilen under tiden?": yes, on the phone's mobile data (never "the most likely fix").
    question: 'hotspot',
    narrows: [
      'will_it_help',
      'what_happens_next',
      'just_wait',
      'what_you_do',
      'is_it_safe',
      'cost',
      'should_restart',
      'how_know_fixed',
    ],
    // ("or will that cost extra?": what the hotspot costs is the mobile plan's answer, cost.hotspot.)
    unless: re(
      String.raw`slow\w*|langsam\w*|seg|segt|(you|u|ni|du) (send|ship|lend|skicka|lana)\w*|borrow\w*|lana ut|lanar ut|4g-?router\w*|5g-?router\w*|mobile (broadband|router)|mobilt bredband|cost\w*|kosta\w*|kostnad\w*|extra|price\w*|pris\w*|charge\w*|avgift\w*|how much|hur mycket`,
    ),
    all: [
      re(
        String.raw`hotspot\w*|hot spot|surfzon\w*|tether\w*|personal hotspot|dela (internet|natet|uppkoppling\w*|surf\w*|wifi\w*|mobildata)|(phone|mobile|mobil\w*|telefon\w*|iphone|android|cell) (as|som) (a |an |ett |en )?(modem|router|wi-?fi|wifi\w*|access ?point)|(surfa|koppla upp \w+|ansluta \w+|connect (the |my )?\w+) (via|pa|med|genom|through|to|over) (min |my |the )?(mobil\w*|telefon\w*|phone|mobile|cell)\w*`,
      ),
      re(
        String.raw`can|could|may|kan|kunde|far|funkar|fungerar|funka|work\w*|(is it|would it be|is that|ar det) (ok|okay|okej|fine|alright)|gar det|possible|mojligt|should|ska|borde|use|anvand\w*|tether\w*|meanwhile|under tiden|sa lange`,
      ),
    ],
  },
  {
    // Round 32 (c #8): "Fiberavbrott, betyder det att någon grävt av kabeln?", "what is a fibre cut?": what it
    // is, in a line (how it reaches a DSL line is fibre_cut_dsl's; when it is fixed, the incident's).
    question: 'what_fibre_cut',
    narrows: ['what_means', 'why_broke', 'what_found', 'is_outage', 'what_happens_next', 'my_side'],
    unless: re(
      String.raw`dsl|adsl|vdsl|koppar\w*|copper|telefonlinj\w*|phone line|how long|hur lange|when|nar (ar|blir|kommer)|restart\w*|starta om|eta`,
    ),
    all: [
      re(
        String.raw`fib(er|re) ?(cut|break|breakage)s?|fiberbrott\w*|fiberavbrott\w*|kabelbrott\w*|cable cut|cut (fib(er|re)|cable)|avgravd\w*`,
      ),
      re(
        String.raw`what|vad|mean\w*|betyd\w*|innebar|is that|ar det|does that|dug|digg\w*|grav\w*|someone|somebody|nagon|nan|explain|forklara|exactly|exakt`,
      ),
    ],
  },
  {
    // Round 32 (c #10): "Will the billing team write to me in English?", "kan de svara på engelska?": yes — the
    // language is the customer's to choose (never a stock paragraph about reminders and payments).
    question: 'team_language',
    narrows: ['what_happens_next', 'how_know_fixed', 'is_it_safe'],
    all: [
      re(
        String.raw`english|engelska|swedish|svenska|in (my|our) (own )?language|pa (mitt|vart) (eget )?sprak`,
      ),
      re(
        String.raw`write|writes|reply|replies|answer\w*|respond\w*|speak\w*|talk\w*|contact\w*|call\w*|communicat\w*|understand\w*|svara\w*|svarar|skriv\w*|prata\w*|tala\w*|kontakta\w*|ring\w*|forsta\w*|mejla\w*|e-?mail\w*`,
      ),
      re(
        String.raw`will|would|can|could|do|does|is it|ok|okay|fine|kan|kommer|gar det|funkar|far|ar det|skulle`,
      ),
    ],
  },
  {
    // Round 32 (c #5): "your test says 120 Mbit but I only get 30-40 on speedtest, why the difference?": where each
    // is measured (the line to the router, the device over Wi-Fi to a server), and what to test.
    question: 'speed_test_differs',
    narrows: ['how_speed_test', 'why_broke', 'what_found', 'is_normal', 'what_means', 'my_side'],
    all: [
      re(
        String.raw`speed ?tests?|speedtest\w*|bredbandskollen|bbk|fast\.com|ookla|my (own )?(test|measurement)|min (egen )?(test|matning)|mitt (eget )?test|i (only )?(get|got|measure\w*|see|saw)|only (get|got|see|saw|measure\w*)|jag (bara )?(far|fick|mater|matte|ser|sag)|(far|fick|mater|matte|ser|sag) jag|(you|ni|du) (measured|mat|matte|mater|got|fick|see|saw|sag)`,
      ),
      re(
        String.raw`your|you|yours|ni|er|ert|du|din|ditt|differ\w*|difference|skiljer|skillnad\w*|olika|but|men|while|medan`,
      ),
      re(
        String.raw`why|how come|varfor|vrf|hur kommer|difference|skillnad\w*|skiljer|differ\w*|olika|explain|forklara|doesn'?t match|stammer inte`,
      ),
    ],
  },
  {
    // "so ethernet wont fix the drops then?", "hjälper det om jag kopplar datorn med sladd, slutar det droppa?":
    // whether a cable inside the home stops the drops (not on a line fault: the line drops for every device).
    question: 'cable_for_drops',
    narrows: ['devices_drop'],
    all: [
      re(
        String.raw`ethernet|(network|lan|long|longer) cable\w*|cable\w*|kabel\w*|sladd\w*|natverkskabel\w*|lan-?kabel\w*|wired|tradbunde\w*|plug\w* (it |my \w+ |the \w+ )?in`,
      ),
      re(
        String.raw`fix\w*|help\w*|stop\w*|solve\w*|sort\w*|prevent\w*|hjalp\w*|hjalpa|fixa\w*|los(a|er)|slut\w*|stoppa\w*|hindra\w*|undvik\w*|get rid`,
      ),
      re(
        String.raw`drop\w*|disconnect\w*|cut\w*( out)?|cuts?|outages?|avbrott\w*|tapp\w*|droppa\w*|glapp\w*|bryts|kopplas (ner|ur)|faller (ur|bort)|stabil\w*|instabil\w*`,
      ),
    ],
  },
  {
    // "what were the DNS servers set to before?", "vilka dns-servrar låg det på förut?": the servers the check found.
    question: 'dns_before',
    narrows: ['what_dns'],
    all: [
      re(String.raw`dns\w*|dns-\w+|name ?servers?|namnserv\w*`),
      re(
        String.raw`before|previously|earlier|used to|old|innan|forut|tidigare|fore|gamla|forra|using|anvande`,
      ),
      re(String.raw`what|which|vad|vilka|vilken|vilket|set to|installd\w*|were|was`),
    ],
  },
  {
    // "can we get the same speed there?", "finns samma hastighet på Råsundavägen i Solna?": what an address has.
    question: 'speed_at_address',
    unless: re(String.raw`slow\w*|langsam\w*|seg\w*|drop\w*|problem\w*|nu|now|today|idag|i dag`),
    all: [
      re(
        String.raw`same (speed|plan|subscription|package|connection)|samma (hastighet|abonnemang|paket|uppkoppling|fart)`,
      ),
      re(
        String.raw`get|have|available|offer\w*|there|at|in|fa|ha|finns|tillganglig\w*|erbjud\w*|dar|dit|pa|i`,
      ),
    ],
  },
  {
    // "can we get 500 Mbit at the new address?", "vilken hastighet finns på Råsundavägen?"
    question: 'speed_at_address',
    unless: re(String.raw`slow\w*|langsam\w*|seg\w*|drop\w*|problem\w*`),
    all: [
      re(String.raw`speed\w*|hastighet\w*|mbit\w*|mbps|megabit\w*|gigabit|fiber|fibre`),
      re(
        String.raw`new (address|home|place|flat|apartment|house)|nya (adress\w*|stallet|lagenhet\w*|huset|bostad\w*)|\w+vagen|\w+gatan|\w+ (street|road)`,
      ),
      re(
        String.raw`get|have|available|offer\w*|fa|ha|finns|tillganglig\w*|erbjud\w*|kan vi|can we|can i|kan jag|vilken|which|what`,
      ),
    ],
  },
  {
    // "Grävde grannen något i går? grävmaskiner på gatan", "could the roadworks outside have done it?": digging
    // asked about as the cause (a common one for a cable in the ground).
    question: 'digging',
    narrows: ['what_happens_next'],
    // ("vad har hänt, är det nån som grävt av kabeln?" during an outage: what happened is the incident's answer.)
    unless: re(
      String.raw`(vad|va) (har |som )?(har )?hant|what (has |actually |really )?happened|what'?s happened`,
    ),
    all: [
      re(
        String.raw`grav(de|er|a|t|it|ning\w*|maskin\w*|arbete\w*|skad\w*)|schakt\w*|vagarbete\w*|ledningsarbete\w*|digg(ing|ers?)|dug|dig\w* (\w+ ){0,2}up|excavat\w*|road ?works?|roadwork\w*|construction (work|crew)\w*`,
      ),
    ],
  },
  {
    // "there's a thin white cable behind my desk, kinda squished. could that be it? can I fix it myself",
    // "fiberkabeln är klämd bakom soffan, kan det vara det?": a pinched or bent cable asked about as the cause
    // or as something to fix (never Wi-Fi reach, never the distance).
    question: 'pinched_cable',
    // ("could it be something i did, like bending the cable?": whether the customer caused it, my_side's.)
    unless: re(
      String.raw`something (i|we) (did|done)|did (i|we)|(i|we) did|nagot (jag|vi)|nat (jag|vi)|nanting (jag|vi)|(jag|vi) (har )?gjort|har (jag|vi)|my fault|mitt fel|vart fel`,
    ),
    narrows: ['why_broke', 'my_side', 'is_normal', 'router_blame', 'wifi_reach', 'what_happens_next'],
    all: [
      re(
        String.raw`squish\w*|squash\w*|squeez\w*|pinch\w*|crush\w*|kink\w*|trapped|stuck behind|bent|bend\w*|folded|klamd\w*|klamt|klam(s|des|ts)?|mosad\w*|bojd\w*|bojt|vikt|vikd\w*|knack\w*|trampad\w*|i klam`,
      ),
      re(String.raw`cable\w*|cord\w*|wire\w*|kabel\w*|kablar\w*|kabeln|sladd\w*|fiber\w*|fibre\w*`),
      re(
        String.raw`(could|can|might|would) (that|this|it) be|(is|was) (that|this|it) (it|why|the)|cause\w*|reason|because|fix\w*|myself|my self|sort it|straighten|free it|kan (det|detta|den) (vara|bero)|beror|orsak\w*|darfor|sjalv|laga\w*|fixa\w*|ratta\w*|ordna\w*|gora (nagot|nat|ngt)|do (something|anything)|touch|rora|ror`,
      ),
    ],
  },
  {
    // "could I just remove the splitter since we never use the phone?", "kan jag ta bort filtret, vi har ingen
    // telefon?": doing without the DSL filter, never what a splitter is.
    question: 'remove_splitter',
    narrows: ['what_splitter', 'is_it_safe'],
    all: [
      re(
        String.raw`remov\w*|take (it |the \w+ )?(out|off|away)|taking (it |the \w+ )?(out|off)|get rid|ditch\w*|skip\w*|without (it|the|a)|plug\w* (the router )?(straight|directly)|ta bort|tar bort|plocka (bort|ur)|koppla (bort|ur|loss)|skippa\w*|strunta i|utan (den|det|filtret|splittern|dosan)|direkt i (jacket|uttaget|vaggen)`,
      ),
      re(
        String.raw`splitter\w*|filter|filtret|micro-?filt\w*|mikro-?filt\w*|dsl-?filt\w*|adsl-?filt\w*|telefonfilt\w*|dosan|white box|little box|small box|vita dosan|lilla dosan`,
      ),
    ],
  },
  {
    // "what do I do tomorrow, I have calls all day", "vad gör jag i morgon, jag har möten hela dagen": how to get
    // through the work calls until the fault is fixed (the phone's hotspot), never "nothing to do".
    question: 'calls_meanwhile',
    narrows: ['what_happens_next', 'just_wait', 'what_you_do'],
    all: [
      re(
        String.raw`what (do|should|can|shall) (i|we) do|what am i (supposed|meant) to do|how (do|can|should) (i|we) (work|manage|cope)|vad (gor|ska|kan|skall) (jag|vi)( gora)?|hur (gor|ska|kan) (jag|vi)( gora| jobba)?`,
      ),
      re(
        String.raw`calls?|meetings?|teams|zoom|work\w*|job|samtal\w*|mote|moten|motena|jobb\w*|arbete\w*|hemifran|from home`,
      ),
      re(
        String.raw`tomorrow|tmrw|tonight|today|until|till|meanwhile|in the meantime|all day|imorgon|i morgon|idag|i dag|ikvall|i kvall|tills|under tiden|sa lange|hela dagen`,
      ),
    ],
  },
  {
    // "till saturday does restarting the router help at all or is that pointless", "hjälper det att starta om
    // under tiden?": whether a restart helps with the fault found (case.restart_meanwhile.<cause>).
    question: 'restart_helps',
    narrows: ['should_restart', 'already_restarted', 'what_happens_next', 'just_wait'],
    unless: re(
      String.raw`why|how come|varfor|vrf|what does|what will|what would|vad gor|vad hjalper|vad (ska|skulle) (en |det att |det )?\w+ hjalpa|what good|myself|sjalv|harm\w*|damag\w*|skad\w*`,
    ),
    all: [
      re(RESTART),
      re(
        String.raw`help\w*|hjalp\w*|hjalpa|any (use|good|point)|pointless|no point|worth\w*|lont|nagon (ide|mening|nytta)|ide|mening\w*|nytta|meningslos\w*`,
      ),
    ],
  },
  {
    // "om jag betalar nu öppnas det direkt då eller måste jag vänta?", "if I pay now, is it back on at once?":
    // when a paused line opens after the payment (never "yes, nothing more needed").
    question: 'opens_on_payment',
    // ("if I pay now …": the payment asked about is no question of what troubleshooting costs.)
    narrows: ['just_wait', 'how_long', 'wait_until_works', 'what_happens_next', 'cost'],
    all: [
      re(
        String.raw`pay|pays|paying|paid|betala\w*|betalar|betalat|betalning\w*|swish\w*|swishar|bankgiro\w*|overfor\w*|transfer\w*`,
      ),
      re(
        String.raw`oppn\w*|open\w*|back on|on again|tillbaka|igang|funka\w*|fungera\w*|work\w*|reconnect\w*|aterstall\w*|sla\w* pa|turn\w* (it |the \w+ )?(back )?on|unblock\w*|reactivat\w*|ateraktiv\w*`,
      ),
      re(
        String.raw`direkt|genast|med en gang|meddetsamma|med detsamma|at once|right away|immediately|straight away|instantly|directly|wait\w*|vanta\w*|how (long|soon|quickly|fast)|hur (lang|snabbt|fort)|nar|when`,
      ),
    ],
  },
  {
    // "if I cancel the second payment in my bank app, will you cut off my internet?", "om jag stoppar den dubbla
    // dragningen i banken, stänger ni av mig då?": a charge reversed while billing looks at it.
    question: 'reverse_payment',
    narrows: ['what_happens_next', 'is_it_safe'],
    all: [
      re(
        String.raw`cancel\w*|reverse\w*|revers\w*|stop\w*|block\w*|chargeback|charge back|claw back|pull back|dispute\w*|bestrid\w*|avbryt\w*|stoppa\w*|stoppar|aterkalla\w*|sparra\w*|makulera\w*|dra tillbaka`,
      ),
      re(
        String.raw`payments?|charges?|debit\w*|transaction\w*|betalning\w*|dragning\w*|autogiro\w*|belopp\w*|overforing\w*`,
      ),
      re(
        String.raw`cut\w* (me |it |my \w+ )?off|close\w*|shut\w*|disconnect\w*|suspend\w*|block\w*|turn\w* off|stang\w*|bryt\w*|pausa\w*|koppla (bort|ur|ner)|internet|line|linjen|connection|uppkoppling\w*`,
      ),
    ],
  },
  {
    // "lampan där det står WLAN blinkar hela tiden, är det meningen?", "the wifi light keeps flashing, is that ok?":
    // the Wi-Fi light blinks with Wi-Fi traffic — never the internet light's start-up.
    question: 'wifi_light_blinking',
    narrows: ['which_light', 'is_normal', 'how_know_fixed'],
    all: [
      re(String.raw`${WIFI}|wlan`),
      re(String.raw`lamp\w*|light\w*|led\w*|ljus\w*|diod\w*|lys\w*`),
      re(String.raw`blink\w*|flash\w*|flimr\w*|flicker\w*`),
    ],
  },
  {
    // "vad betyder det att lampan blinkar?", "why is one of the lights flashing?": what blinking means, not
    // whether a light that blinks while connecting is good (light_blinking) nor a step in plain words.
    question: 'blink_meaning',
    narrows: ['which_light', 'is_normal', 'how_know_fixed', 'what_means'],
    unless: re(String.raw`rod\w*|red|orange|amber|gul\w*|yellow|pon|gpon|loss-of-signal|${WIFI}|wlan`),
    all: [
      re(String.raw`blink\w*|flash\w*|flimr\w*|flicker\w*`),
      re(
        String.raw`what does (it|that|this)( \w+){0,2} mean|what (does|do) (the |a |that |this )?(blink\w*|flash\w*)|mean\w* (that|when)|why (is|are|does|do)|vad (betyder|innebar|menas)|betyder (det|de) (nagot|nat|att)|varfor (blinkar|lyser)`,
      ),
    ],
  },
  {
    // "kan vi stänga av wifi:t på nätterna själva, hur gör man?", "can we turn the wifi off at night ourselves?":
    // the Wi-Fi alone (the WLAN button or a schedule), not the router (router_off_at_night).
    question: 'wifi_off_at_night',
    narrows: ['which_button', 'what_happens_next'],
    all: [
      re(WIFI),
      re(
        String.raw`turn\w* (\w+ ){0,2}off|switch\w* (\w+ ){0,2}off|shut\w* (\w+ ){0,2}off|disable\w*|stang\w* av|stanga av|sla\w* av|sla (\w+ ){0,2}av|schedul\w*|schema\w*|timer`,
      ),
      re(
        String.raw`night\w*|natt\w*|nights|evening\w*|kvall\w*|bedtime|sleep\w*|sover|schedul\w*|schema\w*|timer|morning\w*|morgon\w*`,
      ),
    ],
    // ("where do I turn off that wifi schedule?", "hur stänger man av det där schemat": a schedule already there
    // is asked about — wifi_schedule, never how to switch the Wi-Fi off at night.)
    unless: re(SCHEDULE_THERE),
  },
  {
    // "är det bättre att ha routern direkt i väggen istället för i grenuttaget?", "is it better to plug it straight
    // into the wall instead of the power strip?": both are fine — never the dead-socket check.
    question: 'wall_or_strip',
    narrows: ['power_outlet', 'is_it_safe', 'is_normal', 'which_cable'],
    all: [
      re(
        String.raw`grenuttag\w*|grenkontakt\w*|forlangningssladd\w*|power ?strip\w*|extension (lead|cord|cable)\w*|multi-?plug\w*|power ?board\w*|surge protector\w*`,
      ),
      re(String.raw`wall\w*|vagg\w*|direkt|directly|straight`),
      re(
        String.raw`better|best|worse|matter\w*|should|ok|okay|fine|battre|bast|samre|spelar|ska|bor|borde|gar det|okej|or|eller|instead|istallet`,
      ),
    ],
  },
  {
    // "kan det vara så att grannen har vårt gamla lösenord?", "could the neighbour still have our old password?":
    // yes — a device that had the old key joins again by itself; with the new key it cannot.
    question: 'neighbour_old_key',
    // "har glömt wifi lösenordet, kompis ska in": the customer's own key forgotten, nobody else holding an old one.
    unless: re(
      String.raw`glomt|glomde|glommer|forgot\w*|minns inte|kommer inte ihag|(don'?t|dont|can'?t|cant) remember`,
    ),
    narrows: [
      'current_password',
      'intruder_out',
      'was_hacked',
      'is_it_safe',
      'who_switched_off',
      'why_broke',
    ],
    all: [
      re(
        String.raw`neighbou?r\w*|granne\w*|grannar\w*|grannarna|friends?|van\w*|kompis\w*|guests?|gast\w*|someone else|somebody else|nagon annan|nan annan`,
      ),
      re(
        String.raw`(old|previous|former|gamla|forra|tidigare) (wi-?fi |wifi-?|wlan-?)?(password|losenord\w*|key|nyckel\w*|code|kod\w*)|(had|has|have|knew|know|got|har|hade|fick|kan|kunde) (\w+ ){0,2}(password|losenordet|key|nyckeln|koden|code)`,
      ),
    ],
  },
  {
    // "do I need to write it down somewhere, when would I even use it?", "måste jag skriva ner det?": where to keep
    // a password the desk sets, and when it is needed.
    question: 'password_keep',
    narrows: [
      'how_get_password',
      'what_admin_password',
      'current_password',
      'what_happens_next',
      'login_needed',
    ],
    all: [
      re(
        String.raw`write (it |that |this |the \w+ )?down|note (it |that )?down|jot (it )?down|save (it|that)|keep (it|that) (somewhere|safe)|skriv\w* (upp |ner |ned )?(det|den|losenordet)|skriv\w* (ner|ned|upp) (det|den|nagonstans|nanstans)|anteckna\w*|spara (det|den|losenordet)|when would i (even |ever )?(use|need)|when do i (even |ever )?(use|need)|nar (skulle|ska|behover|anvander) (jag|man|vi) (ens |nansin |nagonsin )?(anvanda|behova|det|den)`,
      ),
    ],
  },
  {
    question: 'los_light',
    narrows: ['which_light'],
    all: [
      re(
        String.raw`loss-of-signal|loss of signal|los[- ]?(lamp\w*|ljus\w*|light\w*|led\w*|diod\w*|indikator\w*|symbol\w*)|(rod\w*|red|blinkande|blinking) los`,
      ),
    ],
  },
  {
    // "the light that was off is blinking now, is that good?", "den som blinkar, ska den lysa fast?"
    question: 'light_blinking',
    narrows: ['which_light', 'is_normal', 'how_know_fixed'],
    // (A blinking Wi-Fi light is data going over the Wi-Fi: after-questions.ts answers that one.)
    unless: re(String.raw`rod\w*|red|orange|amber|gul\w*|yellow|pon|gpon|loss-of-signal|${WIFI}|wlan`),
    all: [
      re(String.raw`blink\w*|flash\w*|flimr\w*|flicker\w*`),
      re(
        String.raw`good|ok|okay|okej|normal\w*|steady|solid|fast|lysa fast|lyser fast|should|supposed|ska|skall|bra|meant|is that|is it|ar det|betyd\w*|mean\w*|bad|dalig\w*|daligt`,
      ),
    ],
  },
  {
    // "ska jag ge den gamla routern till teknikern eller skicka tillbaka den?", "what do I do with the old router?"
    question: 'old_router',
    narrows: ['router_old', 'technician_when', 'what_happens_next', 'cost', 'be_home'],
    all: [
      re(
        String.raw`(old|gamla|gammal|gamle|previous|current|befintlig\w*|broken|trasig\w*|defekt\w*) (${ROUTER})`,
      ),
      re(
        String.raw`do with|gora (med|av)|gor (med|av)|gor (jag|vi) (med|av)|ska (jag|vi) gora|what about|hur gor|return\w*|send (it )?back|skick\w* (den |tillbaka|in)|tillbaka|lamna\w*|ge (den|till)|give|hand (it )?over|keep|behall\w*|take|tar|ta med|throw|slang\w*|recycl\w*|atervinn\w*|kasta\w*|dispose|get rid`,
      ),
    ],
  },
  {
    // "hur lång tid tar det innan en betalning syns hos er?", "when will my payment show?"
    question: 'payment_shows',
    narrows: ['how_long', 'wait_until_works', 'just_wait', 'what_happens_next'],
    unless: re(String.raw`refund\w*|aterbetal\w*|pengarna tillbaka|money back`),
    all: [
      re(
        String.raw`betalning\w*|inbetalning\w*|payment\w*|paid|betalat|betalade|swish\w*|bankgiro\w*|autogiro\w*`,
      ),
      re(
        String.raw`how long|hur lang|how soon|how many days|hur manga dagar|when|nar|syns|synas|show\w*|appear\w*|register\w*|arrive\w*|kommer fram|komma fram|nar fram|go through|ga igenom|gar igenom|reach\w*`,
      ),
    ],
  },
  {
    // "how long does a refund take?", "när får jag tillbaka pengarna?"
    question: 'refund_time',
    narrows: ['how_long', 'compensation', 'what_happens_next'],
    all: [
      re(
        String.raw`refund\w*|aterbetalning\w*|aterbetal\w*|pengarna tillbaka|money back|tillbaka pengarna|credit\w*`,
      ),
      re(String.raw`how long|hur lang|how soon|when|nar|how many days|hur manga dagar|take|tar det|dauer`),
    ],
  },
  {
    // "do I need to send the bank screenshot somewhere?", "ska jag skicka en skärmdump från banken?"
    question: 'bank_screenshot',
    all: [
      re(String.raw`screenshot\w*|screen shot\w*|skarmdump\w*|skarmbild\w*|kontoutdrag\w*|bank statement\w*`),
      re(
        String.raw`send|skicka\w*|need|behov\w*|attach\w*|bifoga\w*|where|vart|var|upload\w*|ladda upp|should i|ska jag|maste|must|want`,
      ),
    ],
  },
  {
    // "how many tries before it locks again?", "hur många försök har jag?"
    question: 'login_tries',
    all: [
      re(String.raw`how many|hur manga|number of|antal|max\w*`),
      re(String.raw`tries|try|attempts?|forsok\w*|gang\w*|times|chances?|chanser`),
      re(
        String.raw`lock\w*|las\w*|last|sparr\w*|spar\w*|pin\w*|kod\w*|codes?|password\w*|losenord\w*|sign\w* in|log\w* in|logga in|inloggning\w*|wrong|fel`,
      ),
    ],
  },
  {
    // "could I sign in on the portal instead?", "kan jag logga in på kundportalen istället för PIN?"
    question: 'my_pages_instead',
    all: [
      re(String.raw`my pages|mina sidor|the portal|portalen|customer portal|kundportal\w*`),
      re(
        String.raw`instead|istallet|i stallet|rather|replace|ersatt\w*|without (the |a |my )?(pin|code)|utan (pin\w*|kod\w*)|in place of|or can|eller kan|could i (just )?(sign|log)|kan jag (inte )?(bara )?logga`,
      ),
    ],
  },
  {
    // "var sitter WPS-knappen på routern?", "where do I find the WPS button?"
    question: 'wps_button',
    narrows: ['which_button', 'reconnect_devices', 'devices_drop'],
    all: [
      re(String.raw`wps|wps-?knapp\w*|wps-?button\w*`),
      re(
        String.raw`where|var|vart|which|vilken|find|hitta\w*|sitter|located|look like|ser (den|ut)|placerad|what does it look`,
      ),
    ],
  },
  {
    // "var sitter den där wifi-knappen?", "where is the wifi button?"
    question: 'wifi_button',
    narrows: ['which_button', 'who_switched_off'],
    all: [
      re(
        String.raw`(${WIFI}|wps|wlan)[- ]?(knapp\w*|button\w*|switch|brytare\w*)|(knapp\w*|button\w*) (for|till|on|pa) (${WIFI}|wps|wlan)`,
      ),
      re(
        String.raw`where|var|vart|which|vilken|find|hitta\w*|sitter|located|look like|ser (den|ut)|placerad`,
      ),
    ],
  },
  {
    // "kan omstarterna ha förstört routern?", "can restarting it so often damage it?"
    question: 'restart_harm',
    narrows: ['is_it_safe', 'should_restart', 'already_restarted', 'breaks_other'],
    unless: re(String.raw`settings?|installning\w*|port\w*|password\w*|losenord\w*|forward\w*|namn\w*|name`),
    all: [
      re(String.raw`${RESTART}|unplug\w*|power cycl\w*|dragit ur|drog ur|stangt av|turned it off`),
      re(
        String.raw`damag\w*|harm\w*|hurt\w*|break|broke|broken|ruin\w*|wear\w*|skad\w*|sabb\w*|forstor\w*|paj\w*|sonder|trasig\w*|kaputt|bad for|daligt for|farligt`,
      ),
    ],
  },
  {
    // "will I get an e-mail or SMS when it is fixed?", "får jag ett sms när det är lagat?"
    question: 'fixed_notice',
    all: [
      re(String.raw`e-?mail\w*|mail|mejl\w*|sms\w*|text message\w*|texts?|notif\w*|notis\w*|besked`),
      re(
        String.raw`fixed|repaired|resolved|back|over|done|klart|klar|lagat|lagad|fixat|atgardat|tillbaka|igang|uppe|up again|when it|nar det|nar felet|when the`,
      ),
      re(
        String.raw`will i|do i get|would i|get|fa|far jag|kommer (jag|ni|du)|will you|send|skicka\w*|meddela\w*|tell|notify|informera\w*|hear`,
      ),
    ],
  },
  {
    // "behöver någon komma hem och installera?", "does a technician need to install the fibre?"
    question: 'install_visit',
    narrows: ['technician_when', 'be_home', 'what_happens_next'],
    all: [
      re(String.raw`install\w*|koppla in|kopplar in|set ?up|satta upp|dra in|draga in`),
      re(
        String.raw`technician\w*|tekniker\w*|someone|somebody|anyone|nagon|nan|installator\w*|come|komma|kommer|hem|home|visit\w*|besok\w*|myself|sjalv|sjalva`,
      ),
    ],
  },
  {
    // "was it my fault?", "har ja gjort nåt fel?", "did I break it?"
    question: 'my_fault',
    narrows: ['your_fault', 'my_side', 'why_broke', 'what_found'],
    all: [
      re(
        String.raw`my fault|mitt fel|mina fel|my mistake|was it me|is it me|did i (do|break|cause|mess|screw)\w*|have i (done|broken|caused|messed)\w*|i (did|caused) (something|this|it)|(har|hade) (ja|jag) (gjort|forstort|sabbat|orsakat|haft sonder|pajat)|gjorde (ja|jag) (nagot|nat|nat|ngt|fel)|(ja|jag) som (gjort|orsakat|forstort)|jag skuld|my doing|min skuld`,
      ),
    ],
  },
  {
    // "24 timmar?? det är väl jättelänge", "24 hours?? that is long", "when does the technician come then?"
    question: 'wait_long',
    // ("24 hours is long tho, is there nothing i can do meanwhile?": what helps meanwhile is the fault's own answer.)
    unless: re(
      String.raw`meanwhile|in the meantime|under tiden|sa lange|nothing i can do|anything i can do|kan jag gora|nagot jag kan|nat jag kan`,
    ),
    narrows: ['how_long', 'technician_when', 'what_happens_next', 'just_wait', 'wait_until_works'],
    all: [
      re(
        String.raw`\d+ ?(timmar|timme|tim|h|hours?|hrs?|dagar|dygn|days?)|(a|ett|one|whole|hela) (day|dag|dygn)|so long|sa lang\w*|sa lange|that long|that'?s long|jattelange|jattelang\w*|for lange|too long|langt|long wait|lang vantan`,
      ),
      // ("24 timmar??": the hours asked back are enough.)
      re(
        String.raw`\d+ ?(timmar|timme|tim|h|hours?|hrs?|dagar|dygn|days?)\s*\?|long|lang\w*|lange|jattelang\w*|slow|seriously|allvar\w*|really|verkligen|faster|snabbare|sooner|tidigare|wait|vanta|forever|evighet\w*|ages`,
      ),
    ],
  },
  {
    // "so it's just the distance then?", "är det bara avståndet?"
    question: 'just_distance',
    narrows: ['why_broke', 'my_side', 'is_normal', 'router_blame'],
    all: [
      re(String.raw`just|only|bara|enbart|simply|mainly|mest`),
      re(
        String.raw`distance|avstand\w*|too far|for langt|far away|langt bort|range|rackvidd\w*|walls?|vagg\w*`,
      ),
    ],
  },
  {
    // "the router is in the study two rooms away. Could that be it?", "så det e avståndet då?", "is it because the
    // router is so far away?": the distance asked about as the cause (a short question is read with the
    // sentence before it: general-questions.ts).
    question: 'just_distance',
    narrows: ['why_broke', 'my_side', 'is_normal', 'router_blame'],
    // ("why is dsl so slow here, is it the distance?": the distance to the exchange, dsl_distance's.)
    unless: re(String.raw`dsl|adsl|vdsl|exchange|telestation\w*|stationen`),
    all: [
      re(
        String.raw`(could|can|might|would) (that|this|it) be (it|why|the (reason|cause|problem|thing))|(is|was) (that|this|it) (why|the (reason|cause|problem)|because)|because|due to|so (it'?s|its|it is)|(it'?s|its|is it) (the|all about)|kan (det|detta) (vara|bero)|beror (det|detta)|(ar|e|var) det (darfor|det|pga|pa grund av)|sa (det|de) (ar|e)|(det|de) (ar|e) (alltsa |da |nog )?(avstand|for att)|pa grund av|pga|darfor`,
      ),
      re(
        String.raw`distance|avstand\w*|too far|so far|for langt|sa langt|far away|far from|langt bort|langt (fran|ifran)|rooms? away|rum bort|rum (fran|ifran)|other side of|andra sidan|(two|three|four|2|3|4|tva|tre|fyra|several|flera) rooms|walls?|vagg\w*|rackvidd\w*`,
      ),
    ],
  },
  {
    // "kan jag själv byta patchkabeln mellan väggen och fiberboxen?", "can I swap the short fibre cable?"
    question: 'patch_cable',
    narrows: ['which_cable', 'power_outlet', 'is_it_safe'],
    all: [
      re(
        String.raw`patch\w*|fiberkabel\w*|fibre cable\w*|fiber cable\w*|fibersladd\w*|(short|korta|lilla) (cable|kabel\w*|sladd\w*)|(cable|kabel\w*|sladd\w*) (between|mellan)`,
      ),
      re(
        String.raw`swap\w*|byt\w*|byta|change|replace\w*|ersatt\w*|new one|ny|nya|extra|spare|reserv\w*|another|en annan|en till`,
      ),
    ],
  },
  {
    // "why does a fibre cut affect my DSL line?", "varför drabbar ett fiberbrott min adsl?"
    question: 'fibre_cut_dsl',
    narrows: ['breaks_other', 'other_affected', 'why_broke', 'my_side', 'is_it_safe'],
    all: [
      re(
        String.raw`fib(er|re) ?(cut|break|fault)?|fiberbrott\w*|kabelbrott\w*|cable cut|cut cable|avgravd\w*|gravd\w*|dug`,
      ),
      re(
        String.raw`dsl|adsl|vdsl|koppar\w*|copper|telefonlinj\w*|phone line|my line|min linje|mitt bredband`,
      ),
      re(
        String.raw`why|how|how come|varfor|vrf|hur|affect\w*|paverka\w*|drabba\w*|hit\w*|break\w*|related|hanger ihop|har med`,
      ),
    ],
  },
  {
    question: 'pon_light',
    narrows: ['which_light'],
    all: [
      re(String.raw`pon[- ]?(lamp\w*|ljus\w*|light\w*|led\w*|diod\w*)|pon|gpon`),
      re(String.raw`lamp\w*|light\w*|led\w*|lys\w*|blink\w*|mean\w*|betyd\w*|innebar|what|vad`),
    ],
  },
  {
    question: 'wifi_vs_internet',
    all: [re(WIFI), re(INTERNET), re(SAME_OR_DIFFERENT)],
  },
  {
    question: 'modem_vs_router',
    all: [
      re(String.raw`modem\w*|fiberbox\w*|fiber box|fibre box|mediaomvandlare\w*|media converter`),
      re(String.raw`router\w*`),
      re(SAME_OR_DIFFERENT),
    ],
  },
  {
    question: 'why_restart',
    unless: RESTARTS_ITSELF,
    all: [
      re(RESTART),
      re(
        String.raw`why|how come|varfor|vrf|what does|what will|what would|vad gor|vad hjalper|vad ska|vad skulle|what good|what'?s the point|vad ar poangen|vad ar det for mening|help\w*|hjalp\w*|hjalpa|nytta|mening`,
      ),
    ],
  },
  {
    question: 'restart_devices',
    all: [
      re(RESTART),
      re(
        String.raw`computers?|pc|laptop\w*|mac|macbook|phones?|mobil\w*|telefon\w*|tv|tv:n|tvn|nas|playstation|ps[45]|xbox|consoles?|datorn?|datorer\w*|devices?|enhet\w*|grejer\w*|prylar\w*|ipad\w*|surfplatt\w*|tablet\w*|skrivare\w*|printer\w*`,
      ),
      re(String.raw`need|have to|has to|should|must|do i|do we|behov\w*|maste|ska jag|ska vi|bor jag|bor vi`),
    ],
  },
  {
    // "could my new longer antenna cable be the cause?", "kan det va den nya sladden?", "is it the coax?"
    question: 'coax_cause',
    narrows: ['what_coax', 'buy_equipment', 'which_cable', 'my_side', 'why_broke'],
    all: [
      re(
        String.raw`antenn\w*|antenna ?cable\w*|coax\w*|koax\w*|tv-?(kabel|sladd)\w*|(new|longer|long|extension|cheap|nya|ny|langre|lang|forlangnings|billig\w*) (antenna |antenn)?(cable|kabel\w*|sladd\w*)|(cable|kabel\w*|sladd\w*) (from|fran) (clas ohlson|kjell|biltema|elgiganten|the store|affaren)`,
      ),
      re(
        String.raw`cause\w*|orsak\w*|beror|because|pga|skyld\w*|blame|kan det (va|vara|bero)|kan den (va|vara)|could (it|that|this|the)|can (it|that|this|the)|is it|ar det|e det|might|matter\w*|spelar|affect\w*|paverka\w*|problem\w*`,
      ),
    ],
  },
  {
    // "do I need to flush DNS on the laptop?", "behöver jag tömma dns-cachen?", "ipconfig /flushdns?"
    question: 'flush_dns',
    narrows: ['what_dns', 'what_happens_next', 'how_know_fixed'],
    all: [
      re(
        String.raw`flush\w*|flushdns|ipconfig|(tom\w*|rensa\w*|clear\w*|nollstall\w*|reset\w*) (the |my |min |mitt )?(dns\w*|cache\w*|cachen)|(dns|dns-?cache\w*|cache\w*) (tom\w*|rensa\w*|cleared|flushed)`,
      ),
    ],
  },
  {
    // "why would Spotify work when the BBC doesn't?", "varför funkar Spotify men inte webbsidorna?": apps keep
    // their connections open and remember the addresses they use, so they needed no new look-up.
    question: 'apps_vs_sites',
    narrows: ['why_broke', 'what_dns'],
    all: [
      re(
        String.raw`spotify|whatsapp|netflix|youtube|instagram|facebook|messenger|snapchat|tiktok|teams|zoom|skype|apps?|appar\w*|appen|streaming\w*`,
      ),
      re(
        String.raw`work\w*|kept (working|going|playing)|still (work\w*|fine|going|playing)|fungera\w*|funka\w*|funkade|gick|gar|fine|ok|played|spelade|spelar`,
      ),
      re(String.raw`why|how come|varfor|vrf|hur kommer det sig|how (is|was|does|did|can)|what (makes|made)`),
    ],
  },
  {
    // "should she ring her sister to test?", "ska jag ringa nån och testa?": a phone call as the test of a filter.
    question: 'test_call',
    narrows: ['how_know_fixed', 'what_happens_next'],
    unless: re(
      String.raw`you|er|eder|oss|us|support|kundtjanst\w*|kundservice|customer service|technician|tekniker\w*`,
    ),
    all: [
      re(
        String.raw`ring\w*|call\w*|phone (someone|somebody|her|him|them|a friend)|ringa|ringer|samtal\w*|ringt`,
      ),
      re(String.raw`test\w*|try|trying|prova\w*|see if|se om|check\w*|kolla\w*|find out|ta reda`),
    ],
  },
  {
    // "the third socket has nothing in it — does it need a filter too?", "behöver det tomma uttaget ett filter?"
    question: 'filter_empty_socket',
    narrows: ['what_splitter'],
    all: [
      re(
        String.raw`empty|unused|not used|nothing (in|plugged|connected)|no phone|tom\w*|oanvand\w*|inget (i|inkopplat|ikopplat|kopplat)|ingenting (i|inkopplat)|ingen telefon|utan (nagot|nat|telefon)`,
      ),
      re(String.raw`socket\w*|jack\w*|outlet\w*|uttag\w*|jacket|jacken|point\w*`),
      re(
        String.raw`filter\w*|filtre?r?\w*|box\w*|dosa\w*|splitter\w*|need|behov\w*|one too|ocksa|as well|too`,
      ),
    ],
  },
  {
    // "is that something I need and do you supply it?", "Do you send filters or do I buy one myself?", "säljer ni
    // sådana filter?": where a DSL microfilter comes from (a shop), with whether one is needed.
    question: 'filter_supply',
    narrows: ['buy_equipment', 'what_splitter', 'need_to_buy'],
    all: [
      re(
        String.raw`filter|filters|filtret|filtren|filtre?r?|micro-?filt\w*|mikro-?filt\w*|splitter\w*|dsl-?filt\w*|adsl-?filt\w*`,
      ),
      re(
        String.raw`supply|supplies|provide\w*|send\w*|sell\w*|stock\w*|ship\w*|post|hand out|give out|buy|bought|shop\w*|store|get (one|them|it|a filter)|where (do|can) (i|we) get|skickar|skicka|saljer|salja|tillhandahall\w*|delar ut|kopa|koper|kop|butik\w*|affar\w*|far (man|jag|vi) (ett|en|dem|det)|var (far|hittar|koper) (jag|man|vi)`,
      ),
    ],
  },
  {
    question: 'microfilter',
    all: [
      re(
        String.raw`micro-?filt\w*|mikro-?filt\w*|splitter\w*|dsl-?filt\w*|adsl-?filt\w*|telefonfilt\w*|phone filt\w*`,
      ),
    ],
  },
  {
    question: 'microfilter',
    narrows: ['what_splitter'],
    all: [
      re(String.raw`filter|filters|filtret|filtren|filtre?r?`),
      re(
        String.raw`${PHONE}|dsl|adsl|vdsl|line|linjen|jack\w*|uttag\w*|socket\w*|wall|vaggen|bedroom|sovrum\w*|kitchen|kok\w*`,
      ),
    ],
  },
  {
    question: 'microfilter',
    narrows: ['what_splitter'],
    all: [
      re(PHONE),
      re(
        String.raw`another one|one more|each|every|all|one of those|en till|ett till|en sadan|en sån|en san|varje|alla|en egen|ett eget|own`,
      ),
      re(
        String.raw`box\w*|dosa\w*|dosor\w*|plug\w*|koppla\w*|jack\w*|uttag\w*|socket\w*|need|behov\w*|kontakt\w*`,
      ),
    ],
  },
  {
    question: 'static_ip',
    all: [
      re(
        String.raw`(static|fixed|statisk\w*|fast|public|publik\w*|dedicated|egen|own) (ip|ip-?adress\w*|ip-?address\w*|ipv4)|(static|statisk\w*) (adress\w*|address\w*)|cg-?nat`,
      ),
    ],
  },
  {
    question: 'what_ip',
    all: [
      re(
        String.raw`what is an?|what'?s an?|whats an?|what are|what does|vad ar en|vad betyder|vad menas med|explain|forklara`,
      ),
      re(String.raw`ip|ip-?adress\w*|ip-?address\w*|ip address\w*`),
    ],
  },
  {
    question: 'mac_address',
    all: [re(String.raw`mac[- ]?(adress\w*|address\w*|nummer\w*|number)|mac-?adr\w*`)],
  },
  {
    question: 'wps',
    all: [re(String.raw`wps|wps-?knapp\w*|wps-?button\w*`)],
  },
  {
    question: 'upnp',
    all: [re(String.raw`upnp|universal plug and play`)],
  },
  {
    question: 'wifi_speed_normal',
    all: [
      re(WIFI),
      re(String.raw`\d{2,4} ?(mbit\w*|mbps|mb/s|mb|meg\w*)|${SPEED}`),
      re(
        String.raw`ok|okay|okej|normal\w*|enough|good enough|bra nog|rimlig\w*|expected|forvant\w*|should (it|i) (be|get)|ska (det|jag) (vara|fa)|borde (det|jag)|supposed to|realistic\w*|realistisk\w*|slower than|langsammare an|lagre an|lower than|never (get|reach)|aldrig (fa|na)`,
      ),
    ],
  },
  {
    // "med kabel 471, på wifi 290 — är 290 ok?", "i get 290 of my 500, is that ok?" (no Wi-Fi named)
    question: 'speed_ok',
    narrows: ['is_normal', 'how_speed_test'],
    all: [
      re(String.raw`\d{2,4} ?(mbit\w*|mbps|mb/s|meg\w*)?`),
      re(
        String.raw`${SPEED}|speed ?test\w*|hastighetstest\w*|bredbandskoll\w*|measur\w*|mat\w*|matte|visar|shows?|showed|got|get|fick|far jag|test\w*`,
      ),
      re(
        String.raw`is (that|it|this|\d+) (ok|okay|good|normal|fine|enough)|(ar|e) (det|den|\d+) (ok|okej|bra|normalt|rimligt|godkant|nog)|(ok|okay|okej|normal|good enough|bra nog)\s*\?|should (it|i) (be|get)|ska (det|jag) (vara|fa)|borde (det|jag)`,
      ),
    ],
  },
  {
    question: 'cable_vs_wifi',
    all: [
      re(
        String.raw`cable\w*|kabel\w*|kabeln|sladd\w*|ethernet|lan-?kabel\w*|natverkskabel\w*|wired|tradbunden`,
      ),
      re(WIFI),
      re(
        String.raw`faster|better|snabbare|battre|stabil\w*|steadier|more stable|difference|skillnad\w*|vs|versus|which is|vilken ar|vilket ar|worth|vart`,
      ),
    ],
  },
  {
    question: 'cable_type',
    all: [
      re(
        String.raw`cat ?5e?|cat ?6a?|cat ?7|cat ?8|ethernet ?cable\w*|network cable\w*|lan cable\w*|natverkskabel\w*|natverkssladd\w*|lan-?kabel\w*|tp-?kabel\w*`,
      ),
      re(
        String.raw`which|what kind|what sort|what type|vilken|vilket|vilka|matter\w*|spelar|good|bra|enough|duger|racker|buy|kopa|kind|sort|typ|type|does it|gor det`,
      ),
    ],
  },
  {
    question: 'alarm_during_outage',
    // (round 34 (f44), a#6: "her safety alarm is connected to the modem. Does that work now or not?" — the
    // question of whether it works is this one, never a restart's help or a note.)
    narrows: ['will_it_help', 'should_restart', 'what_happens_next'],
    all: [
      re(
        String.raw`alarm\w*|larm\w*|trygghetslarm\w*|hemlarm\w*|inbrottslarm\w*|brandlarm\w*|security system|ip-?telefon\w*|voip|ip phone\w*|kamera\w*|camera\w*|overvakning\w*`,
      ),
      re(
        String.raw`work\w*|funk\w*|fungera\w*|down|nere|outage\w*|avbrott\w*|avbrottet|storning\w*|without (internet|the internet|connection|net)|utan (internet|natet|nat)|during|under|medan|while|offline|affect\w*|paverka\w*|still|fortfarande`,
      ),
    ],
  },
  {
    question: 'upload_download',
    all: [
      re(String.raw`upload\w*|uppladdning\w*|ladda upp|uppstrom\w*|upstream|uplink`),
      re(
        String.raw`download\w*|nedladdning\w*|ladda ner|ladda ned|nedstrom\w*|downstream|lower|lagre|slower|langsammare|why|varfor|mean\w*|betyd\w*|difference|skillnad\w*`,
      ),
    ],
  },
  {
    question: 'vpn',
    // "my work VPN connects fine?" tells what works, it asks nothing about the VPN.
    unless: re(
      String.raw`(my|our|the|min|mitt|var|jobbets) (work |jobb\w* )?vpn\w* (still |anyway |anda |fortfarande )?(connects|connected|works|worked|is working|is fine|runs|funkar|fungerar|fungerade|funkade|ansluter|kopplar upp|gar bra)`,
    ),
    all: [
      re(
        String.raw`vpn\w*|nordvpn|expressvpn|mullvad|wireguard|openvpn|jobbets natverk|work network|remote desktop`,
      ),
      re(
        String.raw`work\w*|funk\w*|fungera\w*|use|anvanda|allowed|tillat\w*|block\w*|can i|kan jag|does|gar det|affect\w*|paverka\w*|slow\w*|still`,
      ),
    ],
  },
  {
    question: 'parental_controls',
    unless: re(
      String.raw`undo\w*|remov\w*|keep\w*|affect\w*|lose|lost|stay\w*|still|kvar|paverka\w*|forsvinn\w*|ta bort|tar bort|aterstall\w*|nollstall\w*|reset\w*|break\w*|efterat|after`,
    ),
    all: [
      re(
        String.raw`parental\w*|foraldrakontroll\w*|foraldra-?kontroll\w*|barnlas\w*|barnspar\w*|block\w* (sites|websites|sidor|webbplatser)|blockera (sajter|sidor)|screen time|skarmtid|kids'? (internet|wifi)|barnens (internet|wifi|natt)`,
      ),
    ],
  },
  {
    question: 'neighbours_on_wifi',
    all: [
      re(
        String.raw`neighbou?r\w*|granne\w*|grannar\w*|grannarna|someone else|somebody else|strangers?|nagon annan|nan annan|obehorig\w*|outsiders?`,
      ),
      re(
        String.raw`use|using|join\w*|steal\w*|snyl\w*|anvand\w*|komma (in|at)|ta sig in|get on|get in|see|se|read|las\w*|access|hack\w*`,
      ),
      re(String.raw`${WIFI}|natverk\w*|network|internet|traffic|trafik\w*`),
    ],
  },
  {
    question: 'hide_network',
    all: [
      re(String.raw`hide|hidden|hiding|dolj\w*|dold\w*|gomm\w*|gom|osynlig\w*|invisible`),
      re(String.raw`${WIFI}|natverk\w*|network|ssid`),
    ],
  },
  {
    question: 'what_ssid',
    all: [re(String.raw`ssid\w*`), re(String.raw`what|vad|mean\w*|betyd\w*|innebar|ar det`)],
  },
  {
    question: 'router_off_at_night',
    // ("does that help or is it bad for it?" asks this, not whether the case's fix helps or is safe.)
    narrows: ['will_it_help', 'is_it_safe', 'is_normal'],
    all: [
      re(
        String.raw`turn\w* (it |the router |the box |the modem )?off|switch\w* (it |the router |the box |the modem )?off|unplug\w*|stang\w* av|sla\w* av|stanga av|dra ur`,
      ),
      re(
        String.raw`night\w*|natt\w*|nights|vacation|holiday|semester\w*|away|borta|bortrest\w*|resa|travel\w*|when (we|i) (sleep|leave)|nar (vi|jag) (sover|aker)|save power|save energy|spara (el|strom|energi)`,
      ),
      re(
        String.raw`can i|can we|should i|should we|is it ok|ok to|okay to|is it bad|bad to|kan jag|kan vi|ska jag|ska vi|bor jag|bor vi|gor det (nat|nagot)|ar det dumt|ar det ok|ar det okej|okej att|ok att|ar det bra|ar det daligt|borde (jag|vi)|far jag|far vi|gar det bra|spelar det`,
      ),
    ],
  },
  {
    // "bör man starta om routern regelbundet, en gång i veckan?", "should I reboot it every week so it doesn't happen
    // again?": restarting as a habit — not needed (never the how-to of pulling the plug, never a yes).
    question: 'restart_regularly',
    narrows: ['should_restart', 'what_happens_next', 'how_know_fixed', 'is_it_safe', 'just_wait'],
    unless: RESTARTS_ITSELF,
    all: [
      re(RESTART),
      re(
        String.raw`regelbundet|regularly|routinely|varje (vecka|natt|dag|manad)|every (week|night|day|month|morning|evening)|en gang (i|per) (veckan|manaden|dagen)|once (a|per|every) (week|month|day)|weekly|nightly|daily|monthly|da och da|then and then|now and then|now and again|as a habit|som vana|i forebyggande syfte`,
      ),
    ],
  },
  {
    // "the landline phone also crackles when I call, is that related?", "telefonen knastrar också, hänger det ihop?":
    // noise on the phone and drops on the line have one cause on a copper line.
    question: 'phone_crackle',
    narrows: ['what_happens_next', 'other', 'is_it_safe'],
    all: [
      re(PHONE),
      re(
        String.raw`crackl\w*|static|hiss\w*|buzz\w*|noise|noisy|knastr\w*|sprak\w*|brus\w*|brummar|surr\w*|fras\w*`,
      ),
      re(
        String.raw`relat\w*|connect\w*|same (problem|cause|thing|fault|issue)|linked|to do with|cause\w*|because|hanger (det )?ihop|har (med|att gora med)|samband|samma (problem|fel|orsak|sak)|beror|pa grund av|kopplat`,
      ),
    ],
  },
  {
    // "om det händer igen, kan jag bara dra ur sladden själv då?", "can I just pull the plug myself next time?"
    question: 'pull_plug',
    narrows: ['should_restart', 'what_happens_next', 'how_know_fixed', 'is_it_safe', 'just_wait'],
    // ("routern startar om sig själv hela tiden", "it keeps rebooting by itself": the fault told, never asked.)
    unless: RESTARTS_ITSELF,
    all: [
      re(
        String.raw`pull (out )?the plug|unplug\w*|dra ur|drar ur|power cycl\w*|${RESTART}|stang\w* av (den|routern) och (pa|sla pa)`,
      ),
      re(
        String.raw`myself|my self|sjalv|själv|on my own|i can|can i|kan jag|could i|ok if i|okay if i|instead|istallet|next time|nasta gang|again|igen`,
      ),
      re(String.raw`can|could|ok|okay|kan|far|go ahead|instead|istallet|should|ska|allowed|fine`),
    ],
  },
  {
    // "bilden på tv:n hackar också ibland, kan det höra ihop?", "the TV picture freezes too, is that related?":
    // a TV picture that breaks up beside an internet fault (on cable the two share the wall outlet). ("also my tv box
    // keeps freezing, can you look at that?" asks for the TV service itself, not whether the two are related.)
    question: 'tv_picture',
    narrows: ['why_broke', 'is_normal', 'my_side'],
    all: [
      re(String.raw`tv\w*|tv:n|teve\w*|television|picture|bild\w*|kanal\w*|channels?`),
      re(
        String.raw`hack\w*|flimr\w*|flicker\w*|pixl\w*|pixel\w*|fryser|frys\w*|freez\w*|stutter\w*|breaks? up|breaking up|glitch\w*|stor\w*|rutig\w*|blockig\w*|forsvinn\w*|drops? out|cuts? out`,
      ),
      re(
        String.raw`related|connected|linked|same (fault|problem|thing|cause|issue)|to do with|have anything|because of|(hanger|hanga|hor|hora) (det |de |dom |den |detta )?(ihop|samman)|samma (fel|problem|sak|orsak)|ha med|har med|beror|bero pa|kopplat|sammanhang`,
      ),
    ],
  },
  {
    // "Men hur är det med tv:n, hänger det ihop med det här?", "and the TV, is that related?" (its picture told before).
    question: 'tv_picture',
    narrows: ['why_broke', 'is_normal', 'my_side'],
    all: [
      re(String.raw`tv|tv:n|tvn|tv-?bild\w*|teve\w*|the television|tv picture`),
      re(
        String.raw`related|same (fault|problem|cause|issue)|to do with|(connected|linked) (to|with) (this|that|it|the (same )?(fault|problem|issue))|(hanger|hanga|hor|hora) (det |de |dom |den |detta )?(ihop|samman)|samma (fel|problem|orsak)|ha\w* med (\w+ ){0,3}att gora`,
      ),
    ],
  },
  {
    question: 'router_warm',
    all: [re(String.raw`warm|hot|varm\w*|het|hett|overheat\w*|overhett\w*|heats? up|blir varm`), re(ROUTER)],
  },
  {
    question: 'power_cut',
    all: [
      re(
        String.raw`power cut|power outage|power failure|blackout|stromavbrott\w*|stromlos\w*|stromen (gick|var borta|forsvann)|elavbrott\w*|strombortfall\w*|the power (went|was) (out|off)`,
      ),
    ],
  },
  {
    question: 'how_many_devices',
    all: [
      re(String.raw`how many|hur manga|max\w* (number of|antal)|limit (on|to) (the )?(number of )?|antal`),
      re(String.raw`devices?|enheter\w*|enhet|prylar\w*|grejer\w*|units|telefoner|phones|computers|datorer`),
      re(
        String.raw`can|could|kan|klarar|handle\w*|support\w*|at once|at the same time|samtidigt|allowed|far (man|jag|vi)|max\w*|limit`,
      ),
    ],
  },
  {
    question: 'dsl_distance',
    all: [
      re(
        String.raw`dsl|adsl|vdsl|koppar\w*|copper|telefonlinj\w*|phone line|telefonstation\w*|exchange|korskoppling\w*`,
      ),
      re(String.raw`${SPEED}|distance|avstand\w*|far|langt`),
      re(String.raw`${WHY_OR_WHAT}|beror|depend\w*|matter\w*|spelar`),
    ],
  },
  {
    question: 'snr',
    all: [
      re(
        String.raw`snr|signal-?to-?noise|signal to noise|noise margin|signal-?brus\w*|brus pa linjen|noise on the line|line noise|storningar pa linjen`,
      ),
      re(String.raw`${WHY_OR_WHAT}|mean\w*|betyd\w*|innebar|cause\w*|orsak\w*|beror|is it|ar det`),
    ],
  },
  {
    question: 'fibre_cable_care',
    all: [
      re(String.raw`fiber\w*|fibre\w*|optical|optisk\w*|ljusledare\w*`),
      re(String.raw`cable\w*|kabel\w*|kabeln|sladd\w*|cord|box\w*|dosa\w*|uttag\w*|kontakt\w*|connector\w*`),
      re(
        String.raw`bend\w*|bent|boj\w*|vik\w*|touch\w*|rora|ror|move|moving|flytta\w*|unplug\w*|dra ur|pull|clean\w*|rengor\w*|torka|careful\w*|forsiktig\w*|damage\w*|skada\w*|look into|titta in|dangerous|farlig\w*|safe|saker\w*`,
      ),
    ],
  },
  {
    question: 'slow_in_evening',
    all: [
      re(
        String.raw`evening\w*|kvall\w*|kvallar\w*|kvallarna|nights?|natt\w*|after (work|dinner|school)|efter middagen|rush hour|peak`,
      ),
      re(String.raw`${SPEED}|buffer\w*|lag|lagg\w*|laggy|hackar|hackig\w*`),
      re(String.raw`why|how come|varfor|vrf|vad beror|what causes|vad ar det som|normal\w*|is it|ar det`),
    ],
  },
  {
    question: 'what_firmware',
    all: [
      re(String.raw`firmware\w*|fast ?programvara\w*|mjukvara\w*|programvara\w*`),
      re(String.raw`what is|what'?s|whats|what does|vad ar|vad betyder|vad innebar|mean\w*|explain|forklara`),
    ],
  },
  {
    question: 'bridge_mode',
    all: [re(String.raw`bridge ?mode|bridged|brygglage\w*|brygg-?lage\w*|bryggat|bridge`)],
  },
  {
    // "schema? vad är det för schema, var ställer man in det", "hur stänger man av det där schemat", "what schedule,
    // where do I turn it off?": the router's Wi-Fi time schedule — what it is and where it is switched off.
    question: 'wifi_schedule',
    narrows: ['who_switched_off', 'why_broke', 'what_means', 'which_button'],
    all: [
      re(
        String.raw`schema\w*|tidsschema\w*|wifi-?schema\w*|tidsstyr\w*|tidsinstall\w*|schedul\w*|wi-?fi timer\w*|timer\w*`,
      ),
      re(
        String.raw`what|which|where|how|why|turn\w*|switch\w*|stop\w*|disabl\w*|remov\w*|set|find|vad|vilket|vilken|var|vart|hur|varfor|stang\w*|sla\w* av|ta bort|stall\w*|install\w*|hitta\w*|andra\w*`,
      ),
    ],
  },
  {
    // "är det fel på iPhonen?", "så det är mobilen som är dålig alltså?", "is my phone faulty?", "is the laptop
    // broken then?": whether the customer's own device is at fault (answered from the case where it knows).
    question: 'device_faulty',
    narrows: ['my_side', 'why_broke'],
    all: [
      re(
        String.raw`i?phone\w*|mobil\w*|telefon\w*|iphone\w*|ipad\w*|android|samsung|laptop\w*|dator\w*|computer|pc|surfplatt\w*|tablet\w*|device|enhet\w*`,
      ),
      re(
        String.raw`fel pa|trasig\w*|sonder|dalig\w*|kass\w*|broken|faulty|defect\w*|defekt\w*|bad|the problem|problemet|to blame|skuld`,
      ),
    ],
    unless: re(String.raw`router\w*|modem\w*|linje\w*|line`),
  },
];

/** `LOS` in capitals is the fibre light; folded, it would be the Swedish "lös" (loose). */
function prepared(clause: string): string {
  return String(clause ?? '')
    .slice(0, 600)
    .replace(/\bLOS\b/g, 'loss-of-signal')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ');
}

/** The first pattern (the narrower ones stand first) whose word groups all match `clause`, or null. */
export function techMatchOf(
  clause: string,
): { question: TechQuestion; narrows: readonly QuestionTopic[] } | null {
  const text = prepared(clause);
  const p = PATTERNS.find((x) => x.all.every((r) => r.test(text)) && !x.unless?.test(text));
  return p ? { question: p.question, narrows: p.narrows ?? [] } : null;
}

/** The question topics `question` is a narrower case of (its answer answers them too). */
export function narrowsOf(question: string): readonly QuestionTopic[] {
  return [...new Set(PATTERNS.filter((x) => x.question === question).flatMap((x) => x.narrows ?? []))];
}

/** The general question `clause` asks, or null. */
export function techQuestionOf(clause: string): TechQuestion | null {
  return techMatchOf(clause)?.question ?? null;
}
