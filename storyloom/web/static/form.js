// The creation form: a live preview of the chosen style, and the server's rules checked as you type.
(function () {
  "use strict";
  const form = document.querySelector(".story-form");
  if (!form) return;
  const messages = JSON.parse((document.getElementById("form-messages") || {}).textContent || "{}");
  const say = (key, values) => (messages[key] || key).replace(/%\((\w+)\)s/g, (_, name) => values[name]);

  const preview = document.getElementById("style-preview");
  const caption = document.getElementById("style-caption");
  form.querySelectorAll('input[name="illustration_style"]').forEach((radio) => {
    radio.addEventListener("change", () => {
      const label = radio.parentElement.textContent.trim();
      preview.src = "/api/styles/" + encodeURIComponent(radio.value) + "/preview.png";
      preview.alt = say("sample", { style: label });
      caption.textContent = label;
    });
  });
  preview.addEventListener("error", () => { preview.closest("figure").hidden = true; });
  preview.addEventListener("load", () => { preview.closest("figure").hidden = false; });

  // Friends: show the rows in use and one empty row; "Add a friend" shows the next.
  const rows = [...form.querySelectorAll(".character-row")];
  const used = (row) =>
    [...row.querySelectorAll("input, select")].some((input) =>
      input.type === "checkbox" ? input.checked : input.value.trim()
    );
  const addButton = document.createElement("button");
  addButton.type = "button";
  addButton.className = "add-friend";
  addButton.textContent = say("add_friend", {});
  function layoutRows() {
    let shownEmpty = false;
    rows.forEach((row) => {
      const show = used(row) || row.querySelector("[aria-invalid=true]") || !shownEmpty;
      if (!used(row) && show) shownEmpty = true;
      row.hidden = !show;
    });
    addButton.hidden = rows.every((row) => !row.hidden) || !rows.filter((row) => !row.hidden).every(used);
  }
  if (rows.length) {
    rows[rows.length - 1].after(addButton);
    addButton.addEventListener("click", () => {
      const next = rows.find((row) => row.hidden);
      if (next) { next.hidden = false; next.querySelector("input").focus(); }
      addButton.hidden = rows.every((row) => !row.hidden);
    });
    rows.forEach((row) => row.addEventListener("input", () => {
      addButton.hidden = rows.every((row) => !row.hidden) || !rows.filter((r) => !r.hidden).every(used);
    }));
    layoutRows();
  }

  // Letters of any script, then letters, spaces, apostrophes, full stops and hyphens (as on the server).
  const NAME = /^\p{L}[\p{L}\p{M}\s'’.\-]*$/u;
  const clean = (value) => value.normalize("NFC").replace(/\s+/g, " ").trim();

  function problem(input) {
    const value = clean(input.value);
    const label = input.dataset.label || input.name;
    switch (input.dataset.rule) {
      case "name":
        if (!value) return say("needed", { label: label });
        if (value.length > 40) return say("too_long", { label: label, count: 40 });
        if (!NAME.test(value)) return say("letters", { label: label });
        return "";
      case "friend-name": {
        const row = input.closest(".character-row");
        const others = [...row.querySelectorAll("input, select")].some((other) =>
          other !== input && (other.type === "checkbox" ? other.checked : clean(other.value)));
        if (!value) return others ? say("friend_needed", { label: label }) : "";
        if (!NAME.test(value)) return say("letters", { label: label });
        const names = [...form.querySelectorAll('[data-rule="friend-name"]')]
          .filter((other) => other !== input && clean(other.value).toLowerCase() === value.toLowerCase());
        if (names.length) return say("different_names", {});
        return "";
      }
      case "text": {
        const min = Number(input.dataset.min || 0);
        if (value.length < min) return say("too_short", { label: label, count: min });
        return "";
      }
      case "pages": {
        const number = Number(input.value);
        if (!Number.isInteger(number) || number < Number(input.min) || number > Number(input.max))
          return say("pages", { label: label, low: input.min, high: input.max });
        return "";
      }
      default:
        return "";
    }
  }

  function show(input, message) {
    const box = document.getElementById(input.id + "-error");
    input.setAttribute("aria-invalid", message ? "true" : "false");
    if (!box) return;
    box.textContent = message;
    box.hidden = !message;
  }

  const checked = [...form.querySelectorAll("[data-rule]")];
  checked.forEach((input) => {
    input.addEventListener("blur", () => show(input, problem(input)));
    input.addEventListener("input", () => {
      if (input.getAttribute("aria-invalid") === "true") show(input, problem(input));
    });
  });
  form.querySelectorAll(".character-row input").forEach((input) => {
    input.addEventListener("blur", () => {
      const name = input.closest(".character-row").querySelector('[data-rule="friend-name"]');
      if (name !== input && name.getAttribute("aria-invalid") === "true") show(name, problem(name));
    });
  });

  form.addEventListener("submit", (event) => {
    let first = null;
    checked.forEach((input) => {
      const message = problem(input);
      show(input, message);
      if (message && !first) first = input;
    });
    if (first) {
      event.preventDefault();
      first.focus();
      return;
    }
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    button.textContent = say("starting", {});
  });
})();
