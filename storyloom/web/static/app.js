// Progress polling while a book is made, and read-along highlighting while a page is narrated.
(function () {
  const view = document.querySelector(".progress-view");
  if (view) {
    const url = view.dataset.statusUrl;
    const bar = view.querySelector(".bar");
    const meter = view.querySelector(".progress");
    const poll = async () => {
      try {
        const response = await fetch(url, { headers: { Accept: "application/json" } });
        if (response.ok) {
          const status = await response.json();
          bar.style.width = status.percent + "%";
          meter.setAttribute("aria-valuenow", status.percent);
          view.querySelector(".percent").textContent = status.percent;
          view.querySelector(".step-name").textContent = status.step;
          view.querySelector(".eta").textContent = status.eta_seconds != null ? "· about " + status.eta_seconds + " s left" : "";
          if (status.status !== "GENERATING") { window.location.reload(); return; }
        }
      } catch (error) { /* try again */ }
      setTimeout(poll, 1000);
    };
    poll();
  }

  document.querySelectorAll(".page").forEach(async (page) => {
    const text = page.querySelector(".text");
    const audio = page.querySelector("audio");
    if (!text || !audio || !text.dataset.timingsUrl) return;
    const response = await fetch(text.dataset.timingsUrl);
    if (!response.ok) return;
    const timings = await response.json();
    const source = text.textContent;
    text.textContent = "";
    let cursor = 0;
    const spans = timings.words.map((word) => {
      text.append(source.slice(cursor, word.char_start));
      const span = document.createElement("span");
      span.className = "word";
      span.textContent = source.slice(word.char_start, word.char_end);
      text.append(span);
      cursor = word.char_end;
      return span;
    });
    text.append(source.slice(cursor));
    audio.addEventListener("timeupdate", () => {
      const ms = audio.currentTime * 1000;
      timings.words.forEach((word, i) => spans[i].classList.toggle("spoken", ms >= word.start_ms && ms < word.end_ms));
    });
  });
})();
