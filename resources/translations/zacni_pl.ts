<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AssetEditor</name>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Data wykonania</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
        <translation>RRRR-MM-DD lub RRRR-MM-DD GG:MM</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>e.g. beekeeping, embroidery</source>
        <translation>np. pszczelarstwo, haft</translation>
    </message>
    <message>
        <source>the interview's title; empty: none</source>
        <translation>tytuł wywiadu; puste: żaden</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Wywiad</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Kolekcja</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Dostęp</translation>
    </message>
    <message>
        <source>Seen in it</source>
        <translation>Widać na nim</translation>
    </message>
    <message>
        <source>Heard in it</source>
        <translation>Słychać w nagraniu</translation>
    </message>
    <message>
        <source>Photographed by</source>
        <translation>Fotografował(a)</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Przekazał(a)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <source>Size in pixels</source>
        <translation>Rozmiar w pikselach</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Aparat</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
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
    <name>BackupReminder</name>
    <message>
        <source>No backup of this archive has been made yet.</source>
        <translation>Nie zrobiono jeszcze żadnej kopii zapasowej tego archiwum.</translation>
    </message>
    <message>
        <source>The last backup of this archive was made on {0}, a day ago.</source>
        <translation>Ostatnią kopię zapasową tego archiwum zrobiono {0}, dzień temu.</translation>
    </message>
    <message>
        <source>The last backup of this archive was made on {0}, {1} days ago.</source>
        <translation>Ostatnią kopię zapasową tego archiwum zrobiono {0}, {1} dni temu.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Zrób kopię teraz</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <source>Hide this reminder until Zacni is started again</source>
        <translation>Ukryj to przypomnienie do następnego uruchomienia programu</translation>
    </message>
    <message>
        <source>Back up the archive</source>
        <translation>Kopia zapasowa archiwum</translation>
    </message>
    <message>
        <source>Zacni backups (*.zbk);;All files (*)</source>
        <translation>Kopie zapasowe Zacni (*.zbk);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The backup {0} is written and verified: {1} files ({2} copied, {3} reused).</source>
        <translation>Kopia zapasowa {0} jest zapisana i sprawdzona: plików {1} (skopiowanych {2}, wziętych z poprzednich kopii {3}).</translation>
    </message>
</context>
<context>
    <name>ClipBar</name>
    <message>
        <source>Set the clip's start here</source>
        <translation>Tu zaczyna się klip</translation>
    </message>
    <message>
        <source>Set the clip's end here</source>
        <translation>Tu kończy się klip</translation>
    </message>
    <message>
        <source>Save the clip</source>
        <translation>Zapisz klip</translation>
    </message>
    <message>
        <source>Clip title (optional)</source>
        <translation>Tytuł klipu (nieobowiązkowy)</translation>
    </message>
    <message>
        <source>Clip:</source>
        <translation>Klip:</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>for the story</source>
        <translation>do historii</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(żadnej)</translation>
    </message>
    <message>
        <source>Mark the clip's start and end first.</source>
        <translation>Najpierw zaznacz początek i koniec klipu.</translation>
    </message>
    <message>
        <source>Clips are not available in this version of Zacni.</source>
        <translation>Ta wersja programu Zacni nie obsługuje klipów.</translation>
    </message>
    <message>
        <source>Clip saved: {0} – {1}</source>
        <translation>Zapisano klip: {0} – {1}</translation>
    </message>
</context>
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
    <name>ConsentEditor</name>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>empty: all their material</source>
        <translation>puste: wszystkie materiały</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Wywiad</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation>Zgoda na</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Data podpisania</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>Embargo do</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Data wycofania</translation>
    </message>
    <message>
        <source>Withdraw today</source>
        <translation>Wycofaj z dniem dzisiejszym</translation>
    </message>
    <message>
        <source>the scanned, signed form</source>
        <translation>tytuł pliku ze skanem</translation>
    </message>
    <message>
        <source>Scan of the form</source>
        <translation>Skan formularza</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Uwagi dla pracowników</translation>
    </message>
    <message>
        <source>Delete this consent…</source>
        <translation>Usuń tę zgodę…</translation>
    </message>
    <message>
        <source>For a consent entered by mistake; a withdrawn one is kept</source>
        <translation>Dla zgody wpisanej przez pomyłkę; wycofana zgoda zostaje</translation>
    </message>
    <message>
        <source>Delete the consent</source>
        <translation>Usuwanie zgody</translation>
    </message>
    <message>
        <source>Delete this consent, entered by mistake? Ctrl+Z brings it back.</source>
        <translation>Usunąć tę zgodę, wpisaną przez pomyłkę? Ctrl+Z ją przywróci.</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>zgoda</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>Nowa zgoda</translation>
    </message>
    <message>
        <source>Consent of {0}</source>
        <translation>Zgoda: {0}</translation>
    </message>
</context>
<context>
    <name>ConsentList</name>
    <message>
        <source>Add a consent…</source>
        <translation>Dodaj zgodę…</translation>
    </message>
    <message>
        <source>Save the person first; then add their consent.</source>
        <translation>Najpierw zapisz osobę, potem dodaj jej zgodę.</translation>
    </message>
    <message>
        <source>No signed consent on file: their material stays with the staff.</source>
        <translation>Brak podpisanej zgody: materiały tej osoby widzą tylko pracownicy.</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <source>keeping in the archive only</source>
        <translation>tylko przechowywanie w archiwum</translation>
    </message>
    <message>
        <source>research use</source>
        <translation>wykorzystanie w badaniach</translation>
    </message>
    <message>
        <source>publication without name</source>
        <translation>publikacja bez nazwiska</translation>
    </message>
    <message>
        <source>publication with name</source>
        <translation>publikacja z nazwiskiem</translation>
    </message>
    <message>
        <source>for “{0}”</source>
        <translation>na wywiad „{0}”</translation>
    </message>
    <message>
        <source>for all their material</source>
        <translation>na wszystkie materiały</translation>
    </message>
    <message>
        <source>signed {0}</source>
        <translation>podpisana {0}</translation>
    </message>
    <message>
        <source>embargo until {0}</source>
        <translation>embargo do {0}</translation>
    </message>
    <message>
        <source>WITHDRAWN {0}</source>
        <translation>WYCOFANA {0}</translation>
    </message>
