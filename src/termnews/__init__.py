"""termnews: a keyboard-first terminal news reader."""

__version__ = "0.1.0"
USER_AGENT = f"termnews/{__version__} (+terminal news reader)"
