<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AssetEditor</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD or YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
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
        <source>the interview's title; empty: none</source>
        <translation>the interview's title; empty: none</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Seen in it</source>
        <translation>Seen in it</translation>
    </message>
    <message>
        <source>Heard in it</source>
        <translation>Heard in it</translation>
    </message>
    <message>
        <source>Photographed by</source>
        <translation>Photographed by</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
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
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
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
    <name>BackupReminder</name>
    <message>
        <source>No backup of this archive has been made yet.</source>
        <translation>No backup of this archive has been made yet.</translation>
    </message>
    <message>
        <source>The last backup of this archive was made on {0}, a day ago.</source>
        <translation>The last backup of this archive was made on {0}, a day ago.</translation>
    </message>
    <message>
        <source>The last backup of this archive was made on {0}, {1} days ago.</source>
        <translation>The last backup of this archive was made on {0}, {1} days ago.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Hide this reminder until Zacni is started again</source>
        <translation>Hide this reminder until Zacni is started again</translation>
    </message>
    <message>
        <source>Back up the archive</source>
        <translation>Back up the archive</translation>
    </message>
    <message>
        <source>Zacni backups (*.zbk);;All files (*)</source>
        <translation>Zacni backups (*.zbk);;All files (*)</translation>
    </message>
    <message>
        <source>The backup {0} is written and verified: {1} files ({2} copied, {3} reused).</source>
        <translation>The backup {0} is written and verified: {1} files ({2} copied, {3} reused).</translation>
    </message>
</context>
<context>
    <name>ClipBar</name>
    <message>
        <source>Set the clip's start here</source>
        <translation>Set the clip's start here</translation>
    </message>
    <message>
        <source>Set the clip's end here</source>
        <translation>Set the clip's end here</translation>
    </message>
    <message>
        <source>Save the clip</source>
        <translation>Save the clip</translation>
    </message>
    <message>
        <source>Clip title (optional)</source>
        <translation>Clip title (optional)</translation>
    </message>
    <message>
        <source>Clip:</source>
        <translation>Clip:</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>for the story</source>
        <translation>for the story</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Mark the clip's start and end first.</source>
        <translation>Mark the clip's start and end first.</translation>
    </message>
    <message>
        <source>Clips are not available in this version of Zacni.</source>
        <translation>Clips are not available in this version of Zacni.</translation>
    </message>
    <message>
        <source>Clip saved: {0} – {1}</source>
        <translation>Clip saved: {0} – {1}</translation>
    </message>
</context>
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
    <name>ConsentEditor</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>empty: all their material</source>
        <translation>empty: all their material</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation>Agreed to</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>Embargo until</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Withdraw today</source>
        <translation>Withdraw today</translation>
    </message>
    <message>
        <source>the scanned, signed form</source>
        <translation>the scanned, signed form</translation>
    </message>
    <message>
        <source>Scan of the form</source>
        <translation>Scan of the form</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Staff notes</translation>
    </message>
    <message>
        <source>Delete this consent…</source>
        <translation>Delete this consent…</translation>
    </message>
    <message>
        <source>For a consent entered by mistake; a withdrawn one is kept</source>
        <translation>For a consent entered by mistake; a withdrawn one is kept</translation>
    </message>
    <message>
        <source>Delete the consent</source>
        <translation>Delete the consent</translation>
    </message>
    <message>
        <source>Delete this consent, entered by mistake? Ctrl+Z brings it back.</source>
        <translation>Delete this consent, entered by mistake? Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>New consent</translation>
    </message>
    <message>
        <source>Consent of {0}</source>
        <translation>Consent of {0}</translation>
    </message>
</context>
<context>
    <name>ConsentList</name>
    <message>
        <source>Add a consent…</source>
        <translation>Add a consent…</translation>
    </message>
    <message>
        <source>Save the person first; then add their consent.</source>
        <translation>Save the person first; then add their consent.</translation>
    </message>
    <message>
        <source>No signed consent on file: their material stays with the staff.</source>
        <translation>No signed consent on file: their material stays with the staff.</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <source>keeping in the archive only</source>
        <translation>keeping in the archive only</translation>
    </message>
    <message>
        <source>research use</source>
        <translation>research use</translation>
    </message>
    <message>
        <source>publication without name</source>
        <translation>publication without name</translation>
    </message>
    <message>
        <source>publication with name</source>
        <translation>publication with name</translation>
    </message>
    <message>
        <source>for “{0}”</source>
        <translation>for “{0}”</translation>
    </message>
    <message>
        <source>for all their material</source>
        <translation>for all their material</translation>
    </message>
    <message>
        <source>signed {0}</source>
        <translation>signed {0}</translation>
    </message>
    <message>
        <source>embargo until {0}</source>
        <translation>embargo until {0}</translation>
    </message>
    <message>
        <source>WITHDRAWN {0}</source>
        <translation>WITHDRAWN {0}</translation>
    </message>
