// Questions about a case that is already with a person (or waiting for an outage fix): "can I borrow
// a router meanwhile?", "should I restart the box or not?", "will you tell me by sms?", "do I have to
// pay before they answer?", "how soon does it work once paid?". They are about the case in hand, so
// they are answered from the catalogue for that case (its team, its cause) — never opened as a new
// case — or, when the catalogue has no answer, noted on the case for the team.
import { FAULT_KINDS } from '../domain/index.js';
import { PROCEDURES } from '../runbooks/procedures.js';
import { fold } from '../triage/normalize.js';
import { LOAN_DEVICE } from '../triage/question-topics.js';
import { hasMessage, type MessageKey } from './messages/index.js';

export type CaseQuestion =
  | 'loan_device'
  | 'unplug_phone'
  | 'keep_using'
  | 'restart_harm'
  | 'restart_meanwhile'
  | 'notify_how'
  | 'notify_sms'
  | 'notify_email'
  | 'chat_closed'
  | 'pay_before_answer'
  | 'paid_already'
  | 'auto_pay'
  | 'send_receipt'
  | 'back_after_payment'
  | 'pay_undisputed'
  | 'pay_now'
  | 'pay_method'
  | 'nothing_more'
  | 'amount_owed'
  | 'no_contact'
  | 'how_long'
  | 'team_does'
  | 'home_visit'
  | 'offer'
  | 'cut_off'
  | 'who_contacts'
  | 'who_handles'
  | 'still_active'
  | 'fixed_when'
  | 'which_number';

const QUESTION =
  /\?|^(?:ok\W*|men |but |and |och |so )?(?:kan|far|ska|maste|behover|hur|nar|can|could|do|does|should|will|would|must|how|when)\b|\b(fragade|fragar|undrar|undrade|asked|ask(ing)?|wonder(ed|ing)?|want(ed)? to know|vill veta|ville veta) (om|if|whether)\b/;

const PHONE_ON_LINE = String.raw`(?:(?:the|my|our|that|old|house|home|wall|fasta|gamla)\s+)*(?:tele)?phones?\b(?!\s*(?:number|nummer))|landlines?|(?:fasta\s+)?telefon(?:en|erna)?\b|hemtelefon\w*|fast(?:a)? telefon\w*`;
const UNPLUG_WORD = String.raw`unplug\w*|disconnect\w*|pull(?:ed|ing)? (?:out )?(?:the )?plug|turn(?:ed|ing)? off|switch(?:ed|ing)? off|dra(?:r|git)? ur|koppla(?:r|t)? (?:ur|bort|loss)|stang(?:a|er)? av`;
/** The telephone unplugged, either way round ("unplugged the telephone", "the telephone … should I unplug THAT?"). */
const UNPLUG_PHONE = new RegExp(
  String.raw`\b(?:${UNPLUG_WORD})\b[^.?!]{0,20}\b(?:${PHONE_ON_LINE})|\b(?:${PHONE_ON_LINE})[^.?!]{0,60}\b(?:${UNPLUG_WORD})\b`,
);
/** Whether the restarts (or the customer) broke something. */
const RESTART_HARM =
  /\b(did|could|can|might|may|have|has|will|would)( (i|we|it|that|this|they|those|all|the|my|many))*( restarts?| reboots?| restarting| rebooting| unplugging)?( have| of| them)?\b[^.?!]{0,20}\b(break|broken|broke|damage\w*|harm\w*|ruin\w*|destroy\w*|mess\w* (it |things |anything |something )?up|fried|hurt)\b|\b(kan|har|kunde|kommer)( (jag|vi|det|dom|de|omstart\w*|alla|manga|mina))*( ha| att)?\b[^.?!]{0,20}\b(sabba\w*|forstor\w*|skada\w*|pajat|paja|gjort (nat|nagot|ngt) (fel|sonder))\b/;

