// Question topics of replies asked while a permission or a check is pending, beyond the basic set
// in reply-patterns.ts: will my devices have to reconnect, can't you just tell me the current
// password, is it on the sticker, which Wi-Fi band am I on, how did this happen, I already
// restarted it, are you a bot, what is the 5 GHz network called, can't you try something else. Folded text (lowercase, å/ä/ö → a/a/o); data only.
import { ANYTHING_ELSE, ASKS_IF_BOT } from './signals.js';

/** BankID named as a way to identify oneself ("bankid", "mobilt bank-id", "bank id") (folded text). */
export const BANKID = /\b(mobilt? )?bank[- ]?id\b/;
/** A bank code or bank card PIN ("is that my bank card pin?", "bankkoden?"), BankID left out (folded text). */
export const BANK_CODE =
  /\bbank-?(kod|koden|koder|pin|pinkod\w*|code)\b|\b(pin\w*|kod\w*|code)\b[^.!]{0,50}\b(bank(?![- ]?id\b)\w*|kort\w*|card\w*|visa|mastercard)\b|\b(bank(?![- ]?id\b)\w*|bankkort\w*|card|kort)\b[^.?!\d]{0,25}\b(pin\w*|kod\w*|code)\b/;

export type ExtraTopic =
  | 'is_genuine'
  | 'reconnect_devices'
  | 'current_password'
  | 'sticker'
  | 'which_band'
  | 'why_broke'
  | 'already_restarted'
  | 'are_you_bot'
  | 'five_ghz_name'
  | 'switch_to_5g'
  | 'anything_else'
  | 'what_found'
  | 'devices_drop'
  | 'new_password_shown'
  | 'what_admin_password'
  | 'extender'
  | 'wifi_standard'
  | 'buy_equipment'
  | 'upgrade_helps'
  | 'why_remote'
  | 'cable_cause'
  | 'choose_password'
  | 'how_speed_test'
  | 'did_you_act'
  | 'how_get_password'
  | 'wifi_name_rules'
  | 'breaks_other'
  | 'will_it_help'
  | 'intruder_out'
  | 'which_box'
  | 'router_login'
  | 'login_needed'
  | 'router_old'
  | 'my_side'
  | 'connected_devices'
  | 'plan_wifi'
  | 'who_switched_off'
  | 'is_normal'
  | 'nat_type'
  | 'need_to_buy'
  | 'need_upgrade'
  | 'remote_help'
  | 'your_fault'
  | 'be_home'
  | 'was_hacked'
  | 'router_blame'
  | 'equipment_cost'
  | 'for_good'
  | 'who_sees_password'
  | 'should_restart'
  | 'what_means'
  | 'email_password'
  | 'what_you_do'
  | 'just_wait'
  | 'is_outage'
  | 'send_by_sms'
  | 'router_from_us'
  | 'own_filter'
  | 'firmware_current'
  | 'what_you_meant'
  | 'which_question'
  | 'why_not_automatic'
  | 'public_ip'
  | 'remote_management'
  | 'invoice_fee'
  | 'what_band'
  | 'restore_key'
  | 'band_split'
  | 'address_changes'
  | 'pin_bank'
  | 'pin_bankid'
  | 'whose_pin'
  | 'e_invoice'
  | 'account_password'
  | 'discount'
  | 'updates_future'
  | 'one_name_bands'
  | 'restart_device'
  | 'router_phone'
  | 'wait_until_works'
  | 'ping'
  | 'guest_network'
  | 'throttling'
  | 'key_safe'
  | 'must_i'
  | 'move_router'
  | 'wifi_reach'
  | 'see_signal'
  | 'portal_invoices'
  | 'relocate_router'
  | 'move_cost'
  | 'power_button'
  | 'signal_level'
  | 'changed_by_us';

/**
 * Something the household did, asked about as the cause ("could it be the cleaning or is it a coincidence?",
 * "kan det bero på att vi flyttade soffan?", "was it because we moved the furniture?").
 */
const HOUSEHOLD_DID =
  /\b(coincidence|coincidental|slump|slumpen|tillfallighet|sammantraffande)\b|\b((could|can|might|may|would|is|was|did) (it|this|that)|because|due to|caused by|(kan|kunde|ar|var|beror|berodde|bero) (det|detta|felet)|pa grund av|pga)\b[^.?!]{0,40}\b(clean\w*|vacuum\w*|dusting|(we|i|they) (moved|were moving|have moved|had moved)|moving (the|our|my|furniture|things|stuff)|renovat\w*|rearrang\w*|redecorat\w*|painting|builders?|furniture|stad\w*|dammsug\w*|dammsog\w*|dammtork\w*|flyttade|flyttat|flyttning\w*|flytten|renover\w*|mobler\w*|ommoblering\w*|malning\w*|malade|hantverkar\w*|snickar\w*)/;

const YOUR_SIDE = String.raw`(your|ur|the provider'?s?|the isp'?s?) (side|end|network|systems?)|hos er|pa er sida|pa ert hall|fran er sida|fran ert hall|i ert nat|i era system\w*|av er`;
const CHANGED = String.raw`chang\w*|modif\w*|alter\w*|touch\w*|updat\w*|andrat|andrats|andrades|andrade|andring\w*|gjort|gjorts|rort|uppdater\w*|hant`;
/**
 * "Has something been changed on your side?", "was it something on your side that changed my settings?",
 * "har något ändrats hos er?", "är det ni som har ändrat?" — not "can you change it on your side?" (a request),
 * nor "did you change something on your end?" (what the desk did: did_you_act).
 */
export const CHANGED_BY_US = new RegExp(
  String.raw`^(?![\s\S]*\b(?:(?:can|could|would|will) (?:you|u)|please|pls|(?:kan|kunde|skulle) (?:ni|du)|snalla|(?:did|have|has|had) (?:you|u|ya)(?: guys)?(?: \w+)? chang\w*|(?:har|hade) (?:ni|du)(?: \w+)? (?:andrat|gjort|rort|uppdaterat)|(?:andrade|gjorde|rorde) (?:ni|du))\b)[\s\S]*(?:` +
    String.raw`\b(?:${CHANGED})\b[^.?!]{0,40}\b(?:on|at|from|by|in)? ?(?:${YOUR_SIDE})\b|\b(?:on|at|from) (?:${YOUR_SIDE})\b[^.?!]{0,40}\b(?:${CHANGED})\b|\b(?:hos er|pa er sida|pa ert hall|fran er sida|i ert nat)\b[^.?!]{0,40}\b(?:${CHANGED})\b|\b(?:ar|var|is|was) (?:det|it) (?:ni|du|you|you guys)( \w+)? (?:som|who|that) (?:har |have |has )?(?:andrat|andrade|gjort|gjorde|changed|did)\b)`,
);

/** "is something broken in my apartment?", "did i break something?", "är det fel hos mig?". */
const MY_SIDE_BASE =
  /\b(broken|wrong|faulty|fault|problem|issue|damaged)\b[^.?!]{0,30}\b(in|at|with|on|inside) (my|our|the) (apartment|flat|home|house|place|equipment|side|end|wiring|walls?)\b|\b(is it|its|it'?s|is that|was it) (my|our) (fault|equipment|side|end)\b|\bdid (i|we) (break|do|cause) (something|anything|it|this)\b|\b(fel|trasig\w*|sonder|skada\w*)\b[^.?!]{0,30}\b(hos (mig|oss)|i (min|mitt|var|vart|lagenheten|huset|bostaden)|hemma|pa (min|var) sida|i min utrustning)\b|\bar det (mitt|vart) fel\b|\bhar (jag|vi) (gjort|forstort|sabbat|orsakat)\b|\bdid (my|our|the) \w+( \w+)? (do|set|put|fit|install|connect|plug|hook)( it| that| this| them| things)?( up| in)? (wrong|wrongly|incorrectly|badly|the wrong way)\b|\b(har|hade) (\w+ ){1,2}(gjort|kopplat|satt|installerat|monterat)( \w+)? fel\b|\b(gjorde|kopplade|satte|installerade|monterade) (\w+ ){1,2}(\w+ )?fel\b|\b(is|was|could|can|might) (it|this|that) (be )?(something|anything) (i|we) (did|done|have done|caused|broke)\b|\bdid (i|we) (break|damage|ruin|bend|pull|unplug|wreck|mess up|knock) (the|my|our) \w+|\b(kan|kunde) (det|detta|felet) (vara|ha varit|bero pa) (nat|nagot|nagonting|nanting|ngt) (jag|vi) (har |hade )?(gjort|gjorde|orsakat|rort|sabbat)\b|\b(har|hade) (jag|vi) (\w+ )?(bojt|bojit|vikit|skadat|forstort|sabbat|dragit ur|ryckt|klamt|slitit)\b|\b(mitt|min|mina|vart|var|my|our) (\w+ ){0,2}(eller|or) (ert|er|era|your|ur|the|you guys'?) (\w+ )?(nat\w*|natverk\w*|sida|network|side|end|line|ledning\w*|fel|problem|kabl\w*|kabel\w*|cables?|cabling|wiring|uttag\w*|outlet)\b|\b(on|at) (your|ur) (end|side)\b[^.?!]{0,25}\bor (did |is it |was it )?(we|i|me|us|my|our)\b|\b(hos er|pa er sida|i ert nat)\b[^.?!]{0,25}\beller (hos )?(mig|oss|jag|vi|min|mitt)\b/;
export const MY_SIDE = new RegExp(`${MY_SIDE_BASE.source}|${HOUSEHOLD_DID.source}`);

/**
 * A router or modem to borrow while the line is down ("one of those 4g routers to borrow", "kan jag låna en
 * mobil router?", "do you lend out mobile routers?"): a loan request, never equipment to buy or Wi-Fi range.
 */
export const LOAN_DEVICE =
  /\b(lane-?(router|modem)\w*|lana (en |ett |nan |nagon )?(\w+ )?(router|modem)\w*|ersattnings-?(router|modem)\w*|reserv-?(router|modem)\w*|extra-?(router|modem)|(router|modem) (att )?lana|borrow (a |an |another )?(router|modem)|loan(er)? (router|modem)|(spare|replacement|temporary|backup) (router|modem)|(router|modem) (on loan|to borrow|i could borrow|i can borrow)|4g[- ]?(router|modem|box|dosa)\w*|mobil(a)? (router|modem|bredband)\w*|mobile (router|modem|broadband)\w*|(borrow|lend|lent|loan|lana|lanar|lanat)\b[^.?!]{0,40}\b(router|modem)\w*|(router|modem)\w*\b[^.?!]{0,40}\b(borrow|lend|loan|lana|lanar))\b/;

/** A service rather than a thing sold or offered: TV, mobile, a subscription (folded). */
const SERVICE_SOLD =
  /\b(sell|sells|offer|offers|have|saljer|erbjuder|har)\b[^.?!]{0,15}\b(tv\w*|teve|channels?|kanal\w*|mobil\w*|mobile|sim\w*|abonnemang\w*|subscriptions?|plans?|bredband\w*|broadband|fib(er|re)\w*|internet\w*)\b/;

/** Equipment named in so many words (folded). */
const EQUIPMENT_NOUN = String.raw`router\w*|modem\w*|mesh\w*|extend[eo]r\w*|repeater\w*|booster\w*|forstarkare\w*|access ?point\w*|accesspunkt\w*|powerline\w*|utrustning\w*|equipment`;
/** A thing of a service this desk does not handle (folded): the SIM, its QR code, the TV box's card. */
// ("I still don't know the password … can you send me a new one?": the one is a password, never equipment.)
const OTHER_SERVICE_THING = String.raw`e-?sim\w*|sim-?kort\w*|sim ?card\w*|sim\b|qr[- ]?ko\w*|mobilabonnemang\w*|mobile (?:plan|subscription)\w*|programkort\w*|tv[- ]?kort\w*|losen\w*|password\w*|passw\w*|pin-?ko\w*|pin\b`;

/** The words of paying or a price, and of moving house (folded). */
const PRICE_WORDS = String.raw`kostar|kosta|kostnad\w*|avgift\w*|pris\w*|gratis|betala\w*|costs?|fees?|charged?|price\w*|free|pay|how much|hur mycket`;
const MOVING_WORDS = String.raw`flytt\w*|move|moving|moved|relocat\w*`;
/** What moving the subscription costs; a router, socket or furniture moved is something else (folded). */
export const MOVE_COST = new RegExp(
  String.raw`^(?![\s\S]*\b(router\w*|modem\w*|boxen|uttag\w*|socket\w*|outlet\w*|jack\w*|mobler\w*|soffan|furniture)\b)[\s\S]*` +
    String.raw`(\b(${PRICE_WORDS})\b[^.?!]{0,40}\b(${MOVING_WORDS})\b|\b(${MOVING_WORDS})\b[^.?!]{0,40}\b(${PRICE_WORDS})\b)`,
);

