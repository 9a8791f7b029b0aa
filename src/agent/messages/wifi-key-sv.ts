// Svenska: wifi-lösenordet som efterfrågas efter en wifi-åtgärd, och att ansluta en enhet till wifi:t (src/agent/wifi-key-need.ts).
import type { wifiKeyEn } from './wifi-key-en.js';

export const wifiKeySv: Record<keyof typeof wifiKeyEn, string> = {
  'wifi_key.on_label':
    'Wifi-lösenordet står på etiketten under (eller på baksidan av) routern, oftast kallat ”Wifi-lösenord” eller ”WPA-nyckel”.',
  'wifi_key.shown_above':
    'Använd det nya wifi-lösenordet som jag visade ovan {here} (efter ”Ditt nya wifi-lösenord är”): välj ditt nätverk i mobilen och skriv in det när den frågar.',
  'wifi_key.shown_above.email':
    'Det nya wifi-lösenordet står utskrivet i mejlet jag skickade till dig, efter ”Ditt nya wifi-lösenord är”. Kopior som sparas i ditt ärende (och vissa förhandsvisningar) visar det som prickar med flit, så att det aldrig sparas läsbart; öppna själva mejlet. Syns bara prickar där också, säg till så skickar jag det till en kollega direkt.',
  'admin_key.shown_above.email':
    'Det nya administratörslösenordet står utskrivet i mejlet jag skickade till dig, efter ”Routerns nya administratörslösenord är”. Kopior som sparas i ditt ärende (och vissa förhandsvisningar) visar det som prickar med flit, så att det aldrig sparas läsbart; öppna själva mejlet. Syns bara prickar där också, säg till så sätter jag ett nytt och skickar det till en kollega direkt.',
  'admin_key.unreadable':
    'Det nya administratörslösenordet står utskrivet bara i själva meddelandet från mig, efter ”Routerns nya administratörslösenord är”; kopior som sparas i ditt ärende visar det som prickar med flit, så att det aldrig sparas läsbart. Syns bara prickar i det meddelandet också, säg till så sätter jag ett nytt och skickar det till en kollega direkt.',
  'reply.account_password.unreadable':
    'Det tillfälliga lösenordet till {portal} står utskrivet bara i själva meddelandet från mig, efter ”Ditt tillfälliga lösenord till {portal} är”; kopior som sparas i ditt ärende visar det som prickar med flit, så att det aldrig sparas läsbart. Syns bara prickar i det meddelandet också, säg till så skickar jag det till en kollega direkt.',
  'reply.account_password.unreadable_email':
    'Det tillfälliga lösenordet till {portal} står utskrivet i mejlet jag skickade till dig, efter ”Ditt tillfälliga lösenord till {portal} är”. Kopior som sparas i ditt ärende (och vissa förhandsvisningar) visar det som prickar med flit, så att det aldrig sparas läsbart; öppna själva mejlet. Syns bara prickar där också, säg till så skickar jag det till en kollega direkt.',
  'wifi_key.unreadable':
    'Det nya wifi-lösenordet står utskrivet bara i själva meddelandet från mig, efter ”Ditt nya wifi-lösenord är”; kopior som sparas i ditt ärende visar det som prickar med flit, så att det aldrig sparas läsbart. Syns bara prickar i det meddelandet också, säg till så skickar jag det till en kollega direkt – ärendet är öppet tills dina enheter är anslutna igen.',
};
