/* Progressive enhancement for listing pages (directory, calendar); everything works without it.
   - Filter panels marked data-collapse-below start closed on narrow screens, so that the first
     results are on the first screen of a phone. The script runs right after the panel, before
     the first paint.
   - Copy buttons (data-copy="<input id>") copy a feed address and say so in a live region. */
(function () {
  "use strict";
  document.querySelectorAll("details[data-collapse-below]").forEach(function (panel) {
    if (panel.dataset.collapsed) return;
    panel.dataset.collapsed = "1";
    if (window.matchMedia("(max-width: " + panel.dataset.collapseBelow + ")").matches) {
      panel.open = false;
    }
  });
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    if (!navigator.clipboard || button.dataset.ready) return;
    button.dataset.ready = "1";
    button.hidden = false;
    button.addEventListener("click", function () {
      var field = document.getElementById(button.dataset.copy);
      var status = document.getElementById(button.dataset.status);
      navigator.clipboard.writeText(field.value).then(
        function () { if (status) status.textContent = button.dataset.copied; },
        function () { field.select(); }
      );
    });
  });
})();