</context>
<context>
    <name>CueModel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>[restricted passage]</source>
        <translation>[restricted passage]</translation>
    </message>
    <message>
        <source>A restricted passage: you may not hear or read it.</source>
        <translation>A restricted passage: you may not hear or read it.</translation>
    </message>
    <message>
        <source>Restricted passage ({0}): {1}</source>
        <translation>Restricted passage ({0}): {1}</translation>
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
        <source>The story was not published.</source>
        <translation>The story was not published.</translation>
    </message>
    <message>
        <source>Save the story as a draft first; then publish it.</source>
        <translation>Save the story as a draft first; then publish it.</translation>
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
        <source>Cannot delete</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Delete {0}</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>no signed consent on file</source>
        <translation>no signed consent on file</translation>
    </message>
    <message>
        <source>consent withdrawn on {0}</source>
        <translation>consent withdrawn on {0}</translation>
    </message>
    <message>
        <source>under embargo until {0}</source>
        <translation>under embargo until {0}</translation>
    </message>
    <message>
        <source>the consent covers only “{0}”</source>
        <translation>the consent covers only “{0}”</translation>
    </message>
    <message>
        <source>the interview is marked “{0}”</source>
        <translation>the interview is marked “{0}”</translation>
    </message>
    <message>
        <source>narrator: {0}</source>
        <translation>narrator: {0}</translation>
    </message>
    <message>
        <source>with its consents the interview is “{0}”</source>
        <translation>with its consents the interview is “{0}”</translation>
    </message>
    <message>
        <source>the recording itself stays here: it has closed passages ({0}); its open text goes</source>
        <translation>the recording itself stays here: it has closed passages ({0}); its open text goes</translation>
    </message>
    <message>
        <source>a scan of a signed consent form (sent only when chosen)</source>
        <translation>a scan of a signed consent form (sent only when chosen)</translation>
    </message>
    <message>
        <source>the partner kept the recording itself back, so its record and texts are not taken</source>
        <translation>the partner kept the recording itself back, so its record and texts are not taken</translation>
    </message>
    <message>
        <source>already in this archive</source>
        <translation>already in this archive</translation>
    </message>
    <message>
        <source>the same file is here already (file {0})</source>
        <translation>the same file is here already (file {0})</translation>
    </message>
    <message>
        <source>Cannot write {0}: there is no folder {1}.</source>
        <translation>Cannot write {0}: there is no folder {1}.</translation>
    </message>
    <message>
        <source>{0} is a folder: give the name of a file.</source>
        <translation>{0} is a folder: give the name of a file.</translation>
    </message>
    <message>
        <source>Cannot make the package in {0}: there is no folder {1}.</source>
        <translation>Cannot make the package in {0}: there is no folder {1}.</translation>
    </message>
    <message>
        <source>None of the chosen interviews may go to a partner.</source>
        <translation>None of the chosen interviews may go to a partner.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Exchange with partners</source>
        <translation>Exchange with partners</translation>
    </message>
    <message>
        <source>Send a package</source>
        <translation>Send a package</translation>
    </message>
    <message>
        <source>Take in a package</source>
        <translation>Take in a package</translation>
    </message>
    <message>
        <source>Descriptions for catalogues</source>
        <translation>Descriptions for catalogues</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>A package (BagIt) of the chosen interviews for a partner institution.</source>
        <translation>A package (BagIt) of the chosen interviews for a partner institution.</translation>
    </message>
    <message>
        <source>Their files, transcripts, index and consents go with them; private details never.</source>
        <translation>Their files, transcripts, index and consents go with them; private details never.</translation>
    </message>
    <message>
        <source>What consent does not allow stays here.</source>
        <translation>What consent does not allow stays here.</translation>
    </message>
    <message>
        <source>Include scans of the signed consent forms</source>
        <translation>Include scans of the signed consent forms</translation>
    </message>
    <message>
        <source>the package is made in a new folder inside it</source>
        <translation>the package is made in a new folder inside it</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Make the package</source>
        <translation>Make the package</translation>
    </message>
    <message>
        <source>The folder of a package a partner sent.</source>
        <translation>The folder of a package a partner sent.</translation>
    </message>
    <message>
        <source>It is checked whole first, then taken in at once or not at all.</source>
        <translation>It is checked whole first, then taken in at once or not at all.</translation>
    </message>
    <message>
        <source>Records already here are kept, and a consent can only become stricter.</source>
        <translation>Records already here are kept, and a consent can only become stricter.</translation>
    </message>
    <message>
        <source>the folder of the package (with bagit.txt)</source>
        <translation>the folder of the package (with bagit.txt)</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Package:</translation>
    </message>
    <message>
        <source>Take in the package</source>
        <translation>Take in the package</translation>
    </message>
    <message>
        <source>Dublin Core descriptions of the public interviews and their public files,</source>
        <translation>Dublin Core descriptions of the public interviews and their public files,</translation>
    </message>
    <message>
        <source>for Omeka S (CSV Import) or any catalogue that reads oai_dc XML.</source>
        <translation>for Omeka S (CSV Import) or any catalogue that reads oai_dc XML.</translation>
    </message>
    <message>
        <source>Only what may go to the public website is described; names only with consent.</source>
        <translation>Only what may go to the public website is described; names only with consent.</translation>
    </message>
    <message>
        <source>CSV for Omeka S</source>
        <translation>CSV for Omeka S</translation>
    </message>
    <message>
        <source>XML (oai_dc)</source>
        <translation>XML (oai_dc)</translation>
    </message>
    <message>
        <source>Static OAI-PMH repository (XML)</source>
        <translation>Static OAI-PMH repository (XML)</translation>
    </message>
    <message>
        <source>where the gateway will read the file, e.g. https://oai.example.pl/zacni.xml</source>
        <translation>where the gateway will read the file, e.g. https://oai.example.pl/zacni.xml</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>the file to write, e.g. zacni.csv</source>
        <translation>the file to write, e.g. zacni.csv</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Write the descriptions</source>
        <translation>Write the descriptions</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>{0} — stays here: {1}</source>
        <translation>{0} — stays here: {1}</translation>
    </message>
    <message>
        <source>Interviews that may go to a partner: {0} of {1}.</source>
        <translation>Interviews that may go to a partner: {0} of {1}.</translation>
    </message>
    <message>
        <source>Choose the folder to make the package in first.</source>
        <translation>Choose the folder to make the package in first.</translation>
    </message>
    <message>
        <source>Tick at least one interview.</source>
        <translation>Tick at least one interview.</translation>
    </message>
    <message>
        <source>Making the package…</source>
        <translation>Making the package…</translation>
    </message>
    <message>
        <source>Choose the folder of the package first.</source>
        <translation>Choose the folder of the package first.</translation>
    </message>
    <message>
        <source>Checking and taking in the package…</source>
        <translation>Checking and taking in the package…</translation>
    </message>
    <message>
        <source>Choose the file to write first.</source>
        <translation>Choose the file to write first.</translation>
    </message>
    <message>
        <source>Give the address the gateway will read the repository from.</source>
        <translation>Give the address the gateway will read the repository from.</translation>
    </message>
    <message>
        <source>Writing the descriptions…</source>
        <translation>Writing the descriptions…</translation>
    </message>
    <message>
        <source>Descriptions written: {0} public records, to {1}.</source>
        <translation>Descriptions written: {0} public records, to {1}.</translation>
    </message>
    <message>
        <source>Interviews not described (not public with their consents): {0}.</source>
        <translation>Interviews not described (not public with their consents): {0}.</translation>
    </message>
    <message>
        <source>The package is ready: interviews {0}, files {1}.</source>
        <translation>The package is ready: interviews {0}, files {1}.</translation>
    </message>
    <message>
        <source>Taken in from {0}: interviews {1}, files {2}, people {3}, transcripts {4}.</source>
        <translation>Taken in from {0}: interviews {1}, files {2}, people {3}, transcripts {4}.</translation>
    </message>
    <message>
        <source>Already here, kept as they are: {0}.</source>
        <translation>Already here, kept as they are: {0}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or taken in.</source>
        <translation>Cancelled: nothing was written or taken in.</translation>
    </message>
    <message>
        <source>The package was refused, nothing was taken in: {0}</source>
        <translation>The package was refused, nothing was taken in: {0}</translation>
    </message>
    <message>
        <source>This is not a web address on a domain name, e.g. https://oai.example.pl/zacni.xml.</source>
        <translation>This is not a web address on a domain name, e.g. https://oai.example.pl/zacni.xml.</translation>
    </message>
    <message>
        <source>The exchange failed: {0}</source>
        <translation>The exchange failed: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>attached to the interview “{0}”</source>
        <translation>attached to the interview “{0}”</translation>
    </message>
    <message>
        <source>attached to the person “{0}”</source>
        <translation>attached to the person “{0}”</translation>
    </message>
    <message>
        <source>not attached to any interview or person</source>
        <translation>not attached to any interview or person</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>Photos and scans</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Documents (PDF)</source>
        <translation>Documents (PDF)</translation>
    </message>
    <message>
        <source>Other files (their content will be checked)</source>
        <translation>Other files (their content will be checked)</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>There is nothing here that could be imported.</source>
        <translation>There is nothing here that could be imported.</translation>
    </message>
    <message>
        <source>Files to import: {0} ({1} in all), {2}.</source>
        <translation>Files to import: {0} ({1} in all), {2}.</translation>
    </message>
    <message>
        <source>Cannot be imported: {0}</source>
        <translation>Cannot be imported: {0}</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Warning: {0}</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>The file is empty (0 bytes).</translation>
    </message>
    <message>
        <source>This is not a photo, scan, recording, video or PDF that the archive can take.</source>
        <translation>This is not a photo, scan, recording, video or PDF that the archive can take.</translation>
    </message>
    <message>
        <source>The file declares an enormous image (more pixels than the archive accepts); it was refused.</source>
        <translation>The file declares an enormous image (more pixels than the archive accepts); it was refused.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read.</source>
        <translation>The file is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The file cannot be read (no permission, or a disk error).</source>
        <translation>The file cannot be read (no permission, or a disk error).</translation>
    </message>
    <message>
        <source>The file does not exist (perhaps the card or disk was removed).</source>
        <translation>The file does not exist (perhaps the card or disk was removed).</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a device, a pipe or a socket).</source>
        <translation>This is not an ordinary file (a device, a pipe or a socket).</translation>
    </message>
    <message>
        <source>The link leads round in a circle; it was skipped.</source>
        <translation>The link leads round in a circle; it was skipped.</translation>
    </message>
    <message>
        <source>The archive's disk is full; free some space and import again.</source>
        <translation>The archive's disk is full; free some space and import again.</translation>
    </message>
    <message>
        <source>The file is incomplete: its end is missing.</source>
        <translation>The file is incomplete: its end is missing.</translation>
    </message>
    <message>
        <source>The sound can be played only up to a point; the rest is damaged.</source>
        <translation>The sound can be played only up to a point; the rest is damaged.</translation>
    </message>
    <message>
        <source>Part of the picture or video data is damaged.</source>
        <translation>Part of the picture or video data is damaged.</translation>
    </message>
    <message>
        <source>The ending of the file name does not match what the file really is.</source>
        <translation>The ending of the file name does not match what the file really is.</translation>
    </message>
    <message>
        <source>The description stored in the file (tags, EXIF) was damaged; unreadable parts were left out.</source>
        <translation>The description stored in the file (tags, EXIF) was damaged; unreadable parts were left out.</translation>
    </message>
    <message>
        <source>No decoder for this format is installed, so its size was not read.</source>
        <translation>No decoder for this format is installed, so its size was not read.</translation>
    </message>
    <message>
        <source>The document is password-protected, so its pages could not be counted.</source>
        <translation>The document is password-protected, so its pages could not be counted.</translation>
    </message>
    <message>
        <source>The file's name or path is longer than the system allows.</source>
        <translation>The file's name or path is longer than the system allows.</translation>
    </message>
    <message>
        <source>This name cannot be used on Windows.</source>
        <translation>This name cannot be used on Windows.</translation>
    </message>
    <message>
        <source>The name is not in UTF-8 (an old camera or computer); unreadable letters were replaced.</source>
        <translation>The name is not in UTF-8 (an old camera or computer); unreadable letters were replaced.</translation>
    </message>
    <message>
        <source>The name was written with decomposed letters (as macOS does); it is kept in the usual form.</source>
        <translation>The name was written with decomposed letters (as macOS does); it is kept in the usual form.</translation>
    </message>
    <message>
        <source>The folder holds several files of this name (in other letter case or form); each is kept.</source>
        <translation>The folder holds several files of this name (in other letter case or form); each is kept.</translation>
    </message>
    <message>
        <source>No thumbnail could be made.</source>
        <translation>No thumbnail could be made.</translation>
    </message>
    <message>
        <source>No waveform of the sound could be drawn.</source>
        <translation>No waveform of the sound could be drawn.</translation>
    </message>
    <message>
        <source>No frame of the video could be taken as its picture.</source>
        <translation>No frame of the video could be taken as its picture.</translation>
    </message>
    <message>
        <source>The name is very long; copies written to Windows folders will be shortened.</source>
        <translation>The name is very long; copies written to Windows folders will be shortened.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>The import was cancelled; what is listed here was done before that.</source>
        <translation>The import was cancelled; what is listed here was done before that.</translation>
    </message>
    <message>
        <source>Imported: {0}</source>
        <translation>Imported: {0}</translation>
    </message>
    <message>
        <source>Already in the archive: {0}</source>
        <translation>Already in the archive: {0}</translation>
    </message>
    <message>
        <source>{0} — the same file is already in the archive (no. {1})</source>
        <translation>{0} — the same file is already in the archive (no. {1})</translation>
    </message>
    <message>
        <source>Refused: {0}</source>
        <translation>Refused: {0}</translation>
    </message>
