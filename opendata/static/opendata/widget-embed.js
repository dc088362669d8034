// On a site that embeds a portal widget: size each widget frame to its content.
// Only messages from the portal (the origin this script is served from) are heeded,
// and only from the widget frame they name.
(function () {
  "use strict";
  var script = document.currentScript;
  var portal = script ? new URL(script.src).origin : "";
  if (!portal || window.__portalWidgetEmbed) {
    return;
  }
  window.__portalWidgetEmbed = true;
  function frames() {
    return document.querySelectorAll("iframe[data-portal-widget]");
  }
  Array.prototype.forEach.call(frames(), function (frame) {
    frame.style.border = "0";
    frame.style.width = "100%";
  });
  window.addEventListener("message", function (event) {
    if (event.origin !== portal || !event.data || event.data.type !== "portal-widget-height") {
      return;
    }
    var height = Number(event.data.height);
    if (!isFinite(height) || height <= 0 || height > 20000) {
      return;
    }
    Array.prototype.forEach.call(frames(), function (frame) {
      if (frame.contentWindow === event.source) {
        frame.style.height = height + "px";
        frame.setAttribute("height", String(height));
      }
    });
  });
})();
