// The UI words of every language but English, as a file of its own beside the script-tag bundles.
export { translations } from '../internal/translations/index.js';
