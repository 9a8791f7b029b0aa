// "vi ska flytta till malmö, kan jag ta med internet dit?", "we're moving house in march": a house move, which
// changes where the subscription is delivered — a change of the account (sales'), never an invoice question.
// Folded text.

/** The words of a house move. */
export const HOUSE_MOVE =
  /\b(ska flytta|vi flyttar|jag flyttar|flyttar (till|ut|in)|flytta (till|ut|hemifran)|flytten|flyttning\w*|moving (house|home|out|to)|move (house|home|to)|we'?re moving|we are moving|i'?m moving|relocat\w*)\b/;
