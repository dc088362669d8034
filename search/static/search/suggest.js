/* Title suggestions for the search fields (progressive enhancement: without this script the
   fields are plain search forms). The field becomes an ARIA 1.2 combobox with a listbox popup:
   arrow keys move through the suggestions, Enter opens the chosen one, Escape closes the list.
   The number of suggestions is announced in a live region. Texts come from data attributes
   rendered in the reader's language; no inline script, so the CSP stays strict. */
(function () {
  "use strict";

  var MIN_CHARACTERS = 2;
  var DELAY = 200;

  function enhance(wrapper) {
    var input = wrapper.querySelector("input");
    var url = wrapper.getAttribute("data-suggest-url");
    if (!input || !url || !window.fetch) {
      return;
    }
    var listId = (input.id || "search") + "-suggestions";
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "suggest__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", wrapper.getAttribute("data-suggest-label") || "");
    list.hidden = true;
    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    wrapper.appendChild(list);
    wrapper.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var items = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var lastQuery = "";
    var pageLanguage = document.documentElement.lang;

    function announce(text) {
      status.textContent = text;
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function setActive(index) {
      if (!items.length) {
        return;
      }
      active = (index + items.length) % items.length;
      Array.prototype.forEach.call(list.children, function (option, position) {
        option.setAttribute("aria-selected", position === active ? "true" : "false");
      });
      var option = list.children[active];
      input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    }

    function go(index) {
      if (items[index]) {
        window.location.assign(items[index].url);
      }
    }

    function render(suggestions) {
      items = suggestions;
      active = -1;
      list.textContent = "";
      input.removeAttribute("aria-activedescendant");
      suggestions.forEach(function (suggestion, index) {
        var option = document.createElement("li");
        option.id = listId + "-" + index;
        option.className = "suggest__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        var title = document.createElement("span");
        title.className = "suggest__title";
        title.textContent = suggestion.title;
        if (suggestion.lang && suggestion.lang !== pageLanguage) {
          title.lang = suggestion.lang;
        }
        var type = document.createElement("span");
        type.className = "suggest__type";
        type.textContent = suggestion.type;
        option.appendChild(title);
        option.appendChild(document.createTextNode(" "));
        option.appendChild(type);
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the field until we leave
          go(index);
        });
        list.appendChild(option);
      });
      if (suggestions.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        announce(
          (wrapper.getAttribute("data-suggest-status") || "{count}").replace(
            "{count}",
            String(suggestions.length)
          )
        );
      } else {
        close();
        announce(wrapper.getAttribute("data-suggest-none") || "");
      }
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) {
        return;
      }
      lastQuery = query;
      if (controller) {
        controller.abort();
      }
      if (query.replace(/[^\p{L}\p{N}]/gu, "").length < MIN_CHARACTERS) {
        items = [];
        close();
        return;
      }
      controller = window.AbortController ? new AbortController() : null;
      window
        .fetch(url + "?q=" + encodeURIComponent(query), {
          headers: { Accept: "application/json" },
          credentials: "same-origin",
          signal: controller ? controller.signal : undefined,
        })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (data) {
          if (input.value.trim() === query && document.activeElement === input) {
            render(data.suggestions || []);
          }
        })
        .catch(function () {
          /* No suggestions: the form still works. */
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY);
    });

    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "Down") {
        if (list.hidden && items.length) {
          list.hidden = false;
          input.setAttribute("aria-expanded", "true");
        }
        setActive(active + 1);
        event.preventDefault();
      } else if (event.key === "ArrowUp" || event.key === "Up") {
        setActive(active - 1);
        event.preventDefault();
      } else if (event.key === "Enter") {
        if (!list.hidden && active >= 0) {
          event.preventDefault();
          go(active);
        }
      } else if (event.key === "Escape" || event.key === "Esc") {
        if (!list.hidden) {
          event.preventDefault();
          close();
        }
      }
    });

    input.addEventListener("blur", function () {
      close();
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-suggest-url]"), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
