// The package entry: every element, registered under its contract tag name.
import './glossary-term/define.js';
import './glossary-index/define.js';
import './alert-signup/define.js';
import './glossary-link/define.js';
import './glossary-text/define.js';

export { GlossaryTerm, type TermVariant } from './glossary-term/glossary-term.js';
export { GlossaryIndex } from './glossary-index/glossary-index.js';
export {
  AlertSignup,
  type AlertSignupErrorDetail,
  type AlertSignupSubmitDetail,
  type AlertSignupSuccessDetail,
} from './alert-signup/alert-signup.js';
export { GlossaryLink, type GlossaryCardOpenDetail } from './glossary-link/glossary-link.js';
export { GlossaryText, type GlossaryLinkedDetail, type LinkMode } from './glossary-text/glossary-text.js';
export { GlossaryError, type GlossaryErrorKind } from './data/errors.js';
export type { Glossary, GlossaryArticle, GlossaryData, GlossaryTermData, Term } from './data/types.js';
export type { GlossaryErrorDetail, GlossaryLoadDetail, GlossarySelectDetail } from './internal/events.js';
export { clearGlossaryCache } from './data/load.js';
