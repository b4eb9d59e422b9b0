<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Sandbox at %1</source>
        <translation>Sandbox unter %1</translation>
    </message>
</context>
</TS>
