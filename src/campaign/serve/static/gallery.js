// The preview page: lists the gallery's documents (filtered), loads each one's pages when it
// scrolls into view, draws guides over them, and follows the server's change events.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const BOX_PX = 360; // the longer side of a page on screen
let state = null;
const cards = new Map(); // document id -> card element
const loaded = new Map(); // document id -> the /doc answer it shows

const $ = (id) => document.getElementById(id);
const status = (text) => { $("status").textContent = text; };

function options(select, values, chosen, label) {
  select.replaceChildren(...values.map(([value, text]) => {
    const o = document.createElement("option");
    o.value = value; o.textContent = text || label(value);
    return o;
  }));
  if (values.some(([v]) => v === chosen)) select.value = chosen;
}

function fillFilters() {
  const docs = state.documents;
  const uniq = (f) => [...new Set(docs.map(f))];
  const keep = { office: $("office").value || "-", material: $("material").value || "*",
    lang: $("lang").value || (docs[0] && docs[0].lang) || "*" };
  options($("office"), uniq((d) => d.office || "-").map((o) => [o, o === "-" ? "campaign" : o]),
    keep.office, String);
  options($("material"), [["*", "all"], ...uniq((d) => d.material).map((m) => [m, m])],
    keep.material, String);
  // a language by its English name and its code (an option cannot mark its own name's
  // language: the cards' titles show it)
  const langs = new Map(docs.map((d) => [d.lang, languageText(d.language)]));
  options($("lang"), [["*", "all"], ...langs], keep.lang, String);
}

// "Arabic (ar)"; the code alone when CLDR has no name for it (serve.described.language_name)
function languageText(l) {
  return l.english === l.code ? l.code : `${l.english} (${l.code})`;
}

// A card's title: "office / material — Arabic, العربية (ar)", the language's own name marked
// with its language and direction (as the static gallery's headings: LanguageName.html)
function cardTitle(d) {
  const title = document.createElement("h3");
  const l = d.language;
  title.append(`${d.office ? d.office + " / " : ""}${d.material} — `);
  if (l.english === l.code) { title.append(l.code); return title; }
  title.append(l.english);
  if (l.native) {
    const native = document.createElement("span");
    native.lang = l.tag || l.code; if (l.rtl) native.dir = "rtl";
    native.textContent = l.native;
    title.append(", ", native);
  }
  title.append(` (${l.code})`);
  return title;
}

function wanted(d) {
  const office = $("office").value, material = $("material").value, lang = $("lang").value;
  return (d.office || "-") === office && (material === "*" || d.material === material)
    && (lang === "*" || d.lang === lang);
}

function pageSize(d) {
  const [w, h] = d.size_mm, k = BOX_PX / Math.max(w, h);
  return [Math.round(w * k), Math.round(h * k)];
}

function render() {
  const main = $("gallery");
  cards.clear(); loaded.clear();
  const docs = state.documents.filter(wanted);
  main.replaceChildren(...docs.map((d) => {
    const card = document.createElement("article");
    card.className = "doc"; card.dataset.id = d.id;
    const title = cardTitle(d);
    const pages = document.createElement("div");
    pages.className = "pages"; pages.dir = d.rtl ? "rtl" : "ltr";
    card.append(title, pages);
    showCardErrors(card, d);
    showCardWarnings(card, d);
    showMarks(card, d.marks);
    cards.set(d.id, card);
    // a material whose layout file never read well has no pages to load: its errors say why
    if (d.never_read) return card;
    const [w, h] = pageSize(d);
    pages.style.minHeight = h + "px"; pages.style.minWidth = w + "px";
    observer.observe(card);
    return card;
  }));
  status(`${docs.length} of ${state.documents.length} documents`);
}

const observer = new IntersectionObserver((seen) => {
  for (const e of seen) {
    if (e.isIntersecting && !loaded.has(e.target.dataset.id)) load(e.target.dataset.id);
  }
}, { rootMargin: "400px" });

