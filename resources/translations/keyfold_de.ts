<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="46"/>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="47"/>
        <source>Create a new signing key</source>
        <translation>Einen neuen Signaturschlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="48"/>
        <source>&amp;Import private key…</source>
        <translation>Schlüssel &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="49"/>
        <source>Bring in a private key from a file</source>
        <translation>Einen privaten Schlüssel aus einer Datei übernehmen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="50"/>
        <source>&amp;Export public key…</source>
        <translation>Öffentlichen Schlüssel e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="52"/>
        <source>Save the selected key&apos;s public key to a file</source>
        <translation>Den öffentlichen Schlüssel des gewählten Schlüssels in einer Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="53"/>
        <source>&amp;Back up keys…</source>
        <translation>Schlüssel &amp;sichern…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="54"/>
        <source>Write an encrypted backup of the selected keys</source>
        <translation>Eine verschlüsselte Sicherung der gewählten Schlüssel schreiben</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="55"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="56"/>
        <source>Bring keys back from backup files</source>
        <translation>Schlüssel aus Sicherungsdateien zurückholen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="57"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="58"/>
        <source>How long unlocked keys stay usable</source>
        <translation>Wie lange entsperrte Schlüssel nutzbar bleiben</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="59"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="60"/>
        <source>Lock all keys and quit Keyfold</source>
        <translation>Alle Schlüssel sperren und Keyfold beenden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="61"/>
        <source>&amp;Edit key…</source>
        <translation>Schlüssel &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="62"/>
        <source>Change the name, description or tags</source>
        <translation>Name, Beschreibung oder Schlagwörter ändern</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="63"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="65"/>
        <source>Change the passphrase that protects the key</source>
        <translation>Die Passphrase ändern, die den Schlüssel schützt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="66"/>
        <source>&amp;Move to other storage…</source>
        <translation>In anderen Speicher &amp;verschieben…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="68"/>
        <source>Move the private key between the keychain and an encrypted file</source>
        <translation>Den privaten Schlüssel zwischen Schlüsselbund und verschlüsselter Datei verschieben</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="70"/>
        <source>&amp;Unlock key…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="71"/>
        <source>Type the passphrase so the key can be used for a while</source>
        <translation>Die Passphrase eingeben, damit der Schlüssel eine Weile nutzbar ist</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="73"/>
        <source>&amp;Lock all keys</source>
        <translation>&amp;Alle sperren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="74"/>
        <source>Forget every unlocked key now</source>
        <translation>Alle entsperrten Schlüssel sofort vergessen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="75"/>
        <source>Copy &amp;fingerprint</source>
        <translation>&amp;Fingerabdruck kopieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="77"/>
        <source>Copy the selected key&apos;s fingerprint</source>
        <translation>Den Fingerabdruck des gewählten Schlüssels kopieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="78"/>
        <source>&amp;Delete key…</source>
        <translation>Schlüssel &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="79"/>
        <source>Remove the key from this computer</source>
        <translation>Den Schlüssel von diesem Computer entfernen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="80"/>
        <source>&amp;Find key</source>
        <translation>Schlüssel s&amp;uchen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="81"/>
        <source>Search keys by name, ID, tag or fingerprint</source>
        <translation>Schlüssel nach Name, ID, Schlagwort oder Fingerabdruck suchen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="82"/>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="83"/>
        <source>Show the keys</source>
        <translation>Die Schlüssel anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="84"/>
        <source>&amp;Backups</source>
        <translation>Si&amp;cherungen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="85"/>
        <source>Show the backups made</source>
        <translation>Die angelegten Sicherungen anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="86"/>
        <source>&amp;Registrations</source>
        <translation>&amp;Registrierungen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="87"/>
        <source>Show the keys registered with servers</source>
        <translation>Die bei Servern registrierten Schlüssel anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="88"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="89"/>
        <source>Read the vault again</source>
        <translation>Den Tresor neu einlesen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="90"/>
        <source>&amp;About Keyfold</source>
        <translation>&amp;Über Keyfold</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="91"/>
        <source>What Keyfold is and where it keeps your keys</source>
        <translation>Was Keyfold ist und wo es Ihre Schlüssel aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="109"/>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../app/keyfold/gui/activity/__init__.py" line="69"/>
        <location filename="../../app/keyfold/gui/activity/page.py" line="46"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="56"/>
        <source>Show events of this kind</source>
        <translation>Ereignisse dieser Art anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="57"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="62"/>
        <source>Show events of this key</source>
        <translation>Ereignisse dieses Schlüssels anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="65"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="66"/>
        <source>Only events from a date on</source>
        <translation>Nur Ereignisse ab einem Datum</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="68"/>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="69"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="70"/>
        <source>Only events up to a date</source>
        <translation>Nur Ereignisse bis zu einem Datum</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="72"/>
        <source>To date (included)</source>
        <translation>Bis Datum (einschließlich)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="79"/>
        <source>Check for tampering</source>
        <translation>Auf Manipulation prüfen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="81"/>
        <source>Check the activity log for tampering</source>
        <translation>Das Aktivitätsprotokoll auf Manipulation prüfen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="84"/>
        <source>Each entry is sealed to the one before it; this finds any entry that was edited, removed or reordered</source>
        <translation>Jeder Eintrag ist mit dem vorigen versiegelt; so wird jeder Eintrag gefunden, der bearbeitet, entfernt oder umgestellt wurde</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="94"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="95"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="148"/>
        <source>Checking the activity log…</source>
        <translation>Aktivitätsprotokoll wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="157"/>
        <source>Seal of the latest entry: {seal}…</source>
        <translation>Siegel des neuesten Eintrags: {seal}…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="163"/>
        <source>Latest entry&apos;s hash: {hash}. Note it somewhere else to check later that the history up to now was not rewritten.</source>
        <translation>Hash des neuesten Eintrags: {hash}. Notieren Sie ihn an anderer Stelle, um später zu prüfen, dass der bisherige Verlauf nicht umgeschrieben wurde.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/activity/page.py" line="189"/>
        <source>%n entry</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/activity/page.py" line="189"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/activity/page.py" line="193"/>
        <source>Showing {shown} of %n entry</source>
        <translation>
            <numerusform>{shown} von %n Eintrag angezeigt</numerusform>
            <numerusform>{shown} von %n Einträgen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/activity/page.py" line="194"/>
        <source>Showing {shown} of %n entries</source>
        <translation>
            <numerusform>{shown} von %n Eintrag angezeigt</numerusform>
            <numerusform>{shown} von %n Einträgen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="199"/>
        <source>All keys</source>
        <translation>Alle Schlüssel</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/keyfold/gui/app.py" line="34"/>
        <source>Keyfold key manager</source>
        <translation>Keyfold-Schlüsselverwaltung</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/app.py" line="38"/>
        <source>the vault folder to open</source>
        <translation>der zu öffnende Tresorordner</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/app.py" line="43"/>
        <source>show the main window, print one line and quit (checks a bundle starts)</source>
        <translation>Hauptfenster zeigen, eine Zeile ausgeben und beenden (prüft, ob ein Paket startet)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/app.py" line="50"/>
        <source>files to sign, signatures to check, backups to restore</source>
        <translation>zu signierende Dateien, zu prüfende Signaturen, wiederherzustellende Sicherungen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/app.py" line="126"/>
        <source>Keyfold cannot open the vault</source>
        <translation>Keyfold kann den Tresor nicht öffnen</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../app/keyfold/gui/base/appearance.py" line="26"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/appearance.py" line="27"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/appearance.py" line="28"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../app/keyfold/gui/activity/actions.py" line="9"/>
        <source>&amp;Activity</source>
        <translation>Akti&amp;vität</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/actions.py" line="10"/>
        <source>Show everything done with your keys</source>
        <translation>Alles anzeigen, was mit Ihren Schlüsseln getan wurde</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/actions.py" line="11"/>
        <source>Check the activity &amp;log</source>
        <translation>Aktivitäts&amp;protokoll prüfen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/actions.py" line="13"/>
        <source>Check that no one changed or removed entries of the activity log</source>
        <translation>Prüfen, dass niemand Einträge des Aktivitätsprotokolls geändert oder entfernt hat</translation>
    </message>
</context>
<context>
    <name>AuditColumns</name>
    <message>
        <location filename="../../app/keyfold/gui/activity/columns.py" line="13"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/columns.py" line="14"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/columns.py" line="15"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/columns.py" line="16"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/columns.py" line="17"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/columns.py" line="18"/>
        <source>By</source>
        <translation>Durch</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/keyfold/gui/activity/model.py" line="49"/>
        <source>Entry {number}, {time}</source>
        <translation>Eintrag {number}, {time}</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="14"/>
        <source>Key created</source>
        <translation>Schlüssel erstellt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="15"/>
        <source>Key imported</source>
        <translation>Schlüssel importiert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="16"/>
        <source>Public key exported</source>
        <translation>Öffentlicher Schlüssel exportiert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="17"/>
        <source>Backup made</source>
        <translation>Sicherung angelegt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="18"/>
        <source>Restored from backup</source>
        <translation>Aus Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="19"/>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="20"/>
        <source>Signature checked</source>
        <translation>Signatur geprüft</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="21"/>
        <source>Registered with a server</source>
        <translation>Bei einem Server registriert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="22"/>
        <source>Registration revoked</source>
        <translation>Registrierung widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="23"/>
        <source>New key version</source>
        <translation>Neue Schlüsselversion</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="24"/>
        <source>Key deleted</source>
        <translation>Schlüssel gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="25"/>
        <source>Passphrase changed</source>
        <translation>Passphrase geändert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="26"/>
        <source>Moved to other storage</source>
        <translation>In anderen Speicher verschoben</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="27"/>
        <source>Key unlocked</source>
        <translation>Schlüssel entsperrt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="28"/>
        <source>Old version expired</source>
        <translation>Alte Version ausgelaufen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="29"/>
        <source>Name or tags changed</source>
        <translation>Name oder Schlagwörter geändert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="30"/>
        <source>Settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="31"/>
        <source>Password made for a service</source>
        <translation>Passwort für einen Dienst erzeugt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="32"/>
        <source>Server told of new version</source>
        <translation>Server über neue Version informiert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="33"/>
        <source>Interrupted rotation settled</source>
        <translation>Unterbrochene Rotation abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="34"/>
        <source>Public key trusted</source>
        <translation>Öffentlichem Schlüssel vertraut</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="35"/>
        <source>Public key no longer trusted</source>
        <translation>Öffentlichem Schlüssel nicht mehr vertraut</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="36"/>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="37"/>
        <source>Decrypted</source>
        <translation>Entschlüsselt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="38"/>
        <source>Shard key service used</source>
        <translation>Teilstück-Schlüsseldienst verwendet</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="74"/>
        <source>Signed {count} files with {key}, version {version}</source>
        <translation>{count} Dateien mit {key}, Version {version}, signiert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="77"/>
        <source>Signed {file} with {key}, version {version}</source>
        <translation>{file} mit {key}, Version {version}, signiert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="81"/>
        <source>Signed a message with {key}, version {version}</source>
        <translation>Eine Nachricht mit {key}, Version {version}, signiert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="85"/>
        <source>Failed to unlock {key}: the passphrase was wrong</source>
        <translation>{key} nicht entsperrt: die Passphrase war falsch</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="89"/>
        <source>Checked the backup {file} of {key}</source>
        <translation>Sicherung {file} von {key} geprüft</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="93"/>
        <source>Backed up {key} to {file}</source>
        <translation>{key} in {file} gesichert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="97"/>
        <source>Restored {key}, version {version}, from {file}</source>
        <translation>{key}, Version {version}, aus {file} wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="101"/>
        <source>Revoked the registration of {key} at {server}</source>
        <translation>Registrierung von {key} bei {server} widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="105"/>
        <source>Registered {key}, version {version}, at {server}</source>
        <translation>{key}, Version {version}, bei {server} registriert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="109"/>
        <source>Encrypted {file}</source>
        <translation>{file} verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="111"/>
        <source>Decrypted {file}</source>
        <translation>{file} entschlüsselt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="113"/>
        <source>Exported the public key of {key} to {file}</source>
        <translation>Öffentlichen Schlüssel von {key} nach {file} exportiert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="117"/>
        <source>Made version {version} of {key}</source>
        <translation>Version {version} von {key} erzeugt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="122"/>
        <source>{what}: {key}, version {version}</source>
        <translation>{what}: {key}, Version {version}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="126"/>
        <source>{what}: {key}</source>
        <translation>{what}: {key}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="137"/>
        <source>The activity log is intact: its {count} entry is as it was written, not changed, removed or reordered.</source>
        <translation>Das Aktivitätsprotokoll ist unversehrt: Sein {count} Eintrag ist so, wie er geschrieben wurde – nicht geändert, entfernt oder umgestellt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="142"/>
        <source>The activity log is intact: all {count} entries are as they were written, none changed, removed or reordered.</source>
        <translation>Das Aktivitätsprotokoll ist unversehrt: Alle {count} Einträge sind so, wie sie geschrieben wurden – keiner geändert, entfernt oder umgestellt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="149"/>
        <source>The activity log was changed after it was written ({reason}).</source>
        <translation>Das Aktivitätsprotokoll wurde nach dem Schreiben verändert ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="153"/>
        <source>The activity log was changed after it was written.</source>
        <translation>Das Aktivitätsprotokoll wurde nach dem Schreiben verändert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="159"/>
        <source>The first damaged entry is number {number}.</source>
        <translation>Der erste beschädigte Eintrag ist Nummer {number}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="164"/>
        <source>Entries may have been edited, removed or reordered outside Keyfold: restore the vault from a backup you trust, or find out who had access to this computer.</source>
        <translation>Einträge wurden möglicherweise außerhalb von Keyfold bearbeitet, entfernt oder umgestellt: Stellen Sie den Tresor aus einer vertrauenswürdigen Sicherung wieder her oder finden Sie heraus, wer Zugriff auf diesen Computer hatte.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/commands.py" line="26"/>
        <source>The backup needs this key&apos;s private half.</source>
        <translation>Die Sicherung benötigt den privaten Teil dieses Schlüssels.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/commands.py" line="57"/>
        <source>That passphrase does not open this backup.</source>
        <translation>Diese Passphrase öffnet diese Sicherung nicht.</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="69"/>
        <source>Tick at least one key to back up.</source>
        <translation>Wählen Sie mindestens einen Schlüssel zum Sichern aus.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="75"/>
        <source>Unlock {keys} first: a backup needs the private key.</source>
        <translation>Entsperren Sie zuerst {keys}: Eine Sicherung benötigt den privaten Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="88"/>
        <source>Choose where to save the bundle file.</source>
        <translation>Wählen Sie, wo die Sammeldatei gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="89"/>
        <source>Choose the folder the backup files go into.</source>
        <translation>Wählen Sie den Ordner für die Sicherungsdateien.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="93"/>
        <source>A bundle file name ends in {suffix}.</source>
        <translation>Der Name einer Sammeldatei endet auf {suffix}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="136"/>
        <source>{path}: {keys} — opened again with your passphrase.</source>
        <translation>{path}: {keys} – mit Ihrer Passphrase erneut geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="140"/>
        <source>  Note on {key}: {warning}</source>
        <translation>  Hinweis zu {key}: {warning}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="146"/>
        <source>Keep the backup somewhere other than this computer, and keep the passphrase apart from it: without the passphrase, nobody can restore these keys, you included.</source>
        <translation>Bewahren Sie die Sicherung nicht auf diesem Computer auf und die Passphrase getrennt davon: Ohne die Passphrase kann niemand diese Schlüssel wiederherstellen, auch Sie nicht.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="106"/>
        <source>The DataFold JavaScript SDK refuses passphrases shorter than 8 characters: go back and choose a longer one.</source>
        <translation>Das DataFold JavaScript SDK lehnt Passphrasen mit weniger als 8 Zeichen ab: Gehen Sie zurück und wählen Sie eine längere.</translation>
    </message>
</context>
<context>
    <name>BackupPassphrasePage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="138"/>
        <source>Choose a passphrase for the backup</source>
        <translation>Passphrase für die Sicherung wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="141"/>
        <source>You need this passphrase to restore the keys. Write it down and keep it apart from the backup: nobody can recover it, Keyfold included.</source>
        <translation>Sie brauchen diese Passphrase zum Wiederherstellen. Notieren Sie sie getrennt von der Sicherung: Niemand kann sie zurückholen, auch Keyfold nicht.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="145"/>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/model.py" line="17"/>
        <source>{format}, bundle</source>
        <translation>{format}, Sammeldatei</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/model.py" line="38"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
