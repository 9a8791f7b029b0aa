export { createKnowledgeBase, DEFAULT_ANSWER_THRESHOLD } from './knowledge-base.js';
export type { KnowledgeBase, KnowledgeBaseDeps, SeedResult } from './knowledge-base.js';
export { kbPlugin } from './plugin.js';
export type { KbPluginOptions } from './plugin.js';
export { ARTICLE_FOR_CAUSE } from './causes.js';
export { renderMarkdown } from './render.js';
export { parseArticleSource, toArticleSource } from './front-matter.js';
export * from './types.js';
