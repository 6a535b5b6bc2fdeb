// Highlight a range of lines named in the address, e.g. #L12-L15 (single lines use CSS :target).
(function () {
  "use strict";
  function highlight() {
    var old = document.querySelectorAll(".line.hl");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("hl"); }
    var match = /^#L(\d+)-L?(\d+)$/.exec(window.location.hash);
    if (!match) { return; }
    var from = parseInt(match[1], 10), to = parseInt(match[2], 10), first = null;
    if (to < from) { var swap = from; from = to; to = swap; }
    for (var n = from; n <= to && n - from < 10000; n++) {
      var line = document.getElementById("L" + n);
      if (line) { line.classList.add("hl"); first = first || line; }
    }
    if (first) { first.scrollIntoView(); }
  }
  window.addEventListener("hashchange", highlight);
  highlight();
})();
