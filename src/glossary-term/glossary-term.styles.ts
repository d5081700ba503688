import { css } from 'lit';
import { messageStyles } from '../internal/message.styles.js';
import { themeStyles } from '../internal/theme.styles.js';

const layout = css`
  .base {
    box-sizing: border-box;
  }

  .card {
    background: var(--_surface);
    border: 0.0625rem solid var(--_border);
    border-radius: var(--_radius);
    padding-block: calc(var(--_space) * 1.25);
    padding-inline: calc(var(--_space) * 1.5);
    max-inline-size: var(--glossary-card-max-inline-size, 40rem);
  }

  /* Names from the data keep their own direction inside a page of the other one. */
  .name, .crumb, .see-also-list a, .article-title, .suggestions a {
    unicode-bidi: plaintext;
  }

  .page {
    max-inline-size: var(--_measure);
  }

  /* Greedy wrapping, not balance: balance split "Late-Payment Fee" at its hyphen ("Late-" over
     "Payment Fee") on phones. Names now break at their spaces first; the text stays as written (no
     non-breaking hyphens to upset copy and find-in-page), and no nowrap can push it off screen. */
  h1, h2, h3, h4, h5, h6 {
    font-family: var(--_heading-font);
    line-height: 1.2;
    letter-spacing: -0.01em;
    margin-block: 0 calc(var(--_space) * 0.5);
  }

  .name {
    font-size: 1.35em;
    font-weight: 700;
  }

  .page .name {
    font-size: clamp(1.8em, 4vw, 2.4em);
    margin-block-end: var(--_space);
  }

  .page section h1, .page section h2, .page section h3,
  .page section h4, .page section h5, .page section h6 {
    font-size: 1.25em;
    margin-block: calc(var(--_space) * 2) calc(var(--_space) * 0.75);
  }

  .definition {
    overflow-wrap: break-word;
  }

  .definition > :first-child {
    margin-block-start: 0;
  }

  .definition p, .definition ul, .definition ol, .definition pre, .definition blockquote {
    margin-block: 0 calc(var(--_space) * 0.75);
  }

  .definition blockquote {
    border-inline-start: 0.25rem solid var(--_border);
    padding-inline-start: var(--_space);
    color: var(--_muted);
    margin-inline: 0;
  }

  .definition code, .definition pre {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    background: var(--_subtle);
    border-radius: 0.25rem;
  }

  .definition code {
    padding-inline: 0.25em;
  }

  .definition pre {
    padding: calc(var(--_space) * 0.75);
    overflow-x: auto;
  }

  .definition abbr[title] {
    text-decoration: underline dotted;
  }
`;

const navigation = css`
  .breadcrumb ol {
    display: flex;
    flex-wrap: wrap;
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }

  .breadcrumb li + li::before {
    content: '›';
    margin-inline: 0.5em;
    color: var(--_muted);
  }

  .breadcrumb [aria-current] {
    color: var(--_text);
  }

  .see-also-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 0.5em;
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .see-also.inline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em;
    margin-block-start: calc(var(--_space) * 0.75);
    font-size: 0.95em;
  }

  .see-also .label {
    color: var(--_muted);
  }

  .see-also-list a {
    display: inline-block;
    padding-block: 0.1em;
    padding-inline: 0.65em;
    border: 0.0625rem solid var(--_border);
    border-radius: 999px;
    text-decoration: none;
  }

  .see-also-list a:hover {
    background: var(--_subtle);
  }

  .read-more {
    display: inline-block;
    margin-block-start: calc(var(--_space) * 0.75);
    font-weight: 600;
  }

  .read-more::after {
    content: ' →';
  }

  .read-more:dir(rtl)::after {
    content: ' ←';
  }

  .more {
    margin-block: calc(var(--_space) * 1.5) 0;
    font-weight: 600;
  }
`;

const articles = css`
  .article-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }

  .article {
    display: grid;
    grid-template-columns: 7rem 1fr;
    gap: var(--_space);
    align-items: start;
  }

  .article:not(:has(.thumbnail:not([hidden]))) {
    grid-template-columns: 1fr;
  }

  .thumbnail[hidden] {
    display: none;
  }

  .thumbnail {
    inline-size: 100%;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_subtle);
  }

  .article .article-title {
    font-size: 1.05em;
    margin-block: 0 0.25em;
  }

  .date {
    display: block;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .excerpt {
    margin-block: 0.35em 0;
    color: var(--_muted);
  }

  @media (max-width: 30rem) {
    .article {
      grid-template-columns: 1fr;
    }
  }
`;

const states = css`
  .skeleton {
    min-block-size: 9rem;
  }

  .skeleton.full {
    min-block-size: 20rem;
  }

  .bone {
    block-size: 0.9em;
    margin-block-end: 0.7em;
    border-radius: 0.25rem;
    background: var(--_subtle);
  }

  .bone.title {
    block-size: 1.4em;
    inline-size: 40%;
    margin-block-end: 1em;
  }

  .bone.short {
    inline-size: 60%;
  }

  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: pulse 1.4s ease-in-out infinite;
    }
  }

  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }

  .suggestions {
    margin-block: 0.5em 0;
  }
`;

export const termStyles = [themeStyles, messageStyles, layout, navigation, articles, states];
