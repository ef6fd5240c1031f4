// Hemşehri console: CSRF header on every htmx request, dialogs, charts. No citizen text is ever put into
// innerHTML here; the server renders (and escapes) it.
(function () {
  function token() {
    var m = document.querySelector('meta[name="csrf-token"]');
    return m ? m.getAttribute('content') : '';
  }
  document.addEventListener('htmx:configRequest', function (e) {
    e.detail.headers['X-CSRF-Token'] = token();
  });
  document.addEventListener('click', function (e) {
    var open = e.target.closest('[data-open]');
    if (open) {
      var d = document.getElementById(open.getAttribute('data-open'));
      if (d && d.showModal) { d.showModal(); }
    }
    var close = e.target.closest('[data-close]');
    if (close) {
      var dlg = close.closest('dialog');
      if (dlg) { dlg.close(); }
    }
    var nav = e.target.closest('[data-nav-toggle]');
    if (nav) { document.body.classList.toggle('nav-open'); }
  });
  // chips: click to edit in place
  document.addEventListener('click', function (e) {
    var chip = e.target.closest('.chip[data-edit]');
    if (chip) {
      var box = chip.parentElement;
      box.classList.add('editing');
      var input = box.querySelector('.chip-form select, .chip-form input[type=text]');
      if (input) { input.focus(); }
    }
    var cancel = e.target.closest('[data-chip-cancel]');
    if (cancel) { cancel.closest('.chip-box').classList.remove('editing'); }
  });

  var palette = ['#0b4f6c', '#c8102e', '#1b998b', '#f2a541', '#6a4c93', '#4d908e', '#577590', '#e76f51', '#2a9d8f',
    '#8d99ae', '#ef476f', '#118ab2', '#06d6a0', '#ffd166', '#073b4c'];

  function charts() {
    var holder = document.getElementById('chart-data');
    if (!holder || typeof Chart === 'undefined') { return; }
    var data = JSON.parse(holder.getAttribute('data-chart'));
    var print = document.body.classList.contains('print');
    var common = { responsive: true, maintainAspectRatio: false, animation: print ? false : undefined };
    window.hemsehriCharts = [];
    var el = document.getElementById('chart-volume');
    if (el) {
      var ds = Object.keys(data.series).map(function (k, i) {
        return { label: k, data: data.series[k], backgroundColor: palette[i % palette.length], stack: 'v' };
      });
      window.hemsehriCharts.push(new Chart(el, { type: 'bar', data: { labels: data.days, datasets: ds },
        options: Object.assign({}, common, { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }) }));
    }
    el = document.getElementById('chart-category');
    if (el) {
      window.hemsehriCharts.push(new Chart(el, { type: 'doughnut', data: { labels: data.categories,
        datasets: [{ data: data.categoryCounts, backgroundColor: palette }] }, options: common }));
    }
    el = document.getElementById('chart-department');
    if (el) {
      window.hemsehriCharts.push(new Chart(el, { type: 'bar', data: { labels: data.departments,
        datasets: [{ label: 'Vaka', data: data.departmentCounts, backgroundColor: '#0b4f6c' }] },
        options: Object.assign({}, common, { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }) }));
    }
    el = document.getElementById('chart-scores');
    if (el) {
      window.hemsehriCharts.push(new Chart(el, { type: 'bar', data: { labels: ['1', '2', '3', '4', '5'],
        datasets: [{ label: 'Yanıt', data: data.scores, backgroundColor: ['#c8102e', '#e76f51', '#f2a541', '#8ac926', '#1b998b'] }] },
        options: Object.assign({}, common, { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }) }));
    }
  }
  function collapseFiltersOnPhones() {
    if (window.matchMedia('(max-width: 820px)').matches) {
      document.querySelectorAll('.filters details[open]').forEach(function (d) { d.removeAttribute('open'); });
    }
  }
  document.addEventListener('DOMContentLoaded', collapseFiltersOnPhones);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', charts);
  } else {
    charts();
  }
})();
