// Sesi masuk bersama untuk halaman-halaman Posyandu Digital (dasbor DPMD, halaman desa): token akses, panggilan API
// dengan token itu, peran pengguna, dan formulir masuk. Cara masuk diganti di sini saja, untuk semua halaman.
window.PosyanduSession = (() => {
  'use strict';
  const key = 'posyandu.token';
  const $ = (id) => document.getElementById(id);
  let onSignedIn = () => {};

  const token = () => sessionStorage.getItem(key);

  // Klaim token (hanya untuk tampilan: peran dan wilayah; server tetap memeriksa tanda tangannya).
  function claims() {
    try {
      const part = (token() || '').split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(decodeURIComponent(escape(atob(part.padEnd(part.length + (4 - part.length % 4) % 4, '=')))));
    } catch { return {}; }
  }

  function roles() {
    const c = claims();
    const role = c.role ?? c.roles ?? c['http://schemas.microsoft.com/ws/2008/06/identity/claims/role'];
    return Array.isArray(role) ? role : role ? [role] : [];
  }

  function showLogin() { $('login').hidden = false; $('app').hidden = true; }

  async function api(path) {
    const response = await fetch(path, { headers: { Authorization: `Bearer ${token()}` } });
    if (response.status === 401) { showLogin(); throw new Error('Token tidak berlaku. Silakan masuk lagi.'); }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.detail || problem.title || `Permintaan gagal (${response.status})`);
    }
    return response;
  }

  // Menyambungkan formulir masuk (#login, #token, #save-token) dan memanggil signedIn() begitu ada token.
  function start(signedIn) {
    onSignedIn = signedIn;
    $('save-token').addEventListener('click', () => {
      sessionStorage.setItem(key, $('token').value.trim());
      $('login').hidden = true; $('app').hidden = false; onSignedIn();
    });
    if (!token()) { showLogin(); return; }
    $('app').hidden = false;
    onSignedIn();
  }

  return { token, claims, roles, api, showLogin, start };
})();