/** Using the connection meanwhile ("can I keep using it?", "får jag fortsätta använda den?"). */
const KEEP_USING =
  /\b(keep|carry on|continue|go on|still) (using|use|to use|with)\b|\b(use|using) (it|the (internet|connection|router|line|wi-?fi))( \w+)? (as (usual|normal|normally|before)|normally|like normal|meanwhile|in the meantime|until)\b|\b(fortsatta|fortsatter) (att )?(anvanda|anvander|surfa|ha den)\b|\b(anvanda|anvander|surfa|surfar) (den|det|internet|natet|routern|uppkopplingen|wifi\w*)?( \w+)? ?(som vanligt|under tiden|sa lange|tills vidare|i vantan)\b/;

/** [question, pattern, needs a question form]: matched against folded text, in this order. */
const PATTERNS: [CaseQuestion, RegExp, boolean][] = [
  // ("is there anything I can do, like a 4G router or something?" asks what helps meanwhile — the 4G router is an
  // example, not a loan asked for: only a borrow, lend or send word makes it one.)
  [
    'loan_device',
    new RegExp(
      String.raw`^(?!(?=[\s\S]*\b(?:(?:anything|something|what) (?:i|we) (?:can|could|should) do|(?:kan|kunde|ska) (?:jag|vi) gora (?:nagot|nat|nanting)|vad (?:kan|ska|kunde) (?:jag|vi) gora|(?:nagot|nat|nanting) (?:jag|vi) (?:kan|kunde) gora)\b)(?![\s\S]*\b(?:borrow\w*|lend\w*|lent|loan\w*|lana\w*|send|ship|skicka\w*|hyra|rent)\b))[\s\S]*(?:${LOAN_DEVICE.source})`,
    ),
    false,
  ],
  // "would it help if I unplugged the telephone?", "ska jag dra ur telefonen?": the phone on the line (a restart
  // is the router's; see restart_meanwhile and `narrower`).
  ['unplug_phone', UNPLUG_PHONE, true],
  // "kan jag ha sabbat nåt?", "did I break it with all the restarts?": whether the customer caused harm.
  // "is it ok to keep using it or will it break something?", "kan jag använda den som vanligt så länge?": the
  // connection used meanwhile — yes — never whether a restart harms it.
  ['keep_using', KEEP_USING, true],
  ['restart_harm', RESTART_HARM, true],
  [
    'restart_meanwhile',
    /\b(starta om|startar om|omstart\w*|restart\w*|reboot\w*|power ?cycle|stang(a)? av (den|boxen|routern|modemet)?|dra ur (sladden|kontakten|strommen|den|boxen|tv-?boxen|routern|modemet)|unplug\w*|turn (it|the \w+) off( and on)?|(anything|something|nagot|nat|nagonting) (else )?(i|we|jag|vi) (can|could|kan) (try|do|gora|testa|prova)( \w+)? (meanwhile|in the meantime|myself|sjalv|under tiden|sa lange))\b/,
    true,
  ],
  [
    'notify_how',
    /\b(sms\w*|text (me|message)|e-?mail|mejl\w*|notif\w*|how (will|would|do) (you|i) (tell|let|inform|know|hear)|let me know|hur (far|kommer) jag (veta|reda)|hur (meddelar|berattar|hor) ni|(ringer|ringar|skriver|hor) (dom|de|ni|han|hon|nagon|nan|teknikern\w*)( av sig)?( mig| till mig)?( eller| da|\s*\?)|(kommer|ska) (dom|de|ni|han|hon|nagon|nan|teknikern\w*) (att )?(ringa|skriva|hora av sig)|(will|do|does|would|are) (they|you|he|she|someone|somebody|the (team|technicians?|techs?)) (gonna |going to )?(call|phone|ring|write|contact) (me|us)?\b)/,
    true,
  ],
  // "can you text me when its back instead?", "kan ni sms:a mig?": a text message asked for, which this desk cannot send.
  [
    'notify_sms',
    /\b(sms\w*|text me|texting me|a text( message)?|by text|via text|send (me )?(a )?text|skicka (ett |en )?sms|sms:?a)\b/,
    true,
  ],
  // "får jag sms eller mejl?", "och mejl då?", "will you email me when it's back?": an e-mail asked about —
  // answered for what the desk does on this channel (a reply by e-mail only in an e-mail conversation).
  ['notify_email', /\b(e-?mail\w*|e-?post\w*|mejl\w*|maila\w*|mail(s|en|et)?|inbox|inkorg\w*)\b/, true],
  // "what happens if i close the browser", "om jag stänger chatten då?": the case stays without the page.
  [
    'chat_closed',
    /\b(close|closing|shut|leave|leaving|quit)\b[^.?!]{0,12}\b(the |this |my )?(browser|chat|window|tab|page|app|site)\b|\b(stang\w*|lamna\w*|avsluta\w*)\b[^.?!]{0,12}\b(webblasar\w*|chatt\w*|fonstr\w*|fonster\w*|flik\w*|sida\w*|appen)\b/,
    true,
  ],
  [
    'paid_already',
    // Any word order: "den har jag ju betalat", "fakturan är redan betald", "I did pay it", "it was paid".
    /\b(jag (har )?(redan )?betala(de|t)|har (jag |vi )?((redan|ju|faktiskt|ju redan|nog) )*betalat|betalade (jag|vi|den|det|fakturan|rakningen)|(ar|var|blev) ((ju|redan|faktiskt|nog) )*betald\w*|i did pay|i('ve| have)? ((already|just|really) )*paid (it|that|this|the|my|last|on|yesterday)|i('ve| have)? ((already|just) )*paid|paid (it|already|the (bill|invoice))|(was|been|is|got) ((already|all) )*paid|kvitto\w*|receipt)\b/,
    false,
  ],
  // "va?? jag har ju autogiro", "but I'm on direct debit", "it's paid automatically": the invoice should have
  // been paid by itself — why a direct debit can fail, and that the team sees what happened (no question needed).
  [
    'auto_pay',
    /\b(jag|vi) (har|betalar (med|via)|kor (med|pa)|anvander)\b[^.?!]{0,20}\b(autogiro\w*|e-?faktura\w*|automatisk\w* betalning\w*)|\b(dras|drogs|betalas|betalades|gar|gick) (ju |redan |alltid |väl |val )*(automatiskt|via autogiro|med autogiro|fran (mitt|vart) konto)\b|\b(i|we)('m| am|'re| are| have| pay (by|with|via)| use| got)\b[^.?!]{0,15}\b(direct debit|auto-?pay\w*|automatic payments?|auto(matic)? debit)\b|\b(its|it's|it is|they are|bills? (are|is)|invoices? (are|is))\b[^.?!]{0,10}\b(paid|taken|debited|drawn) automatically\b|\bon (direct debit|auto-?pay)\b/,
    false,
  ],
  // "ska jag skicka kvittot nånstans?", "where do i send the receipt?": how to show the payment.
  [
    'send_receipt',
    /\b(skicka|skickar|mejla|maila|ladda upp|visa|send|email|e-mail|upload|forward|show)\b.{0,30}\b(kvitto\w*|receipt\w*|betalningsbekraftelse\w*|proof of payment|bevis\w*|proof)\b|\b(kvitto\w*|receipt\w*)\b.{0,30}\b(vart|var|where|who|vem|till vem|to whom)\b|\b(vart|where)\b.{0,30}\b(skicka|send)\b/,
    false,
  ],
  [
    'back_after_payment',
    /\b(nar|hur (snabbt|fort|snart|lang tid)|how (soon|fast|quickly|long)|when)\b.{0,60}\b(tillbaka|igen|funka\w*|fungera\w*|works?|working|back|reopen\w*|oppna\w*)\b.{0,60}\b(betal\w*|pay\w*|paid)\b|\b(betal\w*|pay\w*|paid)\b.{0,60}\b(nar|hur (snabbt|fort|snart|lang tid)|how (soon|fast|quickly|long)|when)\b.{0,60}\b(tillbaka|igen|funka\w*|fungera\w*|works?|working|back|reopen\w*|oppna\w*)\b|\b(if|once|when|om|nar)\b.{0,15}\b(pay|betala\w*)\b.{0,40}\b(come|comes|be|kommer|blir|is)\b.{0,15}\b(back|on again|tillbaka|igang)\b|\b(come|comes|be|kommer|blir)\b.{0,15}\b(back|on again|tillbaka|igang)\b.{0,40}\b(if|once|when|om|nar)\b.{0,15}\b(pay|betala\w*)\b|\b(oppna\w*|opens?|reopen\w*|turn (it )?(back )?on|switch (it )?(back )?on|sla pa|slar pa|koppla\w* (pa|in))\b.{0,50}\b(betal\w*|paid|pay\w*)\b/,
    true,
  ],
  // "can I just pay the old amount until this is sorted out?", "kan jag betala det vanliga beloppet så länge?":
  // the part not disputed paid meanwhile — never "I can't take a payment here".
  [
    'pay_undisputed',
    /\b(pay|paying|betala|betalar)\b[^.?!]{0,20}\b(old|usual|normal|regular|previous|last month'?s|undisputed|gamla|vanliga|normala|forra|ordinarie|tidigare)\b[^.?!]{0,10}\b(amount|sum|price|bill|invoice|belopp\w*|summa\w*|pris\w*|faktura\w*|manads\w*)\b|\b(pay|paying|betala|betalar)\b[^.?!]{0,20}\b(without|except|minus|not|utan|forutom|inte)\b[^.?!]{0,10}\b(the )?(extra|increase|difference|disputed|tillagg\w*|hojning\w*|mellanskillnad\w*|skillnad\w*|\d+ ?(kr|kronor|sek))\b|\b(pay|betala)\b[^.?!]{0,10}\b(only|just|bara|endast)\b[^.?!]{0,10}\b(the part|part of it|what i agree|the undisputed|en del|delen|det jag)\b/,
    false,
  ],
  // "can i pay by card now or something so it comes back today?\", "hur kan jag betala direkt?": how to pay now.
  [
    'pay_now',
    /\b(can|could|may) i (just )?pay\b|\b(how|where) (do|can|could) i pay\b|\b(kan|far) jag (inte )?betala\b|\b(hur|var) (kan|gor|ska) jag (for att )?betala\b|\b(pay|paying|betala|betalar)\b.{0,12}\b(by|with|med|via|using)\b.{0,6}\b(card|kort|kortet|credit card|kreditkort|swish)\b|\b(kortbetalning\w*|card payment)\b/,
    false,
  ],
  // "kan vi betala med Swish?", "can I pay by card?": the ways to pay an invoice — what the invoice says, and who
  // answers for Swish — never only "I can't take a payment here".
  [
    'pay_method',
    // (A card alone is paying now — pay_now; "jag har ju autogiro, hur kan den vara obetald?" tells, it asks no way.)
    /\b(swish\w*|klarna|paypal)\b[^.!?]*\?|\b(kan|kunde|gar det( att)?|funkar det( att)?|tar ni( emot)?|accepterar ni|can|could|do you (take|accept)|is it possible to)\b[^.?!]{0,30}\b(swish\w*|klarna|paypal|autogiro|direct debit)\b/,
    true,
  ],
  // "är det nåt mer jag behöver göra för att få igång internet?", "do I need to do anything else?": what is left
  // for the customer while the team has the case.
  [
    'nothing_more',
    /\b((ar|e) det|finns det) (nat|nagot|nagonting|nanting|ngt) (mer|mera|annat) (som )?(jag|vi) (behover|maste|ska|bor) gora\b|\b(behover|maste|ska|bor) (jag|vi) gora (nat|nagot|nagonting|nanting|ngt) (mer|mera|annat)\b|\b(do|should|must) (i|we) (need to |have to )?do (anything|something) (else|more)\b|\b(anything|something) (else|more) (i|we) (need|have|must|should)( to)?( do)?\b/,
    false,
  ],
  // "hur mycket är det som är obetalt?", "which invoice is it and how much?": the amount owed, which the invoice
  // (and billing) has — the desk does not see it.
  [
    'amount_owed',
    /\b(how much|hur mycket)\b[^.?!]{0,30}\b(unpaid|owe|owed|owing|due|outstanding|is it|is that|do (i|we) (have to )?pay|obetal\w*|skyld\w*|ar det|galler det|(ska|maste) (vi|jag) betala|att betala|kvar)\b|\b(what|which|vilket|vilken|vad (ar|blir))\b[^.?!]{0,12}\b(amount|sum|belopp\w*|summa\w*)\b|\b(which|what|vilken|vilket)\b[^.?!]{0,6}\b(invoice|bill|faktura\w*|rakning\w*)\b[^.?!]{0,20}\b(is it|is that|is unpaid|galler|ar (det|obetald)|about)\b/,
    true,
  ],
  [
    'pay_before_answer',
    /\b(pay (only |just )?(the )?(old|usual|normal|previous|regular|same) (amount|price|fee|sum)|pay (it )?without the (extra|increase|difference|\d+)|betala (bara |endast )?(det |den )?(gamla|vanliga|normala|tidigare) (beloppet|priset|summan|avgiften)|betala (det )?utan (de |det |den )?(extra|tillagget|hojningen|\d+)|do i (have|need) to pay|must i pay|should i pay|have to pay|need to pay|(can|may|should|do) i (just )?wait( with| to| before)? pay\w*|hold off (on )?pay\w*|maste jag betala|behover jag betala|ska jag betala|(om|att) (jag|vi) (maste|behover|ska) betala|(kan|ska|bor|far|borde) (jag|vi) vanta med (att )?betala\w*)\b/,
    true,
  ],
  // "vad gör jag om de inte hör av sig?", "what if nobody calls me?": what to do when the team's time has passed.
  [
    'no_contact',
    /\b(if|om) (they|he|she|you|the team|billing|de|dom|ni|han|hon|teamet|avdelningen|fakturaavdelningen|teknikern\w*)\b[^.?!]{0,20}\b(not|never|don'?t|doesn'?t|didn'?t|won'?t|dont|doesnt|didnt|wont|inte|aldrig|int)\b[^.?!]{0,15}\b(hear\w*|hor\w*|ring\w*|call\w*|contact\w*|get back|gets back|answer\w*|repl\w*|svar\w*|kontakt\w*|aterkomm\w*|writ\w*|skriv\w*|reach\w*|show up|dyker upp)|\b(if|om) (nobody|no one|noone|ingen|inget)\b[^.?!]{0,15}\b(hear\w*|hor\w*|ring\w*|call\w*|contact\w*|gets? back|answer\w*|repl\w*|svar\w*|kontakt\w*|aterkomm\w*|writ\w*|skriv\w*)|\b(if|om) (i|jag|we|vi) (still )?(don'?t|dont|do not|haven'?t|havent|have not|never|inte|aldrig|fortfarande inte)( har)? (hear\w*|get|got|hor\w*|hort|fatt|far)\b/,
    true,
  ],
  [
    'how_long',
    /\b(hur lang tid|hur lange|how long|how much time|how soon)\b|\b(nar|when)\b.{0,30}\b(hor (\w+ )?av (sig|er|dem|dom|nagon|nan)|hor (jag|vi) (nagot |nat |nanting )?(fran|av) (dem|dom|er|nagon|nan|teamet|avdelningen|teknikern\w*)|far (jag|vi) (svar|besked)|ringer|kontaktar|aterkommer|svarar (de|dom|ni)|(will|do|does) (they|he|she|someone|somebody|the \w+) (call|contact|get back|answer|reach|be in touch|write)|calls? me|contacts? me|gets? back|hear (back )?from|(be|get) in touch)\b/,
    true,
  ],
  [
    'team_does',
    /\b(what (will|do|does|would|are) (they|the \w+( \w+)?|you|he|she) (do|doing|going to do)|what happens (now|next)|vad (gor|kommer|ska) (de|dom|ni|han|hon|teknikern\w*|andralinje\w*) (att )?(gora|gor)|vad (ar|betyder|innebar) (en |ett )?(andralinje\w*|second.?line\w*|tier ?2|faltteknik\w*)|what (is|are|does) (a |the )?(second.?line|tier ?2|field (tech|engineer|team))\w*|vad hander (nu|sen|sedan))\b/,
    true,
  ],
  [
    'home_visit',
    /\b(kommer (nan|nagon|en tekniker|teknikern|de|dom|ni) (att )?(komma )?(hem|hit)|(will|does|do|is|would) (someone|somebody|anyone|a technician|they|the technician|an engineer|a tech|you) ((have|need|got) to |going to |gonna )?(come|coming|visit)|(need|have) to send (someone|somebody|a technician|an engineer)|(maste|behover|ska) (nan|nagon|en tekniker|teknikern|ni|de|dom) (komma|aka) (hem|hit|ut)|kommer det (att )?komma (nan|nagon|en tekniker)|kommer det (nan|nagon|en) ?(tekniker\w*)? (hem|hit|ut)|kommer det (hem |hit |ut )(nan|nagon|en tekniker|teknikern)|hembesok\w*)\b|\b(en |a |the )?(tekniker|teknikern|technician|engineer|tech)\b[^.?!]{0,12}\b(maste|behover|behova|ska|kommer( att)?|has to|have to|needs? to|must|will|is going to|gonna)( \w+)? (komma|aka|come|visit)\b[^.?!]{0,6}\b(hem|hit|ut|out|over|home|here|to (us|our|my|the house)|visit)|\b(blir|kommer) det (en|nan|nagon) (tekniker\w* )?som (kommer|aker|ska komma)|\b(send|sending|skicka\w*) (out )?(a |an |en )?(technician|engineer|tekniker)\b[^.?!]{0,20}(\?|$)/,
    true,
  ],
  [
    'offer',
    /\b(how fast|fastest|quickest|snabbaste|speeds|hastigheter(na)?|\d+ ?(mbit\w*|mbps|mb|gbit\w*|gig\w*)|(which|what|vilka|vilket|vad for) (kind of )?(speeds?|hastighet\w*|plans?|packages?|subscriptions?|paket\w*|abonnemang\w*|erbjudand\w*|offers?|deals?)|price ?list|prislista\w*|priser(na)?|(what|how much) (do|does|would|will|is) (it|they|that|fiber|fibre|broadband|internet|a subscription)( \w+)? cost|vad kostar (det|de|dom|bredband\w*|fiber\w*|abonnemang\w*|ett abonnemang|internet))\b/,
    true,
  ],
  // "will you cut my internet if i only pay the normal amount?", "stänger ni av nätet om jag bara betalar en del?"
  [
    'cut_off',
    /\b(cut|close|shut|switch|turn)\w* (off )?(my |the |our )?(internet|connection|broadband|service|net)\b|\b(internet|connection|broadband|service)\b.{0,20}\b(cut off|get cut|be cut|closed|shut off|suspended|disconnected)\b|\b(stang\w*|sparr\w*|koppla\w*) (ni |dom |de )?(av |ner |bort )?(mitt |vart |)?(internet|natet|bredband\w*|uppkoppling\w*|anslutning\w*)\b|\b(internet|natet|bredband\w*|uppkoppling\w*|anslutning\w*)\b.{0,20}\b(avstang\w*|stangs av|stangas av|sparras|spar(rat|rad)|kopplas (bort|ner))\b|\b(will|would|could|can|do|does) (it|they|you|this|that)\b.{0,20}\bcut( (it|me))?( off)?\b|\b(blir|kommer|stanger) (det|den|ni)\b.{0,20}\b(avstang\w*|sparr\w*|stanga av|av det)\b/,
    true,
  ],
  // "men det är alltså inte uppsagt nu?", "so it's not cancelled yet?": whether the subscription still runs.
  [
    'still_active',
    /\b((inte|ej|inget|ingenting) (\w+ ){0,2}(uppsagt|uppsagd|avslutat|avslutad)|(uppsagt|uppsagd|avslutat|avslutad) (\w+ ){0,2}(nu|redan|inte|an)|not (\w+ ){0,2}(cancell?ed|terminated)|(cancell?ed|terminated) (\w+ ){0,2}(now|already|yet)|(still|fortfarande) (active|running|aktiv\w*|igang|kvar)|has (it|my subscription|the subscription) been cancell?ed|har (ni|du) (\w+ ){0,2}sagt upp)\b/,
    true,
  ],
  // "är det fakturaavdelningen eller vem?", "who handles the invoice then?": which team deals with it.
  [
    'who_handles',
    /\b(ar det|e det|is it|is that|its|it'?s)\b[^.?!]{0,10}\b(faktura\w*|ekonomi\w*|billing|accounts?|kundtjanst\w*|support|sales|salj\w*|tekniker\w*|technicians?)\b[^.?!]{0,25}\b(eller (vem|vilka|nan|nagon)|or (who|someone|somebody|what))\b|\b(vem|vilka|vilken avdelning|who|which (team|department))\b[^.?!]{0,20}\b(tar hand om|hanterar|skoter|kollar|ansvarar for|handles?|deals? with|looks? (at|into)|takes? care of|in charge of)\b[^.?!]{0,20}\b(faktur\w*|betalning\w*|invoice\w*|bill\w*|payment\w*|det|it|this|that)\b|\b(vem (ska jag|kan jag|bor jag) (prata|tala) med|who (do|should|can) i (talk|speak) to) (om|about) (the |my |min |mina )?(faktur\w*|betalning\w*|invoice\w*|bill\w*|payment\w*)\b/,
    true,
  ],
  // "so who is contacting me now, support or billing?", "vem hör av sig nu?"
  [
    'who_contacts',
    /\b(who|which team|vem|vilken avdelning|vilka)\b.{0,30}\b(contact\w*|call\w*|answer\w*|get(s|ting)? back|reach\w*|writ\w*|kontakta\w*|ringer|ringa|svara\w*|hor av sig|horer av sig|aterkommer|skriver)\b/,
    true,
  ],
  // "will it be fixed tonight or not?", "so i have no proper internet tonight?", "blir det lagat till ikväll?":
  // when the fault is fixed — a time the desk cannot promise for a team's case.
  [
    'fixed_when',
    /\b(hur lang tid|hur lange|how long)\b[^.?!]{0,30}\b(innan|tills|until|till|before|to)\b[^.?!]{0,20}\b(lagat|fixat|atgardat|klart|fixed|repaired|sorted|lagas|fixas|repair|fix)\b|\b(dagar|days)\b[^.?!]{0,6}\b(eller|or)\b[^.?!]{0,6}\b(veckor|weeks)\b|\b(fixed|repaired|sorted|solved|working|work|back|fixat|lagat|klart|atgardat|lost|funka\w*|fungera\w*|tillbaka)\b[^.?!]{0,25}\b(tonight|today|tomorrow|this (evening|weekend)|by (tonight|tomorrow|monday|the weekend|\d)|ikvall|i kvall|idag|i dag|imorgon|i morgon|till (ikvall|i kvall|imorgon|i morgon|helgen|\d))\b|\b(no|not|inget|inte|utan)\b[^.?!]{0,25}\b(internet|net|natet|connection|uppkoppling)\b[^.?!]{0,20}\b(tonight|today|ikvall|i kvall|idag|i dag)\b|\b(when|nar)\b[^.?!]{0,20}\b(will|is|does|blir|ar|kommer)\b[^.?!]{0,20}\b(fixed|repaired|sorted|solved|fixat|lagat|atgardat|klart|losat)\b/,
    true,
  ],
  // "and on what number? you have my old number i think", "vilket nummer ringer de på?": the number to use.
  [
    'which_number',
    /\b(what|which|vilket|vilken|vad for|vad har ni for)\s(phone |mobile |telefon|mobil)?(number|nummer|no\.?)\b|\b(my |mitt |the |det )?(old|gamla|outdated|wrong|fel|previous|tidigare)\s(phone |mobile |telefon|mobil)?(number|nummer)\b/,
    true,
  ],
];

/** Causes whose only fix is a technician on site (no step the customer or the desk can take first). */
const FIXED_ON_SITE: ReadonlySet<string> = new Set(
  [...PROCEDURES.values()]
    .filter((p) => p.steps.length === 0 && p.otherwise.kind === 'escalate' && p.otherwise.queue === 'field')
    .map((p) => p.cause),
);

/** A phone number written out: "which number?" is then told by the number, noted on the case. */
const PHONE_GIVEN = /\+?\d[\d -]{6,}\d/;

/** The questions about the case in `text`, in the order above (none for a new request or small talk). */
export function caseQuestions(text: string): CaseQuestion[] {
  const t = fold(text).replace(/\s+/g, ' ').trim();
  const asks = QUESTION.test(t) || t.split(/(?<=[.!?])\s+/).some((s) => QUESTION.test(s));
  const found = PATTERNS.filter(([, re, needsQuestion]) => (!needsQuestion || asks) && re.test(t))
    .map(([q]) => q)
    .filter((q) => q !== 'which_number' || !PHONE_GIVEN.test(t));
  // "When does it work once paid?" is not also a "how long" question of its own; "where do I send the
  // receipt?" asks how to show the payment, not to be told it is noted.
  const narrower: [CaseQuestion, CaseQuestion][] = [
    ['back_after_payment', 'how_long'],
    // "hur länge tar det innan det är lagat, dagar eller veckor?": the repair's time, not the team's answer.
    ['fixed_when', 'how_long'],
    // "what if they don't get back to me?" is what to do then, not when or how they answer.
    ['no_contact', 'how_long'],
    ['no_contact', 'notify_how'],
    ['no_contact', 'who_contacts'],
    // "can I just pay the old amount?" is the undisputed part paid meanwhile, not how to pay.
    ['pay_undisputed', 'pay_now'],
    ['pay_undisputed', 'pay_before_answer'],
    // "when will they call me?" is told by the team's time, which already says where they answer.
    ['how_long', 'notify_how'],
    // "can you text me instead?" is answered by the text-message answer, which says where news comes.
    ['notify_sms', 'notify_how'],
    // "och mejl då?": the e-mail answer says where news comes, and how.
    ['notify_email', 'notify_how'],
    // "får jag sms eller mejl?": the e-mail answer says that neither comes.
    ['notify_email', 'notify_sms'],
    // "do you switch it back on once you see i have paid?": when it opens, not a payment to note again.
    ['back_after_payment', 'paid_already'],
    ['send_receipt', 'paid_already'],
    // "jag har ju autogiro, den är betald": paid by direct debit — why it may not have gone through.
    ['auto_pay', 'paid_already'],
    // "kommer ni stänga av mitt internet?" is the connection cut off, not the box switched off.
    ['cut_off', 'restart_meanwhile'],
    // "would it help if I unplugged the telephone?" is the phone, not the router; "did the restarts break it?"
    // asks whether harm was done, not whether a restart helps.
    ['unplug_phone', 'restart_meanwhile'],
    ['restart_harm', 'restart_meanwhile'],
    // "is it ok to keep using it or will it break something?": using it breaks nothing — said by its own answer.
    ['keep_using', 'restart_harm'],
    ['keep_using', 'restart_meanwhile'],
    // "can I just pay the old amount?": paying the part not disputed, not a payment to take here.
    ['pay_before_answer', 'pay_now'],
    // "can we pay with Swish?": the way asked about answers it, not how to pay in general.
    ['pay_method', 'pay_now'],
  ];
  return found.filter((q) => !narrower.some(([n, broad]) => broad === q && found.includes(n)));
}

/**
 * The catalogue text answering `q` for this case, most specific first: for its cause, for its team,
 * in general — each for the conversation's `channel` first when it has a text of its own. Null when the catalogue has no answer (the question is noted for the team instead).
 */
export function caseAnswerKey(
  q: CaseQuestion,
  queue: string,
  cause: string | null,
  channel: string | null = null,
): MessageKey | null {
  // Without a fault found (no cause, or a request such as a person or a TV question), a text that
  // speaks of "this fault" would invent one.
  const fault = cause !== null && (FAULT_KINDS as readonly string[]).includes(cause);
  // "other_service_request.tv": the text for that service first, then for such questions in general.
  const general = cause?.includes('.') ? cause.slice(0, cause.indexOf('.')) : null;
  const candidates = [
    cause ? `case.${q}.${cause}` : null,
    general ? `case.${q}.${general}` : null,
    // "is a technician coming?" with a red LOS light, whoever has the case: a fault only fixed on site.
    cause && FIXED_ON_SITE.has(cause) ? `case.${q}.field_fix` : null,
    `case.${q}.${queue}`,
    fault ? null : `case.${q}.no_fault`,
    `case.${q}`,
  ];
  // "will I get an e-mail?" in an e-mail conversation: the text for that channel first (`<key>.email`).
  const withChannel = candidates.flatMap((k) => (k && channel ? [`${k}.${channel}`, k] : [k]));
  return withChannel.find((k): k is MessageKey => k !== null && hasMessage(k)) ?? null;
}
