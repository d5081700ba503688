// The term page's demo controls. The library comes from src/ (see vite.demo.config.ts).
import 'glossary-elements';

declare global {
  /** Set by ./dark-mode.js, loaded by every demo page. */
  function setDemoDark(dark: boolean): void;
}

const view = document.querySelector<HTMLElement>('#term-view')!;
const main = document.querySelector<HTMLElement>('main')!;
const termSelect = document.querySelector<HTMLSelectElement>('#term-select')!;
const darkToggle = document.querySelector<HTMLInputElement>('#dark-toggle')!;
const rtlToggle = document.querySelector<HTMLInputElement>('#rtl-toggle')!;

// Term links across the demo name the term in the address (term.html?term=kill-fee): show it,
// and add it to the switcher when it is not one of the listed examples.
const asked = new URLSearchParams(location.search).get('term');
if (asked) {
  if (![...termSelect.options].some((option) => option.value === asked)) termSelect.add(new Option(asked, asked));
  termSelect.value = asked;
}

const applyTerm = () => view.setAttribute('term', termSelect.value);

const applyRtl = () => {
  if (rtlToggle.checked) main.dir = 'rtl';
  else main.removeAttribute('dir');
};

termSelect.addEventListener('change', () => {
  applyTerm();
  history.replaceState(history.state, '', `?term=${encodeURIComponent(termSelect.value)}`);
});
// The page declares its scheme; the elements follow it (no --glossary-color-scheme needed).
darkToggle.addEventListener('change', () => setDemoDark(darkToggle.checked));
rtlToggle.addEventListener('change', applyRtl);

// The Dark setting is the demo's, remembered across pages; the others start from what the page shows.
darkToggle.checked = document.documentElement.classList.contains('dark');
applyTerm();
applyRtl();

// The page title follows the term shown, as a real term page's would; so does the switcher's name.
view.addEventListener('glossary-load', (event) => {
  const { term, glossary } = (event as CustomEvent<{ term: { id: string; term: string }; glossary: { title: string } }>).detail;
  document.title = `${term.term} — ${glossary.title} · Freelance Hub`;
  const option = [...termSelect.options].find((candidate) => candidate.value === term.id);
  if (option) option.text = term.term;
});
