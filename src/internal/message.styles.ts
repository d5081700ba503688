import { css } from 'lit';

/** The styles of the failure and other message boxes, shared by the glossary elements. */
export const messageStyles = css`
  .message-box {
    border: 0.0625rem dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .message {
    margin: 0;
    font-weight: 600;
  }

  .message.error {
    color: var(--_danger);
  }

  .detail {
    margin-block: 0.35em var(--_space);
    font-size: 0.9em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  .fallback {
    display: block;
    margin-block-start: calc(var(--_space) * 0.75);
  }
`;