async function load(id) {
  const card = cards.get(id);
  if (!card) return;
  loaded.set(id, null);
  const answer = await fetch(`/doc/${id}`);
  if (!answer.ok) {
    showProblems(card, [{ severity: "error", text: await answer.text() }]);
    return;
  }
  const d = await answer.json();
  loaded.set(id, d);
  draw(card, d);
}

function draw(card, d) {
  const pages = card.querySelector(".pages");
  // a page's link that has the focus keeps it when the card is drawn again (an edit)
  const had = pages.contains(document.activeElement) && document.activeElement.matches("a.open-page")
    ? document.activeElement.querySelector("img").dataset.page : null;
  const [w, h] = pageSize(d);
  const proof = $("proof").checked ? 1 : 0;
  pages.replaceChildren(...d.pages.map((name, i) => {
    const page = document.createElement("figure");
    page.className = "page"; page.style.width = w + "px"; page.style.height = h + "px";
    page.style.margin = "0";
    const img = document.createElement("img");
    // its text alternative from the server (described.image_alt, as the static gallery's)
    const alt = d.alts[i];
    img.alt = alt.text;
    if (alt.lang) img.lang = alt.lang;
    if (alt.rtl) img.dir = "rtl";
    img.src = `/img/${d.id}/${i}.png?v=${d.version}&proof=${proof}`;
    img.dataset.page = String(i);
    // the page opens in the page viewer's dialog (viewer.js), by mouse or keyboard (Tab,
    // Enter); a link to the PNG still (a middle click opens the file in a tab)
    const open = document.createElement("a");
    open.className = "open-page"; open.setAttribute("href", img.getAttribute("src"));
    open.setAttribute("aria-haspopup", "dialog");
    open.append(img);
    // a page the server could not draw: its reason in the card, not a broken image
    img.onerror = async () => {
      const answer = await fetch(img.src);
      const why = document.createElement("pre");
      why.className = "page-error";
      why.textContent = answer.ok ? "the page did not load" : await answer.text();
      open.replaceWith(why);
    };
    page.append(open, guides(d.guides, i));
    return page;
  }));
  if (had !== null) pages.querySelector(`img[data-page="${had}"]`)?.closest("a").focus();
  showMarks(card, d.marks);
  showProblems(card, d.problems || []);
  showFit(card, d.fit || []);
}

// The fit report: per text slot the size copy-fit chose, its lines and the room left.
function showFit(card, rows) {
  card.querySelector(".fit")?.remove();
  if (!rows.length) return;
  const box = document.createElement("details");
  box.className = "fit";
  const tight = rows.filter((r) => r.room_mm < 1).length;
  const summary = document.createElement("summary");
  summary.textContent = `fit: ${rows.length} text slot(s)` + (tight ? `, ${tight} with under 1 mm left` : "");
  const list = document.createElement("ul");
  for (const r of rows) {
    const item = document.createElement("li");
    item.textContent = r.text;
    if (r.room_mm < 1) item.className = "tight";
    list.append(item);
  }
  box.append(summary, list);
  card.append(box);
}

function el(name, attrs, parent) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (parent) parent.append(e);
  return e;
}