</context>
<context>
    <name>CueModel</name>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Mówca</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>[restricted passage]</source>
        <translation>[fragment zastrzeżony]</translation>
    </message>
    <message>
        <source>A restricted passage: you may not hear or read it.</source>
        <translation>Fragment zastrzeżony: nie możesz go odsłuchać ani przeczytać.</translation>
    </message>
    <message>
        <source>Restricted passage ({0}): {1}</source>
        <translation>Fragment zastrzeżony ({0}): {1}</translation>
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
        <source>The story was not published.</source>
        <translation>Historia nie została opublikowana.</translation>
    </message>
    <message>
        <source>Save the story as a draft first; then publish it.</source>
        <translation>Najpierw zapisz historię jako szkic, potem ją opublikuj.</translation>
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
        <source>Cannot delete</source>
        <translation>Nie można usunąć</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Usuń: {0}</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Usunięto.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Nie można zapisać</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>no signed consent on file</source>
        <translation>brak podpisanej zgody</translation>
    </message>
    <message>
        <source>consent withdrawn on {0}</source>
        <translation>zgoda wycofana {0}</translation>
    </message>
    <message>
        <source>under embargo until {0}</source>
        <translation>embargo do {0}</translation>
    </message>
    <message>
        <source>the consent covers only “{0}”</source>
        <translation>zgoda obejmuje tylko: {0}</translation>
    </message>
    <message>
        <source>the interview is marked “{0}”</source>
        <translation>wywiad ma dostęp „{0}”</translation>
    </message>
    <message>
        <source>narrator: {0}</source>
        <translation>u narratora: {0}</translation>
    </message>
    <message>
        <source>with its consents the interview is “{0}”</source>
        <translation>ze względu na zgody wywiad ma dostęp „{0}”</translation>
    </message>
    <message>
        <source>the recording itself stays here: it has closed passages ({0}); its open text goes</source>
        <translation>samo nagranie zostaje tutaj: ma zamknięte fragmenty ({0}); jego jawny tekst idzie w paczce</translation>
    </message>
    <message>
        <source>a scan of a signed consent form (sent only when chosen)</source>
        <translation>skan podpisanego formularza zgody (wysyłany tylko na życzenie)</translation>
    </message>
    <message>
        <source>the partner kept the recording itself back, so its record and texts are not taken</source>
        <translation>partner zatrzymał samo nagranie, więc jego opis i teksty nie są przyjmowane</translation>
    </message>
    <message>
        <source>already in this archive</source>
        <translation>jest już w tym archiwum</translation>
    </message>
    <message>
        <source>the same file is here already (file {0})</source>
        <translation>ten sam plik już tu jest (plik {0})</translation>
    </message>
    <message>
        <source>Cannot write {0}: there is no folder {1}.</source>
        <translation>Nie można zapisać {0}: nie ma folderu {1}.</translation>
    </message>
    <message>
        <source>{0} is a folder: give the name of a file.</source>
        <translation>{0} to folder: podaj nazwę pliku.</translation>
    </message>
    <message>
        <source>Cannot make the package in {0}: there is no folder {1}.</source>
        <translation>Nie można utworzyć paczki w {0}: nie ma folderu {1}.</translation>
    </message>
    <message>
        <source>None of the chosen interviews may go to a partner.</source>
        <translation>Żaden z wybranych wywiadów nie może trafić do partnera.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Exchange with partners</source>
        <translation>Wymiana z partnerami</translation>
    </message>
    <message>
        <source>Send a package</source>
        <translation>Wyślij paczkę</translation>
    </message>
    <message>
        <source>Take in a package</source>
        <translation>Przyjmij paczkę</translation>
    </message>
    <message>
        <source>Descriptions for catalogues</source>
        <translation>Opisy dla katalogów</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>A package (BagIt) of the chosen interviews for a partner institution.</source>
        <translation>Paczka (BagIt) z wybranymi wywiadami dla instytucji partnerskiej.</translation>
    </message>
    <message>
        <source>Their files, transcripts, index and consents go with them; private details never.</source>
        <translation>Idą z nimi pliki, transkrypcje, indeks i zgody; dane prywatne nigdy.</translation>
    </message>
    <message>
        <source>What consent does not allow stays here.</source>
        <translation>To, na co nie pozwalają zgody, zostaje tutaj.</translation>
    </message>
    <message>
        <source>Include scans of the signed consent forms</source>
        <translation>Dołącz skany podpisanych formularzy zgody</translation>
    </message>
    <message>
        <source>the package is made in a new folder inside it</source>
        <translation>paczka powstanie w nowym folderze wewnątrz</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>W folderze:</translation>
    </message>
    <message>
        <source>Make the package</source>
        <translation>Utwórz paczkę</translation>
    </message>
    <message>
        <source>The folder of a package a partner sent.</source>
        <translation>Folder paczki przysłanej przez partnera.</translation>
    </message>
    <message>
        <source>It is checked whole first, then taken in at once or not at all.</source>
        <translation>Najpierw jest sprawdzana w całości, potem przyjmowana naraz albo wcale.</translation>
    </message>
    <message>
        <source>Records already here are kept, and a consent can only become stricter.</source>
        <translation>Rekordy, które już tu są, zostają bez zmian, a zgoda może stać się tylko ściślejsza.</translation>
    </message>
    <message>
        <source>the folder of the package (with bagit.txt)</source>
        <translation>folder paczki (z plikiem bagit.txt)</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Paczka:</translation>
    </message>
    <message>
        <source>Take in the package</source>
        <translation>Przyjmij paczkę</translation>
    </message>
    <message>
        <source>Dublin Core descriptions of the public interviews and their public files,</source>
        <translation>Opisy Dublin Core publicznych wywiadów i ich publicznych plików,</translation>
    </message>
    <message>
        <source>for Omeka S (CSV Import) or any catalogue that reads oai_dc XML.</source>
        <translation>dla Omeka S (CSV Import) albo każdego katalogu, który czyta XML oai_dc.</translation>
    </message>
    <message>
        <source>Only what may go to the public website is described; names only with consent.</source>
        <translation>Opisane jest tylko to, co może trafić na stronę internetową; nazwiska tylko za zgodą.</translation>
    </message>
    <message>
        <source>CSV for Omeka S</source>
        <translation>CSV dla Omeka S</translation>
    </message>
    <message>
        <source>XML (oai_dc)</source>
        <translation>XML (rekordy oai_dc)</translation>
    </message>
    <message>
        <source>Static OAI-PMH repository (XML)</source>
        <translation>Statyczne repozytorium OAI-PMH (XML)</translation>
    </message>
    <message>
        <source>where the gateway will read the file, e.g. https://oai.example.pl/zacni.xml</source>
        <translation>skąd brama odczyta plik, np. https://oai.example.pl/zacni.xml</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>the file to write, e.g. zacni.csv</source>
        <translation>plik do zapisania, np. zacni.csv</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>Write the descriptions</source>
        <translation>Zapisz opisy</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format zapisu:</translation>
    </message>
    <message>
        <source>{0} — stays here: {1}</source>
        <translation>{0} — zostaje tutaj: {1}</translation>
    </message>
    <message>
        <source>Interviews that may go to a partner: {0} of {1}.</source>
        <translation>Wywiady, które mogą trafić do partnera: {0} z {1}.</translation>
    </message>
    <message>
        <source>Choose the folder to make the package in first.</source>
        <translation>Najpierw wybierz folder, w którym ma powstać paczka.</translation>
    </message>
    <message>
        <source>Tick at least one interview.</source>
        <translation>Zaznacz przynajmniej jeden wywiad.</translation>
    </message>
    <message>
        <source>Making the package…</source>
        <translation>Tworzenie paczki…</translation>
    </message>
    <message>
        <source>Choose the folder of the package first.</source>
        <translation>Najpierw wybierz folder paczki.</translation>
    </message>
    <message>
        <source>Checking and taking in the package…</source>
        <translation>Sprawdzanie i przyjmowanie paczki…</translation>
    </message>
    <message>
        <source>Choose the file to write first.</source>
        <translation>Najpierw wybierz plik do zapisania.</translation>
    </message>
    <message>
        <source>Give the address the gateway will read the repository from.</source>
        <translation>Podaj adres, pod którym brama odczyta repozytorium.</translation>
    </message>
    <message>
        <source>Writing the descriptions…</source>
        <translation>Zapisywanie opisów…</translation>
    </message>
    <message>
        <source>Descriptions written: {0} public records, to {1}.</source>
        <translation>Zapisano opisy: rekordy publiczne {0}, w pliku {1}.</translation>
    </message>
    <message>
        <source>Interviews not described (not public with their consents): {0}.</source>
        <translation>Wywiady bez opisu (ze względu na zgody nie są publiczne): {0}.</translation>
    </message>
    <message>
        <source>The package is ready: interviews {0}, files {1}.</source>
        <translation>Paczka jest gotowa: wywiady {0}, pliki {1}.</translation>
    </message>
    <message>
        <source>Taken in from {0}: interviews {1}, files {2}, people {3}, transcripts {4}.</source>
        <translation>Przyjęto od: {0}: wywiady {1}, pliki {2}, osoby {3}, transkrypcje {4}.</translation>
    </message>
    <message>
        <source>Already here, kept as they are: {0}.</source>
        <translation>Już tu były, zostały bez zmian: {0}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or taken in.</source>
        <translation>Anulowano: nic nie zostało zapisane ani przyjęte.</translation>
    </message>
    <message>
        <source>The package was refused, nothing was taken in: {0}</source>
        <translation>Paczka odrzucona, nic nie zostało przyjęte: {0}</translation>
    </message>
    <message>
        <source>This is not a web address on a domain name, e.g. https://oai.example.pl/zacni.xml.</source>
        <translation>To nie jest adres internetowy w domenie, np. https://oai.example.pl/zacni.xml.</translation>
    </message>
    <message>
        <source>The exchange failed: {0}</source>
        <translation>Wymiana nie powiodła się: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>attached to the interview “{0}”</source>
        <translation>dołączone do wywiadu „{0}”</translation>
    </message>
    <message>
        <source>attached to the person “{0}”</source>
        <translation>dołączone do osoby „{0}”</translation>
    </message>
    <message>
        <source>not attached to any interview or person</source>
        <translation>bez dołączania do wywiadu ani osoby</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>Zdjęcia i skany</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Nagrania</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Filmy</translation>
    </message>
    <message>
        <source>Documents (PDF)</source>
        <translation>Dokumenty (PDF)</translation>
    </message>
    <message>
        <source>Other files (their content will be checked)</source>
        <translation>Inne pliki (ich zawartość zostanie sprawdzona)</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importuj pliki</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>There is nothing here that could be imported.</source>
        <translation>Nie ma tu nic, co dałoby się zaimportować.</translation>
    </message>
    <message>
        <source>Files to import: {0} ({1} in all), {2}.</source>
        <translation>Pliki do zaimportowania: {0} (razem {1}), {2}.</translation>
    </message>
    <message>
        <source>Cannot be imported: {0}</source>
        <translation>Nie do zaimportowania: {0}</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Uwaga: {0}</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Plik jest pusty (0 bajtów).</translation>
    </message>
    <message>
        <source>This is not a photo, scan, recording, video or PDF that the archive can take.</source>
        <translation>To nie jest zdjęcie, skan, nagranie, film ani PDF, które archiwum może przyjąć.</translation>
    </message>
    <message>
        <source>The file declares an enormous image (more pixels than the archive accepts); it was refused.</source>
        <translation>Plik zapowiada olbrzymi obraz (więcej pikseli, niż archiwum przyjmuje), więc go odrzucono.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read.</source>
        <translation>Plik jest uszkodzony i nie da się go odczytać.</translation>
    </message>
    <message>
        <source>The file cannot be read (no permission, or a disk error).</source>
        <translation>Nie można odczytać pliku (brak uprawnień albo błąd dysku).</translation>
    </message>
    <message>
        <source>The file does not exist (perhaps the card or disk was removed).</source>
        <translation>Plik nie istnieje (może karta lub dysk zostały odłączone).</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a device, a pipe or a socket).</source>
        <translation>To nie jest zwykły plik (urządzenie, potok albo gniazdo).</translation>
    </message>
    <message>
        <source>The link leads round in a circle; it was skipped.</source>
        <translation>Dowiązanie prowadzi w kółko, więc je pominięto.</translation>
    </message>
    <message>
        <source>The archive's disk is full; free some space and import again.</source>
        <translation>Dysk archiwum jest pełny; zwolnij miejsce i zaimportuj jeszcze raz.</translation>
    </message>
    <message>
        <source>The file is incomplete: its end is missing.</source>
        <translation>Plik jest niekompletny: brakuje jego końca.</translation>
    </message>
    <message>
        <source>The sound can be played only up to a point; the rest is damaged.</source>
        <translation>Dźwięk da się odtworzyć tylko do pewnego miejsca; reszta jest uszkodzona.</translation>
    </message>
    <message>
        <source>Part of the picture or video data is damaged.</source>
        <translation>Część danych obrazu lub filmu jest uszkodzona.</translation>
    </message>
    <message>
        <source>The ending of the file name does not match what the file really is.</source>
        <translation>Rozszerzenie nazwy pliku nie zgadza się z tym, czym plik jest naprawdę.</translation>
    </message>
    <message>
        <source>The description stored in the file (tags, EXIF) was damaged; unreadable parts were left out.</source>
        <translation>Opis zapisany w pliku (tagi, EXIF) był uszkodzony; nieczytelne części pominięto.</translation>
    </message>
    <message>
        <source>No decoder for this format is installed, so its size was not read.</source>
        <translation>Brak dekodera tego formatu, więc nie odczytano wymiarów.</translation>
    </message>
    <message>
        <source>The document is password-protected, so its pages could not be counted.</source>
        <translation>Dokument jest chroniony hasłem, więc nie dało się policzyć stron.</translation>
    </message>
    <message>
        <source>The file's name or path is longer than the system allows.</source>
        <translation>Nazwa lub ścieżka pliku jest dłuższa, niż pozwala system.</translation>
    </message>
    <message>
        <source>This name cannot be used on Windows.</source>
        <translation>Takiej nazwy nie można użyć w systemie Windows.</translation>
    </message>
    <message>
        <source>The name is not in UTF-8 (an old camera or computer); unreadable letters were replaced.</source>
        <translation>Nazwa nie jest zapisana w UTF-8 (stary aparat albo komputer); nieczytelne litery zastąpiono.</translation>
    </message>
    <message>
        <source>The name was written with decomposed letters (as macOS does); it is kept in the usual form.</source>
        <translation>Nazwę zapisano literami rozłożonymi na części (jak robi to macOS); zachowano ją w zwykłej postaci.</translation>
    </message>
    <message>
        <source>The folder holds several files of this name (in other letter case or form); each is kept.</source>
        <translation>W folderze jest kilka plików o tej nazwie (inaczej zapisanej lub inną wielkością liter); zachowano każdy.</translation>
    </message>
    <message>
        <source>No thumbnail could be made.</source>
        <translation>Nie udało się zrobić miniatury.</translation>
    </message>
    <message>
        <source>No waveform of the sound could be drawn.</source>
        <translation>Nie udało się narysować przebiegu dźwięku.</translation>
    </message>
    <message>
        <source>No frame of the video could be taken as its picture.</source>
        <translation>Nie udało się wziąć klatki filmu na jego obrazek.</translation>
    </message>
    <message>
        <source>The name is very long; copies written to Windows folders will be shortened.</source>
        <translation>Nazwa jest bardzo długa; kopie zapisywane w folderach Windows zostaną skrócone.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Import zakończony</translation>
    </message>
    <message>
        <source>The import was cancelled; what is listed here was done before that.</source>
        <translation>Import przerwano; to, co tu widać, zrobiono przed przerwaniem.</translation>
    </message>
    <message>
        <source>Imported: {0}</source>
        <translation>Zaimportowane: {0}</translation>
    </message>
    <message>
        <source>Already in the archive: {0}</source>
        <translation>Już są w archiwum: {0}</translation>
    </message>
    <message>
        <source>{0} — the same file is already in the archive (no. {1})</source>
        <translation>{0} — ten sam plik jest już w archiwum (nr {1})</translation>
    </message>
    <message>
        <source>Refused: {0}</source>
        <translation>Odrzucone: {0}</translation>
    </message>
