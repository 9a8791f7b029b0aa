import { describe, expect, it } from 'vitest';
import type { AskKey } from '../domain/index.js';
import { classifyReply, saysNotCustomer, type ReplyAct } from './reply.js';

type Key = AskKey | null;
const answer: ReplyAct = { act: 'answer' };
const hedge: ReplyAct = { act: 'hedge' };
/** Trying or checking now (issue 14, s10 C): acknowledged, and the question waits. */
const wait: ReplyAct = { act: 'hedge', wait: true };
const refusal: ReplyAct = { act: 'refusal' };
const correction: ReplyAct = { act: 'correction' };
const newTopic: ReplyAct = { act: 'new_topic' };
const person: ReplyAct = { act: 'person' };
const thanks: ReplyAct = { act: 'thanks' };
const q = (topic: Extract<ReplyAct, { act: 'question' }>['topic']): ReplyAct => ({ act: 'question', topic });
const score = (n: number): ReplyAct => ({ act: 'score', score: n });

// [ask key, customer message, expected act]; the first block is the conversations of issue 14.
const cases: [Key, string, ReplyAct][] = [
  ['resolution.confirm', 'det vet jag ju inte än… hur vet jag att det är fixat?', q('how_know_fixed')],
  ['step.check_cables', 'vilken kabel? det sitter fem bakom tv:n', q('which_cable')],
  ['contact.availability', 'nej vänta, ingen tekniker', correction],
  ['consent.config_change', 'what is DNS?', q('what_dns')],
  ['identity.pin', 'why do you need my PIN?', q('why_pin')],
  ['consent.factory_reset', 'will I lose my settings?', q('lose_settings')],
  ['consent.reboot', 'will I lose my settings?', q('lose_settings')],
  ['consent.reboot', 'maybe', hedge],
  ['consent.factory_reset', 'I guess', hedge],
  ['consent.wifi_change', 'kanske', hedge],
  ['consent.firmware_update', 'vet inte', hedge],
  ['csat.score', 'ok fine, do it then', thanks],
  [null, 'ok fine, do it then', thanks],
  ['csat.score', 'ugh ok… just set a new one', newTopic],
  [null, 'ugh ok… just set a new one', newTopic],
  ['csat.score', '5', score(5)],
  ['csat.score', '4/5', score(4)],
  ['csat.score', 'fyra', score(4)],
  ['csat.score', '4 i guess', score(4)],
  ['csat.score', 'typ 3 antar jag', score(3)],
  [null, 'who do I talk to about cancelling?', newTopic],
  ['identity.pin', 'who do I talk to about cancelling?', newTopic],
  ['identity.customer_number', 'kan jag få prata med en människa', person],

  // identity.customer_number
  ['identity.customer_number', '200276, Sara Svensson', answer],
  ['identity.customer_number', 'fine. 200206.', answer],
  ['identity.customer_number', 'kundnr: 200 206', answer],
  ['identity.customer_number', "it's 200206!", answer],
  ['identity.customer_number', 'det är 100482', answer],
  ['identity.customer_number', '100482 — why do you need it though?', answer],
  ['identity.customer_number', 'var hittar jag mitt kundnummer?', q('where_customer_number')],
  ['identity.customer_number', 'where do I find my customer number?', q('where_customer_number')],
  ['identity.customer_number', 'vart hittar ja kundnumret??', q('where_customer_number')],
  ['identity.customer_number', 'varför behöver ni mitt kundnummer?', q('why_pin')],
  ['identity.customer_number', 'vet inte', hedge],
  ['identity.customer_number', "I don't know it", hedge],
  ['identity.customer_number', 'hittar det inte just nu', hedge],
  ['identity.customer_number', 'jag är inte kund hos er', refusal],
  ['identity.customer_number', "I'm not a customer yet, I want to order fibre", refusal],
  ['identity.customer_number', "no, I don't want to give that", refusal],
  ['identity.customer_number', 'I want to talk to a real person', person],
  // identity.pin
  ['identity.pin', '4711', answer],
  ['identity.pin', 'PIN-koden är 5557.', answer],
  ['identity.pin', 'pin: 4711!', answer],
  ['identity.pin', '4711 — why do you need it though?', answer],
  ['identity.pin', 'jag minns inte, kanske 1111?', answer],
  ['identity.pin', 'varför behöver ni min pinkod', q('why_pin')],
  ['identity.pin', 'why do u need my pin', q('why_pin')],
  ['identity.pin', 'vad är en PIN?', q('why_pin')],
  ['identity.pin', 'var hittar jag pinkoden?', q('where_customer_number')],
  ['identity.pin', 'minns inte', hedge],
  ['identity.pin', 'no idea tbh', hedge],
  ['identity.pin', 'nej, det vill jag inte ge ut', refusal],
  ['identity.pin', "I'd rather not share that", refusal],
  ['identity.pin', 'oops wrong customer number, wait', correction],
  ['identity.pin', 'sorry I meant 4712', answer],
  // lights
  ['lights.internet', 'den lyser rött', answer],
  ['lights.power', 'nej, inga lampor lyser', answer],
  ['lights.power', 'no lights at all', answer],
  ['lights.internet', 'blinkar orange typ', answer],
  ['lights.wifi', 'vilken lampa menar du?', q('which_light')],
  ['lights.internet', 'which light is that?', q('which_light')],
  ['lights.internet', 'where is the internet light?', q('which_light')],
  ['lights.power', 'vet inte, kan inte se den', hedge],
  ['lights.internet', 'not sure', hedge],
  ['lights.power', "I can't see the router from here", refusal],
  // scope, connection, restarted, location
  ['scope.devices', 'alla', answer],
  ['scope.devices', 'bara mobilen', answer],
  ['scope.devices', 'all of them', answer],
  ['scope.devices', 'hmm not sure', hedge],
  ['connection.type', 'wifi', answer],
  ['connection.type', 'med sladd', answer],
  ['connection.type', 'the pc is wired', answer],
  ['connection.type', 'vet ej', hedge],
  ['connection.type', 'what is the difference?', q('other')],
  ['device.restarted', 'ja', answer],
  ['device.restarted', 'nej', answer],
  ['device.restarted', 'no', answer],
  ['device.restarted', 'nope not yet', answer],
  ['device.restarted', 'yes twice', answer],
  ['device.restarted', 'har redan startat om den två gånger', answer],
  ['device.restarted', 'tror det', hedge],
  ['device.restarted', "I don't know, my husband might have", hedge],
  ['device.restarted', 'will I lose my settings if I do?', q('lose_settings')],
  ['wifi.location', 'på övervåningen', answer],
  ['wifi.location', 'right next to the router', answer],
  ['wifi.location', 'vet inte riktigt', hedge],
  // port forward and availability
  ['config.port_forward', '3074 to my xbox', answer],
  ['config.port_forward', 'port 25565 tcp till 192.168.1.50', answer],
  ['config.port_forward', 'vet inte vilken port', hedge],
  // The address alone, after the port was given: the answer, whatever triage makes of 'i appen'.
  ['config.port_forward', 'hittade den i appen, 192.168.1.23', answer],
  ['config.port_forward', 'found it in the app: 192.168.1.23', answer],
  ['config.port_forward', 'what port do I need?', q('other')],
  ['config.port_forward', 'nej förresten, strunta i det', correction],
  ['contact.availability', 'vardagar efter 17', answer],
  ['contact.availability', 'tomorrow morning works', answer],
  ['contact.availability', 'ring mig efter 17', answer],
  ['contact.availability', "no wait, I don't need a technician", correction],
  ['contact.availability', 'avboka teknikern', correction],
  ['contact.availability', 'nej', refusal],
  ['contact.availability', 'vad kostar det?', q('cost')],
  ['contact.availability', 'does it cost anything?', q('cost')],
  ['contact.availability', 'när kan teknikern komma?', q('technician_when')],
  ['contact.availability', 'how long until the technician comes?', q('technician_when')],
  ['contact.availability', 'vet inte än', hedge],
  // consent
  ['consent.reboot', 'ja', answer],
  ['consent.reboot', 'ok', answer],
  ['consent.reboot', 'sure go ahead', answer],
  ['consent.reboot', 'ja kör', answer],
  ['consent.reboot', 'nej förresten kör', answer],
  // rp23a: "why not" opening a question is no consent ("why not just tell me the old one??").
  [
    'consent.wifi_change',
    'wait why not just tell me the old one?? dont wanna redo the tv and the printer',
    q('current_password'),
  ],
  ['consent.wifi_change', 'varför inte bara säga det gamla?', q('current_password')],
  ['consent.wifi_change', 'why not', answer],
  ['consent.wifi_change', 'sure why not', answer],
  [
    'consent.reboot',
    'ja men vänta, barnen gör läxor på nätet… nej förresten kör, de klarar sig 5 min',
    answer,
  ],
  ['consent.reboot', 'japp gör det', answer],
  ['consent.reboot', 'yes please, how long does it take?', { act: 'answer', topic: 'how_long' }],
  ['consent.reboot', 'hur lång tid tar det?', q('how_long')],
  ['consent.reboot', 'how long will it be down?', q('how_long')],
  ['consent.reboot', 'is it safe?', q('is_it_safe')],
  ['consent.reboot', 'är det farligt?', q('is_it_safe')],
  ['consent.factory_reset', 'ja men försvinner mina inställningar?', q('lose_settings')],
  ['consent.factory_reset', 'förlorar jag mina inställningar??', q('lose_settings')],
  ['consent.factory_reset', 'will it wipe my port forwards?', q('lose_settings')],
  ['consent.factory_reset', 'no', refusal],
  ['consent.factory_reset', 'nej', refusal],
  ['consent.factory_reset', 'nej vänta', refusal],
  ['consent.factory_reset', 'no thanks', refusal],
  ['consent.factory_reset', "no, I don't want that", refusal],
  ['consent.factory_reset', 'helst inte', refusal],
  ['consent.reboot', 'I guess so', answer],
  ['consent.reboot', 'ok i guess', answer],
  ['consent.reboot', 'not sure', hedge],
  ['consent.reboot', "I don't know", hedge],
  ['consent.reboot', 'tror det', answer],
  ['consent.wifi_change', 'perhaps', hedge],
  ['consent.wifi_change', 'kanske det', hedge],
  ['consent.wifi_change', 'osäker', hedge],
  ['consent.firmware_update', 'vad kostar det?', q('cost')],
  ['consent.firmware_update', 'what happens next?', q('what_happens_next')],
  ['consent.config_change', 'vad är DNS?', q('what_dns')],
  ['consent.config_change', 'vad e dns för nåt', q('what_dns')],
  ['consent.wifi_change', 'what is a wifi channel?', q('what_wifi_channel')],
  ['consent.wifi_change', 'vad betyder kanal?', q('what_wifi_channel')],
  ['consent.reboot', 'kan jag få prata med en människa istället', person],
  ['consent.reboot', 'get me a human', person],
  // steps
  ['step.power_on', 'done', answer],
  ['step.power_on', 'klart', answer],
  ['step.power_on', 'klar!', answer],
  ['step.power_cycle', 'ok gjort', answer],
  ['step.check_cables', 'Done, I plugged it back in', answer],
  ['step.check_cables', 'which cable?', q('which_cable')],
  ['step.check_cables', 'vilken sladd menar du', q('which_cable')],
  ['step.move_closer', "I can't", refusal],
  ['step.move_closer', 'det kan jag inte', refusal],
  ['step.wired_test', "I don't have a cable", refusal],
  ['step.wired_test', 'jag har ingen kabel', refusal],
  ['step.power_on', 'nej', refusal],
  ['step.power_on', 'vänta lite', wait],
  ['step.power_on', 'hold on a sec', wait],
  ['step.power_cycle', 'how long should I wait?', q('how_long')],
  ['step.power_cycle', 'will I lose anything?', q('other')],
  ['step.rejoin_wifi', 'hur gör jag det?', q('other')],
  // resolution.confirm
  ['resolution.confirm', 'ja', answer],
  ['resolution.confirm', 'yes it works now', answer],
  ['resolution.confirm', 'nej', answer],
  ['resolution.confirm', 'nope still nothing', answer],
  ['resolution.confirm', 'funkar fortfarande inte', answer],
  ['resolution.confirm', 'nu funkar det!', answer],
  ['resolution.confirm', 'how do I know if it works?', q('how_know_fixed')],
  ['resolution.confirm', 'hur ser jag om det funkar?', q('how_know_fixed')],
  ['resolution.confirm', 'vet inte än', hedge],
  ['resolution.confirm', 'not sure yet', hedge],
  ['resolution.confirm', 'I think so', hedge],
  ['resolution.confirm', 'vad händer nu?', q('what_happens_next')],
  ['resolution.confirm', 'can I get a refund for the days without internet?', q('compensation')],
  ['resolution.confirm', 'får jag ersättning för dagarna utan internet?', q('compensation')],
  // after a close / the satisfaction question
  ['csat.score', '3', score(3)],
  ['csat.score', '5!', score(5)],
  ['csat.score', '5 av 5', score(5)],
  ['csat.score', 'jag ger er en fyra', score(4)],
  ['csat.score', 'two', score(2)],
  ['csat.score', '⭐⭐⭐⭐', score(4)],
  ['csat.score', 'utmärkt', score(5)],
  ['csat.score', '4 tack för hjälpen', score(4)],
  ['csat.score', '4:a', score(4)],
  ['csat.score', 'en stark fyra', score(4)],
  ['csat.score', 'fyra av fem', score(4)],
  ['csat.score', 'four out of five', score(4)],
  ['csat.score', '4 but the wait was long', score(4)],
  ['csat.score', '2, ni borde ha fixat det direkt', score(2)],
  ['csat.score', 'Hej!\n\n4\n\nMvh Karin', score(4)],
  ['csat.score', '3.5', thanks],
  ['csat.score', '4-5', thanks],
  ['csat.score', '5 minutes ago it broke again', newTopic],
  ['csat.score', '3 days without internet, can I get compensation?', q('compensation')],
  ['csat.score', 'tack!', thanks],
  ['csat.score', 'thanks, bye', thanks],
  ['csat.score', 'ok', thanks],
  ['csat.score', 'great thanks', thanks],
  ['csat.score', 'nej tack', refusal],
  ['csat.score', 'can I get money back for the days without internet?', q('compensation')],
  ['csat.score', 'how long until the technician comes?', q('technician_when')],
  ['csat.score', 'I have a 4G router too, can you help with that one?', newTopic],
  ['csat.score', 'mitt wifi-lösenord har jag också glömt', newTopic],
  ['csat.score', 'ring mig istället', person],
  ['csat.score', 'my speed is 250 mbit but I pay for 1000', newTopic],
  [null, 'tack så mycket!', thanks],
  [null, 'Thanks, have a nice day', thanks],
  [null, '👍', thanks],
  [null, 'hur säger jag upp mitt abonnemang?', newTopic],
  [null, 'och min faktura är fel också', newTopic],
  [null, 'what happens now?', q('what_happens_next')],
  [null, 'when will the technician come?', q('technician_when')],
  [null, 'kan jag få kompensation?', q('compensation')],
  [null, 'hello? anyone there? I want to speak to a person', person],
  // replies from the repository's scenarios that were misread before
  ['step.check_cables', "I can't tell which one you mean", q('which_cable')],
  ['step.check_cables', 'ska jag dra ut alla?', q('which_cable')],
  // Where the power button is (a2dd193: the power step answers the button question and asks the step again).
  ['step.power_on', 'Hur sätter jag på den? Jag ser ingen knapp.', q('which_button')],
  ['step.wired_test', "I don't have a cable long enough.. ok found one", hedge],
  ['identity.pin', 'har ingen pinkod', refusal],
  ['identity.pin', "don't have one", refusal],
  ['identity.customer_number', 'sa ju att jag inte är kund', refusal],
  ['identity.customer_number', 'var hittar jag det?', q('where_customer_number')],
  ['identity.pin', '7750.. no wait sorry, 6513', answer],
  ['identity.customer_number', 'nej vänta, fel nummer. det är 201300', answer],
  ['lights.power', 'vilken är det?', q('which_light')],
  ['contact.availability', 'när kan de komma då?', q('technician_when')],
  ['contact.availability', 'how soon can someone come out?', q('technician_when')],
  ['contact.availability', 'Mornings. No wait, afternoons are better, after 2pm any weekday.', answer],
  ['consent.reboot', 'will my devices disconnect?', q('devices_drop')],
  // Whether the devices drop off (the same answer at this permission as what_happens_next gave).
  ['consent.wifi_change', 'maybe? will it kick everyone off', q('devices_drop')],
  [null, 'Okej, tack för infon.', thanks],
  [null, 'Tack, nu funkar allt!', thanks],
  ['csat.score', 'thanks a lot', thanks],
  [null, 'och när hör ni av er då?', q('what_happens_next')],
  [null, 'Will you take this off my next bill?', q('compensation')],
  [null, 'Will I be charged for the technician visit?', q('cost')],
  [null, 'kan man få snabbare internet förresten? vad kostar 1000 mbit?', newTopic],
  // more consent, confirmation and step phrasings
  ['consent.reboot', '👍', answer],
  ['consent.reboot', 'nä.', refusal],
  ['consent.reboot', 'inte nu', refusal],
  ['consent.reboot', 'not now', refusal],
  ['consent.reboot', 'later', refusal],
  ['consent.reboot', 'vänta med det', refusal],
  ['consent.reboot', "don't do that", refusal],
  ['consent.reboot', 'gör inte det', refusal],
  ['consent.reboot', 'hold off for now', refusal],
  ['consent.reboot', 'can you do it tonight instead?', q('other')],
  ['consent.reboot', 'ja men vänta 5 min, jag är i ett möte', hedge],
  ['consent.reboot', 'vänta lite', hedge],
  ['resolution.confirm', 'nä', answer],
  ['resolution.confirm', 'seems like it', answer],
  ['resolution.confirm', 'hmm not really', answer],
  ['device.restarted', 'I think so', hedge],
  ['step.power_on', 'den är på nu', answer],
  ['step.power_on', "it's on now", answer],
  ['step.check_cables', 'kablarna sitter som de ska', answer],
  ['step.move_closer', 'jag sitter redan bredvid routern', answer],
  ['step.wired_test', "I don't own a laptop", refusal],
  ['step.power_on', 'jag är inte hemma just nu', hedge],
  ['step.power_on', "I'm at work, can do it tonight", hedge],
  // "Is the power light lit?" is a yes/no question
  ['lights.power', 'ja', answer],
  ['lights.power', 'nej', answer],
  ['lights.internet', 'nothing', answer],
  ['lights.power', 'nej vänta', correction],
  ['lights.power', 'vänta, jag kollar', hedge],
  ['identity.pin', 'wait, 4711', answer],
  ['identity.pin', 'vänta jag letar', hedge],
  ['contact.availability', 'nej vänta, onsdag är bättre', answer],
  ['lights.internet', 'röd, förlåt jag menar orange', answer],
  // SMS style and typos
  ['identity.pin', 'varfö behöver ni min pin', q('why_pin')],
  ['consent.factory_reset', 'wil i loose my setings?', q('lose_settings')],
  ['consent.factory_reset', 'will i loose all my stuff', q('lose_settings')],
  ['consent.config_change', 'whats dns', q('what_dns')],
  ['step.check_cables', 'vilken kabell', q('which_cable')],
  ['consent.config_change', 'va e dns', q('what_dns')],
  ['consent.factory_reset', 'blir ja av med inställningarna?', q('lose_settings')],
  ['consent.reboot', 'e de farligt', q('is_it_safe')],
  ['identity.customer_number', 'var står kundnumret', q('where_customer_number')],
  ['identity.customer_number', 'vart hittar jag det', q('where_customer_number')],
  ['contact.availability', 'när kmr teknikern', q('technician_when')],
  ['step.power_on', 'kan inte, är på jobbet', refusal],
  ['consent.config_change', 'wat is dns', q('what_dns')],
  ['identity.pin', 'y do u need my pin', q('why_pin')],
  ['consent.reboot', 'howlong does it take?', q('how_long')],
  ['identity.customer_number', 'whre do i find my cust no', q('where_customer_number')],
  ['step.check_cables', 'wich cable', q('which_cable')],
  ['consent.factory_reset', 'ok but will it delete my settings', q('lose_settings')],
  // A yes that runs on into a question is no consent yet, whatever it asks (rp13a #1).
  ['consent.reboot', 'sure but how long', q('how_long')],
  ['csat.score', '5/5 would recommend', score(5)],
  [null, 'can i get a discount for this?', q('compensation')],
  ['consent.reboot', 'yh', answer],
  // A leading no stands, whatever it objects to (v2-rp13a-port-forward-en-1 asked three times).
  ['consent.wifi_change', 'NO. i said twice nobody hacked me. stop', { act: 'refusal' }],
  ['consent.reboot', 'okk', answer],
  ['consent.reboot', 'why not', answer],
  ['consent.reboot', 'varför inte', answer],
  ['consent.reboot', 'om ni måste', answer],
  ['consent.reboot', 'nah mate', refusal],
  ['consent.reboot', 'NEJ!!', refusal],
  ['consent.factory_reset', 'absolutely not', refusal],
  ['consent.factory_reset', 'Absolut inte!', refusal],
  // Whether the change must be done at all: its own topic (must_i), answered for the permission.
  ['consent.factory_reset', 'är det nödvändigt?', q('must_i')],
  ['consent.reboot', 'idk', hedge],
  ['resolution.confirm', 'funkar!!', answer],
  ['resolution.confirm', 'yesss', answer],
  ['resolution.confirm', 'lite bättre men inte bra', answer],
  ['resolution.confirm', 'ska testa, vänta', wait],
  ['resolution.confirm', 'one sec ill check', wait],
  ['step.power_cycle', "it's rebooting now", answer],
  ['step.check_cables', 'I want a human', person],
  ['step.check_cables', 'jag vill ha en människa', person],
  // Asked at a step, the case's check of the area answers it (no outage, or the one found) and the step stays.
  ['step.check_cables', 'is there an outage?', q('is_outage')],
  ['step.check_cables', 'I tried that too', answer],
  ['identity.customer_number', 'står det på fakturan?', q('where_customer_number')],
  ['identity.customer_number', 'is it on the invoice?', q('where_customer_number')],
  ['identity.customer_number', 'Sara Svensson, Storgatan 4', answer],
  ['identity.customer_number', 'my address is Storgatan 4', answer],
  ['identity.customer_number', 'jag vill säga upp mitt abonnemang', newTopic],
  ['identity.pin', 'jag har glömt den', hedge],
  ['identity.pin', 'I forgot it', hedge],
  ['identity.pin', 'vilken pinkod? den till mobilen?', q('where_customer_number')],
  ['step.move_closer', 'den sitter fast i väggen', refusal],
  ['step.wired_test', "my laptop doesn't have an ethernet port", refusal],
  ['step.check_cables', 'the fibre cable looks bent, is that bad?', q('is_it_safe')],
  ['step.check_cables', 'alla sitter i ordentligt', answer],
  ['device.restarted', 'nej, ska jag?', answer],
  ['resolution.confirm', 'hmm it loads slowly but works', answer],
  // played scenarios (bench/scenarios/v2-played-*)
  ['clarify.intent', 'both? internet first pls', answer],
  ['consent.reboot', 'I literally just said I restarted it twice', hedge],
  ['consent.reboot', "fine, do it, but it won't help", answer],
  ['consent.reboot', "no, I won't", refusal],
  ['step.power_on', "I told you the internet works, it's the TV box", correction],
  ['resolution.confirm', 'fine whatever, can you at least tell me what to do', q('what_happens_next')],
  ['resolution.confirm', 'jag är inte hemma, får kolla med honom', hedge],
  ['resolution.confirm', 'han säger att det funkar nu', answer],
  ['contact.availability', 'vet inte riktigt, jobbar skift. kan de ringa innan?', hedge],
  [null, 'och vad händer om jag inte svarar när de ringer?', q('what_happens_next')],
  [null, "huh ok it works. why did yours work and mine didn't?", q('other')],
  [null, 'I have a 4G router too, can you help with that one?', newTopic],
  ['csat.score', "thanks! also what's the wifi password again? the sticker fell off", newTopic],
  // role-play scenarios: a deferral or a soft cannot is not a clear cannot; a re-test request takes a booking back
  ['step.power_on', "i'm at work right now, i can check tonight", hedge],
  [
    'step.move_closer',
    'the router is in the hallway by the fibre box, bedroom is like 2 walls away. i cant really move it',
    hedge,
  ],
  [
    'contact.availability',
    'no wait, dont send a technician. its probably just the plug, the cleaner was there today',
    correction,
  ],
  ['contact.availability', 'the modem lights just came on now, can you check again?', correction],
  ['contact.availability', 'please test my line again before you book anyone', correction],
  [
    'consent.wifi_change',
    'cant you just tell me the current one? i dont want to reconnect the tv and everything',
    q('current_password'),
  ],
  ['consent.wifi_change', 'ok fine change it then', answer],
  // the new Wi-Fi name
  ['config.wifi_name' as AskKey, 'Villa Kulla', answer],
  ['config.wifi_name' as AskKey, 'call it Villa Kulla please', answer],
  ['config.wifi_name' as AskKey, "det ska heta 'Lindgrens'", answer],
  ['config.wifi_name' as AskKey, 'hmm kanske Ankeborg', answer],
  ['config.wifi_name' as AskKey, 'vet inte, vad brukar folk ha?', hedge],
  ['config.wifi_name' as AskKey, 'whatever you like', hedge],
  ['config.wifi_name' as AskKey, 'får det ha mellanslag?', q('wifi_name_rules')],
  ['config.wifi_name' as AskKey, 'keep the old name actually', refusal],
  ['config.wifi_name' as AskKey, 'nej förresten, behåll det gamla', refusal],
  // a different request mid-ask
  ['step.check_cables', 'by the way, my invoice is wrong too', newTopic],
  ['lights.internet', 'hur säger jag upp mitt abonnemang?', newTopic],
  ['consent.reboot', 'jag vill byta lösenord på mitt wifi också', newTopic],
];

