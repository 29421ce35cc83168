"""The effective access of many records at once, for the lists: every consent read once.

access.py decides, one record at a time, with a query or two per record: right for opening a
record, far too slow for a researcher's list of 100,000 files, where each reload asked it for
every interview and every photo with people in it (6 s on 1,000 interviews and 10,000 tagged
photos). This book reads the consents, the narrators and the links each in one query and then
applies access.py's own rules (consent_level, _applicable, most_restrictive) in memory, so the
lists and the record views cannot disagree; tests/test_access_book.py checks that they agree
on a random archive.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_schema import Asset, AssetPerson, Consent, Interview, InterviewPerson, Person
from zacni_app.core.access import CONSENTING_ROLES, _applicable, consent_level, most_restrictive


class AccessBook:
    """Consents by person and narrators by interview, read once; levels worked out on demand."""

    def __init__(self, session: Session, today: date | None = None) -> None:
        self.session = session
        self.today = today or date.today()
        self._people_own: dict[int, str] | None = None
        self.consents: dict[int, list[Consent]] = defaultdict(list)
        for consent in session.scalars(select(Consent)):
            self.consents[consent.person_id].append(consent)
        self.narrators: dict[int, list[int]] = defaultdict(list)
        narrated = select(InterviewPerson.interview_id, InterviewPerson.person_id).where(
            InterviewPerson.role == "narrator"
        )
        for interview_id, person_id in session.execute(narrated):
            self.narrators[int(interview_id)].append(int(person_id))
        self.interviews: dict[int, tuple[str, bool]] = {
            int(i): (str(level), deleted is None)
            for i, level, deleted in session.execute(
                select(Interview.id, Interview.access, Interview.deleted_at)
            )
        }

    def consent_for(self, person_id: int, interview_id: int) -> Consent | None:
        """access.narrator_consent: the consent that decides what the person allows for it."""
        return _applicable(self.consents.get(person_id, []), interview_id)

    def interview_level(self, interview_id: int) -> str:
        """access.interview_access: its own level and each narrator's consent for it."""
        own, _live = self.interviews[interview_id]
        levels = [own]
        for person_id in self.narrators.get(interview_id, []):
            levels.append(consent_level(self.consent_for(person_id, interview_id), self.today))
        return most_restrictive(levels)

    def person_levels(self, only: Iterable[int] | None = None) -> dict[int, str]:
        """access.person_access of every narrator (or those in `only`): their own level and their
        consent for each live interview they narrated. People who narrated nothing are left out
        (their own level is their access)."""
        wanted = set(only) if only is not None else None
        narrated: dict[int, list[int]] = defaultdict(list)
        for interview_id, people in self.narrators.items():
            if not self.interviews.get(interview_id, ("", False))[1]:
                continue
            for person_id in people:
                if wanted is None or person_id in wanted:
                    narrated[person_id].append(interview_id)
        everyone = {p for people in self.narrators.values() for p in people}
        ids = everyone if wanted is None else everyone & wanted
        own = self.people_own_levels() if ids else {}
        levels: dict[int, str] = {}
        for person_id in ids:
            if person_id not in own:
                continue
            found = [self.consent_for(person_id, i) for i in narrated.get(person_id, [])]
            levels[person_id] = most_restrictive(
                [own[person_id], *(consent_level(c, self.today) for c in found)]
            )
        return levels

    def asset_own_levels(self) -> dict[int, str]:
        """access.asset_own_access of every file with someone seen or heard in it: its own level
        and the deciding consent of each of those people (for the file's interview if it has one)."""
        linked = (
            select(AssetPerson.asset_id, AssetPerson.person_id, Asset.access, Asset.interview_id)
            .join(Asset, Asset.id == AssetPerson.asset_id)
            .where(AssetPerson.role.in_(CONSENTING_ROLES))
        )
        people: dict[int, set[int]] = defaultdict(set)
        facts: dict[int, tuple[str, int]] = {}
        for asset_id, person_id, level, interview_id in self.session.execute(linked):
            people[int(asset_id)].add(int(person_id))
            facts[int(asset_id)] = (str(level), int(interview_id or 0))
        levels: dict[int, str] = {}
        for asset_id, (own, interview_id) in facts.items():
            found = [self.consent_for(p, interview_id) for p in people[asset_id]]
            levels[asset_id] = most_restrictive([own, *(consent_level(c, self.today) for c in found)])
        return levels

    def people_own_levels(self) -> dict[int, str]:
        """Every person's own access setting (one query, read once)."""
        if self._people_own is None:
            rows = self.session.execute(select(Person.id, Person.access))
            self._people_own = {int(i): str(level) for i, level in rows}
        return self._people_own
