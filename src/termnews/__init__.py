"""termnews: a keyboard-first terminal news reader."""

import sys

# httpx imports its command-line client (rich, pygments, click) whenever they are installed,
# as Textual's rich is: ~40 ms on every start for a tool termnews never runs. A None entry
# makes that one import fail at once, and httpx then leaves its CLI out.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
# Likewise httpcore imports trio whenever it is installed, to offer it as a backend: ~100 ms
# in the middle of a refresh's first requests, for a library termnews (asyncio only) never
# uses. A process that imported trio before termnews keeps it.
sys.modules.setdefault("trio", None)  # type: ignore[arg-type]

__version__ = "0.1.0"
USER_AGENT = f"termnews/{__version__} (+terminal news reader)"
