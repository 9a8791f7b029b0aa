// Swedish texts for a field case after the handoff (see field-after-en.ts).
import type { fieldAfterEn } from './field-after-en.js';

export const fieldAfterSv: Record<keyof typeof fieldAfterEn, string> = {
  'visit.rebooked':
    'Klart – jag har bokat teknikern igen: {window} (ärende {reference}). Jag har meddelat våra fälttekniker att besöket gäller ändå, så det är inte längre avbokat.',
  'visit.rebooked_nearest':
    'Klart – det finns ingen ledig besökstid de tider du angav, så jag har bokat teknikern igen på närmaste lediga tid: {window} (ärende {reference}). Jag har meddelat våra fälttekniker att besöket gäller ändå. Passar den inte säger du bara när du kan.',
  'visit.rebook_noted':
    'Jag har noterat i ärende {reference} att du vill ha teknikerbesöket ändå; vår fältgrupp kommer överens med dig om tiden här.',
  'visit.hint':
    'Det kan hänga ihop, men felet jag mätte finns kvar och brukar inte försvinna av sig självt: en tekniker behöver titta på det.',
  'visit.hint.docsis_power_out_of_range':
    'Det kan mycket väl hänga ihop: arbete i husets kabel-tv-nät kan göra att signalen i ditt uttag hamnar utanför det tillåtna, och det är just det jag mäter. Det rättar inte till sig självt, utan måste justeras.',
  'visit.hint.fiber_los':
    'Det kan vara orsaken – arbete i närheten kan skada fibern. Men en röd LOS-lampa betyder att inget ljus når din fiberbox, och det kommer inte tillbaka av sig självt: en tekniker måste laga den.',
  'visit.hint.optical_power_low':
    'Arbete i närheten kan vara orsaken: fibersignalen som når dig är för svag, vilket kommer av en skadad eller belastad fiber eller en smutsig kontakt. Det blir inte bättre av sig självt; en tekniker måste hitta och åtgärda det.',
  'visit.hint.hardware_failure':
    'Tyvärr inte: din router rapporterar ett fel i själva hårdvaran. Det går inte över av sig självt; teknikern byter routern.',
  'visit.keep_or_hold':
    'Ska jag behålla ditt besök {window} (ärende {reference}), eller pausa det så länge? Tills du säger något ligger besöket kvar.',
  'visit.kept_after_all':
    'Bra – ditt teknikerbesök {window} gäller (ärende {reference}). Jag har noterat för våra fälttekniker att du vill ha det.',
  'visit.held':
    'Uppfattat – jag har pausat besöket i ärende {reference}, och våra fälttekniker kommer inte förrän du säger till. Fortsätter problemet skriver du bara här, så bokar jag det igen.',
  'after.new_router':
    'Teknikern tar med det som behövs för felet vi hittade, och byter routern på plats om den visar sig vara trasig.',
  'after.new_router.hardware_failure':
    'Ja – din router rapporterar ett hårdvarufel, så teknikern tar med en ny router och kopplar in den åt dig, utan kostnad.',
  'after.new_router.fiber_los':
    'Ingen ny router behövs: din router är hel – felet sitter på fiberlinjen, och teknikern tar med det som behövs för att laga den.',
  'after.new_router.optical_power_low':
    'Ingen ny router behövs: din router är hel – fibersignalen är för svag, och teknikern tar med det som behövs för att åtgärda fibern.',
  'after.new_router.docsis_power_out_of_range':
    'Inget nytt modem behövs: ditt modem är helt – signalen i kabelnätet ligger utanför det tillåtna, och teknikern justerar den.',
  // "har jag inget internet fram till torsdag?": vad anslutningen gör fram till besöket, utifrån felet.
  'after.until_visit':
    'Felet jag hittade finns kvar tills teknikern har åtgärdat det, så räkna med att anslutningen fungerar som nu fram till besöket. Blir det sämre skriver du här, så hamnar det i ditt ärende.',
  'after.until_visit.docsis_power_out_of_range':
    'Internet fungerar fortfarande, men det kan tappa då och då tills teknikern har justerat signalen vid besöket.',
  'after.until_visit.optical_power_low':
    'Internet fungerar fortfarande, men det kan vara ostadigt eller tappa då och då tills teknikern har åtgärdat fibersignalen vid besöket.',
  'after.until_visit.dsl_low_snr':
    'Internet fungerar fortfarande, men det kan tappa då och då tills linjen är åtgärdad.',
  'after.until_visit.fiber_los':
    'Tyvärr ja – när inget ljus når din fiberbox fungerar internet inte förrän teknikern har lagat fibern. Under tiden kommer du snabbast ut på nätet genom att dela mobilens uppkoppling (hotspot).',
  'after.until_visit.hardware_failure':
    'Routern kan fortsätta starta om sig eller tappa anslutningen tills teknikern har bytt den; när den fungerar emellanåt kan du använda den som vanligt.',
  'after.fixes_itself':
    'Knappast – felet jag hittade brukar inte försvinna av sig självt, så jag skulle behålla teknikerbesöket.',
  'after.fixes_itself.fiber_los':
    'Nej – en röd LOS-lampa betyder att inget ljus når din fiberbox, och en trasig eller skadad fiber kommer inte tillbaka av sig själv. En tekniker måste laga den, så jag skulle behålla besöket.',
  'after.fixes_itself.optical_power_low':
    'Knappast – en svag fibersignal kommer av fibern eller dess kontakter och blir inte bättre av sig själv. En tekniker måste åtgärda det, så jag skulle behålla besöket.',
  'after.fixes_itself.docsis_power_out_of_range':
    'Nej – en signal utanför det tillåtna i kabelnätet rättar inte till sig själv; den måste justeras, så jag skulle behålla besöket.',
  'after.fixes_itself.hardware_failure':
    'Nej – ett hårdvarufel i routern går inte över; routern måste bytas, så jag skulle behålla besöket.',
  'reply.my_side.fiber_los':
    'Inget du har gjort: mina tester visar att inget ljus når din fiberbox. Felet sitter på fiberlinjen, inte i dina apparater, och det kostar inget att laga.',
  'reply.my_side.optical_power_low':
    'Inte i dina apparater: mina tester visar att fibersignalen som når din fiberbox är för svag – i fibern eller dess kontakter. Teknikern letar upp var, utan kostnad.',
  'reply.my_side.docsis_power_out_of_range':
    'Inget du har gjort: mina tester visar att signalnivån i ditt kabeluttag ligger utanför det tillåtna. Det sitter i kabelnätet fram till uttaget, inte i ditt modem, och det kostar inget att justera.',
  'reply.my_side.hardware_failure':
    'Bara routern: den rapporterar själv ett hårdvarufel. Inget du har gjort – det är vår utrustning, och vi byter den utan kostnad.',
  'after.meanwhile.fault':
    'Tills felet är åtgärdat kommer du snabbast ut på nätet genom att dela mobilens uppkoppling (Personlig hotspot eller Surfzon i inställningarna) med datorn. Låt routern vara inkopplad, så att vi kan testa den härifrån; när den fungerar emellanåt är en nätverkskabel till datorn stabilare än wifi.',
  'after.meanwhile.field':
    'Tills teknikern har varit där kommer du snabbast ut på nätet genom att dela mobilens uppkoppling (Personlig hotspot eller Surfzon i inställningarna) med datorn. Låt routern vara inkopplad; när den fungerar emellanåt är en nätverkskabel till datorn stabilare än wifi.',
  'compensation.with_billing':
    'Det ligger redan hos vår fakturaavdelning, som ärende {linked}: de beslutar om avdrag för dagarna det inte fungerade och svarar dig här inom {when}. Jag har lagt till det du skrev i det ärendet.',
  'summary.next.visit': 'en tekniker kommer till dig {window}; passar inte tiden skriver du här.',
};
