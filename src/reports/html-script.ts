/**
 * The inline script of an HTML report: step navigation by buttons, the step list and the arrow keys.
 * Every step is already drawn in the page; the script only chooses which one is shown.
 */
export const REPORT_SCRIPT = `
(() => {
  const steps = Array.from(document.querySelectorAll('article.step'));
  const items = Array.from(document.querySelectorAll('nav.steps button[data-goto]'));
  const prev = document.getElementById('prev');
  const next = document.getElementById('next');
  const position = document.getElementById('position');
  let current = 0;
  function show(index) {
    current = Math.max(0, Math.min(steps.length - 1, index));
    steps.forEach((step, i) => { step.hidden = i !== current; });
    items.forEach((item, i) => {
      item.classList.toggle('current', i === current);
      if (i === current) item.setAttribute('aria-current', 'step'); else item.removeAttribute('aria-current');
    });
    prev.disabled = current === 0;
    next.disabled = current === steps.length - 1;
    position.textContent = 'Step ' + current + ' of ' + (steps.length - 1);
    items[current].scrollIntoView({ block: 'nearest' });
  }
  prev.addEventListener('click', () => show(current - 1));
  next.addEventListener('click', () => show(current + 1));
  items.forEach((item) => item.addEventListener('click', () => show(Number(item.dataset.goto))));
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const moves = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: steps.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    show(moves[event.key]);
  });
  show(0);
})();
`;
