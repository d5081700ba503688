import { GlossaryTerm } from './glossary-term.js';

GlossaryTerm.define();

export { GlossaryTerm };
