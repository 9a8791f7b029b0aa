// Feature weights belong to the model (issue 20): they are written into model.json by training and read
// from there when classifying; environment variables no longer change triage at run time.
import { describe, expect, it } from 'vitest';
import { classifyClean } from './classify.js';
import { DEFAULT_FEATURE_WEIGHTS, DIM, featurize } from './features.js';
import { IntentModel, loadModel } from './model.js';
import { cleanText } from './normalize.js';
import { serialise } from './train.js';

const TEXT = cleanText('internet har slutat fungera helt sedan i morse');

describe('feature weights recorded in the model', () => {
  it('the committed model records the weights it was trained with', () => {
    expect(loadModel().file.features).toEqual(DEFAULT_FEATURE_WEIGHTS);
    expect(loadModel().model.features).toEqual(DEFAULT_FEATURE_WEIGHTS);
  });

  it('classifying featurises with the model’s own weights', () => {
    const { file } = loadModel();
    const charsOnly = { ...DEFAULT_FEATURE_WEIGHTS, word: 0, bigram: 0, cue: 0, concept: 0, char: 3 };
    const model = IntentModel.fromFile({ ...file, features: charsOnly });
    const expected = model.probabilities(featurize(TEXT, charsOnly));
    const asDefault = model.probabilities(featurize(TEXT));
    const got = classifyClean(TEXT, model);
    const best = Math.max(...expected);
    expect(got.confidence).toBeCloseTo(best, 6);
    expect(Math.max(...asDefault)).not.toBeCloseTo(best, 6);
  });

  it('a model written by training carries its weights into the file', () => {
    const weights = { ...DEFAULT_FEATURE_WEIGHTS, stem: 0.5 };
    const model = new IntentModel(new Float32Array(DIM), new Float32Array(1), ['other'], 1, weights);
    const file = serialise(model, {
      language: { sv: {}, en: {}, floor: { sv: 0, en: 0 } },
      vocabulary: [],
      trainedOn: { lines: 0, at: '2026-12-05T00:00:00Z' },
    });
    expect(file.features).toEqual(weights);
  });
});
