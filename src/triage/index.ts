// Triage of a customer message: language, intent (with calibrated confidence and runner-up), a
// second problem, entities, priority, mood and a request for a person. Offline and fast: the
// committed model in data/triage/model.json is loaded once.
import { withoutPastBackground } from './past-background.js';
import { adminPasswordMeant, portalNamed } from './admin-password.js';
import { asksPlanChange } from './plan-change.js';
import { problemBeforeAddOn } from './add-on.js';
import type { Intent, Language, Mood, Priority, Segment } from '../domain/index.js';
import { parseAnswer, type ParsedAnswer } from './answers.js';
import { withoutWhereFound } from './where-found.js';
import { classifyClean } from './classify.js';
import {
  extractEntities,
  findVolunteeredPin,
  parsePortForward,
  parseWifiName,
  type Entities,
  type PortForwardRequest,
} from './entities.js';
import { detectLanguage, knownWordShare } from './language.js';
import { detectMood } from './mood.js';
import { cleanText, fold, stripHtml } from './normalize.js';
import { conceptsOf, teamIntentUnfounded } from './lexicon.js';
import { assessPriority } from './priority.js';
import { secondaryIntents } from './secondary.js';
import {
  classifyReply,
  saysNotCustomer,
  type QuestionTopic,
  type ReplyAct,
  type ReplyContext,
} from './reply.js';
import { readLineCues } from './line-cues.js';
import { isCorrection, wantsHuman } from './signals.js';
import { downInstead, symptomIntent } from './symptoms.js';
import { noAccountChange } from './moved-thing.js';
import { purchaseWish } from './purchase-wish.js';
import { availabilityAsked } from './availability-question.js';

export {
  parseAnswer,
  wantsHuman,
  isCorrection,
  extractEntities,
  detectLanguage,
  detectMood,
  assessPriority,
  cleanText,
};
export { classifyReply, saysNotCustomer, findVolunteeredPin, parsePortForward, parseWifiName };
export type { ParsedAnswer, Entities, ReplyAct, QuestionTopic, ReplyContext, PortForwardRequest };
export type { LightObservation } from './lights.js';

/** Below this confidence the desk asks a clarifying question offering the top two intents. */
export const CLARIFY_THRESHOLD = 0.55;

/** Confidence reported for input that cannot be classified (empty, emoji, another language). */
const UNCLASSIFIABLE_CONFIDENCE = 0.1;

export interface TriageContext {
  profileLanguage?: Language;
  segment?: Segment;
}

export type TriageResult = {
  language: Language;
  languageConfidence: number;
  intent: Intent;
  confidence: number;
  runnerUp: Intent | null;
  runnerUpConfidence: number;
  secondaryIntents: Intent[];
  entities: Entities;
  priority: Priority;
  priorityReasons: string[];
  mood: Mood;
  moodReasons: string[];
  wantsHuman: boolean;
};

const round = (x: number) => Math.round(x * 1000) / 1000;
/** What the model makes of a symptom's words; a request of another kind ("cancel, it keeps restarting") stands. */
const MISREAD_AS: ReadonlySet<Intent> = new Set<Intent>(['router_reset', 'other']);
/** How sure a symptom named in so many words makes the intent. */
const SYMPTOM_CONFIDENCE = 0.9;
/** A thing moved in the home is no request of its own: sure enough not to ask "which do you mean?". */
const THING_MOVED_CONFIDENCE = 0.6;
/** A team's intent read from no word of its matter: below the clarifying threshold. */
const UNFOUNDED_CONFIDENCE = 0.5;

