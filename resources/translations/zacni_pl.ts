<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Zmienione przez kogoś innego</translation>
    </message>
    <message>
        <source>Someone else saved “{0}” after you opened it.</source>
        <translation>Ktoś inny zapisał „{0}” po tym, jak to otworzono.</translation>
    </message>
    <message>
        <source>Reload shows their version and drops your changes. Overwrite saves your version over theirs. Cancel keeps your changes on screen, unsaved.</source>
        <translation>„Przeładuj” pokaże ich wersję i porzuci Twoje zmiany. „Nadpisz moją wersją” zapisze Twoją wersję w miejsce ich wersji. „Anuluj” zostawi Twoje zmiany na ekranie, niezapisane.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Przeładuj</translation>
    </message>
    <message>
        <source>Overwrite with my version</source>
        <translation>Nadpisz moją wersją</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select something in the list to see it here.</source>
        <translation>Wybierz coś z listy, aby zobaczyć to tutaj.</translation>
    </message>
    <message>
        <source>Restore from the trash</source>
        <translation>Przywróć z kosza</translation>
    </message>
    <message>
        <source>Empty the trash…</source>
        <translation>Opróżnij kosz…</translation>
    </message>
    <message>
        <source>“{0}” ({1}) is in the trash. Restore it, or empty the trash to delete it for good.</source>
        <translation>„{0}” ({1}) jest w koszu. Możesz to przywrócić albo opróżnić kosz, aby usunąć na zawsze.</translation>
    </message>
    <message>
        <source>Edit of “{0}”</source>
        <translation>edycję „{0}”</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>nowy rekord: {0}</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Dodano.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Nie można zapisać</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Narrators</source>
        <translation>Narratorzy</translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation>imiona i nazwiska, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Prowadzący wywiad</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>e.g. beekeeping, embroidery</source>
        <translation>np. pszczelarstwo, hafciarstwo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Dostęp</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Streszczenie</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Uwagi dla pracowników</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nowy wywiad</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Wywiady</translation>
    </message>
    <message>
        <source>Photos and recordings</source>
        <translation>Zdjęcia i nagrania</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Kolekcje</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Do sprawdzenia</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Rok ur.</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Dostęp</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Narrators</source>
        <translation>Narratorzy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Wywiad</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Opublikowano</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Broader subject</source>
        <translation>Temat nadrzędny</translation>
    </message>
    <message>
        <source>TERYT code</source>
        <translation>Kod TERYT</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>public</source>
        <translation>publiczny</translation>
    </message>
    <message>
        <source>research</source>
        <translation>badawczy</translation>
    </message>
    <message>
        <source>staff only</source>
        <translation>tylko pracownicy</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zamknięty</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>szkic</translation>
    </message>
    <message>
        <source>catalogued</source>
        <translation>skatalogowany</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>sprawdzony</translation>
    </message>
    <message>
        <source>published</source>
        <translation>opublikowany</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gotowy</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>nagranie</translation>
    </message>
    <message>
        <source>video</source>
        <translation>film</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>zdjęcie</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokument</translation>
    </message>
    <message>
        <source>person</source>
        <translation>osoba</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>wywiad</translation>
    </message>
    <message>
        <source>place</source>
        <translation>miejsce</translation>
    </message>
    <message>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>story</source>
        <translation>historia</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>kolekcja</translation>
    </message>
    <message>
        <source>problems found on import</source>
        <translation>problemy wykryte przy imporcie</translation>
    </message>
    <message>
        <source>no signed consent</source>
        <translation>brak podpisanej zgody</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>cataloguer</source>
        <translation>katalogujący</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>wolontariusz</translation>
    </message>
    <message>
        <source>researcher</source>
        <translation>badacz</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>angielski</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Zacni — who is working?</source>
        <translation>Zacni — kto pracuje?</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>this user has no password</source>
        <translation>ten użytkownik nie ma hasła</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Błędna nazwa użytkownika lub hasło.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for a while. ({0})</source>
        <translation>Zbyt wiele błędnych haseł: konto jest na jakiś czas zablokowane. ({0})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Zacni z Sąsiedztwa — {0}</source>
        <translation>Zacni z Sąsiedztwa — {0}</translation>
    </message>
    <message>
        <source>The archive is empty. You can load the demo material from Opatów and its villages.</source>
        <translation>Archiwum jest puste. Możesz wczytać materiał demonstracyjny z Opatowa i okolicznych wsi.</translation>
    </message>
    <message>
        <source>Load the demo material</source>
        <translation>Wczytaj materiał demonstracyjny</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Pasek narzędzi</translation>
    </message>
    <message>
        <source>Filter the list (Ctrl+F)</source>
        <translation>Filtruj listę (Ctrl+F)</translation>
    </message>
    <message>
        <source>User: {0} ({1})</source>
        <translation>Użytkownik: {0} ({1})</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Przeniesienie do kosza</translation>
    </message>
    <message>
        <source>Cannot move to the trash</source>
        <translation>Nie można przenieść do kosza</translation>
    </message>
    <message>
        <source>Moved to the trash: {0}</source>
        <translation>Przeniesiono do kosza: {0}</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Nie można przywrócić</translation>
    </message>
    <message>
        <source>Restore from the trash</source>
        <translation>przywrócenie z kosza</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Opróżnij kosz</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good? Files in it are removed from the archive.</source>
        <translation>Usunąć na zawsze wszystko, co jest w koszu? Pliki z kosza zostaną usunięte z archiwum.</translation>
    </message>
    <message>
        <source>Deleted for good: {0}</source>
        <translation>Usunięto na zawsze: {0}</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>ten rekord</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Nie można cofnąć</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importuj pliki</translation>
    </message>
    <message>
        <source>Imported: {0}, duplicates: {1}, refused: {2}</source>
        <translation>Zaimportowano: {0}, duplikaty: {1}, odrzucone: {2}</translation>
    </message>
    <message>
        <source>The demo material is loaded.</source>
        <translation>Materiał demonstracyjny został wczytany.</translation>
    </message>
    <message>
        <source>Other work is still running; wait for it to finish.</source>
        <translation>Trwa jeszcze inna praca; zaczekaj, aż się skończy.</translation>
    </message>
    <message>
        <source>The work stopped</source>
        <translation>Praca została przerwana</translation>
    </message>
    <message>
        <source>The language changes when Zacni is started again.</source>
        <translation>Język zmieni się przy następnym uruchomieniu programu.</translation>
    </message>
    <message>
        <source>About Zacni</source>
        <translation>O programie Zacni</translation>
    </message>
    <message>
        <source>Zacni z Sąsiedztwa — the neighbourhood's oral histories, photos and recordings.</source>
        <translation>Zacni z Sąsiedztwa — opowieści, zdjęcia i nagrania mieszkańców sąsiedztwa.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field must not be empty.</source>
        <translation>To pole nie może być puste.</translation>
    </message>
    <message>
        <source>Contains characters that cannot be stored.</source>
        <translation>Zawiera znaki, których nie można zapisać.</translation>
    </message>
    <message>
        <source>Too long: {0} characters, at most {1} allowed.</source>
        <translation>Za długie: {0} znaków, dozwolone najwyżej {1}.</translation>
    </message>
    <message>
        <source>{0} is not a year between {1} and {2}.</source>
        <translation>{0} to nie jest rok z przedziału {1}–{2}.</translation>
    </message>
    <message>
        <source>“{0}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„{0}” to nie jest data; wpisz ją jako RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>“{0}” is not an e-mail address.</source>
        <translation>„{0}” to nie jest adres e-mail.</translation>
    </message>
    <message>
        <source>“{0}” is not a phone number (digits, spaces, +, -, brackets).</source>
        <translation>„{0}” to nie jest numer telefonu (cyfry, spacje, +, -, nawiasy).</translation>
    </message>
    <message>
        <source>“{0}” is not one of the allowed values.</source>
        <translation>„{0}” nie jest jedną z dozwolonych wartości.</translation>
    </message>
    <message>
        <source>The year of death is before the year of birth.</source>
        <translation>Rok śmierci jest wcześniejszy niż rok urodzenia.</translation>
    </message>
    <message>
        <source>{0} is in the future.</source>
        <translation>{0} to data z przyszłości.</translation>
    </message>
    <message>
        <source>There is no person with id {0}.</source>
        <translation>Nie ma osoby o identyfikatorze {0}.</translation>
    </message>
    <message>
        <source>Write a whole number, e.g. 1950.</source>
        <translation>Wpisz liczbę całkowitą, np. 1950.</translation>
    </message>
    <message>
        <source>Nobody called “{0}” is in the archive.</source>
        <translation>W archiwum nie ma nikogo o nazwisku „{0}”.</translation>
    </message>
    <message>
        <source>Several people are called “{0}”; rename one of them first.</source>
        <translation>Kilka osób nazywa się „{0}”; najpierw zmień nazwę jednej z nich.</translation>
    </message>
    <message>
        <source>Someone else saved this record in the meantime; nothing was overwritten.</source>
        <translation>W międzyczasie ktoś inny zapisał ten rekord; niczego nie nadpisano.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Twoja rola na to nie pozwala.</translation>
    </message>
    <message>
        <source>This record no longer exists (perhaps someone deleted it).</source>
        <translation>Ten rekord już nie istnieje (może ktoś go usunął).</translation>
    </message>
    <message>
        <source>The archive cannot be opened: {0}</source>
        <translation>Nie można otworzyć archiwum: {0}</translation>
    </message>
    <message>
        <source>This archive needs another version of Zacni: {0}</source>
        <translation>To archiwum wymaga innej wersji programu Zacni: {0}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Given name and surname</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Rok urodzenia</translation>
    </message>
    <message>
        <source>Year of death</source>
        <translation>Rok śmierci</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Dostęp</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Zainteresowania</translation>
    </message>
    <message>
        <source>e.g. beekeeping, embroidery</source>
        <translation>np. pszczelarstwo, hafciarstwo</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biogram</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Uwagi dla pracowników</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <extracomment>core field names (ValidationError.field) that belong to a differently named form field fields on the form but not shown (and so never read or saved), e.g. private ones</extracomment>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Przywróć zapisane</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Wstęp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>TERYT code</source>
        <translation>Kod TERYT</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Współrzędne</translation>
    </message>
    <message>
        <source>Broader subject</source>
        <translation>Temat nadrzędny</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>Po angielsku</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Size in pixels</source>
        <translation>Wymiary w pikselach</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Aparat</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Dostęp</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bajty</translation>
    </message>
    <message>
        <source>Problems found on import</source>
        <translation>Problemy wykryte przy imporcie</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nowy rekord</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Move to the &amp;trash</source>
        <translation>Przenieś do &amp;kosza</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Photos as &amp;thumbnails</source>
        <translation>Zdjęcia jako &amp;miniatury</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importuj pliki…</translation>
    </message>
    <message>
        <source>Load the &amp;demo material</source>
        <translation>Wczytaj materiał &amp;demonstracyjny</translation>
    </message>
    <message>
        <source>&amp;Empty the trash…</source>
        <translation>O&amp;próżnij kosz…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Restore from the trash</source>
        <translation>Przywróć z kosza</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <source>&amp;About Zacni</source>
        <translation>&amp;O programie Zacni</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
</context>
<context>
    <name>WorkStatus</name>
    <message>
        <source>Cancel</source>
        <extracomment>(message, is it an error the user must read) when work ends without a result</extracomment>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
</context>
</TS>
