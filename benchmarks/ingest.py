"""How fast does a card's worth of files come in, against what the same work costs done plainly?

Generates (once, cached) a batch as a camera and a recorder make it — by default 200 photos of
12 MP (4000 x 3000 JPEG, quality 92, EXIF) and 20 WAV recordings — then, in one process, on the
same files, with the files warm in the page cache for every contender:

  floor       copy + SHA-256 + fsync of every file, one core (what any import must do)
  sequential  the floor, then the same derivatives (thumbnails in two sizes with Pillow's draft
              mode, waveform peaks), one core, no database: a straightforward pipeline
  import      `ingest_paths` into a fresh archive: probe, derivatives, rows, both cores

and prints the import time and its ratios to both. Target: import <= 0.7 x sequential.

    .venv/bin/python benchmarks/ingest.py [--photos N] [--audio N] [--rounds R] [--cache DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.media_factory import make_jpeg, make_wav  # noqa: E402
from zacni_app.core.archive import Archive  # noqa: E402
from zacni_app.core.derivatives import make_derivatives  # noqa: E402
from zacni_app.core.ingest import ingest_paths  # noqa: E402

CHUNK = 1024 * 1024


def _photo(args: tuple[Path, int]) -> None:
    path, i = args
    make_jpeg(path, (4000, 3000), quality=92, make="Canon", model="EOS 80D", description=f"kadr {i}",
              exif_datetime="2024:06:14 10:30:00")  # fmt: skip


def generate(folder: Path, photos: int, audio: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    wanted = [(folder / f"IMG_{i:04d}.JPG", i) for i in range(photos)]
    missing = [w for w in wanted if not w[0].exists()]
    if missing:
        print(f"generating {len(missing)} photos of 12 MP in {folder} (once)…", flush=True)
        with ProcessPoolExecutor(2) as pool:
            list(pool.map(_photo, missing))
    sounds = [folder / f"ZOOM{i:04d}.WAV" for i in range(audio)]
    for i, path in enumerate(sounds):
        if not path.exists():
            make_wav(path, seconds=60.0 + i, rate=44100, channels=2)
    return [w[0] for w in wanted] + sounds


def copy_hash_fsync(source: Path, target: Path) -> str:
    digest = hashlib.sha256()
    with open(source, "rb") as src, open(target, "wb") as dst:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    return digest.hexdigest()


def floor(files: list[Path], work: Path) -> float:
    started = time.perf_counter()
    for n, path in enumerate(files):
        copy_hash_fsync(path, work / f"{n}.bin")
    return time.perf_counter() - started


def sequential(files: list[Path], work: Path) -> float:
    started = time.perf_counter()
    for n, path in enumerate(files):
        copy = work / f"{n}{path.suffix.lower()}"
        sha = copy_hash_fsync(path, copy)
        kind = "image" if path.suffix.lower() == ".jpg" else "audio"
        problems = make_derivatives(copy, work / "derivatives", sha, kind)
        assert not problems, problems
    return time.perf_counter() - started


def imported(folder: Path, work: Path) -> float:
    archive = Archive.create(work / "archive")
    started = time.perf_counter()
    report = ingest_paths(archive, [folder])
    elapsed = time.perf_counter() - started
    archive.close()
    assert not report.rejected and not report.duplicates, report.to_dict()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--audio", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2, help="each contender runs this often; best counts")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "zacni-bench-ingest")
    args = parser.parse_args()
    folder = args.cache / f"card-{args.photos}-{args.audio}"
    files = generate(folder, args.photos, args.audio)
    size = sum(p.stat().st_size for p in files)
    for path in files:  # warm the page cache: every contender reads from memory alike
        path.read_bytes()
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for name, run in (("floor", floor), ("sequential", sequential), ("import", None)):
            work = Path(tempfile.mkdtemp(prefix=f"zacni-bench-{name}-"))
            try:
                seconds = imported(folder, work) if run is None else run(files, work)
            finally:
                shutil.rmtree(work)
            best[name] = min(best.get(name, seconds), seconds)
    print(f"batch: {args.photos} photos of 12 MP + {args.audio} WAVs, {size / 1e6:.0f} MB")
    for name in ("floor", "sequential", "import"):
        print(f"  {name:<11} {best[name]:7.2f} s   {size / 1e6 / best[name]:6.1f} MB/s")
    print(f"import / sequential = {best['import'] / best['sequential']:.2f}x  (target <= 0.70x)")
    print(f"import / floor      = {best['import'] / best['floor']:.2f}x")


if __name__ == "__main__":
    main()
