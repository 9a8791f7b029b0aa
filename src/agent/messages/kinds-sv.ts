// Svenska texter om vilken sorts ärende ett meddelande är och vilket team det hör till, och om frågor
// efter utfallet om vad ärendet självt gjorde (src/agent/case-actions.ts).
import type { kindsEn } from './kinds-en.js';

export const kindsSv: Record<keyof typeof kindsEn, string> = {
  'after.action.account_password_reset':
    'Du byter det första gången du loggar in med det tillfälliga lösenordet: {portal} ber dig då välja ett eget nytt lösenord, och det tillfälliga slutar fungera. Tills du loggar in kan du vänta – inget behöver göras innan dess.',
  'cause.one_device':
    'Eftersom bara den enheten har problemet och dina andra enheter fungerar är din linje och router i ordning – det sitter i den enheten, så routern behöver inte startas om.',
  'advice.one_device':
    'På den enheten: 1) öppna wifi-listan, välj ”Glöm” på ditt nätverk och anslut igen med lösenordet; 2) starta om själva enheten; 3) kontrollera att flygplansläget är av och, på en dator, att wifi-kortet är påslaget; 4) säger den fortfarande ”inget internet”, installera de senaste uppdateringarna för den (wifi-drivrutinen på en pc).',
  'reply.other.one_device':
    'Det är inte routern: dina andra enheter fungerar genom den, så en omstart av den hjälper inte den enda enheten. Det som hjälper görs på själva enheten – stegen ovan, först ”Glöm” nätverket och anslut igen.',
  'summary.step.advice.one_device': 'råd för den enda enheten',
  'inform.one_device':
    'Ansluter den enheten fortfarande inte medan dina andra gör det behöver den ses över på själva enheten – tillverkarens support eller en databutik kan hjälpa till med wifi-kortet eller inställningarna. Ditt internet och din router fungerar som de ska.',
  'after.action.wifi_coverage':
    'Din linje levererar full hastighet till routern, så ett rum långt från den handlar om wifi-täckning, inte om ett fel vi kan åtgärda på linjen. Väggar och avstånd gör wifi segare: använd 5 GHz-nätet där det når fram, ställ routern högt och fritt, och till ett rum långt bort hjälper ett mesh-system (en andra enhet halvvägs) eller en förstärkare; en nätverkskabel till jobbdatorn ger full fart.',
  'after.action.dsl_filter':
    'Låt den sitta i uttaget märkt DSL (eller MODEM) på filtret – där ska routerns kabel vara. TEL-uttaget är bara för en telefon; har du ingen telefon inkopplad kan det stå tomt.',
  'after.action.port_forward_add':
    'Portöppningen sparas i routerns inställningar, så den finns kvar efter en omstart eller ett strömavbrott. Den försvinner bara om routern återställs till fabriksinställningarna.',
  'after.action.wifi_details_kept':
    'Ditt wifi-lösenord är detsamma som förut, och wifi-namnet och dina andra inställningar också: inget jag gjorde i ärendet ändrade dem, så dina enheter är anslutna som vanligt.',
  'after.action.cpe_firmware_upgrade':
    'Nej, du behöver inte göra något: routern har nu den senaste mjukvaran, och kommande uppdateringar skickar vi till den från vårt håll när de kommer.',
  'after.action.admin_password_change':
    'Det står i mitt meddelande ovan {here}, där jag satte det – routern behåller det tills det byts igen. Tappar du bort det sätter vi ett nytt åt dig här efter att du identifierat dig; en fabriksåterställning tar också tillbaka lösenordet på routerns etikett (men rensar dina andra routerinställningar).',
  'after.action.wifi_password_change':
    'Senare ser du det på routerns inställningssida (192.168.1.1, under Wifi), eller i en mobil eller dator som redan är ansluten: dess sparade wifi-nätverk kan visa lösenordet. Är det helt borta skriver du till oss, så sätter vi ett nytt åt dig efter att du identifierat dig.',
};
