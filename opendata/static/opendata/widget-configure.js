// The widget configurator: copy the embed code with the Clipboard API (the textarea stays
// as the fallback) and reload the preview when a setting changes (the form works without it).
(function () {
  "use strict";
  var button = document.querySelector("[data-widget-copy]");
  var code = document.querySelector("[data-widget-code]");
  var status = document.querySelector("[data-widget-copy-status]");
  if (button && code && navigator.clipboard) {
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(code.value).then(function () {
        status.textContent = button.getAttribute("data-copied");
      }, function () {
        code.select();
      });
    });
  }
  var form = document.querySelector("[data-widget-form]");
  var preview = document.querySelector("[data-widget-preview]");
  if (form && preview) {
    // Only the preview changes (the page stays put); the code follows on "Update".
    form.addEventListener("change", function () {
      var params = new URLSearchParams();
      var lang = "";
      new FormData(form).forEach(function (value, key) {
        if (key === "lang") {
          lang = value;
        } else if (value) {
          params.append(key, value);
        }
      });
      var base = new URL(preview.src, window.location.href);
      var path = lang ? base.pathname.replace(/^\/[a-z]{2}\//, "/" + lang + "/") : base.pathname;
      preview.src = path + "?" + params.toString();
    });
  }
})();
