// Nama sektor untuk halaman-halaman Posyandu Digital (dasbor DPMD, halaman desa): the one map from the API's sector
// codes (scorecard sectors, service-request sectors) to their Bahasa Indonesia labels, so the pages never disagree.
//   PosyanduSectors.name(code)   the label, or the code itself for a sector this file does not know yet
window.PosyanduSectors = (() => {
  'use strict';
  const names = Object.freeze({
    health: 'Kesehatan', education: 'Pendidikan', social: 'Sosial', housing: 'Perumahan rakyat',
    publicworks: 'Pekerjaan umum', generaleducation: 'Pendidikan masyarakat',
    trantibumlinmas: 'Trantibumlinmas', 'cross-sector': 'Lintas sektor (ajuan)',
  });
  return Object.freeze({ names, name: (code) => names[code] || code });
})();