describe('classifyReply', () => {
  it('has a large table in both languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });

  it.each(cases)('%s: %j', (askKey, text, expected) => {
    expect(classifyReply(askKey, text)).toEqual(expected);
  });

  it('works without diacritics and in SMS style', () => {
    expect(classifyReply('resolution.confirm', 'det vet ja ju inte an.. hur vet ja att det e fixat')).toEqual(
      q('how_know_fixed'),
    );
    expect(classifyReply('contact.availability', 'nej vanta ingen tekniker')).toEqual(correction);
    expect(classifyReply('consent.factory_reset', 'forlorar jag installningarna')).toEqual(
      q('lose_settings'),
    );
  });

  it('calls a known problem of the case an answer, a different one a new topic', () => {
    expect(
      classifyReply('step.check_cables', 'internet funkar fortfarande inte alls', undefined, {
        intent: 'no_connection',
      }),
    ).toEqual(answer);
    expect(
      classifyReply('step.check_cables', 'jag vill också säga upp mitt abonnemang', undefined, {
        intent: 'no_connection',
      }),
    ).toEqual(newTopic);
    expect(
      classifyReply('step.power_cycle', 'mitt wifi-lösenord funkar inte heller', undefined, {
        intent: 'no_connection',
      }),
    ).toEqual(newTopic);
    expect(
      classifyReply('step.power_cycle', 'internet funkar inte heller', undefined, {
        intent: 'no_connection',
      }),
    ).toEqual(answer);
    expect(
      classifyReply('consent.reboot', 'hur byter jag lösenord på wifit?', undefined, {
        intent: 'no_connection',
      }),
    ).toEqual(newTopic);
    expect(
      classifyReply('consent.reboot', 'är det nödvändigt?', undefined, { intent: 'no_connection' }),
    ).toEqual(q('must_i'));
  });

  it.each([
    ['consent.reboot', 'Hej,\n\nJa, kör på.\n\nMvh\nKarin Lind\n070-123 45 67', answer],
    ['identity.pin', 'Hi,\n\nWhy do you need my PIN?\n\nRegards,\nTom\nSent from my iPhone', q('why_pin')],
    [
      'identity.customer_number',
      'Hej!\n\nKundnummer: 200 276\n\nVänliga hälsningar\nSara Svensson\nStorgatan 4\n172 66 Sundbyberg',
      answer,
    ],
    ['resolution.confirm', 'Hej\n\nNej tyvärr, fortfarande ingen internet.\n\n/Gustav', answer],
    ['csat.score', 'Hi,\n\nI would give you a 4.\n\nBest regards,\nEmma', score(4)],
    [
      null,
      'Hi again,\n\nThanks for fixing it! One more thing: my invoice this month looks too high, can you check?\n\nCheers\nDave',
      newTopic,
    ],
  ] as [Key, string, ReplyAct][])(
    'reads an e-mail reply by its own text: %s %j',
    (askKey, text, expected) => {
      expect(classifyReply(askKey, text)).toEqual(expected);
    },
  );

  it('survives empty and odd input', () => {
    expect(classifyReply('consent.reboot', '')).toEqual(answer);
    expect(classifyReply(null, '')).toEqual(thanks);
    expect(classifyReply('identity.pin', 'x'.repeat(100_000)).act).toBeTypeOf('string');
  });

  it('recognises someone who is not a customer', () => {
    expect(saysNotCustomer('jag är inte kund, vill beställa fiber')).toBe(true);
    expect(saysNotCustomer("I'm not a customer yet")).toBe(true);
    expect(saysNotCustomer('jag är kund sedan länge')).toBe(false);
    // A customer who is moving is an account change, not a newcomer.
    expect(saysNotCustomer("Internet's out. Also I'm moving in March, can I bring the router?")).toBe(false);
    expect(saysNotCustomer('vi flyttar in i en ny lägenhet i mars, kan vi ta med bredbandet?')).toBe(false);
  });
});