</context>
<context>
    <name>IndexEditor</name>
    <message>
        <source>comma-separated</source>
        <extracomment>where the player is (the room sets it): new segments and jumps start from there</extracomment>
        <translation>rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>from the vocabulary, comma-separated</source>
        <translation>ze słownika, rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Partial transcript</source>
        <translation>Transkrypcja fragmentu</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Streszczenie</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Słowa kluczowe</translation>
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
        <source>New segment at the current time</source>
        <translation>Nowy fragment w tym miejscu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Poprzedni</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Następny ▶</translation>
    </message>
    <message>
        <source>Edit the segment “{0}”</source>
        <translation>Zmiana fragmentu „{0}”</translation>
    </message>
    <message>
        <source>Segment saved.</source>
        <translation>Zapisano fragment.</translation>
    </message>
    <message>
        <source>Segment at {0}</source>
        <translation>Fragment od {0}</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nowy fragment</translation>
    </message>
    <message>
        <source>Delete the segment</source>
        <translation>Usunięcie fragmentu</translation>
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
        <source>No files yet: drop them here or import them.</source>
        <translation>Nie ma jeszcze plików: upuść je tutaj albo zaimportuj.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importuj pliki…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Pliki</translation>
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
        <source>Name of a place or thing</source>
        <translation>Nazwa</translation>
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
        <source>narrator</source>
        <translation>narrator</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>prowadzący wywiad</translation>
    </message>
    <message>
        <source>other part</source>
        <translation>inny udział</translation>
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
    <name>LinksField</name>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the selected ones from the list</source>
        <translation>Usuń zaznaczone z listy</translation>
    </message>
