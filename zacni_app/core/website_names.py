"""People on the public website: a name is printed only where consent is publish-with-name.

`access.person_may_be_named` decides. Here that decision reaches the text: speaker labels of
transcripts become a role ("Narrator") for anyone who may not be named, and the names of such
people are replaced by "N.N." wherever the published text mentions them. Polish inflects names
("Wójcik", "Wójcika", "Wójcikowi"), so a surname is matched by its stem with a short ending; the
replacement errs on the side of hiding too much, and the export reports every replacement so the
editor sees it in the preview.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from zacni_app.core.analysis_pl import fold

ANONYMOUS = "N.N."
#: Speaker labels of people who may not be named, by their part in the interview.
ROLE_LABELS = {"narrator": "Osoba opowiadająca", "interviewer": "Osoba prowadząca", "other": "Inna osoba"}
_VOWELS = "aeiouyąęó"


def _stem(word: str) -> str:
    """'Wójcik' → 'Wójcik', 'Zielińska' → 'Zielińsk', 'Mazur' → 'Mazur' (endings follow)."""
    return word[:-1] if len(word) > 4 and word[-1].lower() in _VOWELS else word


def _letters(word: str) -> str:
    """A regex for `word` that also matches it typed without diacritics ("Wojcik")."""
    out = []
    for ch in word:
        base = fold(ch)
        out.append(re.escape(ch) if base == ch.lower() or len(base) != 1 else f"[{ch}{base}]")
    return "".join(out)


def _pattern(name: str, *, surname_alone: bool) -> re.Pattern[str] | None:
    words = name.split()
    if not words:
        return None
    stems = [_letters(_stem(w)) + r"\w{0,4}" for w in words]
    forms = [r"\s+".join(stems)]
    if surname_alone and len(words) > 1 and len(words[-1]) >= 3:
        forms.append(stems[-1])
    return re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)", re.IGNORECASE)


@dataclass
class NamePolicy:
    """Who of a story's people may be named, and the text of the story with the others hidden."""

    named: set[str] = field(default_factory=set)
    hidden: set[str] = field(default_factory=set)
    replaced: dict[str, int] = field(default_factory=dict)  # hidden name → replacements made

    def add(self, name: str, may_be_named: bool) -> None:
        (self.named if may_be_named else self.hidden).add(name.strip())

    def _patterns(self) -> Iterable[tuple[str, re.Pattern[str]]]:
        named_surnames = {fold(_stem(n.split()[-1])) for n in self.named if n.split()}
        for name in sorted(self.hidden - self.named, key=len, reverse=True):
            words = name.split()
            alone = bool(words) and fold(_stem(words[-1])) not in named_surnames
            pattern = _pattern(name, surname_alone=alone)
            if pattern is not None:
                yield name, pattern

    def text(self, value: str | None) -> str | None:
        """`value` with every hidden person's name replaced by N.N. (and the replacement counted)."""
        if not value:
            return value
        for name, pattern in self._patterns():
            value, count = pattern.subn(ANONYMOUS, value)
            if count:
                self.replaced[name] = self.replaced.get(name, 0) + count
        return value.replace(ANONYMOUS + ".", ANONYMOUS)  # "… pan N.N." ends the sentence once

    def speaker(self, label: str | None, roles: dict[str, str]) -> str | None:
        """A transcript's speaker label as the website shows it. `roles` maps the folded names of
        the recording's people to their part; a label naming nobody known is dropped, since it
        may be the name of someone who never consented."""
        if not label:
            return None
        key = fold(label.strip())
        role = roles.get(key)
        if role is None:
            return None
        if label.strip() in self.named:
            return label.strip()
        return ROLE_LABELS.get(role, ROLE_LABELS["other"])
