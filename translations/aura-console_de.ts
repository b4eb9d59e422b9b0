<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Account</name>
    <message>
        <source>Enter a URL.</source>
        <translation>Geben Sie eine URL ein.</translation>
    </message>
    <message>
        <source>Enter a complete URL, such as https://api.neo4j.io/v1.</source>
        <translation>Geben Sie eine vollständige URL ein, etwa https://api.neo4j.io/v1.</translation>
    </message>
    <message>
        <source>The URL must start with https://.</source>
        <translation>Die URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Use https://: plain http would send the credentials unencrypted. It is only allowed to this computer (localhost, 127.0.0.1).</source>
        <translation>Verwenden Sie https://: Über einfaches http würden die Zugangsdaten unverschlüsselt gesendet. Das ist nur zu diesem Computer erlaubt (localhost, 127.0.0.1).</translation>
    </message>
    <message>
        <source>Remove the user name and password from the URL: the client id and secret go in their fields.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der URL: Client-ID und Client-Secret gehören in ihre eigenen Felder.</translation>
    </message>
    <message>
        <source>Enter a name for this account.</source>
        <translation>Geben Sie einen Namen für dieses Konto ein.</translation>
    </message>
    <message>
        <source>Another account is already called &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Enter the client id of the API key.</source>
        <translation>Geben Sie die Client-ID des API-Schlüssels ein.</translation>
    </message>
    <message>
        <source>The client id must not start or end with spaces.</source>
        <translation>Die Client-ID darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>(Server: %1)</source>
        <translation>(Server: %1)</translation>
    </message>
    <message>
        <source>Another operation is still running on this instance. Try again when it has finished.</source>
        <translation>Auf dieser Instanz läuft noch ein anderer Vorgang. Versuchen Sie es erneut, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The server did not accept the request. Check the values and try again.</source>
        <translation>Der Server hat die Anfrage nicht angenommen. Prüfen Sie die Werte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server no longer accepts the sign-in. Check the API client credentials.</source>
        <translation>Der Server akzeptiert die Anmeldung nicht mehr. Prüfen Sie die Zugangsdaten des API-Clients.</translation>
    </message>
    <message>
        <source>This needs a paid plan or a payment method on the project.</source>
        <translation>Dafür braucht das Projekt einen kostenpflichtigen Tarif oder eine Zahlungsmethode.</translation>
    </message>
    <message>
        <source>Not found. It may have been deleted; refresh to see the current state.</source>
        <translation>Nicht gefunden. Möglicherweise wurde es gelöscht; aktualisieren Sie, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>The server does not allow this here (for example, the project&apos;s instance limit is reached).</source>
        <translation>Der Server erlaubt das hier nicht (zum Beispiel ist die Höchstzahl an Instanzen des Projekts erreicht).</translation>
    </message>
    <message>
        <source>The instance is busy with another change. Try again when it has finished.</source>
        <translation>Die Instanz ist mit einer anderen Änderung beschäftigt. Versuchen Sie es erneut, wenn diese abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The server refused the request format. This is a bug in the console.</source>
        <translation>Der Server hat das Format der Anfrage abgelehnt. Das ist ein Fehler in Aura Console.</translation>
    </message>
    <message>
        <source>This action is not available for this instance (for example, a free instance cannot be overwritten).</source>
        <translation>Diese Aktion ist für diese Instanz nicht verfügbar (zum Beispiel kann eine kostenlose Instanz nicht überschrieben werden).</translation>
    </message>
    <message>
        <source>The Aura service had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Beim Aura-Dienst ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Der Server hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Aura API sent an answer the console cannot read.</source>
        <translation>Die Aura-API hat eine Antwort gesendet, die Aura Console nicht lesen kann.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The client secret could not be read from the keychain. Enter it again in the account settings.</source>
        <translation>Das Client-Secret konnte nicht aus dem Schlüsselbund gelesen werden. Geben Sie es in den Kontoeinstellungen erneut ein.</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> bei %1</translation>
    </message>
    <message>
        <source> at %1 (%2)</source>
        <translation> bei %1 (%2)</translation>
    </message>
    <message>
        <source>The console keeps trying.</source>
        <translation>Die Konsole versucht es weiter.</translation>
    </message>
    <message>
        <source>Check the network connection, any proxy or firewall, and the URLs.</source>
        <translation>Prüfen Sie die Netzwerkverbindung, einen Proxy oder eine Firewall und die URLs.</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the Aura API%1.</source>
        <extracomment>%1: &quot; at &lt;host&gt; (&lt;cause&gt;)&quot;, or empty when neither is known</extracomment>
        <translation>Die Aura-API ist nicht erreichbar%1.</translation>
    </message>
    <message>
        <source>The Aura API did not answer in time.</source>
        <translation>Die Aura-API hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The Aura API at %1 did not answer in time.</source>
        <translation>Die Aura-API bei %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1: %2</source>
        <translation>Der Dienst hat mit HTTP-Status %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>Wrong credentials: the service refused this client id and secret. Compare them with the API key in the Aura console (Account settings, API keys). The secret is shown only once, when the key is created: if you no longer have it, create a new key.</source>
        <translation>Falsche Zugangsdaten: Der Dienst hat diese Client-ID und dieses Secret abgelehnt. Vergleichen Sie sie mit dem API-Schlüssel in der Aura-Konsole (Account settings, API keys). Das Secret wird nur einmal angezeigt, beim Erstellen des Schlüssels: Wenn Sie es nicht mehr haben, erstellen Sie einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Missing permission: the credentials are valid, but this API key may not do that. Its access follows the roles of the user who created it; ask an administrator of the project.</source>
        <translation>Fehlende Berechtigung: Die Zugangsdaten sind gültig, aber dieser API-Schlüssel darf das nicht. Seine Rechte folgen den Rollen des Benutzers, der ihn erstellt hat; fragen Sie eine Administratorin oder einen Administrator des Projekts.</translation>
    </message>
    <message>
        <source>The answer could not be read (%1). Is %2 the Aura API?</source>
        <translation>Die Antwort konnte nicht gelesen werden (%1). Ist %2 die Aura-API?</translation>
    </message>
    <message>
        <source>Refused to connect without a secure (HTTPS) connection, or the server&apos;s certificate is not trusted, so nothing was sent. Use https:// URLs.</source>
        <translation>Verbindung ohne sichere (HTTPS-)Verbindung abgelehnt, oder dem Zertifikat des Servers wird nicht vertraut; es wurde nichts gesendet. Verwenden Sie https://-URLs.</translation>
    </message>
    <message>
        <source>Request id for Neo4j support: %1</source>
        <translation>Anfrage-ID für den Neo4j-Support: %1</translation>
    </message>
    <message>
        <source>The answer to this request was lost on the way, so whether it was carried out is not known yet. The console checks with the service.</source>
        <translation>Die Antwort auf diese Anfrage ging unterwegs verloren; ob sie ausgeführt wurde, ist noch nicht bekannt. Die Konsole prüft es beim Dienst nach.</translation>
    </message>
    <message>
        <source>The answer to this request was lost on the way (%1), so whether it was carried out is not known yet. The console checks with the service.</source>
        <translation>Die Antwort auf diese Anfrage ging unterwegs verloren (%1); ob sie ausgeführt wurde, ist noch nicht bekannt. Die Konsole prüft es beim Dienst nach.</translation>
    </message>
    <message>
        <source>The console did not send its access token to %1: it goes only to the Aura service&apos;s own hosts (*.neo4j.io), because it opens the whole account.</source>
        <extracomment>%1: the URL the console would not send its token to</extracomment>
        <translation>Die Konsole hat ihr Zugriffstoken nicht an %1 gesendet: Es geht nur an die eigenen Hosts des Aura-Dienstes (*.neo4j.io), weil es das ganze Konto öffnet.</translation>
    </message>
</context>
<context>
    <name>Aura::AccountInfo</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>Aura::AccountSession</name>
    <message>
        <source>Requests are held back until %1.</source>
        <translation>Anfragen werden bis %1 zurückgehalten.</translation>
    </message>
