"""`python -m nextseason` runs the command line."""

from .cli import app

app(prog_name="nextseason")
