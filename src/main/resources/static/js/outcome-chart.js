// The outcome chart of the client page and the session brief: the client's PHQ-9 by session and, when
// the clinic's expected treatment response judges, the expected score and its band (shaded between the
// lower and upper bound; above the upper bound a client is not on track). A file, never inline script
// (the pages' Content-Security-Policy); loaded with defer, so Chart.js, which the page loads, is there.
(function () {
  'use strict';

  const block = document.getElementById('outcome-data');
  const canvas = document.getElementById('outcome-chart');
  if (!block || !canvas || !window.Chart) {
    return;
  }
  const c = JSON.parse(block.textContent);
  const datasets = [
    { label: 'PHQ-9', data: c.phq9, borderColor: '#b4443c', backgroundColor: '#b4443c', spanGaps: true, order: 0 }
  ];
  if (c.upper.length > 0) {
    datasets.push(
      { label: 'Expected', data: c.mean, borderColor: '#2f6f8f', borderDash: [5, 4], pointRadius: 0, order: 1 },
      { label: 'Band, lower', data: c.lower, borderColor: 'rgba(47, 111, 143, 0.35)', pointRadius: 0, order: 2 },
      { label: 'Band, upper (above: not on track)', data: c.upper, borderColor: 'rgba(47, 111, 143, 0.35)',
        backgroundColor: 'rgba(47, 111, 143, 0.12)', pointRadius: 0, fill: '-1', order: 2 }
    );
  }
  new Chart(canvas, {
    type: 'line',
    data: { labels: c.sessions, datasets: datasets },
    options: {
      animation: false,
      // At most 1.5 times as wide as high on a phone, as the other charts (charts.js).
      aspectRatio: window.matchMedia('(max-width: 600px)').matches ? Math.min(canvas.width / canvas.height, 1.5)
        : canvas.width / canvas.height,
      scales: {
        x: { title: { display: true, text: 'Session' } },
        y: { min: 0, max: 27, title: { display: true, text: 'PHQ-9 (higher is worse)' } }
      },
      plugins: { legend: { labels: { boxWidth: 12 } } }
    }
  });
})();
