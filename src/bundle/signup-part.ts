// glossary-elements.signup.js: what only pages with an <alert-signup> need, loaded by the bundle.
export { SignupView } from '../alert-signup/signup-view.js';
export { borrow } from './borrowed.js';
