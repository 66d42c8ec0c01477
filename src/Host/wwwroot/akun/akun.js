// Account administration for admin and DPMD: list, create, disable/enable, reset a password. Only the Identity API,
// signed in through /shared/session.js; the server decides what the caller may see and grant.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);

  function show(id, text) { $(id).textContent = text; $(id).hidden = !text; }

  async function call(path, init) {
    const response = await PosyanduSession.fetch(path, init);
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      const fields = Object.values(problem.errors || {}).flat().join(' ');
      throw new Error(`${problem.detail || problem.title || `Permintaan gagal (${response.status})`} ${fields}`.trim());
    }
    return response.json();
  }

  const post = (path, body) => call(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) });

  async function list() {
    const form = new FormData($('filter'));
    const params = new URLSearchParams([...form].filter(([, v]) => v));
    const result = await call(`/api/identity/accounts?${params}`);
    const body = $('accounts').querySelector('tbody');
    body.replaceChildren(...result.items.map((a) => {
      const row = document.createElement('tr');
      row.dataset.account = a.userName;
      const status = a.disabled ? 'nonaktif' : a.lockedOut ? 'terkunci' : 'aktif';
      for (const text of [a.userName, a.displayName, a.role, a.regionCode || 'seluruh', status]) {
        row.append(Object.assign(document.createElement('td'), { textContent: text }));
      }
      const actions = document.createElement('td');
      const button = (label, action) => {
        const b = Object.assign(document.createElement('button'), { type: 'button', textContent: label });
        b.addEventListener('click', () => run(action));
        actions.append(b);
      };
      button(a.disabled ? 'Aktifkan' : 'Nonaktifkan', () => post(`/api/identity/accounts/${a.id}/${a.disabled ? 'enable' : 'disable'}`));
      button('Atur ulang kata sandi', async () => {
        const reset = await post(`/api/identity/accounts/${a.id}/password-reset`);
        show('secret', `Kata sandi sementara untuk ${a.userName}: ${reset.oneTimePassword} — sampaikan sekali saja, tidak ditampilkan lagi.`);
      });
      row.append(actions);
      return row;
    }));
  }

  async function run(action) {
    show('error', '');
    try {
      await action();
      await list();
    } catch (e) {
      show('error', e.message);
    }
  }

  async function create(event) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData($('create')));
    const created = await post('/api/identity/accounts', {
      userName: form.userName, displayName: form.displayName, role: form.role,
      regionCode: form.regionCode || null, posyanduId: form.posyanduId || null,
      sectors: form.sectors ? form.sectors.split(',').map((s) => s.trim()).filter(Boolean) : null,
    });
    show('secret', `Akun ${created.account.userName} dibuat. Kata sandi sementara: ${created.oneTimePassword} — sampaikan sekali saja, tidak ditampilkan lagi.`);
    $('create').reset();
  }

  // The roles come from the API (SharedKernel's Roles, less what the caller may not grant): no second list to keep here.
  async function fillRoles() {
    const roles = await call('/api/identity/roles');
    for (const select of [$('role'), $('filter-role')]) {
      select.append(...roles.map((r) => Object.assign(document.createElement('option'), { value: r, textContent: r })));
    }
  }

  function start() {
    $('create').addEventListener('submit', (e) => run(() => create(e)));
    $('filter').addEventListener('submit', (e) => { e.preventDefault(); run(list); });
    PosyanduSession.start(() => run(fillRoles)); // run lists the accounts after it
  }

  document.addEventListener('DOMContentLoaded', start);
})();