</context>
<context>
    <name>IndexEditor</name>
    <message>
        <source>comma-separated</source>
        <extracomment>where the player is (the room sets it): new segments and jumps start from there</extracomment>
        <translation>comma-separated</translation>
    </message>
    <message>
        <source>from the vocabulary, comma-separated</source>
        <translation>from the vocabulary, comma-separated</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Partial transcript</source>
        <translation>Partial transcript</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Synopsis</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
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
        <source>New segment at the current time</source>
        <translation>New segment at the current time</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Edit the segment “{0}”</source>
        <translation>Edit the segment “{0}”</translation>
    </message>
    <message>
        <source>Segment saved.</source>
        <translation>Segment saved.</translation>
    </message>
    <message>
        <source>Segment at {0}</source>
        <translation>Segment at {0}</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <source>Delete the segment</source>
        <translation>Delete the segment</translation>
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
        <source>No files yet: drop them here or import them.</source>
        <translation>No files yet: drop them here or import them.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
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
        <source>Name of a place or thing</source>
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
        <source>narrator</source>
        <translation>narrator</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>interviewer</translation>
    </message>
    <message>
        <source>other part</source>
        <translation>other part</translation>
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
    <name>LinksField</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected ones from the list</source>
        <translation>Remove the selected ones from the list</translation>
    </message>
