/**
 * Resolves once a control image, put after everything already in `parent`, has failed to load.
 * Its URL (`x`) is the broken one the hostile corpus uses, so by then the images of the content
 * before it have fired their own `error` (or `load`) handlers: a test can then say that none ran,
 * without guessing how long they take. The control image is removed again.
 */
export async function afterControlImage(parent: ParentNode): Promise<void> {
  const control = document.createElement('img');
  control.alt = '';
  const fired = new Promise((resolve) => {
    control.addEventListener('load', resolve, { once: true });
    control.addEventListener('error', resolve, { once: true });
  });
  control.src = 'x';
  parent.append(control);
  await fired;
  control.remove();
}
