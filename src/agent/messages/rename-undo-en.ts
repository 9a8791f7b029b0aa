// English: a customer who cannot reconnect their devices after a change they asked for (src/runbooks/rename-undo.ts):
// said plainly that the devices stay offline, the old Wi-Fi name offered back, or the new one kept.
export const renameUndoEn = {
  'rejoin.offline.new_name':
    'Then your devices stay offline until each one joins “{name}” — they still look for the old name.',
  'rejoin.offline.new_key':
    'Then your devices stay offline until each one has the new password: on each, choose your network and type the new password. If one will not connect, just write here.',
  'consent.wifi_change.undo':
    'Shall I put the old name “{old}” back for now? Your devices then reconnect by themselves, and you can rename it whenever it suits you. If you would rather keep “{name}”, just say no.',
  'acting.wifi_ssid_change.undo': 'I’m putting the old name “{old}” back.',
  'done.wifi_ssid_change.undo':
    'Your Wi-Fi is called “{old}” again; your devices reconnect by themselves within a minute. Whenever you want the new name, just write here.',
  'rename.kept':
    'Then “{name}” stays. Until a device joins it, that device stays offline: choose “{name}” in its Wi-Fi list and type the same password as before. If one will not connect, just write here.',
  'summary.step.wifi_ssid_change.undo': 'old Wi-Fi network name put back',
  'summary.step.rename.kept': 'new Wi-Fi network name kept',
  'summary.result.devices join it': 'your devices stay offline until each one joins the new name',
  'after.rename_undone':
    'No — as we agreed, I put the old name back so your devices stay connected (case {reference}). Whenever you want “{name}” instead, just write here.',
};