</context>
<context>
    <name>ListeningRoom</name>
    <message>
        <source>Listening room — {0}</source>
        <translation>Odsłuch — {0}</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkrypcja</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Odtwarzaj / wstrzymaj</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>5 sekund wstecz</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>5 sekund naprzód</translation>
    </message>
    <message>
        <source>New cue at the current time</source>
        <translation>Nowa kwestia w tym miejscu</translation>
    </message>
    <message>
        <source>Insert the current time into the text</source>
        <translation>Wstaw bieżący czas do tekstu</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Wolniej</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Szybciej</translation>
    </message>
    <message>
        <source>Split the cue at the cursor</source>
        <translation>Podziel kwestię w miejscu kursora</translation>
    </message>
    <message>
        <source>Merge with the next cue</source>
        <translation>Połącz z następną kwestią</translation>
    </message>
    <message>
        <source>Delete the cue</source>
        <translation>Usuń kwestię</translation>
    </message>
    <message>
        <source>New segment at the current time</source>
        <translation>Nowy fragment indeksu w tym miejscu</translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation>Poprzedni fragment</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>Następny fragment</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>Skróty klawiszowe…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
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
        <source>&amp;Playback</source>
        <translation>&amp;Odtwarzanie</translation>
    </message>
    <message>
        <source>C&amp;lip</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Edycja</translation>
    </message>
    <message>
        <source>New cue</source>
        <translation>Nowa kwestia</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Podziel</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>Delete cue</source>
        <translation>Usuń kwestię</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nowy fragment</translation>
    </message>
    <message>
        <source>◀ Segment</source>
        <translation>◀ Fragment</translation>
    </message>
    <message>
        <source>Segment ▶</source>
        <translation>Fragment ▶</translation>
    </message>
    <message>
        <source>The recording's file is missing from the archive.</source>
        <translation>W archiwum brakuje pliku tego nagrania.</translation>
    </message>
    <message>
        <source>this transcript</source>
        <translation>tę transkrypcję</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Nie można zapisać</translation>
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
        <extracomment>Rows a drop attaches files to: the key's kind → the IngestTarget field.</extracomment>
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
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Nie można usunąć</translation>
    </message>
    <message>
        <source>Deleted: {0}</source>
        <translation>Usunięto: {0}</translation>
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
        <source>Import a folder</source>
        <translation>Importuj folder</translation>
    </message>
    <message>
        <source>Imported: {0}, duplicates: {1}, refused: {2}</source>
        <translation>Zaimportowano: {0}, duplikaty: {1}, odrzucone: {2}</translation>
    </message>
    <message>
        <source>The backup is written: {0}</source>
        <translation>Kopia zapasowa jest zapisana: {0}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <source>The listening room is not available; the recording is selected in the list.</source>
        <translation>Pokój odsłuchu nie jest dostępny; nagranie zaznaczono na liście.</translation>
    </message>
    <message>
        <source>Listening room</source>
        <translation>Pokój odsłuchu</translation>
    </message>
    <message>
        <source>Publish the website</source>
        <translation>Publikowanie strony</translation>
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
        <source>This is read from the file itself and cannot be changed.</source>
        <translation>To odczytano z samego pliku; nie można tego zmienić.</translation>
    </message>
    <message>
        <source>This cannot be changed here.</source>
        <translation>Tego nie można tu zmienić.</translation>
    </message>
    <message>
        <source>“{0}” is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM.</source>
        <translation>„{0}” to nie jest data; wpisz ją jako RRRR-MM-DD lub RRRR-MM-DD GG:MM.</translation>
    </message>
    <message>
        <source>There is no such record in the archive (id {0}).</source>
        <translation>W archiwum nie ma takiego rekordu (id {0}).</translation>
    </message>
    <message>
        <source>“{0}” is not in the list; check the spelling or add it first.</source>
        <translation>„{0}” nie ma na liście; sprawdź pisownię albo najpierw to dodaj.</translation>
    </message>
    <message>
        <source>Nothing called “{0}” is in the archive.</source>
        <translation>W archiwum nie ma niczego o nazwie „{0}”.</translation>
    </message>
    <message>
        <source>Several records are called “{0}”; rename one of them first.</source>
        <translation>Kilka rekordów nazywa się „{0}”; najpierw zmień nazwę jednego z nich.</translation>
    </message>
    <message>
        <source>The subject “{0}” is already in the thesaurus.</source>
        <translation>Temat „{0}” jest już w słowniku.</translation>
    </message>
    <message>
        <source>A place called “{0}” is already in the list.</source>
        <translation>Miejsce o nazwie „{0}” jest już na liście.</translation>
    </message>
    <message>
        <source>“{0}” lies under “{1}” already: that would be a circle.</source>
        <translation>„{0}” leży już pod „{1}”: powstałoby błędne koło.</translation>
    </message>
    <message>
        <source>“{0}” is not a TERYT code: the SIMC code has 7 digits.</source>
        <translation>„{0}” to nie jest kod TERYT: identyfikator SIMC ma 7 cyfr.</translation>
    </message>
    <message>
        <source>“{0}” is not a number.</source>
        <translation>„{0}” to nie jest liczba.</translation>
    </message>
    <message>
        <source>{0} is not a latitude: it lies between -90 and 90.</source>
        <translation>{0} to nie jest szerokość geograficzna: mieści się między -90 a 90.</translation>
    </message>
    <message>
        <source>{0} is not a longitude: it lies between -180 and 180.</source>
        <translation>{0} to nie jest długość geograficzna: mieści się między -180 a 180.</translation>
    </message>
    <message>
        <source>A consent cannot be signed in the future.</source>
        <translation>Zgoda nie może być podpisana w przyszłości.</translation>
    </message>
    <message>
        <source>This is before the day the consent was signed.</source>
        <translation>To data wcześniejsza niż dzień podpisania zgody.</translation>
    </message>
    <message>
        <source>Only a scanned document or a photo can be the scan of the form.</source>
        <translation>Skanem formularza może być tylko zeskanowany dokument lub zdjęcie.</translation>
    </message>
    <message>
        <source>This subject is used by {0} records; rename it instead of deleting it.</source>
        <translation>Temat jest przypisany do rekordów: {0}; zamiast go usuwać, zmień jego nazwę.</translation>
    </message>
    <message>
        <source>This subject has {0} narrower terms; move them first.</source>
        <translation>Ten temat ma węższe tematy ({0}); najpierw je przenieś.</translation>
    </message>
    <message>
        <source>A withdrawn consent is kept: it is what keeps the person's material closed.</source>
        <translation>Wycofana zgoda zostaje w archiwum: to ona zamyka materiały tej osoby.</translation>
    </message>
    <message>
        <source>Only a photo can be the main photo of a story.</source>
        <translation>Zdjęciem głównym historii może być tylko zdjęcie.</translation>
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
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Not in any interview yet.</source>
        <translation>Nie występuje jeszcze w żadnym wywiadzie.</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Wywiady</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
