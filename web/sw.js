// sw.js is the calculator's service worker: it makes the site work offline
// and installs each build whole. web/gen writes BUILD (the build's content
// hash) and PRECACHE (every file the pages need, the .wasm, JS and CSS by
// their content-hashed names) into the copy it puts in the site.
//
// install   fetches every file of PRECACHE into the cache "dilemma-BUILD",
//           bypassing the HTTP cache; a failed fetch fails the install,
//           which the browser retries later. The new worker then waits.
// message   {type: "dilemma:skip-waiting"} from the page, after the user
//           clicked "Reload to update", lets it take over.
// activate  deletes every other cache of ours and claims the open pages.
// fetch     answers our precached files from the cache (cache first; a
//           folder is its index.html, a page's query is ignored); anything
//           else (the API, /og.png, /oembed) goes to the network. The
//           calculator with a state in its query ("/?tech=0.30&…", the
//           form's submission where WebAssembly does not run) goes to the
//           network, which renders it; offline it is the saved page with a
//           notice that this mode needs the server (#server-offline).
'use strict';

const BUILD = /*gen:build*/ 'dev';
const PRECACHE = /*gen:precache*/ [];
const PREFIX = 'dilemma-';
const CACHE = PREFIX + BUILD;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(PRECACHE.map(function (path) {
      const req = new Request(path, { cache: 'reload' });
      return fetch(req).then(function (res) {
        if (!res.ok) {
          throw new Error(path + ': HTTP ' + res.status);
        }
        return cache.put(req, res);
      });
    }));
  }).catch(function (err) {
    // A half-filled cache must not survive: the next install starts over.
    return caches.delete(CACHE).then(function () { throw err; });
  }));
});

self.addEventListener('message', function (event) {
  const d = event.data;
  if (d && typeof d === 'object' && d.type === 'dilemma:skip-waiting') {
    event.waitUntil(self.skipWaiting());
  }
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) {
      return k.indexOf(PREFIX) === 0 && k !== CACHE;
    }).map(function (k) {
      return caches.delete(k);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

// scope is the folder the worker serves, e.g. "https://example.org/".
const scope = new URL(self.registration.scope);

self.addEventListener('fetch', function (event) {
  const req = event.request;
  if (req.method !== 'GET') {
    return;
  }
  const url = new URL(req.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) {
    return;
  }
  if (url.pathname === scope.pathname && url.search.length > 1) {
    event.respondWith(fetch(req).catch(savedPage));
    return;
  }
  let path = url.pathname.slice(scope.pathname.length);
  if (path === '' || path.endsWith('/')) {
    path += 'index.html';
  }
  if (PRECACHE.indexOf(path) < 0) {
    return; // the API, /og.png, /oembed: network only
  }
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(path).then(function (hit) {
      return hit || fetch(req);
    });
  }));
});

// savedPage is the precached index.html with its offline notice for the
// server-rendered mode shown: what "/?…" gets without a network. Where the
// WebAssembly runs, the app computes the query's state itself and hides
// the notice.
function savedPage() {
  return caches.open(CACHE).then(function (cache) {
    return cache.match('index.html');
  }).then(function (hit) {
    if (!hit) {
      return Response.error();
    }
    return hit.text().then(function (html) {
      const headers = new Headers(hit.headers);
      headers.delete('Content-Encoding');
      headers.delete('Content-Length');
      return new Response(html.replace(/(<p id="server-offline"[^>]*?) hidden/, '$1'), {
        status: hit.status,
        statusText: hit.statusText,
        headers: headers,
      });
    });
  });
}
