"""`preview`: the live gallery for designers, served on 127.0.0.1 while the kit is watched."""

from __future__ import annotations

from pathlib import Path

import click

from ..pipeline.options import MAX_PREVIEW_PIXELS
from ..program import echo
from . import kit_option, kit_root, lang_option, list_option, only_option
from .report import reporting, show

PREVIEW_PPI = 72.0  # the page images' resolution when --ppi is not given


@click.command()
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    help="Port on 127.0.0.1 (default: a free one).",
)
@click.option(
    "--ppi",
    type=click.FloatRange(10, 300),
    default=None,
    help=f"Resolution of the page images, pixels per inch. Default: {PREVIEW_PPI:g}, but a page "
    f"that would have more than {MAX_PREVIEW_PIXELS // 1_000_000} million pixels at it is drawn "
    "at the highest ppi that keeps it within; a resolution given here is drawn as asked.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the web browser.")
@list_option(
    "--office",
    "offices",
    offices=True,
    metavar="IDS",
    help="Only these offices (ids of materials/offices/<id>.yaml, comma-separated or "
    "repeated, or 'all'): each office's languages (or --lang) with its fields, links, logos "
    "and press profile. Without it: the campaign-level kit and every office.",
)
@lang_option
@only_option
@kit_option
def preview(
    port: int,
    ppi: float | None,
    open_browser: bool,
    offices: tuple[str, ...] | None,
    langs: tuple[str, ...] | None,
    only: tuple[str, ...] | None,
    kit: Path | None,
) -> None:
    """Serve a gallery of every material, size, language and office on 127.0.0.1, and redraw
    what a change touches when you save a file under materials/, fonts/ or assets/: the open
    page refreshes itself. Guides (trim, bleed, safe area, badge circles, slot frames and
    names, baselines) and a soft proof of the press condition are switched on the page. When
    the kit has errors, the page shows them with file:line:col and keeps the last good pages.
    Ctrl-C stops it.

    \b
    Examples:
      python generate.py preview
      python generate.py preview --port 8000 --open
      python generate.py preview --office east-africa --lang sw --only flyer-a5
    """
    from ..diagnostics import failure
    from ..pipeline.fingerprint import pinned_code_version
    from ..serve.entries import Selection
    from ..serve.gallery import Gallery
    from ..serve.server import Preview

    # the code this process runs, for its whole life: the files on disk may change under
    # it (a `git pull`), and what it caches is keyed by the code that made it
    with pinned_code_version():
        selection = Selection(offices, langs, only)
        with reporting():
            most = MAX_PREVIEW_PIXELS if ppi is None else None
            gallery = Gallery(kit_root(kit), ppi or PREVIEW_PPI, selection, most)
            if gallery.kit is not None:  # the names asked for, as `build` checks them
                selection.check(gallery.kit)
                # files that cannot be read may leave no document (the strings file of the
                # one language asked for, an office's file): their errors are shown, and
                # the page fills in when they are mended (a layout file's materials have
                # their cards, with its errors, from the start: serve.unmade)
                if not gallery.entries() and not gallery.broken.all():
                    raise failure(
                        "preview.select",
                        "no document matches --office, --lang and --only together",
                        None,
                        "leave one of them out, or name a material the office builds (its "
                        "`materials:`, or its paper's sizes)",
                    )
            try:
                server = Preview(gallery, port)
            except OSError as exc:
                raise failure(
                    "preview.port",
                    f"cannot listen on 127.0.0.1:{port} ({exc.strerror or exc})",
                    None,
                    "leave --port out to take a free port, or stop the program that uses it",
                ) from None
        # the kit's errors, else those of its files that cannot be read (a layout's, a
        # strings or office file's), which the page shows too, and their count
        show(gallery.errors or gallery.broken.all())
        entries = gallery.entries()
        # a never-read layout's cards, which wait for its file's mend, are not drawn yet
        waiting = sum(1 for e in entries if gallery.kit and e.material not in gallery.kit.layouts)
        more = f" ({waiting} wait for their layout file's mend)" if waiting else ""
        echo(f"preview of {len(entries)} documents{more} at {server.url}  (Ctrl-C stops it)")
        if open_browser:
            import webbrowser

            webbrowser.open(server.url)
        try:
            server.serve()
        except KeyboardInterrupt:
            echo("preview stopped")
