// Halaman desa: the village government's picture of its own village — the scorecard across every sector (aggregates,
// small cells withheld by the API), its Posyandu with pengurus and kader counts, the month's Posyandu days held or
// missed, and the service requests waiting for the village. Signs in through the shared session script.
(() => {
  'use strict';
  // The sectors' labels: the shared map (/shared/sectors.js), as on the other pages.
  const sectorName = PosyanduSectors.name;
  const steps = { diajukan: 'Menunggu verifikasi', diverifikasi: 'Menunggu diteruskan ke OPD' };
  const $ = (id) => document.getElementById(id);
  const api = async (path) => (await PosyanduSession.api(path)).json();
  const state = { region: null, period: null };
  const format = (v) => v === null || v === undefined ? '–' : Number(v).toLocaleString('id-ID', { maximumFractionDigits: 1 });
  const date = (iso) => iso ? new Date(iso).toLocaleDateString('id-ID', { day: 'numeric', month: 'short', year: 'numeric' }) : '–';
  const thisMonth = () => { const n = new Date(); return `${n.getFullYear()}-${String(n.getMonth() + 1).padStart(2, '0')}`; };

  function cell(row, text, className = '') {
    row.append(Object.assign(document.createElement('td'), { textContent: text, className }));
  }

  async function load() {
    $('error').hidden = true;
    try {
      const params = new URLSearchParams({ period: state.period });
      if (state.region) params.set('region', state.region);
      const card = await api(`/api/reporting/scorecard?${params}`);
      state.region = card.region;
      const [posyandu, held, waiting] = await Promise.all([
        api(`/api/registry/posyandu/summaries?region=${card.region}`),
        api(`/api/reporting/posyandu/days-held?region=${card.region}&period=${state.period}`),
        api(`/api/service-requests/waiting-for-village?region=${card.region}`),
      ]);
      $('village-name').textContent = card.path.map((p) => p.name || p.code).join(' › ');
      $('village-name').dataset.region = card.region;
      renderCards(card.sectors);
      renderPosyandu(posyandu, new Set(held.posyandu.map((p) => p.posyanduId)));
      renderWaiting(waiting);
      history.replaceState(null, '', `?region=${card.region}&period=${state.period}`);
      document.body.dataset.loaded = `${card.region} ${state.period}`;
    } catch (error) {
      $('error').textContent = error.message;
      $('error').hidden = false;
    }
  }

  function renderCards(sectors) {
    const cards = $('cards');
    cards.replaceChildren();
    for (const sector of sectors) {
      const card = Object.assign(document.createElement('article'), { className: 'card' });
      card.dataset.sector = sector.sector;
      card.append(Object.assign(document.createElement('h2'), { textContent: sectorName(sector.sector) }));
      for (const indicator of sector.indicators) {
        const row = document.createElement('div');
        row.className = `indicator ${indicator.status}${indicator.suppressed ? ' suppressed' : ''}`;
        row.dataset.indicator = indicator.id;
        const unit = indicator.unit === '%' ? '%' : ` ${indicator.unit}`;
        row.innerHTML = '<span class="name"></span><span class="value"></span><span class="counts"></span>';
        row.querySelector('.name').textContent = indicator.name;
        row.querySelector('.value').textContent = indicator.suppressed ? 'disamarkan'
          : indicator.value === null ? 'belum ada data' : `${format(indicator.value)}${unit}`;
        row.querySelector('.counts').textContent = indicator.suppressed ? 'Jumlah kecil disamarkan untuk melindungi warga'
          : indicator.denominator === null ? `Jumlah: ${format(indicator.numerator)}`
            : `${format(indicator.numerator)} / ${format(indicator.denominator)}${indicator.target !== null ? ` · target ${format(indicator.target)}${unit}` : ''}`;
        card.append(row);
      }
      cards.append(card);
    }
  }

  // Held: a child weighed there this month. Missed: not held and its service day has passed (or the month is over).
  function dayState(site, held) {
    if (held.has(site.id)) return ['held', 'Terlaksana'];
    const now = thisMonth();
    const passed = state.period < now || (state.period === now && new Date().getDate() > site.serviceDay);
    return passed ? ['missed', 'Tidak terlaksana'] : ['scheduled', `Terjadwal tgl ${site.serviceDay}`];
  }

  function renderPosyandu(sites, held) {
    const body = $('posyandu').querySelector('tbody');
    body.replaceChildren();
    const tally = { held: 0, missed: 0, scheduled: 0 };
    for (const site of sites.filter((s) => s.active)) {
      const [key, text] = dayState(site, held);
      tally[key]++;
      const row = document.createElement('tr');
      row.dataset.posyandu = site.id;
      cell(row, site.name);
      cell(row, site.registrationNumber);
      cell(row, `tgl ${site.serviceDay}`);
      cell(row, format(site.pengurusCount), 'num pengurus');
      cell(row, format(site.kaderCount), 'num kader');
      cell(row, text, `day ${key}`);
      row.querySelector('td.day').dataset.state = key;
      body.append(row);
    }
    $('days-summary').textContent = `Hari Posyandu ${state.period}: ${tally.held} terlaksana, ${tally.missed} tidak terlaksana, ${tally.scheduled} belum jadwal.`;
  }

  function renderWaiting(requests) {
    const body = $('waiting').querySelector('tbody');
    body.replaceChildren();
    $('waiting-count').textContent = requests.length;
    for (const request of requests) {
      const row = document.createElement('tr');
      row.dataset.request = request.id;
      if (request.overdue) row.className = 'overdue';
      cell(row, sectorName(request.sector));
      cell(row, request.typeName);
      cell(row, steps[request.status] || request.status);
      cell(row, date(request.waitingSince));
      cell(row, `${date(request.dueAt)}${request.overdue ? ' · terlambat' : ''}`);
      body.append(row);
    }
    if (requests.length === 0) {
      const row = document.createElement('tr');
      cell(row, 'Tidak ada ajuan yang menunggu desa.');
      row.firstChild.colSpan = 5;
      body.append(row);
    }
  }

  function start() {
    const params = new URLSearchParams(location.search);
    state.period = params.get('period') || thisMonth();
    state.region = params.get('region');
    $('period').value = state.period;
    $('period').addEventListener('change', (e) => { if (e.target.value) { state.period = e.target.value; load(); } });
    PosyanduSession.start(load);
  }

  document.addEventListener('DOMContentLoaded', start);
})();
