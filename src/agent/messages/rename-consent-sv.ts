// Svenska: frågor medan ett nytt wifi-namn väntar på namnet eller ett ja (src/agent/rename-consent.ts,
// src/agent/rename-name-answer.ts).
import type { renameConsentEn } from './rename-consent-en.js';

export const renameConsentSv: Record<keyof typeof renameConsentEn, string> = {
  'rename.emoji':
    'Emojier fungerar på de flesta mobiler och datorer, men tv-apparater, skrivare och andra äldre enheter visar dem ofta som rutor eller hittar inte nätverket alls – så jag skulle hoppa över dem.',
  'rename.name_instead': 'Uppfattat – det blir ”{name}” i stället för namnet innan.',
  'rename.rules.letters':
    'Å, ä och ö går bra att ha i namnet, men vissa äldre enheter (en del tv-apparater och skrivare) visar dem konstigt – vill du vara säker kan du skriva a och o i stället.',
  'rename.rules.case':
    'Stora och små bokstäver går bra: alla enheter visar namnet precis som det är skrivet, så välj det bara i listan som det står.',
  'rename.rules.spaces': 'Mellanslag går bra.',
  'rename.rules.length': 'Namnet får vara upp till 32 tecken långt.',
  'rename.suggest':
    'Inga problem – många väljer sitt efternamn eller något kort som de känner igen, som ”Hemma” eller gatunamnet.',
  'rename.suggest.named':
    'Inga problem – många väljer sitt efternamn eller något kort som de känner igen, till exempel ”{example}”.',
  'rename.tips':
    'Båda funkar. Många väljer sitt efternamn, husets namn eller något kort som de känner igen – undvik bara personliga uppgifter som hela namnet eller adressen, eftersom grannarna kan se namnet.',
  'rename.which_of': 'Vilket vill du ha: ”{first}” eller ”{second}”?',
  'rename.name_again': 'Självklart – jag använder inte ”{name}”.',
  'rename.devices_drop':
    'Ja – efter namnbytet är varje enhet på wifi:t utan nät tills den har anslutit till det nya namnet en gång, med samma lösenord som förut: mobil och dator väljer det i wifi-listan, tv:n i nätverksinställningarna.',
  'rename.smart_devices':
    'Smarta lampor, uttag och robotdammsugare behöver oftast läggas till på nytt i sin egen app, på det nya namnet.',
  'rename.still_want': 'Vill du fortfarande byta namn? Vad ska nätet i så fall heta?',
};
