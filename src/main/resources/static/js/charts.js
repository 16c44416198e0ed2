// The charts of the client page, the session brief and a signal's evidence, and the brief's print
// button. A file, never inline script: the pages' Content-Security-Policy runs only this server's own
// script files. Each chart reads its data from a <script type="application/json"> block on the page,
// which the browser does not run.
(function () {
  'use strict';

  // A canvas's own proportions are drawn for a desk's width; on a phone they would leave a strip a
  // few dozen pixels high. Below 600 px a chart is drawn at most 1.5 times as wide as it is high.
  function aspect(canvas) {
    const desk = canvas.width / canvas.height;
    return window.matchMedia('(max-width: 600px)').matches ? Math.min(desk, 1.5) : desk;
  }

  function data(id) {
    const block = document.getElementById(id);
    return block ? JSON.parse(block.textContent) : null;
  }

  // Client, therapist and prediction per session on the 1-5 scale, ruptures as red points.
  function allianceDatasets(c, clientLabel) {
    return [
      { label: clientLabel, data: c.client, borderColor: '#2f6f8f', spanGaps: true },
      { label: 'Therapist', data: c.therapist, borderColor: '#7aa6bd', borderDash: [5, 4], spanGaps: true },
      { label: 'Your prediction', data: c.prediction, borderColor: '#b9a36b', borderDash: [2, 3], spanGaps: true },
      { label: 'Rupture', data: c.ruptures, borderColor: '#b4443c', backgroundColor: '#b4443c', showLine: false, pointRadius: 6 }
    ];
  }

  // Symptoms (higher is worse) and the alliance (higher is better) on charts of their own,
  // so that no line reads against the other's axis.
  function scores() {
    const chart = data('scores-data');
    if (!chart) {
      return;
    }
    line('symptom-scores', chart.sessions, [
      { label: 'PHQ-9 (0–27)', data: chart.phq9, borderColor: '#b4443c', spanGaps: true },
      { label: 'GAD-7 (0–21)', data: chart.gad7, borderColor: '#d08a2e', spanGaps: true },
      { label: 'Signal: risk or not on track', data: chart.symptomSignals, borderColor: '#7a1f1a',
        backgroundColor: '#7a1f1a', showLine: false, pointStyle: 'triangle', pointRadius: 8 }
    ], 0, 27, 'Symptoms (higher is worse)');
    line('alliance-scores', chart.sessions, [
      { label: 'Alliance, client (6–30)', data: chart.allianceClient, borderColor: '#2f6f8f', spanGaps: true },
      { label: 'Alliance, therapist (6–30)', data: chart.allianceTherapist, borderColor: '#7aa6bd', borderDash: [5, 4], spanGaps: true },
      { label: 'Signal: rupture or perception gap', data: chart.allianceSignals, borderColor: '#b4443c',
        backgroundColor: '#b4443c', showLine: false, pointStyle: 'triangle', pointRadius: 8 }
    ], 6, 30, 'Alliance (higher is better)');
  }

  function line(id, labels, datasets, min, max, title) {
    const canvas = document.getElementById(id);
    if (!canvas) {
      return;
    }
    new Chart(canvas, {
      type: 'line',
      data: { labels: labels, datasets: datasets },
      options: {
        animation: false,
        aspectRatio: aspect(canvas),
        scales: {
          x: { title: { display: true, text: 'Session' } },
          y: { min: min, max: max, title: { display: true, text: title } }
        }
      }
    });
  }

  function brief() {
    (data('brief-data') || []).forEach((c) => {
      const canvas = document.getElementById('chart-' + c.scale);
      if (canvas) {
        new Chart(canvas, {
          type: 'line',
          data: { labels: c.sessions, datasets: allianceDatasets(c, 'Client') },
          options: { animation: false, aspectRatio: aspect(canvas), scales: { y: { min: 1, max: 5 } },
            plugins: { legend: { labels: { boxWidth: 12 } } } }
        });
      }
    });
  }

  function evidence() {
    const c = data('evidence-data');
    const canvas = document.getElementById('evidence-chart');
    if (c && canvas) {
      new Chart(canvas, {
        type: 'line',
        data: { labels: c.sessions, datasets: allianceDatasets(c, 'Client (' + c.scale + ')') },
        options: { animation: false, aspectRatio: aspect(canvas), scales: { y: { min: 1, max: 5 } } }
      });
    }
  }

  const print = document.getElementById('print');
  if (print) {
    print.addEventListener('click', () => window.print());
  }
  if (window.Chart) {
    scores();
    brief();
    evidence();
  }
})();