</context>
<context>
    <name>BackupWizard</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="101"/>
        <source>Back up keys</source>
        <translation>Schlüssel sichern</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/page.py" line="21"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/page.py" line="37"/>
        <source>Back up keys…</source>
        <translation>Schlüssel sichern…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/page.py" line="38"/>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/page.py" line="39"/>
        <source>Check selected backup…</source>
        <translation>Gewählte Sicherung prüfen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/page.py" line="41"/>
        <source>Prove the backup opens with its passphrase</source>
        <translation>Nachweisen, dass sich die Sicherung mit ihrer Passphrase öffnen lässt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/page.py" line="62"/>
        <source>Not backed up, or changed since the last backup: {names}</source>
        <translation>Nicht gesichert oder seit der letzten Sicherung geändert: {names}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/page.py" line="67"/>
        <source>Every key has a current backup.</source>
        <translation>Jeder Schlüssel hat eine aktuelle Sicherung.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/change_passphrase_dialog.py" line="14"/>
        <source>Change passphrase of {key_id}</source>
        <translation>Passphrase von {key_id} ändern</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/change_passphrase_dialog.py" line="15"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/change_passphrase_dialog.py" line="21"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/change_passphrase_dialog.py" line="22"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/change_passphrase_dialog.py" line="25"/>
        <source>Remove the passphrase (the keychain protects the key)</source>
        <translation>Passphrase entfernen (der Schlüsselbund schützt den Schlüssel)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/change_passphrase_dialog.py" line="32"/>
        <source>Current passphrase:</source>
        <translation>Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/change_passphrase_dialog.py" line="34"/>
        <source>This key has no passphrase yet.</source>
        <translation>Dieser Schlüssel hat noch keine Passphrase.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/change_passphrase_dialog.py" line="44"/>
        <source>Type the current passphrase.</source>
        <translation>Geben Sie die aktuelle Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/check_dialog.py" line="12"/>
        <source>Check a backup</source>
        <translation>Eine Sicherung prüfen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/check_dialog.py" line="12"/>
        <source>Check backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/check_dialog.py" line="18"/>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/check_dialog.py" line="20"/>
        <source>Keyfold opens {path} in memory with the backup&apos;s passphrase, to prove you can restore it. Nothing is imported.</source>
        <translation>Keyfold öffnet {path} im Arbeitsspeicher mit der Passphrase der Sicherung, um nachzuweisen, dass Sie sie wiederherstellen können. Es wird nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/check_dialog.py" line="26"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/check_dialog.py" line="30"/>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase der Sicherung ein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/backups/check_dialog.py" line="37"/>
        <source>The backup opens: %n key can be restored from it.</source>
        <translation>
            <numerusform>Die Sicherung lässt sich öffnen: %n Schlüssel kann daraus wiederhergestellt werden.</numerusform>
            <numerusform>Die Sicherung lässt sich öffnen: %n Schlüssel können daraus wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/backups/check_dialog.py" line="38"/>
        <source>The backup opens: %n keys can be restored from it.</source>
        <translation>
            <numerusform>Die Sicherung lässt sich öffnen: %n Schlüssel kann daraus wiederhergestellt werden.</numerusform>
            <numerusform>Die Sicherung lässt sich öffnen: %n Schlüssel können daraus wiederhergestellt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckResultLabel</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="52"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="58"/>
        <source>Connecting to {url}…</source>
        <translation>Verbindung zu {url} wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="67"/>
        <source>Details: {details}</source>
        <translation>Details: {details}</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="37"/>
        <source>Which backups do you want to restore?</source>
        <translation>Welche Sicherungen möchten Sie wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="40"/>
        <source>Drop backup files here or choose them: single-key backups (.json) or bundles (.tar.gz). Keyfold shows what each holds before asking for the passphrase.</source>
        <translation>Legen Sie Sicherungsdateien hier ab oder wählen Sie sie aus: Einzelsicherungen (.json) oder Sammeldateien (.tar.gz). Keyfold zeigt den Inhalt jeder Datei, bevor es nach der Passphrase fragt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="45"/>
        <source>Drop backup files here</source>
        <translation>Sicherungsdateien hier ablegen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="45"/>
        <source>Choose backup files…</source>
        <translation>Sicherungsdateien wählen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="49"/>
        <source>Chosen backup files and what they hold</source>
        <translation>Gewählte Sicherungsdateien und ihr Inhalt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="50"/>
        <source>File or key</source>
        <translation>Datei oder Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="50"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="56"/>
        <source>Backups Keyfold knows about (double-click to add):</source>
        <translation>Sicherungen, die Keyfold kennt (Doppelklick fügt hinzu):</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="58"/>
        <source>Known backups</source>
        <translation>Bekannte Sicherungen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="88"/>
        <source>Choose backup files</source>
        <translation>Sicherungsdateien wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="95"/>
        <source>Keyfold backups (*.json *.tar.gz *.tgz *.dfkb);;All files (*)</source>
        <translation>Keyfold-Sicherungen (*.json *.tar.gz *.tgz *.dfkb);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="110"/>
        <source>%n key</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="110"/>
        <source>%n keys</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="114"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>ChooseKeysPage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="36"/>
        <source>Which keys do you want to back up?</source>
        <translation>Welche Schlüssel möchten Sie sichern?</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="39"/>
        <source>The keys you selected are ticked; with none selected, those never backed up or changed since their last backup.</source>
        <translation>Die ausgewählten Schlüssel sind angehakt; ohne Auswahl diejenigen, die nie gesichert oder seit ihrer letzten Sicherung geändert wurden.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="44"/>
        <source>Keys to back up</source>
        <translation>Zu sichernde Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="55"/>
        <source>{name} ({key_id}) — {state}</source>
        <translation>{name} ({key_id}) – {state}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="29"/>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="30"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="31"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="32"/>
        <source>Stored in</source>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="33"/>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="34"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="35"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="36"/>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="46"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="47"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="48"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="49"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="50"/>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="70"/>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="64"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="65"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="66"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="67"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="69"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="71"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="72"/>
        <source>Registration ID</source>
        <translation>Registrierungs-ID</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="133"/>
        <source>Some keys are already in this vault</source>
        <translation>Einige Schlüssel sind bereits in diesem Tresor</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="135"/>
        <source>Choose what to do with each key from the backups that you already have.</source>
        <translation>Wählen Sie für jeden Schlüssel aus den Sicherungen, den Sie bereits haben, was geschehen soll.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="154"/>
        <source>From {file}:</source>
        <translation>Aus {file}:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="163"/>
        <source>What to do with {key} from {file}</source>
        <translation>Was mit {key} aus {file} geschehen soll</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="197"/>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="199"/>
        <source>Replace keys</source>
        <translation>Schlüssel ersetzen</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/copy_field.py" line="48"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/copy_field.py" line="51"/>
        <source>Copy the {what}</source>
        <translation>Kopieren: {what}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/copy_field.py" line="52"/>
        <source>Copy {what}</source>
        <translation>Kopieren: {what}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/crash_dialog.py" line="29"/>
        <source>Keyfold hit a problem</source>
        <translation>Keyfold hat ein Problem festgestellt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/crash_dialog.py" line="34"/>
        <source>Something went wrong inside Keyfold ({summary}). This is a bug in Keyfold, not something you did.</source>
        <translation>In Keyfold ist etwas schiefgegangen ({summary}). Das ist ein Fehler in Keyfold, nicht in Ihrer Bedienung.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/crash_dialog.py" line="38"/>
        <source>The details are in the log: {path}</source>
        <translation>Die Einzelheiten stehen im Protokoll: {path}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/crash_dialog.py" line="40"/>
        <source>Please report it with the details below; they hold no passphrases or keys.</source>
        <translation>Bitte melden Sie den Fehler mit den Einzelheiten unten; sie enthalten keine Passphrasen oder Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/crash_dialog.py" line="44"/>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/crash_dialog.py" line="47"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/crash_dialog.py" line="60"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DecryptDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="44"/>
        <source>Not signed by anyone (it cannot say who made it)</source>
        <translation>Von niemandem signiert (Urheber nicht feststellbar)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="48"/>
        <source>Your key {key}</source>
        <translation>Ihr Schlüssel {key}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="51"/>
        <source>A key not in your vault ({start}…)</source>
        <translation>Ein Schlüssel, der nicht in Ihrem Tresor ist ({start}…)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="59"/>
        <source>your key {key}</source>
        <translation>Ihr Schlüssel {key}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="61"/>
        <source>your key {key} (locked)</source>
        <translation>Ihr Schlüssel {key} (gesperrt)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="70"/>
        <source>{count} other key</source>
        <translation>{count} anderer Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="71"/>
        <source>{count} other keys</source>
        <translation>{count} andere Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="75"/>
        <source>a passphrase</source>
        <translation>eine Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="76"/>
        <source>nobody you know</source>
        <translation>niemand Bekanntes</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="89"/>
        <source>Decrypt {name}</source>
        <translation>{name} entschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="90"/>
        <source>Decrypt</source>
        <translation>Entschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="97"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="104"/>
        <source>Save the decrypted file as</source>
        <translation>Entschlüsselte Datei speichern unter</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="105"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="106"/>
        <source>Choose where to save the decrypted file</source>
        <translation>Speicherort für die entschlüsselte Datei wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="111"/>
        <source>File passphrase</source>
        <translation>Passphrase der Datei</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="112"/>
        <source>Only if one of your keys cannot open it</source>
        <translation>Nur falls keiner Ihrer Schlüssel sie öffnen kann</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="118"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="119"/>
        <source>Opens with:</source>
        <translation>Öffnen mit:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="120"/>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="121"/>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="122"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="132"/>
        <source>Problems with shards</source>
        <translation>Probleme mit Teilstücken</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="138"/>
        <source>Shards to send again</source>
        <translation>Erneut zu sendende Teilstücke</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="144"/>
        <source>Ask the sender to send these shards again:</source>
        <translation>Bitten Sie den Absender, diese Teilstücke erneut zu senden:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="161"/>
        <source>{name} is intact so far: its contents list is signed and checks out.</source>
        <translation>{name} ist bisher unversehrt: Sein Inhaltsverzeichnis ist signiert und stimmt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="170"/>
        <source>{name}, {size} in %n shard</source>
        <translation>
            <numerusform>{name}, {size} in %n Teilstück</numerusform>
            <numerusform>{name}, {size} in %n Teilstücken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="171"/>
        <source>{name}, {size} in %n shards</source>
        <translation>
            <numerusform>{name}, {size} in %n Teilstück</numerusform>
            <numerusform>{name}, {size} in %n Teilstücken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="172"/>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="194"/>
        <source>{name} could not be read.</source>
        <translation>{name} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="196"/>
        <source>Choose where to save the decrypted file.</source>
        <translation>Wählen Sie, wo die entschlüsselte Datei gespeichert werden soll.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="207"/>
        <source>%n shard of {total} could not be verified, so nothing was written. The table says what was wrong with each.</source>
        <translation>
            <numerusform>%n von {total} Teilstücken konnte nicht überprüft werden, daher wurde nichts geschrieben. Die Tabelle zeigt, was jeweils falsch war.</numerusform>
            <numerusform>%n von {total} Teilstücken konnten nicht überprüft werden, daher wurde nichts geschrieben. Die Tabelle zeigt, was jeweils falsch war.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="213"/>
        <source>%n shards of {total} could not be verified, so nothing was written. The table says what was wrong with each.</source>
        <translation>
            <numerusform>%n von {total} Teilstücken konnte nicht überprüft werden, daher wurde nichts geschrieben. Die Tabelle zeigt, was jeweils falsch war.</numerusform>
            <numerusform>%n von {total} Teilstücken konnten nicht überprüft werden, daher wurde nichts geschrieben. Die Tabelle zeigt, was jeweils falsch war.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="224"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>DerivedPasswordDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="37"/>
        <source>Small letters (a-z)</source>
        <translation>Kleinbuchstaben (a-z)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="38"/>
        <source>Capital letters (A-Z)</source>
        <translation>Großbuchstaben (A-Z)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="39"/>
        <source>Digits (0-9)</source>
        <translation>Ziffern (0-9)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="40"/>
        <source>Symbols (!#$%…)</source>
        <translation>Sonderzeichen (!#$%…)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="59"/>
        <source>Password for a service</source>
        <translation>Passwort für einen Dienst</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="59"/>
        <source>Get password</source>
        <translation>Passwort erzeugen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="66"/>
        <source>{key} (version {version})</source>
        <translation>{key} (Version {version})</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="74"/>
        <source>Service name</source>
        <translation>Name des Dienstes</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="77"/>
        <source>e.g. github.com</source>
        <translation>z. B. github.com</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="80"/>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="81"/>
        <source>Password length</source>
        <translation>Passwortlänge</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="96"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="97"/>
        <source>Press “Get password”</source>
        <translation>„Passwort erzeugen“ drücken</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="98"/>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="188"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="100"/>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="190"/>
        <source>Show the password</source>
        <translation>Das Passwort anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="101"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="102"/>
        <source>Copy the password</source>
        <translation>Das Passwort kopieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="103"/>
        <source>Copies it; the clipboard is cleared after 30 seconds</source>
        <translation>Kopiert es; die Zwischenablage wird nach 30 Sekunden geleert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="111"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="112"/>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="113"/>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="114"/>
        <source>Use:</source>
        <translation>Verwenden:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="115"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="118"/>
        <source>Anyone holding this key gets the same password for the same service and rules, so nothing is stored. Rotating the key gives every service a new password: change it on the service too.</source>
        <translation>Wer diesen Schlüssel besitzt, erhält für denselben Dienst und dieselben Regeln dasselbe Passwort, daher wird nichts gespeichert. Durch Rotieren des Schlüssels erhält jeder Dienst ein neues Passwort: Ändern Sie es auch beim Dienst.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="124"/>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="125"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="146"/>
        <source>Type the name of the service, such as github.com.</source>
        <translation>Geben Sie den Namen des Dienstes ein, etwa github.com.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="171"/>
        <source>Copied. The clipboard is cleared in {seconds} seconds.</source>
        <translation>Kopiert. Die Zwischenablage wird in {seconds} Sekunden geleert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="188"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="190"/>
        <source>Hide the password</source>
        <translation>Das Passwort verbergen</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="170"/>
        <source>Format and place</source>
        <translation>Format und Speicherort</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="171"/>
        <source>Choose how the backup is written and where it goes.</source>
        <translation>Wählen Sie, wie und wohin die Sicherung geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="172"/>
        <source>Standard (recommended)</source>
        <translation>Standard (empfohlen)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="173"/>
        <source>DataFold unified layout</source>
        <translation>Einheitlicher DataFold-Aufbau</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="191"/>
        <source>One file per key, into a folder</source>
        <translation>Eine Datei pro Schlüssel, in einen Ordner</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="193"/>
        <source>A single bundle file (.tar.gz)</source>
        <translation>Eine einzelne Sammeldatei (.tar.gz)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="201"/>
        <source>Backup destination</source>
        <translation>Ziel der Sicherung</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="202"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="203"/>
        <source>Choose backup destination</source>
        <translation>Ziel der Sicherung wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="209"/>
        <source>&lt;b&gt;Format&lt;/b&gt;</source>
        <translation>&lt;b&gt;Format&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="216"/>
        <source>&lt;b&gt;Destination&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ziel&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="223"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="269"/>
        <source>Save the backup bundle</source>
        <translation>Sicherungs-Sammeldatei speichern</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="271"/>
        <source>Backup bundles (*.tar.gz)</source>
        <translation>Sicherungs-Sammeldateien (*.tar.gz)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="275"/>
        <source>Folder for the backup files</source>
        <translation>Ordner für die Sicherungsdateien</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="175"/>
        <source>DataFold JavaScript SDK</source>
        <translation>DataFold JavaScript SDK</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="179"/>
        <source>For DataFold tools that read the SDKs&apos; unified backup layout; its PBKDF2 key stretching makes it weaker than Keyfold&apos;s own format.</source>
        <translation>Für DataFold-Werkzeuge, die den einheitlichen Sicherungsaufbau der SDKs lesen; seine PBKDF2-Schlüsselstreckung macht ihn schwächer als Keyfolds eigenes Format.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="185"/>
        <source>For the DataFold JavaScript SDK&apos;s importKey; its PBKDF2 key stretching makes it weaker than Keyfold&apos;s own format.</source>
        <translation>Für importKey des DataFold JavaScript SDK; seine PBKDF2-Schlüsselstreckung macht es schwächer als Keyfolds eigenes Format.</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/drop_overlay.py" line="19"/>
        <source>Drop to open: files are signed or encrypted, signatures checked, backups restored, private keys imported.</source>
        <translation>Zum Öffnen ablegen: Dateien werden signiert oder verschlüsselt, Signaturen geprüft, Sicherungen wiederhergestellt, private Schlüssel importiert.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/timing_model.py" line="16"/>
        <source>{value} µs</source>
        <translation>{value} µs</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/timing_model.py" line="27"/>
        <source>{value} ms</source>
        <translation>{value} ms</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/timing_model.py" line="29"/>
        <source>{value} s</source>
        <translation>{value} s</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/timing_model.py" line="30"/>
        <source>{value} min</source>
        <translation>{value} min</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/timing_model.py" line="37"/>
        <source>Any time</source>
        <translation>Beliebige Dauer</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/timing_model.py" line="39"/>
        <source>Up to {time}</source>
        <translation>Bis zu {time}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/timing_model.py" line="44"/>
        <source>Over {time}</source>
        <translation>Über {time}</translation>
    </message>
</context>
<context>
    <name>EditMetadataDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="14"/>
        <source>Edit key {key_id}</source>
        <translation>Schlüssel {key_id} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="14"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="21"/>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="25"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="26"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="26"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="27"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="27"/>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="35"/>
        <source>The key needs a name.</source>
        <translation>Der Schlüssel braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/empty_state.py" line="17"/>
        <source>You have no keys yet</source>
        <translation>Sie haben noch keine Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/empty_state.py" line="24"/>
        <source>A key lets you sign files and messages so others can check they came from you. Create one to get started — it takes a few seconds. Afterwards, make a backup so you can get it back if this computer is lost.</source>
        <translation>Mit einem Schlüssel signieren Sie Dateien und Nachrichten, sodass andere prüfen können, dass sie von Ihnen stammen. Erstellen Sie einen, um loszulegen – das dauert nur wenige Sekunden. Legen Sie danach eine Sicherung an, damit Sie ihn zurückbekommen, falls dieser Computer verloren geht.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/empty_state.py" line="34"/>
        <source>Create your first key</source>
        <translation>Ersten Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/empty_state.py" line="38"/>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/empty_state.py" line="40"/>
        <source>Import a private key…</source>
        <translation>Privaten Schlüssel importieren…</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="59"/>
        <source>Encrypt files</source>
        <translation>Dateien verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="60"/>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="67"/>
        <source>Encrypt {files}. Each file gets an encrypted copy (name{suffix}) beside it; the original stays as it is.</source>
        <translation>{files} verschlüsseln. Jede Datei erhält daneben eine verschlüsselte Kopie (Name{suffix}); das Original bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="73"/>
        <source>Keys that can open the files</source>
        <translation>Schlüssel, die die Dateien öffnen können</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="75"/>
        <source>{key} — my key</source>
        <translation>{key} – mein Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="86"/>
        <source>Also let a passphrase open them</source>
        <translation>Auch mit einer Passphrase öffnen lassen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="88"/>
        <source>File passphrase</source>
        <translation>Passphrase der Datei</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="93"/>
        <source>Nobody (changes are still detected)</source>
        <translation>Niemand (Änderungen werden trotzdem erkannt)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="96"/>
        <source>Sign the encrypted files as</source>
        <translation>Verschlüsselte Dateien signieren als</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="98"/>
        <source>Form of the encrypted files</source>
        <translation>Form der verschlüsselten Dateien</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="100"/>
        <source>One file ({suffix})</source>
        <translation>Eine Datei ({suffix})</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="103"/>
        <source>A folder of shards ({suffix})</source>
        <translation>Ein Ordner mit Teilstücken ({suffix})</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="106"/>
        <source>Shard size in megabytes</source>
        <translation>Größe der Teilstücke in Megabyte</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="109"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="114"/>
        <source>Who can open them:</source>
        <translation>Wer sie öffnen kann:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="117"/>
        <source>Sign as:</source>
        <translation>Signieren als:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="118"/>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="119"/>
        <source>Shard size:</source>
        <translation>Teilstückgröße:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="124"/>
        <source>{name} — trusted key</source>
        <translation>{name} – vertrauenswürdiger Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="149"/>
        <source>Tick at least one key that may open the files, or use a passphrase.</source>
        <translation>Wählen Sie mindestens einen Schlüssel, der die Dateien öffnen darf, oder verwenden Sie eine Passphrase.</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/actions.py" line="9"/>
        <source>&amp;Encrypt files…</source>
        <translation>Dateien &amp;verschlüsseln…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/actions.py" line="11"/>
        <source>Encrypt files so only the people you choose can open them</source>
        <translation>Dateien so verschlüsseln, dass nur die gewählten Personen sie öffnen können</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/actions.py" line="13"/>
        <source>&amp;Decrypt a file…</source>
        <translation>Datei &amp;entschlüsseln…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/actions.py" line="15"/>
        <source>Open an encrypted .kfe file or shard folder</source>
        <translation>Eine verschlüsselte .kfe-Datei oder einen Teilstück-Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/actions.py" line="17"/>
        <source>Encrypt &amp;text…</source>
        <translation>&amp;Text verschlüsseln…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/actions.py" line="19"/>
        <source>Encrypt a text or JSON value into a token, or decrypt a token</source>
        <translation>Einen Text oder JSON-Wert zu einem Token verschlüsseln oder ein Token entschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/actions.py" line="22"/>
        <source>Encryption &amp;statistics</source>
        <translation>Verschlüsselungs&amp;statistik</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/actions.py" line="24"/>
        <source>How much was encrypted and decrypted, and how long it took</source>
        <translation>Wie viel ver- und entschlüsselt wurde und wie lange es dauerte</translation>
    </message>
</context>
<context>
    <name>EncryptionColumns</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/columns.py" line="15"/>
        <source>Shard ID</source>
        <translation>Teilstück-ID</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/columns.py" line="16"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/columns.py" line="17"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/columns.py" line="18"/>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/columns.py" line="19"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/columns.py" line="27"/>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/columns.py" line="28"/>
        <source>Encryptions</source>
        <translation>Verschlüsselungen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/columns.py" line="29"/>
        <source>Decryptions</source>
        <translation>Entschlüsselungen</translation>
    </message>
</context>
<context>
    <name>EncryptionCommands</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="36"/>
        <source>Encrypted files (*.kfe manifest.kfm);;All files (*)</source>
        <translation>Verschlüsselte Dateien (*.kfe manifest.kfm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="42"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="72"/>
        <source>Choose files to encrypt</source>
        <translation>Zu verschlüsselnde Dateien wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="107"/>
        <source>Signing the encrypted files needs this key&apos;s private half.</source>
        <translation>Zum Signieren der verschlüsselten Dateien wird der private Teil dieses Schlüssels benötigt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="151"/>
        <source>Encrypting: {done} of {total}</source>
        <translation>Verschlüsseln: {done} von {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="167"/>
        <source>Encrypted %n file: {names}.</source>
        <translation>
            <numerusform>%n Datei verschlüsselt: {names}.</numerusform>
            <numerusform>%n Dateien verschlüsselt: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="168"/>
        <source>Encrypted %n files: {names}.</source>
        <translation>
            <numerusform>%n Datei verschlüsselt: {names}.</numerusform>
            <numerusform>%n Dateien verschlüsselt: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="178"/>
        <source>%n file finished before that and was kept.</source>
        <translation>
            <numerusform>%n Datei war vorher fertig und wurde behalten.</numerusform>
            <numerusform>%n Dateien waren vorher fertig und wurden behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="179"/>
        <source>%n files finished before that and were kept.</source>
        <translation>
            <numerusform>%n Datei war vorher fertig und wurde behalten.</numerusform>
            <numerusform>%n Dateien waren vorher fertig und wurden behalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="185"/>
        <source>Stopped.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="185"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="198"/>
        <source>Choose an encrypted file</source>
        <translation>Verschlüsselte Datei wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="215"/>
        <source>Save the decrypted file as</source>
        <translation>Entschlüsselte Datei speichern unter</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="227"/>
        <source>{name} cannot be decrypted.</source>
        <translation>{name} kann nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="254"/>
        <source>Decrypting needs this key&apos;s private half.</source>
        <translation>Zum Entschlüsseln wird der private Teil dieses Schlüssels benötigt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="263"/>
        <source>{name} was encrypted for version {version} of this key; type the passphrase that version had.</source>
        <translation>{name} wurde für Version {version} dieses Schlüssels verschlüsselt; geben Sie die Passphrase dieser Version ein.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="290"/>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="291"/>
        <source>{name} exists already. Replace it with the decrypted file?</source>
        <translation>{name} existiert bereits. Durch die entschlüsselte Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="294"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="337"/>
        <source>Decrypting: {done} of {total}</source>
        <translation>Entschlüsseln: {done} von {total}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="348"/>
        <source>Decrypted {name} to {output}.</source>
        <translation>{name} nach {output} entschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="359"/>
        <source>Stopped. Nothing was written.</source>
        <translation>Abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="454"/>
        <source>Encrypting and decrypting values needs this key&apos;s private half.</source>
        <translation>Zum Ver- und Entschlüsseln von Werten wird der private Teil dieses Schlüssels benötigt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="463"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="463"/>
        <source>Decrypted text</source>
        <translation>Entschlüsselter Text</translation>
    </message>
</context>
<context>
    <name>EncryptionMenu</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/__init__.py" line="26"/>
        <source>&amp;Encryption</source>
        <translation>&amp;Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>EncryptionMetrics</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="79"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="80"/>
        <source>{count}, on average {mean} (fastest {fastest}, slowest {slowest})</source>
        <translation>{count}, im Schnitt {mean} (schnellste {fastest}, langsamste {slowest})</translation>
    </message>
</context>
<context>
    <name>EncryptionOffer</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/__init__.py" line="47"/>
        <source>Encrypt…</source>
        <translation>Verschlüsseln…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/__init__.py" line="48"/>
        <source>Make encrypted copies only the people you choose can open</source>
        <translation>Verschlüsselte Kopien erstellen, die nur die gewählten Personen öffnen können</translation>
    </message>
</context>
<context>
    <name>FileOffers</name>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/file_offers.py" line="35"/>
        <source>{names} and {count} more item</source>
        <translation>{names} und {count} weiteres Element</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/file_offers.py" line="36"/>
        <source>{names} and {count} more items</source>
        <translation>{names} und {count} weitere Elemente</translation>
    </message>
</context>
<context>
    <name>FileOffersDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/file_offers.py" line="48"/>
        <source>What should Keyfold do?</source>
        <translation>Was soll Keyfold tun?</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/file_offers.py" line="51"/>
        <source>What should Keyfold do with {files}?</source>
        <translation>Was soll Keyfold mit {files} tun?</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/file_offers.py" line="64"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>FileSize</name>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="88"/>
        <source>{count} byte</source>
        <translation>{count} Byte</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="89"/>
        <source>{count} bytes</source>
        <translation>{count} Bytes</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="92"/>
        <source>{value} KB</source>
        <translation>{value} KB</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="93"/>
        <source>{value} MB</source>
        <translation>{value} MB</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="94"/>
        <source>{value} GB</source>
        <translation>{value} GB</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="95"/>
        <source>{value} TB</source>
        <translation>{value} TB</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="12"/>
        <source>System keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="13"/>
        <source>Encrypted file</source>
        <translation>Verschlüsselte Datei</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="17"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="18"/>
        <source>DataFold SDK compatible</source>
        <translation>DataFold-SDK-kompatibel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="42"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="61"/>
        <source>Never backed up</source>
        <translation>Nie gesichert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="63"/>
        <source>Changed since last backup</source>
        <translation>Seit letzter Sicherung geändert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="64"/>
        <source>Backed up {time}</source>
        <translation>Gesichert {time}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="19"/>
        <source>DataFold JavaScript SDK</source>
        <translation>DataFold JavaScript SDK</translation>
    </message>
</context>
<context>
    <name>GenerateKeyDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="33"/>
        <source>Create a new key</source>
        <translation>Neuen Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="33"/>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="36"/>
        <source>For example: Release signing</source>
        <translation>Zum Beispiel: Release-Signatur</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="39"/>
        <source>Optional: what you use this key for</source>
        <translation>Optional: wofür Sie diesen Schlüssel verwenden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="41"/>
        <source>Optional, separated by commas</source>
        <translation>Optional, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="44"/>
        <source>Don&apos;t ask for a passphrase (the keychain protects it)</source>
        <translation>Nicht nach einer Passphrase fragen (der Schlüsselbund schützt ihn)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="49"/>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="50"/>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="51"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="52"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="53"/>
        <source>No passphrase</source>
        <translation>Keine Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="58"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="59"/>
        <source>Key ID:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="60"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="61"/>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="62"/>
        <source>Keep it in:</source>
        <translation>Aufbewahren in:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="79"/>
        <source>Give the key a name, so you can tell it apart from others.</source>
        <translation>Geben Sie dem Schlüssel einen Namen, damit Sie ihn von anderen unterscheiden können.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="83"/>
        <source>The key ID may use lowercase letters, digits, dots, dashes and underscores, and must start with a letter or digit.</source>
        <translation>Die Schlüssel-ID darf Kleinbuchstaben, Ziffern, Punkte, Bindestriche und Unterstriche enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="106"/>
        <source>Made from the name</source>
        <translation>Aus dem Namen gebildet</translation>
    </message>
</context>
<context>
    <name>GitSetupDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="27"/>
        <source>Sign git commits with {key}</source>
        <translation>Git-Commits mit {key} signieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="28"/>
        <source>Review changes…</source>
        <translation>Änderungen ansehen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="34"/>
        <source>the address you commit with</source>
        <translation>die Adresse, mit der Sie committen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="35"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="36"/>
        <source>This repository:</source>
        <translation>Dieses Repository:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="38"/>
        <source>All my repositories (global git settings)</source>
        <translation>Alle meine Repositorys (globale Git-Einstellungen)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="45"/>
        <source>Repository folder</source>
        <translation>Repository-Ordner</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="48"/>
        <source>Update earlier setups to the current version</source>
        <translation>Frühere Einrichtungen auf die aktuelle Version bringen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="53"/>
        <source>After a rotation: sign with the new version; the old one stays trusted for commits made before now</source>
        <translation>Nach einer Rotation: mit der neuen Version signieren; die alte bleibt für Commits von vor jetzt vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="63"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="69"/>
        <source>git will sign every commit and tag through keyfold-ssh, and check signatures against an allowed signers file holding this key.</source>
        <translation>Git signiert dann jeden Commit und jedes Tag über keyfold-ssh und prüft Signaturen gegen eine Datei erlaubter Signierer mit diesem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="91"/>
        <source>Type the email address you commit with.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, mit der Sie committen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="93"/>
        <source>Choose the repository folder, or all repositories.</source>
        <translation>Wählen Sie den Repository-Ordner oder alle Repositorys.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../app/keyfold/gui/help/actions.py" line="7"/>
        <source>User &amp;guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/help/actions.py" line="8"/>
        <source>Open the Keyfold user guide</source>
        <translation>Das Keyfold-Benutzerhandbuch öffnen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/help/actions.py" line="10"/>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Diagnose kopieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/help/actions.py" line="13"/>
        <source>Copy versions, platform, keychain and log folder for a problem report (no keys, no passphrases)</source>
        <translation>Versionen, Plattform, Schlüsselbund und Protokollordner für eine Problemmeldung kopieren (keine Schlüssel, keine Passphrasen)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/help/actions.py" line="17"/>
        <source>&amp;Report a problem…</source>
        <translation>Problem &amp;melden…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/help/actions.py" line="19"/>
        <source>Open the page for reporting a problem</source>
        <translation>Die Seite zum Melden eines Problems öffnen</translation>
    </message>
</context>
<context>
    <name>HelpCommands</name>
    <message>
        <location filename="../../app/keyfold/gui/help/__init__.py" line="28"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="28"/>
        <source>Private keys (*.pem *.key *.der *.txt *.hex *.json id_ed25519*);;All files (*)</source>
        <translation>Private Schlüssel (*.pem *.key *.der *.txt *.hex *.json id_ed25519*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="50"/>
        <source>Import a private key</source>
        <translation>Privaten Schlüssel importieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="50"/>
        <source>Import key</source>
        <translation>Schlüssel importieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="54"/>
        <source>Choose a file or drop it here</source>
        <translation>Datei wählen oder hier ablegen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="55"/>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="61"/>
        <source>Only if the file itself is encrypted</source>
        <translation>Nur falls die Datei selbst verschlüsselt ist</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="64"/>
        <source>Made from the name or the file</source>
        <translation>Aus dem Namen oder der Datei gebildet</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="67"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="69"/>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="70"/>
        <source>Choose key file</source>
        <translation>Schlüsseldatei wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="71"/>
        <source>Passphrase of the file</source>
        <translation>Passphrase der Datei</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="72"/>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="73"/>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="81"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="82"/>
        <source>File passphrase:</source>
        <translation>Passphrase der Datei:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="83"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="84"/>
        <source>Key ID:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="85"/>
        <source>Keep it in:</source>
        <translation>Aufbewahren in:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="103"/>
        <source>Choose the file that holds the private key.</source>
        <translation>Wählen Sie die Datei mit dem privaten Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="107"/>
        <source>The key ID may use lowercase letters, digits, dots, dashes and underscores.</source>
        <translation>Die Schlüssel-ID darf Kleinbuchstaben, Ziffern, Punkte, Bindestriche und Unterstriche enthalten.</translation>
    </message>
</context>
<context>
    <name>ImportTrustedDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="133"/>
        <source>Import a trusted public key</source>
        <translation>Vertrauenswürdigen öffentlichen Schlüssel importieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="133"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="136"/>
        <source>Public key file</source>
        <translation>Datei mit öffentlichem Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="138"/>
        <source>A minisign .pub file, an ssh-ed25519 line, or hex</source>
        <translation>Eine minisign-.pub-Datei, eine ssh-ed25519-Zeile oder Hex</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="140"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="141"/>
        <source>Choose a public key file</source>
        <translation>Datei mit öffentlichem Schlüssel wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="144"/>
        <source>Pasted public key</source>
        <translation>Eingefügter öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="145"/>
        <source>…or paste the public key here</source>
        <translation>…oder den öffentlichen Schlüssel hier einfügen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="148"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="150"/>
        <source>Whose key is it? For example “Alice” or “Project X”</source>
        <translation>Wessen Schlüssel ist es? Zum Beispiel „Alice“ oder „Projekt X“</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="157"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="158"/>
        <source>Or text:</source>
        <translation>Oder Text:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="159"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="177"/>
        <source>Choose a public key file or paste the public key.</source>
        <translation>Wählen Sie eine Datei mit öffentlichem Schlüssel oder fügen Sie den öffentlichen Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="179"/>
        <source>Give the key a name, so you can tell whose signatures it checks.</source>
        <translation>Geben Sie dem Schlüssel einen Namen, damit Sie wissen, wessen Signaturen er prüft.</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="82"/>
        <source>Created the key {key_id}. Back it up next, so you cannot lose it.</source>
        <translation>Schlüssel {key_id} erstellt. Sichern Sie ihn als Nächstes, damit er nicht verloren geht.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="94"/>
        <source>Choose a private key file</source>
        <translation>Datei mit privatem Schlüssel wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="118"/>
        <source>Imported the key {key_id}.</source>
        <translation>Schlüssel {key_id} importiert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="138"/>
        <source>Saved the key {key_id}.</source>
        <translation>Schlüssel {key_id} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="156"/>
        <source>Changed the passphrase of {key_id}.</source>
        <translation>Passphrase von {key_id} geändert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="175"/>
        <source>Moved the key {key_id}.</source>
        <translation>Schlüssel {key_id} verschoben.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="185"/>
        <source>Save the public key</source>
        <translation>Öffentlichen Schlüssel speichern</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="187"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="200"/>
        <source>Saved the public key to {path}.</source>
        <translation>Öffentlichen Schlüssel in {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="206"/>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="213"/>
        <source>“{name}” ({key_id})</source>
        <translation>„{name}“ ({key_id})</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="219"/>
        <source>Delete the key {key}? Its private key is removed from this computer.</source>
        <translation>Schlüssel {key} löschen? Sein privater Schlüssel wird von diesem Computer entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="223"/>
        <source>This key has no current backup: once deleted it cannot be recovered, and anything that trusts it will stop working.</source>
        <translation>Dieser Schlüssel hat keine aktuelle Sicherung: Einmal gelöscht, kann er nicht wiederhergestellt werden, und alles, was ihm vertraut, funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="229"/>
        <source>You can restore it from your backup later.</source>
        <translation>Sie können ihn später aus Ihrer Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="236"/>
        <source>Deleted the key {key_id}.</source>
        <translation>Schlüssel {key_id} gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="249"/>
        <source>Could not delete the key</source>
        <translation>Schlüssel konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="256"/>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="258"/>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="280"/>
        <source>Unlocked {key_id}.</source>
        <translation>{key_id} entsperrt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="290"/>
        <source>That passphrase is not right. Try again.</source>
        <translation>Diese Passphrase ist falsch. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="311"/>
        <source>Locked all keys.</source>
        <translation>Alle Schlüssel gesperrt.</translation>
    </message>
</context>
<context>
    <name>KeyDetailsPane</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="46"/>
        <source>Hex (DataFold servers)</source>
        <translation>Hex (DataFold-Server)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="47"/>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="48"/>
        <source>OpenSSH</source>
        <translation>OpenSSH</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="49"/>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="50"/>
        <source>minisign</source>
        <translation>minisign</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="55"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="57"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="58"/>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="59"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="60"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="61"/>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="62"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="91"/>
        <source>Key details</source>
        <translation>Schlüsseldetails</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="104"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="106"/>
        <source>SHA256 fingerprint</source>
        <translation>SHA256-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="108"/>
        <source>Public key format</source>
        <translation>Format des öffentlichen Schlüssels</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="113"/>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="114"/>
        <source>Save to file…</source>
        <translation>In Datei speichern…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="115"/>
        <source>Save public key to a file</source>
        <translation>Öffentlichen Schlüssel in einer Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="117"/>
        <source>QR code of the public key</source>
        <translation>QR-Code des öffentlichen Schlüssels</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="121"/>
        <source>Key versions and their use</source>
        <translation>Schlüsselversionen und ihre Verwendung</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="130"/>
        <source>Expire…</source>
        <translation>Auslaufen lassen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="131"/>
        <source>Expire the chosen old version</source>
        <translation>Die gewählte alte Version auslaufen lassen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="132"/>
        <source>Retire the old version chosen above</source>
        <translation>Die oben gewählte alte Version außer Dienst stellen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="136"/>
        <source>Rotate…</source>
        <translation>Rotieren…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="138"/>
        <source>Rotate this key</source>
        <translation>Diesen Schlüssel rotieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="139"/>
        <source>Schedule…</source>
        <translation>Zeitplan…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="140"/>
        <source>Change the rotation schedule</source>
        <translation>Den Rotationszeitplan ändern</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="159"/>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="160"/>
        <source>SSH style:</source>
        <translation>SSH-Stil:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="161"/>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="163"/>
        <source>QR code:</source>
        <translation>QR-Code:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="164"/>
        <source>Stored in:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="165"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="166"/>
        <source>Backup:</source>
        <translation>Sicherung:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="167"/>
        <source>Rotation:</source>
        <translation>Rotation:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="169"/>
        <source>Registered:</source>
        <translation>Registriert:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="174"/>
        <source>Versions and use:</source>
        <translation>Versionen und Verwendung:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="203"/>
        <source>Key ID: {key_id}</source>
        <translation>Schlüssel-ID: {key_id}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="207"/>
        <source>Tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="213"/>
        <source>{storage} ({keychain})</source>
        <translation>{storage} ({keychain})</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="224"/>
        <source> — make a backup so you can get this key back if this computer is lost.</source>
        <translation> – legen Sie eine Sicherung an, damit Sie diesen Schlüssel zurückbekommen, falls dieser Computer verloren geht.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="229"/>
        <source>{server} as {client} ({status})</source>
        <translation>{server} als {client} ({status})</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="234"/>
        <source>Not registered with any server</source>
        <translation>Bei keinem Server registriert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="255"/>
        <source>{schedule}. {due}</source>
        <translation>{schedule}. {due}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="305"/>
        <source>Fingerprint {fingerprint}</source>
        <translation>Fingerabdruck {fingerprint}</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/model.py" line="71"/>
        <source>No passphrase</source>
        <translation>Keine Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/model.py" line="72"/>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/model.py" line="72"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/model.py" line="111"/>
        <source>Make a backup so you can get this key back if this computer is lost.</source>
        <translation>Legen Sie eine Sicherung an, damit Sie diesen Schlüssel zurückbekommen, falls dieser Computer verloren geht.</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/page.py" line="41"/>
        <source>Search keys by name, ID, tag or fingerprint</source>
        <translation>Schlüssel nach Name, ID, Schlagwort oder Fingerabdruck suchen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/page.py" line="42"/>
        <source>Search keys</source>
        <translation>Schlüssel suchen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/page.py" line="47"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/page.py" line="113"/>
        <source>No key matches “{text}”. Press Escape to show all keys.</source>
        <translation>Kein Schlüssel passt zu „{text}“. Escape zeigt wieder alle Schlüssel.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="91"/>
        <source>Locked all keys after a quiet period.</source>
        <translation>Alle Schlüssel nach einer Ruhezeit gesperrt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="92"/>
        <source>Locked all keys because the screen locked.</source>
        <translation>Alle Schlüssel gesperrt, weil der Bildschirm gesperrt wurde.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="93"/>
        <source>Locked all keys because the computer went to sleep.</source>
        <translation>Alle Schlüssel gesperrt, weil der Computer in den Ruhezustand ging.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="111"/>
        <source>Keyfold</source>
        <translation>Keyfold</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="133"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="134"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="135"/>
        <source>Registrations</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="217"/>
        <source>Copied: {what}. It is cleared from the clipboard soon.</source>
        <translation>Kopiert: {what}. Es wird bald aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="221"/>
        <source>Copied: {what}.</source>
        <translation>Kopiert: {what}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="233"/>
        <source>Keyfold does not know what to do with {names}.</source>
        <translation>Keyfold weiß nicht, was mit {names} zu tun ist.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="371"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="389"/>
        <source>Where secrets are stored</source>
        <translation>Wo Geheimnisse gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="418"/>
        <source>None (kept safe by the system keychain)</source>
        <translation>Keine (durch den System-Schlüsselbund geschützt)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="420"/>
        <source>Unlocked for now</source>
        <translation>Vorerst entsperrt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="421"/>
        <source>Locked; you will be asked for it when needed</source>
        <translation>Gesperrt; Sie werden bei Bedarf danach gefragt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="426"/>
        <source>All keys locked</source>
        <translation>Alle Schlüssel gesperrt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/main_window.py" line="430"/>
        <source>%n key unlocked</source>
        <translation>
            <numerusform>%n Schlüssel entsperrt</numerusform>
            <numerusform>%n Schlüssel entsperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/main_window.py" line="432"/>
        <source>%n keys unlocked</source>
        <translation>
            <numerusform>%n Schlüssel entsperrt</numerusform>
            <numerusform>%n Schlüssel entsperrt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="443"/>
        <source>Locked all keys.</source>
        <translation>Alle Schlüssel gesperrt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="461"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/main_window.py" line="484"/>
        <source>Keys now lock after %n idle minute.</source>
        <translation>
            <numerusform>Schlüssel werden jetzt nach %n Minute Inaktivität gesperrt.</numerusform>
            <numerusform>Schlüssel werden jetzt nach %n Minuten Inaktivität gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/main_window.py" line="486"/>
        <source>Keys now lock after %n idle minutes.</source>
        <translation>
            <numerusform>Schlüssel werden jetzt nach %n Minute Inaktivität gesperrt.</numerusform>
            <numerusform>Schlüssel werden jetzt nach %n Minuten Inaktivität gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="495"/>
        <source>About Keyfold</source>
        <translation>Über Keyfold</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="497"/>
        <source>Keyfold {version}

Keyfold keeps Ed25519 signing keys safe, backs them up and signs files.

Vault folder: {folder}
{storage}.</source>
        <translation>Keyfold {version}

Keyfold verwahrt Ed25519-Signaturschlüssel sicher, sichert sie und signiert Dateien.

Tresorordner: {folder}
{storage}.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../app/keyfold/gui/base/menus.py" line="15"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/menus.py" line="17"/>
        <location filename="../../app/keyfold/gui/base/menus.py" line="69"/>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/menus.py" line="19"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/menus.py" line="21"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/keyfold/gui/base/messages.py" line="15"/>
        <source>A file could not be read or written ({file}): {reason}.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden ({file}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/messages.py" line="18"/>
        <source>A file could not be read or written: {reason}.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/messages.py" line="25"/>
        <source>Something went wrong inside Keyfold ({error}); please report it.</source>
        <translation>In Keyfold ist ein Fehler aufgetreten ({error}); bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/messages.py" line="28"/>
        <source>Something went wrong inside Keyfold ({error}). The details are in the log, {log}; please report it.</source>
        <translation>In Keyfold ist etwas schiefgegangen ({error}). Die Einzelheiten stehen im Protokoll, {log}; bitte melden Sie den Fehler.</translation>
    </message>
</context>
<context>
    <name>MessagesDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="51"/>
        <source>Not valid. {reason}</source>
        <translation>Ungültig. {reason}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="54"/>
        <source>the given key</source>
        <translation>der angegebene Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="56"/>
        <source>your key {name}</source>
        <translation>Ihr Schlüssel {name}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="58"/>
        <source>the trusted key {name}</source>
        <translation>der vertrauenswürdige Schlüssel {name}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="61"/>
        <source>Valid: signed by {signer}, and the message is unchanged.</source>
        <translation>Gültig: signiert von {signer}, und die Nachricht ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="81"/>
        <source>Sign or check a message</source>
        <translation>Nachricht signieren oder prüfen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="84"/>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="85"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="104"/>
        <source>Key to sign with</source>
        <translation>Schlüssel zum Signieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="106"/>
        <source>Message to sign</source>
        <translation>Zu signierende Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="106"/>
        <source>Type the message</source>
        <translation>Nachricht eingeben</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="108"/>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="109"/>
        <source>Sign message</source>
        <translation>Nachricht signieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="112"/>
        <source>Signature (hex)</source>
        <translation>Signatur (Hex)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="115"/>
        <source>Signature (base64)</source>
        <translation>Signatur (Base64)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="119"/>
        <source>Sign with:</source>
        <translation>Signieren mit:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="120"/>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="188"/>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="123"/>
        <source>Hex:</source>
        <translation>Hex:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="124"/>
        <source>Base64:</source>
        <translation>Base64:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="135"/>
        <source>Choose the key to sign with; create or import one first if you have none.</source>
        <translation>Wählen Sie den Schlüssel zum Signieren; erstellen oder importieren Sie zuerst einen, falls Sie keinen haben.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="138"/>
        <source>Type the message to sign.</source>
        <translation>Geben Sie die zu signierende Nachricht ein.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="145"/>
        <source>Signed. Send the message together with one of these signatures.</source>
        <translation>Signiert. Senden Sie die Nachricht zusammen mit einer dieser Signaturen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="174"/>
        <source>Message to check</source>
        <translation>Zu prüfende Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="175"/>
        <source>Paste the message exactly as it was signed</source>
        <translation>Die Nachricht genau so einfügen, wie sie signiert wurde</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="178"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="179"/>
        <source>The signature, in hex or base64</source>
        <translation>Die Signatur, als Hex oder Base64</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="181"/>
        <source>Key that should have signed</source>
        <translation>Schlüssel, der signiert haben sollte</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="182"/>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="183"/>
        <source>Check signature</source>
        <translation>Signatur prüfen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="186"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="189"/>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="190"/>
        <source>Signed by:</source>
        <translation>Signiert von:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="200"/>
        <source>Any of my keys or trusted keys</source>
        <translation>Einer meiner oder der vertrauenswürdigen Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="203"/>
        <source>{key} — my key</source>
        <translation>{key} – mein Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="206"/>
        <source>{key} — trusted key</source>
        <translation>{key} – vertrauenswürdiger Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="232"/>
        <source>Paste the message to check.</source>
        <translation>Fügen Sie die zu prüfende Nachricht ein.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="234"/>
        <source>Paste the signature to check.</source>
        <translation>Fügen Sie die zu prüfende Signatur ein.</translation>
    </message>
</context>
<context>
    <name>MetricsDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="104"/>
        <source>Encryption statistics</source>
        <translation>Verschlüsselungsstatistik</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="108"/>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="109"/>
        <source>Decrypted</source>
        <translation>Entschlüsselt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="110"/>
        <source>Failed or stopped</source>
        <translation>Fehlgeschlagen oder abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="111"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="114"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="117"/>
        <source>Files encrypted and decrypted in this window since Keyfold started, each timed from start to finish, passphrase and key work included.</source>
        <translation>Dateien, die in diesem Fenster seit dem Start von Keyfold ver- und entschlüsselt wurden, jeweils von Anfang bis Ende gemessen, einschließlich Passphrase- und Schlüsselarbeit.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="123"/>
        <source>Values (text and JSON tokens)</source>
        <translation>Werte (Text- und JSON-Token)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="126"/>
        <source>Values sealed and opened by Keyfold&apos;s data encryption system since it started, each timed once its key was ready.</source>
        <translation>Werte, die Keyfolds Datenverschlüsselung seit dem Start versiegelt und geöffnet hat, jeweils gemessen ab Bereitschaft des Schlüssels.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="131"/>
        <source>Moved to a newer key version</source>
        <translation>Auf eine neuere Schlüsselversion umgestellt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="132"/>
        <source>Compressed first</source>
        <translation>Vorher komprimiert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="137"/>
        <source>These numbers are not kept after you quit.</source>
        <translation>Diese Zahlen werden nach dem Beenden nicht aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>MoveStorageDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="17"/>
        <source>Move key {key_id}</source>
        <translation>Schlüssel {key_id} verschieben</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="17"/>
        <source>Move key</source>
        <translation>Schlüssel verschieben</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="27"/>
        <source>Passphrase of the key</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="30"/>
        <source>Now in:</source>
        <translation>Jetzt in:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="31"/>
        <source>Move to:</source>
        <translation>Verschieben nach:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="33"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="36"/>
        <source>There is no system keychain here: {reason}</source>
        <translation>Hier gibt es keinen System-Schlüsselbund: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="44"/>
        <source>The key is there already; choose the other place.</source>
        <translation>Der Schlüssel ist bereits dort; wählen Sie den anderen Ort.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="46"/>
        <source>Type the key&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase des Schlüssels ein.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="49"/>
        <source>A key in a file needs a passphrase: give it one with “Change passphrase” first.</source>
        <translation>Ein Schlüssel in einer Datei braucht eine Passphrase: Vergeben Sie zuerst eine mit „Passphrase ändern“.</translation>
    </message>
</context>
<context>
    <name>OpenFiles</name>
    <message>
        <location filename="../../app/keyfold/gui/open_files.py" line="50"/>
        <source>Keyfold cannot find {names}.</source>
        <translation>Keyfold kann {names} nicht finden.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/passphrase_prompt.py" line="23"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/passphrase_prompt.py" line="29"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/passphrase_prompt.py" line="36"/>
        <source>Type the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="35"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="43"/>
        <source>Repeat {label}</source>
        <translation>{label} wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="44"/>
        <source>Show what I type</source>
        <translation>Eingabe anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="47"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="51"/>
        <source>Use it anyway (not recommended)</source>
        <translation>Trotzdem verwenden (nicht empfohlen)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="71"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="72"/>
        <source>Repeat it:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="75"/>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="101"/>
        <source>Choose a passphrase.</source>
        <translation>Wählen Sie eine Passphrase.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="103"/>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="106"/>
        <source>This passphrase is easy to guess: make it longer, or tick “Use it anyway”.</source>
        <translation>Diese Passphrase ist leicht zu erraten: Machen Sie sie länger oder wählen Sie „Trotzdem verwenden“.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="147"/>
        <source>Not the same as the passphrase above yet.</source>
        <translation>Noch nicht gleich der Passphrase darüber.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/strength.py" line="19"/>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/strength.py" line="20"/>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/strength.py" line="21"/>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/strength.py" line="22"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/strength.py" line="23"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/strength.py" line="25"/>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/strength.py" line="26"/>
        <source>Type a passphrase: several unrelated words work well.</source>
        <translation>Geben Sie eine Passphrase ein: Mehrere unzusammenhängende Wörter eignen sich gut.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/strength.py" line="29"/>
        <source>Add another word or two that are not related to each other.</source>
        <translation>Fügen Sie ein oder zwei weitere Wörter hinzu, die nichts miteinander zu tun haben.</translation>
    </message>
</context>
<context>
    <name>ProgressTaskDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/progress_task_dialog.py" line="19"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/progress_task_dialog.py" line="39"/>
        <source>Stopping…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="35"/>
        <source>Register a key with a server</source>
        <translation>Schlüssel bei einem Server registrieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="35"/>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="38"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="40"/>
        <source>Servers…</source>
        <translation>Server…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="41"/>
        <source>Manage registration servers</source>
        <translation>Registrierungsserver verwalten</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="43"/>
        <source>Made up for you when left empty</source>
        <translation>Wird erzeugt, wenn leer gelassen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="47"/>
        <source>Optional: who the key belongs to on the server</source>
        <translation>Optional: wem der Schlüssel auf dem Server gehört</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="50"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="51"/>
        <source>Key name on the server</source>
        <translation>Schlüsselname auf dem Server</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="52"/>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="61"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="62"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="63"/>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="64"/>
        <source>Name on the server:</source>
        <translation>Name auf dem Server:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="65"/>
        <source>User ID:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="76"/>
        <source>Choose the key to register; create one first if the list is empty.</source>
        <translation>Wählen Sie den zu registrierenden Schlüssel; erstellen Sie zuerst einen, falls die Liste leer ist.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="78"/>
        <source>Type the server&apos;s address, or save one under Servers….</source>
        <translation>Geben Sie die Adresse des Servers ein oder speichern Sie eine unter Server….</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="96"/>
        <source>{name} (the key&apos;s name)</source>
        <translation>{name} (Name des Schlüssels)</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="26"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="27"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="28"/>
        <source>Replaced by a newer key version</source>
        <translation>Durch eine neuere Schlüsselversion ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="29"/>
        <source>Not found on the server</source>
        <translation>Nicht auf dem Server gefunden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="33"/>
        <source>The server accepts this key&apos;s signatures.</source>
        <translation>Der Server akzeptiert die Signaturen dieses Schlüssels.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="34"/>
        <source>The server refuses this key&apos;s signatures from now on.</source>
        <translation>Der Server lehnt die Signaturen dieses Schlüssels ab sofort ab.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="37"/>
        <source>The server now holds another public key under this client ID.</source>
        <translation>Der Server führt unter dieser Client-ID jetzt einen anderen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="40"/>
        <source>The server no longer knows this client ID.</source>
        <translation>Der Server kennt diese Client-ID nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="51"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="61"/>
        <source>The server reports the status “{status}”.</source>
        <translation>Der Server meldet den Status „{status}“.</translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/model.py" line="64"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/model.py" line="85"/>
        <source>{hint}
Last checked: {time}</source>
        <translation>{hint}
Zuletzt geprüft: {time}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/model.py" line="89"/>
        <source>Fingerprint {fingerprint}</source>
        <translation>Fingerabdruck {fingerprint}</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/page.py" line="37"/>
        <source>Registrations</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/page.py" line="50"/>
        <source>Registering a key with a server lets others check what you sign. No key is registered yet.</source>
        <translation>Wenn Sie einen Schlüssel bei einem Server registrieren, können andere prüfen, was Sie signieren. Es ist noch kein Schlüssel registriert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/page.py" line="58"/>
        <source>Registration actions</source>
        <translation>Registrierungsaktionen</translation>
    </message>
</context>
<context>
    <name>RegistryActions</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="10"/>
        <source>&amp;Register key with a server…</source>
        <translation>Schlüssel &amp;registrieren…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="12"/>
        <source>Register a key with a server so others can check what it signs</source>
        <translation>Einen Schlüssel bei einem Server registrieren, damit andere prüfen können, was er signiert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="15"/>
        <source>Refresh s&amp;tatus</source>
        <translation>S&amp;tatus aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="17"/>
        <source>Ask the servers for the status of the selected registrations, or all</source>
        <translation>Die Server nach dem Status der gewählten oder aller Registrierungen fragen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="22"/>
        <source>Verify a &amp;file on the server…</source>
        <translation>&amp;Datei auf dem Server prüfen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="24"/>
        <source>Ask the server whether a signed file&apos;s signature is from a registered key</source>
        <translation>Den Server fragen, ob die Signatur einer signierten Datei von einem registrierten Schlüssel stammt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="29"/>
        <source>Verify a &amp;message on the server…</source>
        <translation>&amp;Nachricht auf dem Server prüfen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="31"/>
        <source>Ask the server whether a message&apos;s signature is from a registered key</source>
        <translation>Den Server fragen, ob die Signatur einer Nachricht von einem registrierten Schlüssel stammt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="36"/>
        <source>Re&amp;voke registration…</source>
        <translation>Registrierung &amp;widerrufen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="38"/>
        <source>Tell the server to refuse the selected registration&apos;s signatures from now on</source>
        <translation>Den Server anweisen, die Signaturen der gewählten Registrierung ab sofort abzulehnen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="43"/>
        <source>Forg&amp;et registration…</source>
        <translation>&amp;Vergessen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="45"/>
        <source>Remove the selected registration from this list (the server keeps it)</source>
        <translation>Die gewählte Registrierung aus dieser Liste entfernen (der Server behält sie)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="50"/>
        <source>Registration &amp;servers…</source>
        <translation>Registrierungs&amp;server…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="52"/>
        <source>The servers you register keys with: address, certificate pin, access token</source>
        <translation>Die Server, bei denen Sie Schlüssel registrieren: Adresse, Zertifikats-Pin, Zugangstoken</translation>
    </message>
</context>
<context>
    <name>RegistryCommands</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="119"/>
        <source>Adopted the registration of {key} on {server} as {client_id}.</source>
        <translation>Registrierung von {key} auf {server} als {client_id} übernommen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="121"/>
        <source>Registered {key} on {server} as {client_id}.</source>
        <translation>{key} auf {server} als {client_id} registriert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="149"/>
        <source>Stopped. Nothing was registered.</source>
        <translation>Abgebrochen. Es wurde nichts registriert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="161"/>
        <source>Adopt the registration?</source>
        <translation>Registrierung übernehmen?</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="163"/>
        <source>The client ID {client_id} is already registered on {server} with this same key ({key}). Record that registration in Keyfold as this key&apos;s?</source>
        <translation>Die Client-ID {client_id} ist auf {server} bereits mit genau diesem Schlüssel ({key}) registriert. Diese Registrierung in Keyfold für diesen Schlüssel übernehmen?</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="167"/>
        <source>Adopt</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="197"/>
        <source>Checking registration {number} of {total}…</source>
        <translation>Registrierung {number} von {total} wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="208"/>
        <source>Could not check {client_id} on {server}</source>
        <translation>{client_id} auf {server} konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="216"/>
        <source>Stopped checking registrations.</source>
        <translation>Prüfung der Registrierungen abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="221"/>
        <source>Could not check registrations</source>
        <translation>Registrierungen konnten nicht geprüft werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="229"/>
        <source>Checking %n registration…</source>
        <translation>
            <numerusform>%n Registrierung wird geprüft…</numerusform>
            <numerusform>%n Registrierungen werden geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="230"/>
        <source>Checking %n registrations…</source>
        <translation>
            <numerusform>%n Registrierung wird geprüft…</numerusform>
            <numerusform>%n Registrierungen werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="269"/>
        <source>Choose the signed file</source>
        <translation>Signierte Datei wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="269"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="295"/>
        <source>Hashing {file}: {done} of {total}</source>
        <translation>Hash von {file} wird berechnet: {done} von {total}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="337"/>
        <source>the message</source>
        <translation>die Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="353"/>
        <source>Stopped before the server was asked.</source>
        <translation>Abgebrochen, bevor der Server gefragt wurde.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="365"/>
        <source>Revoke registration</source>
        <translation>Registrierung widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="367"/>
        <source>Revoke the registration of key “{key}” on {server} (client ID {client_id})? The server will refuse its signatures from now on. This cannot be undone.</source>
        <translation>Registrierung des Schlüssels „{key}“ auf {server} (Client-ID {client_id}) widerrufen? Der Server lehnt seine Signaturen ab sofort ab. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="371"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="387"/>
        <source>Revoked {client_id} on {server}; the server refuses signatures by {key} under it.</source>
        <translation>{client_id} auf {server} widerrufen; der Server lehnt darunter Signaturen von {key} ab.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="400"/>
        <source>The server checks that the request to revoke is signed by this key.</source>
        <translation>Der Server prüft, dass die Widerrufsanfrage mit diesem Schlüssel signiert ist.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="139"/>
        <source>The server asks for proof that you hold this key: Keyfold signs its challenge with the key.</source>
        <translation>Der Server verlangt einen Nachweis, dass Sie diesen Schlüssel besitzen: Keyfold signiert dazu eine Anfrage des Servers mit dem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="404"/>
        <source>Could not revoke {client_id}</source>
        <translation>{client_id} konnte nicht widerrufen werden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="422"/>
        <source>Could not forget the registration</source>
        <translation>Registrierung konnte nicht vergessen werden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="429"/>
        <source>Forget registration</source>
        <translation>Registrierung vergessen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="431"/>
        <source>Remove the registration of key “{key}” on {server} (client ID {client_id}) from Keyfold? The server keeps it; revoke it first if it should stop accepting the key&apos;s signatures.</source>
        <translation>Registrierung des Schlüssels „{key}“ auf {server} (Client-ID {client_id}) aus Keyfold entfernen? Der Server behält sie; widerrufen Sie sie zuerst, falls er die Signaturen des Schlüssels nicht mehr akzeptieren soll.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="435"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="442"/>
        <source>Forgot {client_id} on {server}.</source>
        <translation>{client_id} auf {server} vergessen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="476"/>
        <source>Saved the server {url}.</source>
        <translation>Server {url} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="533"/>
        <source>Removed the server {url}.</source>
        <translation>Server {url} entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="543"/>
        <source>Could not remove the server</source>
        <translation>Server konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="549"/>
        <source>Remove server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="551"/>
        <source>Remove the server {url} and its saved token from Keyfold? Keys registered with it stay listed.</source>
        <translation>Server {url} und sein gespeichertes Token aus Keyfold entfernen? Dort registrierte Schlüssel bleiben aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="554"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="599"/>
        <source>Checked {count} registration: {states}.</source>
        <translation>{count} Registrierung geprüft: {states}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="602"/>
        <source>Checked {count} registrations: {states}.</source>
        <translation>{count} Registrierungen geprüft: {states}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="612"/>
        <source>{count} registration could not be checked.</source>
        <translation>{count} Registrierung konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="615"/>
        <source>{count} registrations could not be checked.</source>
        <translation>{count} Registrierungen konnten nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>RegistryErrors</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/errors.py" line="21"/>
        <source>HTTP status: {status}</source>
        <translation>HTTP-Status: {status}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/errors.py" line="30"/>
        <source>Client ID: {client_id}</source>
        <translation>Client-ID: {client_id}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/errors.py" line="38"/>
        <source>Message SHA-256: {digest}</source>
        <translation>SHA-256 der Nachricht: {digest}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/errors.py" line="46"/>
        <source>Server code: {code}</source>
        <translation>Server-Code: {code}</translation>
    </message>
</context>
<context>
    <name>RegistryMenu</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/__init__.py" line="30"/>
        <source>&amp;Registrations</source>
        <translation>&amp;Registrierungen</translation>
    </message>
</context>
<context>
    <name>RegistryTaskDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/task_dialog.py" line="31"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/task_dialog.py" line="45"/>
        <source>Details: {details}</source>
        <translation>Details: {details}</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="57"/>
        <source>Keep the key in this vault, skip the backup&apos;s</source>
        <translation>Schlüssel im Tresor behalten, den aus der Sicherung überspringen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="60"/>
        <source>Restore the backup&apos;s key under a new ID</source>
        <translation>Schlüssel aus der Sicherung unter neuer ID wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="63"/>
        <source>Replace the key in this vault with the backup&apos;s</source>
        <translation>Schlüssel im Tresor durch den aus der Sicherung ersetzen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="69"/>
        <source>Seed layout (DataFold key backup)</source>
        <translation>Seed-Aufbau (DataFold-Schlüsselsicherung)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="70"/>
        <source>Unified layout (DataFold SDK)</source>
        <translation>Einheitlicher Aufbau (DataFold SDK)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="71"/>
        <source>Keyfold standard (readable by both)</source>
        <translation>Keyfold-Standard (für beide lesbar)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="84"/>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="85"/>
        <source>restored under a new ID</source>
        <translation>unter neuer ID wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="86"/>
        <source>replaced the key in this vault</source>
        <translation>Schlüssel im Tresor ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="87"/>
        <source>skipped, the vault keeps its own</source>
        <translation>übersprungen, der Tresor behält seinen eigenen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="102"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="173"/>
        <source>Replace {keys} in this vault with the keys from the backup? The private keys now in the vault are deleted and cannot be brought back unless you have another backup of them.</source>
        <translation>{keys} in diesem Tresor durch die Schlüssel aus der Sicherung ersetzen? Die privaten Schlüssel im Tresor werden gelöscht und lassen sich nur mit einer anderen Sicherung zurückholen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="183"/>
        <source>PBKDF2-SHA256, {rounds} rounds</source>
        <translation>PBKDF2-SHA256, {rounds} Runden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="191"/>
        <source>{count} pass</source>
        <translation>{count} Durchgang</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="192"/>
        <source>{count} passes</source>
        <translation>{count} Durchgänge</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="194"/>
        <source>Argon2id, {memory} memory, {passes}</source>
        <translation>Argon2id, {memory} Speicher, {passes}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="221"/>
        <source>{file} — {keys} — {date}</source>
        <translation>{file} — {keys} — {date}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="233"/>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="238"/>
        <source>(none given; made from the name)</source>
        <translation>(keine angegeben; aus dem Namen gebildet)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="242"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="247"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="251"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="253"/>
        <source>(shown after restoring)</source>
        <translation>(wird nach dem Wiederherstellen angezeigt)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="256"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="210"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="32"/>
        <source>The restored keys are protected by the backup&apos;s passphrase.</source>
        <translation>Die wiederhergestellten Schlüssel sind mit der Passphrase der Sicherung geschützt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="35"/>
        <source>The restored keys are protected by the passphrase the key had in this vault.</source>
        <translation>Die wiederhergestellten Schlüssel sind mit der Passphrase geschützt, die der Schlüssel in diesem Tresor hatte.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="39"/>
        <source>The restored keys are protected by the new passphrase you chose.</source>
        <translation>Die wiederhergestellten Schlüssel sind mit der neuen Passphrase geschützt, die Sie gewählt haben.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="260"/>
        <source>Layout</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="263"/>
        <source>Key stretching</source>
        <translation>Schlüsselstreckung</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="264"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="278"/>
        <source>{source} as {target}: {action} ({file})</source>
        <translation>{source} als {target}: {action} ({file})</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="282"/>
        <source>{source}: {action} ({file})</source>
        <translation>{source}: {action} ({file})</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="72"/>
        <source>DataFold JavaScript SDK backup (JSON)</source>
        <translation>DataFold-JavaScript-SDK-Sicherung (JSON)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="73"/>
        <source>DataFold JavaScript SDK rotation backup (JSON)</source>
        <translation>DataFold-JavaScript-SDK-Rotationssicherung (JSON)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="76"/>
        <source>DataFold JavaScript SDK binary backup (.dfkb)</source>
        <translation>DataFold-JavaScript-SDK-Binärsicherung (.dfkb)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="236"/>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="245"/>
        <source>(sealed; shown after restoring)</source>
        <translation>(verschlüsselt; nach dem Wiederherstellen sichtbar)</translation>
    </message>
</context>
<context>
    <name>RestorePassphrasePage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="44"/>
        <source>Type the backup&apos;s passphrase</source>
        <translation>Passphrase der Sicherung eingeben</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="45"/>
        <source>The passphrase you chose when you made the backup.</source>
        <translation>Die Passphrase, die Sie beim Anlegen der Sicherung gewählt haben.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="46"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="50"/>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="52"/>
        <source>Protect the restored keys with:</source>
        <translation>Die wiederhergestellten Schlüssel schützen mit:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="54"/>
        <source>The backup&apos;s passphrase, typed above</source>
        <translation>Der Passphrase der Sicherung (oben eingegeben)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="57"/>
        <source>The passphrase the key has in this vault now</source>
        <translation>Der Passphrase, die der Schlüssel jetzt in diesem Tresor hat</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="63"/>
        <source>The key&apos;s current passphrase</source>
        <translation>Aktuelle Passphrase des Schlüssels</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="64"/>
        <source>Its passphrase in this vault</source>
        <translation>Seine Passphrase in diesem Tresor</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="65"/>
        <source>A new passphrase</source>
        <translation>Einer neuen Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="70"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="77"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
</context>
<context>
    <name>RestoreSummaryPage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="198"/>
        <source>Restore finished</source>
        <translation>Wiederherstellung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="209"/>
        <source>Nothing was restored.</source>
        <translation>Es wurde nichts wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="216"/>
        <source>Restore keys from a backup</source>
        <translation>Schlüssel aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="287"/>
        <source>The passphrase does not open {file}; check it and try again.</source>
        <translation>Die Passphrase öffnet {file} nicht; prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="289"/>
        <source>That is not the passphrase of {key} in this vault; check it and try again.</source>
        <translation>Das ist nicht die Passphrase von {key} in diesem Tresor; prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>RotateDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="17"/>
        <source>Rotating gives “{key}” a new key pair as version {new}, which signs from now on. Version {old} is kept so signatures it made still check out, but it signs nothing more.</source>
        <translation>Durch Rotieren erhält „{key}“ ein neues Schlüsselpaar als Version {new}, die ab sofort signiert. Version {old} bleibt erhalten, damit ihre Signaturen weiterhin geprüft werden können, signiert aber nichts mehr.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="28"/>
        <source>The key is registered on {count} server: each is told about the new version, and the old registration is cancelled.</source>
        <translation>Der Schlüssel ist auf {count} Server registriert: Dieser wird über die neue Version informiert, und die alte Registrierung wird aufgehoben.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="33"/>
        <source>The key is registered on {count} servers: each is told about the new version, and the old registration is cancelled.</source>
        <translation>Der Schlüssel ist auf {count} Servern registriert: Jeder wird über die neue Version informiert, und die alte Registrierung wird aufgehoben.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="42"/>
        <source>The key is not registered with any server, so nothing else has to change.</source>
        <translation>Der Schlüssel ist bei keinem Server registriert, daher muss sich sonst nichts ändern.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="48"/>
        <source>Passwords made from this key for services change too.</source>
        <translation>Aus diesem Schlüssel erzeugte Passwörter für Dienste ändern sich ebenfalls.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="64"/>
        <source>Rotate {key}</source>
        <translation>{key} rotieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="65"/>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="129"/>
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="73"/>
        <source>Emergency: the key may have leaked (cancel its registrations first)</source>
        <translation>Notfall: Der Schlüssel ist evtl. kompromittiert (zuerst Registrierungen aufheben)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="78"/>
        <source>Emergency rotation: the key may have leaked</source>
        <translation>Notfallrotation: Der Schlüssel ist möglicherweise kompromittiert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="81"/>
        <source>Use this when someone else may have the private key. Its server registrations are cancelled first, so the servers refuse the leaked key at once; anything still using it stops working until it gets the new version.</source>
        <translation>Verwenden Sie dies, wenn jemand anderes den privaten Schlüssel haben könnte. Zuerst werden seine Server-Registrierungen aufgehoben, sodass die Server den kompromittierten Schlüssel sofort ablehnen; alles, was ihn noch verwendet, funktioniert erst wieder mit der neuen Version.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="90"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="98"/>
        <source>The new version is protected by the same passphrase.</source>
        <translation>Die neue Version ist durch dieselbe Passphrase geschützt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="100"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="118"/>
        <source>Type the key&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase des Schlüssels ein.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="129"/>
        <source>Revoke and rotate…</source>
        <translation>Widerrufen und rotieren…</translation>
    </message>
</context>
<context>
    <name>RotationActions</name>
    <message>
        <location filename="../../app/keyfold/gui/rotation/actions.py" line="9"/>
        <source>&amp;Rotate key…</source>
        <translation>Schlüssel &amp;rotieren…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/actions.py" line="11"/>
        <source>Give the selected key a new current version; the old one only checks</source>
        <translation>Dem gewählten Schlüssel eine neue aktuelle Version geben; die alte prüft nur noch</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/actions.py" line="15"/>
        <source>Rotation &amp;schedule…</source>
        <translation>Rotations&amp;zeitplan…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/actions.py" line="17"/>
        <source>Choose when the selected key should get a new version</source>
        <translation>Festlegen, wann der gewählte Schlüssel eine neue Version erhalten soll</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/actions.py" line="20"/>
        <source>E&amp;xpire old version…</source>
        <translation>Alte Version a&amp;uslaufen lassen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/actions.py" line="22"/>
        <source>Retire the old key version chosen in the details</source>
        <translation>Die in den Details gewählte alte Schlüsselversion außer Dienst stellen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/actions.py" line="26"/>
        <source>&amp;Finish interrupted rotation…</source>
        <translation>Unterbrochene Rotation ab&amp;schließen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/actions.py" line="28"/>
        <source>Tell the servers a rotation could not reach about the new version</source>
        <translation>Server, die eine Rotation nicht erreichen konnte, über die neue Version informieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/actions.py" line="10"/>
        <source>Pass&amp;word for a service…</source>
        <translation>Pass&amp;wort für einen Dienst…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/actions.py" line="12"/>
        <source>Make the selected key&apos;s password for a website or service</source>
        <translation>Das Passwort des gewählten Schlüssels für eine Website oder einen Dienst erzeugen</translation>
    </message>
</context>
<context>
    <name>RotationCommands</name>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="152"/>
        <source>some servers were not told about its new version</source>
        <translation>einige Server wurden nicht über seine neue Version informiert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="212"/>
        <source>Emergency rotation</source>
        <translation>Notfallrotation</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="214"/>
        <source>Cancel every server registration of “{key}” now, then give it a new version? Servers refuse the old key at once, so anything still using it stops working until it gets the new one. Do this when the private key may have leaked.</source>
        <translation>Alle Server-Registrierungen von „{key}“ jetzt aufheben und ihm dann eine neue Version geben? Server lehnen den alten Schlüssel sofort ab, sodass alles, was ihn noch verwendet, erst mit dem neuen wieder funktioniert. Tun Sie dies, wenn der private Schlüssel kompromittiert sein könnte.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="218"/>
        <source>Revoke and rotate</source>
        <translation>Widerrufen und rotieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="246"/>
        <source>Rotated {key}: version {version} is now current.</source>
        <translation>{key} rotiert: Version {version} ist jetzt aktuell.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="291"/>
        <source>Saved the new public key over %n old export.</source>
        <translation>
            <numerusform>Den neuen öffentlichen Schlüssel über %n alten Export gespeichert.</numerusform>
            <numerusform>Den neuen öffentlichen Schlüssel über %n alte Exporte gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="292"/>
        <source>Saved the new public key over %n old exports.</source>
        <translation>
            <numerusform>Den neuen öffentlichen Schlüssel über %n alten Export gespeichert.</numerusform>
            <numerusform>Den neuen öffentlichen Schlüssel über %n alte Exporte gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="297"/>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="314"/>
        <source>Telling the servers about the new version of “{key}” needs its passphrase: the old version signs the move.</source>
        <translation>Um die Server über die neue Version von „{key}“ zu informieren, wird seine Passphrase benötigt: Die alte Version signiert den Wechsel.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="317"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="349"/>
        <source>Nothing was left to finish for {key}.</source>
        <translation>Für {key} war nichts mehr abzuschließen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="354"/>
        <source>Some servers still could not be told about {key}&apos;s new version.</source>
        <translation>Einige Server konnten immer noch nicht über die neue Version von {key} informiert werden.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="356"/>
        <source>Every server now knows {key}&apos;s new version.</source>
        <translation>Alle Server kennen jetzt die neue Version von {key}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="373"/>
        <source>Could not finish the rotation</source>
        <translation>Rotation konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="393"/>
        <source>Saved the rotation schedule of {key}.</source>
        <translation>Rotationszeitplan von {key} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="419"/>
        <source>Expired version {version} of {key}.</source>
        <translation>Version {version} von {key} ausgelaufen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="429"/>
        <source>Could not expire the version</source>
        <translation>Version konnte nicht auslaufen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="435"/>
        <source>Expire old version</source>
        <translation>Alte Version auslaufen lassen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="437"/>
        <source>Expire version {version} of “{key}”? It stays in the vault and in backups for the record, but is marked as retired and no longer in use. This cannot be undone.</source>
        <translation>Version {version} von „{key}“ auslaufen lassen? Sie bleibt zur Nachverfolgung im Tresor und in Sicherungen, wird aber als außer Dienst und nicht mehr verwendet markiert. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="440"/>
        <source>Expire version</source>
        <translation>Version auslaufen lassen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/commands.py" line="57"/>
        <source>Making a password needs this key&apos;s private half.</source>
        <translation>Zum Erzeugen eines Passworts wird der private Teil dieses Schlüssels benötigt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/commands.py" line="65"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="448"/>
        <source>That passphrase is not right. Try again.</source>
        <translation>Diese Passphrase ist falsch. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>RotationNotice</name>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="41"/>
        <source>Keys due for a new version</source>
        <translation>Schlüssel, die eine neue Version brauchen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="51"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="52"/>
        <source>Dismiss the rotation notice</source>
        <translation>Den Rotationshinweis ausblenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="84"/>
        <source>%n key is due for a new version</source>
        <translation>
            <numerusform>%n Schlüssel braucht eine neue Version</numerusform>
            <numerusform>%n Schlüssel brauchen eine neue Version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="85"/>
        <source>%n keys are due for a new version</source>
        <translation>
            <numerusform>%n Schlüssel braucht eine neue Version</numerusform>
            <numerusform>%n Schlüssel brauchen eine neue Version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="93"/>
        <source>%n rotation has servers left to tell</source>
        <translation>
            <numerusform>Bei %n Rotation sind noch Server zu informieren</numerusform>
            <numerusform>Bei %n Rotationen sind noch Server zu informieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="94"/>
        <source>%n rotations have servers left to tell</source>
        <translation>
            <numerusform>Bei %n Rotation sind noch Server zu informieren</numerusform>
            <numerusform>Bei %n Rotationen sind noch Server zu informieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="98"/>
        <source>{due}; {pending}.</source>
        <translation>{due}; {pending}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="100"/>
        <source>{notice}.</source>
        <translation>{notice}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="106"/>
        <source>…and {count} more; see the Rotation column.</source>
        <translation>…und {count} weitere; siehe Spalte Rotation.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="130"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="130"/>
        <source>Rotate now</source>
        <translation>Jetzt rotieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="133"/>
        <source>Finish rotating {key}</source>
        <translation>Rotation von {key} abschließen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="133"/>
        <source>Rotate {key}</source>
        <translation>{key} rotieren</translation>
    </message>
</context>
<context>
    <name>RotationPolicyDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="39"/>
        <source>Rotation schedule for {key}</source>
        <translation>Rotationszeitplan für {key}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="39"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="44"/>
        <source>Give it a new version every</source>
        <translation>Neue Version alle</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="44"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="48"/>
        <source>…or after it made</source>
        <translation>…oder nach</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="48"/>
        <source> signatures</source>
        <translation> Signaturen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="52"/>
        <source>Expire old versions</source>
        <translation>Alte Versionen auslaufen lassen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="52"/>
        <source> days after they are replaced</source>
        <translation> Tage nach ihrer Ablösung</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="57"/>
        <source>When should “{key}” get a new version? Keys that are due are flagged in the key list and when Keyfold starts; nothing rotates without you.</source>
        <translation>Wann soll „{key}“ eine neue Version erhalten? Fällige Schlüssel werden in der Schlüsselliste und beim Start von Keyfold markiert; ohne Sie wird nichts rotiert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="64"/>
        <source>An expired version is retired: kept in the vault and its backups for the record, but marked as no longer in use. Leave this off to expire versions yourself.</source>
        <translation>Eine ausgelaufene Version wird außer Dienst gestellt: Sie bleibt zur Nachverfolgung im Tresor und in dessen Sicherungen, wird aber als nicht mehr verwendet markiert. Lassen Sie dies aus, um Versionen selbst auslaufen zu lassen.</translation>
    </message>
</context>
<context>
    <name>RotationResultDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="28"/>
        <source>Version {new} of “{key}” is now current and signs from now on. Version {old} is kept to check the signatures it made.</source>
        <translation>Version {new} von „{key}“ ist jetzt aktuell und signiert ab sofort. Version {old} bleibt erhalten, um ihre Signaturen zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="34"/>
        <source>Its server registrations were cancelled first.</source>
        <translation>Seine Server-Registrierungen wurden zuerst aufgehoben.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="42"/>
        <source>These servers could not be told about the new version and still know only the old one: {servers}. Try again with “Resume” once they can be reached.</source>
        <translation>Diese Server konnten nicht über die neue Version informiert werden und kennen nur die alte: {servers}. Versuchen Sie es mit „Fortsetzen“ erneut, sobald sie erreichbar sind.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="48"/>
        <source>The key was not registered with any server, so nothing else had to change.</source>
        <translation>Der Schlüssel war bei keinem Server registriert, daher musste sich sonst nichts ändern.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="52"/>
        <source>Every server it is registered with now knows the new version.</source>
        <translation>Alle Server, bei denen er registriert ist, kennen jetzt die neue Version.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="62"/>
        <source>The public key file you exported still holds the old version, so signatures made from now on do not check against it (minisign reports a key ID mismatch): {files}.</source>
        <translation>Die exportierte Datei mit dem öffentlichen Schlüssel enthält noch die alte Version, neue Signaturen lassen sich damit nicht prüfen (minisign meldet eine abweichende Schlüssel-ID): {files}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="68"/>
        <source>{count} public key files you exported still hold the old version, so signatures made from now on do not check against them (minisign reports a key ID mismatch): {files}.</source>
        <translation>{count} exportierte Dateien mit dem öffentlichen Schlüssel enthalten noch die alte Version, neue Signaturen lassen sich damit nicht prüfen (minisign meldet eine abweichende Schlüssel-ID): {files}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="105"/>
        <source>Rotated {key}</source>
        <translation>{key} rotiert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="111"/>
        <source>Server steps</source>
        <translation>Server-Schritte</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="118"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="121"/>
        <source>Resume: tell the remaining servers</source>
        <translation>Fortsetzen: verbleibende Server informieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="122"/>
        <source>Try the failed server steps again</source>
        <translation>Die fehlgeschlagenen Server-Schritte wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="126"/>
        <source>Export again</source>
        <translation>Erneut exportieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="130"/>
        <source>Save the new version&apos;s public key over each out-of-date file</source>
        <translation>Den öffentlichen Schlüssel der neuen Version über jede veraltete Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="160"/>
        <source>The exported public key files now hold the new version.</source>
        <translation>Die exportierten Dateien enthalten jetzt die neue Version.</translation>
    </message>
</context>
<context>
    <name>RotationStepsModel</name>
    <message>
        <location filename="../../app/keyfold/gui/rotation/steps_model.py" line="19"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/steps_model.py" line="20"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/steps_model.py" line="21"/>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/steps_model.py" line="22"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>RotationWording</name>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="23"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="24"/>
        <source>Old (checks only)</source>
        <translation>Alt (prüft nur)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="25"/>
        <source>Expired</source>
        <translation>Ausgelaufen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="29"/>
        <source>Signs, and is what servers know.</source>
        <translation>Signiert und ist den Servern bekannt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="30"/>
        <source>Still checks signatures it made; no longer signs.</source>
        <translation>Prüft noch eigene Signaturen; signiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="33"/>
        <source>Retired: kept for the record, no longer in use.</source>
        <translation>Außer Dienst: zur Nachverfolgung aufbewahrt, nicht mehr in Gebrauch.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="39"/>
        <source>Moved to the new version</source>
        <translation>Auf die neue Version umgestellt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="40"/>
        <source>Registered the new version</source>
        <translation>Neue Version registriert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="41"/>
        <source>Cancelled the old registration</source>
        <translation>Alte Registrierung aufgehoben</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="47"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="48"/>
        <source>Failed; try again later</source>
        <translation>Fehlgeschlagen; später erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="49"/>
        <source>Not offered by the server</source>
        <translation>Vom Server nicht angeboten</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="78"/>
        <source>every {count} day</source>
        <translation>jeden {count}. Tag</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="79"/>
        <source>every {count} days</source>
        <translation>alle {count} Tage</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="87"/>
        <source>after {count} signature</source>
        <translation>nach {count} Signatur</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="88"/>
        <source>after {count} signatures</source>
        <translation>nach {count} Signaturen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="92"/>
        <source>Never due (no schedule)</source>
        <translation>Nie fällig (kein Zeitplan)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="96"/>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="107"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="109"/>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="115"/>
        <source>In {count} day</source>
        <translation>In {count} Tag</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="116"/>
        <source>In {count} days</source>
        <translation>In {count} Tagen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="118"/>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="131"/>
        <source>overdue: {reason}</source>
        <translation>überfällig: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="133"/>
        <source>due: {reason}</source>
        <translation>fällig: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="141"/>
        <source>A new version is overdue: {reason}.</source>
        <translation>Eine neue Version ist überfällig: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="145"/>
        <source>A new version is due: {reason}.</source>
        <translation>Eine neue Version ist fällig: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="148"/>
        <source>Next new version due by {time}.</source>
        <translation>Nächste neue Version fällig bis {time}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="151"/>
        <source>No new version is scheduled.</source>
        <translation>Es ist keine neue Version geplant.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="164"/>
        <source>{outcome}: {message}</source>
        <translation>{outcome}: {message}</translation>
    </message>
</context>
<context>
    <name>RunBackupPage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="35"/>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="39"/>
        <source>Stop</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="40"/>
        <source>Stop the backup</source>
        <translation>Die Sicherung abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="57"/>
        <source>Encrypting the keys with your passphrase…</source>
        <translation>Schlüssel werden mit Ihrer Passphrase verschlüsselt…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="67"/>
        <source>Checking that the backup opens again…</source>
        <translation>Es wird geprüft, ob sich die Sicherung wieder öffnen lässt…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="74"/>
        <source>Backup done</source>
        <translation>Sicherung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="76"/>
        <source>Your keys are backed up, and the backup opens with your passphrase.</source>
        <translation>Ihre Schlüssel sind gesichert, und die Sicherung lässt sich mit Ihrer Passphrase öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="84"/>
        <source>Backup not made</source>
        <translation>Sicherung nicht angelegt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="86"/>
        <source>You stopped the backup; no file was written.</source>
        <translation>Sie haben die Sicherung abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="15"/>
        <source>revoking registrations</source>
        <translation>Widerrufen von Registrierungen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="16"/>
        <source>moving a registration to a new key version</source>
        <translation>Umstellen einer Registrierung auf eine neue Schlüsselversion</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="17"/>
        <source>listing registrations (with the access token)</source>
        <translation>Auflisten von Registrierungen (mit dem Zugangstoken)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="25"/>
        <source>Connected to {url} ({server}).</source>
        <translation>Verbunden mit {url} ({server}).</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="27"/>
        <source>Connected to {url}.</source>
        <translation>Verbunden mit {url}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="30"/>
        <source>{connected} It offers only the three DataFold calls: register, status and verify; revoking must be done on the server itself.</source>
        <translation>{connected} Er bietet nur die drei DataFold-Aufrufe register, status und verify; Widerrufen muss auf dem Server selbst erfolgen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="41"/>
        <source>{connected} Besides register, status and verify it offers {offers}.</source>
        <translation>{connected} Neben register, status und verify bietet er: {offers}.</translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_choice.py" line="18"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_choice.py" line="39"/>
        <source>{url} (default)</source>
        <translation>{url} (Standard)</translation>
    </message>
</context>
<context>
    <name>ServerEditDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="24"/>
        <source>No system keychain: the token is kept until Keyfold closes.</source>
        <translation>Kein System-Schlüsselbund: Das Token wird bis zum Beenden von Keyfold aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="51"/>
        <source>Edit server</source>
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="51"/>
        <source>Add a server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="51"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="58"/>
        <source>Optional: SHA-256 of the server&apos;s certificate</source>
        <translation>Optional: SHA-256 des Serverzertifikats</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="63"/>
        <source>Saved — type a new one to replace it</source>
        <translation>Gespeichert – zum Ersetzen ein neues eingeben</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="65"/>
        <source>Optional: bearer token</source>
        <translation>Optional: Bearer-Token</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="68"/>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="93"/>
        <source>Remove the saved token</source>
        <translation>Das gespeicherte Token entfernen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="77"/>
        <source>The token saved earlier was forgotten; type it again.</source>
        <translation>Das zuvor gespeicherte Token wurde vergessen; geben Sie es erneut ein.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="82"/>
        <source>Allow plain http:// to another computer (unencrypted; not advised)</source>
        <translation>Unverschlüsseltes http:// zu einem anderen Computer erlauben (nicht empfohlen)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="87"/>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="95"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="90"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="91"/>
        <source>Pinned certificate fingerprint</source>
        <translation>Fingerabdruck des angehefteten Zertifikats</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="92"/>
        <source>Access token</source>
        <translation>Zugangstoken</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="94"/>
        <source>Allow plain http</source>
        <translation>Unverschlüsseltes http erlauben</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="104"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="105"/>
        <source>Certificate pin:</source>
        <translation>Zertifikats-Pin:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="106"/>
        <source>Access token:</source>
        <translation>Zugangstoken:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="117"/>
        <source>Type the server&apos;s address, such as https://registry.example.org.</source>
        <translation>Geben Sie die Adresse des Servers ein, etwa https://registry.example.org.</translation>
    </message>
</context>
<context>
    <name>ServersDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="29"/>
        <source>default from KEYFOLD_DEFAULT_SERVER, not saved</source>
        <translation>Standard aus KEYFOLD_DEFAULT_SERVER, nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="34"/>
        <source>certificate pinned</source>
        <translation>Zertifikat angeheftet</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="36"/>
        <source>access token saved</source>
        <translation>Zugangstoken gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="39"/>
        <source>access token forgotten when Keyfold closed</source>
        <translation>Zugangstoken beim Beenden von Keyfold vergessen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="44"/>
        <source>plain http allowed</source>
        <translation>unverschlüsseltes http erlaubt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="47"/>
        <source>{url} — {notes}</source>
        <translation>{url} – {notes}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="48"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="61"/>
        <source>Registration servers</source>
        <translation>Registrierungsserver</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="64"/>
        <source>The servers your keys are registered with. A server is reached over https; plain http only on this computer unless you allow it.</source>
        <translation>Die Server, bei denen Ihre Schlüssel registriert sind. Server werden über https erreicht; unverschlüsseltes http nur auf diesem Computer, sofern Sie es nicht erlauben.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="70"/>
        <source>Saved servers</source>
        <translation>Gespeicherte Server</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="72"/>
        <source>No server is saved yet. Add the address of your DataFold node or keyfold-server.</source>
        <translation>Es ist noch kein Server gespeichert. Fügen Sie die Adresse Ihres DataFold-Knotens oder keyfold-servers hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="76"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="77"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="78"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="79"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="81"/>
        <source>Add a server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="82"/>
        <source>Edit the selected server</source>
        <translation>Den gewählten Server bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="83"/>
        <source>Remove the selected server</source>
        <translation>Den gewählten Server entfernen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="84"/>
        <source>Test the connection to the selected server</source>
        <translation>Die Verbindung zum gewählten Server testen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/settings_dialog.py" line="17"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/settings_dialog.py" line="18"/>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/settings_dialog.py" line="21"/>
        <source>Lock keys after this many idle minutes</source>
        <translation>Schlüssel nach so vielen Minuten Inaktivität sperren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/settings_dialog.py" line="23"/>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/settings_dialog.py" line="33"/>
        <source>Lock unlocked keys after:</source>
        <translation>Entsperrte Schlüssel sperren nach:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/settings_dialog.py" line="37"/>
        <source>Keys also lock when the screen locks and when you quit Keyfold. Secrets copied to the clipboard are cleared after 30 seconds.</source>
        <translation>Schlüssel werden auch gesperrt, wenn der Bildschirm gesperrt wird und wenn Sie Keyfold beenden. In die Zwischenablage kopierte Geheimnisse werden nach 30 Sekunden gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/settings_dialog.py" line="43"/>
        <source>Theme:</source>
        <translation>Erscheinungsbild:</translation>
    </message>
</context>
<context>
    <name>ShardIssueTableModel</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/report_model.py" line="50"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/report_model.py" line="50"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ShardProblems</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/report_model.py" line="14"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/report_model.py" line="15"/>
        <source>Sent twice</source>
        <translation>Doppelt gesendet</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/report_model.py" line="16"/>
        <source>Out of order</source>
        <translation>Falsche Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/report_model.py" line="17"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/report_model.py" line="18"/>
        <source>Signed by someone else</source>
        <translation>Von jemand anderem signiert</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/report_model.py" line="19"/>
        <source>Not in the manifest</source>
        <translation>Nicht im Manifest</translation>
    </message>
</context>
<context>
    <name>SignFilesDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="80"/>
        <source>Sign files</source>
        <translation>Dateien signieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="80"/>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="88"/>
        <source>Looking at %n item…</source>
        <translation>
            <numerusform>%n Element wird untersucht…</numerusform>
            <numerusform>%n Elemente werden untersucht…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="89"/>
        <source>Looking at %n items…</source>
        <translation>
            <numerusform>%n Element wird untersucht…</numerusform>
            <numerusform>%n Elemente werden untersucht…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="93"/>
        <source>Files to sign</source>
        <translation>Zu signierende Dateien</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="97"/>
        <source>Key to sign with</source>
        <translation>Schlüssel zum Signieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="99"/>
        <source>Beside each file (FILE.minisig)</source>
        <translation>Neben jeder Datei (DATEI.minisig)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="101"/>
        <source>In this folder:</source>
        <translation>In diesem Ordner:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="107"/>
        <source>Folder for the signatures</source>
        <translation>Ordner für die Signaturen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="108"/>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="109"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="110"/>
        <source>Choose a folder for the signatures</source>
        <translation>Ordner für die Signaturen wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="124"/>
        <source>Sign with:</source>
        <translation>Signieren mit:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="125"/>
        <source>Signatures go:</source>
        <translation>Signaturen ablegen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="143"/>
        <source>%n file, {size} in all. Each gets a signature file that anyone with your public key can check.</source>
        <translation>
            <numerusform>%n Datei, {size} insgesamt. Sie erhält eine Signaturdatei, die jeder mit Ihrem öffentlichen Schlüssel prüfen kann.</numerusform>
            <numerusform>%n Dateien, {size} insgesamt. Jede erhält eine Signaturdatei, die jeder mit Ihrem öffentlichen Schlüssel prüfen kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="149"/>
        <source>%n files, {size} in all. Each gets a signature file that anyone with your public key can check.</source>
        <translation>
            <numerusform>%n Datei, {size} insgesamt. Sie erhält eine Signaturdatei, die jeder mit Ihrem öffentlichen Schlüssel prüfen kann.</numerusform>
            <numerusform>%n Dateien, {size} insgesamt. Jede erhält eine Signaturdatei, die jeder mit Ihrem öffentlichen Schlüssel prüfen kann.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="157"/>
        <source>There are no files to sign here.</source>
        <translation>Hier gibt es keine Dateien zum Signieren.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="161"/>
        <source>Keyfold cannot write in {folder}, so choose a folder for the signatures.</source>
        <translation>Keyfold kann nicht in {folder} schreiben; wählen Sie daher einen Ordner für die Signaturen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="182"/>
        <source>There are no files to sign.</source>
        <translation>Es gibt keine Dateien zum Signieren.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="185"/>
        <source>Choose the key to sign with; create or import one first if you have none.</source>
        <translation>Wählen Sie den Schlüssel zum Signieren; erstellen oder importieren Sie zuerst einen, falls Sie keinen haben.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="188"/>
        <source>Choose the folder for the signatures.</source>
        <translation>Wählen Sie den Ordner für die Signaturen.</translation>
    </message>
</context>
<context>
    <name>SigningActions</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/actions.py" line="9"/>
        <source>&amp;Sign files…</source>
        <translation>Dateien &amp;signieren…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/actions.py" line="11"/>
        <source>Sign files so others can check they come from you, unchanged</source>
        <translation>Dateien signieren, damit andere prüfen können, dass sie unverändert von Ihnen stammen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/actions.py" line="14"/>
        <source>&amp;Check signatures…</source>
        <translation>Signaturen &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/actions.py" line="16"/>
        <source>Check that files match their signatures and who signed them</source>
        <translation>Prüfen, ob Dateien zu ihren Signaturen passen und wer sie signiert hat</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/actions.py" line="19"/>
        <source>Sign or check a &amp;message…</source>
        <translation>&amp;Nachricht signieren oder prüfen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/actions.py" line="21"/>
        <source>Sign a short text, or check the signature of one</source>
        <translation>Einen kurzen Text signieren oder seine Signatur prüfen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/actions.py" line="24"/>
        <source>&amp;Trusted public keys…</source>
        <translation>&amp;Vertrauenswürdige öffentliche Schlüssel…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/actions.py" line="26"/>
        <source>Other people&apos;s public keys, used to check their signatures</source>
        <translation>Öffentliche Schlüssel anderer Personen, um deren Signaturen zu prüfen</translation>
    </message>
</context>
<context>
    <name>SigningColumns</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="18"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="19"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="20"/>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="21"/>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="34"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="22"/>
        <source>Signed on</source>
        <translation>Signiert am</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="23"/>
        <source>Trusted comment</source>
        <translation>Vertrauenswürdiger Kommentar</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="24"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="33"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="35"/>
        <source>Key number</source>
        <translation>Schlüsselnummer</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="36"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>SigningCommands</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="54"/>
        <source>Sign…</source>
        <translation>Signieren…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="55"/>
        <source>Sign the files with one of your keys</source>
        <translation>Die Dateien mit einem Ihrer Schlüssel signieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="84"/>
        <source>Choose files to sign</source>
        <translation>Zu signierende Dateien wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="106"/>
        <source>Choose a folder for the signatures</source>
        <translation>Ordner für die Signaturen wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="134"/>
        <source>The signature {first} exists already. Replace it with new signatures?</source>
        <translation>Die Signatur {first} existiert bereits. Durch neue Signaturen ersetzen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/commands.py" line="139"/>
        <source>{first} and %n other signature exist already. Replace them with new signatures?</source>
        <translation>
            <numerusform>{first} und %n weitere Signatur existieren bereits. Durch neue Signaturen ersetzen?</numerusform>
            <numerusform>{first} und %n weitere Signaturen existieren bereits. Durch neue Signaturen ersetzen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/commands.py" line="145"/>
        <source>{first} and %n other signatures exist already. Replace them with new signatures?</source>
        <translation>
            <numerusform>{first} und %n weitere Signatur existieren bereits. Durch neue Signaturen ersetzen?</numerusform>
            <numerusform>{first} und %n weitere Signaturen existieren bereits. Durch neue Signaturen ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="154"/>
        <source>Replace signatures?</source>
        <translation>Signaturen ersetzen?</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="156"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/commands.py" line="200"/>
        <source>Reading {done} of {total} · {files_done} of %n file done</source>
        <translation>
            <numerusform>{done} von {total} gelesen · {files_done} von %n Datei fertig</numerusform>
            <numerusform>{done} von {total} gelesen · {files_done} von %n Dateien fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/commands.py" line="201"/>
        <source>Reading {done} of {total} · {files_done} of %n files done</source>
        <translation>
            <numerusform>{done} von {total} gelesen · {files_done} von %n Datei fertig</numerusform>
            <numerusform>{done} von {total} gelesen · {files_done} von %n Dateien fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/commands.py" line="217"/>
        <source>Signed %n file with {key}; in {folder}.</source>
        <translation>
            <numerusform>%n Datei mit {key} signiert; in {folder}.</numerusform>
            <numerusform>%n Dateien mit {key} signiert; in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/commands.py" line="218"/>
        <source>Signed %n files with {key}; in {folder}.</source>
        <translation>
            <numerusform>%n Datei mit {key} signiert; in {folder}.</numerusform>
            <numerusform>%n Dateien mit {key} signiert; in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/commands.py" line="223"/>
        <source>Signed %n file with {key}; beside the files.</source>
        <translation>
            <numerusform>%n Datei mit {key} signiert; neben den Dateien.</numerusform>
            <numerusform>%n Dateien mit {key} signiert; neben den Dateien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/commands.py" line="224"/>
        <source>Signed %n files with {key}; beside the files.</source>
        <translation>
            <numerusform>%n Datei mit {key} signiert; neben den Dateien.</numerusform>
            <numerusform>%n Dateien mit {key} signiert; neben den Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="230"/>
        <source>Stopped. No signatures were written.</source>
        <translation>Abgebrochen. Es wurden keine Signaturen geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="235"/>
        <source>The signatures cannot go beside these files: choose a folder for them.</source>
        <translation>Die Signaturen können nicht neben diesen Dateien liegen: Wählen Sie einen Ordner dafür.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="249"/>
        <source>Choose files or signatures to check</source>
        <translation>Zu prüfende Dateien oder Signaturen wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="271"/>
        <source>Stopped before every file was checked.</source>
        <translation>Abgebrochen, bevor alle Dateien geprüft waren.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="307"/>
        <source>Could not read the trusted keys</source>
        <translation>Vertrauenswürdige Schlüssel konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="320"/>
        <source>Choose a public key file</source>
        <translation>Datei mit öffentlichem Schlüssel wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="331"/>
        <source>The public key file {name}</source>
        <translation>Die Datei mit öffentlichem Schlüssel {name}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="333"/>
        <source>The pasted public key</source>
        <translation>Der eingefügte öffentliche Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="345"/>
        <source>Signatures by {name} can now be checked.</source>
        <translation>Signaturen von {name} können jetzt geprüft werden.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="357"/>
        <source>No longer trusting {name}.</source>
        <translation>{name} wird nicht mehr vertraut.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="367"/>
        <source>Could not remove the key</source>
        <translation>Schlüssel konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="373"/>
        <source>Remove trusted key</source>
        <translation>Vertrauenswürdigen Schlüssel entfernen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="375"/>
        <source>Stop trusting “{name}”? Its signatures will then show as made by an unknown key. You can import it again later.</source>
        <translation>„{name}“ nicht mehr vertrauen? Seine Signaturen erscheinen dann als von einem unbekannten Schlüssel. Sie können ihn später erneut importieren.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="378"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="461"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="464"/>
        <source>Signing needs this key&apos;s private half.</source>
        <translation>Zum Signieren wird der private Teil dieses Schlüssels benötigt.</translation>
    </message>
</context>
<context>
    <name>SigningMenu</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/__init__.py" line="25"/>
        <source>&amp;Signatures</source>
        <translation>Si&amp;gnaturen</translation>
    </message>
</context>
<context>
    <name>SshActions</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/actions.py" line="8"/>
        <source>SSH &amp;agent…</source>
        <translation>SSH-&amp;Agent…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/actions.py" line="10"/>
        <source>Serve keys to ssh and git, and choose which keys</source>
        <translation>Schlüssel für ssh und Git bereitstellen und auswählen, welche</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/actions.py" line="12"/>
        <source>&amp;Use selected key for SSH</source>
        <translation>Gewählten Schlüssel für SSH &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/actions.py" line="14"/>
        <source>Let ssh, ssh-add and git use the selected key through Keyfold</source>
        <translation>ssh, ssh-add und Git den gewählten Schlüssel über Keyfold nutzen lassen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/actions.py" line="17"/>
        <source>Sign my &amp;git commits with this key…</source>
        <translation>Meine &amp;Git-Commits mit diesem Schlüssel signieren…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/actions.py" line="19"/>
        <source>Set up git to sign commits and tags with the selected key</source>
        <translation>Git so einrichten, dass es Commits und Tags mit dem gewählten Schlüssel signiert</translation>
    </message>
</context>
<context>
    <name>SshAgent</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/agent_host.py" line="101"/>
        <source>That passphrase is not right. Try again.</source>
        <translation>Diese Passphrase stimmt nicht. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SshAgentDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="43"/>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="44"/>
        <source>Serve keys to SSH</source>
        <translation>Schlüssel für SSH bereitstellen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="47"/>
        <source>ssh, ssh-add and git use the keys below through Keyfold while it runs</source>
        <translation>ssh, ssh-add und Git nutzen die Schlüssel unten über Keyfold, solange es läuft</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="50"/>
        <source>Socket path</source>
        <translation>Socket-Pfad</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="52"/>
        <source>Ask me before each use of a key</source>
        <translation>Vor jeder Verwendung eines Schlüssels fragen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="56"/>
        <source>Keys to use for SSH</source>
        <translation>Schlüssel für SSH</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="65"/>
        <source>Shell line</source>
        <translation>Shell-Zeile</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="67"/>
        <source>SSH config lines</source>
        <translation>SSH-Konfigurationszeilen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="80"/>
        <source>Socket:</source>
        <translation>Socket:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="82"/>
        <source>Use for SSH:</source>
        <translation>Für SSH verwenden:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="83"/>
        <source>To use it in a shell, run:</source>
        <translation>Zur Verwendung in einer Shell ausführen:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="85"/>
        <source>Or add to ~/.ssh/config:</source>
        <translation>Oder in ~/.ssh/config eintragen:</translation>
    </message>
</context>
<context>
    <name>SshCommands</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="93"/>
        <source>Keyfold no longer serves keys to SSH.</source>
        <translation>Keyfold stellt keine Schlüssel mehr für SSH bereit.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="105"/>
        <source>The SSH agent did not start</source>
        <translation>Der SSH-Agent ist nicht gestartet</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="111"/>
        <source>Keyfold is not serving keys to SSH now.</source>
        <translation>Keyfold stellt gerade keine Schlüssel für SSH bereit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="115"/>
        <source>Serving %n key to SSH on {socket}.</source>
        <translation>
            <numerusform>Stellt %n Schlüssel für SSH auf {socket} bereit.</numerusform>
            <numerusform>Stellt %n Schlüssel für SSH auf {socket} bereit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="117"/>
        <source>Serving %n keys to SSH on {socket}.</source>
        <translation>
            <numerusform>Stellt %n Schlüssel für SSH auf {socket} bereit.</numerusform>
            <numerusform>Stellt %n Schlüssel für SSH auf {socket} bereit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="181"/>
        <source>Unlocked {key_id} for SSH.</source>
        <translation>{key_id} für SSH entsperrt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="195"/>
        <source>{key_id} is used for SSH now.</source>
        <translation>{key_id} wird jetzt für SSH verwendet.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="197"/>
        <source>{key_id} is no longer used for SSH.</source>
        <translation>{key_id} wird nicht mehr für SSH verwendet.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="234"/>
        <source>Choose the repository</source>
        <translation>Repository wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="273"/>
        <source>git signs with this key already; nothing changed.</source>
        <translation>Git signiert bereits mit diesem Schlüssel; nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="286"/>
        <source>git now signs your commits and tags with this key.</source>
        <translation>Git signiert Ihre Commits und Tags jetzt mit diesem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="292"/>
        <source>Change these git settings?</source>
        <translation>Diese Git-Einstellungen ändern?</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="293"/>
        <source>Keyfold will make these changes and nothing else:</source>
        <translation>Keyfold nimmt diese Änderungen vor und sonst keine:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="296"/>
        <source>Make the changes</source>
        <translation>Änderungen vornehmen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="305"/>
        <source>SSH signatures are made of files, not folders.</source>
        <translation>SSH-Signaturen gibt es für Dateien, nicht für Ordner.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="320"/>
        <source>Choose a key.</source>
        <translation>Wählen Sie einen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="327"/>
        <source>SSH signatures need this key&apos;s private half.</source>
        <translation>SSH-Signaturen brauchen den privaten Teil dieses Schlüssels.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="352"/>
        <source>Wrote the SSH signature {file}.</source>
        <translation>SSH-Signatur {file} geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="354"/>
        <source>Wrote %n SSH signatures, such as {file}.</source>
        <translation>
            <numerusform>%n SSH-Signatur geschrieben, etwa {file}.</numerusform>
            <numerusform>%n SSH-Signaturen geschrieben, etwa {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="363"/>
        <source>Replace signatures?</source>
        <translation>Signaturen ersetzen?</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="364"/>
        <source>{file} exists already. Replace it with a new signature?</source>
        <translation>{file} gibt es schon. Durch eine neue Signatur ersetzen?</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="367"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="384"/>
        <source>SSH signatures</source>
        <translation>SSH-Signaturen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="393"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
</context>
<context>
    <name>SshConfirmDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="48"/>
        <source>Allow this SSH signature?</source>
        <translation>Diese SSH-Signatur erlauben?</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="52"/>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="60"/>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="56"/>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="59"/>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="68"/>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Fingerabdruck: {fingerprint}</translation>
    </message>
</context>
<context>
    <name>SshMenu</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/__init__.py" line="30"/>
        <source>SS&amp;H</source>
        <translation>SS&amp;H</translation>
    </message>
</context>
<context>
    <name>SshOffer</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/__init__.py" line="37"/>
        <source>SSH signature (.sig)…</source>
        <translation>SSH-Signatur (.sig)…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/__init__.py" line="38"/>
        <source>Sign the files as ssh-keygen -Y sign does, for git or anyone with ssh</source>
        <translation>Die Dateien wie ssh-keygen -Y sign signieren, für Git oder alle mit ssh</translation>
    </message>
</context>
<context>
    <name>SshPrompts</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="13"/>
        <source>{program} asks Keyfold to sign with “{key}” ({key_id}) for {purpose}.</source>
        <translation>{program} bittet Keyfold, mit „{key}“ ({key_id}) zu signieren, für {purpose}.</translation>
    </message>
</context>
<context>
    <name>SshSignDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/sign_dialog.py" line="23"/>
        <source>SSH signature</source>
        <translation>SSH-Signatur</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/sign_dialog.py" line="23"/>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/sign_dialog.py" line="27"/>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/sign_dialog.py" line="33"/>
        <source>Write an SSH signature beside {files} (FILE.sig, namespace “file”), which `ssh-keygen -Y verify` checks.</source>
        <translation>Eine SSH-Signatur neben {files} schreiben (DATEI.sig, Namensraum „file“), die `ssh-keygen -Y verify` prüft.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/sign_dialog.py" line="39"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/sign_dialog.py" line="44"/>
        <source>Choose a key.</source>
        <translation>Wählen Sie einen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>SshTray</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/tray.py" line="20"/>
        <source>Show Keyfold</source>
        <translation>Keyfold anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/tray.py" line="21"/>
        <source>Quit Keyfold</source>
        <translation>Keyfold beenden</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/tray.py" line="37"/>
        <source>Keyfold: serving keys to SSH on {socket}</source>
        <translation>Keyfold: stellt Schlüssel für SSH auf {socket} bereit</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/tray.py" line="39"/>
        <source>Keyfold</source>
        <translation>Keyfold</translation>
    </message>
</context>
<context>
    <name>SshUnlockDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="27"/>
        <source>Type the key&apos;s passphrase to unlock it, or cancel to refuse.</source>
        <translation>Geben Sie die Passphrase des Schlüssels ein, um ihn zu entsperren, oder brechen Sie ab, um abzulehnen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="30"/>
        <source>Unlock {key} for SSH</source>
        <translation>{key} für SSH entsperren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="32"/>
        <source>Unlock and sign</source>
        <translation>Entsperren und signieren</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../app/keyfold/gui/status.py" line="11"/>
        <source>Private keys are kept in the system keychain ({keychain})</source>
        <translation>Private Schlüssel werden im System-Schlüsselbund aufbewahrt ({keychain})</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/status.py" line="15"/>
        <source>Private keys are kept in encrypted files in the vault folder</source>
        <translation>Private Schlüssel werden in verschlüsselten Dateien im Tresorordner aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/status.py" line="18"/>
        <source>No system keychain: private keys are kept in encrypted files</source>
        <translation>Kein System-Schlüsselbund: Private Schlüssel werden in verschlüsselten Dateien aufbewahrt</translation>
    </message>
</context>
<context>
    <name>StorageChoice</name>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/storage_choice.py" line="14"/>
        <source>Where to keep the private key</source>
        <translation>Wo der private Schlüssel aufbewahrt wird</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/storage_choice.py" line="17"/>
        <source>System keychain ({keychain})</source>
        <translation>System-Schlüsselbund ({keychain})</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/storage_choice.py" line="20"/>
        <source>Encrypted file in the vault folder</source>
        <translation>Verschlüsselte Datei im Tresorordner</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/storage_choice.py" line="24"/>
        <source>No system keychain: {reason}</source>
        <translation>Kein System-Schlüsselbund: {reason}</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/task_dialog.py" line="140"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>TextEncryptDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="48"/>
        <source>Encrypt text</source>
        <translation>Text verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="53"/>
        <source>Encrypt a short text or JSON value with one of your keys. The result is a token you can store anywhere; only this vault&apos;s key opens it again. Paste a token here and choose Decrypt to read it.</source>
        <translation>Einen kurzen Text oder JSON-Wert mit einem Ihrer Schlüssel verschlüsseln. Das Ergebnis ist ein Token, das Sie überall speichern können; nur der Schlüssel dieses Tresors öffnet es wieder. Fügen Sie hier ein Token ein und wählen Sie Entschlüsseln, um es zu lesen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="60"/>
        <source>Key to encrypt with</source>
        <translation>Schlüssel zum Verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="62"/>
        <source>Treat the input as</source>
        <translation>Eingabe behandeln als</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="63"/>
        <source>Plain text</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="64"/>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="207"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="66"/>
        <source>Text to encrypt, or a token to decrypt</source>
        <translation>Zu verschlüsselnder Text oder zu entschlüsselndes Token</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="68"/>
        <source>Type or paste the text to encrypt, or a token (kfd1:…) to decrypt</source>
        <translation>Zu verschlüsselnden Text oder ein zu entschlüsselndes Token (kfd1:…) eingeben oder einfügen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="72"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="73"/>
        <source>The token or the decrypted text appears here</source>
        <translation>Hier erscheint das Token oder der entschlüsselte Text</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="80"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="86"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="86"/>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="89"/>
        <source>&amp;Decrypt</source>
        <translation>&amp;Entschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="89"/>
        <source>Decrypt</source>
        <translation>Entschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="92"/>
        <source>Co&amp;py result</source>
        <translation>Ergebnis &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="92"/>
        <source>Copy result</source>
        <translation>Ergebnis kopieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="101"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="104"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="105"/>
        <source>&amp;Treat as:</source>
        <translation>&amp;Behandeln als:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="106"/>
        <source>&amp;Input:</source>
        <translation>E&amp;ingabe:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="107"/>
        <source>&amp;Result:</source>
        <translation>E&amp;rgebnis:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="124"/>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="156"/>
        <source>Choose a key to encrypt with.</source>
        <translation>Wählen Sie einen Schlüssel zum Verschlüsseln.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="158"/>
        <source>Type the text to encrypt.</source>
        <translation>Geben Sie den zu verschlüsselnden Text ein.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="163"/>
        <source>The input is not valid JSON ({problem}).</source>
        <translation>Die Eingabe ist kein gültiges JSON ({problem}).</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="168"/>
        <source>Paste a token to decrypt.</source>
        <translation>Fügen Sie ein zu entschlüsselndes Token ein.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="187"/>
        <source>Encrypted with version {version} of {key}, compressed first.</source>
        <translation>Mit Version {version} von {key} verschlüsselt, vorher komprimiert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="189"/>
        <source>Encrypted with version {version} of {key}.</source>
        <translation>Mit Version {version} von {key} verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="206"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="208"/>
        <source>bytes, shown as hex</source>
        <translation>Bytes, als Hex angezeigt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="211"/>
        <source>Decrypted {kind} with version {version} of {key}, its current one.</source>
        <translation>{kind} mit Version {version} von {key} entschlüsselt, der aktuellen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="214"/>
        <source>Decrypted {kind} with version {version} of {key}, an older version. Encrypt it again to move it to the current one.</source>
        <translation>{kind} mit Version {version} von {key} entschlüsselt, einer älteren Version. Verschlüsseln Sie es erneut, um auf die aktuelle umzustellen.</translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="31"/>
        <source>Public keys (*.pub *.txt *.hex);;All files (*)</source>
        <translation>Öffentliche Schlüssel (*.pub *.txt *.hex);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="57"/>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="59"/>
        <source>Trusted public keys</source>
        <translation>Vertrauenswürdige öffentliche Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="67"/>
        <source>Public keys of other people or projects. Keyfold uses them only to check signatures they made; they can never sign anything as you.</source>
        <translation>Öffentliche Schlüssel anderer Personen oder Projekte. Keyfold verwendet sie nur, um deren Signaturen zu prüfen; sie können niemals etwas in Ihrem Namen signieren.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="73"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="74"/>
        <source>Import a trusted public key</source>
        <translation>Vertrauenswürdigen öffentlichen Schlüssel importieren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="75"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="76"/>
        <source>Remove the selected trusted key</source>
        <translation>Den gewählten vertrauenswürdigen Schlüssel entfernen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="98"/>
        <source>No trusted keys yet: import one to check other people&apos;s signatures.</source>
        <translation>Noch keine vertrauenswürdigen Schlüssel: Importieren Sie einen, um Signaturen anderer zu prüfen.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/unlock.py" line="24"/>
        <source>Unlock {key}</source>
        <translation>{key} entsperren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/unlock.py" line="26"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/unlock.py" line="13"/>
        <source>Type the passphrase of the key “{key}”.</source>
        <translation>Geben Sie die Passphrase des Schlüssels „{key}“ ein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/base/dialogs/unlock.py" line="17"/>
        <source>It stays unlocked until you leave Keyfold alone for %n minute.</source>
        <translation>
            <numerusform>Er bleibt entsperrt, bis Keyfold %n Minute lang unbenutzt bleibt.</numerusform>
            <numerusform>Er bleibt entsperrt, bis Keyfold %n Minuten lang unbenutzt bleibt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/base/dialogs/unlock.py" line="20"/>
        <source>It stays unlocked until you leave Keyfold alone for %n minutes.</source>
        <translation>
            <numerusform>Er bleibt entsperrt, bis Keyfold %n Minute lang unbenutzt bleibt.</numerusform>
            <numerusform>Er bleibt entsperrt, bis Keyfold %n Minuten lang unbenutzt bleibt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockKeysPage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="88"/>
        <source>Unlock the keys</source>
        <translation>Schlüssel entsperren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="90"/>
        <source>A backup holds the private key, so each locked key needs its passphrase.</source>
        <translation>Eine Sicherung enthält den privaten Schlüssel, daher braucht jeder gesperrte Schlüssel seine Passphrase.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="93"/>
        <source>Unlock selected key…</source>
        <translation>Gewählten Schlüssel entsperren…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="94"/>
        <source>Unlock selected key</source>
        <translation>Gewählten Schlüssel entsperren</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="109"/>
        <source>{key_id} — locked</source>
        <translation>{key_id} – gesperrt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="111"/>
        <source>{key_id} — unlocked</source>
        <translation>{key_id} – entsperrt</translation>
    </message>
</context>
<context>
    <name>VerificationTableModel</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="27"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="28"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="29"/>
        <source>Unknown key</source>
        <translation>Unbekannter Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="30"/>
        <source>No signature</source>
        <translation>Keine Signatur</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="33"/>
        <source>File missing</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="34"/>
        <source>Damaged signature</source>
        <translation>Beschädigte Signatur</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="57"/>
        <source>{name} (your key, version {version})</source>
        <translation>{name} (Ihr Schlüssel, Version {version})</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="60"/>
        <source>{name} (your key)</source>
        <translation>{name} (Ihr Schlüssel)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="64"/>
        <source>{name} (trusted key)</source>
        <translation>{name} (vertrauenswürdiger Schlüssel)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="76"/>
        <source>Legacy (whole file)</source>
        <translation>Veraltet (ganze Datei)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="139"/>
        <source>{path}
Signature: {signature}</source>
        <translation>{path}
Signatur: {signature}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="149"/>
        <source>Key number {number}</source>
        <translation>Schlüsselnummer {number}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="152"/>
        <source>An older minisign format that signs the whole file instead of its hash.</source>
        <translation>Ein älteres minisign-Format, das die ganze Datei statt ihres Hashs signiert.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="40"/>
        <source>There was nothing to check.</source>
        <translation>Es gab nichts zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="45"/>
        <source>The file is signed and unchanged since it was signed.</source>
        <translation>Die Datei ist signiert und seit dem Signieren unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="48"/>
        <source>All {count} files are signed and unchanged since they were signed.</source>
        <translation>Alle {count} Dateien sind signiert und seit dem Signieren unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="52"/>
        <source>{count} {result}</source>
        <translation>{count} {result}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="59"/>
        <source>Checked {count} file: {results}.</source>
        <translation>{count} Datei geprüft: {results}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="60"/>
        <source>Checked {count} files: {results}.</source>
        <translation>{count} Dateien geprüft: {results}.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="63"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="93"/>
        <source>Check signatures</source>
        <translation>Signaturen prüfen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="124"/>
        <source>Checking signatures…</source>
        <translation>Signaturen werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="126"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="128"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="130"/>
        <source>Signature check results</source>
        <translation>Ergebnisse der Signaturprüfung</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="138"/>
        <source>Show only problems</source>
        <translation>Nur Probleme anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="141"/>
        <source>Details of the selected file</source>
        <translation>Details der gewählten Datei</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="143"/>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="161"/>
        <source>Verify on server…</source>
        <translation>Auf dem Server prüfen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="151"/>
        <source>Ask a registration server whether the selected file&apos;s signature is from a registered key</source>
        <translation>Einen Registrierungsserver fragen, ob die Signatur der gewählten Datei von einem registrierten Schlüssel stammt</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="148"/>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="163"/>
        <source>Verify on server</source>
        <translation>Auf dem Server prüfen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="184"/>
        <source>Stop</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="184"/>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="221"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="192"/>
        <source>Checking signatures… {done} of {total} read.</source>
        <translation>Signaturen werden geprüft… {done} von {total} gelesen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="215"/>
        <source>Stopping…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="241"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="243"/>
        <source>Signer&apos;s fingerprint: {fingerprint}</source>
        <translation>Fingerabdruck des Unterzeichners: {fingerprint}</translation>
    </message>
</context>
<context>
    <name>VerifyFileOnServerDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="131"/>
        <source>Verify a signed file on the server</source>
        <translation>Signierte Datei auf dem Server prüfen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="135"/>
        <source>Signed file</source>
        <translation>Signierte Datei</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="136"/>
        <source>The file that was signed</source>
        <translation>Die signierte Datei</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="137"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="138"/>
        <source>Choose the signed file</source>
        <translation>Signierte Datei wählen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="144"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="161"/>
        <source>Choose the signed file to verify.</source>
        <translation>Wählen Sie die zu prüfende signierte Datei.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="168"/>
        <source>Its signature is read from {name}, beside it.</source>
        <translation>Ihre Signatur wird aus {name} daneben gelesen.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="172"/>
        <source>The signature is read from the .minisig file beside it.</source>
        <translation>Die Signatur wird aus der .minisig-Datei daneben gelesen.</translation>
    </message>
</context>
<context>
    <name>VerifyMessageOnServerDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="187"/>
        <source>Verify a signed message on the server</source>
        <translation>Signierte Nachricht auf dem Server prüfen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="195"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="196"/>
        <source>The exact text that was signed</source>
        <translation>Der genaue Text, der signiert wurde</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="200"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="201"/>
        <source>128 hex digits (or base64)</source>
        <translation>128 Hex-Ziffern (oder Base64)</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="202"/>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="203"/>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="214"/>
        <source>Type or paste the message that was signed.</source>
        <translation>Geben Sie die signierte Nachricht ein oder fügen Sie sie ein.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="216"/>
        <source>Paste the message&apos;s signature.</source>
        <translation>Fügen Sie die Signatur der Nachricht ein.</translation>
    </message>
</context>
<context>
    <name>VerifyOnServerDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="40"/>
        <source>Verify on server</source>
        <translation>Auf dem Server prüfen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="49"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="52"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="62"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="63"/>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="74"/>
        <source>Type the address of the server to ask.</source>
        <translation>Geben Sie die Adresse des zu fragenden Servers ein.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="76"/>
        <source>Type the client ID the signer registered their key under.</source>
        <translation>Geben Sie die Client-ID ein, unter der der Unterzeichner seinen Schlüssel registriert hat.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="92"/>
        <source>Verified: the server confirms that {what} was signed by the key registered as {client_id}.</source>
        <translation>Bestätigt: Der Server bestätigt, dass {what} mit dem als {client_id} registrierten Schlüssel signiert wurde.</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="98"/>
        <source>The signature did not verify on the server: {reason}.</source>
        <translation>Die Signatur wurde vom Server nicht bestätigt: {reason}.</translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="39"/>
        <source>{caption}:</source>
        <translation>{caption}:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="43"/>
        <source>How long each took</source>
        <translation>Dauer im Einzelnen</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="55"/>
        <source>How long each took:</source>
        <translation>Dauer im Einzelnen:</translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="63"/>
        <source>{plain} of plain data, {encrypted} encrypted</source>
        <translation>{plain} Klardaten, {encrypted} verschlüsselt</translation>
    </message>
</context>
</TS>
