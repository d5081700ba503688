// The script-tag entry: `dist/glossary-elements.js`, and inlined into `glossary-elements.iife.js`.
// It registers every element and exports nothing, so the classic script defines no global.
// Vite builds it; tsc leaves it out (tsconfig.build.json), since its output has the same name.
import './index.js';