</context>
<context>
    <name>ListeningRoom</name>
    <message>
        <source>Listening room — {0}</source>
        <translation>Listening room — {0}</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Play / pause</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Back 5 seconds</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Forward 5 seconds</translation>
    </message>
    <message>
        <source>New cue at the current time</source>
        <translation>New cue at the current time</translation>
    </message>
    <message>
        <source>Insert the current time into the text</source>
        <translation>Insert the current time into the text</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Split the cue at the cursor</source>
        <translation>Split the cue at the cursor</translation>
    </message>
    <message>
        <source>Merge with the next cue</source>
        <translation>Merge with the next cue</translation>
    </message>
    <message>
        <source>Delete the cue</source>
        <translation>Delete the cue</translation>
    </message>
    <message>
        <source>New segment at the current time</source>
        <translation>New segment at the current time</translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation>Previous segment</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>Next segment</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>Keyboard shortcuts…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
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
        <source>&amp;Playback</source>
        <translation>&amp;Playback</translation>
    </message>
    <message>
        <source>C&amp;lip</source>
        <translation>C&amp;lip</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Editing</translation>
    </message>
    <message>
        <source>New cue</source>
        <translation>New cue</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Delete cue</source>
        <translation>Delete cue</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <source>◀ Segment</source>
        <translation>◀ Segment</translation>
    </message>
    <message>
        <source>Segment ▶</source>
        <translation>Segment ▶</translation>
    </message>
    <message>
        <source>The recording's file is missing from the archive.</source>
        <translation>The recording's file is missing from the archive.</translation>
    </message>
    <message>
        <source>this transcript</source>
        <translation>this transcript</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
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
        <extracomment>Rows a drop attaches files to: the key's kind → the IngestTarget field.</extracomment>
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
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>Deleted: {0}</source>
        <translation>Deleted: {0}</translation>
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
        <source>Import a folder</source>
        <translation>Import a folder</translation>
    </message>
    <message>
        <source>Imported: {0}, duplicates: {1}, refused: {2}</source>
        <translation>Imported: {0}, duplicates: {1}, refused: {2}</translation>
    </message>
    <message>
        <source>The backup is written: {0}</source>
        <translation>The backup is written: {0}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>The listening room is not available; the recording is selected in the list.</source>
        <translation>The listening room is not available; the recording is selected in the list.</translation>
    </message>
    <message>
        <source>Listening room</source>
        <translation>Listening room</translation>
    </message>
    <message>
        <source>Publish the website</source>
        <translation>Publish the website</translation>
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
        <source>This is read from the file itself and cannot be changed.</source>
        <translation>This is read from the file itself and cannot be changed.</translation>
    </message>
    <message>
        <source>This cannot be changed here.</source>
        <translation>This cannot be changed here.</translation>
    </message>
    <message>
        <source>“{0}” is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM.</source>
        <translation>“{0}” is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>There is no such record in the archive (id {0}).</source>
        <translation>There is no such record in the archive (id {0}).</translation>
    </message>
    <message>
        <source>“{0}” is not in the list; check the spelling or add it first.</source>
        <translation>“{0}” is not in the list; check the spelling or add it first.</translation>
    </message>
    <message>
        <source>Nothing called “{0}” is in the archive.</source>
        <translation>Nothing called “{0}” is in the archive.</translation>
    </message>
    <message>
        <source>Several records are called “{0}”; rename one of them first.</source>
        <translation>Several records are called “{0}”; rename one of them first.</translation>
    </message>
    <message>
        <source>The subject “{0}” is already in the thesaurus.</source>
        <translation>The subject “{0}” is already in the thesaurus.</translation>
    </message>
    <message>
        <source>A place called “{0}” is already in the list.</source>
        <translation>A place called “{0}” is already in the list.</translation>
    </message>
    <message>
        <source>“{0}” lies under “{1}” already: that would be a circle.</source>
        <translation>“{0}” lies under “{1}” already: that would be a circle.</translation>
    </message>
    <message>
        <source>“{0}” is not a TERYT code: the SIMC code has 7 digits.</source>
        <translation>“{0}” is not a TERYT code: the SIMC code has 7 digits.</translation>
    </message>
    <message>
        <source>“{0}” is not a number.</source>
        <translation>“{0}” is not a number.</translation>
    </message>
    <message>
        <source>{0} is not a latitude: it lies between -90 and 90.</source>
        <translation>{0} is not a latitude: it lies between -90 and 90.</translation>
    </message>
    <message>
        <source>{0} is not a longitude: it lies between -180 and 180.</source>
        <translation>{0} is not a longitude: it lies between -180 and 180.</translation>
    </message>
    <message>
        <source>A consent cannot be signed in the future.</source>
        <translation>A consent cannot be signed in the future.</translation>
    </message>
    <message>
        <source>This is before the day the consent was signed.</source>
        <translation>This is before the day the consent was signed.</translation>
    </message>
    <message>
        <source>Only a scanned document or a photo can be the scan of the form.</source>
        <translation>Only a scanned document or a photo can be the scan of the form.</translation>
    </message>
    <message>
        <source>This subject is used by {0} records; rename it instead of deleting it.</source>
        <translation>This subject is used by {0} records; rename it instead of deleting it.</translation>
    </message>
    <message>
        <source>This subject has {0} narrower terms; move them first.</source>
        <translation>This subject has {0} narrower terms; move them first.</translation>
    </message>
    <message>
        <source>A withdrawn consent is kept: it is what keeps the person's material closed.</source>
        <translation>A withdrawn consent is kept: it is what keeps the person's material closed.</translation>
    </message>
    <message>
        <source>Only a photo can be the main photo of a story.</source>
        <translation>Only a photo can be the main photo of a story.</translation>
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
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Not in any interview yet.</source>
        <translation>Not in any interview yet.</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
