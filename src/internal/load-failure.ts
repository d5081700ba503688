import { css, html, type TemplateResult } from 'lit';

/**
 * What an element shows when its glossary could not be loaded: what happened, the precise cause,
 * a Retry button, and then the element's own light-DOM children (a plain link, say), so the reader
 * is never left with nothing.
 */
export function loadFailure(headline: string, cause: string, retryLabel: string, onRetry: () => void): TemplateResult {
  return html`
    <div part="base" class="base message-box" role="status">
      <p part="message" class="message error">${headline}</p>
      <p class="detail">${cause}</p>
      <button part="retry-button" @click=${onRetry}>${retryLabel}</button>
    </div>
    <slot class="fallback"></slot>
  `;
}

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
