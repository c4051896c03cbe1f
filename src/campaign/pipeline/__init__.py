"""Orchestration: plan the jobs (jobs.py), lay out (compose.py), fingerprint (fingerprint.py),
draw each rendition (renditions.py) in one process or a pool (execute.py), report (events.py)
and publish (building.py, with ..output); api.py is the public face (build, check)."""
