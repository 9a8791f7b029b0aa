// Svensk meddelandekatalog: en nyckel per meddelande, {namn} ersätts med parametrar.
import { afterSv } from './after-sv.js';
import { answeredSv } from './answered-sv.js';
import { askedSv } from './asked-sv.js';
import { caseSv } from './case-sv.js';
import { deskLimitsSv } from './desk-limits-sv.js';
import { checksSv } from './checks-sv.js';
import { gamingSv } from './gaming-sv.js';
import { incaseSv } from './incase-sv.js';
import { problemQuestionsSv } from './problem-questions-sv.js';
import { fitsSv } from './fits-sv.js';
import { keptSv } from './kept-sv.js';
import { safetySv } from './safety-sv.js';
import { normalSv } from './normal-sv.js';
import { otherCheckSv } from './other-check-sv.js';
import { midcaseSv } from './midcase-sv.js';
import { outcomeSv } from './outcome-sv.js';
import { readingsSv } from './readings-sv.js';
import { repairSv } from './repair-sv.js';
import { howLongSv } from './how-long-sv.js';
import { fiveGhzSv } from './five-ghz-sv.js';
import { renameUndoSv } from './rename-undo-sv.js';
import { renameConsentSv } from './rename-consent-sv.js';
import { wifiKeySv } from './wifi-key-sv.js';
import { visitsSv } from './visits-sv.js';
import { fieldAfterSv } from './field-after-sv.js';
import { kindsSv } from './kinds-sv.js';
import { besideSv } from './beside-sv.js';
import { earlySv } from './early-sv.js';
import { meansSv } from './means-sv.js';
import { techSv } from './tech-sv.js';
import { otherAskedSv } from './other-asked-sv.js';
import { fixedSv } from './fixed-sv.js';
import { confirmKindsSv } from './confirm-kinds-sv.js';
import { stepQuestionsSv } from './step-questions-sv.js';
import { cableEndsSv } from './cable-ends-sv.js';
import { faultFactsSv } from './fault-facts-sv.js';
import { salesAskedSv } from './sales-asked-sv.js';
import type { MessageKey } from './index.js';