</context>
<context>
    <name>PlaceEditor</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>e.g. Ćmielów</source>
        <translation>np. Ćmielów</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>e.g. village, town, parish</source>
        <translation>np. wieś, miasto, parafia</translation>
    </message>
    <message>
        <source>Lies within</source>
        <translation>Leży w</translation>
    </message>
    <message>
        <source>e.g. the commune or town</source>
        <translation>np. gmina lub miasto</translation>
    </message>
    <message>
        <source>TERYT code</source>
        <translation>Kod TERYT</translation>
    </message>
    <message>
        <source>SIMC: 7 digits</source>
        <translation>SIMC: 7 cyfr</translation>
    </message>
    <message>
        <source>The locality's identifier in the TERYT register (SIMC), e.g. 0265060.</source>
        <translation>Identyfikator miejscowości w rejestrze TERYT (SIMC), np. 0265060.</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Szerokość geogr.</translation>
    </message>
    <message>
        <source>e.g. 50,8012</source>
        <translation>np. 50,8012</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Długość geogr.</translation>
    </message>
    <message>
        <source>e.g. 21,4256</source>
        <translation>np. 21,4256</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Nowe miejsce</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>Back 5 seconds</source>
        <translation>5 sekund wstecz</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Odtwarzaj / wstrzymaj</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>5 sekund naprzód</translation>
    </message>
    <message>
        <source>Playback speed (the voice keeps its pitch)</source>
        <translation>Prędkość odtwarzania (głos zachowuje wysokość)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Głośność</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Prędkość</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish on the website</source>
        <translation>Publikacja na stronie internetowej</translation>
    </message>
    <message>
        <source>Only published stories go to the website, and of them only what consent allows.</source>
        <translation>Na stronę trafiają tylko opublikowane historie, a z nich tylko to, na co pozwalają zgody.</translation>
    </message>
    <message>
        <source>Choose a story to see what will be published and what stays in the archive.</source>
        <translation>Wybierz historię, aby zobaczyć, co zostanie opublikowane, a co zostaje w archiwum.</translation>
    </message>
    <message>
        <source>an empty folder, or one of an earlier export</source>
        <translation>pusty folder albo folder wcześniejszego eksportu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Website folder:</source>
        <translation>Folder strony:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation>Otwórz stronę</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Only an administrator or a cataloguer may publish stories.</source>
        <translation>Historie może publikować tylko administrator albo katalogujący.</translation>
    </message>
    <message>
        <source>will be published</source>
        <translation>zostanie opublikowana</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>wstrzymana</translation>
    </message>
    <message>
        <source>Stories that will be published: {0} of {1}.</source>
        <translation>Historie, które zostaną opublikowane: {0} z {1}.</translation>
    </message>
    <message>
        <source>The archive has no stories yet.</source>
        <translation>W archiwum nie ma jeszcze historii.</translation>
    </message>
    <message>
        <source>Will be published with: photos {0}, recordings {1}, clips {2}.</source>
        <translation>Zostanie opublikowana z: zdjęcia: {0}, nagrania: {1}, fragmenty nagrań: {2}.</translation>
    </message>
    <message>
        <source>Withheld, and why:</source>
        <translation>Wstrzymane i dlaczego:</translation>
    </message>
    <message>
        <source>Nothing of this story is withheld.</source>
        <translation>Z tej historii nic nie zostaje wstrzymane.</translation>
    </message>
    <message>
        <source>Folder of the website</source>
        <translation>Folder strony internetowej</translation>
    </message>
    <message>
        <source>Choose the folder of the website first.</source>
        <translation>Najpierw wybierz folder strony.</translation>
    </message>
    <message>
        <source>Exporting the website…</source>
        <translation>Eksport strony…</translation>
    </message>
    <message>
        <source>The website is ready in {0}: stories {1}, files {2} ({3} written, {4} removed).</source>
        <translation>Strona jest gotowa w folderze {0}: historie: {1}, pliki: {2} (zapisane: {3}, usunięte: {4}).</translation>
    </message>
    <message>
        <source>The export was cancelled; export again to finish the website.</source>
        <translation>Eksport przerwano; wyeksportuj ponownie, aby dokończyć stronę.</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>Eksport się nie udał: {0}</translation>
    </message>
    <message>
        <source>This folder is not empty and was not made by an export: choose an empty folder.</source>
        <translation>Ten folder nie jest pusty i nie powstał przez eksport strony: wybierz pusty folder.</translation>
    </message>
    <message>
        <source>This folder is inside the archive: choose a folder outside it.</source>
        <translation>Ten folder leży w folderze archiwum: wybierz folder poza nim.</translation>
    </message>
    <message>
        <source>This is a file, not a folder: choose a folder.</source>
        <translation>To jest plik, a nie folder: wybierz folder.</translation>
    </message>
    <message>
        <source>The record of the earlier export in this folder is damaged: choose an empty folder.</source>
        <translation>Zapis wcześniejszego eksportu w tym folderze jest uszkodzony: wybierz pusty folder.</translation>
    </message>
