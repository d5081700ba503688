// The term page's demo controls. The library comes from src/ (see vite.demo.config.ts).
import 'glossary-elements';

const view = document.querySelector<HTMLElement>('#term-view')!;
const main = document.querySelector<HTMLElement>('main')!;
const termSelect = document.querySelector<HTMLSelectElement>('#term-select')!;
const darkToggle = document.querySelector<HTMLInputElement>('#dark-toggle')!;
const rtlToggle = document.querySelector<HTMLInputElement>('#rtl-toggle')!;

const applyTerm = () => view.setAttribute('term', termSelect.value);

const applyDark = () => {
  document.documentElement.classList.toggle('dark', darkToggle.checked);
  if (darkToggle.checked) view.style.setProperty('--glossary-color-scheme', 'dark');
  else view.style.removeProperty('--glossary-color-scheme');
};

const applyRtl = () => {
  if (rtlToggle.checked) main.dir = 'rtl';
  else main.removeAttribute('dir');
};

termSelect.addEventListener('change', applyTerm);
darkToggle.addEventListener('change', applyDark);
rtlToggle.addEventListener('change', applyRtl);

// Browsers restore form controls on reload and history navigation: start from what they show.
applyTerm();
applyDark();
applyRtl();

// The page title follows the term shown, as a real term page's would.
view.addEventListener('glossary-load', (event) => {
  const { term, glossary } = (event as CustomEvent<{ term: { term: string }; glossary: { title: string } }>).detail;
  document.title = `${term.term} — ${glossary.title} · Freelance Hub`;
});
