// Dasbor SPM: reads only the Reporting API (aggregates), with the caller's bearer token.
(() => {
  'use strict';
  // The sectors' labels: the shared map (/shared/sectors.js), as on the other pages.
  const sectorName = PosyanduSectors.name;
  // indicator: from the URL, else (on the first scorecard) the first indicator that has a value — never an empty trend.
  const state = { region: null, period: null, indicator: null, chart: null };
  const $ = (id) => document.getElementById(id);
  // Sign-in, token and API calls: the shared session script (/shared/session.js), as on the village page.
  const api = (path) => PosyanduSession.api(path);

  const format = (v) => v === null || v === undefined ? '–' : Number(v).toLocaleString('id-ID', { maximumFractionDigits: 1 });

  function query(extra = {}) {
    const params = new URLSearchParams({ period: state.period, ...extra });
    if (state.region) params.set('region', state.region);
    return params.toString();
  }

  async function load() {
    $('error').hidden = true;
    try {
      const card = await (await api(`/api/reporting/scorecard?${query()}`)).json();
      state.region = card.region;
      if (!state.indicator) state.indicator = firstWithData(card.sectors);
      renderBreadcrumb(card.path);
      renderCards(card.sectors);
      await Promise.all([loadTrend(), loadChildren()]);
      history.replaceState(null, '', `?region=${state.region}&period=${state.period}&indicator=${state.indicator}`);
    } catch (error) {
      $('error').textContent = error.message;
      $('error').hidden = false;
    }
  }

  function firstWithData(sectors) {
    const indicators = sectors.flatMap((s) => s.indicators);
    return (indicators.find((i) => i.value !== null) || indicators[0]).id;
  }

  function renderBreadcrumb(path) {
    const nav = $('breadcrumb');
    nav.replaceChildren();
    path.forEach((region, i) => {
      if (i > 0) nav.append(Object.assign(document.createElement('span'), { className: 'sep', textContent: '›' }));
      const last = i === path.length - 1;
      const item = document.createElement(last ? 'span' : 'a');
      item.textContent = region.name || region.code;
      item.dataset.region = region.code;
      item.className = last ? 'current' : '';
      if (!last) item.addEventListener('click', () => { state.region = region.code; load(); });
      nav.append(item);
    });
  }

  function renderCards(sectors) {
    const cards = $('cards');
    cards.replaceChildren();
    for (const sector of sectors) {
      const card = document.createElement('article');
      card.className = 'card';
      card.dataset.sector = sector.sector;
      card.append(Object.assign(document.createElement('h2'), { textContent: sectorName(sector.sector) }));
      for (const indicator of sector.indicators) {
        const row = document.createElement('div');
        row.className = `indicator ${indicator.status}${indicator.id === state.indicator ? ' selected' : ''}`;
        row.dataset.indicator = indicator.id;
        const unit = indicator.unit === '%' ? '%' : ` ${indicator.unit}`;
        row.innerHTML = '<span class="name"></span><span class="value"></span><span class="counts"></span>';
        row.querySelector('.name').textContent = indicator.name;
        row.querySelector('.value').textContent = indicator.value === null ? 'belum ada data' : `${format(indicator.value)}${unit}`;
        row.querySelector('.counts').textContent = indicator.denominator === null
          ? `Jumlah: ${format(indicator.numerator)}`
          : `${format(indicator.numerator)} / ${format(indicator.denominator)}${indicator.target !== null ? ` · target ${format(indicator.target)}${unit}` : ''}`;
        row.addEventListener('click', () => { state.indicator = indicator.id; load(); });
        card.append(row);
      }
      cards.append(card);
    }
  }

  async function loadTrend() {
    const series = await (await api(`/api/reporting/indicators/${state.indicator}/series?${query()}`)).json();
    const selected = document.querySelector(`.indicator[data-indicator="${state.indicator}"] .name`);
    $('trend-title').textContent = `Tren 12 bulan: ${selected ? selected.textContent : state.indicator}`;
    const data = {
      labels: series.points.map((p) => p.period),
      datasets: [{ label: selected ? selected.textContent : state.indicator, data: series.points.map((p) => p.value.value), borderColor: '#0b6e4f', backgroundColor: '#0b6e4f', spanGaps: true }],
    };
    if (state.chart) { state.chart.data = data; state.chart.update(); return; }
    state.chart = new Chart($('trend-chart'), { type: 'line', data, options: { animation: false, plugins: { legend: { display: false } } } });
  }

  async function loadChildren() {
    const ranking = await (await api(`/api/reporting/indicators/${state.indicator}/ranking?${query()}`)).json();
    $('table-title').textContent = 'Wilayah di bawahnya (terlemah di atas)';
    const body = $('children').querySelector('tbody');
    body.replaceChildren();
    for (const row of ranking.rows) {
      const tr = document.createElement('tr');
      tr.dataset.region = row.regionCode;
      for (const [text, numeric] of [[row.regionCode], [row.regionName || ''], [format(row.value.numerator), true], [format(row.value.denominator), true], [format(row.value.value), true]]) {
        tr.append(Object.assign(document.createElement('td'), { textContent: text, className: numeric ? 'num' : '' }));
      }
      tr.addEventListener('click', () => { state.region = row.regionCode; load(); });
      body.append(tr);
    }
  }

  async function download(kind, fileFormat) {
    const extra = { format: fileFormat, publication: $('publication').checked };
    const path = kind === 'scorecard'
      ? `/api/reporting/scorecard/export?${query(extra)}`
      : `/api/reporting/indicators/${state.indicator}/ranking/export?${query(extra)}`;
    const response = await api(path);
    const name = (response.headers.get('Content-Disposition') || '').match(/filename=([^;]+)/)?.[1]?.replaceAll('"', '') || `ekspor.${fileFormat}`;
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(await response.blob()), download: name });
    document.body.append(link);
    link.click();
    link.remove();
  }

  function start() {
    PosyanduSession.start(() => {
      // Read after signing in: back from the sign-in page, the session script has put the page's own query back.
      const params = new URLSearchParams(location.search);
      const now = new Date();
      state.period = params.get('period') || `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
      state.region = params.get('region');
      state.indicator = params.get('indicator') || state.indicator;
      $('period').value = state.period;
      $('period').addEventListener('change', (e) => { if (e.target.value) { state.period = e.target.value; load(); } });
      document.querySelectorAll('button.download').forEach((b) => b.addEventListener('click', () => download(b.dataset.kind, b.dataset.format)));
      // The village government's own page shows its village; the dashboard still works for it (its village only).
      $('village-link').hidden = !PosyanduSession.roles().includes('desa');
      load();
    });
  }

  document.addEventListener('DOMContentLoaded', start);
})();
