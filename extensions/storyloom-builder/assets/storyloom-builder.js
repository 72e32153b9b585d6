// Puts the story the customer made on the product form as a line-item property, so it reaches checkout.
(function () {
  const PROPERTY = "properties[_storyloom_story_id]";
  const KEY = "storyloom:story:" + window.location.pathname;
  const fromUrl = new URLSearchParams(window.location.search).get("storyloom_story");
  if (fromUrl && /^[0-9a-f]{32}$/.test(fromUrl)) {
    window.sessionStorage.setItem(KEY, fromUrl);
  }
  const storyId = window.sessionStorage.getItem(KEY);

  document.querySelectorAll("[data-storyloom-builder]").forEach(function (builder) {
    const required = builder.dataset.required === "true";
    const forms = document.querySelectorAll('form[action*="/cart/add"]');
    forms.forEach(function (form) {
      let input = form.querySelector('input[name="' + PROPERTY + '"]');
      if (storyId) {
        if (!input) {
          input = document.createElement("input");
          input.type = "hidden";
          input.name = PROPERTY;
          form.appendChild(input);
        }
        input.value = storyId;
      } else if (required) {
        form.querySelectorAll('[type="submit"]').forEach(function (button) { button.disabled = true; });
        builder.querySelector("[data-storyloom-hint]").hidden = false;
      }
    });
    if (storyId) {
      builder.querySelector("[data-storyloom-chosen]").hidden = false;
      builder.querySelector("[data-storyloom-chosen-id]").textContent = storyId.slice(0, 8);
    }
  });
})();
