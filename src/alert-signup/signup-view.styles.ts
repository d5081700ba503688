import { css } from 'lit';

// The signup's look once its view has loaded; the theme is the shell's (alert-signup.styles.ts).

const form = css`
  .form {
    background: var(--_surface);
    border: 0.0625rem solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.25);
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .heading {
    font-size: 1.2em;
    line-height: 1.25;
    margin: 0;
  }

  .description {
    color: var(--_muted);
  }

  .description ::slotted(*) {
    margin: 0;
  }

  .fields {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.5);
  }

  .field {
    display: grid;
    gap: 0.3em;
    flex: 1 1 12rem;
  }

  label {
    font-weight: 600;
    font-size: 0.95em;
  }

  input[type='email'],
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 0.0625rem solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    padding-block: 0.5em;
    padding-inline: 0.75em;
    min-block-size: 2.75rem;
    box-sizing: border-box;
    inline-size: 100%;
  }

  [aria-invalid='true'] {
    border-color: var(--_danger);
  }

  button[type='submit'] {
    background: var(--_accent);
    color: var(--_surface);
    border-color: var(--_accent);
    font-weight: 600;
    min-block-size: 2.75rem;
  }

  button[type='submit']:hover {
    background: var(--_accent);
    filter: brightness(1.1);
  }

  button:disabled {
    opacity: 0.65;
    cursor: progress;
  }

  .consent {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.5em;
  }

  .consent input {
    margin-block-start: 0.3em;
    inline-size: 1.1em;
    block-size: 1.1em;
  }

  .consent label {
    font-weight: normal;
  }

  .consent .field-error {
    grid-column: 2;
  }

  .field-error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.9em;
  }

  .message {
    margin: 0;
  }

  .message:empty {
    display: none;
  }

  .message.success {
    color: var(--glossary-color-success, light-dark(#1e6b3a, #8fd9a8));
    font-weight: 600;
  }

  .message.error {
    color: var(--_danger);
  }

  .message:focus {
    outline: none;
  }

  .message:focus-visible {
    outline: 0.1875rem solid var(--_focus);
  }
`;

/** Added to the element's shadow root by its view. */
export const signupViewStyles = [form];
