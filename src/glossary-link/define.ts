import { GlossaryLink } from './glossary-link.js';

GlossaryLink.define();

export { GlossaryLink };
