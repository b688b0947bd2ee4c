/* Report helper: turns the form into the text for the web form and a driftsmeddelelse YAML
 * file. Every text value is written as a JSON string, which is a valid YAML double-quoted
 * string, so nothing the reporter types can change the file's structure.
 */
(function () {
  "use strict";

  var form = document.getElementById("pt-report");
  if (!form) {
    return;
  }

  function danishNow() {
    var parts = {};
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(new Date()).forEach(function (part) { parts[part.type] = part.value; });
    return parts.year + "-" + parts.month + "-" + parts.day + " " + parts.hour + ":" + parts.minute;
  }

  function moment(value) {
    return value ? value.replace("T", " ").slice(0, 16) : "";
  }

  function slug(text) {
    // Ids are at most 60 characters: 49 + "-" + the date's 10.
    var words = (text.toLowerCase().match(/[a-z0-9æøå]+/g) || []).join("-").slice(0, 49);
    return words.replace(/^-+|-+$/g, "") || "melding";
  }

  function quoted(value) {
    // Control characters (pasted from another program) are dropped: the validator refuses
    // them. A JSON string is then a YAML double-quoted string, except for characters YAML will
    // not read raw (line and paragraph separators, non-characters, lone surrogates).
    var whole = value.toWellFormed ? value.toWellFormed() : value;
    whole = whole.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
    return JSON.stringify(whole).replace(/[\u2028\u2029\ufffe\uffff]/g, function (c) {
      return "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0");
    });
  }

  function values() {
    var data = new FormData(form);
    return {
      type: data.get("type"),
      titel: String(data.get("titel")).trim(),
      systemer: data.getAll("systemer"),
      meddelelser: String(data.get("meddelelser")).split("\n").map(function (line) {
        return line.trim();
      }).filter(Boolean),
      start: moment(data.get("start")),
      slut: moment(data.get("forventet_slut")),
      årsag: String(data.get("årsag")).trim(),
      kontakt: data.get("kontakt"),
      kontaktperson: String(data.get("kontaktperson")).trim(),
      meldt: danishNow()
    };
  }

  function problems(report) {
    var found = [];
    if (!report.titel) { found.push("Skriv en overskrift."); }
    if (report.systemer.length === 0) { found.push("Vælg mindst ét berørt system."); }
    if (report.meddelelser.length === 0) { found.push("Skriv mindst én berørt meddelelse."); }
    if (report.meddelelser.some(function (line) { return line.length > 200; })) {
      found.push("Hver berørt meddelelse må højst fylde 200 tegn.");
    }
    if (!report.start) { found.push("Skriv, hvornår nedbruddet startede eller starter."); }
    if (report.slut && report.slut <= report.start) { found.push("Forventet slut skal ligge efter start."); }
    if (report.type === "planlagt" && report.start && report.start <= report.meldt) {
      found.push("En planlagt nedlukning meldes, før den begynder. Er den i gang, så vælg akut nedbrud.");
    }
    if (!report.årsag) { found.push("Skriv årsagen til fejlen."); }
    if (!report.kontaktperson) { found.push("Skriv kontaktpersonen."); }
    return found;
  }

  function text(report) {
    return [
      (report.type === "planlagt" ? "Planlagt nedlukning: " : "Akut nedbrud: ") + report.titel,
      "",
      "Årsag til fejl: " + report.årsag,
      "Berørte meddelelser: " + report.meddelelser.join(", "),
      "Forventet nedetid: fra " + report.start + (report.slut ? " til " + report.slut : " (slut ukendt)"),
      "Kontaktperson: " + report.kontaktperson
    ].join("\n");
  }

  function yaml(report) {
    var q = quoted;
    var lines = [
      "# yaml-language-server: $schema=../../content/schema/driftsmeddelelse.schema.json",
      "titel: " + q(report.titel),
      "type: " + report.type,
      "procedure: " + form.dataset.procedure,
      "systemer: [" + report.systemer.join(", ") + "]",
      "meddelelser:"
    ];
    report.meddelelser.forEach(function (line) { lines.push("  - " + q(line)); });
    lines.push("meldt: " + q(report.meldt), "start: " + q(report.start));
    if (report.slut) { lines.push("forventet_slut: " + q(report.slut)); }
    lines.push("årsag: " + q(report.årsag), "kontakt: " + report.kontakt,
      "kontaktperson: " + q(report.kontaktperson));
    return lines.join("\n") + "\n";
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var report = values();
    var found = problems(report);
    var errors = document.getElementById("pt-report-errors");
    var result = document.getElementById("pt-report-result");
    errors.textContent = "";
    if (found.length) {
      result.hidden = true;  // Why: an old result must not look like the answer to this attempt
      // Why the frame: role="alert" is only read again when its text changes.
      requestAnimationFrame(function () { errors.textContent = found.join(" "); });
      return;
    }
    document.getElementById("pt-report-text").value = text(report);
    document.getElementById("pt-report-yaml").value = yaml(report);
    document.getElementById("pt-report-filename").textContent =
      slug(report.titel) + "-" + report.start.slice(0, 10) + ".yml";
    result.hidden = false;
    var heading = result.querySelector("h2");
    heading.tabIndex = -1;
    heading.focus();
  });
})();
