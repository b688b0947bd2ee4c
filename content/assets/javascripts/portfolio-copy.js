/* Calendar subscriptions (subscribe-panel.html): a button that copies the calendar's address.
 *
 * Progressive enhancement: without scripts the address stands in a read-only field, to select and
 * copy by hand, and a site built without its own address (no site_url) says when the address is
 * known and offers the file. With this script the copy button appears, and a site served over
 * http(s) without site_url shows the address the page itself came from: the calendar file's link,
 * made whole by the browser.
 */
(function () {
  "use strict";

  function copy(input) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(input.value);
    }
    input.focus();
    input.select();
    // Why the old way too: a site served over plain http has no navigator.clipboard.
    return document.execCommand("copy") ? Promise.resolve() : Promise.reject(new Error("kopi"));
  }

  function fillIn(panel, input) {
    var file = panel.querySelector("a[download]");
    var webcal = panel.querySelector(".pt-subscribe__webcal");
    var unknown = panel.querySelector(".pt-subscribe__unknown");
    input.value = file.href;
    webcal.href = file.href.replace(/^https?:/, "webcal:");
    webcal.parentElement.hidden = false;
    input.parentElement.hidden = false;
    if (unknown) {
      unknown.hidden = true;
    }
  }

  document.querySelectorAll("[data-pt-subscribe]").forEach(function (panel) {
    var input = panel.querySelector("input");
    var button = panel.querySelector("[data-pt-copy]");
    var said = panel.querySelector(".pt-subscribe__said");
    if (!input.value && /^https?:$/.test(location.protocol)) {
      fillIn(panel, input);
    }
    if (!input.value) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      said.textContent = "";
      copy(input).then(function () {
        said.textContent = "Adressen er kopieret. Sæt den ind i dit kalenderprogram.";
      }, function () {
        input.focus();
        input.select();
        said.textContent =
          "Adressen kunne ikke kopieres af sig selv; den er markeret, så du kan kopiere den.";
      });
    });
  });
})();
