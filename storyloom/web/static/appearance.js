// The appearance builder: the hero preview is drawn again as the choices change, without a reload.
(function () {
  "use strict";
  const PREFIX = "appearance-";
  const CHOICES = ["skin", "hair_colour", "hair_style", "eyes", "outfit_colour"];
  const FLAGS = ["glasses", "freckles", "hearing_aid", "wheelchair"];

  const messages = JSON.parse((document.getElementById("appearance-messages") || {}).textContent || "{}");
  const format = (template, values) => template.replace(/%\((\w+)\)s/g, (_, key) => values[key]);

  document.querySelectorAll("img#hero-preview").forEach((image) => {
    const form = image.closest("form");
    if (!form) return;
    const base = image.dataset.previewBase;
    const button = form.querySelector("[data-preview-button]");
    if (button) button.remove();

    function query() {
      const data = new FormData(form);
      const params = new URLSearchParams();
      CHOICES.forEach((field) => {
        const value = data.get(PREFIX + field);
        if (value) params.set(field, value);
      });
      FLAGS.forEach((field) => {
        if (data.get(PREFIX + field)) params.set(field, "true");
      });
      ["illustration_style", "age_group"].forEach((field) => {
        const value = data.get(field);
        if (value) params.set(field === "illustration_style" ? "style" : field, value);
      });
      return params.toString();
    }

    function described() {
      const chosen = [...form.querySelectorAll('[name^="' + PREFIX + '"]:checked')]
        .filter((input) => input.value && input.value !== "")
        .map((input) => input.closest("label").textContent.trim());
      const name = ((form.querySelector("#child_name") || {}).value || "").trim() || messages.child || "";
      return chosen.length
        ? format(messages.preview_chosen || "%(name)s: %(choices)s", { name: name, choices: chosen.join(", ") })
        : format(messages.preview_any || "%(name)s", { name: name });
    }

    const nameInput = form.querySelector("#child_name");
    const legendName = form.querySelector("[data-child-name]");
    if (nameInput && legendName) {
      nameInput.addEventListener("input", () => {
        legendName.textContent = nameInput.value.trim() || legendName.dataset.default;
      });
    }

    let timer = null;
    form.addEventListener("change", (event) => {
      const name = event.target.name || "";
      if (!name.startsWith(PREFIX) && name !== "illustration_style" && name !== "age_group") return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        image.src = base + "?" + query();
        image.alt = described();
      }, 60);
    });
  });
})();
