// Svenska: frågor medan ett nytt wifi-namn väntar på ett ja (src/agent/rename-consent.ts).
import type { renameConsentEn } from './rename-consent-en.js';

export const renameConsentSv: Record<keyof typeof renameConsentEn, string> = {
  'rename.emoji':
    'Emojier fungerar på de flesta mobiler och datorer, men tv-apparater, skrivare och andra äldre enheter visar dem ofta som rutor eller hittar inte nätverket alls – så jag skulle hoppa över dem.',
  'rename.name_instead': 'Uppfattat – det blir ”{name}” i stället för namnet innan.',
};
