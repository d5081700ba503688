import { GlossaryText } from './glossary-text.js';

GlossaryText.define();

export { GlossaryText };
