import { css } from 'lit';

// The index's look once its view has loaded; the shell's own styles (theme, messages, the
// placeholder's space) are in glossary-index.styles.ts.

const searchAndLetters = css`
  .search {
    display: grid;
    gap: 0.35em;
    margin-block-end: var(--_space);
  }

  .search label {
    font-weight: 600;
  }

  input[type='search'] {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 0.0625rem solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    padding-block: 0.55em;
    padding-inline: 0.8em;
    inline-size: 100%;
    box-sizing: border-box;
  }

  input[type='search']:focus-visible {
    outline-offset: 0;
  }

  .letters ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .letter {
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.1em;
    min-block-size: 2.1em;
    border-radius: calc(var(--_radius) / 2);
    font-weight: 600;
    text-decoration: none;
  }

  a.letter:hover {
    background: var(--_subtle);
  }

  a.letter[aria-current] {
    background: var(--_accent);
    color: var(--_surface);
  }

  .letter[aria-disabled] {
    color: var(--_muted);
    opacity: 0.55;
  }
`;

const list = css`
  .status-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    margin-block: calc(var(--_space) * 0.75);
  }

  /* Nothing to announce: no gap under the letter bar (the live region itself stays in place). */
  .status-row:has(.status:empty) {
    margin-block: 0;
  }

  .status {
    margin: 0;
    color: var(--_muted);
  }

  /* Hidden while search results show, but kept laid out: showing it again costs no layout of
     every entry. Like display: none, it is out of the accessibility tree and out of focus. */
  .groups[hidden] {
    display: block;
    content-visibility: hidden;
  }

  .group-heading {
    font-size: 1.4em;
    margin-block: calc(var(--_space) * 1.25) calc(var(--_space) * 0.5);
    padding-block-end: 0.2em;
    border-block-end: 0.0625rem solid var(--_border);
    scroll-margin-block-start: var(--_space);
  }

  .entries {
    container-type: inline-size;
  }

  /* Off screen, a chunk of entries is neither styled nor laid out; its place is estimated from its
     number of entries (--entries, set on each chunk), two lines each. Block size only: a length for
     both axes made skipped boxes too wide for a phone inside a grid or flex item. Once rendered,
     auto remembers the real size. The padding is room for the focus ring: content-visibility clips
     paint at the chunk's edges. */
  .chunk,
  .results {
    padding: 0.32rem;
  }

  .chunk {
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(var(--entries, 100) * 2.75em);
  }

  .results {
    list-style: none;
    margin: 0;
  }

  /* Block flow, not a grid: a grid sizes its rows over every entry it holds. */
  .entry + .entry {
    margin-block-start: 0.35em;
  }

  .entry a {
    font-weight: 600;
    unicode-bidi: plaintext;
  }

  .entry a[aria-current] {
    text-decoration-thickness: 0.15em;
  }

  .via {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .summary {
    display: block;
    color: var(--_muted);
    font-size: 0.92em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  /* Where the list is narrow, names alone. */
  @container (max-width: 22rem) {
    .summary {
      display: none;
    }
  }

  mark {
    background: var(--glossary-color-mark, light-dark(#fff1a8, #5c4a00));
    color: inherit;
    border-radius: 0.15em;
  }

  .more {
    margin-block-start: var(--_space);
  }
`;

/** Added to the element's shadow root by its view. */
export const indexViewStyles = [searchAndLetters, list];
