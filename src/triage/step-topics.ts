// Questions about the step or change in hand that the basic topics miss: what a splitter is (to "check
// the cables"), whether a router in a closet matters (to "move closer"), whether anything else is
// affected (to a permission). Folded text (lowercase, å/ä/ö → a/a/o); data only.

/** Words of the phone line at home: its phone, jack, splitter or filter. */
// (The line's own socket too: "patchkabeln mellan vägguttaget och fiberboxen" is the fibre outlet, never a power one.)
const PHONE_LINE = String.raw`(phones?|telephone\w*|landline|telefon\w*|tele-?jack\w*|teleuttag\w*|telepropp\w*|jack\w*|splitter\w*|filter\w*|filtret|dsl|adsl|vdsl|fib(er|re)\w*|patch\w*|coax\w*|koax\w*|antenn\w*|network cable\w*|ethernet|natverkskabel\w*|ont|media ?converter\w*|mediaomvandlare\w*)`;

export type StepTopic =
  | 'no_landline_filter'
  | 'several_jacks'
  | 'power_outlet'
  | 'which_button'
  | 'what_splitter'
  | 'what_wan_port'
  | 'what_coax'
  | 'router_behind'
  | 'enclosed_router'
  | 'which_to_move'
  | 'other_affected'
  | 'each_device'
  | 'key_format'
  | 'rejoin_playstation'
  | 'rejoin_xbox'
  | 'rejoin_switch'
  | 'rejoin_tv'
  | 'rejoin_no_screen'
  | 'is_splitter'
  | 'phone_where'
  | 'what_snr'
  | 'check_now';

/** The people of the household whose devices are meant ("barnbarnen", "the kids", "my wife's laptop"). */
const PEOPLE =
  '(barnbarn\\w*|barnen|ungarna|ungar|kidsen|kids|children|grand ?children|grand ?kids|gast\\w*|guests?|familjen|family|frun|min fru|maken|min man|sambon?|partner\\w*|wife|husband|sonen|dottern|son|daughter|grannen|besokare|visitors?)';
/** A device besides the one in hand, or all of them (a person's: "the kids' iPads"). */
const DEVICE = `(${PEOPLE}('?s?)( \\w+)?|tv\\w*|teve\\w*|skrivar\\w*|printers?|dator\\w*|laptops?|ipad\\w*|mobil\\w*|phones?|consoles?|playstation|xbox|(andra|ovriga|alla) (enheter\\w*|prylar\\w*|grejer\\w*|apparater\\w*)|(other|all|the rest of) (my |the |our )?(devices|gadgets|stuff))`;
const MUST = '(maste|behover|ska|skall|need|needs|have to|has to|do i|does|should)';
const ALSO = '(ocksa|aven|too|also|as well)';
const LANDLINE_WORD =
  '(fast (telefon|telefoni)|fasttelefon\\w*|hemtelefon\\w*|landlines?|land lines?|home phones?|fixed (phone|line))';
const NO_LANDLINE = `(ingen|inga|inte (nan|nagon|langre)|no|no longer|don'?t|dont|not any ?more)\\b[^.!?]{0,30}\\b${LANDLINE_WORD}`;
/** "vi använder inte hemtelefonen längre", "the landline is not used anymore": the landline named first. */
const LANDLINE_GONE = `${LANDLINE_WORD}\\b[^.!?]{0,25}\\b(langre|anymore|any more|no more|not used|not in use|inte|aldrig|never)\\b`;
/** "if there's no phone", "utan telefon", "when we have no phone on it": no phone on the line. */
const NO_PHONE = `(no|without|utan|ingen|inga|inte( har| nan| nagon)?) (\\w+ )?(phones?|telephones?|telefon\\w*|${LANDLINE_WORD})`;
/** Needing it (the filter just talked about): "do I still need it?", "behövs den då?", "is it needed". */
const NEED_IT =
  '(need|needs|needed|behov\\w*|behovs|kravs)\\b[^.!?]{0,15}\\b(it|one|that|them|the box|den|det|dem|nan|nagon|nagot|dosan|filtret|splittern)\\b|\\b(behovs|behover|kravs) (den|det|dom|dem)\\b|\\b(den|det|dom|dem|it|one|they) (behovs|kravs|is needed|are needed|is necessary)\\b';

