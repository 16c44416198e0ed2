// The calibration plot of the admin's dropout-model page: the share of dropouts observed against the
// mean predicted risk in each group of episodes, with the diagonal of perfect calibration. A file, never
// inline script (the pages' Content-Security-Policy); the data come from the page's
// <script type="application/json" id="calibration-data"> block, which the browser does not run.
(function () {
  'use strict';

  const block = document.getElementById('calibration-data');
  const canvas = document.getElementById('calibration-chart');
  if (!block || !canvas || !window.Chart) {
    return;
  }
  const c = JSON.parse(block.textContent);
  const points = c.predicted.map((p, i) => ({ x: p, y: c.observed[i], episodes: c.episodes[i] }));
  const top = Math.min(1, Math.ceil(Math.max(0.1, ...c.predicted, ...c.observed) * 10) / 10);
  new Chart(canvas, {
    type: 'scatter',
    data: {
      datasets: [
        { label: 'Groups of episodes', data: points, borderColor: '#2f6f8f', backgroundColor: '#2f6f8f', pointRadius: 5 },
        { label: 'Perfect calibration', data: [{ x: 0, y: 0 }, { x: top, y: top }], showLine: true,
          borderColor: '#999', borderDash: [5, 4], pointRadius: 0 }
      ]
    },
    options: {
      animation: false,
      scales: {
        x: { min: 0, max: top, title: { display: true, text: 'Mean predicted risk' } },
        y: { min: 0, max: top, title: { display: true, text: 'Share that dropped out' } }
      }
    }
  });
}());
