// The script-tag bundles: registers every element and exports nothing, so the classic
// script defines no global of its own.
import '../index.js';
