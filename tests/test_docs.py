"""The README documents every command, option and setting a user can reach."""

import re

import typer.main

from conftest import ROOT
from nextseason.cli import app

README = (ROOT / "README.md").read_text()


def commands():
    group = typer.main.get_command(app)
    return group.commands


def test_every_command_is_in_the_readme():
    for name in commands():
        assert f"nextseason {name}" in README, f"`nextseason {name}` is not documented"


def test_every_option_is_in_the_readme():
    for name, command in commands().items():
        for parameter in command.params:
            for option in parameter.opts:
                if option.startswith("--") and option != "--help":
                    assert option in README, f"`nextseason {name} {option}` is not documented"


def test_every_environment_setting_is_in_the_readme():
    sources = "\n".join(p.read_text() for p in (ROOT / "src" / "nextseason").rglob("*.py"))
    for setting in sorted(set(re.findall(r"NEXTSEASON_[A-Z_]+", sources))):
        assert setting in README, f"{setting} is not documented"


def test_every_web_route_is_in_the_readme():
    from nextseason.web.routes import ROUTES

    for route in ROUTES:
        path = route.path.replace(":path}", "}")  # "{name:path}" is documented as "{name}"
        assert path in README, f"{route.path} is not documented"
