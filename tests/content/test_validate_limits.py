"""``kiosk validate`` judges photos by the kiosk's own size limit (``image_max_megapixels`` in its
kiosk.toml), so a photo passes validate exactly when the kiosk on that machine shows it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kiosk import config as config_module
from kiosk.commands import curator as curator_cli
from kiosk.commands.validate import kiosk_limits, validate_command
from kiosk.images.spec import DEFAULT_LIMITS, Limits

# The starter's photos are 2400 x 1600 (3.8 MP) and 1600 x 2000 (3.2 MP).
SMALL_LIMIT = "image_max_megapixels = 2\n"


@pytest.fixture
def no_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A machine with no kiosk settings anywhere; returns where the installed file would be."""
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    monkeypatch.setattr(config_module, "default_config_path", lambda: tmp_path / "user" / "kiosk.toml")
    installed = tmp_path / "etc" / "kiosk.toml"
    monkeypatch.setattr(config_module, "installed_config_path", lambda: installed)
    return installed


def run(folder: Path, limits: Limits) -> tuple[int, str]:
    out = io.StringIO()
    status = validate_command(folder, out=out, err=io.StringIO(), limits=limits)
    return status, out.getvalue()


def test_without_settings_the_default_limit_applies(new: Path, no_settings: Path) -> None:
    assert kiosk_limits(None) == DEFAULT_LIMITS
    assert run(new, kiosk_limits(None))[0] == 0


def test_the_limit_of_the_settings_given_refuses_what_the_kiosk_would(
    new: Path, no_settings: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = tmp_path / "kiosk.toml"
    settings.write_text(SMALL_LIMIT, encoding="utf-8")
    status = curator_cli.main(["validate", str(new), "--config", str(settings)])
    captured = capsys.readouterr()
    assert status == 1
    refused = [line for line in captured.out.splitlines() if line.startswith("ERROR")]
    assert len(refused) == 2, captured.out
    assert all("the kiosk accepts up to 2 megapixels" in line for line in refused)
    assert f"the kiosk's limit of 2 megapixels (image_max_megapixels in {settings})" in captured.err


@pytest.mark.parametrize("where", ["environment", "installed"])
def test_on_a_kiosk_the_kiosks_own_settings_are_found(
    new: Path, no_settings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """The service names its settings file ($KIOSK_CONFIG, --config); a technician's shell may
    not, so the file the install recipes write (/etc/exhibit-kiosk/kiosk.toml on Linux) counts."""
    if where == "environment":
        settings = tmp_path / "elsewhere.toml"
        monkeypatch.setenv("KIOSK_CONFIG", str(settings))
    else:
        settings = no_settings
        settings.parent.mkdir()
    settings.write_text(SMALL_LIMIT, encoding="utf-8")
    limits = kiosk_limits(None, err=io.StringIO())
    assert limits == Limits(max_pixels=2_000_000)
    status, out = run(new, limits)
    assert status == 1 and "accepts up to 2 megapixels" in out


def test_a_bad_limit_in_the_settings_is_told_and_the_kiosks_default_used(
    no_settings: Path, tmp_path: Path
) -> None:
    settings = tmp_path / "kiosk.toml"
    settings.write_text("image_max_megapixels = 0\n", encoding="utf-8")
    err = io.StringIO()
    assert kiosk_limits(settings, err=err) == DEFAULT_LIMITS
    assert "image_max_megapixels is 0, but it must be at least 1; using the default (1000)" in err.getvalue()


def test_the_install_guide_documents_the_limit_and_its_default() -> None:
    root = Path(__file__).resolve().parents[2]
    default = config_module.Config.model_fields["image_max_megapixels"].default
    guide = " ".join((root / "docs" / "install.md").read_text(encoding="utf-8").split())
    assert "### How large a picture may be: `image_max_megapixels`" in guide
    assert f"at most **{default} megapixels**" in guide and f"default {default}" in guide
    assert "left out of the exhibit" in guide and "`--config FILE`" in guide
    example = (root / "packaging" / "linux" / "kiosk.toml.example").read_text(encoding="utf-8")
    assert f"# image_max_megapixels = {default}\n" in example
