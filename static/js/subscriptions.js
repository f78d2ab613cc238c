// The signup form on cached pages carries no CSRF token in its HTML (it would be someone else's).
// When a visitor starts on the form, fetch a fresh token from the site (the response also sets the
// CSRF cookie) and put it in the form. Without this script the form still works: the server shows
// the form again on its own page, with a token, and asks to press the button once more.
(function () {
  if (window.signupTokens) return;
  window.signupTokens = true;

  function fill(form) {
    var input = form.querySelector('input[name="csrfmiddlewaretoken"]');
    if (!input || input.value) return Promise.resolve();
    if (!form.tokenRequest) {
      form.tokenRequest = fetch(form.dataset.tokenUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : {}; })
        .then(function (data) { if (data.token) input.value = data.token; })
        .catch(function () {})
        .finally(function () { form.tokenRequest = null; });
    }
    return form.tokenRequest;
  }

  document.querySelectorAll("form[data-signup-form]").forEach(function (form) {
    form.addEventListener("focusin", function () { fill(form); }, { once: true });
    form.addEventListener("submit", function (event) {
      var input = form.querySelector('input[name="csrfmiddlewaretoken"]');
      if (input && !input.value) {
        event.preventDefault();
        fill(form).then(function () { form.submit(); });
      }
    });
  });
})();
