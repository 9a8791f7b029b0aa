// "och jag vill byta wifi-namnet också", "can you rename the network too": a rename asked for in so many words.
// Only the name mentioned ("I forgot my wifi name and password", "what is the network called?") asks for none.
import { fold } from './normalize.js';

const ASKED =
  /\b(renam\w*|dop\w* om)\b|\b(byt\w*|andra\w*|change\w*|new|nytt|annat|different)\b[^.?!]{0,20}\b(namn\w*|name|ssid)\b|\b(namn\w*|name|ssid)\b[^.?!]{0,12}\b(bytt|andrat|changed|byts|andras)\b/;

/** "how do I change the network name?", "hur byter man namn på nätverket?": a question about it, no rename asked. */
const HOW = /\b(how|hur)\b[^.?!]{0,25}\b(renam\w*|change\w*|byt\w*|andra\w*|dop\w*)/;

/** Whether `text` asks for the Wi-Fi network to get a new name (whether or not it gives the name). */
export function renameAskedIn(text: string): boolean {
  const t = fold(text);
  return ASKED.test(t) && !HOW.test(t);
}