</context>
<context>
    <name>Aura::AccountsController</name>
    <message>
        <source>Enter the client secret of the API key.</source>
        <translation>Geben Sie das Client-Secret des API-Schlüssels ein.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved. The client secret of &quot;%1&quot; is in the keychain.</source>
        <translation>Gespeichert. Das Client-Secret von „%1“ liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is saved, but its client secret is not.</source>
        <translation>Das Konto „%1“ ist gespeichert, sein Client-Secret aber nicht.</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; is kept in memory until Aura Console quits; it was not written anywhere. You will be asked for it again next time.</source>
        <translation>Das Client-Secret von „%1“ wird bis zum Beenden von Aura Console im Arbeitsspeicher gehalten und nirgends gespeichert. Beim nächsten Start werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from Aura Console. Its client secret may remain in the keychain as &quot;%2&quot;: delete it there once the keychain is available.</source>
        <translation>„%1“ wurde aus Aura Console entfernt. Sein Client-Secret liegt eventuell noch als „%2“ im Schlüsselbund: Löschen Sie es dort, sobald der Schlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <source>No client secret is kept for this account: enter it.</source>
        <translation>Für dieses Konto ist kein Client-Secret gespeichert: Geben Sie es ein.</translation>
    </message>
    <message>
        <source>Enter the client secret to test.</source>
        <translation>Geben Sie das Client-Secret für den Test ein.</translation>
    </message>
    <message>
        <source>The client secret could not be read.</source>
        <translation>Das Client-Secret konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbindung zu %1 wird hergestellt...</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its secrets from the keychain.</source>
        <translation>„%1“ wurde entfernt, ebenso seine Geheimnisse im Schlüsselbund.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not removed: its secrets could not be deleted from the keychain. Try again once the keychain is available, or remove the account anyway.</source>
        <translation>„%1“ wurde nicht entfernt: Seine Geheimnisse konnten nicht aus dem Schlüsselbund gelöscht werden. Versuchen Sie es erneut, sobald der Schlüsselbund verfügbar ist, oder entfernen Sie das Konto trotzdem.</translation>
    </message>
</context>
<context>
    <name>Aura::AccountsDialog</name>
    <message>
        <source>Aura API Accounts</source>
        <translation>Aura-API-Konten</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Entfernen...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>&amp;API-URL:</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>&amp;Token-URL:</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Obtain a token with these credentials and list the projects they can see</source>
        <translation>Mit diesen Zugangsdaten ein Token holen und die sichtbaren Projekte auflisten</translation>
    </message>
    <message>
        <source>Shown once when the API key was created</source>
        <translation>Einmalig beim Erstellen des API-Schlüssels angezeigt</translation>
    </message>
    <message>
        <source>Kept in the keychain; type a new one to replace it</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen ein neues eingeben</translation>
    </message>
    <message>
        <source>Save or discard the changes first</source>
        <translation>Speichern oder verwerfen Sie zuerst die Änderungen</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Its client secret and the database passwords kept for its instances are deleted from the keychain. The API key itself stays valid in the Aura console.</source>
        <translation>Das Konto „%1“ entfernen? Sein Client-Secret und die für seine Instanzen gespeicherten Datenbankpasswörter werden aus dem Schlüsselbund gelöscht. Der API-Schlüssel selbst bleibt in der Aura-Konsole gültig.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Aura::ActivityLog</name>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
</context>
<context>
    <name>Aura::CompletionWatcher</name>
    <message>
        <source>“%1” is deleted</source>
        <translation>„%1“ ist gelöscht</translation>
    </message>
    <message>
        <source>Snapshot of “%1” completed</source>
        <translation>Snapshot von „%1“ abgeschlossen</translation>
    </message>
    <message>
        <source>Snapshot of “%1” failed: %2</source>
        <translation>Snapshot von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>“%1” is %2 (creating it took %3)</source>
        <extracomment>%1 the instance, %2 its status as the server says it, %3 a duration</extracomment>
        <translation>„%1“ ist %2 (Erstellen dauerte %3)</translation>
    </message>
    <message>
        <source>“%1” is %2 (pausing it took %3)</source>
        <translation>„%1“ ist %2 (Pausieren dauerte %3)</translation>
    </message>
    <message>
        <source>“%1” is %2 (resuming it took %3)</source>
        <translation>„%1“ ist %2 (Fortsetzen dauerte %3)</translation>
    </message>
    <message>
        <source>“%1” is %2 (deleting it took %3)</source>
        <translation>„%1“ ist %2 (Löschen dauerte %3)</translation>
    </message>
    <message>
        <source>“%1” is %2 (resizing it took %3)</source>
        <translation>„%1“ ist %2 (Größenänderung dauerte %3)</translation>
    </message>
    <message>
        <source>“%1” is %2 (restoring it took %3)</source>
        <translation>„%1“ ist %2 (Wiederherstellen dauerte %3)</translation>
    </message>
    <message>
        <source>“%1” is %2 (overwriting it took %3)</source>
        <translation>„%1“ ist %2 (Überschreiben dauerte %3)</translation>
    </message>
    <message>
        <source>Creating “%1” failed: %2 (after %3)</source>
        <extracomment>%1 the instance, %2 its status as the server says it, %3 a duration</extracomment>
        <translation>Erstellen von „%1“ fehlgeschlagen: %2 (nach %3)</translation>
    </message>
    <message>
        <source>Pausing “%1” failed: %2 (after %3)</source>
        <translation>Pausieren von „%1“ fehlgeschlagen: %2 (nach %3)</translation>
    </message>
    <message>
        <source>Resuming “%1” failed: %2 (after %3)</source>
        <translation>Fortsetzen von „%1“ fehlgeschlagen: %2 (nach %3)</translation>
    </message>
    <message>
        <source>Deleting “%1” failed: %2 (after %3)</source>
        <translation>Löschen von „%1“ fehlgeschlagen: %2 (nach %3)</translation>
    </message>
    <message>
        <source>Resizing “%1” failed: %2 (after %3)</source>
        <translation>Größenänderung von „%1“ fehlgeschlagen: %2 (nach %3)</translation>
    </message>
    <message>
        <source>Restoring “%1” failed: %2 (after %3)</source>
        <translation>Wiederherstellen von „%1“ fehlgeschlagen: %2 (nach %3)</translation>
    </message>
    <message>
        <source>Overwriting “%1” failed: %2 (after %3)</source>
        <translation>Überschreiben von „%1“ fehlgeschlagen: %2 (nach %3)</translation>
    </message>
    <message>
        <source>“%1” is %2 (changing it took %3)</source>
        <translation>„%1“ ist %2 (Ändern dauerte %3)</translation>
    </message>
    <message>
        <source>“%1” is %2 (upgrading it took %3)</source>
        <translation>„%1“ ist %2 (Upgrade dauerte %3)</translation>
    </message>
    <message>
        <source>Changing “%1” failed: %2 (after %3)</source>
        <translation>Ändern von „%1“ fehlgeschlagen: %2 (nach %3)</translation>
    </message>
    <message>
        <source>Upgrading “%1” failed: %2 (after %3)</source>
        <translation>Upgrade von „%1“ fehlgeschlagen: %2 (nach %3)</translation>
    </message>
</context>
<context>
    <name>Aura::ConfigurationPicker</name>
    <message>
        <source>AuraDB Free</source>
        <translation>AuraDB Free</translation>
    </message>
    <message>
        <source>AuraDB Professional</source>
        <translation>AuraDB Professional</translation>
    </message>
    <message>
        <source>AuraDB Virtual Dedicated Cloud</source>
        <translation>AuraDB Virtual Dedicated Cloud</translation>
    </message>
    <message>
        <source>AuraDB Business Critical</source>
        <translation>AuraDB Business Critical</translation>
    </message>
    <message>
        <source>AuraDS Professional</source>
        <translation>AuraDS Professional</translation>
    </message>
    <message>
        <source>AuraDS Enterprise</source>
        <translation>AuraDS Enterprise</translation>
    </message>
    <message>
        <source>Google Cloud (gcp)</source>
        <translation>Google Cloud (gcp)</translation>
    </message>
    <message>
        <source>Amazon Web Services (aws)</source>
        <translation>Amazon Web Services (aws)</translation>
    </message>
    <message>
        <source>Microsoft Azure (azure)</source>
        <translation>Microsoft Azure (azure)</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Standard des Servers</translation>
    </message>
    <message>
        <source>Neo4j %1</source>
        <translation>Neo4j %1</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>Instanztyp</translation>
    </message>
    <message>
        <source>&amp;Cloud provider:</source>
        <translation>&amp;Cloud-Anbieter:</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Neo4j version</source>
        <translation>Neo4j-Version</translation>
    </message>
    <message>
        <source>Set by the server for the chosen memory</source>
        <translation>Vom Server passend zum gewählten Arbeitsspeicher festgelegt</translation>
    </message>
    <message>
        <source>St&amp;orage:</source>
        <translation>Speic&amp;her:</translation>
    </message>
</context>
<context>
    <name>Aura::ConfirmDeleteDialog</name>
    <message>
        <source>Delete Instance</source>
        <translation>Instanz löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delete %1?&lt;/b&gt;&lt;br&gt;The instance and all the data it holds are destroyed; this cannot be undone. Billing for it stops.</source>
        <translation>&lt;b&gt;%1 löschen?&lt;/b&gt;&lt;br&gt;Die Instanz und alle ihre Daten werden vernichtet; das lässt sich nicht rückgängig machen. Die Abrechnung für sie endet.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the instance</source>
        <translation>Instanz löschen</translation>
    </message>
</context>
<context>
    <name>Aura::ConsoleApp</name>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>Only for accounts stored in File &gt; Accounts: for this connection the password could not be shown again or removed with its account. Copy it or save it to a file.</source>
        <translation>Nur für Konten, die unter Datei &gt; Konten gespeichert sind: bei dieser Verbindung ließe sich das Passwort weder wieder anzeigen noch mit seinem Konto entfernen. Kopieren Sie es oder speichern Sie es in einer Datei.</translation>
    </message>
    <message>
        <source>no stored account to keep it with</source>
        <translation>kein gespeichertes Konto, bei dem es aufbewahrt werden könnte</translation>
    </message>