// Guides in mm, drawn in a viewBox that spans the image (trim plus bleed on every side).
function guides(g, index) {
  const [w, h] = g.trim, b = g.bleed, s = g.safe;
  const svg = el("svg", { viewBox: `${-b} ${-b} ${w + 2 * b} ${h + 2 * b}`, "aria-hidden": "true" });
  const layer = (name) => el("g", { class: `g g-${name}` }, svg);
  const trim = layer("trim");
  el("rect", { x: 0, y: 0, width: w, height: h }, trim);
  el("rect", { x: -b, y: -b, width: w + 2 * b, height: h + 2 * b }, layer("bleed"));
  if (s > 0) el("rect", { x: s, y: s, width: w - 2 * s, height: h - 2 * s }, layer("safe"));
  // the bands kept clear (a story's top and bottom, under the apps' controls)
  const [cl, ct, cr, cb] = g.clear || [0, 0, 0, 0];
  const bands = layer("safe");
  if (ct > 0) el("rect", { x: 0, y: 0, width: w, height: ct, class: "clear" }, bands);
  if (cb > 0) el("rect", { x: 0, y: h - cb, width: w, height: cb, class: "clear" }, bands);
  if (cl > 0) el("rect", { x: 0, y: 0, width: cl, height: h, class: "clear" }, bands);
  if (cr > 0) el("rect", { x: w - cr, y: 0, width: cr, height: h, class: "clear" }, bands);
  const circles = layer("circles");
  if (g.badge) {
    for (const [k, d] of Object.entries(g.badge)) {
      el("circle", { cx: w / 2, cy: h / 2, r: d / 2, "data-circle": k }, circles);
    }
  }
  const slots = layer("slots"), lines = layer("baselines");
  const page = g.pages[index];
  const font = Math.max(w, h) / 60;
  for (const slot of page.slots) {
    if (slot.box) {
      const [x, y, sw, sh] = slot.box;
      el("rect", { x, y, width: sw, height: sh }, slots);
      el("text", { x: x + font * 0.3, y: y + font, "font-size": font }, slots).textContent = slot.slot;
    } else if (slot.circle) {
      const [cx, cy, r] = slot.circle;
      el("circle", { cx, cy, r }, slots);
    }
  }
  for (const [x0, y, x1] of page.baselines) el("line", { x1: x0, y1: y, x2: x1, y2: y }, lines);
  // a folded piece's folds (the layout's `folds:`), dashed across the page, shown with the trim
  const f = page.folds || { vertical: [], horizontal: [] };
  for (const x of f.vertical) el("line", { x1: x, y1: -b, x2: x, y2: h + b, class: "fold" }, trim);
  for (const y of f.horizontal) el("line", { x1: -b, y1: y, x2: w + b, y2: y, class: "fold" }, trim);
  // each guide cased: a copy of its layer under it (g-trim's is c-trim), stroked white 1 px
  // wider on each side (gallery.css `.casing`), so that it shows on dark art as on light
  // (WCAG 1.4.11)
  for (const g of [...svg.querySelectorAll(":scope > .g")]) {
    const casing = g.cloneNode(true);
    const name = [...g.classList].find((c) => c.startsWith("g-"));
    casing.setAttribute("class", `g casing c-${name.slice(2)}`);
    casing.setAttribute("data-casing", name.slice(2));
    svg.insertBefore(casing, g);
  }
  return svg;
}

// A list of a card's problems or warnings ({severity, text}), its items classed by severity.
function problemList(className, problems) {
  const list = document.createElement("ul");
  list.className = className;
  for (const p of problems) {
    const item = document.createElement("li");
    item.className = p.severity; item.textContent = p.text;
    list.append(item);
  }
  return list;
}

function showProblems(card, problems) {
  card.querySelector(".problems")?.remove();
  if (!problems.length) return;
  card.append(problemList("problems", problems));
}

// The problems of the files this document is made from that cannot be read now (its layout
// file, its strings file, its office's file), right under its title: its pages are the last
// good ones until they are mended, while the other documents are redrawn (an error in one
// layout stopped every material's redrawing, told in a banner for the whole kit).
function showCardErrors(card, d) {
  card.querySelector(".card-errors")?.remove();
  const problems = d.unreadable || [];
  if (!problems.length) return;
  const box = document.createElement("div");
  box.className = "card-errors";
  const said = document.createElement("p");
  said.textContent = d.never_read
    ? "Not drawn until these are mended: its layout has not read well since the preview started"
    : "Not redrawn until these are mended: its last good pages are shown";
  box.append(said, problemList("card-errors-list", problems));
  card.querySelector("h3").after(box);
}

