// Svenska: varför steget eller ändringen som erbjuds passar det testerna hittade ("hjälper det verkligen?").
export const fitsSv = {
  'reply.will_it_help':
    'Det är det mina tester pekar på, så det är det troligaste som löser det. Jag testar igen direkt efteråt, så vi vet på en gång – och hjälper det inte fortsätter jag leta.',
  'reply.will_it_help.consent.cpe_reboot':
    'Troligen: din router har hängt sig, och det är precis det en omstart löser. Jag testar igen direkt efteråt, så vi vet på en gång – och hjälper det inte fortsätter jag leta.',
  'reply.will_it_help.consent.dns_reset':
    'Ja – den felaktiga DNS-inställningen är just anledningen till att vissa sidor inte laddar, och våra inställningar löser det. Jag testar igen direkt efteråt.',
  'reply.will_it_help.consent.pppoe_credentials_resync':
    'Ja – routern nekas eftersom dess inloggningsuppgifter är fel, och de rätta löser det. Jag testar igen direkt efteråt.',
  'reply.will_it_help.consent.wifi_channel_change':
    'Troligen: ditt wifi delar en trång kanal med grannarna, och en lugnare kanal ger det utrymme. Jag kollar resultatet direkt efteråt.',
} satisfies Record<keyof typeof import('./fits-en.js').fitsEn, string>;
