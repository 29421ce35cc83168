"""Fuzzed files and paths for every `zacni` command that reads a file: clear errors, never tracebacks.

Random bytes, text in odd encodings, truncated real files, huge lines, folders where a file is
expected, missing paths and names with odd characters go to `import`, `transcript import`,
`transcript export` (a path to write), and — where the CLI has them — `restore` and
`import-package`. Each run must end with exit 0, 1 or 2, say what went wrong in one line on stderr
(or as an error object with --json), never print a traceback and never fail as an internal error.

The CLI runs in-process (`zacni_app.cli.main`) with stdout and stderr encoded the way a real
terminal's are (stdout strict UTF-8, stderr backslashreplace), so an unencodable name fails here
as it would for a user; a few cases also run as a real subprocess.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import run_cli
from tests.media_factory import make_jpeg, make_wav
from zacni_app.cli import COMMANDS, main

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "cp1250",
    "iso-8859-2",
    "cp852",
    "mac-roman",
)
VTT = (
    "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nŁucja: Pszczoły zimują w ulu.\n\n"
    "00:00:05.000 --> 00:00:09.500\nZbieramy miód w lipcu.\n"
)
SRT = (
    "1\n00:00:01,000 --> 00:00:04,000\nŁucja: Pszczoły zimują w ulu.\n\n"
    "2\n00:00:05,000 --> 00:00:09,500\nŻółć.\n"
)
STAMPED = "[00:00:01] Łucja: Pszczoły zimują w ulu.\n[00:00:05] Zbieramy miód w lipcu.\n"


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def run_in_process(argv: list[str]) -> Run:
    """`zacni ARGV` in this process, with a terminal's encodings on stdout and stderr."""
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", errors="strict", write_through=True)
    err = io.TextIOWrapper(err_bytes, encoding="utf-8", errors="backslashreplace", write_through=True)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code if isinstance(exc.code, int) else 2
    return Run(code, out_bytes.getvalue().decode(), err_bytes.getvalue().decode())


def assert_clear(run: Run, as_json: bool) -> None:
    """The contract: 0/1/2, one line saying why (or a JSON error), no traceback, no internal error."""
    assert run.code in (0, 1, 2), run
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr, run.stderr
    lines = run.stderr.splitlines()
    if run.code == 2:
        assert lines and lines[-1].startswith("zacni: error: "), run.stderr
        return
    if lines:
        assert len(lines) == 1 and lines[0].startswith("zacni: error: "), run.stderr
    if as_json:
        data = json.loads(run.stdout)  # one JSON object, nothing else
        assert isinstance(data, dict)
        if run.code == 1:
            assert "error" in data or data.get("rejected") or data.get("problems"), data
            if "error" in data:
                assert set(data["error"]) >= {"code", "message"} and lines
    elif run.code == 1:
        assert lines or run.stdout, "a failure must say something"


# -- what goes into the files -------------------------------------------------------------------
@st.composite
def odd_text(draw: st.DrawFn) -> bytes:
    text = draw(st.sampled_from([VTT, SRT, STAMPED, ""])) + draw(st.text(max_size=300))
    encoding = draw(st.sampled_from(ENCODINGS))
    return text.encode(encoding, errors="replace")


@st.composite
def truncated_real_file(draw: st.DrawFn) -> bytes:
    real = draw(st.sampled_from(sorted(_real_files())))
    data = _real_files()[real]
    return data[: draw(st.integers(0, len(data)))]


