// embed.js resizes the calculator's embeds on a host page to their content.
// Include it once, anywhere on the page, after or beside the iframes:
//
//   <script src="https://CALCULATOR-ORIGIN/embed.js" async></script>
//
// Each embed (/embed.html) posts {type: "dilemma:height", height: N} to its
// parent whenever its height changes; this script sets the height of the
// iframe whose window sent it. It accepts messages from the origin it was
// loaded from only, and heights that are whole, finite and sensible.
(function () {
  'use strict';
  if (window.dilemmaEmbedResize) {
    return; // included twice
  }
  window.dilemmaEmbedResize = true;

  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, location.href).origin : null;
  var MIN = 120;
  var MAX = 20000;

  window.addEventListener('message', function (e) {
    var d = e.data;
    if (origin !== null && e.origin !== origin) {
      return;
    }
    if (d === null || typeof d !== 'object' || d.type !== 'dilemma:height') {
      return;
    }
    var h = d.height;
    if (typeof h !== 'number' || !isFinite(h) || h < MIN || h > MAX) {
      return;
    }
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.ceil(h) + 'px';
        frames[i].setAttribute('data-dilemma-height', String(Math.ceil(h)));
        return;
      }
    }
  });
})();
