// Puts the story the customer made on the product form as a line-item property, so it reaches checkout.
(function () {
  const PROPERTY = "properties[_storyloom_story_id]";
  const CLAIM_PROPERTY = "properties[_storyloom_claim]";
  const KEY = "storyloom:story:" + window.location.pathname;
  const CLAIM_KEY = "storyloom:claim:" + window.location.pathname;
  const query = new URLSearchParams(window.location.search);
  const fromUrl = query.get("storyloom_story");
  if (fromUrl && /^[0-9a-f]{32}$/.test(fromUrl)) {
    window.sessionStorage.setItem(KEY, fromUrl);
    // A book made without logging in is proved ours at checkout by its claim.
    const claim = query.get("storyloom_claim");
    if (claim && /^[0-9a-f]{32}$/.test(claim)) {
      window.sessionStorage.setItem(CLAIM_KEY, claim);
    } else {
      window.sessionStorage.removeItem(CLAIM_KEY);
    }
  }
  const storyId = window.sessionStorage.getItem(KEY);
  const claim = window.sessionStorage.getItem(CLAIM_KEY);

  function hidden(form, name, value) {
    let input = form.querySelector('input[name="' + name + '"]');
    if (!input) {
      input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      form.appendChild(input);
    }
    input.value = value;
  }

  document.querySelectorAll("[data-storyloom-builder]").forEach(function (builder) {
    const required = builder.dataset.required === "true";
    const forms = document.querySelectorAll('form[action*="/cart/add"]');
    forms.forEach(function (form) {
      if (storyId) {
        hidden(form, PROPERTY, storyId);
        if (claim) {
          hidden(form, CLAIM_PROPERTY, claim);
        }
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
