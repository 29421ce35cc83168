"""Content of the demo archive: ten made-up narrators from around Opatów and their interviews.

`zacni demo` stores this in a new archive so that people can try the program and tests have
realistic data. Everything here is fictional (names, phone numbers, e-mail addresses, street
addresses, stories), though the places are real villages and towns of gmina Opatów. No database
code: this module only holds the data and re-exports the media generators of
`zacni_app.core.demo_media`.

Things tests rely on:

* transcripts use natural inflected Polish, including the phrases "pszczołami", "w Opatowie",
  "dzięki studiu nagraniowemu", "gołębie pocztowe", "na zawodach wędkarskich" and "kowadło", all in
  cues that are not closed and in interviews whose access is "public" with no embargo or withdrawal;
* one cue of the beekeeper's interview is `closed` (the narrator asked to close that passage); it is
  the only text that contains the word "odszkodowanie";
* consents: six "publish-with-name", one "publish", two "research", one "archive"; exactly one
  interview is under embargo (until 2031-01-01, access "public") and exactly one consent was
  withdrawn (in 2025, access "closed"); one interview has access "research", one "staff".
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from zacni_app.core.demo_media import make_demo_photo, synth_voice_wav

__all__ = [
    "INTERVIEWERS",
    "NARRATORS",
    "SUBJECTS",
    "Access",
    "ConsentScope",
    "DemoCue",
    "DemoNarrator",
    "DemoPhoto",
    "DemoSegment",
    "make_demo_photo",
    "speaker_pitch",
    "synth_voice_wav",
    "voice_turns",
]

ConsentScope = Literal["archive", "research", "publish", "publish-with-name"]
Access = Literal["public", "research", "staff", "closed"]


@dataclass(frozen=True)
class DemoCue:
    """One line of a transcript; `closed` marks a passage the narrator asked to keep closed."""

    start_ms: int
    end_ms: int
    speaker: str
    text: str
    closed: bool = False


@dataclass(frozen=True)
class DemoSegment:
    """An OHMS-style index point: where a topic starts in the recording and what it is about."""

    start_ms: int
    title: str
    synopsis: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class DemoPhoto:
    """A photo to generate; `camera` is (make, model), None for scans of old prints."""

    filename: str
    caption: str
    taken_at: datetime
    gps: tuple[float, float] | None
    camera: tuple[str, str] | None


@dataclass(frozen=True)
class DemoNarrator:
    """A narrator with one interview: person, private contact data, consent, transcript, index, photos."""

    key: str
    name: str
    birth_year: int
    locality: str
    phone: str
    email: str | None
    address: str
    bio: str
    passion: str
    interview_title: str
    interview_date: date
    interview_place: str
    summary: str
    interviewer: str
    cues: tuple[DemoCue, ...]
    segments: tuple[DemoSegment, ...]
    photos: tuple[DemoPhoto, ...]
    consent_scope: ConsentScope
    embargo_until: date | None = None
    withdrawn_on: date | None = None
    access: Access = "public"
    audio_seconds: int = 40


_ANNA = "Anna Nowak"
_PIOTR = "Piotr Zieliński"
_EWA = "Ewa Mazur"

INTERVIEWERS: tuple[str, ...] = (_ANNA, _PIOTR, _EWA)
"""Staff of the culture centre who recorded the interviews."""

SUBJECTS: tuple[tuple[str, str | None], ...] = (
    # top level
    ("rękodzieło", None),
    ("hodowla", None),
    ("muzyka", None),
    ("sport i rekreacja", None),
    ("kulinaria", None),
    ("historia lokalna", None),
    ("przyroda", None),
    ("technika", None),
    ("sztuka", None),
    # rękodzieło
    ("haft", "rękodzieło"),
    ("haft krzyżykowy", "haft"),
    ("haft richelieu", "haft"),
    ("koronkarstwo", "rękodzieło"),
    ("kowalstwo", "rękodzieło"),
    ("garncarstwo", "rękodzieło"),
    ("wikliniarstwo", "rękodzieło"),
    ("stolarstwo", "rękodzieło"),
    ("tkactwo", "rękodzieło"),
    ("pisankarstwo", "rękodzieło"),
    # hodowla
    ("pszczelarstwo", "hodowla"),
    ("gołębie pocztowe", "hodowla"),
    ("drób ozdobny", "hodowla"),
    # muzyka
    ("śpiew w zespole", "muzyka"),
    ("zespół ludowy", "muzyka"),
    ("kapela ludowa", "muzyka"),
    ("orkiestra dęta", "muzyka"),
    # sport i rekreacja
    ("wędkarstwo", "sport i rekreacja"),
    ("turystyka piesza", "sport i rekreacja"),
    ("kolarstwo", "sport i rekreacja"),
    ("piłka nożna", "sport i rekreacja"),
    # kulinaria
    ("wypiek chleba", "kulinaria"),
    ("przetwory", "kulinaria"),
    ("kuchnia regionalna", "kulinaria"),
    # historia lokalna
    ("kolekcjonerstwo", "historia lokalna"),
    ("genealogia", "historia lokalna"),
    ("pamiątki rodzinne", "historia lokalna"),
    ("zabytki", "historia lokalna"),
    # przyroda
    ("ogrodnictwo", "przyroda"),
    ("zielarstwo", "przyroda"),
    ("sadownictwo", "przyroda"),
    # technika
    ("modelarstwo", "technika"),
    ("krótkofalarstwo", "technika"),
    ("majsterkowanie", "technika"),
    # sztuka
    ("fotografia", "sztuka"),
    ("malarstwo", "sztuka"),
    ("rzeźba ludowa", "sztuka"),
)
"""A starter thesaurus of hobbies, crafts and topics: (label, parent label); parents come first."""

NARRATORS: tuple[DemoNarrator, ...] = (
    DemoNarrator(
        key="pszczelarz-karwow",
        name="Stanisław Wójcik",
        birth_year=1949,
        locality="Karwów",
        phone="+48 600 100 201",
        email=None,
        address="Karwów, ul. Przykładowa 12, 27-500 Opatów",
        bio=(
            "Pszczelarz z Karwowa, od ponad pięćdziesięciu lat prowadzi przydomową pasiekę "
            "przejętą po ojcu. Przez lata działał w kole pszczelarzy i pokazywał ule dzieciom "
            "ze szkół w Opatowie."
        ),
        passion="pszczelarstwo",
        interview_title="Pięćdziesiąt lat przy ulach",
        interview_date=date(2024, 6, 14),
        interview_place="Karwów, pasieka narratora",
        summary=(
            "Stanisław Wójcik opowiada o pasiece przejętej po ojcu, o dawnych ulach słomianych "
            "i o miodobraniu. Mówi o zmianach w pszczelarstwie, chorobach pszczół i opryskach, "
            "a także o wnuku, który chce przejąć pasiekę."
        ),
        interviewer=_ANNA,
        cues=(
            DemoCue(
                600, 5000, _ANNA, "Panie Stanisławie, jak to się zaczęło? Pamięta pan swoje pierwsze ule?"
            ),
            DemoCue(
                5600,
                17800,
                "Stanisław Wójcik",
                (
                    "Pamiętam, jakby to było wczoraj. Ojciec trzymał sześć uli za stodołą, jeszcze "
                    "słomianych, a ja od małego chodziłem za nim krok w krok. Pierwszy raz sam "
                    "zajrzałem do ula, jak miałem dwanaście lat."
                ),
            ),
            DemoCue(18600, 20300, _ANNA, "I nie bał się pan użądleń?"),
            DemoCue(
                20800,
                30900,
                "Stanisław Wójcik",
                (
                    "Kto się boi, ten nie powinien zajmować się pszczołami. Pszczoła wyczuje strach i "
                    "każdy nerwowy ruch. Ojciec zawsze powtarzał: spokojnie, powoli i z podkurzaczem."
                ),
            ),
            DemoCue(31600, 33600, _ANNA, "Jak wygląda u pana miodobranie?"),
            DemoCue(
                34000,
                45400,
                "Stanisław Wójcik",
                (
                    "Pierwszy miód jest z rzepaku, w maju, potem akacja i lipa. Gryczany był kiedyś, "
                    "jak tu więcej gryki siali, teraz rzadko. Wirówkę mam jeszcze po ojcu, ręczną, i do "
                    "dziś sam nią kręcę."
                ),
            ),
            DemoCue(46000, 48700, _ANNA, "Co się zmieniło przez te pięćdziesiąt lat?"),
            DemoCue(
                49500,
                60100,
                "Stanisław Wójcik",
                (
                    "Bardzo dużo. Dawniej pszczoły same sobie radziły, a dziś bez leczenia na warrozę "
                    "pasieka nie przetrwa zimy. Pola też są inne, mniej kwiatów na miedzach, więcej "
                    "oprysków."
                ),
            ),
            DemoCue(
                60400,
                76000,
                "Stanisław Wójcik",
                (
                    "Raz sąsiad opryskał rzepak w samo południe, jak pszczoły były w pełnym locie, i "
                    "straciłem prawie połowę rodzin. Była o to sprawa w gminie i walczyłem o "
                    "odszkodowanie, ale tej części proszę nie udostępniać, bo to sąsiad i dalej obok "
                    "siebie mieszkamy."
                ),
                closed=True,
            ),
            DemoCue(
                76700,
                82300,
                _ANNA,
                ("Oczywiście, ten fragment zaznaczymy jako zastrzeżony. A co chciałby pan przekazać wnukom?"),
            ),
            DemoCue(
                82700,
                93300,
                "Stanisław Wójcik",
                (
                    "Żeby szanowali pszczoły. Wnuk Kuba już mi pomaga przy przeglądach, ma własny "
                    "kapelusz z siatką. Jak on przejmie pasiekę, to będzie trzecie pokolenie Wójcików w "
                    "Karwowie."
                ),
            ),
        ),
        segments=(
            DemoSegment(
                0,
                "Początki pasieki",
                "Ule słomiane ojca, pierwsze samodzielne przeglądy i nauka spokoju przy pszczołach.",
                ("pasieka", "ule słomiane", "dzieciństwo"),
            ),
            DemoSegment(
                31600,
                "Miodobranie",
                "Miód rzepakowy, akacjowy i lipowy, dawny miód gryczany i ręczna wirówka po ojcu.",
                ("miodobranie", "miód lipowy", "wirówka"),
            ),
            DemoSegment(
                46000,
                "Zmiany w pszczelarstwie",
                "Warroza, opryski i coraz mniej kwiatów na miedzach.",
                ("warroza", "opryski", "zimowanie pszczół"),
            ),
            DemoSegment(
                76700,
                "Trzecie pokolenie",
                "Wnuk pomaga przy przeglądach i chce przejąć pasiekę.",
                ("wnuki", "tradycja rodzinna"),
            ),
        ),
        photos=(
            DemoPhoto(
                "pszczelarz-karwow-1.jpg",
                "Pasieka za stodołą w Karwowie",
                datetime(2024, 6, 14, 10, 42),
                (50.7714, 21.4047),
                ("samsung", "SM-A536B"),
            ),
            DemoPhoto(
                "pszczelarz-karwow-2.jpg",
                "Ojciec narratora przy ulach słomianych, około 1965 roku",
                datetime(1965, 7, 4, 12, 0),
                None,
                None,
            ),
        ),
        consent_scope="publish-with-name",
        audio_seconds=95,
    ),
    DemoNarrator(
        key="wedkarz-opatow",
        name="Józef Kaczmarek",
        birth_year=1956,
        locality="Opatów",
        phone="+48 600 100 202",
        email="j.kaczmarek@example.org",
        address="ul. Przykładowa 3, 27-500 Opatów",
        bio=(
            "Emerytowany kierowca autobusu, wędkuje od dzieciństwa. Przez wiele lat działał w "
            "miejscowym kole wędkarskim, był sędzią zawodów i organizował sprzątanie brzegów "
            "Opatówki."
        ),
        passion="wędkarstwo",
        interview_title="Cierpliwość nad wodą",
        interview_date=date(2024, 9, 21),
        interview_place="Opatów, dom kultury",
        summary=(
            "Józef Kaczmarek wspomina dzieciństwo nad Opatówką, wyprawy nad Wisłę i suma "
            "złowionego w 1987 roku. Opowiada o zawodach dla dzieci, sprzątaniu brzegów i o "
            "tym, czego uczy wędkarstwo."
        ),
        interviewer=_PIOTR,
        cues=(
            DemoCue(600, 3000, _PIOTR, "Panie Józefie, skąd u pana wędkarstwo?"),
            DemoCue(
                3600,
                14100,
                "Józef Kaczmarek",
                (
                    "Od dziadka. Zabierał mnie nad Opatówkę, jeszcze zanim poszedłem do szkoły. Wędka "
                    "była z leszczyny, a spławik z gęsiego pióra. Łowiło się płotki, kiełbie, czasem "
                    "klenia."
                ),
            ),
            DemoCue(14900, 17100, _PIOTR, "A gdzie się łowiło w samym mieście?"),
            DemoCue(
                17600,
                27600,
                "Józef Kaczmarek",
                (
                    "W Opatowie chodziliśmy całą bandą za młyn, tam była głębsza woda. Potem, jak już "
                    "miałem motor, jeździło się na Wisłę pod Zawichost. To był zupełnie inny świat."
                ),
            ),
            DemoCue(28300, 30500, _PIOTR, "Pamięta pan swoją największą rybę?"),
            DemoCue(
                30900,
                41600,
                "Józef Kaczmarek",
                (
                    "Sum, prawie dwa metry, w osiemdziesiątym siódmym. Holowałem go chyba czterdzieści "
                    "minut i jeszcze wieczorem trzęsły mi się ręce. Zdjęcie do dziś wisi u mnie w "
                    "przedpokoju."
                ),
            ),
            DemoCue(42200, 44100, _PIOTR, "Startował pan też w zawodach?"),
            DemoCue(
                44900,
                58500,
                "Józef Kaczmarek",
                (
                    "Startowałem, a potem przez dwadzieścia lat sędziowałem na zawodach wędkarskich w "
                    "całym województwie. Najbardziej lubiłem te dla dzieci. Jak maluch złowi pierwszą "
                    "rybkę, to ma taką minę, że warto było wstać o czwartej."
                ),
            ),
            DemoCue(59000, 61500, _PIOTR, "Co się zmieniło nad wodą przez te lata?"),
            DemoCue(
                62200,
                71700,
                "Józef Kaczmarek",
                (
                    "Ryb jest mniej, a śmieci więcej, niestety. Dlatego co wiosnę sprzątamy brzegi. Ale "
                    "ludzie są bardziej świadomi, dużo młodych wypuszcza ryby z powrotem."
                ),
            ),
            DemoCue(72100, 74900, _PIOTR, "Co by pan powiedział komuś, kto chce zacząć?"),
            DemoCue(
                75500,
                86000,
                "Józef Kaczmarek",
                (
                    "Żeby się nie spieszył. Wędkarstwo uczy cierpliwości, a nad wodą człowiek najlepiej "
                    "odpoczywa. Sprzęt nie musi być drogi, ważne, żeby słuchać starszych i szanować "
                    "wodę."
                ),
            ),
        ),
        segments=(
            DemoSegment(
                0,
                "Dzieciństwo nad Opatówką",
                "Pierwsze wyprawy z dziadkiem, wędka z leszczyny i łowienie za młynem.",
                ("Opatówka", "dziadek", "dzieciństwo"),
            ),
            DemoSegment(
                28300,
                "Sum z osiemdziesiątego siódmego",
                "Największa ryba w życiu narratora, złowiona w Wiśle.",
                ("sum", "Wisła", "Zawichost"),
            ),
            DemoSegment(
                42200,
                "Zawody i koło wędkarskie",
                "Starty i sędziowanie, zawody dla dzieci, wiosenne sprzątanie brzegów.",
                ("zawody wędkarskie", "sędzia", "ochrona przyrody"),
            ),
        ),
        photos=(
            DemoPhoto(
                "wedkarz-opatow-1.jpg",
                "Józef Kaczmarek z sumem złowionym w Wiśle, 1987",
                datetime(1987, 8, 9, 6, 30),
                None,
                None,
            ),
            DemoPhoto(
                "wedkarz-opatow-2.jpg",
                "Zawody wędkarskie dla dzieci nad stawem",
                datetime(2023, 6, 3, 8, 15),
                (50.8047, 21.4405),
                ("Canon", "Canon EOS 2000D"),
            ),
        ),
        consent_scope="publish-with-name",
        audio_seconds=87,
    ),
    DemoNarrator(
        key="hafciarka-jurkowice",
        name="Zofia Baran",
        birth_year=1944,
        locality="Jurkowice",
        phone="+48 600 100 203",
        email=None,
        address="Jurkowice, ul. Przykładowa 7, 27-500 Opatów",
        bio=(
            "Hafciarka z Jurkowic, haftu uczyła się od matki. Jej serwety i obrusy wyszywane "
            "krzyżykami i haftem richelieu pokazywano na wystawach w Opatowie i w Kielcach."
        ),
        passion="haft",
        interview_title="Obrus na całą zimę",
        interview_date=date(2024, 11, 8),
        interview_place="Jurkowice, dom narratorki",
        summary=(
            "Zofia Baran opowiada o nauce haftu od matki, o wyszywaniu wyprawy i o technice "
            "haftu richelieu. Wspomina wystawy swoich prac i obrus dożynkowy, a na koniec mówi "
            "o przekazywaniu wzorów wnuczce."
        ),
        interviewer=_EWA,
        cues=(
            DemoCue(600, 3100, _EWA, "Pani Zofio, kto panią nauczył haftować?"),
            DemoCue(
                3700,
                13900,
                "Zofia Baran",
                (
                    "Mama. Zimą siedziałyśmy przy lampie naftowej, ona szyła, a ja na kawałku płótna "
                    "robiłam krzyżyki. Jak wyszło krzywo, to prułam i zaczynałam od nowa, aż było "
                    "równo."
                ),
            ),
            DemoCue(14700, 16900, _EWA, "Co się wtedy najczęściej wyszywało?"),
            DemoCue(
                17400,
                27300,
                "Zofia Baran",
                (
                    "Ręczniki, serwetki na stół, poszewki. Każda dziewczyna szykowała sobie wyprawę, to "
                    "i haftowała od młodości. Wzory przerysowywało się od sąsiadek albo z gazet."
                ),
            ),
            DemoCue(
                28000, 32300, _EWA, "Pokazała nam pani obrus z białym haftem ażurowym. Jak się taki robi?"
            ),
            DemoCue(
                32700,
                42700,
                "Zofia Baran",
                (
                    "To jest richelieu. Najpierw obszywa się wzór dziurką, gęsto, ścieg przy ściegu, a "
                    "potem małymi nożyczkami wycina się tło. Jedno złe cięcie i cała praca na nic."
                ),
            ),
            DemoCue(43300, 45300, _EWA, "Ile czasu szyje się taki obrus?"),
            DemoCue(
                46100,
                55000,
                "Zofia Baran",
                (
                    "Ten duży, na stół wigilijny, szyłam całą zimę, wieczorami, jak już obrządek był "
                    "zrobiony. Teraz oczy już nie te, ale serwetkę jeszcze zrobię."
                ),
            ),
            DemoCue(55500, 57700, _EWA, "Pani prace pokazywano na wystawach."),
            DemoCue(
                58400,
                67100,
                "Zofia Baran",
                (
                    "Tak, kilka razy w domu kultury w Opatowie i raz w Kielcach. Ale największa radość "
                    "była, jak obrus z kłosami położyli na ołtarzu na dożynki."
                ),
            ),
            DemoCue(67500, 70400, _EWA, "Czy ktoś w rodzinie przejął pani umiejętności?"),
            DemoCue(
                71000,
                79700,
                "Zofia Baran",
                (
                    "Synowa trochę szyje, a wnuczka Ola wypytuje o wzory i ogląda filmiki w internecie. "
                    "Dałam jej moje zeszyty ze wzorami, niech nie przepadną."
                ),
            ),
        ),
        segments=(
            DemoSegment(
                0,
                "Nauka haftu od matki",
                "Zimowe wieczory przy lampie naftowej i haft krzyżykowy na wyprawę.",
                ("haft krzyżykowy", "wyprawa", "matka"),
            ),
            DemoSegment(
                28000,
                "Haft richelieu",
                "Jak obszywa się wzór dziurką i wycina tło; obrus wigilijny szyty przez całą zimę.",
                ("richelieu", "obrus", "Wigilia"),
            ),
            DemoSegment(
                55500,
                "Wystawy i wzory dla wnuczki",
                "Wystawy w Opatowie i w Kielcach, obrus dożynkowy, zeszyty ze wzorami.",
                ("wystawa", "dożynki", "wnuczka"),
            ),
        ),
        photos=(
            DemoPhoto(
                "hafciarka-jurkowice-1.jpg",
                "Obrus z haftem richelieu wyszyty przez Zofię Baran",
                datetime(2024, 11, 8, 13, 20),
                (50.7861, 21.4588),
                ("Apple", "iPhone 13"),
            ),
            DemoPhoto(
                "hafciarka-jurkowice-2.jpg",
                "Zofia Baran z matką przed domem w Jurkowicach, 1962",
                datetime(1962, 5, 20, 15, 0),
                None,
                None,
            ),
        ),
        consent_scope="publish-with-name",
        audio_seconds=81,
    ),
    DemoNarrator(
        key="golebiarz-kobylany",
        name="Henryk Piątek",
        birth_year=1952,
        locality="Kobylany",
        phone="+48 600 100 204",
        email=None,
        address="Kobylany, ul. Przykładowa 21, 27-500 Opatów",
        bio=(
            "Hodowca gołębi pocztowych z Kobylan, członek związku hodowców od 1975 roku. Jego "
            "ptaki wracały do domu z lotów na ponad siedemset kilometrów."
        ),
        passion="gołębie pocztowe",
        interview_title="Gołębie, które zawsze wracają",
        interview_date=date(2025, 3, 15),
        interview_place="Kobylany, gołębnik narratora",
        summary=(
            "Hodowca z Kobylan opowiada o półwieczu hodowli gołębi pocztowych, o lotach "
            "konkursowych i o gołębicy, która wróciła z Niemiec w czasie burzy. Mówi też o "
            "codziennej pracy przy gołębniku i o pomocy młodym hodowcom."
        ),
        interviewer=_PIOTR,
        cues=(
            DemoCue(600, 2200, _PIOTR, "Ile ma pan teraz gołębi?"),
            DemoCue(
                2800,
                12800,
                "Henryk Piątek",
                (
                    "Teraz około osiemdziesięciu, kiedyś bywało i dwieście. Wie pan, gołębie pocztowe "
                    "to nie jest hobby na chwilę. To codzienna robota, rano i wieczorem, bez urlopu."
                ),
            ),
            DemoCue(13600, 15200, _PIOTR, "Skąd się wzięła ta pasja?"),
            DemoCue(
                15700,
                25700,
                "Henryk Piątek",
                (
                    "Starszy kolega ze szkoły miał gołębnik na strychu. Dał mi parę młodych, jak miałem "
                    "czternaście lat, i tak już zostało. Matka narzekała, że cały strych w pierzu."
                ),
            ),
            DemoCue(26400, 28300, _PIOTR, "Jak wyglądają loty konkursowe?"),
            DemoCue(
                28700,
                43500,
                "Henryk Piątek",
                (
                    "Każdy gołąb ma obrączkę z numerem. Wiezie się je specjalnym samochodem na miejsce "
                    "wypuszczenia, czasem aż do Niemiec, a potem każdy czeka przy gołębniku i liczy "
                    "minuty. Liczy się prędkość, a nie tylko to, kto pierwszy usiądzie na dachu."
                ),
            ),
            DemoCue(44100, 46200, _PIOTR, "Pamięta pan jakiś szczególny lot?"),
            DemoCue(
                47000,
                57400,
                "Henryk Piątek",
                (
                    "Była taka gołębica, nazywaliśmy ją Siwa. Wróciła z Niemiec w straszną burzę, jako "
                    "jedna z pierwszych w całym oddziale. Żona się popłakała, jak ją zobaczyła na "
                    "dachu."
                ),
            ),
            DemoCue(57900, 59900, _PIOTR, "Co jest najważniejsze w hodowli?"),
            DemoCue(
                60600,
                69300,
                "Henryk Piątek",
                (
                    "Zdrowie ptaków i spokój w gołębniku. Musi być czysto, woda świeża, dobra karma. I "
                    "cierpliwość, bo na dobrego lotnika pracuje się kilka lat."
                ),
            ),
            DemoCue(69700, 72200, _PIOTR, "Czy młodzi jeszcze chcą hodować gołębie?"),
            DemoCue(
                72800,
                82300,
                "Henryk Piątek",
                (
                    "Mniej niż kiedyś, to prawda. Ale w oddziale mamy dwóch młodych chłopaków, jeden "
                    "jest z Opatowa, i pomagam im, jak mogę. Dałem im już kilka par na start."
                ),
            ),
        ),
        segments=(
            DemoSegment(
                0,
                "Gołębnik na strychu",
                "Początki hodowli i codzienna praca przy gołębiach.",
                ("gołębnik", "młodość", "hodowla"),
            ),
            DemoSegment(
                26400,
                "Loty konkursowe",
                "Obrączki, transport ptaków, oczekiwanie przy gołębniku i historia gołębicy Siwej.",
                ("loty konkursowe", "obrączka", "Niemcy"),
            ),
            DemoSegment(
                57900,
                "Hodowla dziś",
                "Zdrowie ptaków, cierpliwość i pomoc młodym hodowcom z okolicy.",
                ("młodzi hodowcy", "oddział związku"),
            ),
        ),
        photos=(
            DemoPhoto(
                "golebiarz-kobylany-1.jpg",
                "Gołębnik w Kobylanach przed sezonem lotów",
                datetime(2025, 3, 15, 11, 5),
                (50.8286, 21.3921),
                ("Xiaomi", "Redmi Note 12"),
            ),
            DemoPhoto(
                "golebiarz-kobylany-2.jpg",
                "Gołębie wypuszczone na lot treningowy",
                datetime(2024, 7, 20, 7, 10),
                (50.8279, 21.3947),
                ("Xiaomi", "Redmi Note 12"),
            ),
        ),
        consent_scope="publish",
        audio_seconds=84,
    ),
    DemoNarrator(
        key="kowal-strzyzow",
        name="Edward Kwiatkowski",
        birth_year=1947,
        locality="Strzyżów",
        phone="+48 600 100 205",
        email=None,
        address="Strzyżów, ul. Przykładowa 5, 27-500 Opatów",
        bio=(
            "Kowal ze Strzyżowa, trzecie pokolenie w zawodzie. Przez lata podkuwał konie i "
            "robił narzędzia dla gospodarzy z całej okolicy, a dziś wykuwa bramy i balustrady "
            "oraz pokazuje dzieciom dawną pracę kuźni."
        ),
        passion="kowalstwo",
        interview_title="Kuźnia przy drodze",
        interview_date=date(2025, 5, 9),
        interview_place="Strzyżów, kuźnia",
        summary=(
            "Edward Kwiatkowski opowiada o kuźni zbudowanej przez dziadka, o pracy wiejskiego "
            "kowala i o nauce zawodu u ojca. Mówi o wyczuciu żelaza, o dzisiejszych "
            "zamówieniach i o tym, komu przekazuje umiejętności."
        ),
        interviewer=_ANNA,
        cues=(
            DemoCue(600, 3500, _ANNA, "Panie Edwardzie, od jak dawna stoi ta kuźnia?"),
            DemoCue(
                4100,
                13500,
                "Edward Kwiatkowski",
                (
                    "Postawił ją dziadek jeszcze przed wojną, zaraz przy drodze, żeby gospodarze mieli "
                    "blisko. To kowadło jest po nim, ma ponad sto lat i ani jednej rysy."
                ),
            ),
            DemoCue(14300, 16300, _ANNA, "Czym się zajmował kowal na wsi?"),
            DemoCue(
                16800,
                26500,
                "Edward Kwiatkowski",
                (
                    "Wszystkim, co z żelaza. Podkowy, okucia do wozów, lemiesze, motyki, zawiasy. Przed "
                    "żniwami była kolejka, bo każdy chciał mieć wszystko naprawione na czas."
                ),
            ),
            DemoCue(27200, 29400, _ANNA, "Pamięta pan, jak pan sam zaczynał?"),
            DemoCue(
                29800,
                42300,
                "Edward Kwiatkowski",
                (
                    "Najpierw dmuchałem miechem, bo do niczego innego byłem za mały. Potem ojciec dał "
                    "mi młotek i pozwolił prostować gwoździe. Pierwszą podkowę wykułem w wieku "
                    "szesnastu lat i była krzywa jak nie wiem co."
                ),
            ),
            DemoCue(42900, 45100, _ANNA, "Co jest najtrudniejsze w tej pracy?"),
            DemoCue(
                45900,
                56300,
                "Edward Kwiatkowski",
                (
                    "Wyczuć żelazo. Trzeba je nagrzać do odpowiedniego koloru, nie za mało i nie za "
                    "dużo, i uderzyć we właściwym momencie. Tego się z książki nie nauczy, to jest w "
                    "rękach."
                ),
            ),
            DemoCue(56800, 58500, _ANNA, "Podkuwa pan jeszcze konie?"),
            DemoCue(
                59200,
                68600,
                "Edward Kwiatkowski",
                (
                    "Rzadko, bo koni prawie już nie ma. Teraz robię balustrady, bramy, świeczniki. "
                    "Ludzie chcą czegoś ręcznie robionego, a nie z marketu, i to mnie cieszy."
                ),
            ),
            DemoCue(69000, 70600, _ANNA, "Czy ktoś przejmie kuźnię?"),
            DemoCue(
                71200,
                81200,
                "Edward Kwiatkowski",
                (
                    "Syn pracuje w Ostrowcu, ale w soboty przychodzi i kuje ze mną. Dzieciom ze szkoły "
                    "pokazuję, jak iskry lecą spod młota. Póki ręce pozwolą, kuźnia będzie czynna."
                ),
            ),
        ),
        segments=(
            DemoSegment(
                0,
                "Kuźnia dziadka",
                "Kuźnia sprzed wojny, stuletnie kowadło i praca wiejskiego kowala przed żniwami.",
                ("kuźnia", "dziadek", "podkowy"),
            ),
            DemoSegment(
                27200,
                "Nauka u ojca",
                "Miech, prostowanie gwoździ, pierwsza podkowa i wyczucie żelaza.",
                ("nauka zawodu", "miech", "żelazo"),
            ),
            DemoSegment(
                56800,
                "Kowalstwo dziś",
                "Bramy i balustrady zamiast podków; syn i dzieci ze szkoły w kuźni.",
                ("kowalstwo artystyczne", "następca", "pokazy"),
            ),
        ),
        photos=(
            DemoPhoto(
                "kowal-strzyzow-1.jpg",
                "Kuźnia w Strzyżowie, pokaz kucia podkowy",
                datetime(2025, 5, 9, 10, 0),
                (50.7893, 21.3752),
                ("NIKON CORPORATION", "NIKON D3500"),
            ),
            DemoPhoto(
                "kowal-strzyzow-2.jpg",
                "Dziadek i ojciec narratora przed kuźnią, 1958",
                datetime(1958, 9, 14, 14, 0),
                None,
                None,
            ),
            DemoPhoto(
                "kowal-strzyzow-3.jpg",
                "Brama wykuta przez Edwarda Kwiatkowskiego",
                datetime(2023, 10, 2, 14, 30),
                (50.7921, 21.3766),
                ("NIKON CORPORATION", "NIKON D3500"),
            ),
        ),
        consent_scope="publish-with-name",
        audio_seconds=83,
    ),
    DemoNarrator(
        key="spiewaczka-balbinow",
        name="Krystyna Wrona",
        birth_year=1951,
        locality="Balbinów",
        phone="+48 600 100 206",
        email="k.wrona@example.org",
        address="Balbinów, ul. Przykładowa 9, 27-500 Opatów",
        bio=(
            "Śpiewaczka, współzałożycielka zespołu śpiewaczego przy Kole Gospodyń Wiejskich w "
            "Balbinowie. Zna na pamięć dziesiątki pieśni obrzędowych i przyśpiewek, których "
            "nauczyła się od matki i sąsiadek."
        ),
        passion="śpiew w zespole",
        interview_title="Pieśni z Balbinowa",
        interview_date=date(2025, 6, 12),
        interview_place="Balbinów, świetlica wiejska",
        summary=(
            "Krystyna Wrona opowiada o powstaniu zespołu śpiewaczego przy Kole Gospodyń "
            "Wiejskich w Balbinowie, o zbieraniu pieśni od starszych kobiet i o próbach w "
            "świetlicy. Wspomina nagranie płyty i pieśń, której nauczyła się od matki."
        ),
        interviewer=_EWA,
        cues=(
            DemoCue(600, 3600, _EWA, "Pani Krystyno, od czego zaczął się wasz zespół?"),
            DemoCue(
                4200,
                16800,
                "Krystyna Wrona",
                (
                    "Od wesela, jak to u nas. Śpiewałyśmy z sąsiadkami na oczepinach, a ktoś z gminy "
                    "usłyszał i powiedział, że szkoda, żeby to przepadło. Tak w osiemdziesiątym trzecim "
                    "założyłyśmy zespół przy kole gospodyń."
                ),
            ),
            DemoCue(17600, 19200, _EWA, "Skąd brałyście pieśni?"),
            DemoCue(
                19700,
                29500,
                "Krystyna Wrona",
                (
                    "Od starszych kobiet. Chodziłyśmy do babć, one śpiewały, a my zapisywałyśmy w "
                    "zeszytach. Niektóre pieśni żniwne i weselne znała już tylko jedna osoba we wsi."
                ),
            ),
            DemoCue(30200, 31800, _EWA, "Jak wyglądały próby?"),
            DemoCue(
                32200,
                43900,
                "Krystyna Wrona",
                (
                    "Zimą w świetlicy, raz w tygodniu, po obrządku. Każda przynosiła coś do jedzenia, "
                    "bo próba to było też spotkanie, żeby pogadać i się pośmiać. Latem śpiewało się na "
                    "dożynkach i przeglądach."
                ),
            ),
            DemoCue(44500, 46100, _EWA, "Nagrałyście też płytę."),
            DemoCue(
                46900,
                59600,
                "Krystyna Wrona",
                (
                    "Tak, i to było wielkie przeżycie. Dopiero dzięki studiu nagraniowemu w domu "
                    "kultury w Opatowie usłyszałyśmy, jak naprawdę brzmimy. Wcześniej były tylko "
                    "nagrania na kasetach, a z nich już mało co słychać."
                ),
            ),
            DemoCue(60100, 62200, _EWA, "Która pieśń jest pani najbliższa?"),
            DemoCue(
                62900,
                72700,
                "Krystyna Wrona",
                (
                    "Ta o jaskółce, którą mama śpiewała przy pieleniu lnu. Jak ją śpiewam, to widzę "
                    "nasze pole i mamę w chustce. Zawsze mi się głos łamie przy ostatniej zwrotce."
                ),
            ),
            DemoCue(73100, 74800, _EWA, "Co będzie dalej z zespołem?"),
            DemoCue(
                75400,
                86100,
                "Krystyna Wrona",
                (
                    "Jest nas coraz mniej, niektóre koleżanki już odeszły. Ale przyszły dwie młode "
                    "dziewczyny, pięknie śpiewają i uczą się od nas. Póki jest komu śpiewać, te pieśni "
                    "nie zaginą."
                ),
            ),
        ),
        segments=(
            DemoSegment(
                0,
                "Początki zespołu",
                "Śpiew na weselach, założenie zespołu w 1983 roku i zbieranie pieśni od starszych kobiet.",
                ("koło gospodyń wiejskich", "oczepiny", "pieśni weselne"),
            ),
            DemoSegment(
                30200,
                "Próby i nagranie płyty",
                "Zimowe próby w świetlicy, występy na dożynkach i nagranie w studiu.",
                ("próby", "dożynki", "nagranie płyty"),
            ),
            DemoSegment(
                60100,
                "Pieśń matki",
                "Pieśń o jaskółce śpiewana przy pieleniu lnu i przyszłość zespołu.",
                ("pieśni obrzędowe", "matka", "młode pokolenie"),
            ),
        ),
        photos=(
            DemoPhoto(
                "spiewaczka-balbinow-1.jpg",
                "Zespół śpiewaczy z Balbinowa na dożynkach gminnych",
                datetime(2019, 9, 1, 14, 20),
                (50.8126, 21.4552),
                ("Canon", "Canon PowerShot SX620 HS"),
            ),
            DemoPhoto(
                "spiewaczka-balbinow-2.jpg",
                "Pierwszy występ zespołu w strojach ludowych, 1984",
                datetime(1984, 6, 17, 16, 0),
                None,
                None,
            ),
        ),
        consent_scope="publish-with-name",
        audio_seconds=88,
    ),
    DemoNarrator(
        key="modelarz-lipowa",
        name="Andrzej Szymański",
        birth_year=1968,
        locality="Lipowa",
        phone="+48 600 100 207",
        email="a.szymanski@example.org",
        address="Lipowa, ul. Przykładowa 2, 27-500 Opatów",
        bio=(
            "Modelarz z Lipowej, od szkoły podstawowej buduje modele samolotów i budynków. Od "
            "kilku lat pracuje nad makietą Opatowa z okresu międzywojennego, odtwarzaną na "
            "podstawie starych fotografii."
        ),
        passion="modelarstwo",
        interview_title="Opatów w skali jeden do stu",
        interview_date=date(2025, 10, 4),
        interview_place="Lipowa, pracownia narratora",
        summary=(
            "Andrzej Szymański opowiada o modelach kartonowych i szybowcach budowanych w "
            "dzieciństwie oraz o makiecie przedwojennego Opatowa, nad którą pracuje od kilku "
            "lat. Mówi o odtwarzaniu budynków ze starych zdjęć i o planach wystawienia makiety."
        ),
        interviewer=_PIOTR,
        cues=(
            DemoCue(600, 4000, _PIOTR, "Panie Andrzeju, od czego zaczęło się pana modelarstwo?"),
            DemoCue(
                4600,
                15400,
                "Andrzej Szymański",
                (
                    "Od kartonowych modeli z „Małego Modelarza”. Kupowało się zeszyt w kiosku, wycinało "
                    "nożyczkami i kleiło wikolem. Pierwszy był samolot, do dziś pamiętam zapach kleju i "
                    "farby."
                ),
            ),
            DemoCue(16200, 18000, _PIOTR, "Była wtedy jakaś modelarnia?"),
            DemoCue(
                18500,
                30700,
                "Andrzej Szymański",
                (
                    "Była, w domu kultury w Opatowie, prowadził ją nasz nauczyciel techniki. Tam "
                    "pierwszy raz zbudowałem model latający, szybowiec z listewek balsowych. "
                    "Puszczaliśmy je całą grupą na łące za miastem."
                ),
            ),
            DemoCue(31400, 33400, _PIOTR, "Teraz buduje pan makietę miasta."),
            DemoCue(
                33800,
                47000,
                "Andrzej Szymański",
                (
                    "Tak, Opatów z lat trzydziestych, w skali jeden do stu. Jest już kolegiata, Brama "
                    "Warszawska i kawałek rynku. Każdy dom odtwarzam ze starych zdjęć, a jak czegoś na "
                    "nich nie widać, pytam najstarszych mieszkańców."
                ),
            ),
            DemoCue(47600, 49600, _PIOTR, "Ile czasu zajmuje jeden budynek?"),
            DemoCue(
                50400,
                59100,
                "Andrzej Szymański",
                (
                    "Kolegiata zajęła mi prawie rok. Same okna i detale fasady to były tygodnie pracy z "
                    "pęsetą i lupą. Zwykła kamienica to miesiąc, czasem dwa."
                ),
            ),
            DemoCue(59600, 61900, _PIOTR, "Gdzie będzie można zobaczyć makietę?"),
            DemoCue(
                62600,
                72800,
                "Andrzej Szymański",
                (
                    "Na razie stoi u mnie w pracowni, ale rozmawiamy z domem kultury, żeby wystawić ją "
                    "na stałe. Chciałbym, żeby dzieci zobaczyły, jak wyglądało miasto ich pradziadków."
                ),
            ),
            DemoCue(73200, 75200, _PIOTR, "Czego nauczyło pana modelarstwo?"),
            DemoCue(
                75800,
                87000,
                "Andrzej Szymański",
                (
                    "Cierpliwości i patrzenia na szczegóły. Zacząłem inaczej chodzić po mieście, "
                    "zadzieram głowę i oglądam gzymsy, dachy, kominy. Ludzie się śmieją, że pan od "
                    "makiety znowu coś mierzy."
                ),
            ),
        ),
        segments=(
            DemoSegment(
                0,
                "Modele z dzieciństwa",
                "Modele kartonowe z „Małego Modelarza” i szybowce z modelarni w domu kultury.",
                ("modele kartonowe", "szybowce", "modelarnia"),
            ),
            DemoSegment(
                31400,
                "Makieta Opatowa",
                (
                    "Makieta miasta z lat trzydziestych: kolegiata, Brama Warszawska, rynek; praca ze "
                    "starymi zdjęciami."
                ),
                ("makieta", "kolegiata", "Brama Warszawska", "dawny Opatów"),
            ),
        ),
        photos=(
            DemoPhoto(
                "modelarz-lipowa-1.jpg",
                "Makieta kolegiaty w pracowni w Lipowej",
                datetime(2025, 10, 4, 16, 30),
                (50.7782, 21.446),
                ("Apple", "iPhone 15"),
            ),
            DemoPhoto(
                "modelarz-lipowa-2.jpg",
                "Kolegiata w Opatowie, jeden z wzorów do makiety",
                datetime(2025, 4, 26, 9, 45),
                (50.8006, 21.4262),
                ("Apple", "iPhone 15"),
            ),
        ),
        consent_scope="research",
        access="research",
        audio_seconds=88,
    ),
    DemoNarrator(
        key="krotkofalowiec-czernikow",
        name="Ryszard Pawlak",
        birth_year=1950,
        locality="Czerników Opatowski",
        phone="+48 600 100 208",
        email="r.pawlak@example.org",
        address="Czerników Opatowski, ul. Przykładowa 4, 27-500 Opatów",
        bio=(
            "Krótkofalowiec z Czernikowa Opatowskiego, licencję zdobył w 1972 roku. Sam "
            "zbudował swoją pierwszą radiostację, a przez pół wieku nawiązał łączności z "
            "operatorami z ponad dwustu krajów."
        ),
        passion="krótkofalarstwo",
        interview_title="Na falach krótkich",
        interview_date=date(2024, 2, 17),
        interview_place="Czerników Opatowski, dom narratora",
        summary=(
            "Ryszard Pawlak opowiada o drodze do licencji krótkofalowca, o samodzielnie "
            "zbudowanej radiostacji i pierwszych łącznościach. Wspomina zawieszenie "
            "krótkofalowców w stanie wojennym i mówi o łączności kryzysowej dziś."
        ),
        interviewer=_ANNA,
        cues=(
            DemoCue(600, 4700, _ANNA, "Panie Ryszardzie, jak to się stało, że został pan krótkofalowcem?"),
            DemoCue(
                5300,
                17500,
                "Ryszard Pawlak",
                (
                    "Zaczęło się od radia Pionier, które ojciec kupił w Opatowie. Kręciłem gałką po "
                    "falach krótkich i słyszałem gwizdy, alfabet Morse'a, obce języki. Chciałem "
                    "wiedzieć, kto tam nadaje na drugim końcu."
                ),
            ),
            DemoCue(18300, 20100, _ANNA, "Trudno było zdobyć licencję?"),
            DemoCue(
                20600,
                33100,
                "Ryszard Pawlak",
                (
                    "Trzeba było nauczyć się telegrafii, przepisów i elektroniki, a potem zdać egzamin "
                    "przed komisją. Na pozwolenie czekałem prawie rok. Pierwszą radiostację złożyłem "
                    "sam, z części ze starych telewizorów."
                ),
            ),
            DemoCue(33800, 35700, _ANNA, "Pamięta pan pierwszą łączność?"),
            DemoCue(
                36100,
                45600,
                "Ryszard Pawlak",
                (
                    "Z kolegą spod Kielc, telegrafią. Ręce mi się trzęsły na kluczu. A pierwszą dalszą "
                    "łączność miałem z Finlandią i jego karta QSL do dziś wisi nad stołem."
                ),
            ),
            DemoCue(46200, 49400, _ANNA, "Co się działo z krótkofalowcami w stanie wojennym?"),
            DemoCue(
                50200,
                62300,
                "Ryszard Pawlak",
                (
                    "Zawieszono wszystkie licencje, a sprzęt trzeba było oddać do depozytu. Przez ponad "
                    "rok w domu było cicho. Wiem, kto wtedy na mnie doniósł, ale o tym niech ludzie "
                    "dowiedzą się dopiero po latach."
                ),
            ),
            DemoCue(62800, 65200, _ANNA, "A jak wygląda krótkofalarstwo dzisiaj?"),
            DemoCue(
                65900,
                76600,
                "Ryszard Pawlak",
                (
                    "Dużo się zmieniło. Są komputery, łączności cyfrowe, można rozmawiać przez "
                    "satelity. Ale ja dalej najbardziej lubię telegrafię, wieczorem, na falach "
                    "krótkich, jak za młodu."
                ),
            ),
            DemoCue(
                77000, 81300, _ANNA, "Czy krótkofalowcy są jeszcze potrzebni, skoro wszyscy mają telefony?"
            ),
            DemoCue(
                81900,
                93600,
                "Ryszard Pawlak",
                (
                    "Jak wysiądzie prąd i sieć komórkowa, to radio zostaje. Ćwiczymy łączność kryzysową "
                    "ze strażą pożarną, a przy wichurach kilka razy to my przekazywaliśmy wiadomości, "
                    "zanim naprawili linie."
                ),
            ),
        ),
        segments=(
            DemoSegment(
                0,
                "Radio Pionier",
                "Nasłuchy na falach krótkich w dzieciństwie, egzamin i pierwsza własna radiostacja.",
                ("radio Pionier", "licencja", "telegrafia"),
            ),
            DemoSegment(
                33800,
                "Pierwsze łączności",
                "Łączność z kolegą spod Kielc i pierwsza karta QSL z Finlandii.",
                ("łączność", "karta QSL", "Finlandia"),
            ),
            DemoSegment(
                46200,
                "Stan wojenny",
                "Zawieszenie licencji i oddanie sprzętu do depozytu.",
                ("stan wojenny", "depozyt sprzętu"),
            ),
            DemoSegment(
                62800,
                "Krótkofalarstwo dziś",
                "Łączności cyfrowe i satelitarne, telegrafia i łączność kryzysowa.",
                ("łączność kryzysowa", "straż pożarna", "satelity"),
            ),
        ),
        photos=(
            DemoPhoto(
                "krotkofalowiec-czernikow-1.jpg",
                "Radiostacja i karty QSL nad stołem",
                datetime(2024, 2, 17, 12, 10),
                (50.7764, 21.4601),
                ("OnePlus", "Nord CE 3"),
            ),
            DemoPhoto(
                "krotkofalowiec-czernikow-2.jpg",
                "Antena na maszcie za domem w Czernikowie Opatowskim, 1979",
                datetime(1979, 4, 22, 11, 0),
                None,
                None,
            ),
        ),
        consent_scope="publish-with-name",
        embargo_until=date(2031, 1, 1),
        audio_seconds=95,
    ),
    DemoNarrator(
        key="piekarka-tomaszow",
        name="Stefania Kubicka",
        birth_year=1941,
        locality="Tomaszów",
        phone="+48 600 100 209",
        email=None,
        address="Tomaszów, ul. Przykładowa 16, 27-500 Opatów",
        bio=(
            "Gospodyni z Tomaszowa, przez ponad sześćdziesiąt lat piekła chleb na zakwasie w "
            "piecu chlebowym w rodzinnym domu. Jej chleb żytni znają sąsiedzi z całej okolicy."
        ),
        passion="wypiek chleba",
        interview_title="Chleb z własnego pieca",
        interview_date=date(2026, 1, 24),
        interview_place="Tomaszów, dom narratorki",
        summary=(
            "Stefania Kubicka opowiada o pieczeniu chleba na zakwasie w piecu chlebowym, o "
            "zwyczajach związanych z chlebem i o wypiekach na wesela i święta. Mówi też o "
            "przekazywaniu przepisu wnuczce."
        ),
        interviewer=_EWA,
        cues=(
            DemoCue(600, 4500, _EWA, "Pani Stefanio, pamięta pani, kiedy pierwszy raz piekła chleb?"),
            DemoCue(
                5100,
                16100,
                "Stefania Kubicka",
                (
                    "Jak miałam może dziesięć lat. Mama była chora, a trzeba było upiec na cały "
                    "tydzień. Babcia siedziała na ławie i mówiła, co robić, a ja ugniatałam w dzieży, "
                    "aż mi ręce odpadały."
                ),
            ),
            DemoCue(16900, 18800, _EWA, "Jak się przygotowywało zakwas?"),
            DemoCue(
                19300,
                31400,
                "Stefania Kubicka",
                (
                    "Zakwas zawsze był w domu, w kamionkowym garnku. Po każdym pieczeniu zostawiało się "
                    "kawałek ciasta na następny raz. Jak ktoś we wsi nie miał, to przychodził pożyczyć, "
                    "i tak szło od domu do domu."
                ),
            ),
            DemoCue(32100, 34100, _EWA, "A jak wyglądało samo pieczenie?"),
            DemoCue(
                34500,
                48600,
                "Stefania Kubicka",
                (
                    "Piec trzeba było dobrze wygrzać drewnem, potem wygarnąć żar i wymieść popiół. "
                    "Bochenki kładło się na liściach kapusty albo chrzanu, żeby się nie przypaliły. A "
                    "zanim się napoczęło bochenek, robiło się na nim nożem znak krzyża."
                ),
            ),
            DemoCue(49200, 51300, _EWA, "Czy piekło się też coś od święta?"),
            DemoCue(
                52100,
                63900,
                "Stefania Kubicka",
                (
                    "Na wesele piekło się kołacz, na dożynki wielki bochen z mąki z nowego zboża, a na "
                    "Wielkanoc baby. Przed świętami cała wieś pachniała, bo każda gospodyni chciała, "
                    "żeby jej wyszło najlepiej."
                ),
            ),
            DemoCue(64400, 66300, _EWA, "Czy dziś jeszcze pani piecze?"),
            DemoCue(
                67000,
                76500,
                "Stefania Kubicka",
                (
                    "Piec chlebowy już się rozsypał, ale piekę w piekarniku, raz na dwa tygodnie. "
                    "Wnuczka nagrywa telefonem, jak ugniatam, bo mówi, że inaczej nie zapamięta."
                ),
            ),
            DemoCue(76900, 80400, _EWA, "Zgodziła się pani, żeby to nagranie zostało w archiwum."),
            DemoCue(
                81000,
                90500,
                "Stefania Kubicka",
                (
                    "Niech zostanie, dla rodziny i dla tych, co przyjdą po nas. Tylko żeby mnie w "
                    "internecie nie pokazywali, ja tego nie lubię. Ale przepis niech nie zginie."
                ),
            ),
        ),
        segments=(
            DemoSegment(
                0,
                "Pierwszy chleb",
                "Pieczenie na cały tydzień pod okiem babci i zakwas pożyczany od sąsiadów.",
                ("zakwas", "dzieża", "babcia"),
            ),
            DemoSegment(
                32100,
                "Piec chlebowy",
                "Wygrzewanie pieca, bochenki na liściach kapusty i znak krzyża na chlebie.",
                ("piec chlebowy", "liście kapusty", "znak krzyża"),
            ),
            DemoSegment(
                49200,
                "Chleb od święta i dziś",
                "Kołacz weselny, bochen dożynkowy, baby wielkanocne; pieczenie z wnuczką.",
                ("kołacz", "dożynki", "Wielkanoc", "wnuczka"),
            ),
        ),
        photos=(
            DemoPhoto(
                "piekarka-tomaszow-1.jpg",
                "Bochenki chleba żytniego upieczone przez Stefanię Kubicką",
                datetime(2026, 1, 24, 11, 40),
                (50.8231, 21.4638),
                ("samsung", "SM-A546B"),
            ),
            DemoPhoto(
                "piekarka-tomaszow-2.jpg",
                "Stefania Kubicka przy piecu chlebowym, 1976",
                datetime(1976, 10, 3, 10, 0),
                None,
                None,
            ),
        ),
        consent_scope="archive",
        access="staff",
        audio_seconds=92,
    ),
    DemoNarrator(
        key="fotograf-opatow",
        name="Marian Jaworski",
        birth_year=1948,
        locality="Opatów",
        phone="+48 600 100 210",
        email="m.jaworski@example.org",
        address="ul. Przykładowa 28, 27-500 Opatów",
        bio=(
            "Fotograf, przez ponad czterdzieści lat prowadził zakład fotograficzny przy rynku w "
            "Opatowie. Fotografował śluby, komunie i szkolne uroczystości, a jego archiwum "
            "negatywów to kronika kilku pokoleń mieszkańców miasta."
        ),
        passion="fotografia",
        interview_title="Zakład fotograficzny przy rynku",
        interview_date=date(2024, 10, 19),
        interview_place="Opatów, dom kultury",
        summary=(
            "Marian Jaworski opowiada o pierwszym aparacie, o zakładzie fotograficznym przy "
            "rynku w Opatowie i o fotografowaniu wesel i uroczystości. Mówi o swoim archiwum "
            "negatywów i o przejściu na fotografię cyfrową."
        ),
        interviewer=_PIOTR,
        cues=(
            DemoCue(600, 4300, _PIOTR, "Panie Marianie, jak zaczęła się pana przygoda z fotografią?"),
            DemoCue(
                4900,
                15800,
                "Marian Jaworski",
                (
                    "Od aparatu Druh, który dostałem na komunię. Dwanaście klatek na rolce, trzeba było "
                    "liczyć każde zdjęcie. Pierwsze zrobiłem naszej krowie, bo tylko ona chciała stać "
                    "spokojnie."
                ),
            ),
            DemoCue(16600, 18300, _PIOTR, "Kiedy otworzył pan zakład?"),
            DemoCue(
                18800,
                30500,
                "Marian Jaworski",
                (
                    "W siedemdziesiątym czwartym, przy rynku w Opatowie. Na zapleczu była ciemnia, "
                    "czerwona lampa, kuwety z wywoływaczem i utrwalaczem. Żona się śmiała, że poznaje "
                    "mnie po zapachu odczynników."
                ),
            ),
            DemoCue(31200, 33400, _PIOTR, "Kogo pan najczęściej fotografował?"),
            DemoCue(
                33800,
                44800,
                "Marian Jaworski",
                (
                    "Młode pary, dzieci do komunii, zdjęcia do dowodów. Na weselach byłem od oczepin do "
                    "rana. Do dziś ludzie zaczepiają mnie na ulicy, że mają w domu moje zdjęcie ze "
                    "ślubu rodziców."
                ),
            ),
            DemoCue(45400, 47400, _PIOTR, "Co się stało z pana negatywami?"),
            DemoCue(
                48200,
                59900,
                "Marian Jaworski",
                (
                    "Mam je w pudłach, opisane rocznikami, kilkadziesiąt tysięcy klatek. Część "
                    "zeskanowaliśmy z wnukiem, ale to praca na lata. Chciałbym, żeby to kiedyś trafiło "
                    "do archiwum, a nie na śmietnik."
                ),
            ),
            DemoCue(60400, 62600, _PIOTR, "Jak pan przyjął fotografię cyfrową?"),
            DemoCue(
                63300,
                75800,
                "Marian Jaworski",
                (
                    "Najpierw z niechęcią, przyznam szczerze. Ale potem zobaczyłem, że od razu widać, "
                    "czy nikt nie zamknął oczu, i kupiłem pierwszy cyfrowy aparat. Ciemnię jednak "
                    "zostawiłem i czasem jeszcze tam zaglądam."
                ),
            ),
            DemoCue(76200, 78900, _PIOTR, "Które zdjęcie jest dla pana najważniejsze?"),
            DemoCue(
                79500,
                88200,
                "Marian Jaworski",
                (
                    "Portret mojej mamy przed domem, zrobiony jeszcze Druhem. Trochę nieostry i "
                    "prześwietlony, ale to jedyne zdjęcie, na którym mama się śmieje."
                ),
            ),
        ),
        segments=(
            DemoSegment(
                0,
                "Aparat Druh",
                "Pierwszy aparat dostany na komunię i pierwsze zdjęcia.",
                ("aparat Druh", "komunia", "pierwsze zdjęcie"),
            ),
            DemoSegment(
                16600,
                "Zakład przy rynku",
                "Ciemnia na zapleczu zakładu, fotografowanie wesel, komunii i zdjęcia do dowodów.",
                ("zakład fotograficzny", "ciemnia", "wesela"),
            ),
            DemoSegment(
                45400,
                "Archiwum negatywów",
                (
                    "Kilkadziesiąt tysięcy klatek w pudłach, skanowanie z wnukiem, przejście na aparat "
                    "cyfrowy."
                ),
                ("negatywy", "skanowanie", "fotografia cyfrowa"),
            ),
        ),
        photos=(
            DemoPhoto(
                "fotograf-opatow-1.jpg",
                "Rynek w Opatowie, zdjęcie z archiwum zakładu, 1975",
                datetime(1975, 5, 1, 10, 0),
                None,
                None,
            ),
            DemoPhoto(
                "fotograf-opatow-2.jpg",
                "Marian Jaworski z aparatem przed dawnym zakładem",
                datetime(2024, 10, 19, 15, 5),
                (50.8009, 21.4251),
                ("FUJIFILM", "X-T30"),
            ),
            DemoPhoto(
                "fotograf-opatow-3.jpg",
                "Ślub w kolegiacie opatowskiej, 1981",
                datetime(1981, 7, 11, 13, 0),
                None,
                None,
            ),
        ),
        consent_scope="research",
        withdrawn_on=date(2025, 4, 14),
        access="closed",
        audio_seconds=90,
    ),
)
"""The ten narrators of the demo archive, one interview each."""


def speaker_pitch(name: str) -> float:
    """A voice pitch (Hz) for a speaker of the demo: lower for men, higher for women.

    Polish women's first names end in "a"; a small per-person offset keeps voices apart.
    """
    first = name.split()[0] if name.split() else name
    offset = zlib.crc32(name.encode("utf-8")) % 21 - 10
    return (195.0 if first.lower().endswith("a") else 118.0) + offset


def voice_turns(narrator: DemoNarrator) -> tuple[tuple[int, int, float], ...]:
    """(start_ms, end_ms, pitch_hz) per cue, for `synth_voice_wav(..., turns=...)`.

    With these the generated recording has a voice of the right kind exactly where each cue is and
    room tone between cues, so the waveform follows the transcript.
    """
    return tuple((cue.start_ms, cue.end_ms, speaker_pitch(cue.speaker)) for cue in narrator.cues)
