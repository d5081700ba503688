import { css } from 'lit';

/**
 * The link keeps the page's look: the author's words are styled as the text around them, with a
 * quiet underline that says "there is more here". The card sits in the top layer, beside the link.
 */
const link = css`
  :host {
    display: inline;
    font: inherit;
    color: inherit;
    line-height: inherit;
  }

  a {
    color: var(--glossary-link-color, inherit);
    text-decoration: var(--glossary-link-decoration, underline dotted);
    text-underline-offset: var(--glossary-link-underline-offset, 0.2em);
    text-decoration-thickness: from-font;
    anchor-name: --glossary-link;
    border-radius: 0.15em;
  }

  a:hover {
    text-decoration-style: solid;
  }

  a:focus-visible {
    outline: 2px solid var(--glossary-color-focus, var(--glossary-color-accent, currentColor));
    outline-offset: 2px;
  }
`;

const card = css`
  .card {
    /* A popover sits in the middle of the viewport by default: beside its link instead. */
    inset: auto;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    inline-size: min(var(--glossary-card-width, 22rem), calc(100vw - 16px));
    position-anchor: --glossary-link;
    position-area: block-end span-inline-end;
    position-try-fallbacks: flip-block, flip-inline, flip-block flip-inline, block-end center, block-start center;
    /* A card taller than the room on either side takes the larger side and scrolls there. */
    --_gap: 6px;
    position-try-order: most-block-size;
    max-block-size: calc(100% - 2 * var(--_gap));
    overflow: auto;
    overscroll-behavior: contain;
    margin-block: var(--_gap);
    border-radius: var(--glossary-radius, 0.75rem);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.18);
    /* Unset, the declaration drops and the card inherits the page's scheme (internal/theme.styles.ts). */
    color-scheme: var(--glossary-color-scheme);
  }

  /* Without anchor positioning, floating-ui places the card (hover-card.ts). */
  .card.floating {
    position: fixed;
    position-area: none;
    position-try-fallbacks: none;
    margin: 0;
  }
`;

export const linkStyles = [link, card];