@st.composite
def huge_line(draw: st.DrawFn) -> bytes:
    head = draw(st.sampled_from([b"", b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n", b"[00:00:01] ", b"1\n"]))
    return head + draw(st.sampled_from([b"a", "ż".encode(), b"\x00", b"-->"])) * 1_500_000


@st.composite
def mangled_cues(draw: st.DrawFn) -> bytes:
    """Transcript-shaped lines with broken timings, overlaps, odd speakers."""
    stamp = st.from_regex(r"\A-?[0-9]{1,3}:[0-9]{1,3}(:[0-9]{1,3})?([.,][0-9]{0,4})?\Z")
    lines = ["WEBVTT", ""] if draw(st.booleans()) else []
    for _ in range(draw(st.integers(1, 6))):
        lines += [f"{draw(stamp)} --> {draw(stamp)}", draw(st.text(max_size=40)), ""]
    return "\n".join(lines).encode("utf-8", errors="surrogatepass")


CONTENTS = st.one_of(st.binary(max_size=4096), odd_text(), truncated_real_file(), huge_line(), mangled_cues())


@contextlib.contextmanager
def _scratch() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


_REAL: dict[str, bytes] = {}


def _real_files() -> dict[str, bytes]:
    if not _REAL:
        with _scratch() as folder:
            _REAL["jpg"] = make_jpeg(folder / "a.jpg", (120, 90)).read_bytes()
            _REAL["wav"] = make_wav(folder / "a.wav", seconds=0.2).read_bytes()
            _REAL["vtt"] = VTT.encode()
            _REAL["srt"] = SRT.encode("cp1250")
    return _REAL


# -- where the files are ------------------------------------------------------------------------
NAMES = st.one_of(
    st.sampled_from(
        [
            "zapis.vtt",
            "Łąka żółć.srt",
            "wywiad.txt",
            "x",
            ".ukryty",
            "nagranie.WAV",
            "zdjęcie.jpg",
            "a b\tc.vtt",
        ]
    ),
    st.text(st.characters(exclude_characters="/\x00", codec="utf-8"), min_size=1, max_size=40).filter(
        lambda n: n not in (".", "..") and len(n.encode()) < 200
    ),
)


def _place(folder: Path, kind: str, name: str, content: bytes) -> str:
    """A path argument of the given kind: a file with `content`, a folder, a missing path, …"""
    if kind == "invalid-utf8-name":
        raw = os.fsencode(folder) + b"/nagranie_\xff\xfe.vtt"
        with open(raw, "wb") as f:
            f.write(content)
        return os.fsdecode(raw)
    path = folder / name
    if kind == "file":
        path.write_bytes(content)
    elif kind == "folder":
        path.mkdir()
        (path / "w środku.vtt").write_bytes(content)
    elif kind == "symlink-loop":
        path.symlink_to(path)
    elif kind == "missing-parent":
        return str(folder / "nie ma" / name)
    elif kind == "too-long":
        return str(folder / ("ż" * 200))
    return str(path)  # "missing": nothing there


PATH_KINDS = st.sampled_from(
    ["file"] * 6 + ["folder", "missing", "symlink-loop", "missing-parent", "too-long", "invalid-utf8-name"]
)


@pytest.fixture(scope="module")
def fuzz_archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """An archive with one recording (for transcripts); shared by every example of the module."""
    root = tmp_path_factory.mktemp("fuzz") / "archiwum"
    card = tmp_path_factory.mktemp("karta")
    assert run_in_process(["--archive", str(root), "init"]).code == 0
    wav = make_wav(card / "rozmowa.wav", seconds=12.0)
    done = run_in_process(["--archive", str(root), "--json", "import", str(wav)])
    assert done.code == 0, done
    return root, str(json.loads(done.stdout)["imported"][0]["asset_id"])


Build = Callable[[Path, str, str], list[str]]
FILE_COMMANDS: dict[str, Build] = {
    "import": lambda folder, path, asset: ["import", path],
    "transcript import": lambda folder, path, asset: ["transcript", "import", asset, path],
    "transcript export": lambda folder, path, asset: ["transcript", "export", asset, path],
    "restore": lambda folder, path, asset: ["restore", path, str(folder / "odtworzone")],
    "import-package": lambda folder, path, asset: ["import-package", path],
    "export ohms": lambda folder, path, asset: ["export", "ohms", asset, path],
    "segment import": lambda folder, path, asset: ["segment", "import", asset, path],
}


@pytest.mark.parametrize("command", sorted(FILE_COMMANDS))
@FUZZ
@given(
    content=CONTENTS,
    kind=PATH_KINDS,
    name=NAMES,
    as_json=st.booleans(),
)
def test_a_fuzzed_file_gets_a_clear_answer(
    fuzz_archive: tuple[Path, str], command: str, content: bytes, kind: str, name: str, as_json: bool
) -> None:
    if command not in COMMANDS:
        pytest.skip(f"the CLI has no '{command}' command yet")
    root, asset = fuzz_archive
    with _scratch() as folder:
        path = _place(folder, kind, name, content)
        argv = [
            "--archive",
            str(root),
            *(["--json"] if as_json else []),
            *FILE_COMMANDS[command](folder, path, asset),
        ]
        assert_clear(run_in_process(argv), as_json)


@pytest.mark.parametrize(
    "kind", ["file", "folder", "missing", "symlink-loop", "missing-parent", "too-long", "invalid-utf8-name"]
)
def test_odd_paths_in_a_real_subprocess(fuzz_archive: tuple[Path, str], kind: str, tmp_path: Path) -> None:
    """The same contract through a real process, where stdout/stderr are real pipes."""
    root, asset = fuzz_archive
    path = _place(tmp_path, kind, "Łąka\nżółć.vtt", b"\xff\xfeW\x00E\x00B\x00\n\x00\x00\xd8")
    for argv in (["transcript", "import", asset, path], ["import", path]):
        done = run_cli("--json", *argv, archive=root)
        assert_clear(Run(done.code, done.stdout, done.stderr), as_json=True)
