/**
 * A constructed style sheet from literal CSS: the styles a lazily loaded view adds to its element's
 * shadow root (`ElementView.styles`). Unlike Lit's `css`, it needs nothing from Lit, so a view's
 * part can build it as it loads, before it borrows Lit from the bundle.
 */
export function sheet(strings: TemplateStringsArray): CSSStyleSheet {
  const styles = new CSSStyleSheet();
  styles.replaceSync(strings.join(''));
  return styles;
}
