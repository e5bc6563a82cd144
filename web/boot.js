// boot.js loads the calculator's WebAssembly. It streams app.wasm so that the
// <progress> shows real progress: the server may gzip the file, so the byte
// count is measured against the uncompressed size the site generator wrote
// into data-total, not against Content-Length. The Go program sets
// <html data-ready="true"> itself once every control is bound.
'use strict';

(function () {
  const bar = document.getElementById('load-progress');
  const total = bar ? Number(bar.dataset.total) || 0 : 0;

  function progress(n) {
    if (bar && total > 0) {
      bar.value = Math.min(n, total);
    }
  }

  async function fetchBytes(url) {
    const res = await fetch(url);
    if (!res.ok) {
      throw new Error(url + ': HTTP ' + res.status);
    }
    if (!res.body || !res.body.getReader) {
      const buf = new Uint8Array(await res.arrayBuffer());
      progress(buf.length);
      return buf;
    }
    const reader = res.body.getReader();
    let buf = new Uint8Array(total > 0 ? total : 1 << 20);
    let n = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      if (n + value.length > buf.length) { // the size in the page is stale
        const bigger = new Uint8Array(Math.max(buf.length * 2, n + value.length));
        bigger.set(buf.subarray(0, n));
        buf = bigger;
      }
      buf.set(value, n);
      n += value.length;
      progress(n);
    }
    return buf.subarray(0, n);
  }

  async function boot() {
    const bytes = await fetchBytes('app.wasm');
    const go = new Go();
    const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
    go.run(instance); // resolves when the program exits; it never does
  }

  boot().catch(function (err) {
    const msg = document.getElementById('load-error');
    if (msg) {
      msg.hidden = false;
    }
    console.error('cyberdilemma: ' + (err && err.message ? err.message : err));
  });
})();