</context>
<context>
    <name>PublishReasons</name>
    <message>
        <source>The story is “{status}”, not published.</source>
        <translation>Historia ma status „{status}” — nie jest opublikowana.</translation>
    </message>
    <message>
        <source>The story is in the trash.</source>
        <translation>Historia jest w koszu.</translation>
    </message>
    <message>
        <source>The story is marked published, but it cannot go to the website:</source>
        <translation>Historia jest oznaczona jako opublikowana, ale nie może trafić na stronę:</translation>
    </message>
    <message>
        <source>Recording “{title}” is {level}: it will not be published.</source>
        <translation>Nagranie „{title}” ma dostęp: {level} — nie zostanie opublikowane.</translation>
    </message>
    <message>
        <source>Recording “{title}” is {level}: not published whole, only its clips ({clips}).</source>
        <translation>Nagranie „{title}” ma dostęp: {level} — nie zostanie opublikowane w całości, tylko wybrane fragmenty ({clips}).</translation>
    </message>
    <message>
        <source>Clip {start}–{end} of “{title}”: consent does not allow publishing it ({level}).</source>
        <translation>Fragment {start}–{end} nagrania „{title}”: zgoda nie pozwala go opublikować (dostęp: {level}).</translation>
    </message>
    <message>
        <source>Clip {start}–{end} of “{title}” lies wholly in closed passages.</source>
        <translation>Fragment {start}–{end} nagrania „{title}” leży w całości w zastrzeżonych częściach nagrania.</translation>
    </message>
    <message>
        <source>Passage {start}–{end} of “{title}” is {level}: it is cut from the recording and the transcript.</source>
        <translation>Fragment {start}–{end} nagrania „{title}” ma dostęp: {level} — zostanie wycięty z nagrania i z transkrypcji.</translation>
    </message>
    <message>
        <source>The index point at {start} of “{title}” is {level}: it is left out.</source>
        <translation>Punkt spisu treści od {start} w nagraniu „{title}” ma dostęp: {level} — zostanie pominięty.</translation>
    </message>
    <message>
        <source>“{title}” is a scanned consent form: never published.</source>
        <translation>„{title}” to skan formularza zgody — nigdy nie jest publikowany.</translation>
    </message>
    <message>
        <source>Document “{title}” is not published: the website shows photos and recordings.</source>
        <translation>Dokument „{title}” nie zostanie opublikowany: na stronie są tylko zdjęcia i nagrania.</translation>
    </message>
    <message>
        <source>The file of {kind} “{title}” is missing from the archive: left out.</source>
        <translation>W archiwum brakuje pliku ({kind}) „{title}” — pominięto go.</translation>
    </message>
    <message>
        <source>{kind} “{title}” could not be prepared for the website ({error}): left out.</source>
        <translation>{kind} „{title}” nie dało się przygotować do publikacji ({error}) — pominięto.</translation>
    </message>
    <message>
        <source>{name}: the name will not be given on the website (no current consent to publish with name).</source>
        <translation>{name}: imię i nazwisko nie pojawi się na stronie (brak aktualnej zgody na publikację z imieniem i nazwiskiem).</translation>
    </message>
    <message>
        <source>{name}: the name was replaced by “N.N.” in the text (places: {count}).</source>
        <translation>{name}: imię i nazwisko zastąpiono w tekście skrótem „N.N.” (miejsca: {count}).</translation>
    </message>
    <message>
        <source>the story has neither a lead nor a body</source>
        <translation>historia nie ma ani wstępu, ani treści</translation>
    </message>
    <message>
        <source>interview “{title}” is in the trash</source>
        <translation>wywiad „{title}” jest w koszu</translation>
    </message>
    <message>
        <source>interview “{title}” is marked {level}</source>
        <translation>wywiad „{title}” ma dostęp: {level}</translation>
    </message>
    <message>
        <source>interview “{title}” has no signed consent ({person})</source>
        <translation>do wywiadu „{title}” nie ma podpisanej zgody ({person})</translation>
    </message>
    <message>
        <source>consent for interview “{title}” was withdrawn on {date} ({person})</source>
        <translation>zgodę na wywiad „{title}” wycofano {date} ({person})</translation>
    </message>
    <message>
        <source>interview “{title}” is under embargo until {date} ({person})</source>
        <translation>wywiad „{title}” jest objęty embargiem do {date} ({person})</translation>
    </message>
    <message>
        <source>the consent for interview “{title}” covers only {scope}, not publication ({person})</source>
        <translation>zgoda na wywiad „{title}” obejmuje tylko: {scope}, a nie publikację ({person})</translation>
    </message>
    <message>
        <source>interview “{title}” is {level} in effect</source>
        <translation>wywiad „{title}” ma w praktyce dostęp: {level}</translation>
    </message>
    <message>
        <source>{kind} “{title}” is {level}, not public</source>
        <translation>{kind} „{title}” ma dostęp: {level}, a nie publiczny</translation>
    </message>
    <message>
        <source>keeping in the archive</source>
        <translation>przechowywanie w archiwum</translation>
    </message>
    <message>
        <source>research</source>
        <translation>badania naukowe</translation>
    </message>
    <message>
        <source>publication without name</source>
        <translation>publikację bez imienia i nazwiska</translation>
    </message>
    <message>
        <source>publication with name</source>
        <translation>publikację z imieniem i nazwiskiem</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <extracomment>core field names (ValidationError.field) that belong to a differently named form field completion lists the editor needs (record_kinds.CHOICES names), read before each record fields only those who may read private details see (and so only they save) whether "New record" makes one here (files are imported, not typed in) whether the acting user may delete (set by the pane; editors with a Delete button read it) another record to show: (kind, id), e.g. a story's interview, a consent's person a new record to start, linked to this one: (kind, its first values), e.g. a person's consent files to import into this record: (the import's target field, the record's id) the record to delete for good (kinds with no trash, e.g. a consent entered by mistake) where thumbnails are (set by the pane; editors that show a picture read it) fields on the form but not shown (and so never read or saved), e.g. private ones</extracomment>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Przywróć zapisane</translation>
    </message>
    <message>
        <source>With the consents on file: {0}</source>
        <translation>Ze względu na zgody: {0}</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <source>Open the linked record</source>
        <translation>Otwórz powiązany rekord</translation>
    </message>
</context>
<context>
    <name>RelatedList</name>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
</context>
<context>
    <name>RolePeopleField</name>
    <message>
        <source>names, separated by commas</source>
        <translation>imiona i nazwiska, rozdzielone przecinkami</translation>
    </message>
