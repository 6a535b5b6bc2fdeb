// Highlight a range of lines named in the address, e.g. #L12-L15 (single lines use CSS :target),
// and give the citation in an opened "Cite" box of a line a Copy button. Without this script
// the citation is still shown in the box, to be selected and copied by hand.
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

  // The citation selected, and copied by the browser's own command if it still has one.
  function selectAndCopy(citation) {
    var range = document.createRange();
    range.selectNodeContents(citation);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    try { return document.execCommand("copy"); } catch (error) { return false; }
  }

  function copy(citation, status) {
    status.textContent = "";  // a second "Copied" is announced again
    function fallback() {
      status.textContent = selectAndCopy(citation) ? "Copied"
        : "Selected: press Ctrl+C (⌘C on a Mac) to copy";
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(citation.textContent).then(function () {
        status.textContent = "Copied";
      }, fallback);
    } else {
      // later, as the clipboard's answer comes: set in the same task as the clearing above,
      // "Copied" would be no change to the live region, and not announced a second time
      window.setTimeout(fallback, 50);
    }
  }

  function addCopyButton(box) {
    var citation = box.querySelector("p");
    if (!citation || box.querySelector(".copy-citation")) { return; }
    var button = document.createElement("button");
    var which = document.createElement("span");
    var status = document.createElement("span");
    button.type = "button";
    button.className = "copy-citation";
    button.textContent = "Copy";
    which.className = "visually-hidden";
    which.textContent = " the citation of line " + box.parentElement.id.replace(/^L/, "");
    button.appendChild(which);
    status.className = "copy-status";
    status.setAttribute("role", "status");  // a polite live region: "Copied" is read aloud
    button.addEventListener("click", function () { copy(citation, status); });
    box.appendChild(button);
    box.appendChild(status);
  }

  // "toggle" does not bubble: one listener in the capture phase serves every line.
  document.addEventListener("toggle", function (event) {
    var box = event.target;
    if (box.open && box.classList && box.classList.contains("cite-line")) { addCopyButton(box); }
  }, true);
  var open = document.querySelectorAll("details.cite-line[open]");
  for (var i = 0; i < open.length; i++) { addCopyButton(open[i]); }
  window.addEventListener("hashchange", highlight);
  highlight();
})();
