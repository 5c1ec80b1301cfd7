/** The notice's print button: shown only where scripts run (the browser's own Print menu always works). */
export function printButton(): void {
  const button = document.querySelector<HTMLButtonElement>('button.print-page');
  if (!button) return;
  button.addEventListener('click', () => window.print());
  button.hidden = false;
}
