"""The designers' preview: a gallery of every material, size, language and office, served on
127.0.0.1 while the kit's files are watched (`python generate.py preview`), and the static
gallery of a finished build (`out/index.html`).

- `guides.py`: trim, bleed, safe area, badge circles, slot frames and baselines of a composed
  document, in mm, for the page to draw over the image.
- `gallery.py`: the kit as the preview sees it: which documents exist, composing and drawing
  one on demand, and which of them a change of files touched; `entries.py` its documents
  (`Entry`, `Drawn`, `Selection`), `reread.py` what a reading of the kit keeps of the last,
  `warned.py` the kit's warnings by document.
- `described.py`: what both galleries say of what they show (text alternatives, language
  names, documents' names).
- `server.py`: the HTTP server (pages, images, guides, a Server-Sent Events stream) and the
  file watcher.
- `static_gallery.py`: `index.html` for a build's output folder, from its manifest.
"""
