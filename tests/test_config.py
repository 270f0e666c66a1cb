"""Settings: package defaults, the environment, explicit overrides."""

from __future__ import annotations

import pytest

from allegiance.config import PARSER_ENV, load_settings
from allegiance.errors import ConfigError


def test_the_rule_tier_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PARSER_ENV, raising=False)
    assert load_settings().parser_model == ""


def test_the_environment_names_the_parser_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(PARSER_ENV, "en_core_web_sm")
    assert load_settings().parser_model == "en_core_web_sm"
    # An explicit override wins over the environment.
    assert load_settings(parser_model="").parser_model == ""


def test_bad_sizes_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="max_bytes must be positive"):
        load_settings(max_bytes=0)
    with pytest.raises(ConfigError, match="batch_size must be positive"):
        load_settings(batch_size=-1)