export function triage(text: string, ctx: TriageContext = {}): TriageResult {
  const raw = typeof text === 'string' ? text : String(text ?? '');
  // "we had no internet on Saturday, our own fault, no complaint there": a past fault as background is no report.
  const cleaned = withoutPastBackground(cleanText(raw));
  const lang = detectLanguage(cleaned, ctx.profileLanguage);
  // No word of Swedish or English at all (emoji, noise, a lone unknown token): nothing to classify.
  const hasWords = /\p{L}{2,}/u.test(cleaned) && knownWordShare(cleaned).share > 0;

  let intent: Intent = 'other';
  let confidence = UNCLASSIFIABLE_CONFIDENCE;
  let runnerUp: Intent | null = null;
  let runnerUpConfidence = 0;
  let secondary: Intent[] = [];
  if (hasWords) {
    // "Mitt kundnummer är 200-199 (står på fakturan)": the invoice named only as where the number is, unread.
    const r = classifyClean(withoutWhereFound(cleaned));
    if (lang.foreign) {
      runnerUp = r.intent === 'other' ? r.runnerUp : r.intent;
      runnerUpConfidence = Math.min(r.confidence, UNCLASSIFIABLE_CONFIDENCE) / 2;
    } else {
      ({ intent, confidence, runnerUp, runnerUpConfidence } = r);
      // A symptom named in so many words outweighs the model (which reads "restarts itself" as a request).
      const symptom = symptomIntent(cleaned);
      if (symptom && symptom !== intent && (MISREAD_AS.has(intent) || confidence < 0.6)) {
        runnerUp = intent;
        runnerUpConfidence = confidence;
        intent = symptom;
        confidence = SYMPTOM_CONFIDENCE;
      } else if (symptom && symptom === intent) confidence = Math.max(confidence, SYMPTOM_CONFIDENCE);
      else if (!symptom) {
        // "the internet isn't working … the customer number on the account": down, not a login or a drop-out.
        const down = downInstead(cleaned, intent);
        if (down === intent) confidence = Math.max(confidence, SYMPTOM_CONFIDENCE);
        else if (down) {
          [runnerUp, runnerUpConfidence] = [intent, confidence];
          [intent, confidence] = [down, SYMPTOM_CONFIDENCE];
        }
      }
      // "ska jag flytta tillbaka sladden till TEL-hålet?": a cable moved, not a house move for sales.
      if (intent === 'account_change' && noAccountChange(cleaned))
        [intent, confidence, runnerUp, runnerUpConfidence] = ['other', THING_MOVED_CONFIDENCE, null, 0];
      // "still want to know about remote management tho": no word of an invoice or the subscription.
      if (teamIntentUnfounded(fold(cleaned), intent)) {
        const next = runnerUp && !teamIntentUnfounded(fold(cleaned), runnerUp) ? runnerUp : 'other';
        [intent, confidence, runnerUp, runnerUpConfidence] = [
          next,
          Math.min(next === runnerUp ? runnerUpConfidence : confidence, UNFOUNDED_CONFIDENCE),
          intent,
          confidence,
        ];
      }
      // "I want a new router, even if I pay", "kan jag köpa en nyare modell av er?": equipment from us is
      // sales', never an invoice (the payment is its price) — unless a symptom names a fault.
      if (!symptom && intent !== 'account_change' && !namesTrouble(cleaned) && purchaseWish(fold(cleaned))) {
        [runnerUp, runnerUpConfidence] = [intent, confidence];
        [intent, confidence] = ['account_change', SYMPTOM_CONFIDENCE];
      }
      // "can I get fiber in Hisingen?", "fiber hisingen?": the service sold at a place is sales'.
      if (!symptom && intent !== 'account_change' && availabilityAsked(fold(cleaned))) {
        [runnerUp, runnerUpConfidence] = [intent, confidence];
        [intent, confidence] = ['account_change', SYMPTOM_CONFIDENCE];
      }
      // "Pappa betalar för det stora abonnemanget … kan han gå ner till det billigaste?": a plan change (sales),
      // whatever the message says of what is paid.
      if (intent === 'billing' && asksPlanChange(cleaned)) {
        [runnerUp, runnerUpConfidence] = [intent, confidence];
        [intent, confidence] = ['account_change', SYMPTOM_CONFIDENCE];
      }
      // "can you change the router's admin password? does it affect my wifi password?": the router's login.
      // "you wrote that you set a new admin password … if not, yes please do": the router's login, never a
      // customer-portal password (password_reset) while the portal goes unnamed.
      if (
        (intent === 'wifi_password' || (intent === 'password_reset' && !portalNamed(cleaned))) &&
        adminPasswordMeant(cleaned)
      ) {
        [runnerUp, runnerUpConfidence] = [intent, confidence];
        [intent, confidence] = ['router_config', SYMPTOM_CONFIDENCE];
      }
      // "… and while you're at it, rename the network": the problem is what comes before the add-on.
      const head = problemBeforeAddOn(cleaned, { intent, confidence });
      if (head) {
        [runnerUp, runnerUpConfidence] = [intent, confidence];
        ({ intent, confidence } = head);
      }
      secondary = secondaryIntents(withoutWhereFound(cleaned), intent);
    }
  }

  if (hasWords && !lang.foreign)
    ({ intent, confidence, runnerUp, runnerUpConfidence, secondary } = readLineCues(cleaned, {
      intent,
      confidence,
      runnerUp,
      runnerUpConfidence,
      secondary,
    }));
  const mood = detectMood(cleaned);
  const human = wantsHuman(cleaned);
  const pr = assessPriority({ text: cleaned, intent, mood: mood.mood, segment: ctx.segment });
  const entitiesText = stripHtml(raw.slice(0, 8000))
    .split('\n')
    .filter((l) => !l.trim().startsWith('>'))
    .join('\n');
  return {
    language: lang.language,
    languageConfidence: round(lang.confidence),
    intent,
    confidence: round(confidence),
    runnerUp,
    runnerUpConfidence: round(runnerUpConfidence),
    secondaryIntents: secondary,
    entities: extractEntities(entitiesText),
    priority: pr.priority,
    priorityReasons: pr.reasons,
    mood: mood.mood,
    moodReasons: mood.reasons,
    wantsHuman: human,
  };
}

/** The triage capability as one object (what the agent depends on). */
export const triageApi = {
  triage,
  parseAnswer,
  wantsHuman,
  isCorrection,
  classifyReply,
  findVolunteeredPin,
  saysNotCustomer,
  parseWifiName: (text: string) => parseWifiName(text),
  clarifyThreshold: CLARIFY_THRESHOLD,
};

/** "our internet has been very slow … should we buy a new modem?": a fault told beside the equipment. */
function namesTrouble(cleaned: string): boolean {
  const c = conceptsOf(fold(cleaned));
  return c.includes('slow') || c.includes('dead') || c.includes('drops');
}