// ("the parental filter", "barnfiltret": a filter the customer set up, never the phone line's.)
const FILTER_WORD =
  "(splitter\\w*|splitt?er|(?<!(parental|child|children'?s|kids?|family|content|web|porn|adult|barn|foraldra|familje|innehalls|porr|webb)[- ]?)(filter|filtret)|dsl-?filter\\w*|telefilter\\w*|jackfilter\\w*|mikrofilter\\w*)";

/** "what is X", "no idea what X is", "X? vad är det", "vet inte vad X är": a word of the step text asked about. */
const whatIs = (word: string) =>
  new RegExp(
    `\\b(vad|what|wat|vilken|which)( (ar|is|'s|s|e))? (en |ett |a |an |the |den |det |that |my |min |mitt )?${word}|\\b${word}\\b[^.!?]{0,15}(\\?|ingen aning|no idea|vad ar det|what'?s that|what is that|vet inte vad)|\\b(what do you mean|vad menar du)( with| med| by)? (a |an |the |en |ett )?${word}|\\b(never heard of|aldrig hort (talas )?om)( a| an| the| en| ett)? ${word}`,
  );
/** The words of the cable step's text: the router's WAN (internet) port, the cable-TV (coax) cable. */
const WAN_WORD = '(wan(-| )?port\\w*|wan|internet(-| )?port\\w*)';
const COAX_WORD = '(coax\\w*|koax\\w*|antenn-?kabel\\w*|antenna cable\\w*|f-?kontakt\\w*|f-?connector\\w*)';

/** Forgetting, finding or joining the Wi-Fi on a device, asked ("hur glömmer man nätverket på en playstation?"). */
const REJOIN =
  '(glomm?\\w*|glomt|forget\\w*|forgot|join\\w*|connect\\w*|put (it |the \\w+ |that )?in|enter it|type it( in)?|anslut\\w*|koppla\\w*|kopplar|logga\\w* in|get (it |the \\w+ )?(on|online)|(byt\\w*|andr\\w*|change|enter|type|skriv\\w*)[^.!?]{0,20}(losen\\w*|password|key|nyckel\\w*)|wi-?fi-?(installning\\w*|settings)|natverksinstallning\\w*|network settings)';
/** Devices with no screen to type a password on. */
const NO_SCREEN =
  '(skrivar\\w*|printers?|hogtalar\\w*|speakers?|sonos|kamera\\w*|cameras?|chromecast\\w*|smart ?plugs?|smarta uttag\\w*)';
const HOW_ON = '(how|hur|where|var|vart|what do i|vad gor (jag|man))';
/** "how do i forget the network on a ps5?", "hur ansluter man switchen?": the device's own menu, one line. */
const rejoinOn = (device: string) =>
  new RegExp(
    `\\b${HOW_ON}\\b[^?]{0,60}\\b${REJOIN}\\b[^?]{0,40}\\b${device}\\b|\\b${HOW_ON}\\b[^?]{0,40}\\b${device}\\b[^?]{0,40}\\b${REJOIN}\\b|\\b${device}\\b[^.!?]{0,40}\\b${HOW_ON}\\b[^?]{0,40}\\b${REJOIN}\\b`,
  );

