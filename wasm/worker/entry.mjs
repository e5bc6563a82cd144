// entry.mjs is the Worker's entry module. It takes the place of the
// worker.mjs that syumai/workers generates into build/worker/ (wasm_exec.js and
// runtime.mjs are still the generated ones), which instantiates a new Go
// runtime for every request: about 20 ms per request in workerd.
//
// Here one Go runtime serves every request of an isolate, one request at a
// time. Serialising is what makes reuse safe: Workers forbid one request
// from touching another's I/O objects (streams, promises), and while a
// request holds the runtime its response body is read to the end, so no
// goroutine of one request can run while another is being served. The Go
// program only computes (no I/O, no timers), so a request holds the runtime
// for well under a millisecond (an /og.png image for tens).
//
// /og.png is kept in the edge cache (og below), so that each state's image
// is drawn once per data centre.
//
// The Go handlers must therefore not use per-request platform APIs
// (ctx.waitUntil, env bindings): the runtime keeps the env and ctx of the
// request that started it. If the program ever exits (a panic), the next
// request starts a new runtime.
import "./build/worker/wasm_exec.js";
import { createRuntimeContext, loadModule } from "./build/worker/runtime.mjs";

// syumai/workers' Go side calls globalThis.tryCatch.
globalThis.tryCatch = (fn) => {
  try {
    return { result: fn() };
  } catch (e) {
    return { error: e };
  }
};

let runtime; // Promise<{binding, exited}>, the running Go program
let queue = Promise.resolve(); // the tail of the requests waiting for it

async function start(env, ctx) {
  const mod = await loadModule();
  const go = new Go();
  const binding = {};
  let ready;
  const readyPromise = new Promise((resolve) => {
    ready = resolve;
  });
  const instance = new WebAssembly.Instance(mod, {
    ...go.importObject,
    workers: { ready: () => ready() },
  });
  const exited = go.run(instance, createRuntimeContext({ env, ctx, binding }));
  await readyPromise;
  return { binding, exited: exited.then(() => { throw new Error("the Go program exited"); }) };
}

async function serve(req, env, ctx) {
  if (runtime === undefined) {
    runtime = start(env, ctx);
  }
  try {
    const { binding, exited } = await runtime;
    const res = await Promise.race([binding.handleRequest(req), exited]);
    const body = res.body === null ? null : await Promise.race([res.arrayBuffer(), exited]);
    return new Response(body, res);
  } catch (err) {
    runtime = undefined;
    console.error("cyberdilemma worker:", err);
    return new Response("500 internal error\n", {
      status: 500,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
        "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "no-referrer",
      },
    });
  }
}

function queued(req, env, ctx) {
  const res = queue.then(() => serve(req, env, ctx));
  queue = res.catch(() => {});
  return res;
}

// /og.png at the edge: each state's image is drawn once per data centre and
// kept in the Workers Cache API (caches.default) under its canonical URL,
// which the Go handler names in its Link header (rel="canonical": the state
// at two decimals, in the codec's order); the page's og:image URLs are
// canonical, so a shared link's image is a cache hit that never runs Go.
// A non-canonical request is also kept under its own URL. The image's
// Cache-Control (a day) is how long the cache keeps it.
const OG_PATH = "/og.png";

async function og(req, env, ctx) {
  const url = new URL(req.url);
  const cache = caches.default;
  const key = new Request(url.origin + url.pathname + url.search);
  const hit = await cache.match(key).catch(() => undefined);
  if (hit) {
    return hit;
  }
  const res = await queued(req, env, ctx);
  if (res.status !== 200) {
    return res;
  }
  const body = await res.arrayBuffer();
  const keep = (u) => ctx.waitUntil(cache.put(new Request(u), new Response(body.slice(0), res)).catch(() => {}));
  const canon = /^<(\/og\.png\?[^>]*)>;\s*rel="canonical"/.exec(res.headers.get("Link") || "");
  if (canon) {
    keep(url.origin + canon[1]);
  }
  if (!canon || url.origin + canon[1] !== key.url) {
    keep(key.url);
  }
  return new Response(body, res);
}

// "/" runs the worker first (wrangler.jsonc run_worker_first, from
// server.PagePath): with a query it is the calculator's page rendered by Go
// for that state (server.Page: the fallback where WebAssembly does not
// run); without one it is the static index.html, from the assets as before,
// and the Go runtime is not started for it.
const PAGE_PATH = "/";

export default {
  fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === PAGE_PATH && url.search === "") {
      return env.ASSETS.fetch(req);
    }
    if (req.method === "GET" && url.pathname === OG_PATH) {
      return og(req, env, ctx);
    }
    return queued(req, env, ctx);
  },
};