// The kit's warnings about this document (a line of its layout file, its size's entry), under
// its title (and its files' errors): in the collapsed list of the kit's warnings alone, a
// designer missed them.
function showCardWarnings(card, d) {
  card.querySelector(".card-warnings")?.remove();
  const warnings = d.warnings || [];
  if (!warnings.length) return;
  (card.querySelector(".card-errors") || card.querySelector("h3"))
    .after(problemList("card-warnings", warnings));
}

// What its images do not show of its texts, right above them, in the build's gallery's words
// (serve.described.document_marks): "DRAFT: not reviewed by a native speaker; 11 of 11 texts
// print in Portuguese (pt)". What prints in another language is known once it is composed.
function showMarks(card, marks) {
  card.querySelector(".marks")?.remove();
  if (!marks) return;
  const said = document.createElement("p");
  said.className = "marks"; said.textContent = marks;
  card.querySelector(".pages").before(said);
}

function showErrors(errors) {
  $("errors").hidden = !errors.length;
  $("error-text").textContent = errors.map((e) => e.text).join("\n");
}

function showUnreadable(problems) {
  $("unreadable").hidden = !problems.length;
  $("unreadable-text").textContent = problems.map((p) => p.text).join("\n");
}

// The kit's warnings about no one document (those about one are on its card: `onCards`)
function showWarnings(warnings, onCards) {
  $("warnings").hidden = !warnings.length;
  const more = onCards ? `; ${onCards} more on their documents' cards` : "";
  $("warning-count").textContent = `${warnings.length} warning(s) of the kit (check prints them too)${more}`;
  $("warning-text").textContent = warnings.map((w) => w.text).join("\n");
}

async function refreshState() {
  state = await (await fetch("/state")).json();
  showErrors(state.errors);
  showUnreadable(state.unreadable || []);
  showWarnings(state.warnings, state.warnings_on_cards || 0);
  for (const d of state.documents) {
    if (!cards.has(d.id)) continue;
    showCardErrors(cards.get(d.id), d);
    showCardWarnings(cards.get(d.id), d);
    // the marks of a card not loaded (a loaded one's come with its /doc answer, asked for
    // again when it changed: what prints in another language is known once composed)
    if (!loaded.get(d.id)) showMarks(cards.get(d.id), d.marks);
  }
}

async function onChange(event) {
  showErrors(event.errors);
  if (!event.errors.length) {
    showWarnings(event.warnings, event.warnings_on_cards || 0); showUnreadable(event.unreadable || []);
  }
  if (event.errors.length) { status("the kit has errors: the last good pages are shown"); return; }
  // the documents, and which have pages: a layout read well at last draws its cards anew
  const listed = () => state.documents.map((d) => d.id + (d.never_read ? "?" : "")).join();
  const before = listed();
  await refreshState();
  if (listed() !== before) { fillFilters(); render(); return; }
  for (const id of event.changed) if (loaded.has(id)) load(id);
  status(`updated ${event.changed.filter((id) => loaded.has(id)).length} shown document(s)`);
}

// Escape closes what was opened (a card's fit report, the kit's warnings: <details>) and
// gives the focus back to its summary, where Tab and Enter or Space opened it.
function closeOnEscape(event) {
  if (event.key !== "Escape") return;
  const open = event.target.closest && event.target.closest("details[open]");
  if (!open) return;
  open.open = false;
  open.querySelector("summary").focus();
  event.preventDefault();
}

async function start() {
  document.addEventListener("keydown", closeOnEscape);
  await refreshState();
  fillFilters(); render();
  for (const id of ["office", "material", "lang"]) $(id).addEventListener("change", render);
  for (const box of document.querySelectorAll("[data-guide]")) {
    const apply = () => document.body.classList.toggle(`show-${box.dataset.guide}`, box.checked);
    box.addEventListener("change", apply); apply();
  }
  $("proof").addEventListener("change", () => { for (const [id, d] of loaded) if (d) draw(cards.get(id), d); });
  const stream = new EventSource("/events");
  stream.onmessage = (m) => onChange(JSON.parse(m.data));
  stream.onopen = () => document.body.dataset.live = "1";
}

start();
