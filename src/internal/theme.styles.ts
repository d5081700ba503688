import { css } from 'lit';

/**
 * The design tokens every element shares. Public `--glossary-*` properties set them; the private
 * `--_*` names hold the resolved values so rules stay short. `light-dark()` follows the colour
 * scheme the page declares (light where it declares none), unless `--glossary-color-scheme` pins one.
 */
export const themeStyles = css`
  :host {
    /* No fallback on purpose: unset, the var() makes the declaration invalid at computed-value
       time, so color-scheme (an inherited property) is inherited from the page. */
    color-scheme: var(--glossary-color-scheme);
    --_font: var(--glossary-font-family, inherit);
    --_heading-font: var(--glossary-heading-font-family, var(--_font));
    --_text: var(--glossary-color-text, light-dark(#1c2024, #e8eaed));
    --_muted: var(--glossary-color-muted, light-dark(#5a6069, #a4abb6));
    --_accent: var(--glossary-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_surface: var(--glossary-color-surface, light-dark(#ffffff, #1b1e23));
    --_subtle: var(--glossary-color-subtle, light-dark(#f3f5f8, #262a31));
    --_border: var(--glossary-color-border, light-dark(#dfe3e8, #3a3f47));
    --_danger: var(--glossary-color-danger, light-dark(#b3261e, #f2b8b5));
    --_focus: var(--glossary-color-focus, var(--_accent));
    --_radius: var(--glossary-radius, 0.75rem);
    --_space: var(--glossary-spacing, 1rem);
    --_measure: var(--glossary-max-inline-size, 70ch);

    display: block;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.6;
  }

  :host([hidden]) {
    display: none;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.18em;
    text-decoration-thickness: 0.06em;
  }

  a:hover {
    text-decoration-thickness: 0.12em;
  }

  :focus-visible {
    outline: 0.1875rem solid var(--_focus);
    outline-offset: 0.125rem;
    border-radius: 0.25rem;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 0.0625rem solid currentColor;
    border-radius: calc(var(--_radius) / 2);
    padding-block: 0.35em;
    padding-inline: 0.9em;
    cursor: pointer;
  }

  button:hover {
    background: var(--_subtle);
  }
`;
