// The demo's Dark setting, kept across its pages in localStorage. A classic script in each page's
// <head>, so a page the reader set dark is dark from its first paint. The page declares the scheme
// (`:root.dark { color-scheme: dark }` in demo.css) and the glossary elements follow it.
const KEY = 'freelance-hub:dark';

function savedDark() {
  try {
    return localStorage.getItem(KEY) === 'true';
  } catch {
    return false; // storage off (private window, sandbox): light, as the page declares
  }
}

document.documentElement.classList.toggle('dark', savedDark());

/** Sets the scheme of this page and of the demo's pages opened later. */
globalThis.setDemoDark = (dark) => {
  document.documentElement.classList.toggle('dark', dark);
  try {
    localStorage.setItem(KEY, String(dark));
  } catch {
    // This page still changes.
  }
};
