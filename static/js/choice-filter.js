// A long list of checkboxes (a meeting's attendees) with a box to find someone by typing part of their
// name or ally: the options that do not match are hidden, the ticked ones stay. Without this script the
// box stays hidden and the whole list is shown.
(function () {
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function setUp(container) {
    var input = container.querySelector("[data-choice-filter-input]");
    if (!input) return;
    container.querySelector("[data-choice-filter-box]").hidden = false;
    input.addEventListener("input", function () {
      var query = fold(input.value.trim());
      container.querySelectorAll("input[type=checkbox]").forEach(function (box) {
        var option = box.closest("label").parentElement;
        var label = fold(box.closest("label").textContent);
        option.hidden = query !== "" && !box.checked && label.indexOf(query) === -1;
      });
    });
  }
  function setUpAll() {
    document.querySelectorAll("[data-choice-filter]").forEach(setUp);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
