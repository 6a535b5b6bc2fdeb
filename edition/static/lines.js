// Highlight a range of lines named in the address, e.g. #L12-L15 (single lines use CSS :target),
// and give its first line a "Cite lines 12–15" box (from the page's <template id=
// "range-citation">); give the citation in an opened "Cite" box of a line a Copy button, and
// fill in the reader's date of access in every citation. Without this script the citation is
// still shown in the box, to be selected and copied by hand, with a placeholder for the date of
// access.
(function () {
  "use strict";
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  var MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.",
    "Oct.", "Nov.", "Dec."];

  // Today as each citation style writes it (edition/render/written_dates.py: long_date, mla_date).
  function today() {
    var now = new Date(), y = now.getFullYear(), m = now.getMonth(), d = now.getDate();
    var iso = y + "-" + (m < 9 ? "0" : "") + (m + 1) + "-" + (d < 10 ? "0" : "") + d;
    return {chicago: MONTHS[m] + " " + d + ", " + y, mla: d + " " + MLA_MONTHS[m] + " " + y,
      iso: iso};
  }

  // Each placeholder <var class="access-date" data-style="..."> becomes today's date.
  function fillAccessDates() {
    var dates = today(), slots = document.querySelectorAll("var.access-date");
    for (var i = 0; i < slots.length; i++) {
      var date = dates[slots[i].getAttribute("data-style")];
      if (date) { slots[i].parentNode.replaceChild(document.createTextNode(date), slots[i]); }
    }
  }
  // The "Cite lines 4–6" box of a range, opened, placed in its first line after the line's own.
  function addRangeCitation(line, from, to) {
    var template = document.getElementById("range-citation");
    if (!template) { return; }
    var lines = from + "\u2013" + to, box = document.createElement("details");
    var summary = document.createElement("summary"), citation = document.createElement("p");
    box.className = "cite-line cite-range";
    box.setAttribute("data-lines", lines);
    box.open = true;
    summary.textContent = "Cite lines " + lines;
    citation.appendChild(template.content.cloneNode(true));
    citation.querySelector('[data-range="lines"]').textContent = lines;
    citation.querySelector('[data-range="fragment"]').textContent = "L" + from + "-L" + to;
    box.appendChild(summary);
    box.appendChild(citation);
    line.appendChild(box);
    addCopyButton(box);
  }

  function highlight() {
    var old = document.querySelectorAll(".line.hl");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("hl"); }
    var boxes = document.querySelectorAll("details.cite-range");
    for (var j = 0; j < boxes.length; j++) { boxes[j].parentNode.removeChild(boxes[j]); }
    var match = /^#L(\d+)-L?(\d+)$/.exec(window.location.hash);
    if (!match) { return; }
    var from = parseInt(match[1], 10), to = parseInt(match[2], 10), first = null;
    if (to < from) { var swap = from; from = to; to = swap; }
    for (var n = from; n <= to && n - from < 10000; n++) {
      var line = document.getElementById("L" + n);
      if (line) { line.classList.add("hl"); first = first || line; }
    }
    if (first) {
      addRangeCitation(first, from, to);
      fillAccessDates();
      first.scrollIntoView();
    }
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
    which.textContent = " the citation of " + (box.getAttribute("data-lines")
      ? "lines " + box.getAttribute("data-lines") : "line " + box.parentElement.id.replace(/^L/, ""));
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
  fillAccessDates();
  window.addEventListener("hashchange", highlight);
  highlight();
})();
