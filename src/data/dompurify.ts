// DOMPurify as an entry of the module build (`dist/glossary-elements.purify.js`): the module
// entry's `import()` of it and the classic script's load the same file, only without `setHTML`.
export { default } from 'dompurify';
