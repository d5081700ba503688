// DOMPurify as a file of its own beside the script-tag bundles, loaded only where needed.
export { default } from 'dompurify';