</context>
<context>
    <name>PlaceEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Ćmielów</source>
        <translation>e.g. Ćmielów</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>e.g. village, town, parish</source>
        <translation>e.g. village, town, parish</translation>
    </message>
    <message>
        <source>Lies within</source>
        <translation>Lies within</translation>
    </message>
    <message>
        <source>e.g. the commune or town</source>
        <translation>e.g. the commune or town</translation>
    </message>
    <message>
        <source>TERYT code</source>
        <translation>TERYT code</translation>
    </message>
    <message>
        <source>SIMC: 7 digits</source>
        <translation>SIMC: 7 digits</translation>
    </message>
    <message>
        <source>The locality's identifier in the TERYT register (SIMC), e.g. 0265060.</source>
        <translation>The locality's identifier in the TERYT register (SIMC), e.g. 0265060.</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>e.g. 50,8012</source>
        <translation>e.g. 50,8012</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>e.g. 21,4256</source>
        <translation>e.g. 21,4256</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>New place</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>Back 5 seconds</source>
        <translation>Back 5 seconds</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Play / pause</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Forward 5 seconds</translation>
    </message>
    <message>
        <source>Playback speed (the voice keeps its pitch)</source>
        <translation>Playback speed (the voice keeps its pitch)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish on the website</source>
        <translation>Publish on the website</translation>
    </message>
    <message>
        <source>Only published stories go to the website, and of them only what consent allows.</source>
        <translation>Only published stories go to the website, and of them only what consent allows.</translation>
    </message>
    <message>
        <source>Choose a story to see what will be published and what stays in the archive.</source>
        <translation>Choose a story to see what will be published and what stays in the archive.</translation>
    </message>
    <message>
        <source>an empty folder, or one of an earlier export</source>
        <translation>an empty folder, or one of an earlier export</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Website folder:</source>
        <translation>Website folder:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation>Open the website</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Only an administrator or a cataloguer may publish stories.</source>
        <translation>Only an administrator or a cataloguer may publish stories.</translation>
    </message>
    <message>
        <source>will be published</source>
        <translation>will be published</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>withheld</translation>
    </message>
    <message>
        <source>Stories that will be published: {0} of {1}.</source>
        <translation>Stories that will be published: {0} of {1}.</translation>
    </message>
    <message>
        <source>The archive has no stories yet.</source>
        <translation>The archive has no stories yet.</translation>
    </message>
    <message>
        <source>Will be published with: photos {0}, recordings {1}, clips {2}.</source>
        <translation>Will be published with: photos {0}, recordings {1}, clips {2}.</translation>
    </message>
    <message>
        <source>Withheld, and why:</source>
        <translation>Withheld, and why:</translation>
    </message>
    <message>
        <source>Nothing of this story is withheld.</source>
        <translation>Nothing of this story is withheld.</translation>
    </message>
    <message>
        <source>Folder of the website</source>
        <translation>Folder of the website</translation>
    </message>
    <message>
        <source>Choose the folder of the website first.</source>
        <translation>Choose the folder of the website first.</translation>
    </message>
    <message>
        <source>Exporting the website…</source>
        <translation>Exporting the website…</translation>
    </message>
    <message>
        <source>The website is ready in {0}: stories {1}, files {2} ({3} written, {4} removed).</source>
        <translation>The website is ready in {0}: stories {1}, files {2} ({3} written, {4} removed).</translation>
    </message>
    <message>
        <source>The export was cancelled; export again to finish the website.</source>
        <translation>The export was cancelled; export again to finish the website.</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>The export failed: {0}</translation>
    </message>
    <message>
        <source>This folder is not empty and was not made by an export: choose an empty folder.</source>
        <translation>This folder is not empty and was not made by an export: choose an empty folder.</translation>
    </message>
    <message>
        <source>This folder is inside the archive: choose a folder outside it.</source>
        <translation>This folder is inside the archive: choose a folder outside it.</translation>
    </message>
    <message>
        <source>This is a file, not a folder: choose a folder.</source>
        <translation>This is a file, not a folder: choose a folder.</translation>
    </message>
    <message>
        <source>The record of the earlier export in this folder is damaged: choose an empty folder.</source>
        <translation>The record of the earlier export in this folder is damaged: choose an empty folder.</translation>
    </message>
