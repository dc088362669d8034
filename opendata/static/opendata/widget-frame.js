// Inside a portal widget: tell the page that frames it how tall the widget is
// (widget-embed.js on that page sizes the frame). The height is not secret: any origin.
(function () {
  "use strict";
  if (window.parent === window) {
    return;
  }
  var last = 0;
  function post() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: "portal-widget-height", height: height }, "*");
    }
  }
  window.addEventListener("load", post);
  window.addEventListener("resize", post);
  if (window.ResizeObserver) {
    new ResizeObserver(post).observe(document.documentElement);
  }
  post();
})();
