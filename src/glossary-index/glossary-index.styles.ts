import { css } from 'lit';
import { messageStyles } from '../internal/message.styles.js';
import { themeStyles } from '../internal/theme.styles.js';

/** The placeholder keeps the index's space while its view loads; the rest comes with the view (index-view.styles.ts). */
const placeholder = css`
  .skeleton {
    min-block-size: 20rem;
  }
`;

export const indexStyles = [themeStyles, messageStyles, placeholder];
