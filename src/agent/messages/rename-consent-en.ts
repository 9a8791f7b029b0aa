// English: questions while a Wi-Fi rename waits for its name or its permission (src/agent/rename-consent.ts,
// src/agent/rename-name-answer.ts).
export const renameConsentEn = {
  'rename.emoji':
    'Emojis work on most phones and computers, but TVs, printers and other older devices often show them as boxes or cannot find the network at all — so I would skip them.',
  'rename.name_instead': 'Understood — “{name}” it is, instead of the name before.',
  'rename.rules.letters':
    'Å, ä and ö are allowed in the name, but some older devices (a few TVs and printers) show them oddly — if you want to be safe, write a and o instead.',
  'rename.rules.case':
    'Capital letters are fine: every device shows the name exactly as it is written, so just pick it in the list as it appears.',
  'rename.rules.spaces': 'Spaces are fine.',
  'rename.rules.length': 'The name can be up to 32 characters long.',
  'rename.suggest':
    'No problem — many people pick their surname or something short they will recognise, like “Home” or their street name.',
  'rename.suggest.named':
    'No problem — many people pick their surname or something short they will recognise, for example “{example}”.',
  'rename.tips':
    'Either works. Many people pick their surname, a house name or something short they will recognise — just leave out personal details like your full name or address, as neighbours can see the name.',
  'rename.which_of': 'Which would you like: “{first}” or “{second}”?',
  'rename.name_again': 'Of course — I will not use “{name}”.',
  'rename.devices_drop':
    'Yes — after the rename every device on the Wi-Fi is offline until it has joined the new name once, with the same password as before: a phone or computer picks it in its Wi-Fi list, a TV in its network settings.',
  'rename.smart_devices':
    'Smart bulbs, plugs and robot vacuums usually have to be added again in their own app, on the new name.',
  'rename.still_want': 'Would you still like the new name? If so, what should it be called?',
};
