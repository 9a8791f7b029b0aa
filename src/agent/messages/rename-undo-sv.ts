// Svenska: en kund som inte kan ansluta sina enheter igen efter en ändring de bad om (src/runbooks/rename-undo.ts):
// sagt rakt ut att enheterna är offline, det gamla wifi-namnet erbjudet tillbaka, eller det nya behållet.
import type { renameUndoEn } from './rename-undo-en.js';

export const renameUndoSv: Record<keyof typeof renameUndoEn, string> = {
  'rejoin.offline.new_name':
    'Då är dina enheter offline tills var och en har anslutit till ”{name}” – de letar fortfarande efter det gamla namnet.',
  'rejoin.offline.new_key':
    'Då är dina enheter offline tills var och en har fått det nya lösenordet: välj ditt nätverk på varje enhet och skriv in det nya lösenordet. Om någon inte vill ansluta skriver du bara här.',
  'consent.wifi_change.undo':
    'Ska jag sätta tillbaka det gamla namnet ”{old}” så länge? Då ansluter dina enheter av sig själva, och du kan byta namn när det passar dig. Vill du hellre behålla ”{name}” säger du bara nej.',
  'acting.wifi_ssid_change.undo': 'Jag sätter tillbaka det gamla namnet ”{old}”.',
  'done.wifi_ssid_change.undo':
    'Ditt wifi heter ”{old}” igen; dina enheter ansluter av sig själva inom en minut. När du vill ha det nya namnet skriver du bara här.',
  'rename.kept':
    'Då behåller vi ”{name}”. Tills en enhet har anslutit till det är den offline: välj ”{name}” i enhetens wifi-lista och skriv samma lösenord som förut. Om någon inte vill ansluta skriver du bara här.',
  'summary.step.wifi_ssid_change.undo': 'det gamla wifi-namnet tillbakasatt',
  'summary.step.rename.kept': 'det nya wifi-namnet behållet',
  'summary.result.devices join it':
    'dina enheter är offline tills var och en har anslutit till det nya namnet',
  'after.rename_undone':
    'Nej – som vi kom överens om satte jag tillbaka det gamla namnet så att dina enheter är kvar på nätet (ärende {reference}). När du vill byta till ”{name}” skriver du bara här.',
};
