"""Word lists of the Polish analysis (analysis_pl.py): stop words, spelling rules, endings.

Kept apart so the analysis code reads as code; every entry is folded (lowercase, no diacritics)
unless it describes a spelling with diacritics.
"""

from __future__ import annotations

STOP_WORDS: frozenset[str] = frozenset(
    """
    a aby ach acz aczkolwiek aha aj albo ale alez ani az bardziej bardzo bez bo bowiem by byc byl byla
    bylo byly bym bynajmniej beda bedzie ci cie ciebie co cokolwiek cos czemu czy czyli dla dlaczego
    dlatego do dokad dosc duzo eee gdy gdyby gdyz gdzie gdziekolwiek gdzies go hm hmm i ich ile im
    inny inna inne innych iz ja jak jakas jakby jaki jakichs jakie jakis jakiz jakkolwiek jako jakos je
    jeden jedna jedno jednak jednakze jego jej jemu jest jestem jeszcze jesli jezeli juz kazdy kiedy
    kims kto ktokolwiek ktos ktora ktore ktorego ktorej ktory ktorych ktorym ktorzy ku lecz lub mhm mi
    mimo miedzy mna mnie moj moi moim moja moje moze mu my na nad nam nami nas nasi nasz nasza nasze
    naszego naszych natomiast nawet nia nic nich nie niech niego niej niemu nikt nim nimi niz no o
    obok od okolo on ona one oni ono oraz oto owszem po pod podczas pomimo ponad poniewaz poza prawie
    przeciez przed przede przez przy rowniez sa sam sama siebie sie skad sobie soba swoj swoje ta tak
    taka taki takie takze tam te tego tej temu ten tez to toba tobie totez tu tutaj twoi twoim twoja
    twoje twoj twym ty tych tylko tym u w wam wami was wasz wasza wasze we wiec wiecej wszyscy
    wszystek wszystkich wszystkie wszystkim wszystko wy wlasnie yhm yyy z za ze zaden zadna zadne
    zadnych zeby
    """.split()  # noqa: SIM905 - a word list reads best as running text
)
"""Function words and transcript fillers ("yyy", "mhm"), folded, as lemmas and as surface forms.

Content words that common stop lists carry are left out on purpose: an oral-history archive is
searched for "rok", "czas", "pan", "dziś", "dobrze"."""

# Spelling alternatives a plain letter may stand for, in the order they are tried.
DIACRITICS = {"a": "ą", "c": "ć", "e": "ę", "l": "ł", "n": "ń", "o": "ó", "s": "ś", "z": "żź"}
VOWELS = frozenset("aeiouyąęó")
NOT_BEFORE_VOWEL = frozenset("ćńśźąęó")  # ć ń ś ź are written "ci", "ni", "si", "zi" there
DIGRAPH_HEADS = frozenset("crs")  # "cz", "rz", "sz": the z stays plain ("dż"/"dź" do exist)

# Endings of the (folded) inflected forms and of the dictionary forms, for the lexicon fallback.
INFLECTED_ENDINGS = (
    "owie", "ami", "ach", "owi", "emu", "ego", "ymi", "imi", "ych", "ich", "iej",
    "om", "ow", "em", "ie", "ym", "im", "ej", "a", "e", "i", "y", "u", "o",
)  # fmt: skip
LEMMA_ENDINGS = ("", "a", "o", "e", "y", "i", "ek", "ka", "ko", "ski", "ska")
