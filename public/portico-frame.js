// Portico's side of the embed protocol (README: "Embedding Portico"). It runs in the
// embedded settings page, and in the page the Admin Portal sends the admin back to, in
// the tab the embedded page opened. Messages go only to the framing page's exact origin;
// messages are read only from it (and, from the portal's tab, from Portico's own origin).
(function () {
  "use strict";
  var root = document.documentElement;
  var PENDING = "portico:pending-intent";

  if (root.getAttribute("data-portico-page") === "done") {
    // The portal is done: tell the embedded page that opened this tab, then close it.
    try {
      if (window.opener && !window.opener.closed) {
        window.opener.postMessage(
          { type: "portico:portal-done", intent: root.getAttribute("data-intent") || "" },
          window.location.origin
        );
        window.close();
      }
    } catch (e) {
      // No way back (the portal cut the opener): the page says to close the tab, and the
      // embedded page re-reads when its tab is shown again.
    }
    return;
  }

  var frame = document.getElementById("portico-embed");
  if (!frame || window.parent === window) return;
  var parentOrigin = frame.getAttribute("data-parent-origin");

  function tell(type, detail) {
    var message = { type: type };
    for (var key in detail || {}) message[key] = detail[key];
    window.parent.postMessage(message, parentOrigin);
  }

  function reload(intent) {
    var query = intent ? "configured=" + encodeURIComponent(intent) : "refresh=1";
    window.location.replace("/embed/settings?" + query);
  }

  tell("portico:ready");

  var lastHeight = 0;
  function measure() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== lastHeight) {
      lastHeight = height;
      tell("portico:resize", { height: height });
    }
  }
  if (window.ResizeObserver) new ResizeObserver(measure).observe(document.documentElement);
  measure();

  var configured = frame.getAttribute("data-configured");
  if (configured) {
    var card = document.querySelector('[data-intent="' + configured + '"]');
    tell("portico:configured", {
      intent: configured,
      status: card ? card.getAttribute("data-setup") || "unknown" : "unknown",
    });
  }

  var alert = document.querySelector("main [role=alert]");
  if (alert) {
    tell("portico:error", {
      code: alert.getAttribute("data-code") || "error",
      message: alert.textContent.trim(),
    });
  }

  // The page changed in place (a WorkOS event): tell the host which area, and how it stands.
  window.addEventListener("portico:status", function (event) {
    var detail = event.detail || {};
    tell("portico:status", {
      intent: String(detail.intent || ""),
      status: String(detail.status || "unknown"),
      summary: String(detail.summary || ""),
    });
  });

  // A portal form opens a new tab: remember which area, for when the admin comes back.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form && form.classList && form.classList.contains("portal-form")) {
      try { sessionStorage.setItem(PENDING, form.elements.intent.value); } catch (e) {}
    }
  });

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data.type !== "string") return;
    if (event.origin === window.location.origin && data.type === "portico:portal-done") {
      try { sessionStorage.removeItem(PENDING); } catch (e) {}
      reload(String(data.intent || ""));
    } else if (event.origin === parentOrigin && data.type === "portico:refresh") {
      reload("");
    }
  });

  // Back in the host's tab after the portal, with no word from the portal's tab.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState !== "visible") return;
    var pending = null;
    try {
      pending = sessionStorage.getItem(PENDING);
      sessionStorage.removeItem(PENDING);
    } catch (e) {}
    if (pending) reload(pending);
  });
})();
