// Questions about the step or change in hand that the basic topics miss: what a splitter is (to "check
// the cables"), whether a router in a closet matters (to "move closer"), whether anything else is
// affected (to a permission). Folded text (lowercase, å/ä/ö → a/a/o); data only.

export type StepTopic = 'what_splitter' | 'enclosed_router' | 'other_affected';

const FILTER_WORD =
  '(splitter\\w*|splitt?er|filter|filtret|dsl-?filter\\w*|telefilter\\w*|jackfilter\\w*|mikrofilter\\w*)';

/** Matched before the basic topics: each is more specific than "which cable?" or "is it safe?". */
export const STEP_TOPICS: [StepTopic, RegExp][] = [
  [
    'what_splitter',
    new RegExp(
      `\\b(vad|what|wat|vilken|which)( (ar|is|'s|s|e))? (en |ett |a |an |the |den |det |that )?${FILTER_WORD}|\\b${FILTER_WORD}\\b[^.!?]{0,15}(\\?|ingen aning|no idea|vad ar det|what'?s that|what is that|vet inte vad)|\\b(what do you mean|vad menar du)( with| med)? (a |an |the |en |ett )?${FILTER_WORD}`,
    ),
  ],
  [
    'enclosed_router',
    /\b(closet|cupboard|cabinet|wardrobe|drawer|shelf behind|inside a (box|cabinet)|behind the (tv|sofa|couch)|skap\w*|garderob\w*|lada\w*|mediamobel\w*|tv-?banken|bakom (tv\w*|soffan))\b[^?]{0,80}\b(matter\w*|a problem|problem\w*|affect\w*|bad|ok|okay|spelar (det|nan|nagon) roll|gor (det|nat|nagot) (nat|nagot)|paverka\w*|daligt|illa)\b/,
  ],
  [
    'other_affected',
    /\b(anything|something|everything|nagot|nat|nan|nanting|allt) (else|annat|mer)\b[^.!?]{0,30}\b(affect\w*|change\w*|break\w*|paverka\w*|andra\w*|forandra\w*|sluta\w*)\b|\b(affect|change|break|touch|paverka\w*|andra\w*)\b[^.!?]{0,20}\b(anything|something|nagot|nat|nan) (else|annat)\b|\b(blir|ar) (nat|nagot|nan|allt) annat (paverka\w*|andrat)\b|\b(will|does|would) (it|this|that) (affect|change|break|mess (up|with)) (my |the )?(wi-?fi|internet|passwords?|tv|phone|devices|settings|anything|something)\b/,
  ],
];
