"""The exported demo website in a real browser: headless Chromium opens it from file://.

Chromium is required in CI (env CI set); elsewhere the test is skipped only if /usr/bin/chromium
is missing. The screenshots in docs/ are made by scripts/website_screenshot.py with the same code.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image, ImageStat

from tests.conftest import REPO
from tests.website_fixtures import leaks, samples_ms


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "website_screenshot", REPO / "scripts" / "website_screenshot.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()


@pytest.fixture(scope="module")
def chromium() -> None:
    if not SCRIPT.CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{SCRIPT.CHROMIUM} is required in CI to check the website")
        pytest.skip(f"{SCRIPT.CHROMIUM} is not installed")


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    root = tmp_path_factory.mktemp("demo-site")
    slugs = SCRIPT.demo_site(root / "archiwum", root / "strona")
    yield root / "strona", slugs


def test_the_demo_site_renders_in_headless_chromium(
    chromium: None, demo_site: tuple[Path, list[str]], tmp_path: Path
) -> None:
    site, slugs = demo_site
    png = tmp_path / "index.png"
    SCRIPT.screenshot((site / "index.html").as_uri(), png, tmp_path / "profile")
    with Image.open(png) as shot:
        assert shot.size == (1280, 900)
        spread = ImageStat.Stat(shot.convert("L")).stddev[0]
        colours = len(shot.convert("RGB").getcolors(1 << 20) or [])
    assert spread > 20 and colours > 1000  # photos and text, not a blank or error page
    dom = SCRIPT.dump_dom((site / "index.html").as_uri(), tmp_path / "profile")
    titles = re.findall(r'<h3 class="card-title"><a href="historie/[a-z0-9-]+\.html">([^<]+)</a>', dom)
    assert sorted(titles) == sorted(
        ["Pszczoły z Karwowa", "Sum z Wisły", "Gołębie, które zawsze wracają", "Obrus na całą zimę"]
    )
    story = SCRIPT.dump_dom((site / "historie" / f"{slugs[0]}.html").as_uri(), tmp_path / "profile")
    assert "<h1>Pszczoły z Karwowa</h1>" in story and "<audio controls" in story
    assert "Fragment zastrzeżony" in story


def test_the_search_runs_in_the_browser_without_a_server(
    chromium: None, demo_site: tuple[Path, list[str]], tmp_path: Path
) -> None:
    site, _ = demo_site
    search = (site / "szukaj.html").as_uri()
    dom = SCRIPT.dump_dom(search + "?q=pszczolami", tmp_path / "profile")  # typed without diacritics
    results = re.findall(r'<li><a href="historie/[a-z0-9-]+\.html">([^<]+)</a>', dom)
    assert results == ["Pszczoły z Karwowa"]
    assert "Znalezione historie: 1." in dom
    dom = SCRIPT.dump_dom(search + "?q=haft+richel", tmp_path / "profile")
    assert re.findall(r'<li><a href="historie/[a-z0-9-]+\.html">([^<]+)</a>', dom) == ["Obrus na całą zimę"]


def test_the_demo_site_keeps_the_demo_restrictions(demo_site: tuple[Path, list[str]]) -> None:
    """The demo's closed passage, private contacts and the narrator who may not be named stay out."""
    from zacni_app.core.demo_content import NARRATORS

    site, slugs = demo_site
    pigeons = next(n for n in NARRATORS if n.consent_scope == "publish")
    markers = ["odszkodowanie", pigeons.name, *(n.phone for n in NARRATORS), *(n.address for n in NARRATORS)]
    markers += [n.email for n in NARRATORS if n.email]
    assert leaks(site, markers) == []
    page = (site / "historie" / f"{slugs[0]}.html").read_text()
    (recording,) = re.findall(r'<audio controls preload="metadata" src="\.\./([^"]+)"', page)
    closed = next(c for c in NARRATORS[0].cues if c.closed)
    expected = NARRATORS[0].audio_seconds * 1000 - (closed.end_ms - closed.start_ms)
    assert abs(samples_ms(site / recording) - expected) < 100
