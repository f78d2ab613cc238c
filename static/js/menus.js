// Menus that open over the page (the main menu on small screens and at high zoom, "My account") are
// <details> disclosures marked data-menu: they open and close without JavaScript. With it, they also
// close the way keyboard users expect:
// - Escape closes the open menu and, when focus was in it, puts focus back on its toggle;
// - a menu closes when focus moves out of it, so the next focused link or field is never hidden
//   under the open panel (WCAG 2.2, 2.4.11 Focus Not Obscured);
// - a click or tap outside it closes it too.
(function () {
  var menus = Array.prototype.slice.call(document.querySelectorAll("details[data-menu]"));
  if (!menus.length) return;

  function close(menu, returnFocus) {
    menu.open = false;
    if (returnFocus) menu.querySelector("summary").focus();
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    menus.forEach(function (menu) {
      if (!menu.open) return;
      close(menu, menu.contains(document.activeElement));
      event.preventDefault();
    });
  });

  menus.forEach(function (menu) {
    // relatedTarget is where focus goes; null when it leaves the page (another window), where the
    // menu stays as it was.
    menu.addEventListener("focusout", function (event) {
      if (menu.open && event.relatedTarget && !menu.contains(event.relatedTarget)) close(menu, false);
    });
  });

  document.addEventListener("click", function (event) {
    menus.forEach(function (menu) {
      if (menu.open && !menu.contains(event.target)) close(menu, false);
    });
  });
})();