</context>
<context>
    <name>PublishReasons</name>
    <message>
        <source>The story is “{status}”, not published.</source>
        <translation>The story is “{status}”, not published.</translation>
    </message>
    <message>
        <source>The story is in the trash.</source>
        <translation>The story is in the trash.</translation>
    </message>
    <message>
        <source>The story is marked published, but it cannot go to the website:</source>
        <translation>The story is marked published, but it cannot go to the website:</translation>
    </message>
    <message>
        <source>Recording “{title}” is {level}: it will not be published.</source>
        <translation>Recording “{title}” is {level}: it will not be published.</translation>
    </message>
    <message>
        <source>Recording “{title}” is {level}: not published whole, only its clips ({clips}).</source>
        <translation>Recording “{title}” is {level}: not published whole, only its clips ({clips}).</translation>
    </message>
    <message>
        <source>Clip {start}–{end} of “{title}”: consent does not allow publishing it ({level}).</source>
        <translation>Clip {start}–{end} of “{title}”: consent does not allow publishing it ({level}).</translation>
    </message>
    <message>
        <source>Clip {start}–{end} of “{title}” lies wholly in closed passages.</source>
        <translation>Clip {start}–{end} of “{title}” lies wholly in closed passages.</translation>
    </message>
    <message>
        <source>Passage {start}–{end} of “{title}” is {level}: it is cut from the recording and the transcript.</source>
        <translation>Passage {start}–{end} of “{title}” is {level}: it is cut from the recording and the transcript.</translation>
    </message>
    <message>
        <source>The index point at {start} of “{title}” is {level}: it is left out.</source>
        <translation>The index point at {start} of “{title}” is {level}: it is left out.</translation>
    </message>
    <message>
        <source>“{title}” is a scanned consent form: never published.</source>
        <translation>“{title}” is a scanned consent form: never published.</translation>
    </message>
    <message>
        <source>Document “{title}” is not published: the website shows photos and recordings.</source>
        <translation>Document “{title}” is not published: the website shows photos and recordings.</translation>
    </message>
    <message>
        <source>The file of {kind} “{title}” is missing from the archive: left out.</source>
        <translation>The file of {kind} “{title}” is missing from the archive: left out.</translation>
    </message>
    <message>
        <source>{kind} “{title}” could not be prepared for the website ({error}): left out.</source>
        <translation>{kind} “{title}” could not be prepared for the website ({error}): left out.</translation>
    </message>
    <message>
        <source>{name}: the name will not be given on the website (no current consent to publish with name).</source>
        <translation>{name}: the name will not be given on the website (no current consent to publish with name).</translation>
    </message>
    <message>
        <source>{name}: the name was replaced by “N.N.” in the text (places: {count}).</source>
        <translation>{name}: the name was replaced by “N.N.” in the text (places: {count}).</translation>
    </message>
    <message>
        <source>the story has neither a lead nor a body</source>
        <translation>the story has neither a lead nor a body</translation>
    </message>
    <message>
        <source>interview “{title}” is in the trash</source>
        <translation>interview “{title}” is in the trash</translation>
    </message>
    <message>
        <source>interview “{title}” is marked {level}</source>
        <translation>interview “{title}” is marked {level}</translation>
    </message>
    <message>
        <source>interview “{title}” has no signed consent ({person})</source>
        <translation>interview “{title}” has no signed consent ({person})</translation>
    </message>
    <message>
        <source>consent for interview “{title}” was withdrawn on {date} ({person})</source>
        <translation>consent for interview “{title}” was withdrawn on {date} ({person})</translation>
    </message>
    <message>
        <source>interview “{title}” is under embargo until {date} ({person})</source>
        <translation>interview “{title}” is under embargo until {date} ({person})</translation>
    </message>
    <message>
        <source>the consent for interview “{title}” covers only {scope}, not publication ({person})</source>
        <translation>the consent for interview “{title}” covers only {scope}, not publication ({person})</translation>
    </message>
    <message>
        <source>interview “{title}” is {level} in effect</source>
        <translation>interview “{title}” is {level} in effect</translation>
    </message>
    <message>
        <source>{kind} “{title}” is {level}, not public</source>
        <translation>{kind} “{title}” is {level}, not public</translation>
    </message>
    <message>
        <source>keeping in the archive</source>
        <translation>keeping in the archive</translation>
    </message>
    <message>
        <source>research</source>
        <translation>research</translation>
    </message>
    <message>
        <source>publication without name</source>
        <translation>publication without name</translation>
    </message>
    <message>
        <source>publication with name</source>
        <translation>publication with name</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <extracomment>core field names (ValidationError.field) that belong to a differently named form field completion lists the editor needs (record_kinds.CHOICES names), read before each record fields only those who may read private details see (and so only they save) whether "New record" makes one here (files are imported, not typed in) whether the acting user may delete (set by the pane; editors with a Delete button read it) another record to show: (kind, id), e.g. a story's interview, a consent's person a new record to start, linked to this one: (kind, its first values), e.g. a person's consent files to import into this record: (the import's target field, the record's id) the record to delete for good (kinds with no trash, e.g. a consent entered by mistake) where thumbnails are (set by the pane; editors that show a picture read it) fields on the form but not shown (and so never read or saved), e.g. private ones</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>With the consents on file: {0}</source>
        <translation>With the consents on file: {0}</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <source>Open the linked record</source>
        <translation>Open the linked record</translation>
    </message>
</context>
<context>
    <name>RelatedList</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>RolePeopleField</name>
    <message>
        <source>names, separated by commas</source>
        <translation>names, separated by commas</translation>
    </message>
