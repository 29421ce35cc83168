"""Screenshots of the exported website for the README: docs/website.png and docs/website-story.png.

    .venv/bin/python scripts/website_screenshot.py [--keep DIR]

Loads the demo into a temporary archive, publishes four stories of its public interviews (one
narrator consented to publication without name, so the site calls him "N.N."), exports the
website and photographs the index and a story page with headless Chromium, from file:// as a
visitor who opens the folder would see it. `--keep DIR` keeps the exported site there.
The test of the site in a browser (tests/test_website_browser.py) uses the same functions.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import select  # noqa: E402

from archive_schema import Interview, Story  # noqa: E402
from zacni_app.core.archive import Archive  # noqa: E402
from zacni_app.core.demo import load_demo  # noqa: E402
from zacni_app.core.stories import add_story, set_status, update_story  # noqa: E402
from zacni_app.core.website import export_website  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: interview title → (story title, lead); the body is the interview's summary.
DEMO_STORIES = {
    "Cierpliwość nad wodą": (
        "Sum z Wisły",
        "Józef Kaczmarek łowi ryby od dziecka: w Opatówce, w stawach i w Wiśle.",
    ),
    "Gołębie, które zawsze wracają": (
        "Gołębie, które zawsze wracają",
        "Hodowca z Kobylan o półwieczu lotów.",
    ),
    "Obrus na całą zimę": ("Obrus na całą zimę", "Zofia Baran wyszywa richelieu tak, jak nauczyła ją matka."),
}


def chromium(args: list[str], profile: Path, *, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """Headless Chromium with its own throwaway profile and no network of its own."""
    command = [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


def screenshot(url: str, png: Path, profile: Path, size: tuple[int, int] = (1280, 900)) -> None:
    done = chromium([f"--screenshot={png}", f"--window-size={size[0]},{size[1]}", url], profile)
    if not png.is_file():
        raise RuntimeError(f"Chromium made no screenshot of {url}: {done.stderr[-500:]}")


def dump_dom(url: str, profile: Path) -> str:
    """The page's DOM after its scripts ran."""
    done = chromium(["--dump-dom", "--window-size=1280,900", url], profile)
    if done.returncode != 0:
        raise RuntimeError(f"Chromium could not load {url}: {done.stderr[-500:]}")
    return done.stdout


def publish_demo_stories(archive: Archive) -> list[str]:
    """The demo's story and three more, each with the photos of its interview; their slugs."""
    with archive.transaction() as s:
        interviews = {i.title: i for i in s.scalars(select(Interview))}
        for interview_title, (title, lead) in DEMO_STORIES.items():
            interview = interviews[interview_title]
            add_story(s, title=title, lead=lead, body=interview.summary, interviews=[interview.id])
        slugs = []
        for story in s.scalars(select(Story).order_by(Story.id)):
            photos = [a.id for i in story.interviews for a in i.assets if a.kind == "image"]
            update_story(s, story.id, expected_version=None, assets=photos, hero_asset_id=photos[0])
            set_status(s, story.id, "published")
            slugs.append(story.slug)
    return slugs


def demo_site(archive_dir: Path, out: Path) -> list[str]:
    """A demo archive in `archive_dir` with the stories published, exported into `out`."""
    with Archive.create(archive_dir) as archive:
        load_demo(archive)
        slugs = publish_demo_stories(archive)
        export_website(archive, out)
    return slugs


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the exported site in this folder")
    args = parser.parse_args(argv)
    docs = REPO / "docs"
    docs.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="zacni-screenshot-") as work:
        root = Path(work)
        site = root / "strona"
        slugs = demo_site(root / "archiwum", site)
        screenshot((site / "index.html").as_uri(), docs / "website.png", root / "profile")
        story = site / "historie" / f"{slugs[0]}.html"
        screenshot(story.as_uri(), docs / "website-story.png", root / "profile", size=(1280, 2200))
        if args.keep:
            shutil.copytree(site, args.keep, dirs_exist_ok=True)
    print(f"wrote {docs / 'website.png'} and {docs / 'website-story.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