</context>
<context>
    <name>Aura::ConsolePage</name>
    <message>
        <source>Projects and instances</source>
        <translation>Projekte und Instanzen</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
</context>
<context>
    <name>Aura::ConsoleSession</name>
    <message>
        <source>%1 The last known data stays visible.</source>
        <translation>%1 Die zuletzt bekannten Daten bleiben sichtbar.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem of one of several accounts: %1 the account&apos;s name, %2 the problem</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Aura::CreateInstanceDialog</name>
    <message>
        <source>Create Instance</source>
        <translation>Instanz erstellen</translation>
    </message>
    <message>
        <source>Only the combinations your project allows are offered. The instance is billed from the moment it is created.</source>
        <translation>Angeboten werden nur die Kombinationen, die Ihr Projekt erlaubt. Die Instanz wird ab ihrer Erstellung abgerechnet.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Create instance</source>
        <translation>Instanz erstellen</translation>
    </message>
    <message>
        <source>There is no project to create an instance in.</source>
        <translation>Es gibt kein Projekt, in dem eine Instanz erstellt werden kann.</translation>
    </message>
    <message>
        <source>This project allows no instance configurations, so no instance can be created in it.</source>
        <translation>Dieses Projekt erlaubt keine Instanzkonfigurationen, daher kann darin keine Instanz erstellt werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>project name (its id, to tell projects of one name apart)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Project id %1</source>
        <translation>Projekt-ID %1</translation>
    </message>