</context>
<context>
    <name>RoomFiles</name>
    <message>
        <source>Import a transcript…</source>
        <translation>Import a transcript…</translation>
    </message>
    <message>
        <source>Export the transcript…</source>
        <translation>Export the transcript…</translation>
    </message>
    <message>
        <source>Export the index as OHMS XML…</source>
        <translation>Export the index as OHMS XML…</translation>
    </message>
    <message>
        <source>Import an OHMS index…</source>
        <translation>Import an OHMS index…</translation>
    </message>
    <message>
        <source>OHMS XML is not available in this version of Zacni.</source>
        <translation>OHMS XML is not available in this version of Zacni.</translation>
    </message>
    <message>
        <source>Import a transcript</source>
        <translation>Import a transcript</translation>
    </message>
    <message>
        <source>Transcripts (*.vtt *.srt *.txt);;All files (*)</source>
        <translation>Transcripts (*.vtt *.srt *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Imported cues: {0}</source>
        <translation>Imported cues: {0}</translation>
    </message>
    <message>
        <source>Replace the cues of this transcript by the file's? Closed passages stay closed.</source>
        <translation>Replace the cues of this transcript by the file's? Closed passages stay closed.</translation>
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
        <translation>Text with [hh:mm:ss] (*.txt)</translation>
    </message>
    <message>
        <source>Export the transcript</source>
        <translation>Export the transcript</translation>
    </message>
    <message>
        <source>Exported cues: {0}</source>
        <translation>Exported cues: {0}</translation>
    </message>
    <message>
        <source>Export the index as OHMS XML</source>
        <translation>Export the index as OHMS XML</translation>
    </message>
    <message>
        <source>OHMS XML (*.xml)</source>
        <translation>OHMS XML (*.xml)</translation>
    </message>
    <message>
        <source>Exported index segments: {0}</source>
        <translation>Exported index segments: {0}</translation>
    </message>
    <message>
        <source>Import an OHMS index</source>
        <translation>Import an OHMS index</translation>
    </message>
    <message>
        <source>OHMS XML (*.xml);;All files (*)</source>
        <translation>OHMS XML (*.xml);;All files (*)</translation>
    </message>
    <message>
        <source>Imported index segments: {0}</source>
        <translation>Imported index segments: {0}</translation>
    </message>
    <message>
        <source>Cannot do this</source>
        <translation>Cannot do this</translation>
    </message>
</context>
<context>
    <name>RoomMessages</name>
    <message>
        <source>A time cannot be before the start of the recording.</source>
        <translation>A time cannot be before the start of the recording.</translation>
    </message>
    <message>
        <source>{0} is past the end of the recording ({1}).</source>
        <translation>{0} is past the end of the recording ({1}).</translation>
    </message>
    <message>
        <source>The end ({0}) is before the start ({1}).</source>
        <translation>The end ({0}) is before the start ({1}).</translation>
    </message>
    <message>
        <source>{0} is outside the cue ({1}–{2}).</source>
        <translation>{0} is outside the cue ({1}–{2}).</translation>
    </message>
    <message>
        <source>This is the last cue; there is nothing after it to merge with.</source>
        <translation>This is the last cue; there is nothing after it to merge with.</translation>
    </message>
    <message>
        <source>The next cue belongs to a restricted passage; the two cannot be merged.</source>
        <translation>The next cue belongs to a restricted passage; the two cannot be merged.</translation>
    </message>
    <message>
        <source>“{0}” is not a time; write it as hh:mm:ss.</source>
        <translation>“{0}” is not a time; write it as hh:mm:ss.</translation>
    </message>
</context>
<context>
    <name>RoomShortcuts</name>
    <message>
        <source>Play / pause</source>
        <extracomment>name → default key, in the order the dialog lists them</extracomment>
        <translation>Play / pause</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Back 5 seconds</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Forward 5 seconds</translation>
    </message>
    <message>
        <source>New cue at the current time</source>
        <translation>New cue at the current time</translation>
    </message>
    <message>
        <source>Insert the current time into the text</source>
        <translation>Insert the current time into the text</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
</context>
<context>
    <name>SearchMessages</name>
    <message>
        <source>A quotation mark (") is not closed.</source>
        <translation>A quotation mark (") is not closed.</translation>
    </message>
    <message>
        <source>There is no field “{0}:”. Known fields: {1}.</source>
        <translation>There is no field “{0}:”. Known fields: {1}.</translation>
    </message>
    <message>
        <source>The range after {0} is missing its closing ].</source>
        <translation>The range after {0} is missing its closing ].</translation>
    </message>
    <message>
        <source>{0} needs a value, e.g. {1}</source>
        <translation>{0} needs a value, e.g. {1}</translation>
    </message>
    <message>
        <source>A query cannot only exclude (-word): add something to look for.</source>
        <translation>A query cannot only exclude (-word): add something to look for.</translation>
    </message>
    <message>
        <source>An exclusion (-word) cannot be one side of OR.</source>
        <translation>An exclusion (-word) cannot be one side of OR.</translation>
    </message>
    <message>
        <source>{0} needs something on both sides.</source>
        <translation>{0} needs something on both sides.</translation>
    </message>
    <message>
        <source>{0} must stand right before what it excludes.</source>
        <translation>{0} must stand right before what it excludes.</translation>
    </message>
    <message>
        <source>A double exclusion (--word) is not allowed.</source>
        <translation>A double exclusion (--word) is not allowed.</translation>
    </message>
    <message>
        <source>A parenthesis is opened but not closed.</source>
        <translation>A parenthesis is opened but not closed.</translation>
    </message>
    <message>
        <source>The parentheses hold nothing to search for.</source>
        <translation>The parentheses hold nothing to search for.</translation>
    </message>
    <message>
        <source>A closing parenthesis has no opening one.</source>
        <translation>A closing parenthesis has no opening one.</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>The query is empty.</translation>
    </message>
    <message>
        <source>The query holds only very common words (like “w”, “i”, “na”); add a more specific one.</source>
        <translation>The query holds only very common words (like “w”, “i”, “na”); add a more specific one.</translation>
    </message>
    <message>
        <source>“{0}”: give at least two letters before *.</source>
        <translation>“{0}”: give at least two letters before *.</translation>
    </message>
    <message>
        <source>{0}: needs a value.</source>
        <translation>{0}: needs a value.</translation>
    </message>
    <message>
        <source>{0} is not known; use one of: {1}.</source>
        <translation>{0} is not known; use one of: {1}.</translation>
    </message>
    <message>
        <source>{0} is not a year; write {1}, {2} or {3}.</source>
        <translation>{0} is not a year; write {1}, {2} or {3}.</translation>
    </message>
    <message>
        <source>{0}: the range ends before it starts.</source>
        <translation>{0}: the range ends before it starts.</translation>
    </message>
    <message>
        <source>{0} is not a decade; write {1}.</source>
        <translation>{0} is not a decade; write {1}.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Subject</source>
        <extracomment>The section of the window each kind of hit is listed in.</extracomment>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Decade</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Kind of file</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Search the archive (Ctrl+K)</source>
        <translation>Search the archive (Ctrl+K)</translation>
    </message>
    <message>
        <source>Words in any form, with or without Polish letters; "a phrase", -excluded, OR, pszcz* and fields such as miejsce:Opatów, osoba:, temat:, rok:1980-1989</source>
        <translation>Words in any form, with or without Polish letters; "a phrase", -excluded, OR, pszcz* and fields such as miejsce:Opatów, osoba:, temat:, rok:1980-1989</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>The query cannot be searched</source>
        <translation>The query cannot be searched</translation>
    </message>
    <message>
        <source>The search failed: {0}</source>
        <translation>The search failed: {0}</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”</source>
        <translation>Nothing found for “{0}”</translation>
    </message>
    <message>
        <source>Found: {0} (the best {1} are shown)</source>
        <translation>Found: {0} (the best {1} are shown)</translation>
    </message>
    <message>
        <source>Found: {0}</source>
        <translation>Found: {0}</translation>
    </message>
    <message>
        <source>Did you mean: {0}?</source>
        <translation>Did you mean: {0}?</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>transcript</source>
        <translation>transcript</translation>
    </message>
    <message>
        <source>index of the recording</source>
        <translation>index of the recording</translation>
    </message>
    <message>
        <source>Double-click to listen from {0}</source>
        <translation>Double-click to listen from {0}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Listening room shortcuts</source>
        <translation>Listening room shortcuts</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Restore the defaults</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>an interview's title</source>
        <translation>an interview's title</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>a photo's or recording's title</source>
        <translation>a photo's or recording's title</translation>
    </message>
    <message>
        <source>Photos and recordings</source>
        <translation>Photos and recordings</translation>
    </message>
    <message>
        <source>a photo's title</source>
        <translation>a photo's title</translation>
    </message>
    <message>
        <source>Main photo</source>
        <translation>Main photo</translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation>names, separated by commas</translation>
    </message>
    <message>
        <source>People in the story</source>
        <translation>People in the story</translation>
    </message>
    <message>
        <source>story</source>
        <translation>story</translation>
    </message>
    <message>
        <source>Save the story to see whether it can be published.</source>
        <translation>Save the story to see whether it can be published.</translation>
    </message>
    <message>
        <source>Before it can be published:</source>
        <translation>Before it can be published:</translation>
    </message>
    <message>
        <source>Nothing stands in the way of publishing it.</source>
        <translation>Nothing stands in the way of publishing it.</translation>
    </message>
    <message>
        <source>It cannot be published yet: {0}.</source>
        <translation>It cannot be published yet: {0}.</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>New story</translation>
    </message>
</context>
<context>
    <name>SubjectEditor</name>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>in Polish, e.g. pszczelarstwo</source>
        <translation>in Polish, e.g. pszczelarstwo</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>In English</translation>
    </message>
    <message>
        <source>e.g. beekeeping</source>
        <translation>e.g. beekeeping</translation>
    </message>
    <message>
        <source>Broader subject</source>
        <translation>Broader subject</translation>
    </message>
    <message>
        <source>empty: a top term</source>
        <translation>empty: a top term</translation>
    </message>
    <message>
        <source>Scope note</source>
        <translation>Scope note</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>New subject</source>
        <translation>New subject</translation>
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
    <name>TranscriptEditor</name>
    <message>
        <source>Who speaks</source>
        <translation>Who speaks</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Cue</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Type what you hear; {0} starts the next cue at the current time.</source>
        <translation>Type what you hear; {0} starts the next cue at the current time.</translation>
    </message>
    <message>
        <source>Edit the cue at {0}</source>
        <translation>Edit the cue at {0}</translation>
    </message>
    <message>
        <source>New cue</source>
        <translation>New cue</translation>
    </message>
    <message>
        <source>Split the cue</source>
        <translation>Split the cue</translation>
    </message>
    <message>
        <source>Merge with the next cue</source>
        <translation>Merge with the next cue</translation>
    </message>
    <message>
        <source>Delete the cue</source>
        <translation>Delete the cue</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>No waveform for this recording yet.</source>
        <translation>No waveform for this recording yet.</translation>
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
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
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
        <source>&amp;Listen in the listening room</source>
        <translation>&amp;Listen in the listening room</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <source>Load the &amp;demo material</source>
        <translation>Load the &amp;demo material</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <source>&amp;Publish the website…</source>
        <translation>&amp;Publish the website…</translation>
    </message>
    <message>
        <source>Publishing the website is not part of this version of Zacni yet.</source>
        <translation>Publishing the website is not part of this version of Zacni yet.</translation>
    </message>
    <message>
        <source>E&amp;xchange with partners…</source>
        <translation>E&amp;xchange with partners…</translation>
    </message>
    <message>
        <source>The listening room is not part of this version of Zacni yet.</source>
        <translation>The listening room is not part of this version of Zacni yet.</translation>
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
        <source>&amp;Search the archive…</source>
        <translation>&amp;Search the archive…</translation>
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