/** Whether we sell a thing or where to buy it. */
export const BUY_EQUIPMENT = new RegExp(
  [
    // "säljer ni såna?", "do you sell them", "sell u one?"
    /\b(saljer|salja|sell|sells|selling)\b[^.?!]{0,10}\b(ni|du|you|u|you guys|yall)\b/,
    /\b(ni|du|you|u|you guys|u guys|ya'?ll|y'?all) (saljer|sell)\b/,
    // "is there a way to get a wifi extender from you guys?", "går det att få en förstärkare från er?"
    /\b(get|buy|order|rent|purchase)\b[^.?!]{0,30}\b(extend[eo]r\w*|repeater\w*|mesh\w*|booster\w*|access ?point\w*|router\w*)\b[^.?!]{0,15}\b(from|through|via|off) (you|u|ya|you guys|u guys|your company|y'?all)\b/,
    /\b(fa|kopa|hyra|bestalla)\b[^.?!]{0,30}\b(\w*forstarkare\w*|repeater\w*|mesh\w*|extender\w*|accesspunkt\w*|router\w*)\b[^.?!]{0,15}\b(av|fran|hos|genom|via) (er|dig)\b/,
    // "skickar ni en mesh eller?", "can you send me one?": sent out by us is a purchase too
    /\b(skickar|skicka|kan) (ni|du) (skicka |ut )?(en|ett|nagon|nan|mig en|oss en|hit en)\b[^.?!]{0,20}\b(mesh\w*|forstarkare\w*|repeater\w*|router\w*|extender\w*|accesspunkt\w*)\b/,
    // ("can you send me a mobile hotspot or extra mobile data?" asks for a mobile service, not equipment;
    // "do you send an e-mail?", "can you send me a text when it's back?" a message, never a thing bought.)
    /\b(can|could|will|would|do) (you|u|you guys) (send|ship|post|mail) (me|us|out)? ?(a|an|one)\b(?![^.?!]{0,20}\b(mobile\w*|mobil\w*|sim\w*|hotspot\w*|surf\w*|tv\w*|phone plan\w*)\b)(?! (new |short |quick )?(e-?mail\w*|mail\w*|text\w*|sms\w*|message\w*|letter\w*|note\w*|notification\w*|notice\w*|confirmation\w*|reminder\w*|receipt\w*|invoice\w*|bill\w*|code\w*|link\w*|pin\w*|password\w*|update\w*|alert\w*|push)\b)/,
    /\b(do|does|can|could) (you|u|ya|you guys|your company) (sell|offer|rent|stock)\b/,
    // "kan jag köpa det av er", "can i buy one from you"
    // ("kan jag få tv via er också?", "can i get a mobile plan from you?" ask for a service, not equipment.)
    /\b(kan|kunde|far|ska|maste|borde) (jag|vi|man) (kopa|hyra|bestalla|fa)\b(?![^.?!]{0,30}\b(tv|teve|tv-?\w+|mobil\w*|telefoni\w*|abonnemang\w*|bredband\w*|fiber\w*|kanal\w*|paket\w*)\b)[^.?!]{0,30}\b(av|fran|hos|genom|via) (er|dig)\b/,
    /\b(can|could|do|should|must) (i|we) (buy|get|order|rent|purchase)\b(?![^.?!]{0,30}\b(tv|television|mobile\w*|phone plan|subscriptions?|plans?|broadband|fib(er|re)|channels?|packages?)\b)[^.?!]{0,30}\b(from|through|via|off) (you|u|you guys|your company)\b/,
    // "var köper jag en sån?", "where can i buy one"
    // ("where do i get the new password then" is about the password, not equipment.)
    /\b(where|var|vart) (can|do|should|kan|ska|koper) ?(i|we|jag|vi|man|one)? ?(buy|get|purchase|kopa|fa tag pa)\b(?![^.?!]{0,25}\b(pas+w\w*|pw|key|code|losen\w*|kod\w*|nyckel\w*))/,
    /\b(var|vart) koper (jag|vi|man) (en|ett|sadan\w*|sana?|dem)\b/,
    // "eller måste jag gå till elgiganten"
    /\b(elgiganten|mediamarkt|media markt|netonnet|kjell|clas ohlson|best buy|currys|amazon|webhallen|komplett)\b/,
  ]
    .map((r) => r.source)
    .join('|'),
);

/**
 * "why can't you fix it from there?", "kan ni inte fixa det på distans?"; "must someone really come out?",
 * "is a visit really necessary?", "måste någon verkligen komma hem till mig?": why it needs someone on site.
 */
const VISIT_REALLY_NEEDED =
  /\b(do|does|must|will|would|should) (someone|somebody|anyone|a (tech\w*|person|visit|engineer)|you|u|you guys|the (tech\w*|visit|engineer))\b[^.?!]{0,20}\b(really|actually|seriously|honestly|truly|even)\b[^.?!]{0,25}\b(come|comes|coming|send|sending|visit|visiting)\b|\b(is|are) (a|the|that|this) (home )?(visit|technician|tech|engineer)( visit)? (really |actually |even |truly )?(necessary|needed|required)\b|\b(maste|behover|ska) (nagon|nan|ni|du|en tekniker|teknikern)\b[^.?!]{0,20}\b(verkligen|faktiskt|ens|egentligen)\b[^.?!]{0,25}\b(komma|skicka|hit|hem|ut|besok\w*)\b|\b(ar|behovs) (ett |det |besoket |teknikern |en tekniker )?(besok\w* |teknikerbesok\w* |tekniker\w* )?(verkligen |faktiskt |ens |egentligen )(nodvandig\w*|behovs|behovligt)\b/;
const WHY_REMOTE_ASKED =
  /\b(why|how come|y|varfor|vrf|vafor|kan (ni|du) inte)\b[^.?!]{0,40}\b(fix\w*|solve|sort|repair|do (it|that|this|anything)|fixa\w*|losa\w*|atgard\w*|gora (det|nat))\b[^.?!]{0,25}\b(from there|from (your|ur) (end|side)|remote\w*|pa distans|harifran|darifran|fran er sida|fran ditt hall|via (natet|internet))/;
const WHY_REMOTE = new RegExp(`${WHY_REMOTE_ASKED.source}|${VISIT_REALLY_NEEDED.source}`);

/** The customer's devices, spoken of together or one by one. */
const OWN_DEVICES =
  '(devices?|gadgets?|stuff|things|enhet\\w*|prylar\\w*|grejer\\w*|apparater\\w*|tv\\w*|teve\\w*|phones?|mobil\\w*|telefon\\w*|laptops?|dator\\w*|computers?|ipad\\w*|tablets?|surfplatt\\w*|printers?|skrivar\\w*|consoles?|konsol\\w*|xbox\\w*|playstation|ps ?\\d|speakers?|hogtalar\\w*|sonos|chromecast\\w*|kids|barnen|ungarna)';
/** A password or key of the router, the new one or the admin one. */
const SOME_PASSWORD = '(pas+w\\w*|pw|key|code|losen\\w*|adminlosen\\w*|nyckel\\w*|kod\\w*)';
/**
 * Whether the devices need (or use) a password: "do my smart tv and stuff need the new password now?",
 * "do my devices need the ADMIN password or not", "behöver tvn det nya lösenordet?", "måste jag skriva in
 * det nya lösenordet på mobilen?", "ska jag byta lösenord på alla prylar nu?".
 */
const DEVICES_NEED_PASSWORD = new RegExp(
  // ("does the tv need the new password too?" is whether that device as well: each_device, step-topics.ts.)
  `^(?![\\s\\S]*\\b(too|also|as well|ocksa|aven)\\b)[\\s\\S]*(?:\\b(do|does|will|would|must|should|shall|if|whether|maste|behover|ska|kommer|anvander|om)\\b[^.?!]{0,30}\\b${OWN_DEVICES}\\b[^.?!]{0,30}\\b(need|needs|have to|has to|use|uses|require\\w*|get|behova|behover|maste|ha|fa|anvanda|anvander)\\b[^.?!]{0,25}\\b${SOME_PASSWORD}\\b|\\b(behover|maste|needs?)\\b[^.?!]{0,12}\\b${OWN_DEVICES}\\b (ha |fa |anvanda |have |get |use )?(det |den |the |that )?(nya |new |admin ?)?${SOME_PASSWORD}\\b|\\b((do|must|should|shall|will) (i|we) (have to |need to )?(type|enter|put|change|update|use)|(maste|behover|ska) (jag|vi|man) (skriva in|mata in|ange|byta|andra|uppdatera|anvanda))\\b[^.?!]{0,25}\\b${SOME_PASSWORD}\\b[^.?!]{0,25}\\b(on|in|into|for|pa|i|till|for)\\b[^.?!]{0,15}\\b${OWN_DEVICES}\\b)`,
);

/**
 * "måste mamma skriva in det nya på sin dator då?", "will my mum have to type the new one on her laptop?":
 * someone in the household typing the new key on a device — whether the devices need it.
 */
const NEW_ONE_ON_DEVICE = new RegExp(
  `\\b(maste|behover|ska|kommer|will|would|must|does|do|has to|have to|need to|needs to)\\b[^.?!]{0,30}\\b(skriva in|skriva|mata in|knappa in|ange|type|enter|put in)\\b[^.?!]{0,12}\\b(det nya|den nya|the new one|the new|${SOME_PASSWORD})\\b[^.?!]{0,25}\\b(on|in|into|pa|i)\\b[^.?!]{0,12}\\b${OWN_DEVICES}\\b`,
);

/** "anything you can do from your side?", "kan ni kolla det härifrån?" — unless it asks why not. */
const REMOTE_HELP = new RegExp(
  `^(?![\\s\\S]*(?:${WHY_REMOTE.source}))[\\s\\S]*(?:` +
    /\b(can|could|can'?t|cannot|couldn'?t|is there|anything|something) (you|u|ya)?\b[^.?!]{0,30}\b(do|check|fix|see|look|test|sort|help)\b[^.?!]{0,30}\b(from (your|ur|the) (side|end)|from there|remotely|from where you are)\b|\b(kan|kunde) (ni|du)\b[^.?!]{0,30}\b(kolla|se|fixa|gora|testa|titta|losa|atgarda|hjalpa)\b[^.?!]{0,30}\b(harifran|darifran|pa distans|fran er sida|fran ert hall|hos er)\b/
      .source +
    ')',
);

/**
 * "will you see it?", "can you guys see it though?", "who else will know the new password?", "ser ni det?": who
 * gets to see a password the desk sets (not where the customer sees it: new_password_shown). Only while a
 * password change is asked for (reply-patterns.ts ASK_TOPICS).
 */
export const WHO_SEES_PASSWORD =
  /\b(?:(?:can|could|will|would|do|does) (?:you|u|ya|you guys|u guys|yall|you people|your (?:staff|colleagues|support|company)|anyone|anybody|someone|somebody|others?)(?: else)?|(?:you|u|you guys|u guys|yall|you people|anyone|anybody|someone|nobody|no one)(?: else)? (?:can|could|will|would|gets? to))\s+(?:also |still |then )?(?:see|know|read|access|store|keep|save|have)\s+(?:it|that|this|them|(?:the|my|our|that) (?:new )?(?:admin )?(?:pas+w\w*|pw|key|code|one))\b|\bwho (?:else )?(?:will|can|could|would|gets to|is going to) (?:know|see|have|get)\b[^.?!]{0,25}\b(?:it|pas+w\w*|pw|key|code)\b|\b(?:ser|vet|sparar|lagrar|kan (?:se|lasa)|far (?:se|veta)) (?:ni|du|nagon|nan|nagon annan)(?: pa (?:er sida|supporten|kundtjanst))?(?: ocksa| ens)? (?:det|den|losen\w*|koden|nyckeln)\b|\bvem (?:mer |annars )?(?:kan|kommer att|far|ska) (?:se|veta|fa)\b/;

/** A text message (SMS) asked for: "som SMS", "texta det", "text it to me", "send it to my phone". */
const BY_SMS = String.raw`\b(sms\w*|text ?message\w*|textmeddelande\w*|texta\w*|text (it|me|them|that)\b|as a text|by text|via text|(send|text)\b[^.?!]{0,30}\bto my (phone|mobile|cell|number)|skicka\w* (\w+ ){0,3}(till|pa) (min|mitt) (mobil\w*|telefon\w*|nummer|lur))`;
/** The password, key or code sent that way. */
const SECRET_WORD = String.raw`\b(losen\w*|pas+w\w*|pw|wifi-?kod\w*|nyckel\w*|nyckeln|key|koden|code)\b`;
/**
 * "Kan ni inte skicka lösenordet som SMS till min mobil istället?", "can you text me the password?": the
 * desk sends no text messages; a password it sets is shown in the conversation (never "I can't answer").
 */
export const PASSWORD_BY_SMS = new RegExp(
  `${BY_SMS}[^.?!]{0,50}${SECRET_WORD}|${SECRET_WORD}[^.?!]{0,50}${BY_SMS}|\\b(text|sms)\\w* (\\w+ ){0,3}${SECRET_WORD}`,
);
/** While a new password is offered, a text message asked for at all ("Och SMS går alltså inte?"). */
const ANY_SMS = new RegExp(BY_SMS);

/**
 * "why didnt you push the update automatically?", "varför fick den inte uppdateringen automatiskt?": why a
 * software update had to be made now (answered for the case's cause), not whether later ones come by themselves.
 */
export const UPDATES_FUTURE =
  /^(?![\s\S]*\b(why|how come|varfor|vrf|vafor)\b)(?=[\s\S]*\b(updat\w*|upgrad\w*|uppdater\w*|uppgrader\w*|firmware|software|programvar\w*|mjukvar\w*)\b)[\s\S]*(\b(updat\w*|upgrad\w*|uppdater\w*)\b[^.?!]{0,30}\b(itself|by itself|on its own|automatic\w*|auto|sig sjalv\w*|av sig sjalv\w*|automatisk\w*|remotely|pa distans)\b|\b(push|pushes|pushar|send|sends|skickar|roll out|rolls out|rullar ut|install|installs|installerar)\b[^.?!]{0,25}\b(updates|uppdatering\w*|the firmware|software updates)\b[^.?!]{0,30}\b(automatic\w*|yourselves|remotely|sjalva|pa distans|automatisk\w*|or not|eller inte|in (the )?future|framover|i framtiden)\b|\b(contact|call|write to|message|ring\w*|kontakta|hora av mig( till)?|skriva till|skriva)\b[^.?!]{0,15}\b(you|er|dig|ni)\b[^.?!]{0,25}\b(every time|each time|varje gang|for (each|every) (update|one)|for varje|varje uppdatering)\b)/;

export const ONE_NAME_BANDS =
  /\b(only|just|bara|enbart|endast|but) (see|ser|have|har|got|find|hittar|there'?s|there is|finns( det)?)\b[^.?!]{0,15}\b(one|ett|en|a single|1)\b[^.?!]{0,20}\b(name|namn\w*|network|nat|natet|natverk\w*|ssid|wifi|wi-fi)\b(?=[\s\S]*\b(2[.,]4|5 ?(ghz|g)|band\w*|frekvens\w*)\b)|\b(2[.,]4|5 ?(ghz|g)|band\w*)\b[^?]{0,60}\b(only|just|bara|enbart|endast) (see|ser|have|har|got|find|hittar|one|ett|en)\b[^.?!]{0,15}\b(name|namn\w*|network|nat|natet|natverk\w*|ssid|wifi)\b|\b(how|hur)\b[^.?!]{0,25}\b(pick|choose|select|switch( to| between)?|get on|get onto|connect to|use|valj\w*|valja|byt\w*|vaxla\w*|kommer? (jag )?(in )?pa|ansluta till|ga over till|anvanda)\b[^.?!]{0,20}\b(2[.,]4|5 ?(ghz|g)|band\w*|frekvens\w*)\b/;

/** The customer's own devices (folded), as a restart question names them. */
const OWN_DEVICE = String.raw`dator\w*|computer\w*|laptop\w*|pc|pcn|mac|macen|macbook\w*|ipad\w*|ipaden|tablet\w*|surfplatt\w*|mobil\w*|iphone\w*|phone|cell ?phone|smartphone|tv|tvn|tv:n|xbox\w*|playstation\w*|ps\d\w*|konsol\w*|console\w*|skrivare\w*|printer\w*`;
const RESTART_WORD = String.raw`restart\w*|reboot\w*|starta om|startar om|omstart|stanga av och (sla )?pa|turn (it|that|that one) off and on`;
/** A restart question about a device ("måste jag starta om datorn?"), or "it" beside a device and no router meant. */
export const RESTART_DEVICE = new RegExp(
  String.raw`\b(${RESTART_WORD})\b (the |my |our |her |his |min |mitt |var |vart |hennes |hans )?(${OWN_DEVICE})\b(?=[^.!]*(\?|$))|^(?![\s\S]*(?<!\b(inte|not|ej|no|icke) (the |my |min |mitt )?)\b(router\w*|modem\w*|boxen|the box|fiberbox\w*)\b)(?=[\s\S]*\b(${OWN_DEVICE})\b)[\s\S]*\b(${RESTART_WORD})\b (den|it|that|that one|det|the thing)\b[^.!]*(\?|$)`,
);

export const WHY_NOT_AUTOMATIC =
  /^(?=[\s\S]*\b(updat\w*|upgrad\w*|firmware|software|uppdater\w*|programvar\w*|mjukvar\w*|bug\w*|bugg\w*)\b)[\s\S]*\b(why|how come|y|varfor|vrf|vafor)\b[^.?!]{0,60}\b(automatic\w*|auto|automatisk\w*|by itself|on (its|their) own|av sig sjalv\w*|pushed|push|rolled out|pushade|skickade?s?)\b/;

/** The words for a password or key (folded text), shared by every reading that must tell the key from the name. */
const KEY_WORDS = 'pass\\w*|pw|key|code|losen\\w*|nyckel\\w*|kod\\w*';
export const KEY_WORD = new RegExp(`\\b(${KEY_WORDS})\\b`);

/**
 * "can u put it back to the old one", "kan du sätta tillbaka det gamla lösenordet", "jag vill ha tillbaka mitt
 * gamla wifi lösen", "change the password back to what it was": the Wi-Fi key as it was before, asked back —
 * never an old router (a router named without a key or the Wi-Fi), never a cable put back (a cable, plug or
 * socket named is no key).
 */
export const RESTORE_KEY = new RegExp(
  // ("please change the name back to Karlsson": the network's name asked back, never its key.)
  `^(?!.*\\b(names?|named|namn\\w*|ssid|renam\\w*|called|heter|hette)\\b)(?!(?=.*\\b(router\\w*|modem\\w*|box\\w*|dosa\\w*)\\b)(?!.*\\b(${KEY_WORDS}|wi-?fi\\w*)\\b))(?!.*\\b(cables?|kabel\\w*|plug\\w*|sladd\\w*|sockets?|uttag\\w*|jack|kontakt\\w*|splitter\\w*|filter\\w*)\\b)(?=.*\\b(old|previous|original|former|before|was|used to|gamla|forra|tidigare|ursprungliga|forut|innan|${KEY_WORDS})\\b).*(\\b(put|set|change|switch|turn|bring|get|have|want|go|revert)\\b[^.?!]{0,30}\\bback\\b|\\bback to (the |my |what |how )?(old|previous|original|way|it was|before)|\\b(restore|revert|reinstate|undo)\\b|\\btillbaka\\b|\\baterstall\\w*|\\bsom (det|den) (var|var innan|var forut)\\b|\\b(the way|how|as) it was\\b)`,
);

/** Asked as a question without a mark: "is there any way to…", "kan man få…", "hur får jag…". */
const WAYS_ASKED = String.raw`\b(is there|are there|any way|anyway|way to|how (can|do|could|would|should) (i|we|you)|can (i|we|you)|could (i|we|you)|possible|any (tips|advice|chance|ideas?)|kan (man|jag|vi|ni|du)|gar det|finns det|hur (far|kan|gor|ska) (jag|vi|man|ni)|nagot satt|nagra tips)\b`;
/** The Wi-Fi, or its signal, said to reach or to be had somewhere. */
const REACH_WIFI = String.raw`wi-?fi\w*|wlan|signal\w*|coverage|tackning\w*|natet|internet|uppkoppling\w*`;
/** A spot far from the router: outdoors, another floor, an outbuilding. */
const FAR_SPOT = String.raw`garden|gardens|yard|backyard|back yard|patio|terrace|balcony|deck|porch|shed|garage|gazebo|summer ?house|guest ?house|outside|outdoors|out back|upstairs|downstairs|attic|loft|basement|cellar|annex|top floor|second floor|tradgard\w*|altan\w*|balkong\w*|uteplats\w*|terrass\w*|garage\w*|forrad\w*|friggebod\w*|attefall\w*|gaststug\w*|lusthus\w*|ute|utomhus|utanfor|overvaning\w*|ovanvaning\w*|nedervaning\w*|vind|vinden|kallare\w*|kallaren|loftet`;

/**
 * General questions a Tier-1 technician answers from what any ISP desk knows (the catalogue's `reply.<topic>`),
 * never "I can't answer that from here": the Wi-Fi bands as two networks, a device's address changing under a
 * port forward, whether the PIN is a bank code, invoices by e-mail, the account pages' password, a price
 * discount. Folded text (lowercase, å/ä/ö → a/a/o). Some of them are also routed after the outcome
 * (src/agent/knowledge-routes.ts).
 */
export const GENERAL_TOPICS: [ExtraTopic, RegExp][] = [
  // "does the router update itself in future or do I contact you every time?", "do you push updates
  // automatically?", "uppdaterar routern sig själv framöver?", "måste jag höra av mig varje gång det kommer en
  // uppdatering?": how updates reach the router from now on (we push them remotely) — never an update asked
  // for now, and never why this one had not come (why_not_automatic).
  ['updates_future', UPDATES_FUTURE],
  // "I only see one wifi name, how do I pick 2.4 vs 5 then?", "hur väljer jag 5 GHz när det bara finns ett
  // nät?", "how do I get on the 5ghz band?": with one name the router and the device choose the band — never a
  // rename asked for, and never "the 5 GHz network has its own name" to someone who sees one.
  ['one_name_bands', ONE_NAME_BANDS],
  // "datorn vet jag inte, den står i andra rummet. måste jag starta om den?", "nej jag menade DATORN, inte
  // routern. måste jag starta om datorn?", "should I reboot my laptop?": the customer's own device, never the
  // router — answered, never a router restart offered or a new case opened.
  ['restart_device', RESTART_DEVICE],
  // "kan ni göra ett eget 5ghz nät bara för ps5an", "can you split the 2.4 and 5 GHz into two networks?",
  // "i want a separate 5g wifi for my console", "två olika nät på ps5an": two networks instead of one name.
  [
    'band_split',
    /\b(split\w*|separat\w*|dela\w* (upp )?|separer\w*|skilj\w*|isar)\b[^.?!]{0,40}\b(2[.,]4|5 ?(ghz|g)\b|band\w*|frekvens\w*)|\b(eget|egen|egna|separat\w*|own|separate|dedicated|extra|another|ett till|ett annat|tva|two|2)( \w+){0,2}? (5 ?(ghz|g)|2[.,]4 ?(ghz|g)?)[- ]?(nat\w*|natverk\w*|networks?|wifi\w*|wi-fi|wlan|ssid\w*)\b|\b(tva|two|2) (olika |separata |different |separate |egna |own )?(nat|natverk|networks|wifi-?nat(verk)?|wifis|ssids?|names for (the )?(wifi|bands?))\b|\b(band ?steering|smart ?connect)\b|\b(5 ?(ghz|g)|2[.,]4 ?(ghz|g)?)[- ]?(nat\w*|natverk\w*|networks?|wifi\w*)\b[^.?!]{0,25}\b(bara|enbart|endast|only|just) (for|till|to|at) (the |my |min |mitt |var |vart )?\w+/,
  ],
  // "will it break if the pc gets a new address again?", "my router gives it a new one sometimes", "vad
  // händer om datorn får en ny ip-adress?", "it changed after i restarted the pc. does that matter?": a
  // forward (or anything set for one device) follows one address; a reservation keeps it.
  [
    'address_changes',
    /\b(pc|pcn|dator\w*|computer|laptop|server\w*|console|konsol\w*|xbox\w*|ps ?\d\w*|playstation|device|enhet\w*|machine|nas|it|den|det)\b[^.?!]{0,30}\b(gets?|got|getting|receives?|is given|given|assigned|far|fick|tilldelas|byter|changes?|changed|changing|andrar|andras|andrades|andrats)( to)? (a |an |en |ett )?(new|another|different|other|ny|nytt|annan|annat)( local| lokal)? (ip|ip-?adr\w*|ip-?addr\w*|address\w*|adress\w*|one)\b|\b(gives?|giving|assigns?|hands?) (it|the pc|my pc|the computer|the server|the console|the device|them) (a )?(new|different|another) (one|ip|address)\b|\b(ger|delar ut) (den|datorn|servern|konsolen|enheten) (en )?(ny|annan) (ip\w*|adress\w*)\b|\b(ip|ip-?adr\w*|ip-?addr\w*|(pc|computer|server|device|dator\w*|enhet\w*)'?s? (ip|address)|address\w*|adress(en)?)\b[^.?!]{0,20}\b(changes?|changed|changing|andras|andrades|andrats|byts|bytas|byttes)\b(?=[\s\S]*\b(matter|problem|break\w*|work\w*|spela\w* (nagon )?roll|gor (det|nat|nagot)|funka\w*|fungera\w*|sluta\w*|\?))|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b[^?]{0,80}\b(changed|andrades|andrats|new|ny)\b[^?]{0,60}\b(matter\w*|spela\w* (det )?(nagon )?roll|ett problem|a problem)\b|\bdhcp[- ]?(reserv\w*|binding|lease)\b|\b(reserve|reservera\w*|lock|las\w*|fix)( the| an| en| ett| my| min)? (ip|address|adress\w*)\b/,
  ],
  // "PIN-kod? Är det samma som till banken?", "is that my bank card pin?", "är det bankkoden ni vill ha?".
  // "is there another way, like bankid?", "kan jag legitimera mig med mobilt bankid?": BankID is a way to
  // identify oneself, never a bank code asked for — whether the desk takes it is answered.
  ['pin_bankid', BANKID],
  ['pin_bank', BANK_CODE],
  // "can i get my invoices by email instead of paper?", "kan jag få fakturan som pdf på mejlen?", "e-faktura?".
  [
    'e_invoice',
    /\b(e-?faktur\w*|e-?invoic\w*|e-?bill\w*|pdf[- ]?faktur\w*|pappersfaktur\w*|paperless|paper (invoice|bill)s?)\b|\b(faktur\w*|invoic\w*|bills?)\b[^.?!]{0,40}\b(by|via|per|as|in|on|pa|som|till|through|over) (e-?mail|mejl\w*|mail|e-?post|pdf|my (e-?mail|inbox)|min (e-?post|mejl|mail))\b|\b(e-?mail|mejl\w*|e-?post|pdf)\b[^.?!]{0,20}\b(instead of|rather than|not|istallet for|i stallet for|inte) (\w+ )?(paper|papper\w*|post(en)?|by post|in the (post|mail))\b/,
  ],
  // "hur byter jag lösenord till kontosidorna?", "how do i change my account password afterwards?": the account
  // pages' sign-in (a bare "password" in a sign-in case is resolved by its intent: reply.ts).
  [
    'account_password',
    /^(?![\s\S]*\b(wi-?fi\w*|wlan|router\w*|admin\w*|natverk\w*|network|natet)\b)[\s\S]*(?:\b(losen\w*|password\w*|pw)\b[^.?!]{0,40}\b(mina sidor|my pages|kundportal\w*|portal\w*|kundkonto\w*|(mitt |my )?(konto|account)|inloggning\w*|logga in|loggar in|log ?in|login|sign[- ]?in)\b|\b(kom (jag|vi) in|komma in|kommer (jag |vi )?in|got in|get in|logged in|loggade in|inloggning\w*|logga in)\b[\s\S]{0,120}\b(losen\w*|password\w*)\b|\b(mina sidor|my pages|kundportal\w*|portal\w*|kundkonto\w*|inloggning\w*)\b[^.!]{0,60}\b(losen\w*|password\w*|pw)\b)/,
  ],
  // "finns det pensionärsrabatt?", "do you have a student discount?", "any cheaper deal for seniors?": a
  // price question for sales (a reduction for days without service is compensation, matched after).
  [
    'discount',
    /^(?![\s\S]*\b(avbrott\w*|driftstor\w*|outage\w*|nere|down|ersattning\w*|refund\w*|money back|pengar(na)? tillbaka|kompens\w*|compensat\w*|days? without|dagar utan|for (this|that|it|all (this|that)|the (trouble|inconvenience|hassle|problem|downtime|wait))|besvar\w*|strul\w*|for (det|detta|problemet|felet))\b)[\s\S]*(\b\w*rabatt\w*|\b(discount\w*|cheaper (price|deal|plan|rate)|special (price|offer|deal)|erbjudande\w*|kampanj\w*|campaign\w*)\b|\b(pensionar\w*|senior\w*|student\w*|pensioner\w*|retired|oap)\b[^.?!]{0,25}\b(pris\w*|price\w*|deal\w*|offer\w*|billigare|cheaper))/,
  ],
  // "is my ping supposed to be 40?", "is 40 ms ping normal or not", "min ping ligger på 40, är det bra?",
  // "vad ska latensen vara på fiber?": what a normal ping is (with the customer's number: ping-facts.ts).
  [
    'ping',
    /^(?=[\s\S]*(\?|\b(normal\w*|ok|okay|okej|bra|good|fine|supposed|should|borde|high|hog\w*|rimlig\w*|vanlig\w*|expected|acceptab\w*|godkan\w*|told|answered|svarat|sagt)\b))[\s\S]*\b(ping|pingen|pings|pingtid\w*|latency|latens\w*|fordrojning(en)?|svarstid(en)?|\d{1,4} ?(ms|millisek\w*|milliseconds?))\b/,
  ],
  // "btw can i make it so the guests have their own network?", "kan man ha ett gästnät?", "guest wifi?":
  // a router setting the desk has no action for (passed to tier2 when the desk is asked to do it).
  [
    'guest_network',
    /\b(guest[- ]?(network|wi-?fi|net|wlan|ssid|access|mode)\w*|gast-?(nat\w*|natverk\w*|wi-?fi\w*|wlan\w*|lage\w*)|gastnat\w*|gastnatverk\w*|gastwifi\w*)\b|\b(guests?|visitors?|friends?|gaster\w*|besokare|kompisar\w*)\b[^.?!]{0,40}\b(own|separate|their own|a different|another|egna?|eget|separat\w*|ett annat)\b[^.?!]{0,15}\b(network|wi-?fi|net|nat|natverk|wlan|ssid)\w*|\b(own|separate|extra|egna?|eget|separat\w*|extra)\b[^.?!]{0,10}\b(network|wi-?fi|nat|natverk|wlan|ssid)\w* (for|till|at|at vara) (\w+ )?(guests?|visitors?|gaster(na)?|besokare(na)?)\b/,
  ],
  // "is it you guys throttling or what??", "stryper ni min hastighet?", "do you slow down netflix?": we never
  // throttle; what the tests found is the cause.
  [
    'throttling',
    /\b(throttl\w*|stryp\w*|strypt\w*|bandwidth cap\w*|traffic shap\w*|trafikbegrans\w*)\b|\b(bromsar|begransar|slow|limit|cap) (ni|du|you|u|you guys)\b|\b(you|u|ya|you guys|your company|ni|du)\b[^.?!]{0,20}\b(slow\w* (me|us|it|my \w+|our \w+|netflix|youtube|steam|the \w+) down|limit\w* (my|our|the) (speed|connection|bandwidth)|cap\w* (my|our|the) (speed|bandwidth)|bromsa\w*|saktar ner|begransa\w* (\w+ )?(min|mitt|var|vart|hastighet\w*|farten|bandbredd\w*|anslutning\w*|nedladdning\w*|natet|internet))\b/,
  ],
  // "also what about the wifi password, is that one safe?", "is my current wifi password weak or not??", "should
  // i change my wifi password too?", "borde jag byta wifi-lösenordet?": a question about the Wi-Fi key's
  // safety, or advice — answered and a new key offered, never a change asked for (only a yes to the offer is).
  [
    'key_safe',
    new RegExp(
      [
        /\b(wi-?fi|wlan|natverks?|network)[- ]?(losen\w*|pas+w\w*|pw|key|nyckel\w*|kod\w*)\b[^.!]{0,40}\b(safe|secure|strong|weak|good enough|sakert|saker|starkt|stark|svagt|svag|bra nog|tillrackligt (starkt|sakert|bra)|easy to (guess|crack|hack)|latt att (gissa|knacka|hacka))\b/,
        /^(?=[\s\S]*\b(wi-?fi|wlan)[- ]?(losen\w*|pas+w\w*|pw|key|nyckel\w*|kod\w*)\b)[\s\S]*\b(is|isn'?t|ar|e) (that|this|it|den|det|mitt|my|our)( one| one still| current| nuvarande| still| fortfarande)? (really |actually |verkligen |then |da )?(safe|secure|strong|weak|sakert|sakra|saker|starkt|stark|svagt|svag)\b/,
        /(\b(should|shall|do|must|need to|ought to) (i|we)|\b(borde|bor|ska|behover|maste) (jag|vi|man)|\b(would|do|would) (you|u) (recommend|suggest|advise)|\b(is it|ar det) (smart|wise|a good idea|klokt|bra|smart|nodvandigt|necessary) (to|att)|\b(rekommenderar|tycker) (du|ni))\b[^.?!]{0,20}\b(change|changing|update|reset|byta|byter|andra|uppdatera)\b[^.?!]{0,20}\b(wi-?fi|wlan|natverks?)[- ]?(losen\w*|pas+w\w*|pw|key|nyckel\w*|kod\w*)/,
      ]
        .map((r) => r.source)
        .join('|'),
    ),
  ],
  // "is there any way to get the wifi to reach the garden?", "kan man få wifi ute på altanen?", "how do i get
  // signal out to the shed", "når wifit upp till övervåningen?": how far the Wi-Fi reaches (placement, the
  // 2.4 GHz band, a mesh unit) — asked, never a fault report ("the wifi in the garden is bad" is the case's).
  [
    'wifi_reach',
    new RegExp(
      String.raw`^(?=[\s\S]*(\?|${WAYS_ASKED}))(?=[\s\S]*\b(${REACH_WIFI})\b)[\s\S]*\b(${FAR_SPOT})\b`,
    ),
  ],
  // "is there a way to see the drop log myself?", "can i check the signal level on the router page?", "kan
  // jag se signalnivån själv?", "finns det en logg över avbrotten?": the router's status page and its log,
  // and what the desk measured (reply.see_signal.<cause> with {rxDbm}).
  [
    'see_signal',
    /\b(see|check|view|look at|read|find|access|monitor|follow|track|pull up)\b[^.?!]{0,40}\b(drop ?logs?|logs?|logfiles?|signal (levels?|strength|values?)|signal ?levels?|rx ?power|optical (levels?|power)|light levels?|dbm|snr|connection (history|log|stats|statistics)|line (stats|statistics|status))\b|\b(is there|are there|do you have|where is|where are|can i get)\b[^.?!]{0,15}\b(a |an |any )?(drop ?logs?|logs?|history)\b[^.?!]{0,20}\b(drops?|disconnect\w*|outages?|connection)\b|\b(se|kolla|titta pa|lasa av|hitta|folja|fa fram|ta fram)\b[^.?!]{0,40}\b(\w*logg\w*|signalniva\w*|signalstyrk\w*|signalvarde\w*|fibersignal\w*|dampning\w*|dbm|snr|ljusniva\w*|historik\w*)\b|\b(finns det|har ni|var finns)\b[^.?!]{0,15}\b(en |nagon )?(\w*logg\w*|historik\w*)\b/,
  ],
  // "min fru undrar om vi kan få en router som inte går att stänga av så lätt", "can the power button be locked?":
  // a router that is not switched off by mistake — the button, and how to keep it from being pressed.
  // (Never the fault told: "varför stängdes den av?", "could someone have turned it off?".)
  [
    'power_button',
    /\b(a|an|en|ett|another|annan|annat|ny|new|some) (router|modem|box|dosa)\b[^.?!]{0,40}\b(not|inte|can'?t|cannot|won'?t|harder to|svarare att|svart att|omojlig\w* att)\b[^.?!]{0,20}\b(be )?(switch\w* off|turn\w* off|power\w* off|shut\w* off|stang\w* av|stangas av|sla\w* av|slas av)\b|\b(lock|disable|cover|hide|block|las\w*|avaktiver\w*|tack\w* over|skydda\w*|stang\w* av|koppla\w* bort)\b[^.?!]{0,20}\b(strom-?(knapp\w*|brytare\w*)|power (button|switch)|on.?off (button|switch)|av-?pa-?knapp\w*)|\b(strom-?(knapp\w*|brytare\w*)|power (button|switch)|on.?off (button|switch))\b[^.?!]{0,30}\b(locked|disabled|covered|blocked|removed|lasas|last|avaktiveras|tackas over|tas bort)\b/,
  ],
  // "if i want the router moved to the living room do u send someone or do i do it myself", "kan jag flytta
  // routern till vardagsrummet själv?": who moves the router — the customer, as far as the cable from the wall
  // reaches; moving the socket itself is a technician's visit. (Never the move told done: "flyttade routern";
  // "do i have to move the router?" at the test close to it is that step's own question: move_router.)
  [
    'relocate_router',
    /^(?=[\s\S]*\b(myself|my self|on my own|yourself|sjalv|sjalva|send (someone|somebody|anyone|a tech\w*|an engineer|out)|skicka (nan|nagon|en tekniker|hit)|technician|tech guy|engineer|tekniker\w*|can (i|we)|could (i|we)|may (i|we)|am i allowed|is it ok|kan (jag|vi)|gar det att)\b)[\s\S]*(\b(move|moving|moved|relocat\w*|flytta|flyttar|flyttas|flyttat)\b[^.?!]{0,30}\b(router\w*|modem\w*|boxen|wifi-?box\w*)\b|\b(router\w*|modem\w*)\b[^.?!]{0,20}\b(moved|relocated|flyttad|flyttas)\b)/,
  ],
  // "what does -28.9 dBm mean, is that bad?", "vad betyder −28,9 dBm?", "is the signal level bad?": the level
  // the desk measured, explained for the case's cause (reply.signal_level.<cause> with {rxDbm}) — never "is it
  // safe" or "I have noted it".
  [
    'signal_level',
    /^(?=[\s\S]*(?:\d|\b)dbmv?\b)[\s\S]*\b(mean|means|meaning|bad|good|ok|okay|normal|weak|strong|too low|too high|betyder|innebar|daligt|dalig|bra|normalt|svagt|svag|starkt|rimligt|for lagt|for hogt)\b|\b(signal ?(level|strength|value)s?|signalniva\w*|signalstyrk\w*|signalvarde\w*|fibersignal\w*|ljusniva\w*)\b[^.?!]{0,30}\b(mean|means|bad|good|ok|normal|weak|betyder|innebar|daligt|dalig|bra|normalt|svag\w*)\b/,
  ],
  // "Och kan jag se mina fakturor där sen?", "can i download my invoices from my pages?", "var hittar jag
  // fakturorna?": where the customer finds their own invoices — a how-to, answered; never a billing case
  // (a question about what an invoice says, or a wrong amount, is billing's).
  [
    'portal_invoices',
    /^(?![\s\S]*\b(varfor|vrf|why|how come|hog\w*|higher|dyr\w*|more|mer|extra|fel\w*|wrong|incorrect|double\w*|dubbel\w*|bestrid\w*|disput\w*|betala\w*|pay|paid|paying|refund\w*|pengar|money|kostar|costs?|belopp\w*|amount)\b)[\s\S]*(\b(se|hitta|ladda ner|ladda hem|kolla|titta pa|fa fram|ta fram|skriva ut|see|find|view|download|check|access|get|print|look at)\b[^.?!]{0,25}\b(faktur\w*|invoices?|bills?|kvitt\w*|receipts?)\b[^.?!]{0,30}\b(dar|there|mina sidor|my pages|portal\w*|kundsidor\w*|kundportal\w*|online|pa natet|i appen|in the app|appen|kontot|my account|mitt konto)\b|\b(var|where)\b[^.?!]{0,25}\b(faktur\w*|invoices?|bills?)\b|\b(faktur\w*|invoices?|bills?)\b[^.?!]{0,20}\b(pa|on|in|i) (mina sidor|my pages|the portal|portalen|kundportalen|kontot|my account|the app|appen)\b)/,
  ],
];

/** Requests about signing in to the account pages: there a bare "password" is that password. */
const SIGN_IN_INTENTS = new Set<string>(['login_problem', 'password_reset']);
/** A password named without saying which: "hur byter jag lösenordet?". */
const BARE_PASSWORD = /\b(losen\w*|password\w*|pw)\b/;
/** Words that say it is the Wi-Fi's or the router's password. */
const NAMED_PASSWORD = /\b(wi-?fi\w*|wlan|router\w*|admin\w*|natverk\w*|network|natet|nyckel\w*|key)\b/;

/**
 * "hur byter jag lösenordet sen?" in a conversation about signing in to the account pages (its intent): the
 * account pages' password, never the Wi-Fi key. Folded text.
 */
export function accountPasswordMeant(folded: string, intent: string | null | undefined): boolean {
  return (
    !!intent && SIGN_IN_INTENTS.has(intent) && BARE_PASSWORD.test(folded) && !NAMED_PASSWORD.test(folded)
  );
}
/** A filter or control the customer set up for what may be reached: "the parental filter", "barnfiltret". */
export const OWN_FILTER = String.raw`(parental|child|children'?s|kids?|family|content|web|porn|adult|safe ?search|youtube)[- ]?(filt(er|r)\w*|control\w*|lock\w*|block\w*|settings?)|(barn|foraldra|familje|innehalls|porr|webb)-?(filt(er|r)\w*|kontroll\w*|spar\w*|las\w*|skydd\w*)|(filt(er|r)\w*|filtret|sparr\w*) (for|pa) (barn\w*|ungarna|kids|children)`;

/** Matched before the basic topics (they are more specific than "how do I know…"). */
/**
 * "jag har en telefon kopplad till den, tappar jag den också?", "my home phone is plugged into the router, will
 * it go down?", "funkar ip-telefonin under tiden?": a phone that works through the router (IP telephony) —
 * never a mobile on the Wi-Fi.
 */
export const ROUTER_PHONE = new RegExp(
  String.raw`\b(telefon\w*|fasttelefon\w*|hemtelefon\w*|(home|house|landline|desk|fixed|cordless) ?phones?|phones?|telephones?|landlines?|lurar?n?)\b[^.?!]{0,40}\b(kopplad\w*|inkopplad\w*|ansluten|anslutna|sitter|satt|plugged|connected|hooked( up)?|goes|runs|gar|kopplad)\b[^.?!]{0,12}\b(i|till|in|into|to|via|through|genom|pa)\b (den|the router|routern|router|boxen|the box|modemet|the modem|it|dosan)\b|\b(ip-?telefon\w*|bredbandstelefon\w*|voip|ip ?phone\w*|internet ?phone\w*)\b|\b(routern|boxen|the router|my router|the box)\b[^.?!]{0,30}\b(har|has|with) (en |a |min |my )?(telefon\w*|phones?|landline)\b[^.?!]{0,15}\b(kopplad|inkopplad|i sig|plugged|connected|attached|in it)\b|\b(telefon\w*|phones?|landline)\b[^.!]{0,40}[.!?]*\s*\b(den|it|that one|hon)\b (ar|is|'s|e|sitter|satt|was) (kopplad\w*|inkopplad\w*|ansluten|plugged|connected|hooked)( in| up)? (i|till|in|into|to) (routern|the router|my router|boxen|the box|modemet|the modem)\b`,
);

export const TOPICS_FIRST: [ExtraTopic, RegExp][] = [
  // "can u put it back to the old one": the Wi-Fi key as it was, asked back (before router_old and the key shown).
  ['restore_key', RESTORE_KEY],
  ['router_phone', ROUTER_PHONE],
  // "hur länge ska vi vänta, min fru behöver det till jobbet", "how long do we have to wait?", "how long will we
  // be without internet?": until it works again — answered from the cause once it is known, never the check time.
  [
    'wait_until_works',
    /\b(hur (lange|lang tid)|how long|how much longer)\b[^.?!]{0,25}\b(ska|maste|behover|far|kommer|must|do|does|have|has|will|should|shall|are|am|is)\b (vi|we|us|my family|the family|familjen)\b[^.?!]{0,15}\b(vanta|vanta pa|wait|waiting|be without|go without|vara utan|klara oss utan|klara mig utan|vara utan (internet|natet))\b|\b(hur (lange|lang tid)|how long|how much longer)\b[^.?!]{0,25}\b(be without|go without|vara utan|klara oss utan|klara mig utan)\b|\b(hur (lange|lang tid)|how long)\b[^.?!]{0,20}\b(utan (internet|natet|uppkoppling)|without (internet|the internet|a connection|wi-?fi))\b/,
  ],
  // "Jag ser två nät, Nilsson och Nilsson-5G, jag är på det första. Ska jag byta?", "should i switch to the 5ghz
  // one?", "Should I use the 5G one in the kitchen too?": the two networks are there already — whether to use the
  // 5 GHz one (yes, and the 2.4 GHz one reaches further), never how to split the bands or "with one name".
  [
    'switch_to_5g',
    /\b5 ?(ghz|g)\b[^?]{0,100}\b(ska|bor|borde|maste|skulle) (jag|vi) (byta|vaxla|ga over|koppla om|ansluta|anvanda|valja)( till| over| om)?\b[^.!]{0,40}\?|\b(ska|bor|borde) (jag|vi) (byta|vaxla|ga over|koppla om) (till|over till|mot)\b[^.?!]{0,30}\b5 ?(ghz|g)\b|\b5 ?(ghz|g)\b[^?]{0,100}\b(should|shall|must|do) (i|we) (switch|change|move|connect|use|pick|join|go)\b[^.!]{0,40}\?|\b(should|shall) (i|we) (switch|change|move|go|connect) (over )?(to|onto)\b[^.?!]{0,30}\b5 ?(ghz|g)\b|\b(should|shall|do|can|could) (i|we) (also |still |just )?(use|pick|choose|join|stay on|keep|go with|take)\b[^.?!]{0,20}\b5 ?(ghz|g)\b|\b(ska|bor|borde|kan) (jag|ja|vi) (ocksa |aven |bara )?(anvanda|valja|ta|ha|stanna pa|halla mig till|koppla upp mot|ansluta till|kora pa|kora med|vara pa|ga pa|koppla till)\b[^.?!]{0,20}\b5 ?(ghz|g)\b|\b5 ?(ghz|g)(-? ?(natet|natverket|network|wifi|wi-fi|one|et|an))?\b[^.?!]{0,12}\b(eller|or)\b[^.?!]{0,30}\b(vanliga|andra|2[,.]?4\w*|other|normal|regular|ordinary)\b/,
  ],
  ...GENERAL_TOPICS,
  // "will that undo the parental filter I set up?", "my question was whether resetting the DNS will remove
  // the parental filter", "försvinner barnfiltret då?": what the change does to a filter the customer set
  // up — never what a DSL splitter is.
  [
    'own_filter',
    new RegExp(
      String.raw`\b(undo\w*|remov\w*|reset\w*|break\w*|affect\w*|lose|los(t|ing)|delet\w*|kill\w*|turn\w* off|disabl\w*|wip\w*|overwrit\w*|keep\w*|stay\w*|still work\w*|stop\w* work\w*|forsvinn\w*|ta bort|tar bort|paverka\w*|nollstall\w*|aterstall\w*|forstor\w*|sluta\w* fungera|sluta\w* funka|finns kvar|ligga kvar|ligger kvar|behall\w*|sla(r)? av|stang\w* av)\b[^.!?]{0,60}\b(${OWN_FILTER})|\b(${OWN_FILTER})\b[^.!?]{0,60}\b(undo\w*|remov\w*|reset|break\w*|affect\w*|lost|gone|delet\w*|disabl\w*|wip\w*|keep\w*|stay\w*|still work\w*|stop\w* work\w*|forsvinn\w*|forsvunn\w*|paverka\w*|nollstall\w*|aterstall\w*|finns kvar|ligga kvar|ligger kvar|sluta\w* fungera|sluta\w* funka|kvar)\b|\b(was it|is it|could it be|could it have been|var det|ar det|kan det (vara|ha varit)|beror det pa)\b[^.!?]{0,20}\b(${OWN_FILTER})`,
    ),
  ],
  // "vad menar ni med nytt wifi-lösenord och säkerhetsavdelning??", "what do you mean new password? i never
  // changed anything", "vad pratar du om?": a question about something the desk said, answered from what the
  // case really did (an honest correction), never "I can't answer that". ("vad menar du med det?" asks for
  // the step in plain words: what_means.)
  ['why_not_automatic', WHY_NOT_AUTOMATIC],
  // "is it safe to do remote management on it", "ska jag slå på fjärrstyrning?": reaching the router's
  // settings from the internet — never "is it safe to change the password".
  [
    'remote_management',
    /\b(remote (management|admin\w*|access|config\w*|login)|remote[- ]?manage\w*|fjarr(styr\w*|atkomst\w*|hantering\w*|administr\w*|inlogg\w*)|(access|reach|manage|log ?in to|get to) (the |my )?(router|settings|admin page)\b[^.?!]{0,20}\b(from (outside|the internet|anywhere|work|away)|remotely)|(na|komma at|logga in pa|styra) routern\b[^.?!]{0,20}\b(utifran|fran jobbet|hemifran|pa distans|via internet))\b/,
  ],
  // "min faktura är 120 kr högre … vad är det för avgift?", "what is this fee on my bill?": a line on the
  // invoice, which billing sees — never "troubleshooting is free".
  [
    'invoice_fee',
    /^(?=[\s\S]*\b(faktura\w*|invoice\w*|bill|bills|billed|rakning\w*|debiter\w*)\b)[\s\S]*\b(vad|what|which|vilken|vilket|why|varfor|whats|what'?s)\b[^.?!]{0,30}\b(avgift\w*|fee|fees|charge|charges|belopp\w*|tillagg\w*|post(en)?|raden)\b/,
  ],
  // "what does 2.4 GHz mean, is that something I can fix myself?", "vad är 5 GHz?": the two Wi-Fi bands.
  [
    'what_band',
    /\b(vad|what|wat|whats|what'?s)\b[^.?!]{0,25}\b(5|2[.,]4) ?(ghz|g)\b(?! ?(network|wifi|wi-fi|natet|natverk\w*)? ?(called|named|heter))|\b(5|2[.,]4) ?ghz\b[^.?!]{0,15}\b(mean|means|betyder|innebar)\b/,
  ],
  // "can you tell me my public ip so i can send it to him?", "will my friends need my ip?", "vad är min externa
  // ip?", "is my ip address going to change?": the router's internet address, which the line check read
  // (wan-facts.ts), never the device's 192.168 one (named with the device, it is the device's: address_changes).
  [
    'public_ip',
    /\b(public|external|wan|outside|internet|publik\w*|extern\w*|offentlig\w*)[- ]?(ip|ip-?adress\w*|ip-?address\w*|address|adress\w*)\b|\b(friends?|mates|buddies|others|people|vanner\w*|kompis\w*|polare)\b[^.!]{0,80}\b(my|min|mitt|our|var) (ip|ip-?adress\w*|ip-?address\w*)\b|\b(what|whats|what'?s|tell me|give me|send me|vad (ar|e)|ge mig|saga|sag)\b[^.?!]{0,15}\b(my|min|mitt|our|var) (ip|ip-?adress\w*|ip-?address\w*)\b(?![^.?!]{0,25}\b(pc|dator\w*|computer|laptop|console|konsol\w*|xbox|ps\d|playstation|server)\b)|\b(my|our|min|mitt|var) (ip|ip-?adress\w*|ip-?address\w*)\b(?![^.?!]{0,25}\b(pc|dator\w*|computer|laptop|console|konsol\w*|xbox|ps\d|playstation|server)\b)[^.?!]{0,30}\b(chang\w*|andras|andrar|byts|bytas|byter|static|statisk\w*|dynamic|dynamisk\w*|fixed|fast|the same|samma)\b|\b(andras|byts|bytas|changes?)\b[^.?!]{0,15}\b(min|mitt|var|my|our) (ip|ip-?adress\w*|ip-?address\w*)\b(?![^.?!]{0,25}\b(pc|dator\w*|computer|laptop|console|konsol\w*|xbox|ps\d|playstation|server)\b)/,
  ],
  [
    'what_you_meant',
    /\b(vad|va|what|wat)( (menar|menade|mena|syftar|syftade|pratar|snackar|talar) (du|ni) (med|om|pa)| (do|did) (you|u|ya) mean( by| with| about)?| are (you|u) talking about| (is|was) (that|this) about)\b[^?!]{0,40}\b(losen\w*|pas+w\w*|pw|nyckel\w*|key|sakerhet\w*|security|avdelning\w*|department|team|intrang\w*|hack\w*)/,
  ],
  // "wait what couldnt you answer?", "vilken fråga? … vilken fråga menade du??", "jag frågade ingenting":
  // about the desk's own words ("I can't answer that", "I have noted your question"), answered by the desk.
  [
    'which_question',
    /\b(which|what|wat|wich|whitch) (question|q|other question)\b(?! (should|can|shall|do|must) i\b)|\bwhat (couldnt|could not|couldn'?t|cant|can'?t|can not|cannot|didnt|did not|didn'?t) (you|u|ya) (answer|reply to|respond to)\b|\bi (didnt|did not|didn'?t|never|havent|haven'?t) (ask|asked) (anything|any question|a question|you anything|nothing)\b|\bvilken (annan |andra )?fraga\b|\bvad (for|fo) (en |nan )?fraga\b|\bvad (kunde|kan|kunna) (du|ni) inte svara pa\b|\bjag (fragade|har fragat|fragade ju|stallde) (ju )?(ingenting|inget|ingen fraga|inte nagot|inte nat|nagon fraga)\b/,
  ],
  ['send_by_sms', PASSWORD_BY_SMS],
  // "is the software in my router up to date?", "är programvaran i routern uppdaterad?", "latest firmware?":
  // answered from the case's check of the router's software (firmware.ok / outdated / known_bad).
  [
    'firmware_current',
    /\b(firmware\w*|software|mjukvar\w*|programvar\w*|fast ?programvar\w*|router ?software)\b[^.?!]{0,40}\b(up ?to ?date|updated|latest|current|newest|recent|uppdaterad\w*|senaste|aktuell\w*|nyaste|ny nog)\b|\b(up ?to ?date|latest|newest|senaste|nyaste|uppdaterad\w*)\b[^.?!]{0,15}\b(firmware\w*|software|mjukvar\w*|programvar\w*)\b|\b(firmware\w*|software|mjukvar\w*|programvar\w*)\b[^.?!]{0,30}\b(need\w* (an? )?(update|upgrade)|behov\w* (uppdater\w*|en uppdatering))/,
  ],
  // "kan vi få en bättre router med wifi 6 av er? kostar det nåt?", "could i order a newer router from you?",
  // "får jag en ny router skickad?": a router from us — its model and price, or its replacement — never
  // a mesh or a new laptop, and never "troubleshooting is free" as its price.
  [
    'router_from_us',
    // (A router to borrow while the line is down is a loan: LOAN_DEVICE.)
    new RegExp(
      `^(?![\\s\\S]*(?:${LOAN_DEVICE.source}))[\\s\\S]*(?:` +
        /\b(router\w*|modem\w*)\b[^.?!]{0,40}\b(av er|fran er|hos er|via er|genom er|from (you|u|ya|you guys|your company|your side)|through you)\b|\b(kan|kunde|far|ska|gar det att|can|could|do|may|will) ?(jag|vi|man|i|we|one|ni|du|you|u)? (fa|kopa|bestalla|hyra|byta( till)?|uppgradera( till)?|get|order|buy|rent|have|upgrade( to)?|swap( to)?|send|skicka)\b( me| us| mig| oss)?[^.?!]{0,25}\b(en |ett |a |an |the )?(ny|nya|nyare|battre|snabbare|modernare|new|newer|better|faster|replacement|ersattnings\w*|wi-?fi ?[67]\w*)\b[^.?!]{0,20}\brouter\w*|\b(ny|nya|new|replacement|another) router\b[^.?!]{0,15}\b(skickad|hemskickad|sent|shipped|delivered|levererad)\b|\b(skickar|send|ship) (ni|you|u) (mig |oss |me |us )?(en |a )?(ny|new|replacement) router\b|\b(kan|kunde|far|can|could|may) (jag|vi|man|i|we) (fa|kopa|hyra|bestalla|get|have|buy|rent|order) (en |ett |a )?(ny|nyare|nytt|new|newer|another)( one)? (av er|fran er|hos er|from (you|u|ya|you guys))\b|\b(blir det|behovs det|kommer (jag|vi) (att )?fa|far (jag|vi)|(jag|vi) (far|ska fa|kommer (att )?fa)|ska (jag|vi) fa|is it|will it be|will there be|do (i|we) get|will (i|we) (get|need)) (en |ett |a |an )?(ny|nytt|new|replacement) (router|modem|box)\w*/
          .source +
        ')',
    ),
  ],
  // "vad ska ni göra?", "what are you going to do about it?", "what's the plan then": what the desk does
  // next for the fault it found (what_you_do.<cause>), or the team and visit after a handoff.
  [
    'what_you_do',
    /\b(vad|hur) (ska|kommer|tanker|gor|kan) (ni|du)( (da|nu|egentligen|at det|at saken))? (att )?(gora|gor|ta tag i|fixa|losa|atgarda|gora at det|gora nu|gora da)\b|\bvad (ar|e) (planen|nasta steg)\b|\bwhat (will|are|do|can|would|is) (you|u|ya|you guys|your (team|technicians?|techs?))( (now|then|next))? (do|doing|going to do|gonna do|plan)\b|\bwhat'?s (the|your) (plan|next step)\b|\bwhat (is|are) (the|your) (plan|next steps?)\b/,
  ],
  // "so i just wait then", "så jag ska bara vänta?", "do i just wait for the technician?": yes, and what for.
  [
    'just_wait',
    /\b(so |then |and )?(i|we) (just |only |simply )(wait|sit (and|tight))\b|\b(do|should|shall|must) (i|we) (just|only|simply) wait\b|\b(ska|far|maste|behover) (jag|vi) (bara |alltsa |da )?(bara )?(vanta|sitta och vanta)\b|\b(sa|da) (ar det |blir det )?(bara att vanta|vantar (jag|vi) (bara|alltsa))\b|\bbara att vanta\b|\b(jag|vi) (ska|far|maste|behover) (bara |alltsa |da )+(vanta|sitta och vanta)\b|\bjust (have|need) to wait\b/,
  ],
  // "can you see which devices are connected first?", "can you see the list of connected devices or not?",
  // "kan ni se vilka som är inne på wifit?": the devices the router lists (wifi-clients.ts), never who sees
  // the new password.
  [
    'connected_devices',
    /\b(which|what|vilka|vilken|vilket|who|vem|vad for)\b(?: \w+){0,3}? (devices?|enheter|enhet|apparater|prylar|grejer|clients|datorer|telefoner|som|is|are|ar)\b[^.?!]{0,30}\b(anslutna|ansluten|anslutet|inkopplade|inkopplad|uppkopplade|uppkopplad|connected|online|on (the |my |our )?(wi-?fi|network|router|internet)|pa (wifit|wifi|natet|natverket|routern))\b|\b(whats|what's|vad som (?:ar|finns))\b[^.?!]{0,12}\b(connected|anslut\w*|uppkopplad\w*|inkopplad\w*|on (?:the |my |our )?(?:wi-?fi|network))\b|\b(list|lista|listan|overview|oversikt)\b[^.?!]{0,25}\b(devices?|enheter|clients)\b|\b(connected|anslutna|uppkopplade|inkopplade) (devices?|enheter|clients|apparater)\b/,
  ],
  // "hur vet jag att det här är ni på riktigt och inte nån bluff?", "how do I know this is really you and not a scam?".
  [
    'is_genuine',
    /\b(hur (vet|kan) (jag|man)( veta)?|hur (jag|man) (vet|kan veta)|how (do|can|would) (i|we) (know|tell|be sure)|is this (really|actually) (you|my provider)|ar (det har|ni) (verkligen|pa riktigt))\b[^?]{0,60}\b(pa riktigt|akta|bluff\w*|bedrag\w*|scam\w*|fake|genuine|legit\w*|really you|the real (you|company|provider)|phishing|nataf\w*)\b|\b(is this|ar det har|ar detta) (a |en )?(scam|bluff|bedrageri|phishing|fake)\b/,
  ],
  // "nu står det moderate nat. är det bra nog?", "what does strict NAT even mean?": what the NAT types mean
  // for playing (a NAT type named, then a question), never "it works".
  [
    'nat_type',
    /\b(open|oppen|oppet|moderate|moderat|strict|strikt|type ?[123]|typ ?[123])[ -]?nat\b[^?]{0,60}\?|\bnat[ -]?(typ\w*|type)\b[^?]{0,60}\?|\b(vad (betyder|ar)|what (does|is|are)|whats|skillnad\w*|difference)\b[^.?!]{0,30}(?<!\b(for|med|om|nagot|lite) )\bnat\b/,
  ],
  // "öh vad betyder det?", "what does that mean?", "vad innebär det för mig?": the step just asked about, in
  // plain words (a named thing, "what does DNS mean?", is that thing's own topic).
  [
    'what_means',
    /\b(vad|what|wat|whats|what'?s)( (betyder|innebar|menas med|menar (du|ni) med|does|do|did you mean by|do you mean by|is meant by))? (det|detta|det dar|det har|that|this|it|that all|all that|those|these)( (for mig|for oss|for me|for us))?( mean\w*| betyda)?\s*(\?|$)|\b(vad (betyder|innebar) (det|detta)|(what|wat) (does|do|dose) (that|this|it) (even |actually )?mean|what (do|did) you mean( by (that|this|it))?|vad menar (du|ni)( med (det|detta))?|forstar (inte|ej) (vad|riktigt vad) (det|du|ni) (betyder|menar|innebar)|(i )?(dont|don'?t|do not) (understand|get) what (that|this|it|you) mean\w*)\b/,
  ],
  // "ändras lösenordet till min mejl också?", "will my email password change too?", "is my email affected
  // too?": a password or sign-in of another service (e-mail), not the Wi-Fi's or the router's settings.
  [
    'email_password',
    /\b(mejl|mail|e-?post|email|e-?mail|gmail|outlook|hotmail|icloud)\w*\b[^.?!]{0,25}\b(losen\w*|password\w*|pw|inlogg\w*|login)\b|\b(losen\w*|password\w*)\b[^.?!]{0,15}\b(till|for|pa|of|for|to|on) (min |mitt |my |the |mina |our |var )?(mejl|mail|e-?post|email|e-?mail|gmail|outlook|hotmail|icloud)\w*|\b(mejl|mail|epost|email)losen\w*|\b(mejl|mail|e-?post|email|e-?mail|gmail|outlook|hotmail|icloud)\w*\b[^.?!]{0,25}\b(affect\w*|paverka\w*|still work\w*|(funka|fungera)\w* (fortfarande|kvar|sen|an))|\b(affect\w*|paverka\w*)\b[^.?!]{0,20}\b(min |mitt |my |the |our |var |mina )?(mejl|mail|e-?post|email|e-?mail|gmail|outlook|hotmail|icloud)\b/,
  ],
  // "ska jag betala för 500 om wifi:t inte klarar det?", "why pay for 500 if the wifi can't do it?": the
  // plan against what Wi-Fi gives, never the cost of troubleshooting.
  [
    'plan_wifi',
    /\b(betala\w*|pay|paying|paid)\b[^.?!]{0,20}\b\d{2,4}\b[^.?!]{0,50}\b(wi-?fi\S*|wlan\S*|tradlos\w*|tradlost)|\b(wi-?fi\S*|wlan\S*)\b[^.?!]{0,50}\b(betala\w*|pay|paying)\b[^.?!]{0,20}\b\d{2,4}\b/,
  ],
  // "hur många enheter är det som är anslutna nu?", "how many devices are connected right now?": the count
  // the desk's Wi-Fi probe saw (wifi-clients.ts).
  [
    'connected_devices',
    /\b(hur manga|how many|antal|number of)\b[^.?!]{0,40}\b(enheter|apparater|prylar|grejer|datorer|telefoner|devices?|things|gadgets|clients|people|users|anvandare)\b[^.?!]{0,40}\b(anslutna|ansluten|inkopplade|uppkopplade|inne|pa (wifit|natet|natverket|routern)|connected|online|on (the |my |our )?(wi-?fi|network|router))\b|\b(hur manga|how many)\b[^.?!]{0,15}\b(ar|is|are) (anslutna|inkopplade|uppkopplade|connected|on (it|the (wi-?fi|network)))\b/,
  ],
  // "But is there an outage or not?", "so it was not an outage then?", "finns det något avbrott?": whether a
  // known outage is behind it — what the case's check of the area found (incident.none: no).
  [
    'is_outage',
    /\b(is|was|are|were|isnt|wasnt) (there|it|this|that) (not )?(an? |any |some )?(known |big |general |area |local )?(outages?|disruptions?|network (problems?|faults?|issues?))\b|\b(it|this|that) (was|is|wasnt|isnt)( not| never)? (an? |any )?(outage|disruption)\b|\bany (known )?(outages?|disruptions?)\b|\b(is|are) (the network|your network|everyone|everybody|everything|the (whole )?area) down\b|\b(ar|var|e) (det|detta) (inte |alltsa inte |alltsa )?(ett |en |nagot |nagon )?(avbrott|driftstor\w*|storning\w*)\b|\b(finns|fanns) (det )?(ett |en |nagot |nagon |nagra )?(kant |pagaende |stort |storre )?(avbrott|driftstor\w*|storning\w*)\b|\bhar ni (ett |en |nagot |nagon )?(avbrott|driftstor\w*|storning\w*)\b|\b(det|detta) (var|ar) (inte |alltsa inte |alltsa )?(ett |en |nagot |nagon )?(avbrott|driftstor\w*|storning\w*)\b/,
  ],
  // "Has something been changed on your side?", "har ni ändrat något hos er?": whether the provider changed
  // anything — answered from the cause found, never the question passed over (round 35, c #2).
  ['changed_by_us', CHANGED_BY_US],
  // "is something broken in my apartment?", "är det mitt fel?": what the tests show about the customer's side.
  ['my_side', MY_SIDE],
  // "is this your fault?", "är det ert fel?": whose side the fault is on, from the tests.
  [
    'your_fault',
    /\b(is|was|isnt|wasnt) (this|it|that|the (problem|fault|issue))( on| at)? (your|ur) (fault|side|end|problem|network)\b|\b(ar|e|ligger) (det|detta|felet|problemet) (ert|hos er|pa er sida|i ert nat)\b|\bert fel\b|\b(ar|e|ligger|finns|sitter) (det|felet|problemet|nagot|nat|ngt) (nagot |nat |ngt |nagot fel |nat fel |fel )?(fel )?(hos er|pa er sida|i ert nat|pa ert hall|hos ert bolag)\b|\b(is|was) (something|anything|it|the (problem|fault|issue)) (wrong |broken |down )?(on|at|with) (your|ur) (end|side|network|line)\b/,
  ],
  // "do I need to buy something?", "måste jag köpa något?": whether a fix needs anything bought.
  [
    'need_to_buy',
    /\b(do|will|would|should|must) (i|we) (need|have|got) to (buy|get|purchase|order)( \w+)? (something|anything|extra|more|equipment)\b|\b(maste|behover|ska|kommer) (jag|vi) (att )?(behova )?(kopa|skaffa|bestalla)( \w+)? (nagot|nat|ngt|nagonting|extra|mer|utrustning)\b/,
  ],
  // "behöver jag uppgradera till snabbare abonnemang?", "do I need a faster plan?": whether a bigger plan
  // would fix it, answered from the diagnosis.
  [
    'need_upgrade',
    /\b((behover|maste|ska|skall|borde|bor) (jag|vi|man) (\w+ ){0,2}(uppgradera\w*|byta till (ett )?(snabbare|storre)|ha (ett )?(snabbare|storre)|skaffa (ett )?(snabbare|storre))|(behover|maste) (jag|vi|man) (ett |en )?(snabbare|storre|battre) (abonnemang|hastighet)|(do|should|must|would|will|shall) (i|we) (\w+ ){0,2}(upgrade|get a (faster|bigger)|need (a |an )?(faster|bigger|better) (plan|subscription|package|speed)|buy a (faster|bigger))|(time|dags) (to|att) (upgrade|uppgradera)|(need|behover) (a |an |ett |en )?(faster|bigger|snabbare|storre) (plan|abonnemang|subscription|package)|(would|will|does|could) (a |an )?(upgrade|faster plan|bigger plan) help|(hjalper|skulle) (det )?(att )?(uppgradera|ett snabbare abonnemang)( hjalpa)?)\b/,
  ],
  // "do I have to be home?", "måste jag vara hemma?", "do I have to stay home for this?", "I asked if I need to be
  // at home": what needs someone at home.
  [
    'be_home',
    /\b(do|does|will|must|should|shall) (i|we|someone|somebody|anyone|anybody|one of us) (need to |needs to |have to |has to |got to )?(be|stay|wait) (at )?(home|there|in|present|around)\b|\b(if|whether|om) (i|we|someone|somebody|anyone|jag|vi|nagon|nan|man) (need to|needs to|have to|has to|must|maste|behover|ska) (be|stay|vara|va|stanna) (at )?(home|hemma|in)\b|\b(maste|behover|ska|bor) (jag|vi|nagon|nan|man) (stanna|sitta|halla mig|halla oss) (kvar )?hemma\b|\b(need|needs|have|has) to be (at )?(home|there|present)\b[^.!?]{0,40}\b(tech\w*|engineer\w*|install\w*|visit|fitter)|\b(let|open the door for) (the |a |them|him|her)?(tech\w*|engineer\w*|installer\w*|fitter)?\b[^.!?]{0,5}\bin\b(?=[^.!]*\?)|\b(maste|behover|ska|bor) (jag|vi|nagon|nan|man) (vara|va) (hemma|har|dar|pa plats)\b|\b(slappa|slapper|slappas|oppna for) (in )?(teknikern|honom|henne|dem|montoren|installatoren)\b|\bkommer (han|hon|teknikern|de|montoren) in\b/,
  ],
  // "vilken är routern? det finns två lådor här", "which one is the router? there are two boxes".
  [
    'which_box',
    /\b(vilken|vilket|which|what|witch|wich)\b( one)?( (ar|e|is|'s|s))?( (den|det|the))? (routern|router|modemet|modem)\b|\b(routern|the router|router)\b[^.?!]{0,10}\b(vilken|which one)\b|\b(tva|two|2|flera|several) (lador|ladar|boxar|dosor|apparater|grejer|boxes|devices|units|things)\b/,
  ],
  // "do I need to log into the router with it now or anything?", "måste jag logga in på routern nu?": whether the
  // customer must do anything with the router's login — no, only to change a setting themselves. "how do i log in to
  // the router and change it myself?" asks how (router_login), not whether.
  [
    'login_needed',
    /(?<!\b(?:how|where|hur|var) )\b(do|does|will|must|should|shall) (i|we) (need to |have to |got to )?(log ?in|sign in|log on|go|get) ?(in)?to (the |my |our )?(router\w*|modem\w*|settings page|admin page)\b|(?<!\b(?:how|where|hur|var) )\b(maste|behover|ska|bor) (jag|vi|man) (logga|gaa?) in (pa|i) (routern|modemet|installningssidan|adminsidan)\b/,
  ],
  // "how do i log in to the router then?", "hur loggar jag in på routern?", "where do i type the admin password",
  // (whether one must log in — "måste jag logga in på routern?", "do I need to log in…?" — is login_needed, not how),
  // "what is the admin page address, is it 192.168.0.1?", "vilken ip har routern?".
  [
    'router_login',
    /\b(what|which|where|vad|vilken|vilket|var)\b[^.?!]{0,30}\b((router\w*|admin ?(page|sida\w*)|adminsida\w*|installningssida\w*|settings ?page|modem\w*)('?s)? (address|adress\w*|ip|url|lank\w*|link)|(address|adress\w*|ip|url|lank\w*|link)\w* (to|of|for|till|for|pa|at) (the |my |min |mitt )?(router\w*|admin ?(page|sida\w*)|adminsida\w*|installningssida\w*|settings ?page|modem\w*)|(ip|address|adress\w*) (does|do|has|har) (the |my )?(router\w*|modem\w*))\b|\b(router\w*|admin ?(page|sida\w*)|adminsida\w*|installningssida\w*|settings ?page|modem\w*)\b[^.?!]{0,40}\b(is it|ar det|e det) 192[.,]168\b|(?<!\b(maste|behover|ska|bor) (jag|vi|man) |\b(will|must|should|shall) (i|we) (need to |have to |got to )?|\b(do|does) (i|we) (need to |have to |got to ))\b(log ?in|logga (mig |oss )?in|loggar (jag |man |vi )?in|sign in|get (in)?to|access|komma in|kommer (jag |man )?in)\b[^.?!]{0,25}\b(router\w*|admin ?(page|sida|sidan)|adminsida\w*|installningssida\w*|settings page|modem\w*)\b|\b(where|how|var|hur)\b[^.?!]{0,15}\b(type|enter|put|use|skriv\w*|anvand\w*|mata in)\b[^.?!]{0,15}\b(admin\w*)|\b(how|hur)\b[^.?!]{0,30}\b(installningssida\w*|settings ?page|admin ?(page|sida\w*)|adminsida\w*|router(ns|'?s)? (page|sida\w*|installningar|settings))|\b(where|how|var|vart|hur)\b[^.?!]{0,20}\b(log ?in|sign in|logga (mig |oss )?in|loggar (jag |man |vi )?in|use|anvand\w*)\b[^.?!]{0,10}\b(with|med) (that|this|the|it|det|den)( dar| new| nya)? ?(pass\w*|losen\w*|one)/,
  ],
  // "är det routern som är dålig alltså?", "is it my router thats the problem?", "so its the router??":
  // whether the router is to blame, answered from the case's findings (router_blame.<cause>); "hårdvarufel?? betyder
  // det att den är trasig?", "does that mean it is broken?" ask it too.
  [
    'router_blame',
    /\b(ar|e|var|ligger) (det|felet|problemet) (inte |alltsa |bara )?(routern|modemet|boxen|i routern|hos routern|pa routern)\b|\b(routern|modemet|boxen) som (ar|e|var) (dalig|trasig|sonder|kass|boven|felet|problemet|fel)\b|\b(wasn'?t|was not|isn'?t|is not) (it |the problem |the issue )?(the|my|our) (router|modem|box)\b|\b(ar|e|var) (routern|modemet|boxen) (dalig|trasig|sonder|kass|boven|felet|problemet|fel)\b|\bfel pa (routern|modemet|boxen)\b|\b(is|was|'?s) (it|that|this|the problem|the issue) (the|my|our) (router|modem|box)\b|\b(its|it'?s|thats|that'?s) (the|my|our) (router|modem|box)( then| that'?s| thats| that is| to blame| the problem|\s*\?)|\b(is|was) (the|my|our) (router|modem|box) (bad|broken|faulty|the problem|the issue|to blame|at fault|dying|the culprit)\b|\b(router|modem)\b[^.?!]{0,10}\b(to blame|at fault|the culprit)\b|\b(ar|e|var) (den|ladan|dosan|grejen)( \w+)? (sonder|trasig)\b|\bhar (jag|vi) (fel|en dalig|en trasig|en for gammal|en kass) (router|modem|box)\b|\b(do|have) (i|we) (got )?(the wrong|a bad|a broken|a faulty) (router|modem|box)\b|\b(is|was) (it|the thing|the box)( \w+)? (broken|busted|faulty|dead)\b|\b(mean\w*|betyder|innebar)\b[^.?!]{0,20}\b(it|the router|the box|den|routern|boxen)( \w+)? (is|'s|ar|e) (broken|busted|faulty|dead|sonder|trasig|kaputt)\b|\bhar (den|routern|boxen|modemet) (gatt|pajat) (sonder|ihop)\b/,
  ],
  // "is my router old, should i get a new one", "är routern för gammal? behöver jag en ny?", "borde jag köpa en ny router?".
  [
    'router_old',
    /\b(router\w*|modem\w*|box\w*|it)\b[^.?!]{0,20}\b(too |for |so |to )?(old|gammal|gamla|worn out|dying|utsliten|slut)\b(?! (name\w*|namn\w*|pas+w\w*|pw|key|losen\w*|nyckel\w*|settings?|installning\w*|network\w*|natverk\w*|nat(et)?|ssid|wi-?fi\w*|one|en|ett|number|nummer)\b)|\b(should|do|must|need to|shall|ska|bor|borde|behover|maste)\b[^.?!]{0,12}\b(get|buy|order|have|kopa|skaffa|bestalla|ha|byta till)\b[^.?!]{0,6}\b((a |an |en |ett )(new|ny|nytt)( one| router| modem| box)?|(new|ny|nytt) (router|modem))\b|\b(replace|byta ut|byta) (the |my |min |routern|router\w*)|\b(need|needs|behover|maste ha)\b[^.?!]{0,6}\b(a |an |en |ett )?(new|ny|nytt) (router|modem|box)\b/,
  ],
  // "could someone else have turned it off?", "should i be worried?", "kan någon ha stängt av det?".
  [
    'who_switched_off',
    /\b((could|can|did|has|might|would) (someone|somebody|anyone|some ?one|they|the neighbou?rs?)( else)? (have |has )?(turn\w*|switch\w*|shut|disabl\w*|done|did) (it|that|this|the wi-?fi|my wi-?fi)?|(kan|kunde|har) (nagon|nan|nagon annan|grannen) (ha )?(stangt|slagit|slatt|stangde|gjort)|should i (be )?(worried|concerned)|(do|should) i (need to )?worry|ska jag vara (orolig|radd)|behover jag (vara orolig|oroa mig))\b/,
  ],
  // "will it be fixed for good then?", "is it permanent?", "kommer det hålla nu?", "är det löst för gott?":
  // whether the fix lasts (for_good.<action or cause>).
  [
    'for_good',
    /\b(for good|permanent\w*|for ever|forever|once and for all|for gott|for alltid|en gang for alla|varaktig\w*)\b|\b(will|does|would|is|gonna) (it|that|this|the fix)( really| actually)? (stay|last|hold)( fixed| up| that way| now)?\b|\b(kommer|ska) (det|den|detta|fixen|losningen) (verkligen |faktiskt )?(att )?(halla|sta sig|vara borta|forbli)\b|\bhaller (det|den|detta) (nu|sa|da|i langden)\b/,
  ],
  ['are_you_bot', ASKS_IF_BOT],
  ['anything_else', ANYTHING_ELSE],
  // "vad hittade du då? är det nåt fel?", "so what did you find?", "did your tests show anything?": what the
  // desk's own tests found, told from its findings (never "I can't answer that").
  [
    'what_found',
    /\b(what|wat|vad)\b[^.?!]{0,10}\b(did|have|has) (you|u|ya|the tests?|your tests?|it) (find|found|see|seen|show|shown|discover\w*|detect\w*)\b|\b(did|have) (you|u|ya|the tests?|your tests?) (find|found|see|seen|show|shown|spot|spotted|detect\w*) (anything|something|any (fault|problem|issue|error)s?|the (problem|fault|issue|cause|error))\b|\bwhat (was|is) (the )?(result|outcome|finding)s?\b|\bvad (hittade|fann|visade) (du|ni|testerna|testet|dina tester)\b|\bvad har (du|ni|testerna|testet|dina tester) (hittat|sett|visat|kommit fram till)\b|\b(hittade|fann) (du|ni|testerna|testet) (nagot|nat|ngt|nagonting|nanting|nagra|felet|problemet|orsaken)\b|\bhar (du|ni|testerna|testet) (hittat|sett|visat) (nagot|nat|ngt|nagonting|nanting|nagra|felet|problemet|orsaken)\b|\bsag (du|ni) (nagot|nat|ngt|nagonting) (fel|konstigt)\b|\b(visade|visar) (testerna|testet|dina tester|era tester) (nagot|nat|ngt|nagonting)\b|\bvad (blev|var) (resultatet|utfallet)\b|\b(om|if|whether) (det|there) (var|ar|e|fanns|finns|was|is|were) (nagot|nat|ngt|nagon|nan|any|an|a|some)\w*( \w+)? (fel|fault|problem|outage|storning|avbrott)\w*\b|\b(which|what|wich)( one| of (them|the two|those|these))? (is it|is that|is the (problem|cause|fault)|applies|it is)\b[^.?!]{0,20}\b(in my case|in our case|for me|for us|with me|with us|at (my|our) (place|home|end)|here)\b|\b(vilket|vilken|vad)( av (dem|dom|de tva))? (ar|e|galler) (det|felet|problemet)?\s*(hos mig|hos oss|i mitt fall|i vart fall|for mig|for oss|har hemma)\b|^(?![\s\S]*\b(hos (mig|oss)|i (min|mitt|var|vart)|pa (min|var) sida)\b)[\s\S]*\b((ar|e|var) det (nagot|nat|ngt|nagonting|nanting) fel|(is|was) (there )?(something|anything) wrong|is (anything|something) broken)\b/,
  ],
  [
    'five_ghz_name',
    /\b5 ?(ghz|g)\b[^.?!]{0,30}\b(called|named|name|heter|namn\w*)\b|\b5 ?(ghz|g)\b( one| network| nat\w*| natverk\w*| wi-?fi\w*)?[^.?!]{0,20}\b(change\w*|renam\w*|too|also|as well|andra\w*|byt\w*|dop\w*|ocksa|kvar|still there)\b|\b(old name|gamla namnet)\b[^.?!]{0,20}-?5 ?g\b|\b(what|which|vad|vilket|vilken|where|var)\b[^.?!]{0,25}\b5 ?(ghz|g)(-? ?(network|wifi|wi-fi|natet|natverket|natverk))?\b[^.?!]{0,15}(\?|$)/,
  ],
  [
    'which_band',
    /\b((am i|i'?m|im|are we|we'?re|is (it|my \w+)|ar (jag|vi|den|datorn)|jag ar|vi ar) (on|pa|using|connected to|ansluten till|uppkopplad mot) (the )?(5|2[.,]4) ?ghz|which (band|frequency)|vilket band|vilken frekvens)\b/,
  ],
  [
    'reconnect_devices',
    /\b((do|will|would|must|should|shall) (i|we) (have to |need to |must )?(re-?connect|connect (them|it all|everything|all \w+( \w+)?) again|redo|re-?pair|set up)|(have|need) to (re-?connect|redo|re-?pair)|(will|do|must) (my |the |our |all )*(devices|things|gadgets|\w+ devices|\w+ things) (need to |have to )?(re-?connect|connect again)|(maste|behover|ska) (jag|vi) (ansluta|koppla (upp|in|om)|ansluta om|logga in(?! (pa|i) (routern|modemet|installningssidan|adminsidan))|para)|(maste|behover) (enheterna|prylarna|grejerna|alla enheter) (anslutas|kopplas)|(maste|behover|ska|kommer) [^.?!]{0,25}\b(ansluta\w*|anslutas|kopplas (upp|in)|koppla (upp|in)) (igen|om|pa nytt))\b/,
  ],
  [
    'reconnect_devices',
    /\b(need|needs|have to|has to|must|behov\w*|maste|ska)\b[^.?!]{0,30}\b(pas+w\w*|losen\w*|key|nyckel\w*|kod\w*)\b[^.?!]{0,12}\b(again|igen|anew|pa nytt)\b/,
  ],
  // "måste jag ställa in tvn och skrivaren igen?", "do i have to set up the tv and printer again?", "kommer jag
  // behöva logga in på alla grejer igen?": whether the devices must be set up (or signed in) anew.
  [
    'reconnect_devices',
    /\b(maste|behover|ska|kommer) (jag|vi|man) (att )?(behova |fa |maste )?(stalla in|installa|satta upp|konfigurera|koppla in|koppla upp|ansluta|installera|lagga in|para ihop|para|logga in|skriva in (losen\w*|koden))\b[^.?!]{0,40}\b(igen|om|pa nytt|fran borjan)\b|\b(do|will|would|must|should|shall) (i|we) (have to |need to |must |gotta )?(set up|setup|reconfigure|configure|re-?add|add|connect|hook up|pair|log ?in|sign in|re-?enter|type in)\b[^.?!]{0,40}\b(again|all over|from scratch)\b/,
  ],
  // "måste jag ändra nåt på tvn sen då?", "do i have to change anything on the tv after?": whether the
  // devices need anything done, not "what happens next".
  [
    'reconnect_devices',
    /\b((do|will|must|should|shall) (i|we) (have to |need to )?(change|do|redo|set|fix|touch|adjust)( up)? (anything|something|stuff|things)|(maste|behover|ska) (jag|vi|man) (andra|gora|stalla( in)?|rora|fixa) (nat|nagot|nagonting|nanting|nanstans))\b[^.?!]{0,20}\b(on|with|to|pa|med|i)\b[^.?!]{0,10}\b(tv\w*|tvn|devices?|enhet\w*|phones?|mobil\w*|telefon\w*|dator\w*|computers?|laptops?|ipad\w*|printers?|skrivar\w*|consoles?|konsol\w*|xbox\w*|ps ?\d\w*|speakers?|chromecast\w*|prylar\w*|grejer\w*)/,
  ],
  // "do my smart tv and stuff need the new password now?", "behöver mobilerna adminlösenordet?", "måste jag
  // skriva in det nya lösenordet på tvn?": whether the devices need a password — asked, never a new key asked for.
  ['reconnect_devices', DEVICES_NEED_PASSWORD],
  ['reconnect_devices', NEW_ONE_ON_DEVICE],
  ['why_remote', WHY_REMOTE],
  // "is there anything you can do from your side?", "kan ni kolla det härifrån?": what the desk did and
  // does from here (not "why can't you fix it from there", the topic above).
  ['remote_help', REMOTE_HELP],
  [
    'cable_cause',
    /\b(kan det (inte )?vara|could (it|that) (not )?be|might it be|is it (maybe |perhaps )?(just )?|maybe (it'?s|its)|kanske (det ar|det e))\b[^.?!]{0,15}\b(sladd\w*|kabel\w*|kablar\w*|cables?|cords?|wires?|fiberkabel\w*)\b/,
  ],
  [
    'new_password_shown',
    /\b((will|do|shall|would|can|how (do|will|would)) (i|we) (get|see|know|find out|be told|receive|learn)\b[^.?!]{0,20}\b(new |nya )?(pas+w\w*|pass|pw|key|code)|(what'?s|whats|what is|what will|what'?ll) (the |my )?new (one|pas+w\w*|pw|key|code)|(the |my )?new (pas+w\w*|pw|key|code) (going to be|gonna be|be|will be)|(far|kommer) (jag|vi) (att )?(fa )?(veta |se |reda pa )?(vad )?(det |den )?nya( losen\w*| koden| nyckeln)?|vad blir (det |den )?nya( losen\w*| koden)?|(far|kommer) (jag|vi) (att )?(fa |veta |se )(det |den )?(nya )?(losen\w*|koden|nyckeln))\b/,
  ],
  [
    'what_admin_password',
    /\b(what|wat|vad|vilket|which)( even| ens)?( is|'s|s| ar| e)?( ens| even| egentligen| actually| really)? (an |a |the |my |ett |en |mitt |det |den )?(router'?s? |routerns )?(admin\w*|administrat\w*)\b|\b(admin\w*|administrat\w*)[- ]?(pas+w\w*|pw|losen\w*|kod\w*)\b[^.!?]{0,20}(\?|what'?s that|vad ar det|vad e det|never (set|had|made)|aldrig (satt|haft|gjort))/,
  ],
  // "does the router support wifi 6?", "klarar routern wifi 6?", "is it an ax router": which Wi-Fi generation
  // the router has and whether a new laptop needs it ("wifi 5 ghz" is the band, not a generation).
  [
    'wifi_standard',
    /\bwi-?fi[ -]?(?:[67]e?|5(?![ -]?(?:ghz|g)\b))\b(?![ -]?(?:ghz|g)\b)|\b802\.?11 ?(?:ax|ac|be)\b|\b(?:ax|ac)[ -]?(?:router\w*|standard\w*)\b/,
  ],
  // "säljer ni såna mesh grejer?", "kan jag köpa det av er eller måste jag gå till elgiganten", "do you sell
  // extenders?": whether we sell it (sales answers), not how a mesh helps.
  // "skulle mesh hjälpa? vad kostar det i så fall", "mesh är gratis alltså?", "how much is an extender?":
  // what equipment costs (never "troubleshooting is free", which reads as "the mesh is free").
  [
    'equipment_cost',
    /\b(kostar|kosta|kostnad\w*|costs?|price\w*|pris\w*|how much|hur mycket|gratis|free|betala\w*|pay)\b[^.!]{0,60}\b(mesh\w*|extend[eo]r\w*|repeater\w*|forstarkare\w*|wifi-?forstarkare\w*|booster\w*|access ?point\w*|accesspunkt\w*|powerline\w*)\b|\b(mesh\w*|extend[eo]r\w*|repeater\w*|forstarkare\w*|wifi-?forstarkare\w*|booster\w*|access ?point\w*|accesspunkt\w*|powerline\w*)\b[^!]{0,60}\b(kostar|kosta|kostnad\w*|costs?|price\w*|pris\w*|how much|hur mycket|gratis|free|for free|betala\w*)\b/,
  ],
  // "Kostar det något att flytta?", "is there a fee for moving my subscription?": what moving the subscription
  // costs, which sales confirms for the new address — never "troubleshooting is free" (round 35 a#9). Moving
  // the router within the home is relocate_router.
  ['move_cost', MOVE_COST],
  // A 4G router to borrow is neither (case-questions.ts notes it for the team), and a service sold ("do you
  // sell tv with football channels", "säljer ni mobilabonnemang?") is no equipment.
  // ("the QR code for my eSIM expired, can you send a new one?": the one is the other service's, not equipment.)
  [
    'buy_equipment',
    new RegExp(
      `^(?![\\s\\S]*(?:${LOAN_DEVICE.source}))(?![\\s\\S]*(?:${SERVICE_SOLD.source}))` +
        `(?:(?=[\\s\\S]*\\b(?:${EQUIPMENT_NOUN}))|(?![\\s\\S]*\\b(?:${OTHER_SERVICE_THING})))[\\s\\S]*(?:${BUY_EQUIPMENT.source})`,
    ),
  ],
  // "ska jag uppgradera till 1000 då eller?", "would a faster plan help?": whether a bigger plan helps.
  [
    'upgrade_helps',
    /\b(ska|borde|bor|behover|maste) (jag|vi|man) (\w+ )?(uppgradera\w*|ga upp|byta upp)\b|\b(hjalper|hjalpa|hjalpte) (det|en|ett|nagot|nat)? ?(att )?(uppgradera\w*|uppgradering\w*|snabbare abonnemang\w*|storre abonnemang\w*)\b|\b(uppgradera\w*|uppgradering\w*)\b[^.!?]{0,30}\b(hjalp\w*|behov\w*|lona sig|vard)\b|\b(should|do|must|shall) (i|we) (\w+ )?(need to |have to |bother to )?(upgrade|get a faster plan|get (a )?(faster|bigger|higher) (plan|package|subscription))\b|\b(would|will|could|does) (an? )?(upgrade|upgrading|faster plan|bigger plan|higher plan)\b[^.!?]{0,20}\b(help|fix|matter|change)\b/,
  ],
  // "så ingen uppgradering alltså?", "so no upgrade then?", "no need to upgrade?": the same question, asked back.
  [
    'upgrade_helps',
    /\b(ingen|inte|no|not|no need to|behover (jag )?inte|inget behov av att) (uppgradering\w*|uppgradera|upgrade|upgrading|storre abonnemang|snabbare abonnemang|faster plan|bigger plan)\b[^.!?]{0,25}\?|\b(uppgradering\w*|upgrad\w*)\b[^.!?]{0,25}\b(vart det|lonar (det )?sig|worth it|pointless|meningslos\w*|onodig\w*)\b/,
  ],
  // How a mesh or an extender helps — unless the message asks whether we sell one (the topic above), or
  // is about a router to borrow ("extenders?? I asked about a 4G router to borrow").
  [
    'extender',
    new RegExp(
      `^(?![\\s\\S]*(?:${BUY_EQUIPMENT.source}|${LOAN_DEVICE.source}))[\\s\\S]*` +
        /\b(extend[eo]r\w*|repeater\w*|range ?booster\w*|wi-?fi ?booster\w*|booster\w*|mesh\w*|forstarkare\w*|wifi-?forstarkare\w*|access ?point\w*|accesspunkt\w*|powerline\w*)\b/
          .source,
    ),
  ],
  [
    'devices_drop',
    // ("will it drop again when she calls?" is the fault coming back: recurrence, after-questions.ts; "do i get
    // money back for all the drops" names the drops as a thing, after "the", "for", "those".)
    /\b(kommer|will|would|does|do|blir|ska|gonna|going to)\b(?! (i|we|you|u|jag|vi|man) (know|tell|see|check|notice|veta|se|kolla|marka))(?![^.?!]{0,60}\b(again|igen)\b)[^.?!]{0,50}(?<!\b(the|these|those|my|our|its|their|of|for|many|frequent|constant|random) )\b(tappa\w*|drop\w*|disconnect\w*|kopplas (ner|bort|ur)|go (offline|down)|ga ner|bli utan|lose (the |its |their )?(connection|internet|wi-?fi|signal)|kick\w* (\w+ )?(off|out)|ak(a|er) ut|kastas ut|slangs ut)\b/,
  ],
  // "will that kick us off again?" at a permission: the change just offered throwing everyone off once more
  // (as the last one did) — "that" is the change, so "again" is no recurrence of the fault here.
  [
    'devices_drop',
    /\b(will|would|does|is|gonna|kommer|blir)\b (that|this|doing that|the change|det|detta|det dar)\b[^.?!]{0,20}\b(kick\w* (\w+ )?(off|out)|throw\w* (\w+ )?(off|out)|disconnect\w* (us|me|everyone|everybody|everything|them)|(att )?(sparka|kasta|slanga|kicka)\w* ut)\b|\b(slanger|kastar|sparkar|kickar) (det|detta) ut\b/,
  ],
  // "blir teven utan internet en stund då?", "will netflix stop? the kids are watching": at a change, whether
  // what is on now stops.
  [
    'devices_drop',
    /\b(blir|bli) (\w+ )?(tvn|teven|tv:n|mobilen|mobilerna|datorn|datorerna|skrivaren|ipaden|plattan|enheterna|alla|vi|jag|barnen|ungarna)\b[^.?!]{0,12}\butan (internet|natet|wifi\w*|uppkoppling\w*|net)\b|\b(will|would|does|do|kommer|gonna)\b[^.?!]{0,20}\b(netflix|hbo|disney\+?|serien|filmen|matchen|the show|the movie|the stream|the match|streaming\w*|youtube|the call|samtalet|motet|the meeting|zoom|teams)\b[^.?!]{0,20}\b(stop\w*|pause\w*|cut\w*|break\w*|freez\w*|buffer\w*|drop\w*|stanna\w*|stoppa\w*|avbryt\w*|avbryts|sluta\w*|hacka\w*|frysa|fryser|brytas|bryts)\b/,
  ],
  // "if you change it my kids ipads and the printer lose wifi right?", "tappar skrivaren wifi då?": a device
  // named beside losing the Wi-Fi or the connection, with no "will" in front.
  [
    'devices_drop',
    /\b(ipads?|iphones?|phones?|mobil\w*|telefon\w*|tablets?|surfplatt\w*|printers?|skrivar\w*|tvs?|tv:n|tvn|teve\w*|smart ?tv\w*|laptops?|dator\w*|devices?|enhet\w*|prylar\w*|grejer\w*|everything|everyone|everybody|alla|allt)\b[^.?!]{0,40}\b(lose|loose|losing|drop\w*|disconnect\w*|get kicked|tappa\w*|kopplas (ner|bort|ur)|bli utan|blir utan)\b[^.?!]{0,20}\b(wi-?fi\w*|internet|connection|net|natet|uppkoppling\w*|anslutning\w*)\b|\b(aker|akta|kastas|slangs|ramlar|trillar|flyger)\b[^.?!]{0,15}\but\b[^.?!]{0,20}\b(wi-?fi\w*|natet|internet|natverket)\b|\b(tappa\w*|lose|loose|drop\w*|blir utan|bli utan)\b[^.?!]{0,50}\b(ipads?|iphones?|phones?|mobil\w*|telefon\w*|printers?|skrivar\w*|tvs?|tv:n|tvn|teve\w*|dator\w*|devices?|enhet\w*)\b[^.?!]{0,20}\b(wi-?fi\w*|internet|connection|natet|uppkoppling\w*)\b/,
  ],
  [
    'why_broke',
    /\b(hur (kunde|kan|kom) (det|den|detta|routern|modemet|wifit|wifi:t|natet|internet|uppkopplingen|installningarna|programvaran) (fa|bli|ga|hamna)|how (did|could) (it|this|that|the \w+|my \w+) (get|end up|become)|hur (kunde|kan|kom|har) (det|den|detta) (ha )?(bli(vit)?|ga|gatt|hant|hand|stangts|stangt|slutat|andrats)|hur (blev|hande|gick) (det|den|detta)|varfor (blev|gick|hande|slutade|stangdes|andrades|hade|hangde|lade|slocknade|krashade|kraschade|dog|strulade|fastnade) (det|den|routern|modemet|boxen)|(why|how come) (did|does|would|has) (it|this|the \w+|my \w+) (freeze|froze|hang|hung|crash|crashed|lock up|get stuck|stop working)|vad (var det som )?(hande|orsakade|berodde)|vad berodde det pa|how (did|could|come|does|do) (this|it|that|the \w+) (happen|break|get|go|stop|turn|end up)|how (did|does) (this|that|it) happen|why did (it|this|that|the \w+) (happen|break|stop|go|turn|get)|what (caused|happened|went wrong)|how (could|did) (it|this) (go|get) (wrong|off|changed)|in the first place|fran borjan)\b/,
  ],
  // "what made it turn off??", "why does this keep happening?", "varför händer det här då?", "vad är det som
  // är fel egentligen?": what the case found, in plain words (why_broke.<cause>).
  [
    'why_broke',
    /\bwhat (made|makes|caused|causes|did) (it|this|that|the \w+|my \w+)( to)? (turn|switch|shut|go|stop|drop|die|happen|break|fail|cut|lose)\w*\b|\bwhat (made|makes|caused|causes) (it|this|that)\b|\b(why|how come) (does|do|did|is|would|will|has) (this|that|it)( keep| always| still)? (happen\w*)\b|\bwhy (is )?(this|it|that) (keep )?happening\b|\b(varfor|vrf|vafor) (hander|sker|hande|skedde|intraffar) (det|detta|sant|sa har|nu)\b|\bvad (var det som )?(fick|gjorde|orsakade|far|gor) (den|det|routern|modemet|boxen|wifit|natet)( att)? (stang|sla|ga|slut|hang|tappa|forsvinn|dog|do)\w*|\bvad? (ar|e|var) det (egentligen |ens )?som (ar|e|var) (fel|trasigt|sonder)\b|\bvad? (ar|e|var) (egentligen |ens )?(felet|problemet)\b|\bwhat'?s? (is )?(actually |really |exactly |even )?(wrong|broken)( with (it|the \w+|my \w+|the line|the connection))?( actually| then| now| exactly)?\s*(\?|$)|\bwhat (is|was) (actually |really |exactly )?(the (problem|fault|issue)|wrong|broken)\b|\bwhat (actually |really |exactly )?(is|was) (wrong|broken)\b/,
  ],
  // "why is the signal weak anyway, did someone dig?", "vad beror den svaga signalen på?", "how could it come
  // loose?", "räcker det att den sitter lite löst?", "why did the settings change by themselves?": the cause
  // the case found (why_broke.<cause>).
  [
    'why_broke',
    /\b(why|how come|varfor|vrf|vafor)\b[^.?!]{0,30}\b(weak|svag\w*)\b|\bvad (beror|kommer) (\w+ ){1,3}(pa|ifran|fran)\b|\bwhat'?s? (is )?(causing|behind) (it|this|that|the \w+)\b|\b(did|has|have|could|would) (someone|somebody|anyone|they|the council|a digger|workers)\b[^.?!]{0,15}\b(dig|dug|digging|damage\w*|cut)\b|\b(har|kan|kunde) (nagon|nan|de|dom|kommunen)\b[^.?!]{0,15}\b(gravt|grava|gravde|skadat|kapat)\b|\b(how|why|hur|varfor)\b[^.?!]{0,25}\b(come|came|get|got|work\w*|go|went) loose\b|\b(hur|varfor)\b[^.?!]{0,25}\b(lossna\w*|lossnat|glappa\w*)\b|\b(racker|raker|enough)\b[^.?!]{0,40}\b(los|lost|loose|lossnat|glapp\w*)\b|\b(los|lost|loose|lossnat|glapp\w*)\b[^.?!]{0,40}\b(racker|raker|enough)\b|\b(why|how come|how)\b[^.?!]{0,20}\b(settings?|dns|config\w*)\b[^.?!]{0,20}\b(change\w*|switch\w*|reset)\b|\b(varfor|hur)\b[^.?!]{0,20}\b(installning\w*|dns\w*)\b[^.?!]{0,20}\b(andra\w*|andrat\w*|bytt\w*|aterstall\w*)\b|\b(change\w*|andrade?s?|andrats) (by )?(it|them)?(self|selves|by themselves|by itself|av sig sjalv\w*)\b/,
  ],
  // "hur kan det bara stängas av av sig självt?", "jag fattar fortfarande inte hur det kunde hända", "why would
  // the cable have been in the wrong socket, nobody touched it", "what was it even, the screw one?": the cause
  // the case found, asked as a wonder rather than a plain "why?".
  [
    'why_broke',
    /\b(hur|varfor|vrf|how|why|how come)\b[^.!?]{0,40}\b(av sig sjalv\w*|av sig sjalva|by it'?self|by themselves|on (its|their) own)\b|\b(fattar|forstar|begriper|understand|get|see)\b( (fortfarande|still|inte|not|don'?t|dont|do not|ej|ju|riktigt|really))+ (hur|varfor|how|why)\b|\bwhy would (the|it|my|our|this|that|a|an|they|someone)\b[^.?!]{0,50}\b(have|be|been|get|got)\b|\bvarfor skulle (den|det|sladden|kabeln|kontakten|filtret|\w+n) (ha )?\w+|\b(nobody|no one|noone|ingen|ingen har) (has )?(touched|moved|rort|flyttat|rort den|rort det)\b|\bwhat was (it|that|the thing|wrong)( even| then| exactly| actually| anyway| in the end)*\s*([,?]|$)|\bvad var det (ens|da|egentligen|for fel|for nat|for nagot)\b|\bvad var (felet|problemet)\b/,
  ],
  // "Men varför försvann det?", "why did it just disappear?", "varför har nätet dött igen?", "how come it went
  // away?": why it happened, with any verb of going wrong in the past (the case's cause: why_broke.<cause>).
  // "Har barnbarnen tryckt på något?", "did my kids press something?", "could the cat have stepped on a
  // button?": whether someone at home did it, answered from the same cause.
  [
    'why_broke',
    /\bvarfor (har |hade )?(\w+(ade|ades|dde|ddes|de|des|te|tes|it|ats|tts)|forsvann|forsvinner|dog|foll|gick|blev|brot|brots|slocknade|tappade|pajade) (det|den|wifit|wifi:t|wifi|natet|natverket|internet|uppkopplingen|anslutningen|routern|modemet|signalen|tv:n)\b|\bvarfor (har|hade) (det|den|wifit|wifi:t|natet|internet|uppkopplingen|anslutningen|routern) (\w+(at|it|tt|ats|its|tts))\b|\b(why|how come|y) (did|has|had|does|would) (it|this|that|the (wi-?fi|internet|net|network|connection|signal|router|modem)|my (wi-?fi|internet|network|connection|router))( just| suddenly| all of a sudden)? (?!(take|took|need|cost|ask|say|want)\b)\w+|\bhow come (it|the (wi-?fi|internet|connection)) (went|stopped|died|dropped|disappeared|vanished|turned|switched)\b|\b(har|hade|kan|kunde|skulle) (\w+ ){1,2}(ha )?(tryckt|rort|petat|klickat|trampat|kommit at|slagit|stangt)( pa| av| i| emot)? (nagot|nat|ngt|nagon knapp|knappen|en knapp|routern|den|det)\b|\b(did|could|has|have|might|may|would) (\w+ ){1,3}(press|pressed|push|pushed|touch|touched|hit|click|clicked|bump|bumped|knock|knocked|step|stepped|mess|messed|fiddle|fiddled|play|played)( on| with| at)? (something|anything|a button|the button|some button|it|the router|the box)\b/,
  ],
  // "varför blev kontot låst?", "why did it get locked?": why the account locked.
  [
    'why_broke',
    /\b(varfor|vrf|vafor|why|how come)\b[^.?!]{0,30}\b(last|lastes|lastas|laste|sparr\w*|blockerad\w*|blockerades|locked|blocked|lock(ed)? (me )?out)\b/,
  ],
  // "could someone else have done it?", "who turned it off?", "kan någon ha stängt av det?": who or what
  // changed it is the same question as how it happened.
  [
    'why_broke',
    /\b(could|can|did|has|have|would|might|may) (someone|somebody|anyone|anybody|my \w+|a \w+|the \w+|they|he|she)( else)? (have |has )?(done (it|that|this)|turned|switched|shut|disabled|changed|switch\w*|turn\w*)\b|\bwho (could have |would have |might have |has |have |had )?(turned|switched|shut|disabled|changed|did|done|touched)\b|\b(vem|vilka) (har |hade |kan ha |skulle ha )?(stangt|stangde|slagit|slog|slackt|slackte|andrat|andrade|gjort|gjorde|rort|rorde)\b|\b(kan|kunde|har|hade|skulle) (nagon|nan|nagon annan|grannen|grannarna|barnen|ungarna|nan annan)( annan)? (ha )?(stangt|slagit|slackt|andrat|gjort|rort|stanga|sla|slacka|andra|gora)( (av|det|den|pa))?\b|\bhur (kunde|kan|kom) (det|den|wifit|wifi:t|natet) (stangas|slas|slackas|ga|stangts|slagits) av\b/,
  ],
];

/** "how do i get the new one / it?", "hur får jag det nya?", "where will i see it". */
/**
 * "will you guys see the new password?", "kan ni se det sen?", "sparar ni lösenordet?": who can read a
 * password the desk sets (asked while a password change is offered).
 */
const WHO_SEES =
  /\b(can|could|will|would|do|does) (you|u|ya|you guys|your (staff|people|colleagues|support|company|techs?|team)|anyone( else)?|someone|somebody|they|staff|support)( \w+)?( be able to)? (see|read|know|access|keep|store|save|log|view|look at)\b|\b(who|vem) (else )?(can|will|kan|kommer (att )?)(see|know|read|se|veta|lasa|fa veta)\b|\b(kan|kommer|far) (ni|du|personalen|nagon|era \w+)( \w+)?( att)? (se|veta|lasa|spara|lagra|ta del av)\b|\b(sparar|lagrar|loggar|ser|vet) (ni|personalen|nagon hos er)\b[^.?!]{0,25}\b(losen\w*|det|den|koden)\b/;

/** "can you see which devices are connected?" is about the devices (connected_devices), not the password. */
const WHO_SEES_NOT_DEVICES = new RegExp(
  `^(?![\\s\\S]*\\b(?:connected|anslutna|uppkopplade|inkopplade|devices?|enheter|cameras?|cams?|webcam\\w*|kamera\\w*|overvakning\\w*|video\\w*|feed|stream\\w*|nas|files|filer(na)?)\\b)[\\s\\S]*(?:${WHO_SEES.source})`,
);

const HOW_GET_NEW =
  /\b(how|when|where|hur|nar|var|vart)\b[^.?!]{0,25}\b(get|see|know|find|receive|learn|be told|fa|far|se|ser|veta|vet|hitta|hittar|fa veta|fa reda pa|ta del av)\b[^.?!]{0,20}\b(new|nya|it|den|det|them|dem)\b/;

/**
 * "did you restart it?", "har ni startat om den?", "gjorde ni nåt?": whether the desk acted on the
 * router — answered from the case's own actions, never passed to a colleague.
 */
export const DID_YOU_ACT: [ExtraTopic, RegExp] = [
  'did_you_act',
  /\b(did|have|has|had) (you|u|ya|you guys|someone|somebody|anyone|they|it)( (really|actually|already|just|even|guys))? (restart\w*|reboot\w*|reset\w*|chang\w*|fix\w*|updat\w*|upgrad\w*|switch\w*|turn\w*|mov\w*|touch\w*|tweak\w*|send|sent|do (it|that|this|something|anything|what)|done (it|that|this|something|anything))\b|\b(was|has) (it|the router|my router|the box|the modem|the wi-?fi) (been |just |actually )?(restart\w*|reboot\w*|reset|changed|updated)\b|\b(har|hade) (ni|du|nan|nagon|den|routern) (redan |verkligen |faktiskt |precis |nu )?(startat om|startats om|startat|gjort|andrat|fixat|bytt|uppdaterat|aterstallt|slagit pa|slagit av|stangt|flyttat|rort|skickat)\b|\b(startade|gjorde|andrade|fixade|bytte|uppdaterade|aterstallde|flyttade|rorde|stangde|slog) (ni|du|nan|nagon)\b|\bstartade (den|routern|boxen) om\b/,
];

/**
 * While a new password is offered: "how do i get the new one?", "hur får jag det nya?" — where the new
 * password will be shown. [ask key prefix, pattern, topic], as ASK_TOPICS in reply-patterns.ts.
 */
export const NEW_PASSWORD_TOPICS: [string, RegExp, ExtraTopic][] = [
  ['consent.wifi_change', ANY_SMS, 'send_by_sms'],
  ['consent.config_change', ANY_SMS, 'send_by_sms'],
  ['consent.wifi_change', WHO_SEES_NOT_DEVICES, 'who_sees_password'],
  ['consent.config_change', WHO_SEES_NOT_DEVICES, 'who_sees_password'],
  ['consent.wifi_change', HOW_GET_NEW, 'how_get_password'],
  ['consent.config_change', HOW_GET_NEW, 'how_get_password'],
  // "vad får det heta? får det ha mellanslag?", "can it have spaces / å ä ö?": the rules for a network name.
  [
    'config.wifi_name',
    /\b(vad|vilket|vilka|what|which)\b[^.?!]{0,20}\b(heta|namn\w*|names?|called|call it)\b|\b(mellanslag|spaces?|tecken|characters?|letters?|bokstav\w*|a,? a,? (och |and |& )?o|aao|svenska (bokstaver|tecken)|emoji\w*|symbol\w*|siffror|digits|numbers|how long|hur langt)\b/,
    'wifi_name_rules',
  ],
];

/**
 * Only while a Wi-Fi change is offered (after a close, "what's the wifi password again?" is a request):
 * [ask key prefix, pattern, topic], as ASK_TOPICS in reply-patterns.ts.
 */
export const WIFI_OFFER_TOPICS: [string, RegExp, ExtraTopic][] = [
  // "tv:n också? den är krånglig att koppla in", "my printer too?": whether that device must join again.
  [
    'consent.wifi_change',
    /\b(tv\w*|tvn|dator\w*|skrivar\w*|printer\w*|konsol\w*|console|ps ?\d\w*|xbox\w*|mobil\w*|telefon\w*|phone\w*|laptop\w*|ipad\w*|surfplatt\w*|tablet\w*|chromecast\w*|kamera\w*|camera\w*|hogtalare\w*|speaker\w*|sonos)\b[^.?!]{0,25}\b(ocksa|med|aven|too|also|as well)\b[^.!?]*\?/,
    'reconnect_devices',
  ],
  [
    'consent.wifi_change',
    // "cant you just tell me what it is now?", "kan du inte bara säga vad det är?": while a new key is offered, "it" is the key.
    /\b((can'?t|cant|cannot|couldn'?t|couldnt|can|could|kan|kunde) (you|u|ya|you guys|du|ni) (not |inte )?(just |bara )?(tell|say|give|show|saga|sag|ge|visa)( me| mig)? (what|vad) (it|that|det|den) (is|was|ar|var)|(tell|give|show|send|read|say) (me )?(the |my |our |what )?(current|old|existing|present|actual)( one| password| key| code)?|(the |my |our )?(current|old|existing) (one|password|key|code|wifi password)|(nuvarande|gamla|befintliga|aktuella) (losen\w*|koden|nyckeln|wifi-?losen\w*)|(sag|ge|visa|skicka) (mig )?(det |den )?(nuvarande|gamla|befintliga)|what is (the|my) (wi-?fi )?password|(tell|give|show|send) me (the|my|what the|what my) (wi-?fi )?(password|key|code)|(saga|sag|ge|visa|skicka) (mig )?(vad )?(det |mitt |vart )?(wi-?fi-?)?losen\w*|vad ar (mitt |vart )?(wi-?fi-?)?losen\w*|(saga|sag|ge mig|visa|skicka)\b[^.?!]{0,20}\b(gamla|nuvarande|befintliga)|(what|vad) (is|was|ar|var) (the |my |mitt |det )?(current|old|gamla|nuvarande))\b/,
    'current_password',
  ],
  [
    'consent.wifi_change',
    /\b(sticker|label|klistermarke\w*|etikett\w*|lapp(en)? (pa|under|bak)|(written|printed) on the (router|box)|on the (back|bottom) of the router|(star|finns) (det|den|koden|losenordet|nyckeln) (inte )?(pa|under|bak pa) (routern|boxen|lador?n)|(star|finns) (det|den|koden|losenordet|nyckeln) (skrivet |skriven )?(nanstans|nagonstans|nan stans|nagon stans)|(is|it'?s|its) (it )?(written|printed) (down )?(somewhere|anywhere)|where (can|do) i find (it|the password|the key))\b/,
    'sticker',
  ],
];

/**
 * "is 40 on wifi really normal?", "is that expected?", "varför så långsamt?", "är det verkligen normalt?":
 * whether what the customer sees is what to expect (answered per root cause; matched last, after every
 * more specific topic).
 */
export const IS_NORMAL =
  /\b(is|are|was|isn'?t|aren'?t) (that|this|it|\d+[^.?!]{0,30}|[a-z0-9 ]{0,30}) (really |actually |even |supposed to be |meant to be )?(normal|expected|usual|reasonable|to be expected)\b|\bwhy (is |does |do )?(it|this|that|my \w+|the \w+)?( so| this| that)? (slow|bad|poor|low)\b|\bhow come (it'?s|its|it is) (so )?(slow|bad)\b|\b(ar|e) (det|den|detta|\d+[^.?!]{0,30}) (verkligen |faktiskt |ens |sa )?(normalt|rimligt|vanligt|att vanta|att forvanta)\b|\bvarfor (ar det |gar det |blir det |ar den |ar wifit |ar natet )?(sa |sa himla )?(langsamt|segt|dalig\w*|lag\w*)\b|\b(normalt|rimligt) (med|for|pa) \d+|\b(if|whether|om|huruvida)\b[^.?!]{0,60}\b(is|are|was|ar|e|var) (really |actually |verkligen |faktiskt )?(normal|expected|usual|normalt|vanligt|rimligt)\b/;

/** Matched after the basic topics: a remark that only colours the question ("I already restarted it yesterday"). */
export const TOPICS_LAST: [ExtraTopic, RegExp][] = [
  // "could someone have hacked it?", "was i hacked?", "har nån hackat oss?": whether a break-in did it
  // (asked about the past; "could someone hack us then?" is the safety of what is asked, is_it_safe).
  [
    'was_hacked',
    /\b((could|can|might|may|did|has|have|would) (someone|somebody|anyone|anybody|some ?one|a hacker|hackers|they|the neighbou?rs?)( else)? (have |has )?(been )?(hacked|hacking|broken in|broke in)|(did|could|would|might|can) (someone|somebody|anyone|some ?one|a hacker|hackers|they|the neighbou?rs?)( else)? (hack|break into)|(was|were|have|has|am|are|is|got|did) (i|we|it|my \w+|the \w+|our \w+|the router|this)( been| being| get| got)? hacked|been hacked|(kan|kunde|har|hade|skulle) (nan|nagon|nagon annan|nan annan|grannen|hackare|de|dom)( annan)? (ha )?(hackat|brutit sig in)|(ar|blev|har|e) (jag|vi|den|routern|det|natet|wifit)( blivit)? hackad\w*|hackade (oss|mig|routern|den)|intrang|break-?in)\b|\b(someone|somebody|anyone|anybody|some ?one|a stranger|a hacker|hackers|strangers)( else)? (has |have |had |could have |might have |may have )?(been|got|gotten|gone|broken|come|logged) (in|inside|into) (my|the|our|this) (router|modem|box|settings|network|wi-?fi)\b|\b(has|have|had|did|was|were) (someone|somebody|anyone|anybody|some ?one|a stranger)( else)? (been |gone |got |gotten )?(in|inside|into) (my|the|our|this) (router|modem|box|settings)\b|\b(nan|nagon|nagon annan|nan annan|obehoriga|en obehorig|hackare|framlingar)( annan)? (har |hade |ha |kan ha |kunde ha )?(varit|kommit|tagit sig|gatt|loggat) (in|inne) (i|pa) (min |mitt |var |vart |den |)(router\w*|modem\w*|natverk\w*|wifi\w*|installning\w*|dosa\w*)|\bhar (nan|nagon)( annan)? (varit|kommit|tagit sig|loggat) (in|inne)\b|\b(could|can|might|did|has|have|would) (someone|somebody|anyone|anybody|some ?one|they|the neighbou?rs?|a stranger)( else)? (have |has )?(already )?(used|abused|misused|accessed|logged (in|into)|got (in|into)|gotten (in|into))\b[^.?!]{0,30}\b(it|that|old|one|pas+w\w*|pw|router|settings|admin\w*|wi-?fi|network)\b|\b(kan|kunde|har|hade|skulle) (nan|nagon|nagon annan|nan annan|grannen|nan obehorig|obehoriga)( annan)? (ha )?(anvant|utnyttjat|kommit in|loggat in|tagit sig in)\b/,
  ],
  // "är det ett virus? ska jag köra antivirus först", "kan det vara grannarna som hackat oss?", "kan folk hacka
  // kameran nu när porten är öppen?": a break-in or malware worry in any wording, answered per fault or action
  // (was_hacked.<action|cause>). Swedish "det hackar" (it stutters) is no such worry: a person hacks something.
  [
    'was_hacked',
    /\b(virus\w*|antivirus\w*|malware|skadeprogram\w*|trojan\w*|spionprogram\w*|spyware|hackad\w*|hackare\w*|hackers?|hacked|hacking|intrang\w*)\b|\b(nagon|nan|ngn|folk|grann\w*|obehorig\w*|andra|de|dom|someone|somebody|people|anyone|neighbou?rs?)( \w+){0,3} (hackat|hacka|hackar|hackade|hack)\b|\b(hackat|hacka|hackar|hackade) (oss|mig|routern|kameran|natet|natverket|wifit|wifi:t|datorn|\w+n)\b|\bhack (into|in|it|my|our|the|me|us)\b/,
  ],
  // "is the hacker out now?", "är hackaren ute nu?", "can they still get in?": what the lock-down did.
  [
    'intruder_out',
    /\b((is|are) (the |that |this )?(hacker|intruder|stranger|neighbou?r|they|he|she|someone|somebody|whoever)s? (out|gone|off|locked out|kicked (out|off))|(can|could) (they|he|she|the hacker|the intruder|someone|somebody|whoever) (still )?(get|come) (in|back|on)|(is|are) (my |the )?(network|wifi|wi-fi|router) (safe|secure) (now|again)|(ar|e) (hackaren|inkraktaren|den|de|dom|nagon|grannen) (ute|utelast\w*|borta|bortkopplad\w*|utkastad\w*)|(kan|kommer) (de|dom|han|hon|hackaren|nagon) (fortfarande |fortfarande komma |komma |ta sig )?(in|at)|(ar|e) (natet|wifit|routern|natverket) (sakert?|skyddat) (nu|igen))\b|(?<!\b(?:my|our|min|mitt|mina|var|vart|vara) )\b(desktop|device|computer|pc|laptop|machine|unknown|strange|stranger'?s|dator\w*|enhet\w*|okand\w*|frammande)\b[^.!]{0,30}\b(gone|out|kicked (out|off)|disconnected|still (there|on|connected|in)|borta|ute|kvar|bortkopplad\w*|utkastad\w*|utelast\w*)\b[^.!]{0,30}\?|\b(unknown|strange|stranger'?s|okand\w*|frammande)\b[^.!?]{0,20}\b(device|enhet\w*|dator\w*|computer|phone|telefon\w*)\b[^.!?]{0,30}\b(still|fortfarande|kvar)\b|\b(is|are|ar|e|sitter) (the |that |this |den |den dar )?(device|devices|enheten|enheterna|datorn|computer|phone|telefonen)\b[^.!?]{0,10}\b(still|fortfarande|kvar)\b/,
  ],
  // "hjälper det verkligen?", "will that even help?", "is that going to fix it?": why this step fits.
  [
    'will_it_help',
    /\b((will|would|does|could|is|can) (that|it|this|a restart|another restart|a reboot|restarting|rebooting)( really| actually| even)?( (going|gonna) to| gonna)? (help|fix|solve|work|make a difference|do anything)|(going|gonna) to (help|fix|solve)|(hjalper|hjalpa|loser|losa|fixar|fixa|funkar|fungerar) (det|den|detta|en omstart|omstarten) (verkligen|faktiskt|ens|nagot|nat|problemet|felet)|(kommer|skulle) (det|den|detta|en omstart|en till omstart|omstarten) (verkligen |faktiskt |ens )?(att )?(hjalpa|losa|fixa|funka|gora nagon skillnad|gora (nagot|nat|nagon nytta))|(tror|think) (du|ni|you) (att )?(det|it|that) (hjalper|will help|helps)|what good (will|would|does|is) (that|it|this|a restart|another (one|restart))( do)?|what'?s the point|whats the point|what is the point|(what|why) (would|will) (that|it|this|a restart) (change|help)|vad (ska|skulle) (det|den|en omstart|en till omstart|omstarten) (till )?(vara )?(bra for|hjalpa|andra)|varfor (kan|gar|ska|skulle) (den|det|man|ni|du|routern|jag) inte (bara )?(startas om|starta om|omstartas|fixas med en omstart)|varfor (den|det|man|routern) inte (bara )?(kan|gar att|ska|skulle) (bara )?(startas om|starta om|omstartas)|why (can'?t|cannot|won'?t|wouldn'?t|doesn'?t) (you|it|i|we|the router) (just )?(be )?(restart\w*|reboot\w*)|why (can'?t|cannot|won'?t|wouldn'?t|doesn'?t) (a restart|restarting|rebooting|a reboot) (help|fix (it|this))|vad (hjalper|andrar) (det|en omstart)|vad (ar|e) (det for )?(poangen|vitsen)|vad (ar|e) det (bra|till) for)\b/,
  ],
  // "will that break?", "will my brothers gaming stuff stop working?", "kommer xboxen funka sen?": what the
  // change leaves as it is (after the basic topics: "will i lose my settings?" is lose_settings).
  [
    'breaks_other',
    /\b(will|would|could|does|do|is|are|can|might|gonna)\b[^.?!]{0,50}\b(break|breaks|stop (working|workin|functioning)|still (work|be there|be kept)|keep working|work (after|afterwards|anymore|any more)|be affected|get affected|mess (up|with)|affect\w*)\b|\b(kommer|slutar|blir|paverkas|paverkar|funkar|fungerar|gar)\b[^.?!]{0,50}\b(sluta (funka|fungera|ga)|slutar (funka|fungera)|(funka|fungera|funkar|fungerar) (sen|efterat|kvar|fortfarande|an|sedan)|fortfarande (funka|fungera)|paverka\w*|ga sonder|paja\w*|sabba\w*|forstora\w*)\b|\b(paverkas|paverkar (det|den|detta|ni))\b|\b(funkar|fungerar|finns)\b[^.?!]{0,40}\b(kvar|fortfarande)\b|\bslutar\b[^.?!]{0,30}\b(att )?(funka|fungera)\b/,
  ],
  // "ska jag restarta routern eller?", "should i reboot it or not?": whether to restart it now (answered
  // before the check: wait, the desk checks first).
  [
    'should_restart',
    // ("should I unplug THAT?" about the telephone on the wall: the phone, not the router — case-questions.ts.
    // "why do I have to restart it?" asks why, not whether: why_restart, tech-questions.ts.)
    /^(?![\s\S]*\b(telephone|landline|hemtelefon\w*|fasta telefon\w*|telefonen (i|pa) vaggen)\b)[\s\S]*?\b(?:(?!(?<=\b(?:why|how come) )\w+ (?:i|we) (?:need|have) to )(should|shall|do|must|need to|can|could|would|can'?t|cant|cannot|couldn'?t|couldnt) (i|we) (just |maybe |first |try to |try and |not just |need to |have to |also |still )?(restart|reboot|reset|power ?cycle|turn (it|the \w+) off and on|unplug)|(ska|bor|borde|maste|behover|kanske|kan|kunde|racker det (inte )?(om|att)) (jag|vi) (inte |kanske |forst |bara )*(restarta|reboota|rebboota|starta om|startar om|stanga av och pa|dra ur))\b(?! (the |my |our |min |mitt |var |vart )?(dator\w*|computer\w*|laptop\w*|pc|mac\w*|telefon\w*|mobil\w*|phone\w*|ipad\w*|tv\w*|tablet\w*|surfplatt\w*|xbox\w*|ps\d\w*|playstation\w*|konsol\w*|console\w*|app\w*|browser\w*|webblasar\w*))/,
  ],
  [
    'already_restarted',
    // "last time i restarted it i lost my settings" tells what happened once, not that it was done now.
    /\b((?<!\b(?:time|when|if|once|gangen|nar|om|senast) )i (already |just )?(turned it off and on|restarted it|rebooted it|unplugged it)|already (turned it off and on|restarted|rebooted|tried (that|restarting))|(har|jag) (redan |ju )?(startat|startade|stangt|stangde) (om|av)|redan (startat|startade|provat|testat) om|startade om (den|routern) (redan|igar|i gar))\b/,
  ],
  ['is_normal', IS_NORMAL],
];
