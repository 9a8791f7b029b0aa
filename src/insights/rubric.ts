// The QA rubric's criteria: one list, used by the API's schema and by the console's review form.
export const RUBRIC = ['diagnosis', 'safety', 'communication', 'documentation'] as const;
export type RubricKey = (typeof RUBRIC)[number];