export const sv: Record<MessageKey, string> = {
  greeting:
    'Hej! Jag är Frontline, din internetleverantörs automatiska supporttekniker. Berätta vad som krånglar så kontrollerar jag din anslutning direkt.',
  'greeting.email':
    'Hej, och tack för ditt mejl. Jag är Frontline, den automatiska supporttekniker som svarar på mejl till den här supporten.',
  'greeting.portal':
    'Hej {name}! Jag är Frontline, din internetleverantörs automatiska supporttekniker. Vad kan jag hjälpa dig med?',
  'language.switched': 'Självklart – vi fortsätter på svenska.',
  'recovery.resend':
    'Förlåt – något gick fel hos oss och jag fick inte med ditt senaste meddelande. Kan du skicka det igen?',
  'smalltalk.other':
    'Jag hjälper gärna till! Berätta vad som inte fungerar – till exempel inget internet, låg hastighet eller problem med wifi.',
  'ack.angry':
    'Jag är ledsen att det här har ställt till så mycket för dig. Jag prioriterar ditt ärende och gör mitt bästa för att lösa det nu.',
  'ack.frustrated': 'Jag förstår att det är frustrerande – vi ska få ordning på det.',
  'ack.topic': 'Absolut, då tittar jag på det i stället.',

  'ask.identity.customer_number':
    'Först behöver jag hitta ditt abonnemang. Vilket är ditt kundnummer? Det står på din faktura (5–8 siffror).',
  'identity.not_understood':
    'Jag hittade inget kundnummer i det. Det består av 5–8 siffror och står på fakturan.',
  'identity.address_lookup':
    'Med bara adressen kan jag inte hitta ditt abonnemang. Ett känt fel i ett område kan jag kolla, och jag ser inget just nu för platsen du nämner.',
  'ask.identity.customer_number.not_found':
    'Jag hittar inget abonnemang med kundnummer {number}. Kan du kontrollera numret? Det står på din faktura och i välkomstbrevet (5–8 siffror).',
  'ask.identity.pin': 'Tack. För att skydda ditt konto behöver jag din fyrsiffriga PIN-kod.',
  'identity.wrong_pin': 'PIN-koden stämmer inte. Du har {left} försök kvar.',
  'identity.locked':
    'Den PIN-koden stämde inte heller, så jag har spärrat verifieringen en stund för att skydda ditt konto. Jag kan fortfarande kontrollera din linje, men jag kan inte ändra något.',
  'identity.no_pin':
    'Inga problem. Utan PIN-kod kan jag kontrollera din anslutning, men jag kan inte ändra några inställningar.',
  'identity.verified': 'Tack {name}, nu är du verifierad.',
  'identity.verified.given': 'Ja, det stämmer – tack {name}, nu är du verifierad.',
  'identity.verified.more': 'Nej, det är allt jag behöver – tack {name}, nu är du verifierad.',
  'identity.verified.anon': 'Tack, nu är du verifierad för {holder}s abonnemang.',
  'identity.verified.given.anon': 'Ja, det stämmer – tack, nu är du verifierad för {holder}s abonnemang.',
  'identity.verified.more.anon':
    'Nej, det är allt jag behöver – tack, nu är du verifierad för {holder}s abonnemang.',
  'identity.verified.writer': 'Tack {name}, nu är du verifierad för {holder}s abonnemang.',
  'identity.verified.given.writer':
    'Ja, det stämmer – tack {name}, nu är du verifierad för {holder}s abonnemang.',
  'identity.verified.more.writer':
    'Nej, det är allt jag behöver – tack {name}, nu är du verifierad för {holder}s abonnemang.',
  'identity.writer_noted':
    'Förlåt, {name} – tack för att du säger det. Jag har noterat i ärendet att du skriver för kontoinnehavaren och att det är dig vi ska kontakta.',
  'identity.writer_noted.anon':
    'Förlåt – tack för att du säger det. Jag har noterat i ärendet att du skriver för kontoinnehavaren och att det är dig vi ska kontakta.',
  'identity.number.given': 'Ja, det är rätt nummer – jag har hittat ditt abonnemang.',
  'identity.number.more': 'Bara din PIN-kod, sedan har jag allt jag behöver.',
  'identity.unidentified':
    'Jag kan inte identifiera ditt abonnemang, så jag lämnar över dig till en kollega som kan hjälpa dig vidare.',
  'refused.not_holder':
    'Tack för att du säger det. Jag kan bara testa eller ändra en anslutning tillsammans med den som har abonnemanget, så den linjen tittar jag inte på här. Be kontoinnehavaren skriva eller ringa till oss med kundnummer och PIN-kod, så kollar vi direkt. Under tiden kan hen stänga av routern, vänta 30 sekunder och slå på den igen – det hjälper ofta.',
  'refused.not_holder.restart':
    'Ja – det kan vem som helst som är hemma göra: dra ur routerns strömsladd, vänta 30 sekunder och sätt i den igen. Det hjälper ofta. Mer än så kan jag bara titta på tillsammans med kontoinnehavaren, så be hen skriva eller ringa till oss med kundnummer och PIN-kod.',
  'refused.not_holder.again':
    'Den linjen kan jag bara titta på eller ändra tillsammans med kontoinnehavaren, så jag kan inte berätta något om den här. Be kontoinnehavaren skriva eller ringa till oss med kundnummer och PIN-kod, så kollar vi direkt.',
  'refused.unidentified':
    'Av säkerhetsskäl kan jag bara ändra ett abonnemang åt den verifierade innehavaren, så det kan jag inte göra här. Kundnumret står på din faktura och PIN-koden i ditt välkomstbrev: skriv till mig igen när du har dem, eller så kan kontoinnehavaren ringa oss så hjälper vi till.',

  testing: 'Jag testar din linje och router nu – det tar ungefär {seconds} sekunder.',
  looking: 'Ett ögonblick – jag tittar på ditt abonnemang och din router, det tar några sekunder.',
  verifying: 'Jag kontrollerar att det fungerade …',
  'verified.ok': 'Mina tester ser bra ut nu från vårt håll.',
  'verified.still': 'Det tog inte bort felet, jag ser det fortfarande härifrån.',
  'action.failed': 'Jag kunde inte genomföra ändringen i din router.',
  'refused.unverified':
    'Av säkerhetsskäl kan jag bara göra ändringar åt en verifierad kontoinnehavare, så det kan jag inte göra här. PIN-koden står i ditt välkomstbrev: skriv till mig igen när du har den, eller ring oss så hjälper vi dig.',
  'consent.declined': 'Jag förstår, jag ändrar ingenting.',
  'consent.declined.this_one': 'Okej – det låter jag vara som det är.',
  'confirm.not_fixed': 'Tråkigt att det fortfarande inte fungerar. Jag tittar en gång till.',
  'offer.declined': 'Okej, jag låter den inställningen vara.',

  'cause.cpe_powered_off':
    'Din router svarar inte alls och vårt nät ser ingen utrustning på din linje – den verkar vara avstängd.',
  'cause.cable_unplugged':
    'Din linje fungerar ända fram till din bostad, men routern är inte ansluten till den – oftast en lös eller urdragen kabel.',
  'cause.fiber_los':
    'Vår utrustning ser inget ljus från din fiberanslutning. Det är ett fysiskt fel som en tekniker behöver åtgärda.',
  'cause.optical_power_low':
    'Fibersignalen som når din bostad är för svag, och det ger avbrotten. En tekniker behöver titta på fibern.',
  'cause.dsl_low_snr':
    'Din telefonlinje har mycket störningar, vilket gör anslutningen långsam eller instabil. Ofta är det ett filter (splitter) eller en kabel hemma som ställer till det.',
  'cause.docsis_power_out_of_range':
    'Signalnivån i ditt kabel-tv-uttag ligger utanför vad modemet klarar. En tekniker behöver justera den.',
  'cause.ppp_auth_failure':
    'Din routers inloggning mot vårt nät nekas – de sparade inloggningsuppgifterna stämmer inte med våra.',
  'cause.dns_misconfigured':
    'Din router använder fel ”adressbok” för internet (DNS), så vissa namn går inte att slå upp.',
  'cause.cpe_hung': 'Din router svarar oss men har slutat skicka trafik – den har hängt sig.',
  'cause.firmware_bug_drops':
    'Din router kör en programvaruversion med ett känt fel som gör att anslutningen tappas.',
  'cause.wifi_channel_congestion':
    'Ditt wifi delar kanal med många grannätverk, så det blir trångt, särskilt på kvällarna.',
  'cause.wifi_weak_signal': 'Din enhet får en svag wifi-signal från routern.',
  'cause.wifi_radio_disabled': 'Wifi är avstängt i din router.',
  'cause.speed_wifi_limited':
    'Din anslutning levererar full hastighet till routern; det är på wifi som det går långsammare.',
  'cause.speed_line_degraded':
    'Hastigheten till din router är långt under ditt abonnemang trots att linjen ser frisk ut. Det behöver våra andralinjetekniker titta på.',
  'cause.area_outage': 'Det finns ett känt fel i vårt nät i ditt område.',
  'cause.billing_suspended':
    'Ditt abonnemang är pausat på grund av en obetald faktura – därför fungerar inte anslutningen.',
  'cause.portal_account_locked': 'Ditt konto på {portal} är låst efter för många inloggningsförsök.',
  'cause.default_admin_password':
    'Din routers administratörslösenord är fortfarande fabrikslösenordet, vilket är en säkerhetsrisk.',
  'cause.admin_password_not_default':
    'Jag har kontrollerat: din routers administratörslösenord är inte längre fabrikslösenordet – det har bytts. Jag kan ändå sätta ett nytt, säkert lösenord åt dig.',
  'cause.hardware_failure': 'Din router rapporterar ett hårdvarufel.',
  'cause.wifi_password_forgotten': 'Jag kan sätta ett nytt wifi-lösenord i din router åt dig.',
  'cause.wifi_freeloader':
    'Enskilda enheter kan jag inte blockera härifrån, men ett nytt wifi-lösenord gör det: alla enheter som inte kan det nya lösenordet kastas ut.',
  'cause.portal_password_reset': 'Jag kan ge dig ett tillfälligt lösenord till {portal}.',
  'cause.reboot_request': 'Jag kan starta om din router på distans.',
  'cause.factory_reset_request':
    'En fabriksåterställning raderar alla dina inställningar, så vi provar en omstart först.',
  'cause.port_forward_request': 'Jag kan lägga upp en portvidarebefordran i din router.',
  'cause.beyond_tier1_request': 'Den ändringen behöver en av våra andralinjetekniker göra.',
  'cause.nothing_found': 'Jag ser inget fel på din linje eller router just nu.',
  'cause.nothing_found_speed': 'Din linje och router når ditt abonnemangs hastighet i mina tester.',

  'acting.cpe_reboot': 'Jag startar om din router nu. Det tar en minut eller två innan den är tillbaka.',
  'acting.cpe_factory_reset':
    'Jag återställer din router till fabriksinställningar och lägger tillbaka dina internetinställningar.',
  'acting.cpe_firmware_upgrade':
    'Jag uppdaterar routerns programvara. Den startar om av sig själv när den är klar – dra inte ur sladden.',
  'acting.wifi_password_change': 'Jag sätter ett nytt wifi-lösenord.',
  'acting.wifi_ssid_change': 'Jag byter namn på ditt wifi.',
  'acting.wifi_channel_change': 'Jag flyttar ditt wifi till en lugnare kanal.',
  'acting.wifi_radio_enable': 'Jag slår på ditt wifi.',
  'acting.dns_reset': 'Jag återställer routerns DNS-inställningar till våra.',
  'acting.pppoe_credentials_resync': 'Jag skickar rätt inloggningsuppgifter till din router.',
  'acting.admin_password_change': 'Jag sätter ett nytt administratörslösenord i din router.',
  'acting.port_forward_add': 'Jag lägger till portvidarebefordran.',
  'acting.account_unlock': 'Jag låser upp ditt konto på {portal}.',
  'acting.account_password_reset': 'Jag skapar ett tillfälligt lösenord till {portal}.',

  'done.cpe_reboot': 'Din router har startat om.',
  'done.cpe_factory_reset': 'Routern är återställd och dina internetinställningar är tillbaka.',
  'done.cpe_firmware_upgrade': 'Programuppdateringen är installerad.',
  'done.wifi_password_change':
    'Klart! Ditt nya wifi-lösenord är: {secret}\nAnslut dina enheter igen med det nya lösenordet.',
  'done.wifi_ssid_change': 'Ditt wifi har fått sitt nya namn.',
  'done.wifi_channel_change': 'Ditt wifi ligger nu på en lugnare kanal.',
  'done.wifi_radio_enable': 'Ditt wifi är påslaget igen.',
  'done.dns_reset': 'Din router använder nu våra DNS-servrar.',
  'done.pppoe_credentials_resync': 'Din router har nu rätt inloggningsuppgifter.',
  'done.admin_password_change':
    'Klart. Routerns nya administratörslösenord är: {secret}\nSpara det på ett säkert ställe; du behöver det bara för att ändra routerinställningar.',
  'done.port_forward_add': 'Portvidarebefordran är på plats.',
  'done.account_unlock': 'Ditt konto på {portal} är upplåst – du kan logga in igen.',
  'done.account_password_reset':
    'Ditt tillfälliga lösenord till {portal} är: {secret}\nDu väljer ett nytt när du loggar in.',

  'consent.cpe_reboot': 'Får jag starta om din router på distans? Internet är borta en minut eller två.',
  'consent.cpe_factory_reset':
    'Omstarten hjälpte inte. Får jag återställa routern till fabriksinställningar? Dina egna inställningar (wifi-namn och lösenord) raderas.',
  'consent.cpe_firmware_upgrade':
    'Får jag uppdatera routerns programvara nu? Det tar några minuter och routern startar om.',
  'consent.account_password_reset':
    'Jag kan ge dig ett nytt tillfälligt lösenord till {portal} nu; det gamla slutar då att fungera. Ska jag göra det?',
  'consent.wifi_password_change':
    'Får jag sätta ett nytt wifi-lösenord? Alla dina enheter behöver anslutas på nytt.',
  'consent.wifi_ssid_change': 'Får jag byta namn på ditt wifi?',
  'consent.wifi_channel_change':
    'Får jag flytta ditt wifi till en lugnare kanal? Enheterna kan tappa anslutningen några sekunder.',
  'consent.wifi_radio_enable': 'Får jag slå på ditt wifi?',
  'consent.dns_reset': 'Får jag ändra tillbaka routerns DNS-inställningar till våra?',
  'consent.pppoe_credentials_resync': 'Får jag skicka rätt inloggningsuppgifter till din router?',
  'consent.admin_password_change': 'Får jag byta routerns administratörslösenord?',
  'consent.port_forward_add': 'Får jag lägga till den här portvidarebefordran i din router?',
  'offer.admin_password_change':
    'En sak till: får jag sätta ett nytt, säkert administratörslösenord i din router? Det påverkar inte ditt wifi.',

  'ask.lights.power': 'Lyser strömlampan på din router?',
  'ask.lights.internet': 'Vad visar internetlampan på din router?',
  'ask.lights.wifi': 'Lyser wifi-lampan på din router?',
  'ask.scope.devices': 'Gäller det alla dina enheter eller bara några?',
  'ask.connection.type': 'Är enheten där det går långsamt ansluten via wifi eller med kabel?',
  'ask.device.restarted': 'Har du redan startat om routern?',
  'ask.wifi.location': 'Var är enheten jämfört med routern – samma rum, ett annat rum eller en annan våning?',
  'ask.config.port_forward':
    'Vilken port ska öppnas, och till vilken enhet (dess IP-adress, t.ex. 192.168.1.50)?',
  'ask.contact.availability': 'När kan en tekniker nå dig eller komma på besök om det behövs?',
  'ask.step.power_on':
    'Kontrollera att routern är inkopplad och påslagen: strömlampan ska lysa. Kolla eluttaget och strömknappen. Säg till när du har gjort det.',
  'ask.step.power_cycle':
    'Dra ur routerns strömsladd, vänta 30 sekunder och sätt i den igen. Säg till när den har startat (cirka 2 minuter).',
  'ask.step.check_cables':
    'Kontrollera kablarna: kabeln från väggen (fiberdosan, telejacket med sitt filter/splitter eller kabel-tv-uttaget) till routern ska sitta ordentligt i båda ändar. Har du telefonlinje, se till att filtret sitter i. Säg till när du är klar.',
  'ask.step.move_closer':
    'Flytta enheten närmare routern, eller routern till en mer öppen och central plats, och säg till när du är klar.',
  'ask.step.wired_test':
    'Anslut en dator till routern med nätverkskabel och gör ett hastighetstest. Säg till när du har gjort det.',
  'ask.step.rejoin_wifi':
    'Glöm wifi-nätverket på din enhet och anslut till det igen. Säg till när du är klar.',
  'ask.resolution.confirm': 'Fungerar det nu?',
  'ask.clarify.intent': 'Bara för att jag ska hjälpa dig med rätt sak – gäller det {first} eller {second}?',
  'ask.csat.score': 'Hur nöjd är du med hjälpen i dag, från 1 (inte alls) till 5 (mycket)?',

  'advice.wifi_limited':
    'Tips: hastigheten över wifi beror på avstånd och väggar. Använd 5 GHz-nätet nära routern, placera routern öppet och centralt, och använd kabel till enheter som behöver full fart.',
  'inform.nothing_more': 'Det finns inget mer jag behöver ändra.',
  'inform.firmware_current': 'Din router har redan den rekommenderade programvaruversionen.',

  'escalate.before_availability.field': 'Det här behöver en tekniker. Jag bokar ett teknikerbesök åt dig.',
  'escalate.before_availability.tier2': 'Det här behöver våra andralinjetekniker.',
  'escalate.before_availability.noc': 'Det här behöver vår nätdrift.',
  'escalate.before_availability.agents': 'Jag lämnar över det här till en kollega.',
  'escalated.field':
    'Jag har skickat ditt ärende till våra fälttekniker (ärende {reference}). De hör av sig inom {when} för att boka ett besök en tid som passar dig.',
  'escalated.field.booked':
    'Jag har bokat ett teknikerbesök {window} (ärende {reference}). Om tiden inte passar svarar du bara här, så flyttar vår fältgrupp besöket.',
  'escalated.tier2':
    'Jag har skickat ditt ärende till våra andralinjetekniker med allt jag har hittat (ärende {reference}). De återkommer inom {when}.',
  'escalated.noc':
    'Jag har skickat ditt ärende till vår nätdrift (ärende {reference}). De återkommer inom {when}.',
  'escalated.agents':
    'Jag lämnar över dig till en kollega med allt vi har gjort hittills (ärende {reference}). Någon svarar dig här inom {when}.',
  'escalated.security':
    'Jag har skickat ditt ärende till vårt säkerhetsteam (ärende {reference}). De kontaktar dig inom {when}.',
  'routed.billing':
    'Jag har skickat dig vidare till vår fakturaavdelning (ärende {reference}). De kontaktar dig om fakturan inom {when}.',
  'routed.sales':
    'Jag har skickat din förfrågan till vår säljavdelning (ärende {reference}). De kontaktar dig inom {when}.',
  'outage.informed':
    'Det pågår ett fel i ditt område ({title}, ärende {incident}). Våra tekniker arbetar med det och räknar med att det är åtgärdat {eta}. Jag har kopplat ditt ärende {reference} till felet och skriver till dig här när det är löst.',
  'outage.informed_no_eta':
    'Det pågår ett fel i ditt område ({title}). Våra tekniker arbetar med det. Jag har kopplat ditt ärende {reference} till felet och skriver till dig här när det är löst.',
  'outage.resolved':
    'Goda nyheter: felet i ditt område ({title}) är åtgärdat. Din anslutning bör fungera igen – annars svarar du bara här. (Ärende {reference})',
  resolved: 'Vad bra att det fungerar igen! Ditt ärende {reference} är avslutat.',
  'summary.customer': 'Sammanfattning: {summary}',
  'csat.thanks': 'Tack för ditt omdöme!',
  'csat.thanks.comment':
    'Tack för betyget, och för att du berättar varför – din kommentar finns på ärendet, där vårt kvalitetsteam läser den.',
  'csat.thanks.comment.low':
    'Tack för att du säger till, och förlåt att det inte blev bättre. Din kommentar finns på ärendet, där vårt kvalitetsteam läser den.',
  'csat.thanks.complaint':
    'Tack för betyget, och förlåt för det: ”{complaint}” – din kommentar finns på ärendet, där vårt kvalitetsteam läser den.',
  'csat.thanks.complaint.low':
    'Tack för att du säger till, och förlåt att det inte blev bättre: ”{complaint}” – din kommentar finns på ärendet, där vårt kvalitetsteam läser den.',
  'closed.more': 'Är det något mer jag kan hjälpa till med? Skriv bara.',
  'closed.other_subscriber':
    'Det behöver hen göra själv hos oss, med sitt eget kundnummer – jag kan bara kontrollera och ändra anslutningen för det konto jag hjälper dig med. Är det något mer jag kan hjälpa dig med? Skriv bara.',
  'closed.still_here': 'Ja, jag är här – vad mer kan jag hjälpa dig med? Skriv bara.',
  'secondary.noted':
    'Du frågade också om {topic}: det sköter {team}, och jag skickar din fråga vidare till dem när vi har löst det här.',
  'secondary.noted.again':
    'Din fråga till {team} är antecknad: jag skickar den vidare till dem som ett separat ärende så fort vi är klara här, och en person där svarar dig.',
  'secondary.linked':
    'Du frågade också om {topic}: jag har skickat din fråga vidare till {team} med dina egna ord, i ett separat ärende {linked}. En person där svarar dig om det.',
  'secondary.offer': 'Du nämnde också {topic}. Skriv till mig om du vill att jag tittar på det också.',
  reminder: 'Är du kvar? Jag väntar på ditt svar för att kunna fortsätta.',
  timeout:
    'Jag har pausat ditt ärende {reference} eftersom jag inte fick något svar. Svara här när du är redo så fortsätter vi.',
  'staff.joined': 'En kollega från vår support har anslutit till samtalet.',
  'staff.left': 'Den automatiska agenten är tillbaka. Vad mer kan jag hjälpa till med?',
  'human.waiting': 'En kollega svarar dig här inom kort.',

  'kb.answer': 'Vårt hjälpcenter har en artikel om det här – ”{title}”:\n\n”{quote}”\n\nHela artikeln: {url}',
  'ask.kb.helped': 'Fick du svar på din fråga?',
  'kb.option.yes': 'Ja, det hjälpte',
  'kb.option.no': 'Nej, det hjälpte inte',
  'kb.resolved':
    'Vad bra att jag kunde hjälpa till! Jag har avslutat ditt ärende {reference}. Skriv bara igen om något mer dyker upp.',
  'kb.glad': 'Vad bra att jag kunde hjälpa till! Skriv bara om det är något mer.',
  'kb.not_helped':
    'Tråkigt att det inte hjälpte. Berätta lite mer om vad du behöver, eller vad som inte fungerar, så tar jag det därifrån.',
  'kb.not_helped.runbook': 'Tråkigt att det inte hjälpte – då tittar jag på det åt dig i stället.',
  'kb.read_more': 'Läs mer om vad som hände i vårt hjälpcenter: {title} – {url}',
  'kb.summary': 'Din fråga besvarades med artikeln ”{title}” i hjälpcentret ({url}).',

  'when.P1': '1 timme',
  'when.P2': '4 timmar',
  'when.P3': '24 timmar',
  'when.P4': '3 dagar',

  'intent.no_connection': 'att internet inte fungerar',
  'intent.slow_speed': 'låg hastighet',
  'problem.cause.hardware_failure': 'en router som krånglar',
  'intent.intermittent': 'en instabil anslutning',
  'intent.sites_unreachable': 'att vissa sidor inte laddar',
  'intent.wifi_problem': 'problem med wifi',
  'intent.wifi_password': 'ditt wifi-lösenord',
  'intent.router_config': 'en routerinställning',
  'intent.router_reset': 'att starta om routern',
  'intent.firmware_update': 'en programuppdatering av routern',
  'intent.login_problem': 'inloggning på {portal}',
  'intent.password_reset': 'ett nytt lösenord',
  'intent.outage_check': 'en driftstörning',
  'subject.linked.billing': 'Fråga om faktura',
  'subject.linked.billing.double_charge': 'Dubbeldebitering',
  'subject.linked.billing.compensation': 'Begäran om ersättning',
  'subject.linked.billing.payment': 'Fråga om betalning',
  'intent.billing': 'din faktura',
  'intent.account_change': 'en ändring av ditt abonnemang',
  'intent.human_agent': 'att prata med en person',
  'intent.other': 'något annat',
  // Plain words for the customer's case summary: what was done, how it went, which team takes over.
  'summary.step.cpe_reboot': 'omstart av routern',
  'summary.step.cpe_factory_reset': 'fabriksåterställning av routern',
  'summary.step.cpe_firmware_upgrade': 'uppdatering av routerns programvara',
  'summary.step.wifi_password_change': 'nytt wifi-lösenord',
  'summary.step.wifi_ssid_change': 'nytt namn på wifi-nätet',
  'summary.step.wifi_channel_change': 'byte av wifi-kanal',
  'summary.step.wifi_radio_enable': 'wifi påslaget',
  'summary.step.dns_reset': 'rätt DNS-inställningar i routern',
  'summary.step.pppoe_credentials_resync': 'rätt inloggningsuppgifter till routern',
  'summary.step.admin_password_change': 'nytt administratörslösenord på routern',
  'summary.step.port_forward_add': 'portöppning i routern',
  'summary.step.account_unlock': 'upplåst konto på {portal}',
  'summary.step.account_password_reset': 'nytt lösenord till {portal}',
  'summary.step.step.power_on': 'du slog på routern',
  'summary.step.step.power_cycle': 'du startade om routern',
  'summary.step.step.check_cables': 'du kontrollerade kablarna',
  'summary.step.step.move_closer': 'du flyttade närmare routern',
  'summary.step.step.wired_test': 'test med nätverkskabel',
  'summary.step.step.rejoin_wifi': 'du anslöt dina enheter på nytt',
  'summary.step.resolution.confirm': 'vi frågade om det fungerar',
  'summary.result.fixed_not_enough': 'hjälpte bara delvis',
  'summary.result.fixed_not_enough.step.move_closer': 'fungerar nära routern, fortfarande dåligt längre bort',
  'summary.result.fixed': 'löste felet',
  'summary.result.partly': 'delvis, resten senare',
  'summary.result.done': 'klart',
  'summary.result.advised': 'råd givet',
  'summary.result.did not help': 'hjälpte inte',
  'summary.result.customer declined': 'du ville inte',
  'summary.result.customer could not': 'gick inte att göra',
  'summary.result.works for now': 'fungerar för nu',
  'summary.result.unclear': 'oklart',
  'summary.result.customer says it still does not work': 'fungerade fortfarande inte',
  'team.agents': 'vår kundtjänst',
  'team.tier2': 'våra andralinjetekniker',
  'team.noc': 'vår nätdrift',
  'team.field': 'våra fälttekniker',
  'team.billing': 'vår fakturaavdelning',
  'team.sales': 'vår säljavdelning',
  'team.security': 'vår säkerhetsavdelning',

  // Svar på motfrågor medan en fråga väntar (frågan ställs sedan igen).
  'reply.why_pin':
    'PIN-koden visar att jag pratar med kontoinnehavaren innan jag ändrar något i din router eller ditt abonnemang. Du hittar den i ditt välkomstbrev eller på {portal}.',
  'reply.where_customer_number':
    'Ditt kundnummer står överst på fakturan och på {portal} under dina uppgifter – 5 till 8 siffror.',
  'reply.which_cable':
    'Kabeln som för in internet till routern – från uttaget i väggen till routern. Kablar till tv:n eller datorerna spelar ingen roll här.',
  'reply.which_cable.fiber':
    'Kabeln från fiberdosan på väggen till routern (oftast dess WAN- eller Internet-port). Kablar till tv:n eller datorerna spelar ingen roll här.',
  'reply.which_cable.dsl':
    'Kabeln från telejacket i väggen till routern, via det lilla filtret (splittern) om du har ett. Kablar till tv:n eller datorerna spelar ingen roll här.',
  'reply.which_cable.cable':
    'Den runda antennkabeln från kabel-tv-uttaget i väggen till modemet. Kablar till tv:n eller datorerna spelar ingen roll här.',
  'reply.which_light':
    'Lamporna sitter på routerns framsida eller ovansida: strömlampan är oftast den första, och internetlampan är märkt med en jordglob eller ”Internet”.',
  // "vilken lampa ska lysa? det finns en som heter PON" medan routern slås på: lamporna den tänder, PON-lampans
  // fasta gröna sist.
  'reply.which_light.step.power_on':
    'Strömlampan tänds direkt. På en fiberbox blinkar PON-lampan medan den ansluter och lyser sedan fast grönt – då har den kontakt med vårt nät.',
  'reply.what_dns':
    'DNS är internets adressbok: den gör om namn som example.com till de sifferadresser som datorer använder. När den är fel laddar vissa sidor inte, fast anslutningen i sig fungerar.',
  'reply.what_wifi_channel':
    'Wifi sänder på en kanal, ungefär som en radiostation. När många grannar använder samma kanal blir det trångt och långsamt; en lugnare kanal hjälper.',
  'reply.what_wifi_channel.wifi_channel_congestion':
    'En kanal är den fil ditt wifi sänder i, ungefär som en station på radion: när många grannätverk ligger i samma fil blir det trångt och segt, mest på kvällen när alla är uppkopplade. Ditt ligger på kanal {channelFrom} nu, som många grannätverk delar. Jag väljer inget nummer för hand: routern mäter vilken kanal som är lugnast och flyttar dit själv – fråga mig efteråt så säger jag vilken den valde. 5 GHz har många fler kanaler och färre grannar, så nära routern har en enhet som klarar det oftast det bättre där.',
  'reply.what_wifi_channel.wifi_channel_change':
    'Det ligger på kanal {channelTo} nu – routern flyttade dit från kanal {channelFrom}, den lugnaste den mätte. Nära routern är 5 GHz oftast ännu bättre för en enhet som klarar det: många fler kanaler och färre grannar.',
  'reply.lose_settings': 'Dina inställningar finns kvar som de är.',
  'reply.lose_settings.consent.factory_reset':
    'Ja: en fabriksåterställning raderar dina egna inställningar, till exempel wifi-namn och lösenord. Internetinställningarna lägger jag tillbaka själv, men wifi-namn och lösenord kan du behöva sätta igen.',
  'reply.lose_settings.consent.wifi_change':
    'Dina andra inställningar är kvar. Bara wifi-uppgifterna ändras, så varje enhet ansluter en gång till med de nya uppgifterna.',
  'reply.lose_settings.consent.reboot':
    'En omstart behåller alla dina inställningar, precis som när du stänger av och slår på.',
  'reply.lose_settings.consent.firmware_update':
    'En programuppdatering behåller dina inställningar: wifi-namnet och lösenordet, portvidarebefordringar och resten är kvar som de är. Bara en fabriksåterställning skulle radera dem.',
  'reply.notice_before':
    'Gärna några veckor i förväg: då hinner vi kolla den nya adressen och boka flytten eller ändringen till den dag du vill.',
  'reply.how_long': 'Bara en minut eller två.',
  'reply.how_long.consent.reboot': 'Ungefär två minuter tills routern är tillbaka.',
  'reply.how_long.consent.firmware_update':
    'Ungefär fem minuter; routern startar om av sig själv när den är klar.',
  'reply.how_long.step.power_on': 'Ge den ett par minuter efter att den slagits på.',
  'reply.how_long.consent.factory_reset': 'Ungefär fem minuter.',
  // At a port forward: checked from outside with the server running, never by opening a web page.
  'reply.how_know_fixed.port_forward_add':
    'En portöppning syns bara utifrån: låt servern vara igång på datorn och be en kompis ansluta från sitt eget internet, eller öppna en portkontroll på nätet (sök på ”öppen port test”) och testa porten jag öppnade. Testar du från ditt eget wifi kan porten se stängd ut fast den fungerar. Om den är stängd, skriv här så kontrollerar jag vidarebefordringen igen.',
  'reply.how_know_fixed.port_forward_add.again':
    'Med servern igång: antingen ansluter en kompis utifrån, eller så testar en portkontroll på nätet porten jag öppnade – från ditt eget wifi kan den se stängd ut fast den fungerar. Själva vidarebefordringen finns på plats i din router.',
  'reply.how_know_fixed.port_forward_add.for_now':
    'Bra – vidarebefordringen är på plats, så jag räknar det som klart. Om din kompis ändå inte kommer in när servern är igång, skriv här med ditt ärendenummer {reference} så kontrollerar jag det direkt.',
  'reply.how_know_fixed':
    'Prova det som inte fungerade förut – öppna några webbsidor eller starta en film. Fungerar det som vanligt är det fixat; annars säger du bara till så fortsätter jag leta.',
  'reply.cost':
    'Ingenting – felsökning och åtgärder av fel i vårt nät eller på vår utrustning är kostnadsfria.',
  'reply.technician_when':
    'Vår fältgrupp kontaktar dig inom {when} för att komma överens om en tid som passar dig.',
  'reply.refund.charge':
    'En felaktig debitering, till exempel samma månad dragen två gånger, betalar vår fakturaavdelning tillbaka när de har kontrollerat den; de meddelar dig när det är gjort, och pengarna brukar vara på ditt konto inom några bankdagar.',
  'reply.compensation':
    'Om tjänsten har legat nere på grund av ett fel hos oss kan du få avdrag på fakturan för de dagar den inte fungerade. Det sköter vår fakturaavdelning.',
  'reply.what_happens_next':
    'Så fort jag har ditt svar fortsätter jag med nästa steg, och jag berättar vad jag gör medan jag gör det.',
  'reply.what_happens_next.identity.pin':
    'Då kan du ringa vår kundtjänst: i telefon kan de kontrollera vem du är på andra sätt. Eller återställ lösenordet till {portal} – där står PIN-koden under dina uppgifter. Utan PIN-koden kan jag fortfarande kolla din anslutning, men jag kan inte ändra något på kontot.',
  'reply.what_happens_next.no_ask':
    'Du behöver inte göra något just nu: allt finns i ditt ärende, och vi skriver till dig här så fort det finns något nytt.',
  'reply.what_happens_next.unverified':
    'För att ändra något på ditt konto behöver jag din PIN-kod, som står i ditt välkomstbrev. Skriv till mig igen när du har den, eller ring oss så hjälper vi dig.',
  'reply.what_happens_next.billing_suspended':
    'När vår fakturaavdelning har sett betalningen öppnar de anslutningen igen, och du behöver inte göra något mer. Tills den är öppen kan du dela internet från mobilen (surfzon) som en nödlösning, till exempel för att jobba hemifrån.',
  'reply.is_it_safe':
    'Ja – jag ändrar bara det jag har beskrivit, allt antecknas i ditt ärende och du kan alltid be oss ändra tillbaka.',
  'reply.where_customer_number.identity.pin':
    'PIN-koden är de fyra siffrorna i välkomstbrevet du fick när du blev kund; du ser den också på {portal} under dina uppgifter.',
  'reply.other.step.power_cycle':
    'Strömknappen är oftast en liten knapp på baksidan märkt Power eller I/O. Hittar du den inte går det lika bra att dra ur strömsladden, vänta tio sekunder och sätta i den igen.',
  'reply.other.step.power_on':
    'Kontrollera att strömsladden sitter i vägguttaget och i routern och tryck sedan på strömknappen på baksidan (märkt Power eller I/O). Lamporna tänds inom en minut.',
  'reply.other.step.check_cables':
    'Tryck fast varje kabel ordentligt i båda ändar: den från vägguttaget till routern och strömsladden. En glapp kabel är den vanligaste orsaken.',
  'reply.other.step.wired_test':
    'Vilken som helst av LAN-portarna på routerns baksida (ofta gula och numrerade 1–4) – inte den som är märkt WAN eller Internet, där anslutningen kommer in.',
  'reply.other.consent.reboot':
    'Routern stänger av och startar sig själv; internet är borta i ungefär två minuter och alla inställningar finns kvar.',
  'reply.other': 'Bra fråga – jag har antecknat den i ditt ärende så att den inte glöms bort.',
  // Reparationer av en väntande fråga.
  'repair.hedge.consent': 'Det är helt ditt val – vill du inte, så ändrar jag ingenting.',
  'repair.hedge.step': 'Ingen fara – gör det du kan.',
  'repair.hedge': 'Inga problem – ett kort svar räcker.',
  'repair.correction': 'Inga problem, vi tar det igen.',
  'repair.correction.nothing': 'Inga problem, jag har inte antecknat något.',
  'repair.thanks': 'Varsågod!',
  'repair.later': 'Det har jag antecknat, och jag återkommer till det när vi är klara med det här.',
  // Efter utfallet.
  'closed.nothing_opened':
    'Uppfattat – jag har inte öppnat något nytt ärende och ingenting är beställt; ditt ärende är avslutat som det är.',
  'closed.cannot_answer':
    'Det kan jag inte svara på härifrån – det jag kan se och ändra är din anslutning och din router. Vår kundtjänst kan: skriv ”jag vill prata med en person” så lämnar jag över dig till dem.',
  'closed.already':
    'Vad bra att allt fungerar. Ditt ärende {reference} är redan avslutat som löst – inget mer behövs. Skriv bara om något annat dyker upp.',
  'closed.bye': 'Okej. Behöver du oss igen skriver du bara här.',
  'closed.thanks': 'Varsågod! Skriv bara om något mer dyker upp.',
  'handoff.noted': 'Jag har lagt till ditt meddelande i ärende {reference}. {team} svarar dig här.',
  'handoff.let_go':
    'Okej. Ditt ärende {reference} ligger kvar hos {ourTeam} som det är; skriv bara här om du vill något mer.',
  'handoff.thanks.contact': 'Varsågod! {team} hör av sig till de kontaktuppgifter du gav, inom {when}.',
  'handoff.thanks': 'Varsågod! {team} återkommer till dig här inom {when}.',
  'handoff.next': '{team} har ditt ärende {reference} med allt jag har hittat och återkommer inom {when}.',
  'handoff.linked':
    'Jag har öppnat ett separat ärende {linked} för det hos {team}. Ditt ärende {reference} ligger kvar där det är.',
  'handoff.linked.person':
    'Jag har skickat det till {team} i ett separat ärende {linked}: en person där svarar dig om det här. Ditt ärende {reference} ligger kvar där det är.',
  'staff.resolved': 'Ditt ärende {reference} har lösts av vår support.',
  // v2-förfrågningar.
  'ask.config.wifi_name': 'Vad vill du att ditt wifi-nät ska heta?',
  'cause.wifi_rename_request':
    'Jag kan byta namn på ditt wifi-nät. Lösenordet är detsamma; varje enhet väljer sedan det nya namnet en gång.',
  'cause.security_worry':
    'Jag förstår oron. För att stänga ute den som inte ska vara där sätter jag ett nytt wifi-lösenord och ett nytt administratörslösenord i din router, och sedan skickar jag ärendet till vår säkerhetsavdelning.',
  'closing.declined': 'Då är allt kvar som det är. Ditt ärende {reference} är avslutat.',
  'closing.request_done': 'Klart! Ditt ärende {reference} är avslutat.',
  'reply.find_device_ip':
    'Enhetens IP-adress hittar du i dess egna nätverksinställningar (på en spelkonsol: Inställningar → Nätverk → anslutningsstatus); i ditt hemnätverk börjar den med 192.168.1.',
  'reply.boost_signal.step.wired_test':
    'Kabeltestet visar om full hastighet når fram till ditt hem; då vet jag att det är wifi och inte linjen, och vad som hjälper. Själva wifi-hastigheten beror på avstånd, väggar och band (5 GHz är snabbare nära routern).',
  'reply.boost_signal':
    'Routern kan jag inte få att sända längre härifrån – väggar och avstånd försvagar signalen. Redan en meter eller två närmare, eller routern ut ur skåpet och högt upp, gör stor skillnad.',
  'repair.hedge.step.wired_test':
    'Bra! Gör nu ett hastighetstest på den datorn (till exempel bredbandskollen.se eller fast.com) och säg till när det är klart.',
  'rejoin.later':
    'Inga problem – anslut dina enheter med de nya uppgifterna när du kan. Om någon inte vill ansluta skriver du bara här.',
  'security.after_current':
    'Det tar jag på allvar. Så snart det här är fixat sätter jag ett nytt wifi-lösenord och ett nytt administratörslösenord i din router och skickar ärendet till vår säkerhetsavdelning.',
  'cause.other_service':
    'Den tjänsten kan jag inte kontrollera härifrån, så jag skickar din fråga vidare till en kollega som sköter den.',
  'cause.not_customer':
    'Välkommen! Vår säljavdelning hjälper till med nya abonnemang och inflyttning – jag skickar din förfrågan till dem.',
  'routed.billing.suspended':
    'Jag har skickat dig vidare till vår fakturaavdelning (ärende {reference}). De hjälper dig med fakturan och öppnar anslutningen igen när den är betald; de kontaktar dig inom {when}.',
  'routed.agents':
    'Jag har skickat din fråga till en kollega (ärende {reference}). Någon svarar dig här inom {when}.',
  'summary.step.advice.wifi_limited': 'råd om hastighet över wifi',
  'summary.result.failed': 'fungerade inte',
  'person.identify_first':
    'Självklart, jag kopplar dig till en kollega. För att hen ska kunna hjälpa dig direkt behöver jag först hitta ditt konto.',
  'outage.noted':
    'Jag har lagt till ditt meddelande i ärende {reference}. Jag skriver till dig här så fort felet är åtgärdat.',
  'summary.step.other': 'ett annat steg',
  'ask.consent.reboot': 'Får jag starta om din router på distans?',
  'ask.consent.factory_reset': 'Får jag återställa din router till fabriksinställningar?',
  'ask.consent.firmware_update': 'Får jag uppdatera routerns programvara?',
  'ask.consent.wifi_change': 'Får jag ändra dina wifi-inställningar?',
  'ask.consent.config_change': 'Får jag ändra routerns inställningar?',
  ...caseSv,
  ...deskLimitsSv,
  ...afterSv,
  ...askedSv,
  ...repairSv,
  ...midcaseSv,
  ...incaseSv,
  ...problemQuestionsSv,
  ...outcomeSv,
  ...checksSv,
  ...gamingSv,
  ...answeredSv,
  ...keptSv,
  ...safetySv,
  ...normalSv,
  ...otherCheckSv,
  ...fitsSv,
  ...readingsSv,
  ...visitsSv,
  ...howLongSv,
  ...renameUndoSv,
  ...fiveGhzSv,
  ...renameConsentSv,
  ...wifiKeySv,
  ...fieldAfterSv,
  ...kindsSv,
  ...besideSv,
  ...earlySv,
  ...meansSv,
  ...techSv,
  ...otherAskedSv,
  ...fixedSv,
  ...confirmKindsSv,
  ...stepQuestionsSv,
  ...cableEndsSv,
  ...faultFactsSv,
  ...salesAskedSv,
};
