// The classic script's entry (`dist/glossary-elements.iife.js`): the module entry's graph, inlined,
// but for DOMPurify, which browsers without `setHTML` load from the file beside this script.
import { loadDOMPurifyFrom } from './data/load-dompurify.js';
import './glossary-elements.js';

// This script's own URL, read once as it starts, while it is the current script. Page markup can
// shadow `document.currentScript` (`<img name="currentScript" src="https://elsewhere/">`), so it
// is read through Document's own getter, and only from a real script element. A classic script
// cannot resolve a relative `import()` against its own URL when it came from another origin
// without CORS, hence the absolute URL; where the URL cannot be told, nothing is loaded.
const script = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document);
loadDOMPurifyFrom(script instanceof HTMLScriptElement && script.src ? new URL('glossary-elements.purify.js', script.src).href : undefined);
