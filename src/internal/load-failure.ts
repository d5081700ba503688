import { html, type TemplateResult } from 'lit';

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