// "ska jag flytta routern eller mobilen?", "move the router or my laptop?": which one the move-closer step means.
// Matched before every other topic ("vilken … routern" would read as "which box is the router?").
export const WHICH_TO_MOVE: [StepTopic, RegExp] = [
  'which_to_move',
  new RegExp(
    `^(?=.*\\b(flytt\\w*|mov(e|ing)|ta med)\\b).*?(?:\\b(router\\w*|modem\\w*|boxen)\\b[^.!?]{0,30}\\b(eller|or)\\b[^.!?]{0,20}\\b(${DEVICE.slice(1, -1)}|enhet\\w*|devices?|grejen|saken)\\b|\\b${DEVICE}\\b[^.!?]{0,30}\\b(eller|or)\\b[^.!?]{0,20}\\b(router\\w*|modem\\w*)\\b|\\b(vad|vilken|vilket|which|what)( one| thing| av dem| av dom)? (ska|should|do|shall) (i|jag) (flytta|move)\\b)`,
  ),
];

/**
 * "which button? a round one and a tiny hole that says reset", "the round one or the reset hole?", "so I
 * never press that reset hole?", "vilken knapp, den runda eller reset?": which button is meant (matched
 * before "is it safe?" and "which cable?": the reset hole is the thing to be told about).
 */
