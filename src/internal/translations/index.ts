import { ar } from './ar.js';
import { de } from './de.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { he } from './he.js';
import { ru } from './ru.js';
import { sv } from './sv.js';

/**
 * Every language but English, which is built in. This module is loaded on first need, so a page
 * in English never downloads it; `TRANSLATED` in ../words.ts lists the same languages.
 */
export const translations = { ar, de, es, fr, he, ru, sv };

export type Translations = typeof translations;
