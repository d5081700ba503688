// Page markup that shadows `document.currentScript` (issue 15): a user comment that keeps `name`
// on images is enough. `attacker` is the origin the markup points at; `bundle` the script tags.

export interface ClobberingCase {
  name: string;
  /** Markup before the scripts, pointing at `attacker`. */
  markup: (attacker: string) => string;
  /** The script tag(s), given the assets origin. */
  scripts: (assets: string) => string;
  /** Where the scripts go. */
  inHead?: boolean;
}

const classic = (assets: string, extra = '') => `<script src="${assets}/glossary-elements.iife.js"${extra}></script>`;
const module = (assets: string) => `<script type="module" src="${assets}/glossary-elements.js"></script>`;
const image = (attacker: string) => `<img name="currentScript" src="${attacker}/x/p.png" alt="">`;

export const CLOBBERING_CASES: ClobberingCase[] = [
  { name: '<img name="currentScript">, classic script', markup: image, scripts: (assets) => classic(assets) },
  { name: '<img name="currentScript">, module script', markup: image, scripts: module },
  { name: '<img name="currentScript">, module script in <head>', markup: image, scripts: module, inHead: true },
  { name: '<img name="currentScript">, classic defer script', markup: image, scripts: (assets) => classic(assets, ' defer') },
  { name: '<img name="currentScript">, classic async script', markup: image, scripts: (assets) => classic(assets, ' async') },
  { name: '<embed name="currentScript">', markup: (attacker) => `<embed name="currentScript" src="${attacker}/x/p.png" type="image/png">`, scripts: (assets) => classic(assets) },
  { name: '<form name="currentScript">', markup: (attacker) => `<form name="currentScript" action="${attacker}/x/"><input name="src" value="${attacker}/x/p.png"></form>`, scripts: (assets) => classic(assets) },
  { name: '<iframe name="currentScript">', markup: (attacker) => `<iframe name="currentScript" src="${attacker}/x/frame.html"></iframe>`, scripts: (assets) => classic(assets) },
  { name: 'an element with id="currentScript"', markup: (attacker) => `<img id="currentScript" name="currentScript" src="${attacker}/x/p.png" alt=""><div id="currentScript"></div>`, scripts: (assets) => classic(assets) },
  { name: 'two <img name="currentScript"> (a collection), classic script in <head>', markup: (attacker) => image(attacker) + image(attacker), scripts: (assets) => classic(assets), inHead: true },
];

/** Markup's own requests: what the attacker's origin may see (the image, the frame), nothing loaded as code. */
export const isMarkupRequest = (line: string) => /^GET \/x\/(p\.png|frame\.html)$/.test(line);
