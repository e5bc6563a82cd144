// spiral.js loads spiral.wasm and hands it the page's state. States are the
// calculator's postMessage {type: "dilemma:state", state: "tech=…&…"} from
// this origin only, and this page's own URL fragment on hashchange. A state
// that arrives while the binary loads is kept for it: the Go program calls
// window.dilemmaSpiralConnect(fn) once it runs, which returns that state (or
// null) and sends every later one to fn.
"use strict";
(function () {
  // In the calculator's frame this page is a part of the calculator's
  // results, and a screen reader reads it inside them: its heading takes
  // the level under theirs (h3 under the results' h2), and its landmark a
  // name of its own, distinct from the calculator's <main>.
  if (window.parent !== window) {
    var h = document.querySelector("h1");
    var m = document.querySelector("main");
    if (h) {
      h.setAttribute("aria-level", "3");
    }
    if (m && h) {
      h.id = h.id || "spiral-heading";
      m.setAttribute("aria-labelledby", h.id);
    }
  }
  var deliver = null;
  var early = null;
  function take(state) {
    if (deliver) {
      deliver(state);
    } else {
      early = state;
    }
  }
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (e.origin !== location.origin || d === null || typeof d !== "object" ||
        d.type !== "dilemma:state" || typeof d.state !== "string") {
      return;
    }
    take(d.state);
  });
  window.addEventListener("hashchange", function () {
    take(location.hash);
  });
  window.dilemmaSpiralConnect = function (fn) {
    deliver = fn;
    var s = early;
    early = null;
    return s;
  };
  var go = new Go();
  // The instantiation and the Go runtime's start run in two tasks, not one
  // long one: the calculator shares this frame's thread.
  WebAssembly.compileStreaming(fetch("spiral.wasm")).then(function (module) {
    if (window.performance && performance.mark) {
      performance.mark("cd:spiral-compiled"); // make bench: the spiral's binary is here
    }
    return WebAssembly.instantiate(module, go.importObject);
  }).then(function (instance) {
    if (window.performance && performance.mark) {
      performance.mark("cd:spiral-instantiated"); // make bench's trace of the start
    }
    return new Promise(function (resolve) {
      // A new task: a message, which a tab in the background does not
      // throttle as it does a setTimeout.
      var ch = new MessageChannel();
      ch.port1.onmessage = function () { ch.port1.close(); resolve(); };
      ch.port2.postMessage(null);
    }).then(function () {
      return go.run(instance);
    });
  }).catch(function (err) {
    var p = document.getElementById("loading");
    if (p) {
      p.textContent = "The spiral could not be loaded.";
    }
    console.error("spiral:", err);
  });
})();
