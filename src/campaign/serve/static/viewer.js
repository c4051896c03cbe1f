// The page viewer of both galleries (the preview's gallery.js page and a build's index.html,
// which has this file inline): a page image's link (a.open-page) opens the image in a modal
// <dialog> on this page, where it left the page for the PNG (an accessibility team's trial).
// The dialog is named by the image's text alternative, takes the focus (its Close button),
// closes with Escape or Close and gives the focus back to the link that opened it; the image
// is shown at the dialog's full width, the dialog scrolling. The link stays a link to the
// file (a middle click or Ctrl+click opens it in a tab), and the dialog links to it too.
"use strict";

(() => {
  let viewer = null; // made at the first opening
  let opener = null; // the link that opened it: the focus goes back there

  function make() {
    const dialog = document.createElement("dialog");
    dialog.className = "page-viewer";
    dialog.setAttribute("aria-labelledby", "page-viewer-image");
    const bar = document.createElement("div");
    bar.className = "viewer-bar";
    const close = document.createElement("button");
    close.type = "button"; close.className = "viewer-close"; close.textContent = "Close";
    close.addEventListener("click", () => dialog.close());
    const file = document.createElement("a");
    file.className = "viewer-file"; file.textContent = "Open the image file";
    bar.append(close, file);
    const img = document.createElement("img");
    img.id = "page-viewer-image";
    dialog.append(bar, img);
    // Escape closes a modal dialog (its cancel event); either way the focus goes back
    dialog.addEventListener("close", () => {
      const back = opener && (opener.isConnected ? opener : redrawn(opener));
      if (back) back.focus();
      opener = null;
    });
    document.body.append(dialog);
    return dialog;
  }

  // The preview draws a card again when its files change: the same page's new link
  function redrawn(link) {
    const card = link.dataset.card, page = link.dataset.page;
    if (!card) return null;
    const img = [...document.querySelectorAll("article[data-id] img[data-page]")].find(
      (i) => i.closest("article").dataset.id === card && i.dataset.page === page);
    return img ? img.closest("a.open-page") : null;
  }

  function open(link) {
    viewer = viewer || make();
    const shown = link.querySelector("img");
    const img = viewer.querySelector("img");
    img.src = link.href;
    img.alt = shown ? shown.alt : "";
    for (const name of ["lang", "dir"]) {
      if (shown && shown.getAttribute(name)) img.setAttribute(name, shown.getAttribute(name));
      else img.removeAttribute(name);
    }
    viewer.querySelector(".viewer-file").href = link.href;
    opener = link;
    const card = link.closest("article[data-id]");
    if (card && shown) { link.dataset.card = card.dataset.id; link.dataset.page = shown.dataset.page; }
    viewer.showModal();
    viewer.scrollTop = 0;
    viewer.querySelector(".viewer-close").focus();
  }

  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("a.open-page");
    if (!link || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return; // a tab
    event.preventDefault();
    open(link);
  });
})();