export const WHICH_BUTTON: [StepTopic, RegExp] = [
  'which_button',
  /\b(which|what|wich|witch|vilken|vilket|vilka|vad for)\b[^.?!]{0,20}\b(buttons?|knapp\w*|brytare\w*|switch(es)?)\b|\b(buttons?|knapp\w*|knappar)\b[^.?!]{0,40}\b(which|vilken|vilket|vilka)\b|\b(press|push|touch|use|hold|tryck\w*|trycka|rora|anvanda|hall\w*)\b[^.?!]{0,30}\breset\w*|\breset ?-?(hole|button|pin|knapp\w*|hal\w*)\b|\b(hole|hal|halet)\b[^.?!]{0,20}\breset\b|\b(round|rund\w*)\b[^.?!]{0,40}\breset\w*|\b(where|wheres|where'?s|whre|var|vart|var (sitter|finns|ar))\b[^.?!]{0,25}\b(power ?buttons?|on ?(\/|-)? ?off ?(buttons?|switch(es)?)|buttons?|switch(es)?|strombrytare\w*|stromknapp\w*|knapp(?!a\b|a in\b|ade\b|at\b)\w*|av ?-?(\/)? ?pa ?-?knapp\w*|pa ?-?knapp\w*)\b|\b(power ?buttons?|strombrytare\w*|stromknapp\w*|on ?-?(\/)? ?off ?-?(buttons?|switch(es)?)|pa ?-?knapp\w*)\b[^.!]{0,40}\b(where|var|vart|hittar|find|see|located)\b/,
];

/** Matched before the basic topics: each is more specific than "which cable?" or "is it safe?". */
export const STEP_TOPICS: [StepTopic, RegExp][] = [
  // "och är det bindestrecken med?", "do i type the dashes too?": the generated key as written.
  [
    'key_format',
    /\b(bindestreck\w*|streck(en|et)?|hyphens?|hyphenated|dash(es)?|minustecken\w*)\b[^.!]{0,60}(\?|\b(med|ocksa|with|too|included|include|skriv\w*|type|typed|count|raknas|ingar)\b)|\b(ska|skall|maste|behover|should|do|must)\b[^.!?]{0,30}\b(bindestreck\w*|streck(en|et)?|hyphens?|dash(es)?)\b/,
  ],
  ['rejoin_playstation', rejoinOn('(playstation\\w*|ps ?[345]|psn)')],
  ['rejoin_xbox', rejoinOn('(xbox\\w*)')],
  ['rejoin_switch', rejoinOn('(nintendo\\w*|(the|a|my|our|min|var|en) switch|switchen)')],
  ['rejoin_tv', rejoinOn('(tv|tvn|tv:n|teve\\w*|smart ?tv|television\\w*|tele?visionen)')],
  // "hur gör jag på skrivaren?? den har ingen skärm", "how do i get the printer on it, it has no display": a
  // device with no screen to type on joins with the WPS button or its maker's app.
  [
    'rejoin_no_screen',
    new RegExp(
      `${rejoinOn(NO_SCREEN).source}|\\b(how|hur|what about|och|men|and)\\b[^?]{0,30}\\b${NO_SCREEN}\\b[^.!]{0,40}\\?|\\b(ingen|inga|utan|no|without|has no|doesn'?t have an?|doesnt have an?|saknar) (\\w+ )?(skarm\\w*|display\\w*|screens?)\\b`,
    ),
  ],
  // "vi har ingen fast telefon längre, behövs filtret då?": before "what is a filter".
  [
    'no_landline_filter',
    new RegExp(
      `\\b${NO_LANDLINE}\\b[^?]{0,80}\\b${FILTER_WORD}|\\b${FILTER_WORD}\\b[^?]{0,80}\\b${NO_LANDLINE}\\b|\\b(${NO_LANDLINE}|${LANDLINE_GONE})[^?]{0,60}\\b(${NEED_IT})|\\b(${NEED_IT})[^.!?]{0,40}\\b${NO_PHONE}\\b|\\b${NO_PHONE}\\b[^.!?]{0,40}\\b(${NEED_IT}|${FILTER_WORD})`,
    ),
  ],
  // "uttaget verkar dött … ska jag flytta den till ett annat uttag?", "the socket seems dead, use another one?":
  // the power outlet, before "another jack" of a phone line.
  // A wall socket told beside a phone, a jack or a splitter is the phone line's, never a power outlet ("a small
  // white box between the phone and the wall socket … the router cable goes straight into the wall").
  [
    'power_outlet',
    new RegExp(
      String.raw`\b(el-?uttag\w*|stromuttag\w*|grenuttag\w*|forgrenings\w*|power (socket|outlet|point|strip|bar)s?|extension (lead|cord|cable)s?|skarvsladd\w*|forlangningssladd\w*)\b|^(?![^]*\b${PHONE_LINE}\b)[^]*?(\b(vagguttag\w*|wall (socket|outlet)s?)\b|\b(uttag\w*|sockets?|outlets?|kontakt(en)?)\b[^.?!]{0,25}\b(dott|dod|doda|dead|trasig\w*|broken|no power|ingen strom|har ingen strom|utan strom|strommen|not working|doesn'?t work|doesnt work|funkar inte|fungerar inte)\b|\b(dott|dead|trasig\w*|broken|ingen strom|no power)\b[^.?!]{0,25}\b(uttag\w*|sockets?|outlets?)\b)`,
    ),
  ],
  // "what filter? we have 2 phone jacks", "vi har två telefonjack", "theres another jack in the hall".
  [
    'several_jacks',
    /\b(2|two|tva|3|three|tre|4|four|fyra|flera|several|multiple|many|more than one|fler an ett|extra) (phone |telephone |tele|telefon|wall )?(jacks?|sockets?|outlets?|uttag\w*|jack\w*|telefonjack\w*|telejack\w*|phone points?)\b|\b(another|one more|a second|an extra|ett till|en till|ett annat|en annan|ett andra|en andra) (phone |telephone |telefon|tele|wall )?(jack|socket|outlet|uttag|telefonjack)\w*\b/,
  ],
  ['what_wan_port', whatIs(WAN_WORD)],
  ['what_coax', whatIs(COAX_WORD)],
  // "vad betyder signalmarginal?", "what's SNR?", "is my noise margin bad?": the line's signal margin, in plain words.
  [
    'what_snr',
    /\b(signalmarginal\w*|signal-?marginal\w*|brusmarginal\w*|snr|signal[- ]?to[- ]?noise\w*|(noise|signal) margins?)\b/,
  ],
  // "ska jag kolla filtret nu medan jag väntar?", "should i check the cables now?": whether to check it now —
  // yes, and what to look at (never what a filter is, to someone who has one).
  [
    'check_now',
    new RegExp(
      `\\b(ska|skall|bor|borde|kan|should|shall|can|could|want me to|vill (du|ni) att)( (jag|vi|i|we))? (kolla|kontrollera|titta( pa)?|check|look at|inspect|testa|test|try)\\b[^.!?]{0,30}\\b(${FILTER_WORD}|dosa\\w*|jack\\w*|uttag\\w*|kabel\\w*|kablar\\w*|kabeln|sladd\\w*|cables?|cords?|sockets?|wiring|connections?)|\\b${FILTER_WORD}\\b[^.!?]{0,40}\\b(ska|skall|bor|borde|should|shall)( (jag|vi|i|we))? (kolla|kontrollera|titta pa|check|look at|inspect)\\b`,
    ),
  ],
  // "is the white box the splitter?", "splitter = the little white box at the phone jack?", "är den vita dosan
  // filtret?": yes — and where each plug goes (before "what is a splitter?").
  [
    'is_splitter',
    new RegExp(
      `\\b(is|are|ar|e)( it| that| this| den| det)? (the |that |this |den |det |a |en )?(little |small |lilla |sma |white |vita |grey |gray |gra )*(white |vita )?(box|boxes|boxen|thing|dosa\\w*|dosor|grej\\w*|lada\\w*|plug|kontakt\\w*)\\b[^.!?]{0,40}\\b${FILTER_WORD}|\\b${FILTER_WORD}\\b ?(=|is|ar|e)? ?(the |that |a |den |en )?(little |small |lilla |white |vita )+(box|thing|dosa\\w*|grej\\w*|lada\\w*)\\b|\\b(box\\w*|dosa\\w*|grej\\w*|lada\\w*|thing)\\b[^?]{0,60}\\b(is|ar|e) (that|this|it|det|den) (the |a |en )?${FILTER_WORD}|\\b(box|dosa\\w*|grej\\w*|lada\\w*)\\b[^?]{0,60}\\b(is that it|is it that|is that the one|that one|ar det den|ar det det|ar det den dar)\\b`,
    ),
  ],
  // "should the phone also be plugged into it or straight into the wall?", "ska telefonen sitta i filtret eller
  // direkt i väggen?": the phone's place at the filter.
  [
    'phone_where',
    /\b(phone|telephone|landline|telefon\w*|fasttelefon\w*)\b[^.!?]{0,60}\b(plugged into (it|the (box|filter|splitter))|into (it|the (box|filter|splitter))|(straight|direct(ly)?) (in|into|to) the (wall|jack|socket)|i (filtret|splittern|dosan|den)|direkt i (vaggen|jacket|uttaget))\b/,
  ],
  [
    'what_splitter',
    new RegExp(
      `\\b(vad|what|wat|vilken|which)( (ar|is|'s|s|e))? (en |ett |a |an |the |den |det |that )?${FILTER_WORD}|\\b${FILTER_WORD}\\b[^.!?]{0,50}\\?|\\b${FILTER_WORD}\\b[^.!?]{0,15}(\\?|ingen aning|no idea|vad ar det|what'?s that|what is that|vet inte vad)|\\b(what do you mean|vad menar du)( with| med)? (a |an |the |en |ett )?${FILTER_WORD}`,
    ),
  ],
  WHICH_TO_MOVE,
  // "routern står i vardagsrummet bakom tvn", "it sits behind the TV, does that matter?": behind something in the
  // open, never a cupboard (a cupboard named too is enclosed_router's). "found it behind the sofa" is where the
  // customer found what the step asked about, never the router's place.
  [
    'router_behind',
    /^(?![\s\S]*\b(closet|cupboard|cabinet|wardrobe|skap\w*|garderob\w*)\b)[\s\S]*?(\b(?<!\b(found|find|hittade|hittat|hitta|located|locate|spotted) )(router\w*|modem\w*|box(en)?|it|den|the wi-?fi)\b[^.?!]{0,40}\b(behind|bakom) (the |our |my |var |vart )?(tv\w*|teve\w*|television|sofa|soffan|couch|bokhyllan|bookcase|bookshelf)\b|\b(behind|bakom) (the |our |my )?(tv\w*|teve\w*|television|sofa|soffan|couch)\b[^?]{0,80}\b(matter\w*|a problem|problem\w*|affect\w*|bad|ok|okay|spelar (det|nan|nagon) roll|paverka\w*|daligt|illa)\b)/,
  ],
  [
    'enclosed_router',
    /\b(closet|cupboard|cabinet|wardrobe|drawer|shelf behind|inside a (box|cabinet)|skap\w*|garderob\w*|lada\w*|mediamobel\w*|tv-?banken)\b[^?]{0,80}\b(matter\w*|a problem|problem\w*|affect\w*|bad|ok|okay|spelar (det|nan|nagon) roll|gor (det|nat|nagot) (nat|nagot)|paverka\w*|daligt|illa)\b|\b(router\w*|modem\w*)\b[^.?!]{0,25}\b(i|in|inside) (ett |en |a |the |my |our |vart |mitt )?(skap\w*|garderob\w*|closet|cupboard|cabinet|wardrobe)\b(?=[^?]*\?)|\b(can|could|may|should|shall|is it (ok|okay|fine|bad|safe)|would it be (ok|okay|fine|bad)|kan|far|gar det( bra)?( att)?|ar det (ok|okej|daligt|illa)( att)?|borde|bor)\b[^.?!]{0,30}\b(put|place|keep|hide|have|stand|stick|move|store|stalla|lagga|gomma|ha|placera|satta|flytta|stoppa)\b[^.?!]{0,25}\b(in|inside|into|i|inne i|in i)\b (a |an |the |my |our |ett |en |vart |mitt |var |min )?(\w+ )?(closets?|cupboards?|cabinets?|wardrobes?|drawers?|skap\w*|garderob\w*|lada\w*|tv-?bank\w*|mediamobel\w*)\b|\b(closet|cupboard|cabinet|skap\w*|garderob\w*)[- ]?(question|fragan?|thing|grejen)\b|\b(out of sight|hide (it|the router|the modem|the box)|gomma (undan )?(den|routern|modemet|dosan))\b(?=[^?]*\?)/,
  ],
  [
    'other_affected',
    /\b(anything|something|everything|nagot|nat|nan|nanting|allt) (else|annat|mer)\b[^.!?]{0,30}\b(affect\w*|change\w*|break\w*|paverka\w*|andra\w*|forandra\w*|sluta\w*)\b|\b(affect|change|break|touch|paverka\w*|andra\w*)\b[^.!?]{0,20}\b(anything|something|nagot|nat|nan) (else|annat)\b|\b(blir|ar) (nat|nagot|nan|allt) annat (paverka\w*|andrat)\b|\b(will|does|would) (it|this|that) (affect|change|break|mess (up|with)) (my |the )?(wi-?fi|internet|passwords?|tv|phone|devices|settings|anything|something)\b/,
  ],
  // "måste jag göra om det på tv:n också?", "does the tv need the new password too?", "men tvn då?".
  [
    'each_device',
    new RegExp(
      `\\b${MUST}\\b[^.!?]{0,40}\\b${DEVICE}\\b[^.!?]{0,30}\\b${ALSO}\\b|\\b${DEVICE}\\b[^.!?]{0,40}\\b${ALSO}\\b[^.!?]{0,10}\\b${MUST}\\b[^.!?]{0,25}\\bnew\\b|\\b${MUST}\\b[^.!?]{0,40}\\b(ocksa|aven|also)\\b[^.!?]{0,30}\\b${DEVICE}\\b|\\b(what about|how about|and|och|men|but) (the |my |our |min |mitt |var |vart )?${DEVICE}( da| then)? ?\\?|\\b${DEVICE}\\b[^.!?]{0,25}\\b(${MUST}|do|will|would|kommer) (de|dom|they|them|han|hon|he|she)\\b[^.!?]{0,25}\\b(${ALSO}|nya|new|losen\\w*|pas+word)\\b`,
    ),
  ],
];
