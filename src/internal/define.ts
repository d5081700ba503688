// One warning per copy of the library, however many of its elements were defined already.
let warned = false;

/**
 * Registers `constructor` as `tag` unless the tag is taken, so loading a bundle twice, or both
 * bundles, never throws. Returns whatever class the registry holds for the tag afterwards.
 */
export function defineElement(
  tag: string,
  constructor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): CustomElementConstructor {
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== constructor && !warned) {
      warned = true;
      console.warn(`glossary-elements: <${tag}> is already defined on this page, by another copy of the library; that copy's elements stay.`);
    }
    return existing;
  }
  registry.define(tag, constructor);
  return constructor;
}
