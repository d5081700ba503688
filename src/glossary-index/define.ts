import { GlossaryIndex } from './glossary-index.js';

GlossaryIndex.define();

export { GlossaryIndex };
