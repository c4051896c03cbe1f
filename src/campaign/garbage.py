"""The cyclic garbage collector's thresholds for a process that runs the kit's commands.

Python's thresholds (700, 10, 10) suit a program that keeps few objects. Laying out a page
allocates tens of thousands of objects, nearly all freed by their reference counts the moment
they are dropped; at Python's thresholds the collector still ran a young collection every
700 of them and walked the fonts, the kit and the caches in its older collections. Measured
on this project's machine kind (2 cores; bench/README.md, eighteenth and forty-ninth
sessions): a merge's worker ran a young collection every 1.2 records and a full one every
150 (0.2 ms of a record's 9); `check` of the default kit spent 0.29 s of its 2.9 s in the
collector (407 young collections), 0.08 s at these thresholds, and the whole command took
11 % less; `strings import` of a French PO file, 0.08 s of 0.95 s.

Garbage in cycles waits longer to be freed: a young collection after about 10,000 new
objects, and what survives two of them until a full collection, about one in 400 young ones
(a merge of 1,500 records peaked at 78.8 MB a worker, 81.7 MB at Python's thresholds).
"""

from __future__ import annotations

import gc

# (young, middle, old): a young collection after this many new container objects, a middle
# one every 20 young ones, a full one every 20 middle ones (gc.set_threshold)
BATCH_GC = (10_000, 20, 20)


def collect_less() -> None:
    """Set this process's collector to BATCH_GC (module docstring). Called by the program's
    entry (`cli.run`), by each worker of a pool, and by the test suite, which runs the
    commands in its own processes; a program that imports the package as a library keeps its
    own thresholds."""
    gc.set_threshold(*BATCH_GC)
