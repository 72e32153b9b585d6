// Progress while a book is made (or a changed page is made again): the bar follows the time spent
// over the time spent and the time left (the server's percent), and never goes back on the page.
(function () {
  "use strict";
  const view = document.querySelector(".progress-view");
  if (!view) return;
  const url = view.dataset.statusUrl;
  const bar = view.querySelector(".bar");
  const meter = view.querySelector(".progress");
  const steps = view.querySelector(".steps");
  const messages = JSON.parse((document.getElementById("page-messages") || {}).textContent || "{}");
  const GROUPS = messages.groups || [];
  const stepName = (step) => (messages.steps && messages.steps[step]) || step;
  const format = (template, values) => template.replace(/%\((\w+)\)s/g, (_, key) => values[key]);
  function eta(seconds) {
    if (seconds == null || !messages.eta) return "";
    if (seconds >= 120) return "· " + format(messages.eta_minutes, { minutes: Math.round(seconds / 60) });
    return "· " + format(messages.eta, { seconds: seconds });
  }

  function drawSteps(units) {
    if (!steps) return;
    steps.textContent = "";
    GROUPS.forEach(([kind, name]) => {
      const group = units.filter((unit) => unit.kind === kind);
      if (!group.length) return;
      const done = group.filter((unit) => unit.state === "done").length;
      const busy = group.some((unit) => unit.state === "running");
      const item = document.createElement("li");
      item.className = done === group.length ? "done" : busy ? "busy" : "waiting";
      item.textContent = name + (group.length > 1 ? " " + format(messages.count_of, { done: done, total: group.length }) : "") +
        (done === group.length ? " ✓" : "");
      steps.append(item);
    });
  }

  let shown = Number(meter.getAttribute("aria-valuenow")) || 0;

  function update(status) {
    shown = status.status === "GENERATING" ? Math.max(shown, status.percent) : status.percent;
    bar.style.width = shown + "%";
    meter.setAttribute("aria-valuenow", shown);
    meter.setAttribute("aria-valuetext", shown + "%: " + stepName(status.step));
    view.querySelector(".percent").textContent = shown;
    view.querySelector(".step-name").textContent = stepName(status.step);
    view.querySelector(".done").textContent = status.done;
    view.querySelector(".total").textContent = status.total;
    view.querySelector(".eta").textContent = eta(status.eta_seconds);
    drawSteps(status.units);
  }

  const poll = async () => {
    try {
      // a request the server never answers is given up after 15 s and asked again
      const response = await fetch(url, {
        headers: { Accept: "application/json" }, cache: "no-store", signal: AbortSignal.timeout(15000),
      });
      if (response.ok) {
        const status = await response.json();
        update(status);
        document.dispatchEvent(new CustomEvent("storyloom:status", { detail: status }));
        // A book being made first is shown as soon as page 1 is there; once shown, it is not
        // reloaded under the reader's eyes when the print files follow.
        const showBook = view.dataset.firstMaking === "true" && (status.readable || status.first_page_ready);
        if (status.status !== "GENERATING" || showBook) {
          if (view.dataset.reload !== "false" || status.status === "ERROR") {
            setTimeout(() => window.location.reload(), 600);
            setTimeout(poll, 5000);  // a reload that was cut short (another navigation) is asked again
          }
          return;
        }
      }
    } catch (error) { /* the server may be restarting: try again */ }
    setTimeout(poll, 700);
  };
  poll();
})();
