<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Aura::MainWindow</name>
    <message>
        <source>Aura Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Aura Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Aura Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Aura Console %1&lt;/h3&gt;&lt;p&gt;A native desktop console for the Neo4j Aura API.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::WelcomePanel</name>
    <message>
        <source>Welcome to Aura Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every project, instance and snapshot of your Neo4j Aura account, watch their status live, and manage them safely.

Connect with an Aura API key, or try every operation on a local sandbox first: no account needed, nothing is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Aura API credentials...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Aura API credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local Aura API with demo data and connect to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Aura Console: see and manage your Neo4j Aura instances and snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local Aura API with demo data and connect to it: every operation works offline, without an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window once the first data has loaded, save it as a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the sandbox on the loopback interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