</context>
<context>
    <name>Aura::CredentialsDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Instance Credentials</source>
        <translation>Zugangsdaten der Instanz</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is being created.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird erstellt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is being restored.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird wiederhergestellt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the only time the password is shown.&lt;/b&gt; Copy it or save it now: it cannot be shown again. Without it you can only reset it in the Aura web console.</source>
        <translation>&lt;b&gt;Das Passwort wird nur dieses eine Mal angezeigt.&lt;/b&gt; Kopieren oder speichern Sie es jetzt: Es kann nicht erneut angezeigt werden. Ohne es können Sie es nur in der Aura-Webkonsole zurücksetzen.</translation>
    </message>
    <message>
        <source>Connection URL</source>
        <translation>Verbindungs-URL</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Copy connection URL</source>
        <translation>Verbindungs-URL kopieren</translation>
    </message>
    <message>
        <source>Copy username</source>
        <translation>Benutzername kopieren</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Passwort kopieren</translation>
    </message>
    <message>
        <source>Connection URL:</source>
        <translation>Verbindungs-URL:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>Speichern unter...</translation>
    </message>
    <message>
        <source>Save the credentials to a file</source>
        <translation>Zugangsdaten in einer Datei speichern</translation>
    </message>
    <message>
        <source>Writes %1, readable by you only</source>
        <translation>Schreibt %1, nur für Sie lesbar</translation>
    </message>
    <message>
        <source>Store the password in the system &amp;keychain</source>
        <translation>Passwort im System-&amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Store the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Wait about 60 seconds before connecting: the database is still starting.</source>
        <translation>Warten Sie etwa 60 Sekunden, bevor Sie sich verbinden: Die Datenbank startet noch.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Connection URL copied.</source>
        <translation>Verbindungs-URL kopiert.</translation>
    </message>
    <message>
        <source>Username copied.</source>
        <translation>Benutzername kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Password copied. It is removed from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>Passwort kopiert. Es wird in %n Sekunde aus der Zwischenablage entfernt.</numerusform>
            <numerusform>Passwort kopiert. Es wird in %n Sekunden aus der Zwischenablage entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation>In %1 gespeichert (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Save Credentials</source>
        <translation>Zugangsdaten speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Close Without Saving?</source>
        <translation>Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>The password was neither copied nor saved. Once this window is closed it cannot be shown again.</source>
        <translation>Das Passwort wurde weder kopiert noch gespeichert. Sobald dieses Fenster geschlossen ist, kann es nicht mehr angezeigt werden.</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is running: you can connect now.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; läuft: Sie können sich jetzt verbinden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist %2.</translation>
    </message>
</context>
<context>
    <name>Aura::CredentialsFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Aura::ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the request id, for Neo4j support</source>
        <translation>Anfrage-ID für den Neo4j-Support kopieren</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>Anfrage-ID kopieren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
</context>
<context>
    <name>Aura::FilterBar</name>
    <message>
        <source>Search by name, id, region, type...</source>
        <translation>Name, ID, Region, Typ suchen...</translation>
    </message>
    <message>
        <source>Search instances</source>
        <translation>Instanzen durchsuchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Running or paused</source>
        <translation>Laufend oder pausiert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Failed or unknown</source>
        <translation>Fehler oder unbekannt</translation>
    </message>
    <message>
        <source>Project filter</source>
        <translation>Projektfilter</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>%1: all projects</source>
        <extracomment>The project filter&apos;s entry for every project of one account</extracomment>
        <translation>%1: alle Projekte</translation>
    </message>
</context>
<context>
    <name>Aura::FormDialog</name>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Warten auf den Server</translation>
    </message>
    <message>
        <source>Waiting for the server...</source>
        <translation>Warten auf den Server...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Aura::InstanceActionSet</name>
    <message>
        <source>&amp;New Instance...</source>
        <translation>&amp;Neue Instanz...</translation>
    </message>
    <message>
        <source>Create a new instance</source>
        <translation>Eine neue Instanz erstellen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause the selected instances: compute stops, data is kept</source>
        <translation>Die ausgewählten Instanzen pausieren: Die Rechenleistung stoppt, die Daten bleiben erhalten</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the selected paused instances</source>
        <translation>Die ausgewählten pausierten Instanzen fortsetzen</translation>
    </message>
    <message>
        <source>Change the memory of the selected instance</source>
        <translation>Den Arbeitsspeicher der ausgewählten Instanz ändern</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Umbenennen...</translation>
    </message>
    <message>
        <source>Rename the selected instance</source>
        <translation>Die ausgewählte Instanz umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <source>Delete the selected instances and all their data</source>
        <translation>Die ausgewählten Instanzen mit allen ihren Daten löschen</translation>
    </message>
    <message>
        <source>Take &amp;Snapshot</source>
        <translation>&amp;Snapshot erstellen</translation>
    </message>
    <message>
        <source>Take an on-demand snapshot of the selected instance</source>
        <translation>Jetzt einen Snapshot der ausgewählten Instanz erstellen</translation>
    </message>
    <message>
        <source>Create a new instance from one of the selected instance&apos;s snapshots</source>
        <translation>Eine neue Instanz aus einem Snapshot der ausgewählten Instanz erstellen</translation>
    </message>
    <message>
        <source>&amp;Overwrite from Snapshot...</source>
        <translation>Mit Snapshot übe&amp;rschreiben...</translation>
    </message>
    <message>
        <source>Replace the selected instance&apos;s data with a snapshot</source>
        <translation>Die Daten der ausgewählten Instanz durch einen Snapshot ersetzen</translation>
    </message>
    <message>
        <source>&amp;Copy Connection URL</source>
        <translation>Verbindungs-URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected instance&apos;s connection URL</source>
        <translation>Die Verbindungs-URL der ausgewählten Instanz kopieren</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch everything from the Aura API now</source>
        <translation>Jetzt alles neu von der Aura-API abrufen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
Not available: %2</source>
        <translation>%1
Nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>Resi&amp;ze...</source>
        <translation>&amp;Größe ändern...</translation>
    </message>
    <message>
        <source>Res&amp;tore Snapshot to New Instance...</source>
        <translation>Snapshot in neuer &amp;Instanz wiederherstellen...</translation>
    </message>
    <message>
        <source>Restore Snapshot in Pl&amp;ace...</source>
        <translation>Auf Snapshot &amp;zurücksetzen...</translation>
    </message>
    <message>
        <source>Replace the selected instance&apos;s data with one of its own snapshots</source>
        <translation>Die Daten der ausgewählten Instanz durch einen ihrer eigenen Snapshots ersetzen</translation>
    </message>
    <message>
        <source>New &amp;Instance from Snapshot...</source>
        <translation>Neue &amp;Instanz aus Snapshot...</translation>
    </message>
    <message>
        <source>Create a new instance from one of the selected instance&apos;s exportable snapshots; it is not changed</source>
        <translation>Eine neue Instanz aus einem exportierbaren Snapshot der ausgewählten Instanz anlegen; diese bleibt unverändert</translation>
    </message>
    <message>
        <source>Up&amp;grade to Business Critical...</source>
        <translation>Upgrade auf &amp;Business Critical...</translation>
    </message>
    <message>
        <source>Make the selected Professional instance a Business Critical one (billed at another rate)</source>
        <translation>Die ausgewählte Professional-Instanz zu einer Business-Critical-Instanz machen (anders abgerechnet)</translation>
    </message>
    <message>
        <source>Resi&amp;ze or Change...</source>
        <translation>&amp;Größe oder Einstellungen ändern...</translation>
    </message>
    <message>
        <source>Change the memory, storage and settings (vectors, plugin, secondaries, CDC) of the selected instance</source>
        <translation>Arbeitsspeicher, Speicher und Einstellungen (Vektoren, Plugin, Secondaries, CDC) der ausgewählten Instanz ändern</translation>
    </message>
    <message>
        <source>Resize</source>
        <comment>toolbar button</comment>
        <translation>Größe ändern</translation>
    </message>
</context>
<context>
    <name>Aura::InstanceController</name>
    <message>
        <source>Pause instances</source>
        <translation>Instanzen pausieren</translation>
    </message>
    <message numerus="yes">
        <source>Pause %n instance(s): %1?</source>
        <translation>
            <numerusform>%n Instanz pausieren: %1?</numerusform>
            <numerusform>%n Instanzen pausieren: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>A paused instance cannot serve queries until it is resumed; its data is kept and only storage is billed meanwhile. Resuming takes a few minutes. Aura resumes instances that stay paused for 30 days by itself.</source>
        <translation>Eine pausierte Instanz beantwortet keine Abfragen, bis sie fortgesetzt wird; ihre Daten bleiben erhalten, und in der Zwischenzeit wird nur der Speicherplatz abgerechnet. Das Fortsetzen dauert einige Minuten. Instanzen, die 30 Tage lang pausiert sind, setzt Aura von selbst fort.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
</context>
<context>
    <name>Aura::InstanceDetailsPanel</name>
    <message>
        <source>Instance details</source>
        <translation>Instanzdetails</translation>
    </message>
    <message>
        <source>Select an instance to see its details, snapshots and history.</source>
        <translation>Wählen Sie eine Instanz aus, um ihre Details, Snapshots und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Connection URL:</source>
        <translation>Verbindungs-URL:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Cloud and region:</source>
        <translation>Cloud und Region:</translation>
    </message>
    <message>
        <source>Memory and storage:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Neo4j version:</source>
        <translation>Neo4j-Version:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 memory, %2 storage</source>
        <translation>%1 Arbeitsspeicher, %2 Speicherplatz</translation>
    </message>
    <message>
        <source>%1 (first seen %2)</source>
        <translation>%1 (erstmals gesehen %2)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>, at least %1</source>
        <translation>, mindestens %1</translation>
    </message>
    <message>
        <source>, took %1</source>
        <translation>, Dauer %1</translation>
    </message>
    <message>
        <source>Kept password:</source>
        <translation>Gespeichertes Passwort:</translation>
    </message>
    <message>
        <source>Free tier:</source>
        <translation>Free-Tarif:</translation>
    </message>
    <message>
        <source>Free instances pause by themselves after 72 hours without use and cannot be paused by hand; one that stays paused for 30 days is deleted.</source>
        <translation>Free-Instanzen pausieren nach 72 Stunden ohne Nutzung von selbst und lassen sich nicht von Hand pausieren; eine, die 30 Tage pausiert bleibt, wird gelöscht.</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>vector optimized</source>
        <translation>vektoroptimiert</translation>
    </message>
    <message>
        <source>Graph Analytics plugin</source>
        <translation>Graph-Analytics-Plugin</translation>
    </message>
    <message numerus="yes">
        <source>%n secondaries</source>
        <translation>
            <numerusform>%n Secondary</numerusform>
            <numerusform>%n Secondaries</numerusform>
        </translation>
    </message>
    <message>
        <source>CDC %1</source>
        <translation>CDC %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between settings</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Encrypted with the key %1</source>
        <translation>Verschlüsselt mit dem Schlüssel %1</translation>
    </message>
    <message>
        <source>customer-managed key</source>
        <translation>kundenverwalteter Schlüssel</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>Last:</translation>
    </message>
    <message>
        <source>Storage used:</source>
        <translation>Speicher belegt:</translation>
    </message>
    <message>
        <source>Queries:</source>
        <translation>Abfragen:</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Verbindungen:</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
</context>
<context>
    <name>Aura::InstanceSettingsEditor</name>
    <message>
        <source>Tunes the instance for vector indexes and similarity search; needs at least %1GB of memory</source>
        <translation>Stimmt die Instanz auf Vektorindizes und Ähnlichkeitssuche ab; braucht mindestens %1GB Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Vectors:</source>
        <translation>Vektoren:</translation>
    </message>
    <message>
        <source>&amp;Graph Analytics plugin</source>
        <translation>&amp;Graph-Analytics-Plugin</translation>
    </message>
    <message>
        <source>The Graph Data Science library inside the database (Professional instances)</source>
        <translation>Die Graph-Data-Science-Bibliothek in der Datenbank (Professional-Instanzen)</translation>
    </message>
    <message>
        <source>Plugins:</source>
        <translation>Plugins:</translation>
    </message>
    <message>
        <source>Secondaries</source>
        <translation>Secondaries</translation>
    </message>
    <message>
        <source>Read-only copies that take read queries off the primary; each is billed</source>
        <translation>Schreibgeschützte Kopien, die dem Primary Leseabfragen abnehmen; jede wird abgerechnet</translation>
    </message>
    <message>
        <source>S&amp;econdaries:</source>
        <translation>S&amp;econdaries:</translation>
    </message>
    <message>
        <source>Change data capture</source>
        <translation>Change Data Capture</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Differences (DIFF)</source>
        <translation>Unterschiede (DIFF)</translation>
    </message>
    <message>
        <source>Full states (FULL)</source>
        <translation>Vollständige Zustände (FULL)</translation>
    </message>
    <message>
        <source>Change &amp;data capture:</source>
        <translation>Change &amp;Data Capture:</translation>
    </message>
    <message>
        <source>Turned off: vector optimization needs at least %1GB of memory.</source>
        <translation>Ausgeschaltet: Die Vektoroptimierung braucht mindestens %1GB Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Needs at least %1GB of memory.</source>
        <translation>Braucht mindestens %1GB Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Vector opt&amp;imized</source>
        <translation>Vektoropt&amp;imiert</translation>
    </message>
</context>
<context>
    <name>Aura::InstanceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Connection URL</source>
        <translation>Verbindungs-URL</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 now, updating to %2: the new size shows once the change lands</source>
        <translation>Jetzt %1, wird auf %2 geändert: Die neue Größe erscheint, sobald die Änderung wirksam ist</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>size now → size asked for</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, changing to %2</source>
        <comment>status, the change asked for</comment>
        <translation>%1, wird geändert auf %2</translation>
    </message>
</context>
<context>
    <name>Aura::Inventory</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Aura::KeptPasswordView</name>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Forget...</source>
        <translation>Vergessen...</translation>
    </message>
    <message>
        <source>Delete the kept password from the keychain. The database keeps its password.</source>
        <translation>Das gespeicherte Passwort aus dem Schlüsselbund löschen. Die Datenbank behält ihr Passwort.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>The keychain no longer holds a password for this instance. If it is lost, reset it in the Aura console.</source>
        <translation>Der Schlüsselbund enthält kein Passwort mehr für diese Instanz. Falls es verloren ist, setzen Sie es in der Aura-Konsole zurück.</translation>
    </message>
    <message>
        <source>The keychain is not available: %1
%2</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: %1
%2</translation>
    </message>
    <message>
        <source>Forget Database Password</source>
        <translation>Datenbankpasswort vergessen</translation>
    </message>
    <message>
        <source>Delete the kept password of this instance from the keychain? The service cannot show it again; to connect without it, reset the password in the Aura console.</source>
        <translation>Das gespeicherte Passwort dieser Instanz aus dem Schlüsselbund löschen? Der Dienst kann es nicht erneut anzeigen; um sich ohne es zu verbinden, setzen Sie das Passwort in der Aura-Konsole zurück.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>The password could not be deleted from the keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The password is no longer kept.</source>
        <translation>Das Passwort ist nicht mehr gespeichert.</translation>
    </message>
</context>
<context>
    <name>Aura::KeyChoice</name>
    <message>
        <source>Encryption key</source>
        <translation>Verschlüsselungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Versch&amp;lüsselung:</translation>
    </message>
    <message>
        <source>Managed by Aura</source>
        <translation>Von Aura verwaltet</translation>
    </message>
    <message>
        <source>%1 (customer-managed)</source>
        <translation>%1 (kundenverwaltet)</translation>
    </message>
    <message>
        <source>%1 (%2: not usable yet)</source>
        <translation>%1 (%2: noch nicht nutzbar)</translation>
    </message>
    <message>
        <source>Some customer-managed keys could not be read: %1</source>
        <translation>Einige kundenverwaltete Schlüssel konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The project has no ready key of its own for %1 in %2.</source>
        <translation>Das Projekt hat keinen eigenen einsatzbereiten Schlüssel für %1 in %2.</translation>
    </message>
</context>
<context>
    <name>Aura::KeychainErrorPanel</name>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Keep for This Session Only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Keep the secret in memory until Aura Console quits. It is not written anywhere; you will be asked for it again next time.</source>
        <translation>Das Geheimnis bis zum Beenden von Aura Console im Arbeitsspeicher behalten. Es wird nirgends gespeichert; beim nächsten Start werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>Remove Anyway</source>
        <translation>Trotzdem entfernen</translation>
    </message>
    <message>
        <source>Remove the account from Aura Console; its keychain entries stay until you delete them in the keychain itself.</source>
        <translation>Das Konto aus Aura Console entfernen; seine Schlüsselbund-Einträge bleiben, bis Sie sie im Schlüsselbund selbst löschen.</translation>
    </message>
    <message>
        <source>(the keychain gave no reason)</source>
        <translation>(der Schlüsselbund hat keinen Grund genannt)</translation>
    </message>
    <message>
        <source>The keychain of your system is not available.
The keychain said: %1

%2</source>
        <translation>Der Schlüsselbund Ihres Systems ist nicht verfügbar.
Meldung des Schlüsselbunds: %1

%2</translation>
    </message>
    <message>
        <source>Unlock the login keychain in Keychain Access, allow Aura Console to use it, then try again.</source>
        <translation>Entsperren Sie den Schlüsselbund „Anmeldung“ in der Schlüsselbundverwaltung, erlauben Sie Aura Console den Zugriff und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Make sure the Windows Credential Manager service is running for your user, then try again.</source>
        <translation>Stellen Sie sicher, dass der Dienst „Anmeldeinformationsverwaltung“ von Windows für Ihren Benutzer läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Aura Console keeps secrets in the Secret Service of your desktop session. Install and start GNOME Keyring (package gnome-keyring) or KWallet, unlock it (it usually unlocks when you log in), then try again.</source>
        <translation>Aura Console speichert Geheimnisse im Secret Service Ihrer Desktop-Sitzung. Installieren und starten Sie GNOME Keyring (Paket gnome-keyring) oder KWallet, entsperren Sie den Schlüsselbund (meist geschieht das bei der Anmeldung) und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>Aura::MainWindow</name>
    <message>
        <source>Aura Console</source>
        <translation>Aura Console</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Aura Console</source>
        <translation>Ü&amp;ber Aura Console</translation>
    </message>
    <message>
        <source>About Aura Console</source>
        <translation>Über Aura Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Aura Console %1&lt;/h3&gt;&lt;p&gt;A native desktop console for the Neo4j Aura API.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aura Console %1&lt;/h3&gt;&lt;p&gt;Eine native Desktop-Konsole für die Neo4j-Aura-API.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Accounts...</source>
        <translation>&amp;Konten...</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>&amp;Instanz</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Instance actions</source>
        <translation>Instanzaktionen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Operations in progress</source>
        <translation>Laufende Vorgänge</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in progress</source>
        <translation>
            <numerusform>%n Vorgang läuft</numerusform>
            <numerusform>%n Vorgänge laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Verbindung wird hergestellt...</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline: showing the last known data</source>
        <translation>Offline: Zuletzt bekannte Daten werden angezeigt</translation>
    </message>
    <message>
        <source>Rate limited: showing the last known data</source>
        <translation>Anfragen begrenzt: Zuletzt bekannte Daten werden angezeigt</translation>
    </message>
    <message>
        <source>Show the &amp;Sandbox</source>
        <translation>&amp;Sandbox anzeigen</translation>
    </message>
    <message>
        <source>Adds a local Aura API with demo data to the tree: every operation, no account needed</source>
        <translation>Fügt dem Baum eine lokale Aura-API mit Beispieldaten hinzu: alle Vorgänge, ohne Konto</translation>
    </message>
    <message>
        <source>Not connected: the service refused</source>
        <translation>Nicht verbunden: der Dienst hat abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Refresh This Account</source>
        <translation>Dieses Konto &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Account &amp;Settings...</source>
        <translation>Konto&amp;einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Find Instances</source>
        <translation>Instanzen &amp;suchen</translation>
    </message>
</context>
<context>
    <name>Aura::NameField</name>
    <message>
        <source>Enter a name for the instance.</source>
        <translation>Geben Sie einen Namen für die Instanz ein.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Der Name ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation>Der Name darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>Instanzname</translation>
    </message>
    <message>
        <source>1 to %1 characters</source>
        <translation>1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
</context>
<context>
    <name>Aura::NoMatchPanel</name>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No instance matches the chosen status and project.</source>
        <translation>Keine Instanz passt zum gewählten Status und Projekt.</translation>
    </message>
    <message>
        <source>No instance matches “%1”.</source>
        <translation>Keine Instanz passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>Aura::OperationReporter</name>
    <message>
        <source>%1 “%2”</source>
        <extracomment>The title of an operation in the banner and notifications: %1 its name as in the activity panel (&quot;Pause&quot;, &quot;Take snapshot&quot;), %2 the instance</extracomment>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 an operation&apos;s title (&quot;Pause “orders”&quot;), %2 why it failed</extracomment>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <extracomment>%1 an operation&apos;s title (&quot;Pause “orders”&quot;)</extracomment>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 an operation&apos;s title (&quot;Pause “orders”&quot;), %2 what is known</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Aura::OverwriteInstanceDialog</name>
    <message>
        <source>Overwrite Instance from a Snapshot</source>
        <translation>Instanz mit einem Snapshot überschreiben</translation>
    </message>
    <message>
        <source>&lt;b&gt;All data in %1 will be replaced.&lt;/b&gt;&lt;br&gt;The instance &lt;b&gt;%1&lt;/b&gt; loses everything it holds now and gets the data of the snapshot you choose below. This cannot be undone; take a snapshot of it first if you may need its data.</source>
        <translation>&lt;b&gt;Alle Daten in %1 werden ersetzt.&lt;/b&gt;&lt;br&gt;Die Instanz &lt;b&gt;%1&lt;/b&gt; verliert alles, was sie jetzt enthält, und erhält die Daten des unten gewählten Snapshots. Das lässt sich nicht rückgängig machen; erstellen Sie zuerst einen Snapshot, falls Sie ihre Daten noch brauchen könnten.</translation>
    </message>
    <message>
        <source>Instance that will lose its data</source>
        <translation>Instanz, die ihre Daten verliert</translation>
    </message>
    <message>
        <source>Instance whose snapshot is used</source>
        <translation>Instanz, deren Snapshot verwendet wird</translation>
    </message>
    <message>
        <source>%1 (this instance)</source>
        <translation>%1 (diese Instanz)</translation>
    </message>
    <message>
        <source>&amp;Data from:</source>
        <translation>&amp;Daten aus:</translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation>&amp;Snapshot:</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Overwrite the instance&apos;s data</source>
        <translation>Die Daten der Instanz überschreiben</translation>
    </message>
    <message>
        <source>Take a &amp;fresh snapshot of the source now and use it</source>
        <translation>Jetzt einen &amp;frischen Snapshot der Quelle erstellen und verwenden</translation>
    </message>
</context>
<context>
    <name>Aura::ProvisioningController</name>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>The snapshots of “%1” could not be read: %2</source>
        <translation>Die Snapshots von „%1“ konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Restore snapshot</source>
        <translation>Snapshot wiederherstellen</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1. Copy it or save it to a file now.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1. Kopieren Sie es jetzt oder speichern Sie es in einer Datei.</translation>
    </message>
    <message>
        <source>The service accepted the restore but did not say which instance it made; refresh to find it.</source>
        <translation>Der Dienst hat die Wiederherstellung angenommen, aber nicht gesagt, welche Instanz er angelegt hat; aktualisieren Sie, um sie zu finden.</translation>
    </message>
    <message>
        <source>New instance from snapshot</source>
        <translation>Neue Instanz aus Snapshot</translation>
    </message>
    <message>
        <source>Restore in place</source>
        <translation>Auf Snapshot zurücksetzen</translation>
    </message>
    <message>
        <source>The answer to the create was lost on the way. Checking whether “%1” was created...</source>
        <translation>Die Antwort auf das Erstellen ging unterwegs verloren. Es wird geprüft, ob „%1“ erstellt wurde…</translation>
    </message>
    <message>
        <source>Created, but its one-time password did not reach the console.</source>
        <translation>Erstellt, aber sein einmaliges Passwort hat die Konsole nicht erreicht.</translation>
    </message>
    <message>
        <source>“%1” was not created: no such instance appeared in the project within a minute. You can create it again.</source>
        <translation>„%1“ wurde nicht erstellt: Innerhalb einer Minute ist keine solche Instanz im Projekt erschienen. Sie können sie erneut erstellen.</translation>
    </message>
    <message>
        <source>Password Not Received</source>
        <translation>Passwort nicht erhalten</translation>
    </message>
    <message>
        <source>“%1” was created, but its one-time password did not reach the console: reset it in the Aura console, or delete this instance and create it again.</source>
        <translation>„%1“ wurde erstellt, aber sein einmaliges Passwort hat die Konsole nicht erreicht: Setzen Sie es in der Aura-Konsole zurück, oder löschen Sie diese Instanz und erstellen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Open the Aura Console</source>
        <translation>Aura-Konsole öffnen</translation>
    </message>
    <message>
        <source>Delete “%1”...</source>
        <translation>„%1“ löschen…</translation>
    </message>
</context>
<context>
    <name>Aura::RenameDialog</name>
    <message>
        <source>Rename Instance</source>
        <translation>Instanz umbenennen</translation>
    </message>
    <message>
        <source>Instance %1. Renaming changes only the name shown; the id and the connection URL stay the same.</source>
        <translation>Instanz %1. Das Umbenennen ändert nur den angezeigten Namen; ID und Verbindungs-URL bleiben gleich.</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename instance</source>
        <translation>Instanz umbenennen</translation>
    </message>
</context>
<context>
    <name>Aura::ResizeDialog</name>
    <message>
        <source>Resize Instance</source>
        <translation>Größe der Instanz ändern</translation>
    </message>
    <message>
        <source>Resize &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Größe von &lt;b&gt;%1&lt;/b&gt; ändern</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 memory, %2 storage</source>
        <translation>%1 Arbeitsspeicher, %2 Speicherplatz</translation>
    </message>
    <message>
        <source>New memory size</source>
        <translation>Neue Arbeitsspeichergröße</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>Storage after resizing</source>
        <translation>Speicherplatz nach der Größenänderung</translation>
    </message>
    <message>
        <source>Resizing changes the memory of the instance, the storage that comes with it, and what it costs. The data and the connection URL stay the same. The instance is updated in the background, which can take several minutes; until that is done it cannot be changed again, and it may still show the old size.</source>
        <translation>Eine Größenänderung ändert den Arbeitsspeicher der Instanz, den dazugehörigen Speicherplatz und die Kosten. Daten und Verbindungs-URL bleiben gleich. Die Instanz wird im Hintergrund umgestellt, was einige Minuten dauern kann; bis dahin kann sie nicht erneut geändert werden und zeigt eventuell noch die alte Größe.</translation>
    </message>
    <message>
        <source>Current size:</source>
        <translation>Aktuelle Größe:</translation>
    </message>
    <message>
        <source>New &amp;memory:</source>
        <translation>Neuer &amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>New storage:</source>
        <translation>Neuer Speicherplatz:</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Resize instance</source>
        <translation>Größe der Instanz ändern</translation>
    </message>
    <message>
        <source>The project allows no other memory size for a %1 instance in %2.</source>
        <translation>Das Projekt erlaubt für eine %1-Instanz in %2 keine andere Arbeitsspeichergröße.</translation>
    </message>
    <message>
        <source>Set by the server for the chosen memory</source>
        <translation>Vom Server passend zum gewählten Arbeitsspeicher festgelegt</translation>
    </message>
    <message>
        <source>Resize or Change Instance</source>
        <translation>Instanz ändern</translation>
    </message>
    <message>
        <source>Change &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ändern</translation>
    </message>
    <message>
        <source>Current size: %1</source>
        <translation>Aktuelle Größe: %1</translation>
    </message>
    <message>
        <source>New storage size</source>
        <translation>Neue Speichergröße</translation>
    </message>
    <message>
        <source>New s&amp;torage:</source>
        <translation>Neuer Spei&amp;cher:</translation>
    </message>
    <message>
        <source>Each change is billed from when it lands. The data and the connection URL stay the same. The service changes the instance in the background, which can take several minutes; until that is done it cannot be changed again, and it still shows the old values.</source>
        <translation>Jede Änderung wird ab dem Moment abgerechnet, in dem sie wirksam wird. Daten und Verbindungs-URL bleiben gleich. Der Dienst ändert die Instanz im Hintergrund, was einige Minuten dauern kann; bis dahin kann sie nicht erneut geändert werden und zeigt noch die alten Werte.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
</context>
<context>
    <name>Aura::RestoreInPlaceDialog</name>
    <message>
        <source>Restore Snapshot in Place</source>
        <translation>Auf Snapshot zurücksetzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 goes back to the snapshot you choose.&lt;/b&gt;&lt;br&gt;Everything written to &lt;b&gt;%1&lt;/b&gt; since that snapshot was taken is lost, and the instance is unavailable while it is restored. No new instance is made. This cannot be undone; take a snapshot first if you may need the data it holds now.</source>
        <translation>&lt;b&gt;%1 wird auf den gewählten Snapshot zurückgesetzt.&lt;/b&gt;&lt;br&gt;Alles, was seit diesem Snapshot in &lt;b&gt;%1&lt;/b&gt; geschrieben wurde, geht verloren, und die Instanz ist während der Wiederherstellung nicht erreichbar. Es wird keine neue Instanz angelegt. Das lässt sich nicht rückgängig machen; erstellen Sie zuerst einen Snapshot, wenn Sie die jetzigen Daten noch brauchen könnten.</translation>
    </message>
    <message>
        <source>Instance that will lose its newer data</source>
        <translation>Instanz, die ihre neueren Daten verliert</translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation>&amp;Snapshot:</translation>
    </message>
    <message>
        <source>Restore in Place</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Replace the instance&apos;s data with the snapshot</source>
        <translation>Die Daten der Instanz durch den Snapshot ersetzen</translation>
    </message>
</context>
<context>
    <name>Aura::RestoreSnapshotDialog</name>
    <message>
        <source>Restore Snapshot to a New Instance</source>
        <translation>Snapshot in einer neuen Instanz wiederherstellen</translation>
    </message>
    <message>
        <source>Creates a new instance with the data of a snapshot of &lt;b&gt;%1&lt;/b&gt;. The instance &lt;b&gt;%1&lt;/b&gt; itself is not changed. The new instance is billed from the moment it is created.</source>
        <translation>Erstellt eine neue Instanz mit den Daten eines Snapshots von &lt;b&gt;%1&lt;/b&gt;. Die Instanz &lt;b&gt;%1&lt;/b&gt; selbst wird nicht verändert. Die neue Instanz wird ab ihrer Erstellung abgerechnet.</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation>&amp;Snapshot:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore to a new instance</source>
        <translation>In einer neuen Instanz wiederherstellen</translation>
    </message>
    <message>
        <source>The project allows no instance configurations, so no instance can be created in it.</source>
        <translation>Das Projekt erlaubt keine Instanzkonfigurationen, daher kann darin keine Instanz erstellt werden.</translation>
    </message>
    <message>
        <source>New Instance from a Snapshot</source>
        <translation>Neue Instanz aus einem Snapshot</translation>
    </message>
    <message>
        <source>Creates a new instance with the data of an exportable snapshot of &lt;b&gt;%1&lt;/b&gt;, with at least its memory and storage. The instance &lt;b&gt;%1&lt;/b&gt; itself is not changed. The new instance is billed from the moment it is created.</source>
        <translation>Legt eine neue Instanz mit den Daten eines exportierbaren Snapshots von &lt;b&gt;%1&lt;/b&gt; an, mit mindestens deren Arbeitsspeicher und Speicherplatz. Die Instanz &lt;b&gt;%1&lt;/b&gt; selbst bleibt unverändert. Die neue Instanz wird ab ihrer Erstellung berechnet.</translation>
    </message>
    <message>
        <source>Create Instance</source>
        <translation>Instanz erstellen</translation>
    </message>
    <message>
        <source>Create the new instance</source>
        <translation>Die neue Instanz erstellen</translation>
    </message>
    <message>
        <source>The new instance needs at least the memory of “%1” (%2).</source>
        <translation>Die neue Instanz braucht mindestens den Arbeitsspeicher von „%1“ (%2).</translation>
    </message>
    <message>
        <source>The new instance needs at least the storage of “%1” (%2).</source>
        <translation>Die neue Instanz braucht mindestens den Speicherplatz von „%1“ (%2).</translation>
    </message>
</context>
<context>
    <name>Aura::SnapshotPicker</name>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Exportable</source>
        <translation>Exportierbar</translation>
    </message>
    <message>
        <source>Snapshot id</source>
        <translation>Snapshot-ID</translation>
    </message>
    <message>
        <source>Loading snapshots...</source>
        <translation>Snapshots werden geladen...</translation>
    </message>
    <message>
        <source>Only a completed snapshot can be used.</source>
        <translation>Nur ein abgeschlossener Snapshot kann verwendet werden.</translation>
    </message>
    <message>
        <source>This snapshot is not exportable, so no new instance can be made from it.</source>
        <translation>Dieser Snapshot ist nicht exportierbar, daher kann daraus keine neue Instanz erstellt werden.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This instance has no snapshots.</source>
        <translation>Diese Instanz hat keine Snapshots.</translation>
    </message>
    <message>
        <source>None of these snapshots can be used.</source>
        <translation>Keiner dieser Snapshots kann verwendet werden.</translation>
    </message>
</context>
<context>
    <name>Aura::SnapshotTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Exportable</source>
        <translation>Exportierbar</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Snapshot id</source>
        <translation>Snapshot-ID</translation>
    </message>
</context>
<context>
    <name>Aura::SnapshotsPane</name>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Day of the snapshots shown (UTC)</source>
        <translation>Tag der angezeigten Snapshots (UTC)</translation>
    </message>
    <message>
        <source>&amp;Day (UTC):</source>
        <translation>&amp;Tag (UTC):</translation>
    </message>
    <message>
        <source>&amp;Exportable only</source>
        <translation>Nur &amp;exportierbare</translation>
    </message>
    <message>
        <source>Show only the snapshots a new instance can be made from</source>
        <translation>Nur die Snapshots zeigen, aus denen eine neue Instanz angelegt werden kann</translation>
    </message>
</context>
<context>
    <name>Aura::TenantTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Aura::TypeToConfirm</name>
    <message>
        <source>To confirm, type the instance name &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Geben Sie zur Bestätigung den Namen der Instanz ein: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>To confirm, type the instance id &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Geben Sie zur Bestätigung die ID der Instanz ein: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type the instance name to confirm</source>
        <translation>Zur Bestätigung den Namen der Instanz eingeben</translation>
    </message>
    <message>
        <source>Type the instance id to confirm</source>
        <translation>Zur Bestätigung die ID der Instanz eingeben</translation>
    </message>
</context>
<context>
    <name>Aura::UpgradeDialog</name>
    <message>
        <source>Upgrade to Business Critical</source>
        <translation>Upgrade auf Business Critical</translation>
    </message>
    <message>
        <source>Upgrade &lt;b&gt;%1&lt;/b&gt; to AuraDB Business Critical</source>
        <translation>Upgrade von &lt;b&gt;%1&lt;/b&gt; auf AuraDB Business Critical</translation>
    </message>
    <message>
        <source>&lt;p&gt;The instance becomes a &lt;b&gt;%1&lt;/b&gt; instance: it runs as a cluster across availability zones, keeps hourly snapshots for a week and daily ones for 30 days, and can have secondaries.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It is billed at Business Critical rates&lt;/b&gt; from when the upgrade lands. The data and the connection URL stay the same. The console cannot turn it back into a Professional instance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Instanz wird eine &lt;b&gt;%1&lt;/b&gt;-Instanz: Sie läuft als Cluster über mehrere Verfügbarkeitszonen, behält stündliche Snapshots eine Woche und tägliche 30 Tage lang und kann Secondaries haben.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sie wird zu Business-Critical-Preisen abgerechnet&lt;/b&gt;, sobald das Upgrade wirksam ist. Daten und Verbindungs-URL bleiben gleich. Die Konsole kann sie nicht wieder zu einer Professional-Instanz machen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Also change the &amp;size (memory and storage together)</source>
        <translation>Auch die &amp;Größe ändern (Arbeitsspeicher und Speicher zusammen)</translation>
    </message>
    <message>
        <source>Memory after the upgrade</source>
        <translation>Arbeitsspeicher nach dem Upgrade</translation>
    </message>
    <message>
        <source>Storage after the upgrade</source>
        <translation>Speicher nach dem Upgrade</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <source>%1, %2 memory, %3 storage</source>
        <translation>%1, %2 Arbeitsspeicher, %3 Speicher</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>S&amp;torage:</source>
        <translation>Spei&amp;cher:</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>The project lists no Business Critical sizes in %1</source>
        <translation>Das Projekt nennt keine Business-Critical-Größen in %1</translation>
    </message>
</context>
<context>
    <name>Aura::WelcomePanel</name>
    <message>
        <source>Welcome to Aura Console</source>
        <translation>Willkommen bei Aura Console</translation>
    </message>
    <message>
        <source>See every project, instance and snapshot of your Neo4j Aura account, watch their status live, and manage them safely.

Connect with an Aura API key, or try every operation on a local sandbox first: no account needed, nothing is billed.</source>
        <translation>Sehen Sie alle Projekte, Instanzen und Snapshots Ihres Neo4j-Aura-Kontos, verfolgen Sie ihren Status live und verwalten Sie sie sicher.

Verbinden Sie sich mit einem Aura-API-Schlüssel, oder probieren Sie zuerst jede Aktion in einer lokalen Sandbox aus: kein Konto nötig, nichts wird berechnet.</translation>
    </message>
    <message>
        <source>Add Aura API credentials...</source>
        <translation>Aura-API-Zugangsdaten hinzufügen...</translation>
    </message>
    <message>
        <source>Add Aura API credentials</source>
        <translation>Aura-API-Zugangsdaten hinzufügen</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Start a local Aura API with demo data and connect to it</source>
        <translation>Eine lokale Aura-API mit Demodaten starten und sich damit verbinden</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Aura Console: see and manage your Neo4j Aura instances and snapshots.</source>
        <translation>Aura Console: Neo4j-Aura-Instanzen und -Snapshots ansehen und verwalten.</translation>
    </message>
    <message>
        <source>Start a local Aura API with demo data and connect to it: every operation works offline, without an account.</source>
        <translation>Eine lokale Aura-API mit Demodaten starten und sich damit verbinden: Jede Aktion funktioniert offline, ohne Konto.</translation>
    </message>
    <message>
        <source>Render the main window once the first data has loaded, save it as a PNG file and exit.</source>
        <translation>Das Hauptfenster zeichnen, sobald die ersten Daten geladen sind, als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Connect with the stored account called NAME.</source>
        <translation>Mit dem gespeicherten Konto namens NAME verbinden.</translation>
    </message>
    <message>
        <source>Connect with this API client id; the client secret is read from the environment variable AURA_CLIENT_SECRET (never from the command line). For scripted runs and CI: no keychain is used.</source>
        <translation>Mit dieser API-Client-ID verbinden; das Client-Secret wird aus der Umgebungsvariablen AURA_CLIENT_SECRET gelesen (nie von der Befehlszeile). Für Skripte und CI: Es wird kein Schlüsselbund verwendet.</translation>
    </message>
    <message>
        <source>The API base URL for --account or --client-id (default https://api.neo4j.io/v1).</source>
        <translation>Die Basis-URL der API für --account oder --client-id (Standard: https://api.neo4j.io/v1).</translation>
    </message>
    <message>
        <source>The token URL for --account or --client-id (default https://api.neo4j.io/oauth/token).</source>
        <translation>Die Token-URL für --account oder --client-id (Standard: https://api.neo4j.io/oauth/token).</translation>
    </message>
    <message>
        <source>Print the names of the stored accounts, one a line, and exit.</source>
        <translation>Die Namen der gespeicherten Konten ausgeben, einen pro Zeile, und beenden.</translation>
    </message>
    <message>
        <source>The client secret cannot be given on the command line, where other users can read it in the process list. Set the environment variable AURA_CLIENT_SECRET instead.</source>
        <translation>Das Client-Secret kann nicht auf der Befehlszeile angegeben werden, wo andere Benutzer es in der Prozessliste lesen können. Setzen Sie stattdessen die Umgebungsvariable AURA_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>Use either --account or --client-id, not both.</source>
        <translation>Verwenden Sie entweder --account oder --client-id, nicht beides.</translation>
    </message>
    <message>
        <source>--sandbox connects to the local sandbox: it cannot be combined with an account.</source>
        <translation>--sandbox verbindet mit der lokalen Sandbox: Es kann nicht mit einem Konto kombiniert werden.</translation>
    </message>
    <message>
        <source>--%1 needs a complete URL, such as %2.</source>
        <translation>--%1 braucht eine vollständige URL, etwa %2.</translation>
    </message>
    <message>
        <source>--account and --client-id need a non-empty value.</source>
        <translation>--account und --client-id brauchen einen nicht leeren Wert.</translation>
    </message>
    <message>
        <source>Multiply every duration of the local sandbox by F (0.1 makes a 90 s creation take 9 s); default 1.</source>
        <translation>Jede Dauer der lokalen Sandbox mit F multiplizieren (0.1 lässt eine Erstellung von 90 s nur 9 s dauern); Vorgabe 1.</translation>
    </message>
    <message>
        <source>--sandbox-time-scale takes a number, 0 or more.</source>
        <translation>--sandbox-time-scale erwartet eine Zahl, 0 oder größer.</translation>
    </message>
    <message>
        <source>The API dialect of --account or --client-id: aura-v1 (the live service, default) or seed.</source>
        <translation>Der API-Dialekt von --account oder --client-id: aura-v1 (der Live-Dienst, Standard) oder seed.</translation>
    </message>
    <message>
        <source>The API dialect the local sandbox speaks: aura-v1 (the live service, default) or seed (spec/openapi.yml).</source>
        <translation>Der API-Dialekt der lokalen Sandbox: aura-v1 (der Live-Dienst, Standard) oder seed (spec/openapi.yml).</translation>
    </message>
    <message>
        <source>--api-url, --token-url and --api-dialect apply to --account or --client-id: give one of them.</source>
        <translation>--api-url, --token-url und --api-dialect gelten für --account oder --client-id: geben Sie eines davon an.</translation>
    </message>
    <message>
        <source>--api-dialect takes aura-v1 or seed.</source>
        <translation>--api-dialect erwartet aura-v1 oder seed.</translation>
    </message>
    <message>
        <source>--sandbox-dialect takes aura-v1 or seed.</source>
        <translation>--sandbox-dialect erwartet aura-v1 oder seed.</translation>
    </message>
</context>
<context>
    <name>ConnectionChoice</name>
    <message>
        <source>There is no account called &quot;%1&quot;: no account is set up yet. Add one in the console, or use --client-id with the secret in AURA_CLIENT_SECRET.</source>
        <translation>Es gibt kein Konto namens „%1“: Es ist noch kein Konto eingerichtet. Fügen Sie in Aura Console eines hinzu, oder verwenden Sie --client-id mit dem Secret in AURA_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>Several accounts are called &quot;%1&quot; in different cases: give the exact name (one of: %2).</source>
        <translation>Mehrere Konten heißen „%1“ in unterschiedlicher Groß-/Kleinschreibung: Geben Sie den genauen Namen an (einer von: %2).</translation>
    </message>
    <message>
        <source>There is no account called &quot;%1&quot;. The accounts are: %2.</source>
        <translation>Es gibt kein Konto namens „%1“. Vorhandene Konten: %2.</translation>
    </message>
    <message>
        <source>--%1 %2: %3</source>
        <translation>--%1 %2: %3</translation>
    </message>
    <message>
        <source>--client-id needs the client secret in the environment variable AURA_CLIENT_SECRET (it is never read from the command line).</source>
        <translation>--client-id braucht das Client-Secret in der Umgebungsvariablen AURA_CLIENT_SECRET (es wird nie von der Befehlszeile gelesen).</translation>
    </message>
</context>
<context>
    <name>ConnectionSummary</name>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Connected. This API key sees no projects yet: ask to be added to one in the Aura console.</source>
        <translation>Verbunden. Dieser API-Schlüssel sieht noch keine Projekte: Lassen Sie sich in der Aura-Konsole zu einem hinzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n project(s) (%1).</source>
        <translation>
            <numerusform>Verbunden: %n Projekt (%1).</numerusform>
            <numerusform>Verbunden: %n Projekte (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceActions</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Select an instance first.</source>
        <translation>Wählen Sie zuerst eine Instanz aus.</translation>
    </message>
    <message>
        <source>Select a single instance.</source>
        <translation>Wählen Sie genau eine Instanz aus.</translation>
    </message>
    <message>
        <source>Select one or more instances first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Instanzen aus.</translation>
    </message>
    <message>
        <source>Not connected to the Aura API.</source>
        <translation>Nicht mit der Aura-API verbunden.</translation>
    </message>
    <message>
        <source>This instance has no connection URL yet.</source>
        <translation>Diese Instanz hat noch keine Verbindungs-URL.</translation>
    </message>
    <message>
        <source>Free instances cannot be paused by hand (“%1”); they pause by themselves when idle.</source>
        <translation>Kostenlose Instanzen können nicht manuell pausiert werden („%1“); sie pausieren von selbst, wenn sie nicht genutzt werden.</translation>
    </message>
    <message>
        <source>Only running instances can be paused; “%1” is %2.</source>
        <translation>Nur laufende Instanzen können pausiert werden; „%1“ ist %2.</translation>
    </message>
    <message>
        <source>Only paused instances can be resumed; “%1” is %2.</source>
        <translation>Nur pausierte Instanzen können fortgesetzt werden; „%1“ ist %2.</translation>
    </message>
    <message>
        <source>Free instances cannot be resized (“%1”).</source>
        <translation>Bei kostenlosen Instanzen kann die Größe nicht geändert werden („%1“).</translation>
    </message>
    <message>
        <source>Only running instances can be resized; “%1” is %2.</source>
        <translation>Nur bei laufenden Instanzen kann die Größe geändert werden; „%1“ ist %2.</translation>
    </message>
    <message>
        <source>Free instances have no on-demand snapshots (“%1”).</source>
        <translation>Kostenlose Instanzen haben keine manuellen Snapshots („%1“).</translation>
    </message>
    <message>
        <source>Only running instances can be snapshotted; “%1” is %2.</source>
        <translation>Nur von laufenden Instanzen kann ein Snapshot erstellt werden; „%1“ ist %2.</translation>
    </message>
    <message>
        <source>Free instances cannot be overwritten (“%1”).</source>
        <translation>Kostenlose Instanzen können nicht überschrieben werden („%1“).</translation>
    </message>
    <message>
        <source>Only running instances can be overwritten; “%1” is %2.</source>
        <translation>Nur laufende Instanzen können überschrieben werden; „%1“ ist %2.</translation>
    </message>
    <message>
        <source>Free instances have no snapshots to restore (“%1”).</source>
        <translation>Kostenlose Instanzen haben keine Snapshots zum Wiederherstellen („%1“).</translation>
    </message>
    <message>
        <source>“%1” is being deleted.</source>
        <translation>„%1“ wird gelöscht.</translation>
    </message>
    <message>
        <source>“%1” is already being deleted.</source>
        <translation>„%1“ wird bereits gelöscht.</translation>
    </message>
    <message>
        <source>This service restores a snapshot into a new instance only.</source>
        <translation>Dieser Dienst stellt einen Snapshot nur in eine neue Instanz wieder her.</translation>
    </message>
    <message>
        <source>Only running instances can be restored in place; “%1” is %2.</source>
        <translation>Nur laufende Instanzen können auf einen Snapshot zurückgesetzt werden; „%1“ ist %2.</translation>
    </message>
    <message>
        <source>This service does not upgrade instances.</source>
        <translation>Dieser Dienst bietet kein Upgrade von Instanzen.</translation>
    </message>
    <message>
        <source>Only Professional instances can be upgraded to Business Critical; “%1” is %2.</source>
        <translation>Nur Professional-Instanzen können auf Business Critical aufgerüstet werden; „%1“ ist %2.</translation>
    </message>
    <message>
        <source>of an unknown type</source>
        <translation>von unbekanntem Typ</translation>
    </message>
    <message>
        <source>Only running instances can be upgraded; “%1” is %2.</source>
        <translation>Nur laufende Instanzen können aufgerüstet werden; „%1“ ist %2.</translation>
    </message>
</context>
<context>
    <name>MetricsStore</name>
    <message>
        <source>The SQLite driver of Qt is not installed.</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert.</translation>
    </message>
    <message>
        <source>The history was written by a newer console.</source>
        <translation>Der Verlauf wurde von einer neueren Konsole geschrieben.</translation>
    </message>
    <message>
        <source>The metrics history cannot be used (%1).</source>
        <translation>Der Metrikverlauf kann nicht verwendet werden (%1).</translation>
    </message>
</context>
<context>
    <name>MetricsWords</name>
    <message>
        <source>%1% CPU</source>
        <translation>%1 % CPU</translation>
    </message>
    <message>
        <source>%1% heap</source>
        <translation>%1 % Heap</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation>%1 % belegt</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <extracomment>%1: percent used, %2: the instance&apos;s storage (&quot;16 GB&quot;)</extracomment>
        <translation>%1 % von %2</translation>
    </message>
    <message>
        <source>%1 a second</source>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <source>median %1 ms</source>
        <translation>Median %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestedChange</name>
    <message>
        <source>%1 storage</source>
        <translation>%1 Speicher</translation>
    </message>
    <message>
        <source>vector optimization on</source>
        <translation>Vektoroptimierung an</translation>
    </message>
    <message>
        <source>vector optimization off</source>
        <translation>Vektoroptimierung aus</translation>
    </message>
    <message>
        <source>Graph Analytics plugin on</source>
        <translation>Graph-Analytics-Plugin an</translation>
    </message>
    <message>
        <source>Graph Analytics plugin off</source>
        <translation>Graph-Analytics-Plugin aus</translation>
    </message>
    <message numerus="yes">
        <source>%n secondaries</source>
        <translation>
            <numerusform>%n Secondary</numerusform>
            <numerusform>%n Secondaries</numerusform>
        </translation>
    </message>
    <message>
        <source>CDC %1</source>
        <translation>CDC %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a change</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SnapshotWords</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
</context>
<context>
    <name>StatusPresentation</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>status · how long</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>status to the change asked for</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 · %2 requested</source>
        <comment>status · the change asked for</comment>
        <translation>%1 · %2 angefordert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>Bildschirmfoto kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>cannot start the sandbox on the loopback interface</source>
        <translation>Sandbox kann nicht auf der Loopback-Schnittstelle gestartet werden</translation>
    </message>
    <message>
        <source>the keychain did not confirm a change before quitting; check the keychain for it</source>
        <translation>der Schlüsselbund hat eine Änderung vor dem Beenden nicht bestätigt; prüfen Sie den Schlüsselbund</translation>
    </message>
</context>
</TS>
