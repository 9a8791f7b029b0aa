// English: questions while a Wi-Fi rename waits for its permission (src/agent/rename-consent.ts).
export const renameConsentEn = {
  'rename.emoji':
    'Emojis work on most phones and computers, but TVs, printers and other older devices often show them as boxes or cannot find the network at all — so I would skip them.',
  'rename.name_instead': 'Understood — “{name}” it is, instead of the name before.',
};
