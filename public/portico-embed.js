// Embeds Portico's settings page in a host product's page. No dependencies.
//
//   <div id="enterprise-settings"></div>
//   <script src="https://portico.example.com/portico-embed.js"></script>
//   <script>
//     const embed = PorticoEmbed.mount(document.getElementById("enterprise-settings"), {
//       url: "https://portico.example.com/embed?token=" + tokenFromYourServer,
//       // Optional; the token's `appearance` claim, if any, comes first.
//       appearance: { accent: "#0a7", radius: 6, font: "Inter, system-ui, sans-serif",
//                     scheme: "auto", heading: false, background: false },
//     });
//     embed.element.addEventListener("portico:configured", (e) => console.log(e.detail));
//   </script>
//
// The iframe grows with its content (portico:resize); every message from Portico is
// re-dispatched on the container as a DOM CustomEvent of the same name, its fields in
// `detail`. Messages from any other origin or window are ignored.
(function (global) {
  "use strict";

  function mount(container, options) {
    var src = new URL(options.url, global.location.href);
    var origin = src.origin;
    // Portico checks each setting and refuses the page, saying why, if one is wrong.
    var appearance = options.appearance || {};
    for (var setting in appearance) {
      if (setting !== "token" && Object.prototype.hasOwnProperty.call(appearance, setting)) {
        src.searchParams.set(setting, String(appearance[setting]));
      }
    }
    var iframe = document.createElement("iframe");
    iframe.src = src.href;
    iframe.title = options.title || "Enterprise settings";
    iframe.style.width = "100%";
    iframe.style.border = "0";
    iframe.style.display = "block";
    iframe.style.height = (options.minHeight || 480) + "px";
    iframe.setAttribute("allow", "clipboard-write");
    container.appendChild(iframe);

    function onMessage(event) {
      if (event.origin !== origin || event.source !== iframe.contentWindow) return;
      var data = event.data;
      if (!data || typeof data.type !== "string" || data.type.indexOf("portico:") !== 0) return;
      if (data.type === "portico:resize" && typeof data.height === "number" && data.height > 0) {
        iframe.style.height = Math.ceil(data.height) + "px";
      }
      var detail = {};
      for (var key in data) if (key !== "type") detail[key] = data[key];
      container.dispatchEvent(new CustomEvent(data.type, { detail: detail, bubbles: true }));
    }
    global.addEventListener("message", onMessage);

    return {
      element: container,
      iframe: iframe,
      /** Asks Portico to read the organization's status again. */
      refresh: function () {
        if (iframe.contentWindow) iframe.contentWindow.postMessage({ type: "portico:refresh" }, origin);
      },
      /** Removes the iframe and stops listening. */
      destroy: function () {
        global.removeEventListener("message", onMessage);
        iframe.remove();
      },
    };
  }

  global.PorticoEmbed = { mount: mount };
})(window);
