// "ska jag flytta tillbaka sladden till TEL-hålet?", "can i move the router to the living room?": a cable,
// a box or the router moved in the home is no house move, whatever the model reads into "flytta"/"move".
// Folded text (lower case, å/ä/ö → a/a/o).
import { fold } from './normalize.js';

const MOVE = String.raw`\b(flytt\w*|mov(e|es|ed|ing)|put(ting)?|satt(a|er)?|koppla\w*|plug\w*)\b`;
/** The thing moved: a cable, a plug, a box of ours — or "it" into a socket. */
const THING = String.raw`\b(tillbaka |back |om |bara |över |over )?(sladd\w*|kabel\w*|kabeln|routern?|modem(et)?|filtr\w*|filter|splitter\w*|dosan?|boxen|kontakt(en)?|plugg(en)?|(the|my|that|this) (cable|cord|wire|router|modem|box|filter|splitter|plug)|the wifi box)\b`;
const INTO_SOCKET = String.raw`\b(den|det|it|them|dom)\b.{0,12}\b(till|to|into|in|i)\b.{0,12}\b(tel|phone|dsl|adsl|modem|line)\b`;
const MOVED = new RegExp(`${MOVE}.{0,20}(${THING}|${INTO_SOCKET})`);
/** Words of a home, an address or a place to live: that is the house move after all. */
const HOUSE =
  /\b(hus(et)?|house|lagenhet\w*|apartment|flat|bostad\w*|adress\w*|address|abroad|utomlands|new (place|home)|nytt hem|flytta (in|ut|hemifran)|move (in|out|house|abroad)|moving (in|out|house|abroad|to (a|an|another|the|our|my) (new|different|other)))\b/;

/** The words move a thing (a cable, the router), and name no home or address to move to. */
export function movesAThing(text: string): boolean {
  const t = fold(text).replace(/\s+/g, ' ');
  return MOVED.test(t) && !HOUSE.test(t);
}
