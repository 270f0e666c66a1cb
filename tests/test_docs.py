"""The README's promises: its two commands, and that CI runs the test one."""

from __future__ import annotations

import re

from .conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")
COMMANDS = re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)


def test_readme_opens_with_two_commands() -> None:
    head = README.split("## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)\n```", head, flags=re.S)
    assert len(blocks) == 2, "the README opens with exactly two commands"
    install_demo, install_test = blocks
    assert "pip install ." in install_demo and "allegiance demo" in install_demo
    assert "'.[test]'" in install_test and "pytest" in install_test


def test_ci_runs_the_readme_test_command() -> None:
    test_command = re.findall(
        r"```sh\n(.*?)\n```", README.split("## ", 1)[0], flags=re.S
    )[1]
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert test_command in ci.splitlines()


def test_data_formats_document_every_kb_table() -> None:
    doc = (ROOT / "docs" / "data-formats.md").read_text("utf-8")
    for name in (
        "states.csv",
        "state_names.csv",
        "regions.csv",
        "leaders",
        "organisations.csv",
        "memberships.csv",
        "dependencies.csv",
    ):
        assert name in doc
