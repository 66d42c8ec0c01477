// Sesi masuk bersama untuk halaman-halaman Posyandu Digital (dasbor DPMD, halaman desa, kelola akun) — the one place
// that handles tokens in the browser. OAuth 2.0 authorization code with PKCE (RFC 7636) against this host's OpenID
// Connect server, as the public client "posyandu-web"; tokens live in this tab's sessionStorage only.
//   PosyanduSession.start(signedIn)   signs in (or goes to /akun/masuk), shows #app, names the user in #user,
//                                     wires #sign-out, then calls signedIn()
//   PosyanduSession.api(path)         the response with the bearer token (refreshed once on a 401); throws on an error
//   PosyanduSession.fetch(path, init) the same without throwing, for pages that read problem details themselves
//   PosyanduSession.roles()           the caller's roles (from /api/identity/me: the tokens are encrypted)
window.PosyanduSession = (() => {
  'use strict';
  const clientId = 'posyandu-web';
  const keys = { token: 'posyandu.token', refresh: 'posyandu.refresh', flow: 'posyandu.flow' };
  const $ = (id) => document.getElementById(id);
  const base64Url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const random = (length) => base64Url(crypto.getRandomValues(new Uint8Array(length)));
  const redirectUri = () => location.origin + location.pathname;
  const token = () => sessionStorage.getItem(keys.token);
  let me = {};

  async function signIn() {
    const verifier = random(32);
    const state = random(16);
    const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    sessionStorage.setItem(keys.flow, JSON.stringify({ verifier, state, back: location.search }));
    const params = new URLSearchParams({
      client_id: clientId, response_type: 'code', redirect_uri: redirectUri(), scope: 'api offline_access',
      state, code_challenge: challenge, code_challenge_method: 'S256',
    });
    location.assign(`/connect/authorize?${params}`);
    return new Promise(() => {}); // the page is leaving
  }

  async function tokenRequest(body) {
    const response = await window.fetch('/connect/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: clientId, ...body }),
    });
    if (!response.ok) return false;
    const tokens = await response.json();
    sessionStorage.setItem(keys.token, tokens.access_token);
    if (tokens.refresh_token) sessionStorage.setItem(keys.refresh, tokens.refresh_token);
    return true;
  }

  // Back from /connect/authorize with ?code=…&state=…: exchange the code, put the page's own query back.
  async function completeSignIn() {
    const params = new URLSearchParams(location.search);
    if (!params.has('code') && !params.has('error')) return;
    const flow = JSON.parse(sessionStorage.getItem(keys.flow) || 'null');
    sessionStorage.removeItem(keys.flow);
    history.replaceState(null, '', location.pathname + (flow?.back || ''));
    if (params.has('error')) throw new Error(`Gagal masuk: ${params.get('error_description') || params.get('error')}`);
    if (!flow || flow.state !== params.get('state')) throw new Error('Gagal masuk: permintaan tidak dikenal. Muat ulang halaman.');
    if (!await tokenRequest({ grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(), code_verifier: flow.verifier })) {
      throw new Error('Gagal masuk: kode tidak berlaku. Muat ulang halaman.');
    }
  }

  async function ready() {
    await completeSignIn();
    if (!token()) await signIn();
  }

  async function refresh() {
    const refreshToken = sessionStorage.getItem(keys.refresh);
    if (!refreshToken) return false;
    sessionStorage.removeItem(keys.refresh);
    return tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken });
  }

  async function fetch(path, init = {}) {
    const send = () => window.fetch(path, { ...init, headers: { ...(init.headers || {}), Authorization: `Bearer ${token()}` } });
    let response = await send();
    if (response.status === 401 && await refresh()) response = await send();
    if (response.status === 401) {
      sessionStorage.removeItem(keys.token);
      await signIn();
    }
    return response;
  }

  async function api(path, init) {
    const response = await fetch(path, init);
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.detail || problem.title || `Permintaan gagal (${response.status})`);
    }
    return response;
  }

  async function signOut() {
    const refreshToken = sessionStorage.getItem(keys.refresh);
    if (refreshToken) {
      await window.fetch('/connect/revoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: clientId, token: refreshToken, token_type_hint: 'refresh_token' }),
      }).catch(() => {});
    }
    Object.values(keys).forEach((key) => sessionStorage.removeItem(key));
    location.assign(`/akun/keluar?returnUrl=${encodeURIComponent(location.pathname)}`);
  }

  async function start(signedIn) {
    $('sign-out')?.addEventListener('click', signOut);
    try {
      await ready();
      me = await (await api('/api/identity/me')).json();
    } catch (e) {
      if ($('app')) $('app').hidden = false;
      if ($('error')) { $('error').textContent = e.message; $('error').hidden = false; }
      return;
    }
    if ($('user')) $('user').textContent = `${me.name || me.id}${me.region ? ` · wilayah ${me.region}` : ''}`;
    if ($('app')) $('app').hidden = false;
    signedIn();
  }

  return { start, ready, api, fetch, signIn, signOut, roles: () => me.roles || [], claims: () => me };
})();
