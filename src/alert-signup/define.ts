import { AlertSignup } from './alert-signup.js';

AlertSignup.define();

export { AlertSignup };
