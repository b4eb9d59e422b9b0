<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Account</name>
    <message>
        <source>Enter a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a complete URL, such as https://api.neo4j.io/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https://: plain http would send the credentials unencrypted. It is only allowed to this computer (localhost, 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user name and password from the URL: the client id and secret go in their fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another account is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id of the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id must not start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>(Server: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation is still running on this instance. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the request. Check the values and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts the sign-in. Check the API client credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs a paid plan or a payment method on the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found. It may have been deleted; refresh to see the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this here (for example, the project&apos;s instance limit is reached).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is busy with another change. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request format. This is a bug in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is not available for this instance (for example, a free instance cannot be overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Aura service had a problem (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Aura API sent an answer the console cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret could not be read from the keychain. Enter it again in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection, any proxy or firewall, and the URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the Aura API%1.</source>
        <extracomment>%1: &quot; at &lt;host&gt; (&lt;cause&gt;)&quot;, or empty when neither is known</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Aura API did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Aura API at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong credentials: the service refused this client id and secret. Compare them with the API key in the Aura console (Account settings, API keys). The secret is shown only once, when the key is created: if you no longer have it, create a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing permission: the credentials are valid, but this API key may not do that. Its access follows the roles of the user who created it; ask an administrator of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be read (%1). Is %2 the Aura API?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to connect without a secure (HTTPS) connection, or the server&apos;s certificate is not trusted, so nothing was sent. Use https:// URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id for Neo4j support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to this request was lost on the way, so whether it was carried out is not known yet. The console checks with the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to this request was lost on the way (%1), so whether it was carried out is not known yet. The console checks with the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console did not send its access token to %1: it goes only to the Aura service&apos;s own hosts (*.neo4j.io), because it opens the whole account.</source>
        <extracomment>%1: the URL the console would not send its token to</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::AccountInfo</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
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
</context>
<context>
    <name>Aura::AccountSession</name>
    <message>
        <source>Requests are held back until %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::AccountsController</name>
    <message>
        <source>Enter the client secret of the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The client secret of &quot;%1&quot; is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is saved, but its client secret is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; is kept in memory until Aura Console quits; it was not written anywhere. You will be asked for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from Aura Console. Its client secret may remain in the keychain as &quot;%2&quot;: delete it there once the keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is kept for this account: enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its secrets from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not removed: its secrets could not be deleted from the keychain. Try again once the keychain is available, or remove the account anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::AccountsDialog</name>
    <message>
        <source>Aura API Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtain a token with these credentials and list the projects they can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once when the API key was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard the changes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Its client secret and the database passwords kept for its instances are deleted from the keychain. The API key itself stays valid in the Aura console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::ActivityLog</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::CompletionWatcher</name>
    <message>
        <source>“%1” is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of “%1” completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 (creating it took %3)</source>
        <extracomment>%1 the instance, %2 its status as the server says it, %3 a duration</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 (pausing it took %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 (resuming it took %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 (deleting it took %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 (resizing it took %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 (restoring it took %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 (overwriting it took %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating “%1” failed: %2 (after %3)</source>
        <extracomment>%1 the instance, %2 its status as the server says it, %3 a duration</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing “%1” failed: %2 (after %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming “%1” failed: %2 (after %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1” failed: %2 (after %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resizing “%1” failed: %2 (after %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring “%1” failed: %2 (after %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwriting “%1” failed: %2 (after %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 (changing it took %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 (upgrading it took %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing “%1” failed: %2 (after %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading “%1” failed: %2 (after %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::ConfigurationPicker</name>
    <message>
        <source>AuraDB Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuraDB Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuraDB Virtual Dedicated Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuraDB Business Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuraDS Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuraDS Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud (gcp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Web Services (aws)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Azure (azure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neo4j %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neo4j version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the server for the chosen memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;orage:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::ConfirmDeleteDialog</name>
    <message>
        <source>Delete Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Delete %1?&lt;/b&gt;&lt;br&gt;The instance and all the data it holds are destroyed; this cannot be undone. Billing for it stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::ConsoleApp</name>
    <message>
        <source>Sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for accounts stored in File &gt; Accounts: for this connection the password could not be shown again or removed with its account. Copy it or save it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stored account to keep it with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::ConsolePage</name>
    <message>
        <source>Projects and instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::ConsoleSession</name>
    <message>
        <source>%1 The last known data stays visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem of one of several accounts: %1 the account&apos;s name, %2 the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::CreateInstanceDialog</name>
    <message>
        <source>Create Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the combinations your project allows are offered. The instance is billed from the moment it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project to create an instance in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project allows no instance configurations, so no instance can be created in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>project name (its id, to tell projects of one name apart)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::CredentialsDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is being created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is being restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the only time the password is shown.&lt;/b&gt; Copy it or save it now: it cannot be shown again. Without it you can only reset it in the Aura web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy connection URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the credentials to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes %1, readable by you only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the password in the system &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait about 60 seconds before connecting: the database is still starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection URL copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Password copied. It is removed from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>Password copied. It is removed from the clipboard in %n second.</numerusform>
            <numerusform>Password copied. It is removed from the clipboard in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Without Saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was neither copied nor saved. Once this window is closed it cannot be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is running: you can connect now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::CredentialsFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request id, for Neo4j support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::FilterBar</name>
    <message>
        <source>Search by name, id, region, type...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running or paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all projects</source>
        <extracomment>The project filter&apos;s entry for every project of one account</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::FormDialog</name>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::InstanceActionSet</name>
    <message>
        <source>&amp;New Instance...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the selected instances: compute stops, data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the selected paused instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the memory of the selected instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected instances and all their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take an on-demand snapshot of the selected instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new instance from one of the selected instance&apos;s snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite from Snapshot...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected instance&apos;s data with a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Connection URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected instance&apos;s connection URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch everything from the Aura API now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resi&amp;ze...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore Snapshot to New Instance...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Snapshot in Pl&amp;ace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected instance&apos;s data with one of its own snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Instance from Snapshot...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new instance from one of the selected instance&apos;s exportable snapshots; it is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up&amp;grade to Business Critical...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected Professional instance a Business Critical one (billed at another rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resi&amp;ze or Change...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the memory, storage and settings (vectors, plugin, secondaries, CDC) of the selected instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize</source>
        <comment>toolbar button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::InstanceController</name>
    <message>
        <source>Pause instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pause %n instance(s): %1?</source>
        <translation>
            <numerusform>Pause %n instance: %1?</numerusform>
            <numerusform>Pause %n instances: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>A paused instance cannot serve queries until it is resumed; its data is kept and only storage is billed meanwhile. Resuming takes a few minutes. Aura resumes instances that stay paused for 30 days by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::InstanceDetailsPanel</name>
    <message>
        <source>Instance details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an instance to see its details, snapshots and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud and region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory and storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neo4j version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 memory, %2 storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (first seen %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free instances pause by themselves after 72 hours without use and cannot be paused by hand; one that stays paused for 30 days is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vector optimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph Analytics plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secondaries</source>
        <translation>
            <numerusform>%n secondary</numerusform>
            <numerusform>%n secondaries</numerusform>
        </translation>
    </message>
    <message>
        <source>CDC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between settings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer-managed key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::InstanceSettingsEditor</name>
    <message>
        <source>Tunes the instance for vector indexes and similarity search; needs at least %1GB of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graph Analytics plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph Data Science library inside the database (Professional instances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only copies that take read queries off the primary; each is billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;econdaries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change data capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences (DIFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full states (FULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;data capture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off: vector optimization needs at least %1GB of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs at least %1GB of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector opt&amp;imized</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::InstanceTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now, updating to %2: the new size shows once the change lands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>size now → size asked for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, changing to %2</source>
        <comment>status, the change asked for</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::Inventory</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::KeptPasswordView</name>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the kept password from the keychain. The database keeps its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain no longer holds a password for this instance. If it is lost, reset it in the Aura console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget Database Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the kept password of this instance from the keychain? The service cannot show it again; to connect without it, reset the password in the Aura console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be deleted from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is no longer kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::KeyChoice</name>
    <message>
        <source>Encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by Aura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (customer-managed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2: not usable yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some customer-managed keys could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no ready key of its own for %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::KeychainErrorPanel</name>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for This Session Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the secret in memory until Aura Console quits. It is not written anywhere; you will be asked for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account from Aura Console; its keychain entries stay until you delete them in the keychain itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the keychain gave no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain of your system is not available.
The keychain said: %1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the login keychain in Keychain Access, allow Aura Console to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the Windows Credential Manager service is running for your user, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aura Console keeps secrets in the Secret Service of your desktop session. Install and start GNOME Keyring (package gnome-keyring) or KWallet, unlock it (it usually unlocks when you log in), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>&amp;Accounts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in progress</source>
        <translation>
            <numerusform>%n operation in progress</numerusform>
            <numerusform>%n operations in progress</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing the last known data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited: showing the last known data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a local Aura API with demo data to the tree: every operation, no account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the service refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh This Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Instances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::NameField</name>
    <message>
        <source>Enter a name for the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::NoMatchPanel</name>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance matches the chosen status and project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::OperationReporter</name>
    <message>
        <source>%1 “%2”</source>
        <extracomment>The title of an operation in the banner and notifications: %1 its name as in the activity panel (&quot;Pause&quot;, &quot;Take snapshot&quot;), %2 the instance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 an operation&apos;s title (&quot;Pause “orders”&quot;), %2 why it failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <extracomment>%1 an operation&apos;s title (&quot;Pause “orders”&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 an operation&apos;s title (&quot;Pause “orders”&quot;), %2 what is known</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::OverwriteInstanceDialog</name>
    <message>
        <source>Overwrite Instance from a Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;All data in %1 will be replaced.&lt;/b&gt;&lt;br&gt;The instance &lt;b&gt;%1&lt;/b&gt; loses everything it holds now and gets the data of the snapshot you choose below. This cannot be undone; take a snapshot of it first if you may need its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance that will lose its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance whose snapshot is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this instance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite the instance&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a &amp;fresh snapshot of the source now and use it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::ProvisioningController</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshots of “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1. Copy it or save it to a file now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service accepted the restore but did not say which instance it made; refresh to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New instance from snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the create was lost on the way. Checking whether “%1” was created...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created, but its one-time password did not reach the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not created: no such instance appeared in the project within a minute. You can create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Not Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was created, but its one-time password did not reach the console: reset it in the Aura console, or delete this instance and create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Aura Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::RenameDialog</name>
    <message>
        <source>Rename Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1. Renaming changes only the name shown; the id and the connection URL stay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::ResizeDialog</name>
    <message>
        <source>Resize Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 memory, %2 storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New memory size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage after resizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resizing changes the memory of the instance, the storage that comes with it, and what it costs. The data and the connection URL stay the same. The instance is updated in the background, which can take several minutes; until that is done it cannot be changed again, and it may still show the old size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project allows no other memory size for a %1 instance in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the server for the chosen memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize or Change Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New storage size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New s&amp;torage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change is billed from when it lands. The data and the connection URL stay the same. The service changes the instance in the background, which can take several minutes; until that is done it cannot be changed again, and it still shows the old values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::RestoreInPlaceDialog</name>
    <message>
        <source>Restore Snapshot in Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 goes back to the snapshot you choose.&lt;/b&gt;&lt;br&gt;Everything written to &lt;b&gt;%1&lt;/b&gt; since that snapshot was taken is lost, and the instance is unavailable while it is restored. No new instance is made. This cannot be undone; take a snapshot first if you may need the data it holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance that will lose its newer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore in Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the instance&apos;s data with the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::RestoreSnapshotDialog</name>
    <message>
        <source>Restore Snapshot to a New Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new instance with the data of a snapshot of &lt;b&gt;%1&lt;/b&gt;. The instance &lt;b&gt;%1&lt;/b&gt; itself is not changed. The new instance is billed from the moment it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to a new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project allows no instance configurations, so no instance can be created in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Instance from a Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new instance with the data of an exportable snapshot of &lt;b&gt;%1&lt;/b&gt;, with at least its memory and storage. The instance &lt;b&gt;%1&lt;/b&gt; itself is not changed. The new instance is billed from the moment it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new instance needs at least the memory of “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new instance needs at least the storage of “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::SnapshotPicker</name>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading snapshots...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a completed snapshot can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot is not exportable, so no new instance can be made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance has no snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these snapshots can be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::SnapshotTableModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::SnapshotsPane</name>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the snapshots shown (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exportable only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the snapshots a new instance can be made from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::TenantTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::TypeToConfirm</name>
    <message>
        <source>To confirm, type the instance name &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the instance id &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the instance name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the instance id to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aura::UpgradeDialog</name>
    <message>
        <source>Upgrade to Business Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade &lt;b&gt;%1&lt;/b&gt; to AuraDB Business Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The instance becomes a &lt;b&gt;%1&lt;/b&gt; instance: it runs as a cluster across availability zones, keeps hourly snapshots for a week and daily ones for 30 days, and can have secondaries.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It is billed at Business Critical rates&lt;/b&gt; from when the upgrade lands. The data and the connection URL stay the same. The console cannot turn it back into a Professional instance.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also change the &amp;size (memory and storage together)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory after the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage after the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 memory, %3 storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;torage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project lists no Business Critical sizes in %1</source>
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
    <message>
        <source>Connect with the stored account called NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with this API client id; the client secret is read from the environment variable AURA_CLIENT_SECRET (never from the command line). For scripted runs and CI: no keychain is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL for --account or --client-id (default https://api.neo4j.io/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token URL for --account or --client-id (default https://api.neo4j.io/oauth/token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the names of the stored accounts, one a line, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret cannot be given on the command line, where other users can read it in the process list. Set the environment variable AURA_CLIENT_SECRET instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --account or --client-id, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox connects to the local sandbox: it cannot be combined with an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a complete URL, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account and --client-id need a non-empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiply every duration of the local sandbox by F (0.1 makes a 90 s creation take 9 s); default 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-time-scale takes a number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API dialect of --account or --client-id: aura-v1 (the live service, default) or seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API dialect the local sandbox speaks: aura-v1 (the live service, default) or seed (spec/openapi.yml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-url, --token-url and --api-dialect apply to --account or --client-id: give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-dialect takes aura-v1 or seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-dialect takes aura-v1 or seed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionChoice</name>
    <message>
        <source>There is no account called &quot;%1&quot;: no account is set up yet. Add one in the console, or use --client-id with the secret in AURA_CLIENT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several accounts are called &quot;%1&quot; in different cases: give the exact name (one of: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account called &quot;%1&quot;. The accounts are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id needs the client secret in the environment variable AURA_CLIENT_SECRET (it is never read from the command line).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSummary</name>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. This API key sees no projects yet: ask to be added to one in the Aura console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n project(s) (%1).</source>
        <translation>
            <numerusform>Connected: %n project (%1).</numerusform>
            <numerusform>Connected: %n projects (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceActions</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an instance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a single instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more instances first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the Aura API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance has no connection URL yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free instances cannot be paused by hand (“%1”); they pause by themselves when idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only running instances can be paused; “%1” is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only paused instances can be resumed; “%1” is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free instances cannot be resized (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only running instances can be resized; “%1” is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free instances have no on-demand snapshots (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only running instances can be snapshotted; “%1” is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free instances cannot be overwritten (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only running instances can be overwritten; “%1” is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free instances have no snapshots to restore (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service restores a snapshot into a new instance only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only running instances can be restored in place; “%1” is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service does not upgrade instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Professional instances can be upgraded to Business Critical; “%1” is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of an unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only running instances can be upgraded; “%1” is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsStore</name>
    <message>
        <source>The SQLite driver of Qt is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was written by a newer console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics history cannot be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsWords</name>
    <message>
        <source>%1% CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <extracomment>%1: percent used, %2: the instance&apos;s storage (&quot;16 GB&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestedChange</name>
    <message>
        <source>%1 storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vector optimization on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vector optimization off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph Analytics plugin on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph Analytics plugin off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secondaries</source>
        <translation>
            <numerusform>%n secondary</numerusform>
            <numerusform>%n secondaries</numerusform>
        </translation>
    </message>
    <message>
        <source>CDC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a change</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotWords</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPresentation</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>status · how long</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>status to the change asked for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 requested</source>
        <comment>status · the change asked for</comment>
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
        <source>the keychain did not confirm a change before quitting; check the keychain for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
