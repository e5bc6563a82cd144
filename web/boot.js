// boot.js loads the calculator's WebAssembly: in a worker started from this
// same file, which fetches, compiles and warms app.wasm off the page's main
// thread (compiled, below), else in the page. It streams app.wasm so that the
// <progress> shows real progress: the server may compress the file, so the
// byte count is measured against the uncompressed size the site generator
// wrote into data-total, not against Content-Length. The Go program sets
// <html data-ready="true"> itself once every control is bound.
//
// It also runs what must work even when the WebAssembly does not: the
// service worker's registration and its "Reload to update" offer, the
// offline notice, and, in the embed, the display flags of the fragment and
// the height it posts to the host page.
//
// The site generator (web/gen) serves this file after Go's wasm_exec.js, in
// one file: the page's one script.

(function () {
  'use strict';
  if (typeof document === 'undefined') {
    compiler(); // this file, started as a dedicated worker by compiled below
    return;
  }
  const script = document.currentScript ? document.currentScript.src : '';
  const root = document.documentElement;
  const embed = root.dataset.mode === 'embed';
  themeFlag();
  if (embed) {
    embedFlags();
    postHeight();
  } else {
    offline();
    serviceWorker();
  }

  // themeFlag applies theme= of the fragment before the program runs, on
  // every page, so that a page in the projector theme does not first show
  // the smaller text and move when the program applies it (the program
  // keeps it up to date after).
  function themeFlag() {
    const theme = new URLSearchParams(location.hash.slice(1)).get('theme');
    if (theme === 'light' || theme === 'dark' || theme === 'projector') {
      root.dataset.theme = theme;
    }
  }

  // embedFlags applies controls= of the fragment before the program runs,
  // so that the embed does not first show what it then hides.
  function embedFlags() {
    const q = new URLSearchParams(location.hash.slice(1));
    if (q.get('controls') === '0') {
      root.dataset.controls = '0';
    }
  }

  // postHeight tells the host page the embed's height whenever it changes:
  // {type: "dilemma:height", height: N} in CSS pixels, for web/embed.js.
  function postHeight() {
    if (window.parent === window || typeof ResizeObserver !== 'function') {
      return;
    }
    let last = -1;
    const send = function () {
      const h = Math.ceil(root.getBoundingClientRect().height);
      if (h !== last && h > 0) {
        last = h;
        window.parent.postMessage({ type: 'dilemma:height', height: h }, '*');
      }
    };
    new ResizeObserver(send).observe(root);
    send();
  }

  // offline shows #offline while the browser has no network.
  function offline() {
    const note = document.getElementById('offline');
    if (!note) {
      return;
    }
    const show = function () { note.hidden = navigator.onLine; };
    window.addEventListener('online', show);
    window.addEventListener('offline', show);
    show();
  }

  // serviceWorker registers sw.js, which makes the site work offline, and
  // offers a new build once it is installed: the new worker waits until the
  // user clicks "Reload to update", then takes over (skipWaiting on our
  // message) and this page reloads once, so that it runs the new build
  // whole. A page that was not controlled (the first visit) does not reload
  // when the first worker claims it.
  function serviceWorker() {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) {
      return;
    }
    const sw = navigator.serviceWorker;
    const offer = document.getElementById('update');
    const button = document.getElementById('update-reload');
    const controlled = !!sw.controller;
    let reloading = false;
    sw.addEventListener('controllerchange', function () {
      if (controlled && !reloading) {
        reloading = true;
        location.reload();
      }
    });
    const waiting = function (reg) {
      if (!reg.waiting || !controlled || !offer) {
        return;
      }
      offer.hidden = false;
      root.dataset.update = 'ready';
      button.onclick = function () {
        button.disabled = true;
        reg.waiting.postMessage({ type: 'dilemma:skip-waiting' });
      };
    };
    sw.register('sw.js').then(function (reg) {
      waiting(reg);
      reg.addEventListener('updatefound', function () {
        const next = reg.installing;
        if (!next) {
          return;
        }
        next.addEventListener('statechange', function () {
          if (next.state === 'installed') {
            waiting(reg);
          }
        });
      });
      // A page left open learns of a new build when it comes back.
      document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible' && navigator.onLine) {
          reg.update().catch(function () {});
        }
      });
    }).catch(function (err) {
      console.warn('cyberdilemma: service worker: ' + (err && err.message ? err.message : err));
    });
  }

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

  // counted passes the response's body through a stream that counts the
  // bytes, telling received (the page's progress, or the worker's message
  // to it) the count so far, so that the browser can still compile the
  // module while it downloads (compileStreaming).
  function counted(res, received) {
    let n = 0;
    const body = res.body.pipeThrough(new TransformStream({
      transform(chunk, ctl) {
        n += chunk.length;
        received(n);
        ctl.enqueue(chunk);
      },
    }));
    return new Response(body, { headers: { 'Content-Type': 'application/wasm' } });
  }

  // compiled fetches and compiles the module at url. In a browser with
  // workers, the fetching, the compiling and a first run of the program's
  // start happen in a dedicated worker (compiler, below), off the page's
  // main thread. Chromium compiles a WebAssembly function when it is first
  // called, on the thread that calls it, and the compiled code belongs to
  // the module, which the worker posts back here: the page's own run of the
  // start then finds most of its functions compiled (682 compiled on the
  // main thread during the start before, 126 now; the Go runtime's start,
  // at 4× CPU slowdown, from 106 ms to about 25). The page has no
  // <link rel=preload> for the binary: its body would be taken in on the
  // main thread, in one task of about 38 ms. Where the worker cannot do it
  // (no workers, a policy refusing WebAssembly in them, a failure), the
  // page compiles as before.
  async function compiled(url) {
    if (script && typeof Worker === 'function') {
      try {
        const module = await inWorker(new URL(url, location.href).href);
        root.dataset.compiled = 'worker';
        return module;
      } catch (err) {
        console.warn('cyberdilemma: compiling in a worker failed, compiling here: ' + (err && err.message ? err.message : err));
        progress(0);
      }
    }
    const res = await fetch(url);
    if (!res.ok || !res.body) {
      throw new Error(url + ': HTTP ' + res.status);
    }
    root.dataset.compiled = 'page';
    return WebAssembly.compileStreaming(counted(res, progress));
  }

  // inWorker starts a worker running this file, which fetches the module at
  // url and compiles it as it streams, and resolves with the module it posts
  // back; the worker reports the bytes it has received for the progress bar,
  // and when it has compiled. A worker whose run of the program does not end
  // within warmFor of that is given up (the page then compiles itself): a
  // download may take long on a slow network, the run should not.
  function inWorker(url) {
    return new Promise(function (resolve, reject) {
      const w = new Worker(script);
      let over = false;
      let timer = 0;
      const done = function (fn, v) {
        if (!over) {
          over = true;
          clearTimeout(timer);
          w.terminate();
          fn(v);
        }
      };
      w.onmessage = function (e) {
        const d = e.data || {};
        if (typeof d.received === 'number') {
          progress(d.received);
        } else if (d.compiled) {
          timer = setTimeout(function () { done(reject, new Error('the warm-up did not end')); }, warmFor);
        } else if (d.module instanceof WebAssembly.Module) {
          done(resolve, d.module);
        } else {
          done(reject, new Error(d.error || 'no module'));
        }
      };
      w.onerror = function (e) {
        e.preventDefault();
        done(reject, new Error(e.message || 'the worker failed'));
      };
      w.postMessage({ url: url });
    });
  }

  // warmFor is how long the worker's run of the program may take.
  const warmFor = 10000;

  // compiler is this file's part in the dedicated worker that compiled
  // starts: it fetches the module and compiles it as it streams, runs the
  // program once (the Go program, finding no document, warms up and
  // returns: wasm/app's main.go and warm.go), and posts the module back
  // with the code compiled on the way.
  function compiler() {
    self.onmessage = function (e) {
      self.onmessage = null;
      const url = e.data.url;
      let total = 0;
      fetch(url).then(function (res) {
        if (!res.ok || !res.body) {
          throw new Error(url + ': HTTP ' + res.status);
        }
        // The count every 256 KB, and whole once compiled.
        let told = 0;
        return WebAssembly.compileStreaming(counted(res, function (n) {
          total = n;
          if (n - told >= 1 << 18) {
            told = n;
            self.postMessage({ received: n });
          }
        }));
      }).then(function (module) {
        self.postMessage({ received: total });
        self.postMessage({ compiled: true });
        const go = new Go();
        return WebAssembly.instantiate(module, go.importObject)
          .then(function (instance) { return go.run(instance); })
          // A failed warm-up costs only the page compiling more itself.
          .catch(function () {})
          .then(function () { self.postMessage({ module: module }); });
      }).catch(function (err) {
        self.postMessage({ error: String(err && err.message ? err.message : err) });
      });
    };
  }

  // mark records a User Timing mark for the trace of the start (make bench).
  function mark(name) {
    if (window.performance && performance.mark) {
      performance.mark('cd:' + name);
    }
  }

  // nextTask resolves in a new task, so that the instantiation's work and
  // the Go runtime's start are two tasks, not one long one (the browser can
  // paint and answer input between them).
  // A message on a MessageChannel, not a setTimeout, which Chrome delays to
  // about a second in a tab in the background.
  function nextTask() {
    return new Promise(function (resolve) {
      if (typeof MessageChannel !== 'function') {
        setTimeout(resolve, 0);
        return;
      }
      const ch = new MessageChannel();
      ch.port1.onmessage = function () { ch.port1.close(); resolve(); };
      ch.port2.postMessage(null);
    });
  }

  async function boot() {
    mark('boot');
    const go = new Go();
    const url = 'app.wasm';
    if (WebAssembly.compileStreaming && typeof TransformStream === 'function') {
      const module = await compiled(url);
      mark('compiled');
      await nextTask();
      const instance = await WebAssembly.instantiate(module, go.importObject);
      mark('instantiated');
      await nextTask();
      go.run(instance); // resolves when the program exits; it never does
      return;
    }
    const bytes = await fetchBytes(url);
    const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
    mark('instantiated');
    await nextTask();
    go.run(instance);
  }

  boot().catch(function (err) {
    const msg = document.getElementById('load-error');
    if (msg && !document.getElementById('server-mode')) { // the server's page says it computed
      msg.hidden = false;
    }
    // Without WebAssembly (none in this browser, or the binary failed)
    // the form computes on the server: its Compute button submits the
    // state as a query, which the server renders (page.Index).
    const compute = document.getElementById('compute');
    if (compute) {
      compute.hidden = false;
    }
    console.error('cyberdilemma: ' + (err && err.message ? err.message : err));
  });
})();
