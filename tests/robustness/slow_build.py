"""The command line, slowed down for tests that signal or kill a build mid-way (run as a
script): SLOW_WRITE seconds before each staged file is written, SLOW_REPLACE seconds before
each os.replace (the moves of publishing)."""

from __future__ import annotations

import os
import signal
import sys
import time

from campaign import output
from campaign.cli import main


def slowed() -> None:
    write_delay = float(os.environ.get("SLOW_WRITE", "0"))
    replace_delay = float(os.environ.get("SLOW_REPLACE", "0"))
    real_write, real_replace = output.Staging.write, os.replace

    def write(self: output.Staging, *args: object, **kw: object) -> output.OutputFile:
        time.sleep(write_delay)
        return real_write(self, *args, **kw)  # type: ignore[arg-type]

    def replace(*args: object, **kw: object) -> None:
        time.sleep(replace_delay)
        real_replace(*args, **kw)  # type: ignore[arg-type]

    if write_delay:
        output.Staging.write = write  # type: ignore[method-assign]
    if replace_delay:
        os.replace = replace


if __name__ == "__main__":
    # Ctrl-C as a terminal delivers it: a test suite started in the background by a shell
    # without job control (`(bash .ci/run &)`) runs with SIGINT ignored, which every process
    # it starts inherits, and Python then keeps it ignored (the build ran on to its end)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    slowed()
    sys.exit(main(prog_name="generate.py"))
