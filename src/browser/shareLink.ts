/**
 * The share button: the phone's own share sheet where the browser has one (Web Share API), otherwise copy the
 * link; when even that is blocked (some in-app browsers), show the link so it can be copied by hand. No pop-up.
 */
export function shareLink(): void {
  const button = document.querySelector<HTMLButtonElement>('button.share-link');
  const status = document.querySelector<HTMLElement>('.share-status');
  if (!button || !status) return;
  const { url, title, send, copied, failed } = button.dataset as Record<string, string>;
  const canShare = typeof navigator.share === 'function';
  if (canShare) button.textContent = send!;
  button.hidden = false;
  button.addEventListener('click', async () => {
    if (canShare) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url!);
      status.textContent = copied!;
    } catch {
      status.textContent = `${failed}${url}`;
    }
  });
}
