import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import * as projectAnnotations from './preview.js';

// The story tests render with the book's own setup: the elements, the manifest and the a11y checks.
setProjectAnnotations([a11yAnnotations, projectAnnotations]);
