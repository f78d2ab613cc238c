// Where focus goes when a page has something to say.
//
// After an action (an answer sent, updated or withdrawn, a password changed) the page comes back with
// its confirmation in the messages region, which was there on load, so a screen reader announces
// nothing and focus starts on the body. The region (members/messages.html, tabindex="-1") is focused
// on load, and so read out, unless something on the page already asks for focus (the error summary's
// autofocus).
//
// A link of the error summary jumps to its field. Followed as a plain #fragment, the browser scrolls
// the field itself to the very top, hiding its label, help and error message above it: the field's
// whole wrapper is brought into view instead, then the field is focused where it stands.
(function () {
  function focusMessages() {
    var region = document.querySelector("[data-focus-on-load]");
    if (!region || document.querySelector("[autofocus]")) return;
    region.focus();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", focusMessages);
  } else {
    focusMessages();
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".error-summary a[href^='#']");
    if (!link) return;
    var field = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!field) return;
    event.preventDefault();
    var wrapper = field.closest(".form-field") || field;
    wrapper.scrollIntoView({ block: "start" });
    // A wrapper taller than the window (a long text box at high zoom): the field itself must show.
    var box = field.getBoundingClientRect();
    if (box.bottom > window.innerHeight) field.scrollIntoView({ block: "nearest" });
    field.focus({ preventScroll: true });
  });
})();
