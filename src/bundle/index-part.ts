// glossary-elements.index.js: what only pages with a <glossary-index> need, loaded by the bundle.
export { IndexView } from '../glossary-index/index-view.js';
export { borrow } from './borrowed.js';
