// The reader: a book paged spread by spread (buttons, arrow keys, swipe), narration with each word
// highlighted as it is spoken, "read the whole book aloud", and the owner's page changes.
(function () {
  "use strict";
  const book = document.querySelector(".book");
  if (!book) return;
  const spreads = [...book.querySelectorAll(".spread")];
  const indicator = book.querySelector(".page-indicator");
  const prev = book.querySelector(".prev");
  const next = book.querySelector(".next");
  const audio = book.querySelector(".narrator");
  const playButton = book.querySelector(".play-page");
  const readAllButton = book.querySelector(".read-all");
  const last = spreads.length - 1;
  let current = 0;
  let readingAll = false;
  let playing = null; // {index, words, spans}
  let frame = 0;
  let userScrolled = false;
  ["wheel", "touchmove", "keydown"].forEach((name) => window.addEventListener(name, () => { userScrolled = true; }, { once: true, passive: true }));
  const messages = JSON.parse((document.getElementById("page-messages") || {}).textContent || "{}");
  const format = (template, values) => template.replace(/%\((\w+)\)s/g, (_, key) => values[key]);

  book.classList.add("paged");

  function label(index) {
    if (index === 0) return messages.cover;
    if (index === last) return messages.the_end;
    return format(messages.page_of, { number: index, total: last - 1 });
  }

  function show(index, { keepNarration = false } = {}) {
    current = Math.max(0, Math.min(last, index));
    spreads.forEach((spread, i) => {
      spread.classList.toggle("current", i === current);
      spread.hidden = i !== current;
    });
    indicator.textContent = label(current);
    prev.disabled = current === 0;
    next.disabled = current === last;
    history.replaceState(null, "", "#p-" + current); // matches no element: the browser does not scroll
    const image = spreads[current].querySelector("img[loading=lazy]");
    if (image) image.loading = "eager";
    if (!keepNarration) stopNarration();
    // The end has no narration (the cover's button starts at page 1).
    if (playButton) playButton.disabled = current !== 0 && !spreads[current].dataset.audioUrl;
    prepareWords(current);
  }

  function go(delta) {
    const target = current + delta;
    if (target < 0 || target > last) return;
    show(target, { keepNarration: readingAll });
    if (readingAll) playPage(current);
  }

  prev.addEventListener("click", () => go(-1));
  next.addEventListener("click", () => go(1));
  document.addEventListener("keydown", (event) => {
    if (event.target.closest("input, textarea, select, [contenteditable]") || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "ArrowRight" || event.key === "PageDown") { go(1); event.preventDefault(); }
    else if (event.key === "ArrowLeft" || event.key === "PageUp") { go(-1); event.preventDefault(); }
    else if (event.key === "Home") { show(0); event.preventDefault(); }
    else if (event.key === "End") { show(last); event.preventDefault(); }
  });

  // Swipe: a mostly horizontal move of at least 50 px turns the page.
  const view = book.querySelector(".book-view");
  let start = null;
  view.addEventListener("pointerdown", (event) => { start = { x: event.clientX, y: event.clientY }; });
  view.addEventListener("pointerup", (event) => {
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    start = null;
    if (Math.abs(dx) >= 50 && Math.abs(dx) > 1.5 * Math.abs(dy)) go(dx < 0 ? 1 : -1);
  });
  view.addEventListener("pointercancel", () => { start = null; });
  view.addEventListener("dragstart", (event) => event.preventDefault());

  // Read-along: the page text is split into one span per timed word, by character offsets.
  const timings = new Map();
  async function loadTimings(index) {
    const spread = spreads[index];
    const url = spread.dataset.timingsUrl;
    if (!url) return null;
    if (!timings.has(index)) {
      timings.set(index, fetch(url).then((response) => (response.ok ? response.json() : null)).catch(() => null));
    }
    return timings.get(index);
  }

  async function prepareWords(index) {
    const spread = spreads[index];
    const text = spread.querySelector(".text");
    if (!text || text.dataset.prepared) return text ? [...text.querySelectorAll(".word")] : [];
    const document_ = await loadTimings(index);
    if (!document_ || text.dataset.prepared) return [...text.querySelectorAll(".word")];
    const source = text.textContent;
    if (document_.text && document_.text.trim() !== source.trim()) return []; // narration not yet redone
    text.textContent = "";
    let cursor = 0;
    document_.words.forEach((word) => {
      if (word.char_start < cursor) return;
      text.append(source.slice(cursor, word.char_start));
      const span = document.createElement("span");
      span.className = "word";
      span.textContent = source.slice(word.char_start, word.char_end);
      text.append(span);
      cursor = word.char_end;
    });
    text.append(source.slice(cursor));
    text.dataset.prepared = "true";
    return [...text.querySelectorAll(".word")];
  }

  function highlight() {
    if (!playing) return;
    const ms = audio.currentTime * 1000;
    let spoken = -1;
    playing.words.forEach((word, i) => { if (ms >= word.start_ms) spoken = i; });
    if (spoken >= 0 && ms > playing.words[spoken].end_ms + 250 && spoken === playing.words.length - 1) spoken = -1;
    playing.spans.forEach((span, i) => {
      span.classList.toggle("spoken", i === spoken);
      span.classList.toggle("read", i < spoken);
    });
    if (!audio.paused) frame = requestAnimationFrame(highlight);
  }

  function clearHighlight() {
    book.querySelectorAll(".word.spoken, .word.read").forEach((span) => span.classList.remove("spoken", "read"));
  }

  async function playPage(index) {
    const spread = spreads[index];
    if (!audio || !spread.dataset.audioUrl) {
      if (readingAll && index < last) { show(index + 1, { keepNarration: true }); return playPage(current); }
      stopNarration();
      return;
    }
    const spans = await prepareWords(index);
    const document_ = await loadTimings(index);
    playing = { index, words: document_ ? document_.words : [], spans };
    if (audio.dataset.src !== spread.dataset.audioUrl) {
      audio.src = spread.dataset.audioUrl;
      audio.dataset.src = spread.dataset.audioUrl;
    }
    try {
      await audio.play();
    } catch (error) {
      stopNarration();
      return;
    }
    book.classList.add("narrating");
    playButton.setAttribute("aria-pressed", "true");
    playButton.textContent = messages.pause;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(highlight);
  }

  function stopNarration() {
    if (audio && !audio.paused) audio.pause();
    cancelAnimationFrame(frame);
    playing = null;
    readingAll = false;
    clearHighlight();
    book.classList.remove("narrating");
    if (playButton) { playButton.setAttribute("aria-pressed", "false"); playButton.textContent = messages.play; }
    if (readAllButton) { readAllButton.setAttribute("aria-pressed", "false"); readAllButton.textContent = messages.read_all; }
  }

  if (audio) {
    audio.addEventListener("timeupdate", highlight);
    audio.addEventListener("ended", () => {
      if (readingAll && current < last - 1) {
        show(current + 1, { keepNarration: true });
        playPage(current);
      } else {
        stopNarration();
      }
    });
    playButton.addEventListener("click", () => {
      if (playing && !audio.paused) { stopNarration(); return; }
      if (current === 0) show(1);
      if (spreads[current].dataset.audioUrl) playPage(current);
    });
    readAllButton.addEventListener("click", () => {
      if (readingAll) { stopNarration(); return; }
      stopNarration();
      readingAll = true;
      readAllButton.setAttribute("aria-pressed", "true");
      readAllButton.textContent = messages.stop;
      if (current === 0 || current === last) show(1, { keepNarration: true });
      playPage(current);
    });
  }

  // The owner's changes go through the API (with the session's CSRF token) and the page then
  // follows the update's progress; without JavaScript the same forms post to the page routes.
  const csrf = book.dataset.csrf;
  book.querySelectorAll(".page-tools form").forEach((form) => {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const page = form.dataset.page;
      const storyId = book.dataset.storyId;
      const data = new FormData(form);
      const editing = form.classList.contains("edit-text");
      const url = "/api/stories/" + storyId + "/pages/" + page + (editing ? "/text" : "/regenerate");
      const body = editing ? { text: data.get("text") } : { part: data.get("part") };
      const error = form.querySelector(".field-error");
      if (editing && !String(data.get("text") || "").trim()) {
        error.textContent = messages.empty_text;
        error.hidden = false;
        return;
      }
      form.querySelectorAll("button").forEach((button) => { button.disabled = true; });
      try {
        const response = await fetch(url, {
          method: editing ? "PUT" : "POST",
          headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf, Accept: "application/json" },
          body: JSON.stringify(body),
        });
        if (response.ok) { window.location.hash = "p-" + page; window.location.reload(); return; }
        const problem = await response.json().catch(() => ({ error: messages.failed }));
        if (error) { error.textContent = problem.error; error.hidden = false; } else { alert(problem.error); }
      } finally {
        form.querySelectorAll("button").forEach((button) => { button.disabled = false; });
      }
    });
  });

  // A book shown while its pages are still drawn: each status poll that reports more pictures or
  // narration done fetches the story and fills in the pages that now have them, without a reload.
  if (book.dataset.drawing === "true") {
    let seen = -1;
    let fetching = false;
    const pictureOf = (url, alt) => {
      const image = document.createElement("img");
      const join = url.includes("?") ? "&" : "?";
      image.src = url + join + "w=960";
      image.srcset = [480, 960, 1600].map((w) => url + join + "w=" + w + " " + w + "w").join(", ");
      image.sizes = "(max-width: 700px) 100vw, 520px";
      image.width = 960;
      image.height = 960;
      image.draggable = false;
      image.alt = alt || "";
      return image;
    };
    const fill = (spread, url, alt) => {
      const placeholder = spread && spread.querySelector(".no-picture");
      if (!placeholder || !url) return;
      placeholder.replaceWith(pictureOf(url, alt));
    };
    const refresh = async () => {
      if (fetching) return;
      fetching = true;
      try {
        const response = await fetch("/api/stories/" + book.dataset.storyId, { headers: { Accept: "application/json" }, cache: "no-store" });
        if (!response.ok) return;
        const story = await response.json();
        fill(spreads[0], story.cover_url, (spreads[0].querySelector(".cover-title") || {}).textContent);
        (story.chapters || []).forEach((chapter) => {
          const spread = spreads[chapter.number];
          if (!spread) return;
          fill(spread, chapter.image_url, chapter.alt);
          if (chapter.audio_url && !spread.dataset.audioUrl) {
            spread.dataset.audioUrl = chapter.audio_url;
            spread.dataset.timingsUrl = chapter.timings_url || "";
          }
        });
        const controls = book.querySelector(".narration-controls");
        if (controls && spreads[1] && spreads[1].dataset.audioUrl) controls.hidden = false;
        if (playButton) playButton.disabled = current !== 0 && !spreads[current].dataset.audioUrl;
      } catch (error) { /* the next poll tries again */ } finally { fetching = false; }
    };
    document.addEventListener("storyloom:status", (event) => {
      const status = event.detail;
      const made = (status.units || []).filter((unit) => unit.state === "done" &&
        ["cover", "page_image", "page_audio"].includes(unit.kind)).length;
      if (status.readable) {
        book.querySelectorAll(".drawing-note").forEach((note) => { note.hidden = true; });
        book.querySelectorAll(".readable-note").forEach((note) => { note.hidden = false; });
      }
      if (made !== seen) { seen = made; refresh(); }
    });
  }

  // A finished book's picture drawn again: the old picture stays, marked, until the new one is drawn
  // and loaded; then it takes the old one's place (its address carries the new picture's version).
  const redrawing = book.querySelectorAll(".picture.redrawing");
  if (redrawing.length) {
    const withVersion = (url, version) => url.replace(/([?&]v=)[^&\s]*/g, "$1" + encodeURIComponent(version));
    document.addEventListener("storyloom:status", (event) => {
      redrawing.forEach((figure) => {
        if (!figure.classList.contains("redrawing")) return;
        const [kind, index] = figure.dataset.picture.split(":");
        const unit = (event.detail.units || []).find((u) => u.kind === kind && String(u.index) === index);
        const old = figure.querySelector("img");
        if (!unit || unit.state !== "done" || !unit.version || !old || figure.dataset.loading) return;
        figure.dataset.loading = "true";
        const fresh = old.cloneNode();
        fresh.loading = "eager";
        fresh.addEventListener("load", () => {
          old.replaceWith(fresh);
          figure.classList.remove("redrawing");
          figure.removeAttribute("aria-busy");
          const note = figure.querySelector(".redrawing-note");
          if (note) note.remove();
        }, { once: true });
        fresh.addEventListener("error", () => { delete figure.dataset.loading; }, { once: true });
        fresh.srcset = withVersion(old.getAttribute("srcset") || "", unit.version);
        fresh.src = withVersion(old.getAttribute("src") || "", unit.version);
      });
    });
  }

  // A book shown before its print files were made: when it is finished, its download buttons appear
  // (their addresses from the story) and the progress banner goes, without a reload.
  const pending = book.querySelectorAll("a[data-download][hidden]");
  if (pending.length) {
    let finished = false;
    document.addEventListener("storyloom:status", async (event) => {
      if (finished || event.detail.status !== "COMPLETE") return;
      finished = true;
      try {
        const response = await fetch("/api/stories/" + book.dataset.storyId, { headers: { Accept: "application/json" }, cache: "no-store" });
        if (!response.ok) return;
        const story = await response.json();
        pending.forEach((link) => {
          const url = story[link.dataset.download];
          if (url) { link.href = url; link.hidden = false; }
        });
        book.querySelectorAll(".update-banner.progress-view").forEach((banner) => { banner.hidden = true; });
      } catch (error) { finished = false; }
    });
  }

  // Open at the top of the page, on the spread the address names (a reload keeps the reader's place);
  // a book whose cover is still being drawn opens at page 1.
  if ("scrollRestoration" in history) history.scrollRestoration = "manual";
  const match = /^#(?:page|p)-(\d+)$/.exec(window.location.hash);
  show(match ? Number(match[1]) : Number(book.dataset.start || 0));
  window.scrollTo(0, 0);
  window.addEventListener("hashchange", () => {
    const target = /^#(?:page|p)-(\d+)$/.exec(window.location.hash);
    if (target && Number(target[1]) !== current) show(Number(target[1]));
  });
  window.addEventListener("load", () => { if (window.scrollY > 0 && !userScrolled) window.scrollTo(0, 0); }, { once: true });
})();
