/** Stored as space-separated modes (`large contrast`); the inline snippet in Head.astro applies it before paint. */
const KEY = 'gongshi-reading';

/** The large-type (长辈模式) and high-contrast switches: they toggle, persist, and say whether they are on. */
export function readingModes(): void {
  const group = document.querySelector<HTMLElement>('.reading-modes');
  if (!group) return;
  const root = document.documentElement;
  const buttons = [...group.querySelectorAll<HTMLButtonElement>('button[data-mode]')];
  const active = () => new Set((root.dataset.reading ?? '').split(' ').filter(Boolean));
  const show = () => {
    const modes = active();
    for (const button of buttons) button.setAttribute('aria-pressed', String(modes.has(button.dataset.mode!)));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const modes = active();
      const mode = button.dataset.mode!;
      if (modes.has(mode)) modes.delete(mode);
      else modes.add(mode);
      const value = [...modes].join(' ');
      if (value) root.dataset.reading = value;
      else delete root.dataset.reading;
      try {
        if (value) localStorage.setItem(KEY, value);
        else localStorage.removeItem(KEY);
      } catch {
        // Storage blocked (some in-app browsers): the mode still applies to this page.
      }
      show();
    });
  }
  show();
}
