// Halaman impor (Bahasa Indonesia): unggah → pemetaan kolom → uji coba → impor, di atas /api/imports.
// Signs in with the shared session script; every call carries the user's token and scope.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const statusNames = { valid: 'benar', invalid: 'bermasalah', imported: 'sudah diimpor' };
  const jobStates = { uploaded: 'diunggah', validating: 'uji coba berjalan', validated: 'uji coba selesai', committing: 'impor berjalan', committed: 'impor selesai', failed: 'terhenti' };
  const number = (n) => n.toLocaleString('id-ID');
  let types = [];
  let job = null;

  const showError = (message) => { $('error').textContent = message; $('error').hidden = !message; };
  const type = () => types.find((t) => t.name === $('type').value);
  const api = async (path, init) => (await PosyanduSession.api(path, init)).json();
  const option = (value, text) => Object.assign(document.createElement('option'), { value, textContent: text });
  const cell = (text, className) => Object.assign(document.createElement('td'), { textContent: text, className: className || '' });

  async function loadTypes() {
    types = await api('/api/imports/types');
    // A sector's type names the kader sector that may use it (ImportType.Sector); the sheet it reads (ImportType.Sheet).
    const sectorNames = { health: 'kesehatan', education: 'pendidikan', social: 'sosial', housing: 'perumahan', publicworks: 'pekerjaan umum', generaleducation: 'pendidikan masyarakat' };
    const describe = (t) => t.title + (t.sector ? ` — bidang ${sectorNames[t.sector] || t.sector}` : '') + (t.sheet ? ` (lembar "${t.sheet}")` : '');
    $('type').replaceChildren(...types.map((t) => option(t.name, describe(t))));
    if (types.length === 0) showError('Akun Anda tidak bisa mengimpor data.');
  }

  async function upload() {
    showError('');
    const file = $('file').files[0];
    if (!file) { showError('Pilih berkas .xlsx atau .csv dulu.'); return; }
    try {
      job = await api(`/api/imports/types/${encodeURIComponent(type().name)}/files?fileName=${encodeURIComponent(file.name)}`, {
        method: 'POST', headers: { 'Content-Type': file.type || 'application/octet-stream' }, body: file,
      });
    } catch (e) { showError(e.message); return; }
    showMapping();
  }

  function showMapping() {
    const t = type();
    $('file-summary').textContent = `${job.fileName}: ${number(job.totalRows)} baris data, ${job.headers.length} kolom.`;
    $('layout').replaceChildren(option('', '— pemetaan yang disarankan —'), ...t.layouts.map((l) => option(l.name, l.builtIn ? l.title : `${l.title} (disimpan)`)));
    $('layout').value = job.layout && t.layouts.some((l) => l.name === job.layout) ? job.layout : '';
    const body = $('mapping').tBodies[0];
    body.replaceChildren(...t.columns.map((c) => {
      const row = document.createElement('tr');
      const label = Object.assign(document.createElement('th'), { textContent: c.label, className: c.required ? 'required' : '' });
      const select = document.createElement('select');
      select.dataset.field = c.field;
      select.replaceChildren(option('', '— tidak dipakai —'), ...job.headers.map((h) => option(h, h)));
      select.value = job.mapping[c.field] || '';
      const choose = document.createElement('td');
      choose.append(select);
      row.append(label, choose, cell(c.hint || ''));
      return row;
    }));
    $('step-mapping').hidden = false;
    $('step-result').hidden = true;
    document.body.dataset.state = 'uploaded';
  }

  function applyLayout() {
    const layout = type().layouts.find((l) => l.name === $('layout').value);
    for (const select of $('mapping').querySelectorAll('select')) {
      const header = layout ? layout.columns[select.dataset.field] : job.mapping[select.dataset.field];
      select.value = header && job.headers.includes(header) ? header : '';
    }
  }

  async function dryRun() {
    showError('');
    const columns = {};
    for (const select of $('mapping').querySelectorAll('select')) if (select.value) columns[select.dataset.field] = select.value;
    const saveAs = $('save-as').value.trim();
    try {
      job = await api(`/api/imports/${job.id}/dry-run`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ columns, saveAs: saveAs || null }),
      });
    } catch (e) { showError(e.message); return; }
    $('step-result').hidden = false;
    await follow();
  }

  async function commit() {
    showError('');
    try {
      job = await api(`/api/imports/${job.id}/commit`, { method: 'POST' });
    } catch (e) { showError(e.message); return; }
    await follow();
  }

  // Polls the job while it runs, with a progress bar; then the summary and the rows.
  async function follow() {
    $('commit').disabled = true;
    document.body.dataset.state = job.status;
    while (job.status === 'validating' || job.status === 'committing') {
      progress();
      await new Promise((resolve) => setTimeout(resolve, 400));
      job = await api(`/api/imports/${job.id}`);
    }
    progress();
    summary();
    await loadRows();
    document.body.dataset.state = job.status;
  }

  function progress() {
    const share = Math.round(job.progress * 100);
    $('progress').querySelector('.bar').style.width = `${share}%`;
    $('progress').querySelector('.label').textContent = `${jobStates[job.status] || job.status} · ${number(job.processedRows)} dari ${number(job.totalRows)} baris (${share} %)`;
  }

  function summary() {
    const parts = [`${number(job.validRows)} baris benar`, `${number(job.invalidRows)} baris bermasalah`];
    if (job.status === 'committed' || job.importedRows > 0) parts.push(`${number(job.importedRows)} baris diimpor`);
    if (job.rejectedRows > 0) parts.push(`${number(job.rejectedRows)} ditolak saat impor`);
    $('summary').textContent = `${parts.join(', ')}.${job.error ? ` ${job.error}` : ''}`;
    const resumable = job.status === 'validated' || (job.status === 'failed' && job.validatedAt);
    $('commit').disabled = !resumable || job.validRows === 0;
    $('commit').textContent = job.status === 'failed' ? 'Lanjutkan impor' : 'Impor baris yang benar';
  }

  async function loadRows() {
    const status = $('filter').value;
    const page = await api(`/api/imports/${job.id}/rows?take=200${status ? `&status=${status}` : ''}`);
    const body = $('rows').tBodies[0];
    body.replaceChildren(...page.items.flatMap((r) => {
      const messages = [...r.errors.map((m) => ({ ...m, warning: false })), ...r.warnings.map((m) => ({ ...m, warning: true }))];
      const lines = messages.length ? messages : [{ field: '', message: '' }];
      return lines.map((m, i) => {
        const row = document.createElement('tr');
        row.dataset.row = r.row;
        row.dataset.status = r.status;
        row.append(cell(i === 0 ? String(r.row) : ''), cell(i === 0 ? statusNames[r.status] : '', i === 0 ? `status-${r.status}` : ''),
          cell(m.field ? (type().columns.find((c) => c.field === m.field)?.label || m.field) : ''), cell(m.message, m.warning ? 'warning' : ''));
        return row;
      });
    }));
    $('rows-note').textContent = page.total > page.items.length ? `Menampilkan ${page.items.length} dari ${number(page.total)} baris; unduh berkas kesalahan untuk semuanya.` : '';
  }

  async function downloadErrors() {
    try {
      const response = await PosyanduSession.api(`/api/imports/${job.id}/errors`);
      const link = Object.assign(document.createElement('a'), {
        href: URL.createObjectURL(await response.blob()),
        download: `${job.fileName.replace(/\.[^.]+$/, '')}-kesalahan.${job.format}`,
      });
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (e) { showError(e.message); }
  }

  function start() {
    $('upload').addEventListener('click', upload);
    $('layout').addEventListener('change', applyLayout);
    $('dry-run').addEventListener('click', dryRun);
    $('commit').addEventListener('click', commit);
    $('filter').addEventListener('change', () => loadRows().catch((e) => showError(e.message)));
    $('errors').addEventListener('click', downloadErrors);
    loadTypes().then(() => { document.body.dataset.state = 'ready'; }).catch((e) => showError(e.message));
  }

  document.addEventListener('DOMContentLoaded', () => PosyanduSession.start(start));
})();
