<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="46"/>
        <source>&amp;New key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="47"/>
        <source>Create a new signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="48"/>
        <source>&amp;Import private key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="49"/>
        <source>Bring in a private key from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="50"/>
        <source>&amp;Export public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="52"/>
        <source>Save the selected key&apos;s public key to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="53"/>
        <source>&amp;Back up keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="54"/>
        <source>Write an encrypted backup of the selected keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="55"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="56"/>
        <source>Bring keys back from backup files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="57"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="58"/>
        <source>How long unlocked keys stay usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="59"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="60"/>
        <source>Lock all keys and quit Keyfold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="61"/>
        <source>&amp;Edit key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="62"/>
        <source>Change the name, description or tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="63"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="65"/>
        <source>Change the passphrase that protects the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="66"/>
        <source>&amp;Move to other storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="68"/>
        <source>Move the private key between the keychain and an encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="70"/>
        <source>&amp;Unlock key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="71"/>
        <source>Type the passphrase so the key can be used for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="73"/>
        <source>&amp;Lock all keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="74"/>
        <source>Forget every unlocked key now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="75"/>
        <source>Copy &amp;fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="77"/>
        <source>Copy the selected key&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="78"/>
        <source>&amp;Delete key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="79"/>
        <source>Remove the key from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="80"/>
        <source>&amp;Find key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="81"/>
        <source>Search keys by name, ID, tag or fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="82"/>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="83"/>
        <source>Show the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="84"/>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="85"/>
        <source>Show the backups made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="86"/>
        <source>&amp;Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="87"/>
        <source>Show the keys registered with servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="88"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="89"/>
        <source>Read the vault again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="90"/>
        <source>&amp;About Keyfold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="91"/>
        <source>What Keyfold is and where it keeps your keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/actions.py" line="109"/>
        <source>{tip} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../app/keyfold/gui/activity/__init__.py" line="69"/>
        <location filename="../../app/keyfold/gui/activity/page.py" line="46"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="56"/>
        <source>Show events of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="57"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="62"/>
        <source>Show events of this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="65"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="66"/>
        <source>Only events from a date on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="68"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="69"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="70"/>
        <source>Only events up to a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="72"/>
        <source>To date (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="79"/>
        <source>Check for tampering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="81"/>
        <source>Check the activity log for tampering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="84"/>
        <source>Each entry is sealed to the one before it; this finds any entry that was edited, removed or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="94"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="95"/>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="148"/>
        <source>Checking the activity log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="157"/>
        <source>Seal of the latest entry: {seal}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="163"/>
        <source>Latest entry&apos;s hash: {hash}. Note it somewhere else to check later that the history up to now was not rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/activity/page.py" line="189"/>
        <source>%n entry</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/activity/page.py" line="189"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/activity/page.py" line="193"/>
        <source>Showing {shown} of %n entry</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/activity/page.py" line="194"/>
        <source>Showing {shown} of %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/page.py" line="199"/>
        <source>All keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/keyfold/gui/app.py" line="34"/>
        <source>Keyfold key manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/app.py" line="38"/>
        <source>the vault folder to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/app.py" line="43"/>
        <source>show the main window, print one line and quit (checks a bundle starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/app.py" line="50"/>
        <source>files to sign, signatures to check, backups to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/app.py" line="126"/>
        <source>Keyfold cannot open the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../app/keyfold/gui/base/appearance.py" line="26"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/appearance.py" line="27"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/appearance.py" line="28"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../app/keyfold/gui/activity/actions.py" line="9"/>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/actions.py" line="10"/>
        <source>Show everything done with your keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/actions.py" line="11"/>
        <source>Check the activity &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/actions.py" line="13"/>
        <source>Check that no one changed or removed entries of the activity log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditColumns</name>
    <message>
        <location filename="../../app/keyfold/gui/activity/columns.py" line="13"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/columns.py" line="14"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/columns.py" line="15"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/columns.py" line="16"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/columns.py" line="17"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/columns.py" line="18"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/keyfold/gui/activity/model.py" line="49"/>
        <source>Entry {number}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="14"/>
        <source>Key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="15"/>
        <source>Key imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="16"/>
        <source>Public key exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="17"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="18"/>
        <source>Restored from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="19"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="20"/>
        <source>Signature checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="21"/>
        <source>Registered with a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="22"/>
        <source>Registration revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="23"/>
        <source>New key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="24"/>
        <source>Key deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="25"/>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="26"/>
        <source>Moved to other storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="27"/>
        <source>Key unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="28"/>
        <source>Old version expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="29"/>
        <source>Name or tags changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="30"/>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="31"/>
        <source>Password made for a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="32"/>
        <source>Server told of new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="33"/>
        <source>Interrupted rotation settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="34"/>
        <source>Public key trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="35"/>
        <source>Public key no longer trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="36"/>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="37"/>
        <source>Decrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="38"/>
        <source>Shard key service used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="74"/>
        <source>Signed {count} files with {key}, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="77"/>
        <source>Signed {file} with {key}, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="81"/>
        <source>Signed a message with {key}, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="85"/>
        <source>Failed to unlock {key}: the passphrase was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="89"/>
        <source>Checked the backup {file} of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="93"/>
        <source>Backed up {key} to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="97"/>
        <source>Restored {key}, version {version}, from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="101"/>
        <source>Revoked the registration of {key} at {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="105"/>
        <source>Registered {key}, version {version}, at {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="109"/>
        <source>Encrypted {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="111"/>
        <source>Decrypted {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="113"/>
        <source>Exported the public key of {key} to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="117"/>
        <source>Made version {version} of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="122"/>
        <source>{what}: {key}, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="126"/>
        <source>{what}: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="137"/>
        <source>The activity log is intact: its {count} entry is as it was written, not changed, removed or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="142"/>
        <source>The activity log is intact: all {count} entries are as they were written, none changed, removed or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="149"/>
        <source>The activity log was changed after it was written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="153"/>
        <source>The activity log was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="159"/>
        <source>The first damaged entry is number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/activity/wording.py" line="164"/>
        <source>Entries may have been edited, removed or reordered outside Keyfold: restore the vault from a backup you trust, or find out who had access to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/commands.py" line="26"/>
        <source>The backup needs this key&apos;s private half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/commands.py" line="57"/>
        <source>That passphrase does not open this backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="69"/>
        <source>Tick at least one key to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="75"/>
        <source>Unlock {keys} first: a backup needs the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="88"/>
        <source>Choose where to save the bundle file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="89"/>
        <source>Choose the folder the backup files go into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="93"/>
        <source>A bundle file name ends in {suffix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="106"/>
        <source>The DataFold JavaScript SDK refuses passphrases shorter than 8 characters: go back and choose a longer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="136"/>
        <source>{path}: {keys} — opened again with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="140"/>
        <source>  Note on {key}: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_flow.py" line="146"/>
        <source>Keep the backup somewhere other than this computer, and keep the passphrase apart from it: without the passphrase, nobody can restore these keys, you included.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPassphrasePage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="138"/>
        <source>Choose a passphrase for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="141"/>
        <source>You need this passphrase to restore the keys. Write it down and keep it apart from the backup: nobody can recover it, Keyfold included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="145"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/model.py" line="17"/>
        <source>{format}, bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/model.py" line="38"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupWizard</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="101"/>
        <source>Back up keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/page.py" line="21"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/page.py" line="37"/>
        <source>Back up keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/page.py" line="38"/>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/page.py" line="39"/>
        <source>Check selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/page.py" line="41"/>
        <source>Prove the backup opens with its passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/page.py" line="62"/>
        <source>Not backed up, or changed since the last backup: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/page.py" line="67"/>
        <source>Every key has a current backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/change_passphrase_dialog.py" line="14"/>
        <source>Change passphrase of {key_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/change_passphrase_dialog.py" line="15"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/change_passphrase_dialog.py" line="21"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/change_passphrase_dialog.py" line="22"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/change_passphrase_dialog.py" line="25"/>
        <source>Remove the passphrase (the keychain protects the key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/change_passphrase_dialog.py" line="32"/>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/change_passphrase_dialog.py" line="34"/>
        <source>This key has no passphrase yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/change_passphrase_dialog.py" line="44"/>
        <source>Type the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/check_dialog.py" line="12"/>
        <source>Check a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/check_dialog.py" line="12"/>
        <source>Check backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/check_dialog.py" line="18"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/check_dialog.py" line="20"/>
        <source>Keyfold opens {path} in memory with the backup&apos;s passphrase, to prove you can restore it. Nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/check_dialog.py" line="26"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/check_dialog.py" line="30"/>
        <source>Type the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/backups/check_dialog.py" line="37"/>
        <source>The backup opens: %n key can be restored from it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/backups/check_dialog.py" line="38"/>
        <source>The backup opens: %n keys can be restored from it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckResultLabel</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="52"/>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="58"/>
        <source>Connecting to {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="67"/>
        <source>Details: {details}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="37"/>
        <source>Which backups do you want to restore?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="40"/>
        <source>Drop backup files here or choose them: single-key backups (.json) or bundles (.tar.gz). Keyfold shows what each holds before asking for the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="45"/>
        <source>Drop backup files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="45"/>
        <source>Choose backup files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="49"/>
        <source>Chosen backup files and what they hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="50"/>
        <source>File or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="50"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="56"/>
        <source>Backups Keyfold knows about (double-click to add):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="58"/>
        <source>Known backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="88"/>
        <source>Choose backup files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="95"/>
        <source>Keyfold backups (*.json *.tar.gz *.tgz *.dfkb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="110"/>
        <source>%n key</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="110"/>
        <source>%n keys</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="114"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseKeysPage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="36"/>
        <source>Which keys do you want to back up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="39"/>
        <source>The keys you selected are ticked; with none selected, those never backed up or changed since their last backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="44"/>
        <source>Keys to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="55"/>
        <source>{name} ({key_id}) — {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="29"/>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="30"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="31"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="32"/>
        <source>Stored in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="33"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="34"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="35"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="36"/>
        <source>Rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="46"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="47"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="48"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="49"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="50"/>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="70"/>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="64"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="65"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="66"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="67"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="68"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="69"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="71"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/columns.py" line="72"/>
        <source>Registration ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="133"/>
        <source>Some keys are already in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="135"/>
        <source>Choose what to do with each key from the backups that you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="154"/>
        <source>From {file}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="163"/>
        <source>What to do with {key} from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="197"/>
        <location filename="../../app/keyfold/gui/backups/restore_pages.py" line="199"/>
        <source>Replace keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/copy_field.py" line="48"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/copy_field.py" line="51"/>
        <source>Copy the {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/copy_field.py" line="52"/>
        <source>Copy {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/crash_dialog.py" line="29"/>
        <source>Keyfold hit a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/crash_dialog.py" line="34"/>
        <source>Something went wrong inside Keyfold ({summary}). This is a bug in Keyfold, not something you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/crash_dialog.py" line="38"/>
        <source>The details are in the log: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/crash_dialog.py" line="40"/>
        <source>Please report it with the details below; they hold no passphrases or keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/crash_dialog.py" line="44"/>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/crash_dialog.py" line="47"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/crash_dialog.py" line="60"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecryptDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="44"/>
        <source>Not signed by anyone (it cannot say who made it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="48"/>
        <source>Your key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="51"/>
        <source>A key not in your vault ({start}…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="59"/>
        <source>your key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="61"/>
        <source>your key {key} (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="70"/>
        <source>{count} other key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="71"/>
        <source>{count} other keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="75"/>
        <source>a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="76"/>
        <source>nobody you know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="89"/>
        <source>Decrypt {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="90"/>
        <source>Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="97"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="104"/>
        <source>Save the decrypted file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="105"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="106"/>
        <source>Choose where to save the decrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="111"/>
        <source>File passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="112"/>
        <source>Only if one of your keys cannot open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="118"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="119"/>
        <source>Opens with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="120"/>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="121"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="122"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="132"/>
        <source>Problems with shards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="138"/>
        <source>Shards to send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="144"/>
        <source>Ask the sender to send these shards again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="161"/>
        <source>{name} is intact so far: its contents list is signed and checks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="170"/>
        <source>{name}, {size} in %n shard</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="171"/>
        <source>{name}, {size} in %n shards</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="172"/>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="194"/>
        <source>{name} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="196"/>
        <source>Choose where to save the decrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="207"/>
        <source>%n shard of {total} could not be verified, so nothing was written. The table says what was wrong with each.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="213"/>
        <source>%n shards of {total} could not be verified, so nothing was written. The table says what was wrong with each.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/decrypt_dialog.py" line="224"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DerivedPasswordDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="37"/>
        <source>Small letters (a-z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="38"/>
        <source>Capital letters (A-Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="39"/>
        <source>Digits (0-9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="40"/>
        <source>Symbols (!#$%…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="59"/>
        <source>Password for a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="59"/>
        <source>Get password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="66"/>
        <source>{key} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="74"/>
        <source>Service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="77"/>
        <source>e.g. github.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="80"/>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="81"/>
        <source>Password length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="96"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="97"/>
        <source>Press “Get password”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="98"/>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="188"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="100"/>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="190"/>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="101"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="102"/>
        <source>Copy the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="103"/>
        <source>Copies it; the clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="111"/>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="112"/>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="113"/>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="114"/>
        <source>Use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="115"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="118"/>
        <source>Anyone holding this key gets the same password for the same service and rules, so nothing is stored. Rotating the key gives every service a new password: change it on the service too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="124"/>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="125"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="146"/>
        <source>Type the name of the service, such as github.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="171"/>
        <source>Copied. The clipboard is cleared in {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="188"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/password_dialog.py" line="190"/>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="170"/>
        <source>Format and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="171"/>
        <source>Choose how the backup is written and where it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="172"/>
        <source>Standard (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="173"/>
        <source>DataFold unified layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="175"/>
        <source>DataFold JavaScript SDK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="179"/>
        <source>For DataFold tools that read the SDKs&apos; unified backup layout; its PBKDF2 key stretching makes it weaker than Keyfold&apos;s own format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="185"/>
        <source>For the DataFold JavaScript SDK&apos;s importKey; its PBKDF2 key stretching makes it weaker than Keyfold&apos;s own format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="191"/>
        <source>One file per key, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="193"/>
        <source>A single bundle file (.tar.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="201"/>
        <source>Backup destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="202"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="203"/>
        <source>Choose backup destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="209"/>
        <source>&lt;b&gt;Format&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="216"/>
        <source>&lt;b&gt;Destination&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="223"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="269"/>
        <source>Save the backup bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="271"/>
        <source>Backup bundles (*.tar.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="275"/>
        <source>Folder for the backup files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/drop_overlay.py" line="19"/>
        <source>Drop to open: files are signed or encrypted, signatures checked, backups restored, private keys imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/timing_model.py" line="16"/>
        <source>{value} µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/timing_model.py" line="27"/>
        <source>{value} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/timing_model.py" line="29"/>
        <source>{value} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/timing_model.py" line="30"/>
        <source>{value} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/timing_model.py" line="37"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/timing_model.py" line="39"/>
        <source>Up to {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/timing_model.py" line="44"/>
        <source>Over {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditMetadataDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="14"/>
        <source>Edit key {key_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="14"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="21"/>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="25"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="25"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="26"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="26"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="27"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="27"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/edit_metadata_dialog.py" line="35"/>
        <source>The key needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/empty_state.py" line="17"/>
        <source>You have no keys yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/empty_state.py" line="24"/>
        <source>A key lets you sign files and messages so others can check they came from you. Create one to get started — it takes a few seconds. Afterwards, make a backup so you can get it back if this computer is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/empty_state.py" line="34"/>
        <source>Create your first key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/empty_state.py" line="38"/>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/empty_state.py" line="40"/>
        <source>Import a private key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="59"/>
        <source>Encrypt files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="60"/>
        <source>Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="67"/>
        <source>Encrypt {files}. Each file gets an encrypted copy (name{suffix}) beside it; the original stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="73"/>
        <source>Keys that can open the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="75"/>
        <source>{key} — my key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="86"/>
        <source>Also let a passphrase open them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="88"/>
        <source>File passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="93"/>
        <source>Nobody (changes are still detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="96"/>
        <source>Sign the encrypted files as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="98"/>
        <source>Form of the encrypted files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="100"/>
        <source>One file ({suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="103"/>
        <source>A folder of shards ({suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="106"/>
        <source>Shard size in megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="109"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="114"/>
        <source>Who can open them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="117"/>
        <source>Sign as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="118"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="119"/>
        <source>Shard size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="124"/>
        <source>{name} — trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/encrypt_dialog.py" line="149"/>
        <source>Tick at least one key that may open the files, or use a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/actions.py" line="9"/>
        <source>&amp;Encrypt files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/actions.py" line="11"/>
        <source>Encrypt files so only the people you choose can open them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/actions.py" line="13"/>
        <source>&amp;Decrypt a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/actions.py" line="15"/>
        <source>Open an encrypted .kfe file or shard folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/actions.py" line="17"/>
        <source>Encrypt &amp;text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/actions.py" line="19"/>
        <source>Encrypt a text or JSON value into a token, or decrypt a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/actions.py" line="22"/>
        <source>Encryption &amp;statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/actions.py" line="24"/>
        <source>How much was encrypted and decrypted, and how long it took</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptionColumns</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/columns.py" line="15"/>
        <source>Shard ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/columns.py" line="16"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/columns.py" line="17"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/columns.py" line="18"/>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/columns.py" line="19"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/columns.py" line="27"/>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/columns.py" line="28"/>
        <source>Encryptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/columns.py" line="29"/>
        <source>Decryptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptionCommands</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="36"/>
        <source>Encrypted files (*.kfe manifest.kfm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="42"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="72"/>
        <source>Choose files to encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="107"/>
        <source>Signing the encrypted files needs this key&apos;s private half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="151"/>
        <source>Encrypting: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="167"/>
        <source>Encrypted %n file: {names}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="168"/>
        <source>Encrypted %n files: {names}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="178"/>
        <source>%n file finished before that and was kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="179"/>
        <source>%n files finished before that and were kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="185"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="185"/>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="198"/>
        <source>Choose an encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="215"/>
        <source>Save the decrypted file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="227"/>
        <source>{name} cannot be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="254"/>
        <source>Decrypting needs this key&apos;s private half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="263"/>
        <source>{name} was encrypted for version {version} of this key; type the passphrase that version had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="290"/>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="291"/>
        <source>{name} exists already. Replace it with the decrypted file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="294"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="337"/>
        <source>Decrypting: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="348"/>
        <source>Decrypted {name} to {output}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="359"/>
        <source>Stopped. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="454"/>
        <source>Encrypting and decrypting values needs this key&apos;s private half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="463"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/commands.py" line="463"/>
        <source>Decrypted text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptionMenu</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/__init__.py" line="26"/>
        <source>&amp;Encryption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptionMetrics</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="79"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="80"/>
        <source>{count}, on average {mean} (fastest {fastest}, slowest {slowest})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptionOffer</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/__init__.py" line="47"/>
        <source>Encrypt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/__init__.py" line="48"/>
        <source>Make encrypted copies only the people you choose can open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileOffers</name>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/file_offers.py" line="35"/>
        <source>{names} and {count} more item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/file_offers.py" line="36"/>
        <source>{names} and {count} more items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileOffersDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/file_offers.py" line="48"/>
        <source>What should Keyfold do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/file_offers.py" line="51"/>
        <source>What should Keyfold do with {files}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/file_offers.py" line="64"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSize</name>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="88"/>
        <source>{count} byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="89"/>
        <source>{count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="92"/>
        <source>{value} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="93"/>
        <source>{value} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="94"/>
        <source>{value} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="95"/>
        <source>{value} TB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="12"/>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="13"/>
        <source>Encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="17"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="18"/>
        <source>DataFold SDK compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="19"/>
        <source>DataFold JavaScript SDK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="42"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="61"/>
        <source>Never backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="63"/>
        <source>Changed since last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/formatting.py" line="64"/>
        <source>Backed up {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateKeyDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="33"/>
        <source>Create a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="33"/>
        <source>Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="36"/>
        <source>For example: Release signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="39"/>
        <source>Optional: what you use this key for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="41"/>
        <source>Optional, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="44"/>
        <source>Don&apos;t ask for a passphrase (the keychain protects it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="49"/>
        <source>Key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="50"/>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="51"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="52"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="53"/>
        <source>No passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="58"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="59"/>
        <source>Key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="60"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="61"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="62"/>
        <source>Keep it in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="79"/>
        <source>Give the key a name, so you can tell it apart from others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="83"/>
        <source>The key ID may use lowercase letters, digits, dots, dashes and underscores, and must start with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/generate_dialog.py" line="106"/>
        <source>Made from the name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitSetupDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="27"/>
        <source>Sign git commits with {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="28"/>
        <source>Review changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="34"/>
        <source>the address you commit with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="35"/>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="36"/>
        <source>This repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="38"/>
        <source>All my repositories (global git settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="45"/>
        <source>Repository folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="48"/>
        <source>Update earlier setups to the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="53"/>
        <source>After a rotation: sign with the new version; the old one stays trusted for commits made before now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="63"/>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="69"/>
        <source>git will sign every commit and tag through keyfold-ssh, and check signatures against an allowed signers file holding this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="91"/>
        <source>Type the email address you commit with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/git_dialog.py" line="93"/>
        <source>Choose the repository folder, or all repositories.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../app/keyfold/gui/help/actions.py" line="7"/>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/help/actions.py" line="8"/>
        <source>Open the Keyfold user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/help/actions.py" line="10"/>
        <source>&amp;Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/help/actions.py" line="13"/>
        <source>Copy versions, platform, keychain and log folder for a problem report (no keys, no passphrases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/help/actions.py" line="17"/>
        <source>&amp;Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/help/actions.py" line="19"/>
        <source>Open the page for reporting a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpCommands</name>
    <message>
        <location filename="../../app/keyfold/gui/help/__init__.py" line="28"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="28"/>
        <source>Private keys (*.pem *.key *.der *.txt *.hex *.json id_ed25519*);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="50"/>
        <source>Import a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="50"/>
        <source>Import key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="54"/>
        <source>Choose a file or drop it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="55"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="61"/>
        <source>Only if the file itself is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="64"/>
        <source>Made from the name or the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="67"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="69"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="70"/>
        <source>Choose key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="71"/>
        <source>Passphrase of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="72"/>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="73"/>
        <source>Key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="81"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="82"/>
        <source>File passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="83"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="84"/>
        <source>Key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="85"/>
        <source>Keep it in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="103"/>
        <source>Choose the file that holds the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/import_dialog.py" line="107"/>
        <source>The key ID may use lowercase letters, digits, dots, dashes and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTrustedDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="133"/>
        <source>Import a trusted public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="133"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="136"/>
        <source>Public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="138"/>
        <source>A minisign .pub file, an ssh-ed25519 line, or hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="140"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="141"/>
        <source>Choose a public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="144"/>
        <source>Pasted public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="145"/>
        <source>…or paste the public key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="148"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="150"/>
        <source>Whose key is it? For example “Alice” or “Project X”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="157"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="158"/>
        <source>Or text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="159"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="177"/>
        <source>Choose a public key file or paste the public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="179"/>
        <source>Give the key a name, so you can tell whose signatures it checks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="82"/>
        <source>Created the key {key_id}. Back it up next, so you cannot lose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="94"/>
        <source>Choose a private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="118"/>
        <source>Imported the key {key_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="138"/>
        <source>Saved the key {key_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="156"/>
        <source>Changed the passphrase of {key_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="175"/>
        <source>Moved the key {key_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="185"/>
        <source>Save the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="187"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="200"/>
        <source>Saved the public key to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="206"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="213"/>
        <source>“{name}” ({key_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="219"/>
        <source>Delete the key {key}? Its private key is removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="223"/>
        <source>This key has no current backup: once deleted it cannot be recovered, and anything that trusts it will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="229"/>
        <source>You can restore it from your backup later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="236"/>
        <source>Deleted the key {key_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="249"/>
        <source>Could not delete the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="256"/>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="258"/>
        <source>Delete key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="280"/>
        <source>Unlocked {key_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="290"/>
        <source>That passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/commands.py" line="311"/>
        <source>Locked all keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDetailsPane</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="46"/>
        <source>Hex (DataFold servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="47"/>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="48"/>
        <source>OpenSSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="49"/>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="50"/>
        <source>minisign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="55"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="57"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="58"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="59"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="60"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="61"/>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="62"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="91"/>
        <source>Key details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="104"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="106"/>
        <source>SHA256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="108"/>
        <source>Public key format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="113"/>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="114"/>
        <source>Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="115"/>
        <source>Save public key to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="117"/>
        <source>QR code of the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="121"/>
        <source>Key versions and their use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="130"/>
        <source>Expire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="131"/>
        <source>Expire the chosen old version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="132"/>
        <source>Retire the old version chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="136"/>
        <source>Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="138"/>
        <source>Rotate this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="139"/>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="140"/>
        <source>Change the rotation schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="159"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="160"/>
        <source>SSH style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="161"/>
        <source>Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="163"/>
        <source>QR code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="164"/>
        <source>Stored in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="165"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="166"/>
        <source>Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="167"/>
        <source>Rotation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="169"/>
        <source>Registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="174"/>
        <source>Versions and use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="203"/>
        <source>Key ID: {key_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="207"/>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="213"/>
        <source>{storage} ({keychain})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="224"/>
        <source> — make a backup so you can get this key back if this computer is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="229"/>
        <source>{server} as {client} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="234"/>
        <source>Not registered with any server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="255"/>
        <source>{schedule}. {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/details.py" line="305"/>
        <source>Fingerprint {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/model.py" line="71"/>
        <source>No passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/model.py" line="72"/>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/model.py" line="72"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/model.py" line="111"/>
        <source>Make a backup so you can get this key back if this computer is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/page.py" line="41"/>
        <source>Search keys by name, ID, tag or fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/page.py" line="42"/>
        <source>Search keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/page.py" line="47"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/page.py" line="113"/>
        <source>No key matches “{text}”. Press Escape to show all keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="91"/>
        <source>Locked all keys after a quiet period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="92"/>
        <source>Locked all keys because the screen locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="93"/>
        <source>Locked all keys because the computer went to sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="111"/>
        <source>Keyfold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="133"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="134"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="135"/>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="217"/>
        <source>Copied: {what}. It is cleared from the clipboard soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="221"/>
        <source>Copied: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="233"/>
        <source>Keyfold does not know what to do with {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="371"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="389"/>
        <source>Where secrets are stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="418"/>
        <source>None (kept safe by the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="420"/>
        <source>Unlocked for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="421"/>
        <source>Locked; you will be asked for it when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="426"/>
        <source>All keys locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/main_window.py" line="430"/>
        <source>%n key unlocked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/main_window.py" line="432"/>
        <source>%n keys unlocked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="443"/>
        <source>Locked all keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="461"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/main_window.py" line="484"/>
        <source>Keys now lock after %n idle minute.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/main_window.py" line="486"/>
        <source>Keys now lock after %n idle minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="495"/>
        <source>About Keyfold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/main_window.py" line="497"/>
        <source>Keyfold {version}

Keyfold keeps Ed25519 signing keys safe, backs them up and signs files.

Vault folder: {folder}
{storage}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../app/keyfold/gui/base/menus.py" line="15"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/menus.py" line="17"/>
        <location filename="../../app/keyfold/gui/base/menus.py" line="69"/>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/menus.py" line="19"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/menus.py" line="21"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/keyfold/gui/base/messages.py" line="15"/>
        <source>A file could not be read or written ({file}): {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/messages.py" line="18"/>
        <source>A file could not be read or written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/messages.py" line="25"/>
        <source>Something went wrong inside Keyfold ({error}); please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/messages.py" line="28"/>
        <source>Something went wrong inside Keyfold ({error}). The details are in the log, {log}; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="51"/>
        <source>Not valid. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="54"/>
        <source>the given key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="56"/>
        <source>your key {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="58"/>
        <source>the trusted key {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="61"/>
        <source>Valid: signed by {signer}, and the message is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="81"/>
        <source>Sign or check a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="84"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="85"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="104"/>
        <source>Key to sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="106"/>
        <source>Message to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="106"/>
        <source>Type the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="108"/>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="109"/>
        <source>Sign message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="112"/>
        <source>Signature (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="115"/>
        <source>Signature (base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="119"/>
        <source>Sign with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="120"/>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="188"/>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="123"/>
        <source>Hex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="124"/>
        <source>Base64:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="135"/>
        <source>Choose the key to sign with; create or import one first if you have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="138"/>
        <source>Type the message to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="145"/>
        <source>Signed. Send the message together with one of these signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="174"/>
        <source>Message to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="175"/>
        <source>Paste the message exactly as it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="178"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="179"/>
        <source>The signature, in hex or base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="181"/>
        <source>Key that should have signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="182"/>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="183"/>
        <source>Check signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="186"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="189"/>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="190"/>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="200"/>
        <source>Any of my keys or trusted keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="203"/>
        <source>{key} — my key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="206"/>
        <source>{key} — trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="232"/>
        <source>Paste the message to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/messages_dialog.py" line="234"/>
        <source>Paste the signature to check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="104"/>
        <source>Encryption statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="108"/>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="109"/>
        <source>Decrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="110"/>
        <source>Failed or stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="111"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="114"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="117"/>
        <source>Files encrypted and decrypted in this window since Keyfold started, each timed from start to finish, passphrase and key work included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="123"/>
        <source>Values (text and JSON tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="126"/>
        <source>Values sealed and opened by Keyfold&apos;s data encryption system since it started, each timed once its key was ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="131"/>
        <source>Moved to a newer key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="132"/>
        <source>Compressed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="137"/>
        <source>These numbers are not kept after you quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveStorageDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="17"/>
        <source>Move key {key_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="17"/>
        <source>Move key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="27"/>
        <source>Passphrase of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="30"/>
        <source>Now in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="31"/>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="33"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="36"/>
        <source>There is no system keychain here: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="44"/>
        <source>The key is there already; choose the other place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="46"/>
        <source>Type the key&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/keys/move_storage_dialog.py" line="49"/>
        <source>A key in a file needs a passphrase: give it one with “Change passphrase” first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenFiles</name>
    <message>
        <location filename="../../app/keyfold/gui/open_files.py" line="50"/>
        <source>Keyfold cannot find {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/passphrase_prompt.py" line="23"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/passphrase_prompt.py" line="29"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/passphrase_prompt.py" line="36"/>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="35"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="43"/>
        <source>Repeat {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="44"/>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="47"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="51"/>
        <source>Use it anyway (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="71"/>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="72"/>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="75"/>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="101"/>
        <source>Choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="103"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="106"/>
        <source>This passphrase is easy to guess: make it longer, or tick “Use it anyway”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/passphrase_fields.py" line="147"/>
        <source>Not the same as the passphrase above yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/strength.py" line="19"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/strength.py" line="20"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/strength.py" line="21"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/strength.py" line="22"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/strength.py" line="23"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/strength.py" line="25"/>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/strength.py" line="26"/>
        <source>Type a passphrase: several unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/strength.py" line="29"/>
        <source>Add another word or two that are not related to each other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTaskDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/progress_task_dialog.py" line="19"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/progress_task_dialog.py" line="39"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="35"/>
        <source>Register a key with a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="35"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="38"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="40"/>
        <source>Servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="41"/>
        <source>Manage registration servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="43"/>
        <source>Made up for you when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="47"/>
        <source>Optional: who the key belongs to on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="50"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="51"/>
        <source>Key name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="52"/>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="61"/>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="62"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="63"/>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="64"/>
        <source>Name on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="65"/>
        <source>User ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="76"/>
        <source>Choose the key to register; create one first if the list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="78"/>
        <source>Type the server&apos;s address, or save one under Servers….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/register_dialog.py" line="96"/>
        <source>{name} (the key&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="26"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="27"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="28"/>
        <source>Replaced by a newer key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="29"/>
        <source>Not found on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="33"/>
        <source>The server accepts this key&apos;s signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="34"/>
        <source>The server refuses this key&apos;s signatures from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="37"/>
        <source>The server now holds another public key under this client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="40"/>
        <source>The server no longer knows this client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="51"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/registration_status.py" line="61"/>
        <source>The server reports the status “{status}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/model.py" line="64"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/model.py" line="85"/>
        <source>{hint}
Last checked: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/model.py" line="89"/>
        <source>Fingerprint {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/page.py" line="37"/>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/page.py" line="50"/>
        <source>Registering a key with a server lets others check what you sign. No key is registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/page.py" line="58"/>
        <source>Registration actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryActions</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="10"/>
        <source>&amp;Register key with a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="12"/>
        <source>Register a key with a server so others can check what it signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="15"/>
        <source>Refresh s&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="17"/>
        <source>Ask the servers for the status of the selected registrations, or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="22"/>
        <source>Verify a &amp;file on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="24"/>
        <source>Ask the server whether a signed file&apos;s signature is from a registered key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="29"/>
        <source>Verify a &amp;message on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="31"/>
        <source>Ask the server whether a message&apos;s signature is from a registered key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="36"/>
        <source>Re&amp;voke registration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="38"/>
        <source>Tell the server to refuse the selected registration&apos;s signatures from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="43"/>
        <source>Forg&amp;et registration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="45"/>
        <source>Remove the selected registration from this list (the server keeps it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="50"/>
        <source>Registration &amp;servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/actions.py" line="52"/>
        <source>The servers you register keys with: address, certificate pin, access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryCommands</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="119"/>
        <source>Adopted the registration of {key} on {server} as {client_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="121"/>
        <source>Registered {key} on {server} as {client_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="149"/>
        <source>Stopped. Nothing was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="161"/>
        <source>Adopt the registration?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="163"/>
        <source>The client ID {client_id} is already registered on {server} with this same key ({key}). Record that registration in Keyfold as this key&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="167"/>
        <source>Adopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="197"/>
        <source>Checking registration {number} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="208"/>
        <source>Could not check {client_id} on {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="216"/>
        <source>Stopped checking registrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="221"/>
        <source>Could not check registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="229"/>
        <source>Checking %n registration…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="230"/>
        <source>Checking %n registrations…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="269"/>
        <source>Choose the signed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="269"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="295"/>
        <source>Hashing {file}: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="337"/>
        <source>the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="353"/>
        <source>Stopped before the server was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="365"/>
        <source>Revoke registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="367"/>
        <source>Revoke the registration of key “{key}” on {server} (client ID {client_id})? The server will refuse its signatures from now on. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="371"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="387"/>
        <source>Revoked {client_id} on {server}; the server refuses signatures by {key} under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="400"/>
        <source>The server checks that the request to revoke is signed by this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="139"/>
        <source>The server asks for proof that you hold this key: Keyfold signs its challenge with the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="404"/>
        <source>Could not revoke {client_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="422"/>
        <source>Could not forget the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="429"/>
        <source>Forget registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="431"/>
        <source>Remove the registration of key “{key}” on {server} (client ID {client_id}) from Keyfold? The server keeps it; revoke it first if it should stop accepting the key&apos;s signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="435"/>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="442"/>
        <source>Forgot {client_id} on {server}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="476"/>
        <source>Saved the server {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="533"/>
        <source>Removed the server {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="543"/>
        <source>Could not remove the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="549"/>
        <source>Remove server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="551"/>
        <source>Remove the server {url} and its saved token from Keyfold? Keys registered with it stay listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="554"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="599"/>
        <source>Checked {count} registration: {states}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="602"/>
        <source>Checked {count} registrations: {states}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="612"/>
        <source>{count} registration could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/commands.py" line="615"/>
        <source>{count} registrations could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryErrors</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/errors.py" line="21"/>
        <source>HTTP status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/errors.py" line="30"/>
        <source>Client ID: {client_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/errors.py" line="38"/>
        <source>Message SHA-256: {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/errors.py" line="46"/>
        <source>Server code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryMenu</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/__init__.py" line="30"/>
        <source>&amp;Registrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryTaskDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/task_dialog.py" line="31"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/task_dialog.py" line="45"/>
        <source>Details: {details}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="57"/>
        <source>Keep the key in this vault, skip the backup&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="60"/>
        <source>Restore the backup&apos;s key under a new ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="63"/>
        <source>Replace the key in this vault with the backup&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="69"/>
        <source>Seed layout (DataFold key backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="70"/>
        <source>Unified layout (DataFold SDK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="71"/>
        <source>Keyfold standard (readable by both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="72"/>
        <source>DataFold JavaScript SDK backup (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="73"/>
        <source>DataFold JavaScript SDK rotation backup (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="76"/>
        <source>DataFold JavaScript SDK binary backup (.dfkb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="84"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="85"/>
        <source>restored under a new ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="86"/>
        <source>replaced the key in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="87"/>
        <source>skipped, the vault keeps its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="102"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="173"/>
        <source>Replace {keys} in this vault with the keys from the backup? The private keys now in the vault are deleted and cannot be brought back unless you have another backup of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="183"/>
        <source>PBKDF2-SHA256, {rounds} rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="191"/>
        <source>{count} pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="192"/>
        <source>{count} passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="194"/>
        <source>Argon2id, {memory} memory, {passes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="221"/>
        <source>{file} — {keys} — {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="233"/>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="236"/>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="245"/>
        <source>(sealed; shown after restoring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="238"/>
        <source>(none given; made from the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="242"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="247"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="251"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="253"/>
        <source>(shown after restoring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="256"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="210"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="32"/>
        <source>The restored keys are protected by the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="35"/>
        <source>The restored keys are protected by the passphrase the key had in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="39"/>
        <source>The restored keys are protected by the new passphrase you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="260"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="263"/>
        <source>Key stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="264"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="278"/>
        <source>{source} as {target}: {action} ({file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_flow.py" line="282"/>
        <source>{source}: {action} ({file})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePassphrasePage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="44"/>
        <source>Type the backup&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="45"/>
        <source>The passphrase you chose when you made the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="46"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="50"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="52"/>
        <source>Protect the restored keys with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="54"/>
        <source>The backup&apos;s passphrase, typed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="57"/>
        <source>The passphrase the key has in this vault now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="63"/>
        <source>The key&apos;s current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="64"/>
        <source>Its passphrase in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="65"/>
        <source>A new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="70"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="77"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreSummaryPage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="198"/>
        <source>Restore finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="209"/>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="216"/>
        <source>Restore keys from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="287"/>
        <source>The passphrase does not open {file}; check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/restore_wizard.py" line="289"/>
        <source>That is not the passphrase of {key} in this vault; check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotateDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="17"/>
        <source>Rotating gives “{key}” a new key pair as version {new}, which signs from now on. Version {old} is kept so signatures it made still check out, but it signs nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="28"/>
        <source>The key is registered on {count} server: each is told about the new version, and the old registration is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="33"/>
        <source>The key is registered on {count} servers: each is told about the new version, and the old registration is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="42"/>
        <source>The key is not registered with any server, so nothing else has to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="48"/>
        <source>Passwords made from this key for services change too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="64"/>
        <source>Rotate {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="65"/>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="129"/>
        <source>Rotate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="73"/>
        <source>Emergency: the key may have leaked (cancel its registrations first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="78"/>
        <source>Emergency rotation: the key may have leaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="81"/>
        <source>Use this when someone else may have the private key. Its server registrations are cancelled first, so the servers refuse the leaked key at once; anything still using it stops working until it gets the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="90"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="98"/>
        <source>The new version is protected by the same passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="100"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="118"/>
        <source>Type the key&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/rotate_dialog.py" line="129"/>
        <source>Revoke and rotate…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotationActions</name>
    <message>
        <location filename="../../app/keyfold/gui/rotation/actions.py" line="9"/>
        <source>&amp;Rotate key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/actions.py" line="11"/>
        <source>Give the selected key a new current version; the old one only checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/actions.py" line="15"/>
        <source>Rotation &amp;schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/actions.py" line="17"/>
        <source>Choose when the selected key should get a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/actions.py" line="20"/>
        <source>E&amp;xpire old version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/actions.py" line="22"/>
        <source>Retire the old key version chosen in the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/actions.py" line="26"/>
        <source>&amp;Finish interrupted rotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/actions.py" line="28"/>
        <source>Tell the servers a rotation could not reach about the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/actions.py" line="10"/>
        <source>Pass&amp;word for a service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/actions.py" line="12"/>
        <source>Make the selected key&apos;s password for a website or service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotationCommands</name>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="152"/>
        <source>some servers were not told about its new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="212"/>
        <source>Emergency rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="214"/>
        <source>Cancel every server registration of “{key}” now, then give it a new version? Servers refuse the old key at once, so anything still using it stops working until it gets the new one. Do this when the private key may have leaked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="218"/>
        <source>Revoke and rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="246"/>
        <source>Rotated {key}: version {version} is now current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="291"/>
        <source>Saved the new public key over %n old export.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="292"/>
        <source>Saved the new public key over %n old exports.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="297"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="314"/>
        <source>Telling the servers about the new version of “{key}” needs its passphrase: the old version signs the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="317"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="349"/>
        <source>Nothing was left to finish for {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="354"/>
        <source>Some servers still could not be told about {key}&apos;s new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="356"/>
        <source>Every server now knows {key}&apos;s new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="373"/>
        <source>Could not finish the rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="393"/>
        <source>Saved the rotation schedule of {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="419"/>
        <source>Expired version {version} of {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="429"/>
        <source>Could not expire the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="435"/>
        <source>Expire old version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="437"/>
        <source>Expire version {version} of “{key}”? It stays in the vault and in backups for the record, but is marked as retired and no longer in use. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="440"/>
        <source>Expire version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/commands.py" line="57"/>
        <source>Making a password needs this key&apos;s private half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/passwords/commands.py" line="65"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/commands.py" line="448"/>
        <source>That passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotationNotice</name>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="41"/>
        <source>Keys due for a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="51"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="52"/>
        <source>Dismiss the rotation notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="84"/>
        <source>%n key is due for a new version</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="85"/>
        <source>%n keys are due for a new version</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="93"/>
        <source>%n rotation has servers left to tell</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="94"/>
        <source>%n rotations have servers left to tell</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="98"/>
        <source>{due}; {pending}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="100"/>
        <source>{notice}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="106"/>
        <source>…and {count} more; see the Rotation column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="130"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="130"/>
        <source>Rotate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="133"/>
        <source>Finish rotating {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/notice.py" line="133"/>
        <source>Rotate {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotationPolicyDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="39"/>
        <source>Rotation schedule for {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="39"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="44"/>
        <source>Give it a new version every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="44"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="48"/>
        <source>…or after it made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="48"/>
        <source> signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="52"/>
        <source>Expire old versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="52"/>
        <source> days after they are replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="57"/>
        <source>When should “{key}” get a new version? Keys that are due are flagged in the key list and when Keyfold starts; nothing rotates without you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/policy_dialog.py" line="64"/>
        <source>An expired version is retired: kept in the vault and its backups for the record, but marked as no longer in use. Leave this off to expire versions yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotationResultDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="28"/>
        <source>Version {new} of “{key}” is now current and signs from now on. Version {old} is kept to check the signatures it made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="34"/>
        <source>Its server registrations were cancelled first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="42"/>
        <source>These servers could not be told about the new version and still know only the old one: {servers}. Try again with “Resume” once they can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="48"/>
        <source>The key was not registered with any server, so nothing else had to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="52"/>
        <source>Every server it is registered with now knows the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="62"/>
        <source>The public key file you exported still holds the old version, so signatures made from now on do not check against it (minisign reports a key ID mismatch): {files}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="68"/>
        <source>{count} public key files you exported still hold the old version, so signatures made from now on do not check against them (minisign reports a key ID mismatch): {files}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="105"/>
        <source>Rotated {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="111"/>
        <source>Server steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="118"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="121"/>
        <source>Resume: tell the remaining servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="122"/>
        <source>Try the failed server steps again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="126"/>
        <source>Export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="130"/>
        <source>Save the new version&apos;s public key over each out-of-date file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/result_dialog.py" line="160"/>
        <source>The exported public key files now hold the new version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotationStepsModel</name>
    <message>
        <location filename="../../app/keyfold/gui/rotation/steps_model.py" line="19"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/steps_model.py" line="20"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/steps_model.py" line="21"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/rotation/steps_model.py" line="22"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotationWording</name>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="23"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="24"/>
        <source>Old (checks only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="25"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="29"/>
        <source>Signs, and is what servers know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="30"/>
        <source>Still checks signatures it made; no longer signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="33"/>
        <source>Retired: kept for the record, no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="39"/>
        <source>Moved to the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="40"/>
        <source>Registered the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="41"/>
        <source>Cancelled the old registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="47"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="48"/>
        <source>Failed; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="49"/>
        <source>Not offered by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="78"/>
        <source>every {count} day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="79"/>
        <source>every {count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="87"/>
        <source>after {count} signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="88"/>
        <source>after {count} signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="92"/>
        <source>Never due (no schedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="96"/>
        <source>{first} or {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="107"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="109"/>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="115"/>
        <source>In {count} day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="116"/>
        <source>In {count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="118"/>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="131"/>
        <source>overdue: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="133"/>
        <source>due: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="141"/>
        <source>A new version is overdue: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="145"/>
        <source>A new version is due: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="148"/>
        <source>Next new version due by {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="151"/>
        <source>No new version is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/models/rotation_words.py" line="164"/>
        <source>{outcome}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunBackupPage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="35"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="39"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="40"/>
        <source>Stop the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="57"/>
        <source>Encrypting the keys with your passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="67"/>
        <source>Checking that the backup opens again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="74"/>
        <source>Backup done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="76"/>
        <source>Your keys are backed up, and the backup opens with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="84"/>
        <source>Backup not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_wizard.py" line="86"/>
        <source>You stopped the backup; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="15"/>
        <source>revoking registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="16"/>
        <source>moving a registration to a new key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="17"/>
        <source>listing registrations (with the access token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="25"/>
        <source>Connected to {url} ({server}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="27"/>
        <source>Connected to {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="30"/>
        <source>{connected} It offers only the three DataFold calls: register, status and verify; revoking must be done on the server itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_check.py" line="41"/>
        <source>{connected} Besides register, status and verify it offers {offers}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_choice.py" line="18"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_choice.py" line="39"/>
        <source>{url} (default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerEditDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="24"/>
        <source>No system keychain: the token is kept until Keyfold closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="51"/>
        <source>Edit server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="51"/>
        <source>Add a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="51"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="58"/>
        <source>Optional: SHA-256 of the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="63"/>
        <source>Saved — type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="65"/>
        <source>Optional: bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="68"/>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="93"/>
        <source>Remove the saved token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="77"/>
        <source>The token saved earlier was forgotten; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="82"/>
        <source>Allow plain http:// to another computer (unencrypted; not advised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="87"/>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="95"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="90"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="91"/>
        <source>Pinned certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="92"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="94"/>
        <source>Allow plain http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="104"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="105"/>
        <source>Certificate pin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="106"/>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/server_edit_dialog.py" line="117"/>
        <source>Type the server&apos;s address, such as https://registry.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServersDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="29"/>
        <source>default from KEYFOLD_DEFAULT_SERVER, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="34"/>
        <source>certificate pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="36"/>
        <source>access token saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="39"/>
        <source>access token forgotten when Keyfold closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="44"/>
        <source>plain http allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="47"/>
        <source>{url} — {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="48"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="61"/>
        <source>Registration servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="64"/>
        <source>The servers your keys are registered with. A server is reached over https; plain http only on this computer unless you allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="70"/>
        <source>Saved servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="72"/>
        <source>No server is saved yet. Add the address of your DataFold node or keyfold-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="76"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="77"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="78"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="79"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="81"/>
        <source>Add a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="82"/>
        <source>Edit the selected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="83"/>
        <source>Remove the selected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/servers_dialog.py" line="84"/>
        <source>Test the connection to the selected server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/settings_dialog.py" line="17"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/settings_dialog.py" line="18"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/settings_dialog.py" line="21"/>
        <source>Lock keys after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/settings_dialog.py" line="23"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/settings_dialog.py" line="33"/>
        <source>Lock unlocked keys after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/settings_dialog.py" line="37"/>
        <source>Keys also lock when the screen locks and when you quit Keyfold. Secrets copied to the clipboard are cleared after 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/settings_dialog.py" line="43"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShardIssueTableModel</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/report_model.py" line="50"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/report_model.py" line="50"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShardProblems</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/report_model.py" line="14"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/report_model.py" line="15"/>
        <source>Sent twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/report_model.py" line="16"/>
        <source>Out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/report_model.py" line="17"/>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/report_model.py" line="18"/>
        <source>Signed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/report_model.py" line="19"/>
        <source>Not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignFilesDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="80"/>
        <source>Sign files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="80"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="88"/>
        <source>Looking at %n item…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="89"/>
        <source>Looking at %n items…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="93"/>
        <source>Files to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="97"/>
        <source>Key to sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="99"/>
        <source>Beside each file (FILE.minisig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="101"/>
        <source>In this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="107"/>
        <source>Folder for the signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="108"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="109"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="110"/>
        <source>Choose a folder for the signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="124"/>
        <source>Sign with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="125"/>
        <source>Signatures go:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="143"/>
        <source>%n file, {size} in all. Each gets a signature file that anyone with your public key can check.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="149"/>
        <source>%n files, {size} in all. Each gets a signature file that anyone with your public key can check.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="157"/>
        <source>There are no files to sign here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="161"/>
        <source>Keyfold cannot write in {folder}, so choose a folder for the signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="182"/>
        <source>There are no files to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="185"/>
        <source>Choose the key to sign with; create or import one first if you have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/sign_dialog.py" line="188"/>
        <source>Choose the folder for the signatures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningActions</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/actions.py" line="9"/>
        <source>&amp;Sign files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/actions.py" line="11"/>
        <source>Sign files so others can check they come from you, unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/actions.py" line="14"/>
        <source>&amp;Check signatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/actions.py" line="16"/>
        <source>Check that files match their signatures and who signed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/actions.py" line="19"/>
        <source>Sign or check a &amp;message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/actions.py" line="21"/>
        <source>Sign a short text, or check the signature of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/actions.py" line="24"/>
        <source>&amp;Trusted public keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/actions.py" line="26"/>
        <source>Other people&apos;s public keys, used to check their signatures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningColumns</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="18"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="19"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="20"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="21"/>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="34"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="22"/>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="23"/>
        <source>Trusted comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="24"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="33"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="35"/>
        <source>Key number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/columns.py" line="36"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningCommands</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="54"/>
        <source>Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="55"/>
        <source>Sign the files with one of your keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="84"/>
        <source>Choose files to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="106"/>
        <source>Choose a folder for the signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="134"/>
        <source>The signature {first} exists already. Replace it with new signatures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/commands.py" line="139"/>
        <source>{first} and %n other signature exist already. Replace them with new signatures?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/commands.py" line="145"/>
        <source>{first} and %n other signatures exist already. Replace them with new signatures?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="154"/>
        <source>Replace signatures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="156"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/commands.py" line="200"/>
        <source>Reading {done} of {total} · {files_done} of %n file done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/commands.py" line="201"/>
        <source>Reading {done} of {total} · {files_done} of %n files done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/commands.py" line="217"/>
        <source>Signed %n file with {key}; in {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/commands.py" line="218"/>
        <source>Signed %n files with {key}; in {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/commands.py" line="223"/>
        <source>Signed %n file with {key}; beside the files.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/signing/commands.py" line="224"/>
        <source>Signed %n files with {key}; beside the files.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="230"/>
        <source>Stopped. No signatures were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="235"/>
        <source>The signatures cannot go beside these files: choose a folder for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="249"/>
        <source>Choose files or signatures to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="271"/>
        <source>Stopped before every file was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="307"/>
        <source>Could not read the trusted keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="320"/>
        <source>Choose a public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="331"/>
        <source>The public key file {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="333"/>
        <source>The pasted public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="345"/>
        <source>Signatures by {name} can now be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="357"/>
        <source>No longer trusting {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="367"/>
        <source>Could not remove the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="373"/>
        <source>Remove trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="375"/>
        <source>Stop trusting “{name}”? Its signatures will then show as made by an unknown key. You can import it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="378"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="461"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/commands.py" line="464"/>
        <source>Signing needs this key&apos;s private half.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningMenu</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/__init__.py" line="25"/>
        <source>&amp;Signatures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshActions</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/actions.py" line="8"/>
        <source>SSH &amp;agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/actions.py" line="10"/>
        <source>Serve keys to ssh and git, and choose which keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/actions.py" line="12"/>
        <source>&amp;Use selected key for SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/actions.py" line="14"/>
        <source>Let ssh, ssh-add and git use the selected key through Keyfold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/actions.py" line="17"/>
        <source>Sign my &amp;git commits with this key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/actions.py" line="19"/>
        <source>Set up git to sign commits and tags with the selected key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshAgent</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/agent_host.py" line="101"/>
        <source>That passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshAgentDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="43"/>
        <source>SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="44"/>
        <source>Serve keys to SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="47"/>
        <source>ssh, ssh-add and git use the keys below through Keyfold while it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="50"/>
        <source>Socket path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="52"/>
        <source>Ask me before each use of a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="56"/>
        <source>Keys to use for SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="65"/>
        <source>Shell line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="67"/>
        <source>SSH config lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="80"/>
        <source>Socket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="82"/>
        <source>Use for SSH:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="83"/>
        <source>To use it in a shell, run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/settings_dialog.py" line="85"/>
        <source>Or add to ~/.ssh/config:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshCommands</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="93"/>
        <source>Keyfold no longer serves keys to SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="105"/>
        <source>The SSH agent did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="111"/>
        <source>Keyfold is not serving keys to SSH now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="115"/>
        <source>Serving %n key to SSH on {socket}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="117"/>
        <source>Serving %n keys to SSH on {socket}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="181"/>
        <source>Unlocked {key_id} for SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="195"/>
        <source>{key_id} is used for SSH now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="197"/>
        <source>{key_id} is no longer used for SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="234"/>
        <source>Choose the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="273"/>
        <source>git signs with this key already; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="286"/>
        <source>git now signs your commits and tags with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="292"/>
        <source>Change these git settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="293"/>
        <source>Keyfold will make these changes and nothing else:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="296"/>
        <source>Make the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="305"/>
        <source>SSH signatures are made of files, not folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="320"/>
        <source>Choose a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="327"/>
        <source>SSH signatures need this key&apos;s private half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="352"/>
        <source>Wrote the SSH signature {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="354"/>
        <source>Wrote %n SSH signatures, such as {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="363"/>
        <source>Replace signatures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="364"/>
        <source>{file} exists already. Replace it with a new signature?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="367"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="384"/>
        <source>SSH signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/commands.py" line="393"/>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConfirmDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="48"/>
        <source>Allow this SSH signature?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="52"/>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="60"/>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="56"/>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="59"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="68"/>
        <source>Fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshMenu</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/__init__.py" line="30"/>
        <source>SS&amp;H</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshOffer</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/__init__.py" line="37"/>
        <source>SSH signature (.sig)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/__init__.py" line="38"/>
        <source>Sign the files as ssh-keygen -Y sign does, for git or anyone with ssh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshPrompts</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="13"/>
        <source>{program} asks Keyfold to sign with “{key}” ({key_id}) for {purpose}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshSignDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/sign_dialog.py" line="23"/>
        <source>SSH signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/sign_dialog.py" line="23"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/sign_dialog.py" line="27"/>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/sign_dialog.py" line="33"/>
        <source>Write an SSH signature beside {files} (FILE.sig, namespace “file”), which `ssh-keygen -Y verify` checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/sign_dialog.py" line="39"/>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/sign_dialog.py" line="44"/>
        <source>Choose a key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshTray</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/tray.py" line="20"/>
        <source>Show Keyfold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/tray.py" line="21"/>
        <source>Quit Keyfold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/tray.py" line="37"/>
        <source>Keyfold: serving keys to SSH on {socket}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/tray.py" line="39"/>
        <source>Keyfold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshUnlockDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="27"/>
        <source>Type the key&apos;s passphrase to unlock it, or cancel to refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="30"/>
        <source>Unlock {key} for SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/ssh/prompt_dialogs.py" line="32"/>
        <source>Unlock and sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../app/keyfold/gui/status.py" line="11"/>
        <source>Private keys are kept in the system keychain ({keychain})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/status.py" line="15"/>
        <source>Private keys are kept in encrypted files in the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/status.py" line="18"/>
        <source>No system keychain: private keys are kept in encrypted files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageChoice</name>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/storage_choice.py" line="14"/>
        <source>Where to keep the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/storage_choice.py" line="17"/>
        <source>System keychain ({keychain})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/storage_choice.py" line="20"/>
        <source>Encrypted file in the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/widgets/storage_choice.py" line="24"/>
        <source>No system keychain: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/task_dialog.py" line="140"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEncryptDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="48"/>
        <source>Encrypt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="53"/>
        <source>Encrypt a short text or JSON value with one of your keys. The result is a token you can store anywhere; only this vault&apos;s key opens it again. Paste a token here and choose Decrypt to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="60"/>
        <source>Key to encrypt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="62"/>
        <source>Treat the input as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="63"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="64"/>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="207"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="66"/>
        <source>Text to encrypt, or a token to decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="68"/>
        <source>Type or paste the text to encrypt, or a token (kfd1:…) to decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="72"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="73"/>
        <source>The token or the decrypted text appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="80"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="86"/>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="86"/>
        <source>Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="89"/>
        <source>&amp;Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="89"/>
        <source>Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="92"/>
        <source>Co&amp;py result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="92"/>
        <source>Copy result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="101"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="104"/>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="105"/>
        <source>&amp;Treat as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="106"/>
        <source>&amp;Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="107"/>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="124"/>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="156"/>
        <source>Choose a key to encrypt with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="158"/>
        <source>Type the text to encrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="163"/>
        <source>The input is not valid JSON ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="168"/>
        <source>Paste a token to decrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="187"/>
        <source>Encrypted with version {version} of {key}, compressed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="189"/>
        <source>Encrypted with version {version} of {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="206"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="208"/>
        <source>bytes, shown as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="211"/>
        <source>Decrypted {kind} with version {version} of {key}, its current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/text_dialog.py" line="214"/>
        <source>Decrypted {kind} with version {version} of {key}, an older version. Encrypt it again to move it to the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="31"/>
        <source>Public keys (*.pub *.txt *.hex);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="57"/>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="59"/>
        <source>Trusted public keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="67"/>
        <source>Public keys of other people or projects. Keyfold uses them only to check signatures they made; they can never sign anything as you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="73"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="74"/>
        <source>Import a trusted public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="75"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="76"/>
        <source>Remove the selected trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/trusted_dialog.py" line="98"/>
        <source>No trusted keys yet: import one to check other people&apos;s signatures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/unlock.py" line="24"/>
        <source>Unlock {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/unlock.py" line="26"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/base/dialogs/unlock.py" line="13"/>
        <source>Type the passphrase of the key “{key}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/base/dialogs/unlock.py" line="17"/>
        <source>It stays unlocked until you leave Keyfold alone for %n minute.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/keyfold/gui/base/dialogs/unlock.py" line="20"/>
        <source>It stays unlocked until you leave Keyfold alone for %n minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockKeysPage</name>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="88"/>
        <source>Unlock the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="90"/>
        <source>A backup holds the private key, so each locked key needs its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="93"/>
        <source>Unlock selected key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="94"/>
        <source>Unlock selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="109"/>
        <source>{key_id} — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/backups/backup_pages.py" line="111"/>
        <source>{key_id} — unlocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationTableModel</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="27"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="28"/>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="29"/>
        <source>Unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="30"/>
        <source>No signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="33"/>
        <source>File missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="34"/>
        <source>Damaged signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="57"/>
        <source>{name} (your key, version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="60"/>
        <source>{name} (your key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="64"/>
        <source>{name} (trusted key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="76"/>
        <source>Legacy (whole file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="139"/>
        <source>{path}
Signature: {signature}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="149"/>
        <source>Key number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verification_model.py" line="152"/>
        <source>An older minisign format that signs the whole file instead of its hash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="40"/>
        <source>There was nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="45"/>
        <source>The file is signed and unchanged since it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="48"/>
        <source>All {count} files are signed and unchanged since they were signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="52"/>
        <source>{count} {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="59"/>
        <source>Checked {count} file: {results}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="60"/>
        <source>Checked {count} files: {results}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="63"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="93"/>
        <source>Check signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="124"/>
        <source>Checking signatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="126"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="128"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="130"/>
        <source>Signature check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="138"/>
        <source>Show only problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="141"/>
        <source>Details of the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="143"/>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="161"/>
        <source>Verify on server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="148"/>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="163"/>
        <source>Verify on server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="151"/>
        <source>Ask a registration server whether the selected file&apos;s signature is from a registered key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="184"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="184"/>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="221"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="192"/>
        <source>Checking signatures… {done} of {total} read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="215"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="241"/>
        <source>{file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/signing/verify_dialog.py" line="243"/>
        <source>Signer&apos;s fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyFileOnServerDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="131"/>
        <source>Verify a signed file on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="135"/>
        <source>Signed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="136"/>
        <source>The file that was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="137"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="138"/>
        <source>Choose the signed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="144"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="161"/>
        <source>Choose the signed file to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="168"/>
        <source>Its signature is read from {name}, beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="172"/>
        <source>The signature is read from the .minisig file beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyMessageOnServerDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="187"/>
        <source>Verify a signed message on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="195"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="196"/>
        <source>The exact text that was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="200"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="201"/>
        <source>128 hex digits (or base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="202"/>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="203"/>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="214"/>
        <source>Type or paste the message that was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="216"/>
        <source>Paste the message&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyOnServerDialog</name>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="40"/>
        <source>Verify on server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="49"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="52"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="62"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="63"/>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="74"/>
        <source>Type the address of the server to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="76"/>
        <source>Type the client ID the signer registered their key under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="92"/>
        <source>Verified: the server confirms that {what} was signed by the key registered as {client_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/registrations/verify_dialogs.py" line="98"/>
        <source>The signature did not verify on the server: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="39"/>
        <source>{caption}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="43"/>
        <source>How long each took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="55"/>
        <source>How long each took:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/keyfold/gui/encryption/metrics_dialog.py" line="63"/>
        <source>{plain} of plain data, {encrypted} encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