</context>
<context>
    <name>RoomFiles</name>
    <message>
        <source>Import a transcript…</source>
        <translation>Importuj transkrypcję…</translation>
    </message>
    <message>
        <source>Export the transcript…</source>
        <translation>Eksportuj transkrypcję…</translation>
    </message>
    <message>
        <source>Export the index as OHMS XML…</source>
        <translation>Eksportuj indeks jako OHMS XML…</translation>
    </message>
    <message>
        <source>Import an OHMS index…</source>
        <translation>Importuj indeks OHMS…</translation>
    </message>
    <message>
        <source>OHMS XML is not available in this version of Zacni.</source>
        <translation>Ta wersja programu Zacni nie obsługuje formatu OHMS XML.</translation>
    </message>
    <message>
        <source>Import a transcript</source>
        <translation>Import transkrypcji</translation>
    </message>
    <message>
        <source>Transcripts (*.vtt *.srt *.txt);;All files (*)</source>
        <translation>Transkrypcje (*.vtt *.srt *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Imported cues: {0}</source>
        <translation>Zaimportowane kwestie: {0}</translation>
    </message>
    <message>
        <source>Replace the cues of this transcript by the file's? Closed passages stay closed.</source>
        <translation>Zastąpić kwestie tej transkrypcji kwestiami z pliku? Zastrzeżone fragmenty pozostaną zastrzeżone.</translation>
    </message>
    <message>
        <source>WebVTT (*.vtt)</source>
        <translation>WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>SubRip (*.srt)</source>
        <translation>SubRip (*.srt)</translation>
    </message>
    <message>
        <source>Text with [hh:mm:ss] (*.txt)</source>
        <translation>Tekst ze znacznikami [gg:mm:ss] (*.txt)</translation>
    </message>
    <message>
        <source>Export the transcript</source>
        <translation>Eksport transkrypcji</translation>
    </message>
    <message>
        <source>Exported cues: {0}</source>
        <translation>Wyeksportowane kwestie: {0}</translation>
    </message>
    <message>
        <source>Export the index as OHMS XML</source>
        <translation>Eksport indeksu jako OHMS XML</translation>
    </message>
    <message>
        <source>OHMS XML (*.xml)</source>
        <translation>OHMS XML (*.xml)</translation>
    </message>
    <message>
        <source>Exported index segments: {0}</source>
        <translation>Wyeksportowane fragmenty indeksu: {0}</translation>
    </message>
    <message>
        <source>Import an OHMS index</source>
        <translation>Import indeksu OHMS</translation>
    </message>
    <message>
        <source>OHMS XML (*.xml);;All files (*)</source>
        <translation>OHMS XML (*.xml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Imported index segments: {0}</source>
        <translation>Zaimportowane fragmenty indeksu: {0}</translation>
    </message>
    <message>
        <source>Cannot do this</source>
        <translation>Nie można tego zrobić</translation>
    </message>
</context>
<context>
    <name>RoomMessages</name>
    <message>
        <source>A time cannot be before the start of the recording.</source>
        <translation>Czas nie może wypadać przed początkiem nagrania.</translation>
    </message>
    <message>
        <source>{0} is past the end of the recording ({1}).</source>
        <translation>{0} wypada po końcu nagrania ({1}).</translation>
    </message>
    <message>
        <source>The end ({0}) is before the start ({1}).</source>
        <translation>Koniec ({0}) wypada przed początkiem ({1}).</translation>
    </message>
    <message>
        <source>{0} is outside the cue ({1}–{2}).</source>
        <translation>{0} wypada poza kwestią ({1}–{2}).</translation>
    </message>
    <message>
        <source>This is the last cue; there is nothing after it to merge with.</source>
        <translation>To ostatnia kwestia; nie ma po niej nic do połączenia.</translation>
    </message>
    <message>
        <source>The next cue belongs to a restricted passage; the two cannot be merged.</source>
        <translation>Następna kwestia należy do zastrzeżonego fragmentu; tych dwóch nie można połączyć.</translation>
    </message>
    <message>
        <source>“{0}” is not a time; write it as hh:mm:ss.</source>
        <translation>„{0}” to nie jest czas; wpisz go jako gg:mm:ss.</translation>
    </message>
</context>
<context>
    <name>RoomShortcuts</name>
    <message>
        <source>Play / pause</source>
        <extracomment>name → default key, in the order the dialog lists them</extracomment>
        <translation>Odtwarzaj / wstrzymaj</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>5 sekund wstecz</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>5 sekund naprzód</translation>
    </message>
    <message>
        <source>New cue at the current time</source>
        <translation>Nowa kwestia w tym miejscu</translation>
    </message>
    <message>
        <source>Insert the current time into the text</source>
        <translation>Wstaw bieżący czas do tekstu</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Wolniej</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Szybciej</translation>
    </message>
</context>
<context>
    <name>SearchMessages</name>
    <message>
        <source>A quotation mark (") is not closed.</source>
        <translation>Cudzysłów (") nie jest zamknięty.</translation>
    </message>
    <message>
        <source>There is no field “{0}:”. Known fields: {1}.</source>
        <translation>Nie ma pola „{0}:”. Znane pola: {1}.</translation>
    </message>
    <message>
        <source>The range after {0} is missing its closing ].</source>
        <translation>Zakresowi po {0} brakuje zamykającego ].</translation>
    </message>
    <message>
        <source>{0} needs a value, e.g. {1}</source>
        <translation>Po {0} trzeba podać wartość, np. {1}</translation>
    </message>
    <message>
        <source>A query cannot only exclude (-word): add something to look for.</source>
        <translation>Zapytanie nie może tylko wykluczać (-słowo): dodaj, czego szukać.</translation>
    </message>
    <message>
        <source>An exclusion (-word) cannot be one side of OR.</source>
        <translation>Wykluczenie (-słowo) nie może być jedną ze stron OR.</translation>
    </message>
    <message>
        <source>{0} needs something on both sides.</source>
        <translation>{0} wymaga czegoś po obu stronach.</translation>
    </message>
    <message>
        <source>{0} must stand right before what it excludes.</source>
        <translation>{0} musi stać tuż przed tym, co wyklucza.</translation>
    </message>
    <message>
        <source>A double exclusion (--word) is not allowed.</source>
        <translation>Podwójne wykluczenie (--słowo) jest niedozwolone.</translation>
    </message>
    <message>
        <source>A parenthesis is opened but not closed.</source>
        <translation>Nawias jest otwarty, ale nie zamknięty.</translation>
    </message>
    <message>
        <source>The parentheses hold nothing to search for.</source>
        <translation>W nawiasie nie ma niczego do szukania.</translation>
    </message>
    <message>
        <source>A closing parenthesis has no opening one.</source>
        <translation>Nawias zamykający nie ma otwierającego.</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>Zapytanie jest puste.</translation>
    </message>
    <message>
        <source>The query holds only very common words (like “w”, “i”, “na”); add a more specific one.</source>
        <translation>Zapytanie zawiera tylko bardzo częste słowa (jak „w”, „i”, „na”); dodaj jakieś konkretniejsze.</translation>
    </message>
    <message>
        <source>“{0}”: give at least two letters before *.</source>
        <translation>„{0}”: przed * podaj co najmniej dwie litery.</translation>
    </message>
    <message>
        <source>{0}: needs a value.</source>
        <translation>{0}: trzeba podać wartość.</translation>
    </message>
    <message>
        <source>{0} is not known; use one of: {1}.</source>
        <translation>{0} — nieznana wartość; użyj jednej z: {1}.</translation>
    </message>
    <message>
        <source>{0} is not a year; write {1}, {2} or {3}.</source>
        <translation>{0} to nie rok; napisz {1}, {2} albo {3}.</translation>
    </message>
    <message>
        <source>{0}: the range ends before it starts.</source>
        <translation>{0}: zakres kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <source>{0} is not a decade; write {1}.</source>
        <translation>{0} to nie dekada; napisz {1}.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Subject</source>
        <extracomment>The section of the window each kind of hit is listed in.</extracomment>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Dekada</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Rodzaj pliku</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Kolekcja</translation>
    </message>
    <message>
        <source>Search the archive (Ctrl+K)</source>
        <translation>Szukaj w archiwum (Ctrl+K)</translation>
    </message>
    <message>
        <source>Words in any form, with or without Polish letters; "a phrase", -excluded, OR, pszcz* and fields such as miejsce:Opatów, osoba:, temat:, rok:1980-1989</source>
        <translation>Słowa w dowolnej formie, z polskimi literami lub bez; "fraza", -wykluczone, OR, pszcz* oraz pola, np. miejsce:Opatów, osoba:, temat:, rok:1980-1989</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Wróć do listy</translation>
    </message>
    <message>
        <source>The query cannot be searched</source>
        <translation>Tego zapytania nie da się wyszukać</translation>
    </message>
    <message>
        <source>The search failed: {0}</source>
        <translation>Wyszukiwanie się nie powiodło: {0}</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”</source>
        <translation>Nic nie znaleziono dla „{0}”</translation>
    </message>
    <message>
        <source>Found: {0} (the best {1} are shown)</source>
        <translation>Znaleziono: {0} (pokazano {1} najlepszych)</translation>
    </message>
    <message>
        <source>Found: {0}</source>
        <translation>Znaleziono: {0}</translation>
    </message>
    <message>
        <source>Did you mean: {0}?</source>
        <translation>Czy chodziło o: {0}?</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>transcript</source>
        <translation>transkrypcja</translation>
    </message>
    <message>
        <source>index of the recording</source>
        <translation>indeks nagrania</translation>
    </message>
    <message>
        <source>Double-click to listen from {0}</source>
        <translation>Kliknij dwukrotnie, aby słuchać od {0}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Listening room shortcuts</source>
        <translation>Skróty klawiszowe odsłuchu</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publikacja</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Zajawka</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>an interview's title</source>
        <translation>tytuł wywiadu</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Wywiady</translation>
    </message>
    <message>
        <source>a photo's or recording's title</source>
        <translation>tytuł zdjęcia lub nagrania</translation>
    </message>
    <message>
        <source>Photos and recordings</source>
        <translation>Zdjęcia i nagrania</translation>
    </message>
    <message>
        <source>a photo's title</source>
        <translation>tytuł zdjęcia</translation>
    </message>
    <message>
        <source>Main photo</source>
        <translation>Zdjęcie główne</translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation>imiona i nazwiska, rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>People in the story</source>
        <translation>Osoby w historii</translation>
    </message>
    <message>
        <source>story</source>
        <translation>historia</translation>
    </message>
    <message>
        <source>Save the story to see whether it can be published.</source>
        <translation>Zapisz historię, aby sprawdzić, czy można ją opublikować.</translation>
    </message>
    <message>
        <source>Before it can be published:</source>
        <translation>Zanim będzie można ją opublikować:</translation>
    </message>
    <message>
        <source>Nothing stands in the way of publishing it.</source>
        <translation>Nic nie stoi na przeszkodzie publikacji.</translation>
    </message>
    <message>
        <source>It cannot be published yet: {0}.</source>
        <translation>Nie można jej jeszcze opublikować: {0}.</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Nowa historia</translation>
    </message>
</context>
<context>
    <name>SubjectEditor</name>
    <message>
        <source>Label</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>in Polish, e.g. pszczelarstwo</source>
        <translation>po polsku, np. pszczelarstwo</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>Po angielsku</translation>
    </message>
    <message>
        <source>e.g. beekeeping</source>
        <translation>np. beekeeping</translation>
    </message>
    <message>
        <source>Broader subject</source>
        <translation>Temat nadrzędny</translation>
    </message>
    <message>
        <source>empty: a top term</source>
        <translation>puste: temat najwyższego poziomu</translation>
    </message>
    <message>
        <source>Scope note</source>
        <translation>Objaśnienie zakresu</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>temat</translation>
    </message>
    <message>
        <source>New subject</source>
        <translation>Nowy temat</translation>
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
    <name>TranscriptEditor</name>
    <message>
        <source>Who speaks</source>
        <translation>Kto mówi</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Kwestia</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Mówca</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Type what you hear; {0} starts the next cue at the current time.</source>
        <translation>Wpisz, co słyszysz; {0} zaczyna następną kwestię w tym miejscu nagrania.</translation>
    </message>
    <message>
        <source>Edit the cue at {0}</source>
        <translation>Zmiana kwestii od {0}</translation>
    </message>
    <message>
        <source>New cue</source>
        <translation>Nowa kwestia</translation>
    </message>
    <message>
        <source>Split the cue</source>
        <translation>Podział kwestii</translation>
    </message>
    <message>
        <source>Merge with the next cue</source>
        <translation>Połączenie z następną kwestią</translation>
    </message>
    <message>
        <source>Delete the cue</source>
        <translation>Usunięcie kwestii</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>No waveform for this recording yet.</source>
        <translation>Dla tego nagrania nie ma jeszcze obrazu fali dźwiękowej.</translation>
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
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
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
        <source>&amp;Listen in the listening room</source>
        <translation>Odsł&amp;uchaj w pokoju odsłuchu</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Odsłuchaj</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importuj pliki…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Importuj &amp;folder…</translation>
    </message>
    <message>
        <source>Load the &amp;demo material</source>
        <translation>Wczytaj materiał &amp;demonstracyjny</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Kopia zapasowa…</translation>
    </message>
    <message>
        <source>&amp;Publish the website…</source>
        <translation>P&amp;ublikuj stronę…</translation>
    </message>
    <message>
        <source>Publishing the website is not part of this version of Zacni yet.</source>
        <translation>Publikowania strony nie ma jeszcze w tej wersji programu Zacni.</translation>
    </message>
    <message>
        <source>E&amp;xchange with partners…</source>
        <translation>&amp;Wymiana z partnerami…</translation>
    </message>
    <message>
        <source>The listening room is not part of this version of Zacni yet.</source>
        <translation>Pokoju odsłuchu nie ma jeszcze w tej wersji programu Zacni.</translation>
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
        <source>&amp;Search the archive…</source>
        <translation>&amp;Szukaj w archiwum…</translation>
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
