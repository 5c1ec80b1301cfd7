/**
 * Draws each chart only when it comes near the viewport, and loads Chart.js only then: a page whose charts are
 * never scrolled to never downloads it. Without JavaScript (or before it runs) the table shows the same numbers.
 */
export function observeCharts(): void {
  const figures = document.querySelectorAll<HTMLElement>('figure[data-chart]');
  if (figures.length === 0 || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        // One task per chart: several figures entering together must not block input as one long task.
        void import('./drawChart').then(({ drawChart }) => setTimeout(() => drawChart(entry.target as HTMLElement)));
      }
    },
    { rootMargin: '200px 0px' },
  );
  figures.forEach((figure) => observer.observe(figure));
}
