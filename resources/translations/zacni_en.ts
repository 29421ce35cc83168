<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Someone else saved “{0}” after you opened it.</source>
        <translation>Someone else saved “{0}” after you opened it.</translation>
    </message>
    <message>
        <source>Reload shows their version and drops your changes. Overwrite saves your version over theirs. Cancel keeps your changes on screen, unsaved.</source>
        <translation>Reload shows their version and drops your changes. Overwrite saves your version over theirs. Cancel keeps your changes on screen, unsaved.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Overwrite with my version</source>
        <translation>Overwrite with my version</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select something in the list to see it here.</source>
        <translation>Select something in the list to see it here.</translation>
    </message>
    <message>
        <source>Restore from the trash</source>
        <translation>Restore from the trash</translation>
    </message>
    <message>
        <source>Empty the trash…</source>
        <translation>Empty the trash…</translation>
    </message>
    <message>
        <source>“{0}” ({1}) is in the trash. Restore it, or empty the trash to delete it for good.</source>
        <translation>“{0}” ({1}) is in the trash. Restore it, or empty the trash to delete it for good.</translation>
    </message>
    <message>
        <source>Edit of “{0}”</source>
        <translation>Edit of “{0}”</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>New {0}</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Added.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Narrators</source>
        <translation>Narrators</translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation>names, separated by commas</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewers</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>e.g. beekeeping, embroidery</source>
        <translation>e.g. beekeeping, embroidery</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Staff notes</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>New interview</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Photos and recordings</source>
        <translation>Photos and recordings</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Stories</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Narrators</source>
        <translation>Narrators</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Broader subject</source>
        <translation>Broader subject</translation>
    </message>
    <message>
        <source>TERYT code</source>
        <translation>TERYT code</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>research</source>
        <translation>research</translation>
    </message>
    <message>
        <source>staff only</source>
        <translation>staff only</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>catalogued</source>
        <translation>catalogued</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>recording</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>interview</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>story</source>
        <translation>story</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>collection</translation>
    </message>
    <message>
        <source>problems found on import</source>
        <translation>problems found on import</translation>
    </message>
    <message>
        <source>no signed consent</source>
        <translation>no signed consent</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>cataloguer</source>
        <translation>cataloguer</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>researcher</source>
        <translation>researcher</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Zacni — who is working?</source>
        <translation>Zacni — who is working?</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>this user has no password</source>
        <translation>this user has no password</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for a while. ({0})</source>
        <translation>Too many wrong passwords: the account is locked for a while. ({0})</translation>
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
        <translation>The archive is empty. You can load the demo material from Opatów and its villages.</translation>
    </message>
    <message>
        <source>Load the demo material</source>
        <translation>Load the demo material</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Filter the list (Ctrl+F)</source>
        <translation>Filter the list (Ctrl+F)</translation>
    </message>
    <message>
        <source>User: {0} ({1})</source>
        <translation>User: {0} ({1})</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Move to the trash</translation>
    </message>
    <message>
        <source>Cannot move to the trash</source>
        <translation>Cannot move to the trash</translation>
    </message>
    <message>
        <source>Moved to the trash: {0}</source>
        <translation>Moved to the trash: {0}</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Restore from the trash</source>
        <translation>Restore from the trash</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Empty the trash</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good? Files in it are removed from the archive.</source>
        <translation>Delete everything in the trash for good? Files in it are removed from the archive.</translation>
    </message>
    <message>
        <source>Deleted for good: {0}</source>
        <translation>Deleted for good: {0}</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>this record</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>Imported: {0}, duplicates: {1}, refused: {2}</source>
        <translation>Imported: {0}, duplicates: {1}, refused: {2}</translation>
    </message>
    <message>
        <source>The demo material is loaded.</source>
        <translation>The demo material is loaded.</translation>
    </message>
    <message>
        <source>Other work is still running; wait for it to finish.</source>
        <translation>Other work is still running; wait for it to finish.</translation>
    </message>
    <message>
        <source>The work stopped</source>
        <translation>The work stopped</translation>
    </message>
    <message>
        <source>The language changes when Zacni is started again.</source>
        <translation>The language changes when Zacni is started again.</translation>
    </message>
    <message>
        <source>About Zacni</source>
        <translation>About Zacni</translation>
    </message>
    <message>
        <source>Zacni z Sąsiedztwa — the neighbourhood's oral histories, photos and recordings.</source>
        <translation>Zacni z Sąsiedztwa — the neighbourhood's oral histories, photos and recordings.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field must not be empty.</source>
        <translation>This field must not be empty.</translation>
    </message>
    <message>
        <source>Contains characters that cannot be stored.</source>
        <translation>Contains characters that cannot be stored.</translation>
    </message>
    <message>
        <source>Too long: {0} characters, at most {1} allowed.</source>
        <translation>Too long: {0} characters, at most {1} allowed.</translation>
    </message>
    <message>
        <source>{0} is not a year between {1} and {2}.</source>
        <translation>{0} is not a year between {1} and {2}.</translation>
    </message>
    <message>
        <source>“{0}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“{0}” is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“{0}” is not an e-mail address.</source>
        <translation>“{0}” is not an e-mail address.</translation>
    </message>
    <message>
        <source>“{0}” is not a phone number (digits, spaces, +, -, brackets).</source>
        <translation>“{0}” is not a phone number (digits, spaces, +, -, brackets).</translation>
    </message>
    <message>
        <source>“{0}” is not one of the allowed values.</source>
        <translation>“{0}” is not one of the allowed values.</translation>
    </message>
    <message>
        <source>The year of death is before the year of birth.</source>
        <translation>The year of death is before the year of birth.</translation>
    </message>
    <message>
        <source>{0} is in the future.</source>
        <translation>{0} is in the future.</translation>
    </message>
    <message>
        <source>There is no person with id {0}.</source>
        <translation>There is no person with id {0}.</translation>
    </message>
    <message>
        <source>Write a whole number, e.g. 1950.</source>
        <translation>Write a whole number, e.g. 1950.</translation>
    </message>
    <message>
        <source>Nobody called “{0}” is in the archive.</source>
        <translation>Nobody called “{0}” is in the archive.</translation>
    </message>
    <message>
        <source>Several people are called “{0}”; rename one of them first.</source>
        <translation>Several people are called “{0}”; rename one of them first.</translation>
    </message>
    <message>
        <source>Someone else saved this record in the meantime; nothing was overwritten.</source>
        <translation>Someone else saved this record in the meantime; nothing was overwritten.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>This record no longer exists (perhaps someone deleted it).</source>
        <translation>This record no longer exists (perhaps someone deleted it).</translation>
    </message>
    <message>
        <source>The archive cannot be opened: {0}</source>
        <translation>The archive cannot be opened: {0}</translation>
    </message>
    <message>
        <source>This archive needs another version of Zacni: {0}</source>
        <translation>This archive needs another version of Zacni: {0}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Given name and surname</source>
        <translation>Given name and surname</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Year of death</source>
        <translation>Year of death</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>e.g. beekeeping, embroidery</source>
        <translation>e.g. beekeeping, embroidery</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biography</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Staff notes</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <extracomment>core field names (ValidationError.field) that belong to a differently named form field fields on the form but not shown (and so never read or saved), e.g. private ones</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>TERYT code</source>
        <translation>TERYT code</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Broader subject</source>
        <translation>Broader subject</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>In English</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Size in pixels</source>
        <translation>Size in pixels</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Problems found on import</source>
        <translation>Problems found on import</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Move to the &amp;trash</source>
        <translation>Move to the &amp;trash</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Photos as &amp;thumbnails</source>
        <translation>Photos as &amp;thumbnails</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Load the &amp;demo material</source>
        <translation>Load the &amp;demo material</translation>
    </message>
    <message>
        <source>&amp;Empty the trash…</source>
        <translation>&amp;Empty the trash…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Restore from the trash</source>
        <translation>Restore from the trash</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;About Zacni</source>
        <translation>&amp;About Zacni</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>WorkStatus</name>
    <message>
        <source>Cancel</source>
        <extracomment>(message, is it an error the user must read) when work ends without a result</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
</TS>
