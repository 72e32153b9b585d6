// Progress while a book is made (or a changed page is made again): the bar follows the units done.
(function () {
  "use strict";
  const view = document.querySelector(".progress-view");
  if (!view) return;
  const url = view.dataset.statusUrl;
  const bar = view.querySelector(".bar");
  const meter = view.querySelector(".progress");
  const steps = view.querySelector(".steps");
  const GROUPS = [
    ["text", "Writing the story"],
    ["character", "Drawing the characters"],
    ["cover", "Painting the cover"],
    ["page_text", "Rewriting the page"],
    ["page_image", "Illustrating the pages"],
    ["page_audio", "Recording the narration"],
    ["book_audio", "Joining the narration"],
    ["pdf", "Laying out the book"],
  ];

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
      item.textContent = name + (group.length > 1 ? " (" + done + " of " + group.length + ")" : "") +
        (done === group.length ? " ✓" : "");
      steps.append(item);
    });
  }

  function update(status) {
    bar.style.width = status.percent + "%";
    meter.setAttribute("aria-valuenow", status.percent);
    meter.setAttribute("aria-valuetext", status.percent + "%: " + status.step);
    view.querySelector(".percent").textContent = status.percent;
    view.querySelector(".step-name").textContent = status.step;
    view.querySelector(".done").textContent = status.done;
    view.querySelector(".total").textContent = status.total;
    view.querySelector(".eta").textContent = status.eta_seconds != null ? "· about " + status.eta_seconds + " s left" : "";
    drawSteps(status.units);
  }

  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" });
      if (response.ok) {
        const status = await response.json();
        update(status);
        // A book being made first is shown as soon as it is readable; once shown, it is not
        // reloaded under the reader's eyes when the print files follow.
        const showBook = view.dataset.firstMaking === "true" && status.readable;
        if (status.status !== "GENERATING" || showBook) {
          if (view.dataset.reload !== "false" || status.status === "ERROR") {
            setTimeout(() => window.location.reload(), 600);
          }
          return;
        }
      }
    } catch (error) { /* the server may be restarting: try again */ }
    setTimeout(poll, 700);
  };
  poll();
})();
