<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>The address %1 could not be found (DNS). Check that this computer is connected to the internet and that the service address in the settings is right; if the company uses a proxy, set it in Settings → Proxy.</source>
        <translation>The address %1 could not be found (DNS). Check that this computer is connected to the internet and that the service address in the settings is right; if the company uses a proxy, set it in Settings → Proxy.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing answers at that address and port. Check the service address in the settings, or ask whoever looks after the network whether a firewall blocks Ponte.</source>
        <translation>%1 refused the connection: nothing answers at that address and port. Check the service address in the settings, or ask whoever looks after the network whether a firewall blocks Ponte.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed (%2). Check the computer&apos;s date and time; an antivirus or proxy that inspects HTTPS needs its certificate installed on this computer.</source>
        <translation>The secure connection (TLS) to %1 failed (%2). Check the computer&apos;s date and time; an antivirus or proxy that inspects HTTPS needs its certificate installed on this computer.</translation>
    </message>
    <message>
        <source>The proxy asked for a user name and password (HTTP 407) or refused the ones given. Enter them in Settings → Proxy.</source>
        <translation>The proxy asked for a user name and password (HTTP 407) or refused the ones given. Enter them in Settings → Proxy.</translation>
    </message>
    <message>
        <source>The proxy could not be reached or did not let the connection to %1 through. Check the proxy address and port in Settings → Proxy, or choose the system proxy.</source>
        <translation>The proxy could not be reached or did not let the connection to %1 through. Check the proxy address and port in Settings → Proxy, or choose the system proxy.</translation>
    </message>
    <message>
        <source>%1 did not accept a connection in time. Check the internet connection; a firewall may be silently dropping the connection.</source>
        <translation>%1 did not accept a connection in time. Check the internet connection; a firewall may be silently dropping the connection.</translation>
    </message>
    <message>
        <source>%1 took too long to answer.</source>
        <translation>%1 took too long to answer.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted.</source>
        <translation>The connection to %1 was interrupted.</translation>
    </message>
    <message>
        <source>Network error talking to %1.</source>
        <translation>Network error talking to %1.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Network error talking to %1: %2</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Omie and Ploomes credentials</source>
        <translation>Omie and Ploomes credentials</translation>
    </message>
    <message>
        <source>Ponte keeps these keys in the system keychain only: never in files, settings or logs.</source>
        <translation>Ponte keeps these keys in the system keychain only: never in files, settings or logs.</translation>
    </message>
    <message>
        <source>Omie</source>
        <translation>Omie</translation>
    </message>
    <message>
        <source>App Key:</source>
        <translation>App Key:</translation>
    </message>
    <message>
        <source>App Secret:</source>
        <translation>App Secret:</translation>
    </message>
    <message>
        <source>Ploomes</source>
        <translation>Ploomes</translation>
    </message>
    <message>
        <source>User-Key:</source>
        <translation>User-Key:</translation>
    </message>
    <message>
        <source>Show the keys</source>
        <translation>Show the keys</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>You are in the demonstration, which uses simulated services and needs no keys. The keys saved here are those of your real accounts: Ponte uses them when it starts without the demonstration.</source>
        <translation>You are in the demonstration, which uses simulated services and needs no keys. The keys saved here are those of your real accounts: Ponte uses them when it starts without the demonstration.</translation>
    </message>
    <message>
        <source>What Ponte found…</source>
        <translation>What Ponte found…</translation>
    </message>
    <message>
        <source>Every id, type, default and limit Ponte will rely on, read without writing anything</source>
        <translation>Every id, type, default and limit Ponte will rely on, read without writing anything</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ponte</source>
        <translation>Ponte</translation>
    </message>
    <message>
        <source>Omie ⇄ Ploomes</source>
        <translation>Omie ⇄ Ploomes</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Preview (writes nothing)</source>
        <translation>Preview (writes nothing)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>No sync is running.</source>
        <translation>No sync is running.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Bring Omie orders into Ploomes from</source>
        <translation>Bring Omie orders into Ploomes from</translation>
    </message>
    <message>
        <source>Send Ploomes orders to Omie from</source>
        <translation>Send Ploomes orders to Omie from</translation>
    </message>
    <message>
        <source>Changed on both sides:</source>
        <translation>Changed on both sides:</translation>
    </message>
    <message>
        <source>Schedule outside business hours</source>
        <translation>Schedule outside business hours</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Turn off</translation>
    </message>
    <message>
        <source>Edit the field mapping…</source>
        <translation>Edit the field mapping…</translation>
    </message>
    <message>
        <source>The conta corrente of the orders Ponte creates in Omie</source>
        <translation>The conta corrente of the orders Ponte creates in Omie</translation>
    </message>
    <message>
        <source>The categoria of the orders Ponte creates in Omie</source>
        <translation>The categoria of the orders Ponte creates in Omie</translation>
    </message>
    <message>
        <source>The parcela (payment terms) of the orders Ponte creates in Omie</source>
        <translation>The parcela (payment terms) of the orders Ponte creates in Omie</translation>
    </message>
    <message>
        <source>The etapa (stage) of the orders Ponte creates in Omie</source>
        <translation>The etapa (stage) of the orders Ponte creates in Omie</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Port on which Ponte receives Omie&apos;s webhooks while it is open; off to rely on polling</source>
        <translation>Port on which Ponte receives Omie&apos;s webhooks while it is open; off to rely on polling</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation>Field mapping</translation>
    </message>
    <message>
        <source>Schedule and options</source>
        <translation>Schedule and options</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Omie:</source>
        <translation>Omie:</translation>
    </message>
    <message>
        <source>Ploomes:</source>
        <translation>Ploomes:</translation>
    </message>
    <message>
        <source>Credentials…</source>
        <translation>Credentials…</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <source>Next scheduled sync:</source>
        <translation>Next scheduled sync:</translation>
    </message>
    <message>
        <source>Waiting to be written:</source>
        <translation>Waiting to be written:</translation>
    </message>
    <message>
        <source>In quarantine:</source>
        <translation>In quarantine:</translation>
    </message>
    <message>
        <source>Search records…</source>
        <translation>Search records…</translation>
    </message>
    <message>
        <source>Runs from:</source>
        <translation>Runs from:</translation>
    </message>
    <message>
        <source>Export runs…</source>
        <translation>Export runs…</translation>
    </message>
    <message>
        <source>Export records…</source>
        <translation>Export records…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>The field mapping says which Omie field fills which Ploomes field, and in which direction. The usual fields come mapped already; your own Ploomes fields can be added by dragging an Omie field onto them.</source>
        <translation>The field mapping says which Omie field fills which Ploomes field, and in which direction. The usual fields come mapped already; your own Ploomes fields can be added by dragging an Omie field onto them.</translation>
    </message>
    <message>
        <source>Heavy sync</source>
        <translation>Heavy sync</translation>
    </message>
    <message>
        <source>Older orders</source>
        <translation>Older orders</translation>
    </message>
    <message>
        <source>Orders sent to Omie</source>
        <translation>Orders sent to Omie</translation>
    </message>
    <message>
        <source>Conta corrente:</source>
        <translation>Conta corrente:</translation>
    </message>
    <message>
        <source>Categoria:</source>
        <translation>Categoria:</translation>
    </message>
    <message>
        <source>Parcela:</source>
        <translation>Parcela:</translation>
    </message>
    <message>
        <source>Etapa:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Load the lists from Omie</source>
        <translation>Load the lists from Omie</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Saved data:</source>
        <translation>Saved data:</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <source>Omie notifications</source>
        <translation>Omie notifications</translation>
    </message>
    <message>
        <source>While Ponte is open it can receive Omie&apos;s notices of changes (webhooks) and sync them at once. Off, it looks for changes every few minutes instead.</source>
        <translation>While Ponte is open it can receive Omie&apos;s notices of changes (webhooks) and sync them at once. Off, it looks for changes every few minutes instead.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Listen on:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Deleted records</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Field mapping</source>
        <translation>Field mapping</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Restore the defaults</translation>
    </message>
    <message>
        <source>Pick an Omie field and a Ploomes field, then press Map (Ctrl+M), or drag one onto the other. Ploomes fields the chosen Omie field cannot fill are greyed out and skipped.</source>
        <translation>Pick an Omie field and a Ploomes field, then press Map (Ctrl+M), or drag one onto the other. Ploomes fields the chosen Omie field cannot fill are greyed out and skipped.</translation>
    </message>
    <message>
        <source>&amp;Omie fields</source>
        <translation>&amp;Omie fields</translation>
    </message>
    <message>
        <source>Search Omie fields…</source>
        <translation>Search Omie fields…</translation>
    </message>
    <message>
        <source>&amp;Map →</source>
        <translation>&amp;Map →</translation>
    </message>
    <message>
        <source>Maps the chosen Omie field to the chosen Ploomes field (Ctrl+M)</source>
        <translation>Maps the chosen Omie field to the chosen Ploomes field (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Ploomes fields</source>
        <translation>&amp;Ploomes fields</translation>
    </message>
    <message>
        <source>Search Ploomes fields…</source>
        <translation>Search Ploomes fields…</translation>
    </message>
    <message>
        <source>M&amp;apped (direction and what happens to the value)</source>
        <translation>M&amp;apped (direction and what happens to the value)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Change &amp;direction</source>
        <translation>Change &amp;direction</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
</context>
<context>
    <name>Ponte</name>
    <message>
        <source>%1: not found — %2</source>
        <translation>%1: not found — %2</translation>
    </message>
    <message>
        <source>%1: %2 (id %3) — %4</source>
        <translation>%1: %2 (id %3) — %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>Ponte::AboutDialog</name>
    <message>
        <source>About Ponte</source>
        <translation>About Ponte</translation>
    </message>
    <message>
        <source>Ponte keeps the Omie ERP and the Ploomes CRM of your company in step: clients, products and orders go from one to the other without typing them twice.</source>
        <translation>Ponte keeps the Omie ERP and the Ploomes CRM of your company in step: clients, products and orders go from one to the other without typing them twice.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. Built with Qt, QtKeychain and SQLite.</source>
        <translation>Free software under the MIT licence. Built with Qt, QtKeychain and SQLite.</translation>
    </message>
    <message>
        <source>Ponte</source>
        <translation>Ponte</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Third-party software</translation>
    </message>
</context>
<context>
    <name>Ponte::ApiError</name>
    <message>
        <source>The service is temporarily unavailable; Ponte will try again.</source>
        <translation>The service is temporarily unavailable; Ponte will try again.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable (%1); Ponte will try again.</source>
        <translation>The service is temporarily unavailable (%1); Ponte will try again.</translation>
    </message>
    <message numerus="yes">
        <source>The service asked Ponte to slow down and wait %n second(s).</source>
        <translation>
            <numerusform>The service asked Ponte to slow down and wait %n second.</numerusform>
            <numerusform>The service asked Ponte to slow down and wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service blocked this key for excessive use until %1. Ponte will not call it before then.</source>
        <translation>The service blocked this key for excessive use until %1. Ponte will not call it before then.</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>The record was not found.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Not found: %1</translation>
    </message>
    <message>
        <source>Refused by the service: %1</source>
        <translation>Refused by the service: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>Already exists (id %1): %2</source>
        <translation>Already exists (id %1): %2</translation>
    </message>
    <message>
        <source>Already exists: %1</source>
        <translation>Already exists: %1</translation>
    </message>
    <message>
        <source>The service sent a reply Ponte cannot understand: %1</source>
        <translation>The service sent a reply Ponte cannot understand: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The credentials were refused. Check the keys and try again.</source>
        <translation>The credentials were refused. Check the keys and try again.</translation>
    </message>
    <message>
        <source>The credentials were refused (%1). Check the keys and try again.</source>
        <translation>The credentials were refused (%1). Check the keys and try again.</translation>
    </message>
</context>
<context>
    <name>Ponte::Autostart</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Cannot create the folder of %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
    <message>
        <source>Cannot change %1.</source>
        <translation>Cannot change %1.</translation>
    </message>
</context>
<context>
    <name>Ponte::BrasiliaText</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a time and its zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Brasília time</source>
        <translation>Brasília time</translation>
    </message>
</context>
<context>
    <name>Ponte::BrazilianHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Tiradentes</source>
        <translation>Tiradentes</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Independence Day</translation>
    </message>
    <message>
        <source>Our Lady of Aparecida</source>
        <translation>Our Lady of Aparecida</translation>
    </message>
    <message>
        <source>All Souls&apos; Day</source>
        <translation>All Souls&apos; Day</translation>
    </message>
    <message>
        <source>Proclamation of the Republic</source>
        <translation>Proclamation of the Republic</translation>
    </message>
    <message>
        <source>Black Consciousness Day</source>
        <translation>Black Consciousness Day</translation>
    </message>
    <message>
        <source>Christmas</source>
        <translation>Christmas</translation>
    </message>
    <message>
        <source>Carnival</source>
        <translation>Carnival</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>Corpus Christi</source>
        <translation>Corpus Christi</translation>
    </message>
</context>
<context>
    <name>Ponte::Cli</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Run &quot;ponte-cli --help&quot; for usage.</source>
        <translation>Run &quot;ponte-cli --help&quot; for usage.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir needs a folder.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>Unknown command %1.</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(from %1)</translation>
    </message>
    <message>
        <source>There is no setting called %1.</source>
        <translation>There is no setting called %1.</translation>
    </message>
    <message>
        <source>Note: %1 is set in the environment and overrides this value for now.</source>
        <translation>Note: %1 is set in the environment and overrides this value for now.</translation>
    </message>
    <message>
        <source>Use: config list | config get KEY | config set KEY VALUE | config reset KEY</source>
        <translation>Use: config list | config get KEY | config set KEY VALUE | config reset KEY</translation>
    </message>
    <message>
        <source>Omie App Key: </source>
        <translation>Omie App Key: </translation>
    </message>
    <message>
        <source>Omie App Secret: </source>
        <translation>Omie App Secret: </translation>
    </message>
    <message>
        <source>Ploomes User-Key: </source>
        <translation>Ploomes User-Key: </translation>
    </message>
    <message>
        <source>Each line must look like name=value.</source>
        <translation>Each line must look like name=value.</translation>
    </message>
    <message>
        <source>Unknown credential %1 (use omie_app_key, omie_app_secret or ploomes_user_key).</source>
        <translation>Unknown credential %1 (use omie_app_key, omie_app_secret or ploomes_user_key).</translation>
    </message>
    <message>
        <source>No credential was given.</source>
        <translation>No credential was given.</translation>
    </message>
    <message>
        <source>Credentials saved in the system keychain.</source>
        <translation>Credentials saved in the system keychain.</translation>
    </message>
    <message>
        <source>Every stored credential of this data folder was removed.</source>
        <translation>Every stored credential of this data folder was removed.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>stored</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Omie App Key: %1</source>
        <translation>Omie App Key: %1</translation>
    </message>
    <message>
        <source>Omie App Secret: %1</source>
        <translation>Omie App Secret: %1</translation>
    </message>
    <message>
        <source>Ploomes User-Key: %1</source>
        <translation>Ploomes User-Key: %1</translation>
    </message>
    <message>
        <source>Use: credentials set | credentials clear | credentials status</source>
        <translation>Use: credentials set | credentials clear | credentials status</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>Credentials are missing. Store them with &quot;ponte-cli credentials set&quot; or set PONTE_OMIE_APP_KEY, PONTE_OMIE_APP_SECRET and PONTE_PLOOMES_USER_KEY.</source>
        <translation>Credentials are missing. Store them with &quot;ponte-cli credentials set&quot; or set PONTE_OMIE_APP_KEY, PONTE_OMIE_APP_SECRET and PONTE_PLOOMES_USER_KEY.</translation>
    </message>
    <message>
        <source>%1: connected, credentials accepted.</source>
        <translation>%1: connected, credentials accepted.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Unexpected argument %1.</translation>
    </message>
    <message>
        <source>Unknown entity %1 (use sellers, clients, products, services, orders, service-orders).</source>
        <translation>Unknown entity %1 (use sellers, clients, products, services, orders, service-orders).</translation>
    </message>
    <message>
        <source>Unknown direction %1 (use omie-to-ploomes, ploomes-to-omie or both).</source>
        <translation>Unknown direction %1 (use omie-to-ploomes, ploomes-to-omie or both).</translation>
    </message>
    <message>
        <source>%1 needs a date as YYYY-MM-DD.</source>
        <translation>%1 needs a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>about %1 left</translation>
    </message>
    <message>
        <source>Stopping after the record in progress…</source>
        <translation>Stopping after the record in progress…</translation>
    </message>
    <message>
        <source>Run %1: %2 in %3.</source>
        <translation>Run %1: %2 in %3.</translation>
    </message>
    <message>
        <source>Preview only: nothing was written.</source>
        <translation>Preview only: nothing was written.</translation>
    </message>
    <message>
        <source>Requests: Omie %1, Ploomes %2 (%3 throttled).</source>
        <translation>Requests: Omie %1, Ploomes %2 (%3 throttled).</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>See &quot;ponte-cli history show %1&quot; for every refused record and why.</source>
        <translation>See &quot;ponte-cli history show %1&quot; for every refused record and why.</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>There is no run %1.</translation>
    </message>
    <message>
        <source>Run %1 — %2 — %3 — started %4 — %5</source>
        <translation>Run %1 — %2 — %3 — started %4 — %5</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit needs a positive number.</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>No sync has run yet.</translation>
    </message>
    <message>
        <source>(preview)</source>
        <translation>(preview)</translation>
    </message>
    <message>
        <source>created %1, updated %2, failed %3</source>
        <translation>created %1, updated %2, failed %3</translation>
    </message>
    <message>
        <source>(Omie %1 req., Ploomes %2 req.)</source>
        <translation>(Omie %1 req., Ploomes %2 req.)</translation>
    </message>
    <message>
        <source>Use: quarantine retry [RUN_ID|--all]</source>
        <translation>Use: quarantine retry [RUN_ID|--all]</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be retried on the next sync.</source>
        <translation>
            <numerusform>%n record will be retried on the next sync.</numerusform>
            <numerusform>%n records will be retried on the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: quarantine [--json] | quarantine retry [RUN_ID|--all]</source>
        <translation>Use: quarantine [--json] | quarantine retry [RUN_ID|--all]</translation>
    </message>
    <message>
        <source>No record is in quarantine.</source>
        <translation>No record is in quarantine.</translation>
    </message>
    <message>
        <source>[attempt %1, next %2]</source>
        <translation>[attempt %1, next %2]</translation>
    </message>
    <message>
        <source>Use: mapping export FILE | mapping import FILE</source>
        <translation>Use: mapping export FILE | mapping import FILE</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>Mapping saved to %1.</translation>
    </message>
    <message>
        <source>The mapping was not imported:</source>
        <translation>The mapping was not imported:</translation>
    </message>
    <message>
        <source>Mapping imported.</source>
        <translation>Mapping imported.</translation>
    </message>
    <message>
        <source>Use either --enable or --disable.</source>
        <translation>Use either --enable or --disable.</translation>
    </message>
    <message>
        <source>--days takes weekdays 1 (Monday) to 7 (Sunday), e.g. 1-5 or 1,3,5.</source>
        <translation>--days takes weekdays 1 (Monday) to 7 (Sunday), e.g. 1-5 or 1,3,5.</translation>
    </message>
    <message>
        <source>Use: schedule show | schedule set [--time HH:MM] [--days 1-7] [--enable|--disable] [--off-hours]</source>
        <translation>Use: schedule show | schedule set [--time HH:MM] [--days 1-7] [--enable|--disable] [--off-hours]</translation>
    </message>
    <message>
        <source>Heavy sync: %1</source>
        <translation>Heavy sync: %1</translation>
    </message>
    <message>
        <source>enabled at %1 (Brasília time), days %2</source>
        <translation>enabled at %1 (Brasília time), days %2</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Next heavy sync: %1</source>
        <translation>Next heavy sync: %1</translation>
    </message>
    <message>
        <source>Business hours: %1–%2, days %3 (national holidays excluded); %4% of each API budget is used then.</source>
        <translation>Business hours: %1–%2, days %3 (national holidays excluded); %4% of each API budget is used then.</translation>
    </message>
    <message numerus="yes">
        <source>Polling for changes every %n minute(s).</source>
        <translation>
            <numerusform>Polling for changes every minute.</numerusform>
            <numerusform>Polling for changes every %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the heavy sync falls inside business hours; it will use only part of the API budgets.</source>
        <translation>Warning: the heavy sync falls inside business hours; it will use only part of the API budgets.</translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535.</source>
        <translation>--port needs a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Press Ctrl+C to stop.</translation>
    </message>
    <message>
        <source>sync started (%1)</source>
        <translation>sync started (%1)</translation>
    </message>
    <message>
        <source>run %1 %2: %3 written, %4 failed</source>
        <translation>run %1 %2: %3 written, %4 failed</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 takes no value.</translation>
    </message>
    <message>
        <source>Use: webhook serve [--port N] [--listen ADDRESS] | webhook url [--host NAME]</source>
        <translation>Use: webhook serve [--port N] [--listen ADDRESS] | webhook url [--host NAME]</translation>
    </message>
    <message>
        <source>--entities needs at least one entity (sellers, clients, products, services, orders, service-orders).</source>
        <translation>--entities needs at least one entity (sellers, clients, products, services, orders, service-orders).</translation>
    </message>
    <message>
        <source>--host needs a host name or address, such as ponte.example.com.br.</source>
        <translation>--host needs a host name or address, such as ponte.example.com.br.</translation>
    </message>
    <message>
        <source>Warning: there is no keychain to keep this token, so it changes at the next start and the address above stops working. Set PONTE_WEBHOOK_TOKEN to keep one.</source>
        <translation>Warning: there is no keychain to keep this token, so it changes at the next start and the address above stops working. Set PONTE_WEBHOOK_TOKEN to keep one.</translation>
    </message>
    <message>
        <source>Cannot receive webhooks on %1 port %2: %3</source>
        <translation>Cannot receive webhooks on %1 port %2: %3</translation>
    </message>
    <message>
        <source>Cannot start the scheduler.</source>
        <translation>Cannot start the scheduler.</translation>
    </message>
    <message>
        <source>Receiving webhooks on %1 port %2.</source>
        <translation>Receiving webhooks on %1 port %2.</translation>
    </message>
    <message>
        <source>The address to register in Omie holds a secret; print it with &quot;ponte-cli webhook url&quot;.</source>
        <translation>The address to register in Omie holds a secret; print it with &quot;ponte-cli webhook url&quot;.</translation>
    </message>
    <message>
        <source>Only this computer can reach it; use --listen 0.0.0.0 (or a proxy) to receive from Omie.</source>
        <translation>Only this computer can reach it; use --listen 0.0.0.0 (or a proxy) to receive from Omie.</translation>
    </message>
    <message>
        <source>Warning: there is no keychain to keep the webhook token, so it changes at the next start and the address registered in Omie stops working. Set PONTE_WEBHOOK_TOKEN to keep one.</source>
        <translation>Warning: there is no keychain to keep the webhook token, so it changes at the next start and the address registered in Omie stops working. Set PONTE_WEBHOOK_TOKEN to keep one.</translation>
    </message>
    <message>
        <source>check takes no arguments other than --json.</source>
        <translation>check takes no arguments other than --json.</translation>
    </message>
    <message>
        <source>The same as JSON, for automation: ponte-cli check --json</source>
        <translation>The same as JSON, for automation: ponte-cli check --json</translation>
    </message>
    <message>
        <source>Use: service install | service uninstall | service status</source>
        <translation>Use: service install | service uninstall | service status</translation>
    </message>
    <message>
        <source>The demonstration cannot be installed as a service.</source>
        <translation>The demonstration cannot be installed as a service.</translation>
    </message>
    <message>
        <source>The daemon reads the credentials from the system keychain of this user: store them first with &quot;ponte-cli credentials set&quot;.</source>
        <translation>The daemon reads the credentials from the system keychain of this user: store them first with &quot;ponte-cli credentials set&quot;.</translation>
    </message>
    <message>
        <source>Use: data wipe [--yes]</source>
        <translation>Use: data wipe [--yes]</translation>
    </message>
    <message>
        <source>A synchronisation is running in %1: stop it (close Ponte, stop ponte-cli daemon) and try again. Nothing was deleted.</source>
        <translation>A synchronisation is running in %1: stop it (close Ponte, stop ponte-cli daemon) and try again. Nothing was deleted.</translation>
    </message>
    <message>
        <source>Nothing was deleted: without a terminal, confirm with &quot;data wipe --yes&quot;.</source>
        <translation>Nothing was deleted: without a terminal, confirm with &quot;data wipe --yes&quot;.</translation>
    </message>
    <message>
        <source>This deletes, in %1, the database (history, quarantine, settings and field mapping) and the logs, and removes this data folder&apos;s keys from the system keychain. Close Ponte first.</source>
        <translation>This deletes, in %1, the database (history, quarantine, settings and field mapping) and the logs, and removes this data folder&apos;s keys from the system keychain. Close Ponte first.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm: </source>
        <translation>Type &quot;%1&quot; to confirm: </translation>
    </message>
    <message>
        <source>wipe</source>
        <translation>wipe</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nothing was deleted.</translation>
    </message>
    <message>
        <source>Could not delete %1; close Ponte and try again.</source>
        <translation>Could not delete %1; close Ponte and try again.</translation>
    </message>
    <message>
        <source>The data was deleted, but the keys could not be removed from the system keychain: %1</source>
        <translation>The data was deleted, but the keys could not be removed from the system keychain: %1</translation>
    </message>
    <message>
        <source>Deleted the database, the logs and the keys of %1.</source>
        <translation>Deleted the database, the logs and the keys of %1.</translation>
    </message>
    <message>
        <source>Without a system keychain (a service or a session without a desktop), set PONTE_OMIE_APP_KEY, PONTE_OMIE_APP_SECRET and PONTE_PLOOMES_USER_KEY for this process instead; they are never stored.</source>
        <translation>Without a system keychain (a service or a session without a desktop), set PONTE_OMIE_APP_KEY, PONTE_OMIE_APP_SECRET and PONTE_PLOOMES_USER_KEY for this process instead; they are never stored.</translation>
    </message>
    <message>
        <source>created %1, updated %2, unchanged %3, skipped %4, failed %5, conflicts %6, deleted %7</source>
        <translation>created %1, updated %2, unchanged %3, skipped %4, failed %5, conflicts %6, deleted %7</translation>
    </message>
    <message>
        <source>Usage: ponte-cli [--data-dir DIR] [--demo] [--verbose] COMMAND [options]

Ponte connects the Omie ERP with the Ploomes CRM.

Global options:
  --data-dir DIR      folder with the database, settings and logs (or PONTE_DATA_DIR)
  --demo              use the built-in simulators and a separate demo data folder
  --verbose           also print informational log lines on standard error
  --help, -h          show this help
  --version           show the version

Commands:
  check [--json]                    test both connections and credentials, then a read-only pre-flight
  sync [--entities LIST] [--direction omie-to-ploomes|ploomes-to-omie|both]
       [--backfill-omie-orders-since YYYY-MM-DD] [--backfill-ploomes-orders-since YYYY-MM-DD]
       [--full] [--dry-run] [--json]
                                    synchronise; entities: sellers, clients, products, services,
                                    orders, service-orders (default: all, in that order)
  history [--limit N] [--json|--csv] [--output FILE]
                                    the last runs (--csv: for Excel, to FILE or standard output)
  history show RUN_ID [--json|--csv] one run with every record and its reason
  history --csv --run N [--output FILE]
                                    the records of run N as CSV
  quarantine [--json]               records refused for a business reason, and when they retry
  quarantine retry [RUN_ID|--all]   retry them on the next sync
  mapping export FILE               save the field mapping as JSON
  mapping import FILE               load a field mapping (validated first)
  credentials set                   read the credentials from standard input and store them in
                                    the system keychain (lines omie_app_key=…, omie_app_secret=…,
                                    ploomes_user_key=…; asked for one by one on a terminal)
  credentials clear                 remove every stored credential of this data folder
  credentials status                say which credentials are stored (never their values)
  schedule show                     the heavy-sync schedule, business hours and next runs
  schedule set [--time HH:MM] [--days 1-7] [--enable|--disable] [--off-hours]
  daemon [--port N] [--listen ADDRESS]
                                    run the scheduler and the webhook receiver until stopped
  webhook serve [--port N] [--listen ADDRESS]
                                    receive Omie/Ploomes webhooks, sync what changed, and poll
                                    (receives on 127.0.0.1 unless ADDRESS or webhook.listen says
                                    otherwise, e.g. 0.0.0.0 for every network)
  webhook url [--host NAME]         print the address to register in Omie (it holds the secret token)
  service install|uninstall|status  run &quot;daemon&quot; under the system&apos;s service manager (systemd user
                                    unit, launchd agent, Task Scheduler), for a computer where
                                    nobody opens the desktop application
  config list                       list the non-secret settings and their values
  config get KEY                    print one setting
  config set KEY VALUE              change a setting
  config reset KEY                  go back to the default value

Environment: PONTE_DATA_DIR, PONTE_OMIE_URL, PONTE_PLOOMES_URL, PONTE_OMIE_APP_KEY,
PONTE_OMIE_APP_SECRET, PONTE_PLOOMES_USER_KEY (used for this process only, never stored),
PONTE_OMIE_RPM, PONTE_OMIE_TOTAL_RPM, PONTE_OMIE_CONCURRENCY, PONTE_OMIE_REDUNDANT_WINDOW_S,
PONTE_PLOOMES_RPS, PONTE_WEBHOOK_LISTEN, PONTE_WEBHOOK_TOKEN, PONTE_LANG (pt_BR or en).

Exit codes: 0 done; 1 finished with failed records; 2 usage or configuration error;
3 authentication refused; 4 service unreachable or blocked; 5 interrupted.
</source>
        <translation>Usage: ponte-cli [--data-dir DIR] [--demo] [--verbose] COMMAND [options]

Ponte connects the Omie ERP with the Ploomes CRM.

Global options:
  --data-dir DIR      folder with the database, settings and logs (or PONTE_DATA_DIR)
  --demo              use the built-in simulators and a separate demo data folder
  --verbose           also print informational log lines on standard error
  --help, -h          show this help
  --version           show the version

Commands:
  check [--json]                    test both connections and credentials, then a read-only pre-flight
  sync [--entities LIST] [--direction omie-to-ploomes|ploomes-to-omie|both]
       [--backfill-omie-orders-since YYYY-MM-DD] [--backfill-ploomes-orders-since YYYY-MM-DD]
       [--full] [--dry-run] [--json]
                                    synchronise; entities: sellers, clients, products, services,
                                    orders, service-orders (default: all, in that order)
  history [--limit N] [--json|--csv] [--output FILE]
                                    the last runs (--csv: for Excel, to FILE or standard output)
  history show RUN_ID [--json|--csv] one run with every record and its reason
  history --csv --run N [--output FILE]
                                    the records of run N as CSV
  quarantine [--json]               records refused for a business reason, and when they retry
  quarantine retry [RUN_ID|--all]   retry them on the next sync
  mapping export FILE               save the field mapping as JSON
  mapping import FILE               load a field mapping (validated first)
  credentials set                   read the credentials from standard input and store them in
                                    the system keychain (lines omie_app_key=…, omie_app_secret=…,
                                    ploomes_user_key=…; asked for one by one on a terminal)
  credentials clear                 remove every stored credential of this data folder
  credentials status                say which credentials are stored (never their values)
  schedule show                     the heavy-sync schedule, business hours and next runs
  schedule set [--time HH:MM] [--days 1-7] [--enable|--disable] [--off-hours]
  daemon [--port N] [--listen ADDRESS]
                                    run the scheduler and the webhook receiver until stopped
  webhook serve [--port N] [--listen ADDRESS]
                                    receive Omie/Ploomes webhooks, sync what changed, and poll
                                    (receives on 127.0.0.1 unless ADDRESS or webhook.listen says
                                    otherwise, e.g. 0.0.0.0 for every network)
  webhook url [--host NAME]         print the address to register in Omie (it holds the secret token)
  service install|uninstall|status  run &quot;daemon&quot; under the system&apos;s service manager (systemd user
                                    unit, launchd agent, Task Scheduler), for a computer where
                                    nobody opens the desktop application
  config list                       list the non-secret settings and their values
  config get KEY                    print one setting
  config set KEY VALUE              change a setting
  config reset KEY                  go back to the default value

Environment: PONTE_DATA_DIR, PONTE_OMIE_URL, PONTE_PLOOMES_URL, PONTE_OMIE_APP_KEY,
PONTE_OMIE_APP_SECRET, PONTE_PLOOMES_USER_KEY (used for this process only, never stored),
PONTE_OMIE_RPM, PONTE_OMIE_TOTAL_RPM, PONTE_OMIE_CONCURRENCY, PONTE_OMIE_REDUNDANT_WINDOW_S,
PONTE_PLOOMES_RPS, PONTE_WEBHOOK_LISTEN, PONTE_WEBHOOK_TOKEN, PONTE_LANG (pt_BR or en).

Exit codes: 0 done; 1 finished with failed records; 2 usage or configuration error;
3 authentication refused; 4 service unreachable or blocked; 5 interrupted.
</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>Choose one of --json and --csv.</translation>
    </message>
    <message>
        <source>--run and --output go with --csv.</source>
        <translation>--run and --output go with --csv.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output needs a file name.</translation>
    </message>
    <message>
        <source>--run needs a run number.</source>
        <translation>--run needs a run number.</translation>
    </message>
    <message>
        <source>Use: history --csv --run N [--output FILE]</source>
        <translation>Use: history --csv --run N [--output FILE]</translation>
    </message>
    <message>
        <source>Use: history show RUN_ID [--json|--csv]</source>
        <translation>Use: history show RUN_ID [--json|--csv]</translation>
    </message>
    <message>
        <source>Use: history [--limit N] [--json|--csv] | history show RUN_ID [--json|--csv]</source>
        <translation>Use: history [--limit N] [--json|--csv] | history show RUN_ID [--json|--csv]</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>Could not write to standard output.</translation>
    </message>
</context>
<context>
    <name>Ponte::CouplingRepository</name>
    <message>
        <source>A link needs an Omie id or a Ploomes id.</source>
        <translation>A link needs an Omie id or a Ploomes id.</translation>
    </message>
    <message>
        <source>Omie record %1 and Ploomes record %2 are already linked to other records.</source>
        <translation>Omie record %1 and Ploomes record %2 are already linked to other records.</translation>
    </message>
    <message>
        <source>This record is already linked to another record.</source>
        <translation>This record is already linked to another record.</translation>
    </message>
</context>
<context>
    <name>Ponte::CredentialsDialog</name>
    <message>
        <source>Reading the keychain…</source>
        <translation>Reading the keychain…</translation>
    </message>
    <message>
        <source>Fill in the three keys first.</source>
        <translation>Fill in the three keys first.</translation>
    </message>
    <message>
        <source>Connected: the keys were accepted.</source>
        <translation>Connected: the keys were accepted.</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Saving in the system keychain…</translation>
    </message>
    <message>
        <source>Where to find them: in Omie, open &lt;a href=&quot;https://developer.omie.com.br/my-apps/&quot;&gt;developer.omie.com.br/my-apps&lt;/a&gt;, choose your company&apos;s application and copy the App Key and the App Secret.</source>
        <translation>Where to find them: in Omie, open &lt;a href=&quot;https://developer.omie.com.br/my-apps/&quot;&gt;developer.omie.com.br/my-apps&lt;/a&gt;, choose your company&apos;s application and copy the App Key and the App Secret.</translation>
    </message>
    <message>
        <source>The test needs the real services: start Ponte without the demonstration to test the keys.</source>
        <translation>The test needs the real services: start Ponte without the demonstration to test the keys.</translation>
    </message>
    <message>
        <source>paste the key here</source>
        <translation>paste the key here</translation>
    </message>
    <message>
        <source>saved — type or paste to replace</source>
        <translation>saved — type or paste to replace</translation>
    </message>
    <message>
        <source>Show the keys</source>
        <translation>Show the keys</translation>
    </message>
    <message>
        <source>Show the keys typed in this window on the screen? Make sure nobody else can see it. Keys already saved in the keychain are not shown.</source>
        <translation>Show the keys typed in this window on the screen? Make sure nobody else can see it. Keys already saved in the keychain are not shown.</translation>
    </message>
    <message>
        <source>Check the keys marked with ✗.</source>
        <translation>Check the keys marked with ✗.</translation>
    </message>
    <message>
        <source>Connecting to Omie and Ploomes, then reading what a sync relies on (nothing is written)…</source>
        <translation>Connecting to Omie and Ploomes, then reading what a sync relies on (nothing is written)…</translation>
    </message>
    <message numerus="yes">
        <source>Both services accepted the keys, but %n thing(s) would stop or slow a sync: see &quot;What Ponte found&quot;. The keys can be saved anyway.</source>
        <translation>
            <numerusform>Both services accepted the keys, but %n thing would stop or slow a sync: see &quot;What Ponte found&quot;. The keys can be saved anyway.</numerusform>
            <numerusform>Both services accepted the keys, but %n things would stop or slow a sync: see &quot;What Ponte found&quot;. The keys can be saved anyway.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both services accepted the keys and everything a sync relies on was found. Save them with &quot;Save&quot;.</source>
        <translation>Both services accepted the keys and everything a sync relies on was found. Save them with &quot;Save&quot;.</translation>
    </message>
    <message>
        <source>What Ponte found</source>
        <translation>What Ponte found</translation>
    </message>
    <message>
        <source>What Ponte read from both accounts and what it will use. Nothing was written.</source>
        <translation>What Ponte read from both accounts and what it will use. Nothing was written.</translation>
    </message>
    <message>
        <source>Ponte could not reach the service marked with ✗, so its keys were not tested. Follow the advice next to it, then test again.</source>
        <translation>Ponte could not reach the service marked with ✗, so its keys were not tested. Follow the advice next to it, then test again.</translation>
    </message>
</context>
<context>
    <name>Ponte::DaemonService</name>
    <message>
        <source>Task Scheduler refused the task: %1</source>
        <translation>Task Scheduler refused the task: %1</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; created: ponte-cli daemon runs when Windows starts, as %2.</source>
        <translation>Task &quot;%1&quot; created: ponte-cli daemon runs when Windows starts, as %2.</translation>
    </message>
    <message>
        <source>Ponte: Omie ⇄ Ploomes sync (scheduler and webhooks)</source>
        <translation>Ponte: Omie ⇄ Ploomes sync (scheduler and webhooks)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>The daemon is enabled and started.</source>
        <translation>The daemon is enabled and started.</translation>
    </message>
    <message>
        <source>To enable and start it, run:</source>
        <translation>To enable and start it, run:</translation>
    </message>
    <message>
        <source>So that it also runs while nobody is logged in, run once: loginctl enable-linger %1</source>
        <translation>So that it also runs while nobody is logged in, run once: loginctl enable-linger %1</translation>
    </message>
    <message>
        <source>Task Scheduler could not remove the task: %1</source>
        <translation>Task Scheduler could not remove the task: %1</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; removed.</source>
        <translation>Task &quot;%1&quot; removed.</translation>
    </message>
    <message>
        <source>Stop it first with: %1</source>
        <translation>Stop it first with: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>not installed</translation>
    </message>
    <message>
        <source>not installed (%1 does not exist)</source>
        <translation>not installed (%1 does not exist)</translation>
    </message>
    <message>
        <source>installed: %1</source>
        <translation>installed: %1</translation>
    </message>
    <message>
        <source>service manager: %1</source>
        <translation>service manager: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
</context>
<context>
    <name>Ponte::DataFolder</name>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>The data folder %1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Could not create the data folder %1.</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable.</source>
        <translation>The data folder %1 is not writable.</translation>
    </message>
</context>
<context>
    <name>Ponte::Database</name>
    <message>
        <source>The Ponte database file is damaged or is not a Ponte database.</source>
        <translation>The Ponte database file is damaged or is not a Ponte database.</translation>
    </message>
    <message>
        <source>The Ponte database is locked by another program. Close other Ponte windows and try again.</source>
        <translation>The Ponte database is locked by another program. Close other Ponte windows and try again.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>Ponte cannot read its database file %1 (permission denied).</source>
        <translation>Ponte cannot read its database file %1 (permission denied).</translation>
    </message>
    <message>
        <source>Could not open the database %1.</source>
        <translation>Could not open the database %1.</translation>
    </message>
    <message>
        <source>Could not read the database version.</source>
        <translation>Could not read the database version.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Ponte (schema %1; this version understands up to %2). Update Ponte or choose another data folder.</source>
        <translation>This database was written by a newer version of Ponte (schema %1; this version understands up to %2). Update Ponte or choose another data folder.</translation>
    </message>
    <message>
        <source>Database migration %1 is missing.</source>
        <translation>Database migration %1 is missing.</translation>
    </message>
    <message>
        <source>Could not start the database upgrade.</source>
        <translation>Could not start the database upgrade.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 (%2) failed; nothing was changed.</source>
        <translation>Upgrading the database to version %1 (%2) failed; nothing was changed.</translation>
    </message>
    <message>
        <source>Could not start a database transaction.</source>
        <translation>Could not start a database transaction.</translation>
    </message>
    <message>
        <source>Could not save to the database.</source>
        <translation>Could not save to the database.</translation>
    </message>
    <message>
        <source>The disk is full: Ponte could not save its data. Free some space and try again.</source>
        <translation>The disk is full: Ponte could not save its data. Free some space and try again.</translation>
    </message>
    <message>
        <source>The Ponte database cannot be written: the file or its folder is read-only. Check the permissions of the data folder.</source>
        <translation>The Ponte database cannot be written: the file or its folder is read-only. Check the permissions of the data folder.</translation>
    </message>
    <message>
        <source>The disk refused to read or write the Ponte database (it may be full, removed or failing).</source>
        <translation>The disk refused to read or write the Ponte database (it may be full, removed or failing).</translation>
    </message>
    <message>
        <source>The Ponte database file cannot be opened. Check that the data folder exists and that you may write to it.</source>
        <translation>The Ponte database file cannot be opened. Check that the data folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>A database operation failed (%1). The details say why; if it repeats, keep a copy of the data folder for support.</source>
        <translation>A database operation failed (%1). The details say why; if it repeats, keep a copy of the data folder for support.</translation>
    </message>
    <message>
        <source>the database gave no details</source>
        <translation>the database gave no details</translation>
    </message>
</context>
<context>
    <name>Ponte::DeletionSettings</name>
    <message>
        <source>When a record is deleted in Omie or in Ploomes, Ponte notices it in a full sync or from a notice of Omie. Choose what it then does with the linked record on the other side:</source>
        <translation>When a record is deleted in Omie or in Ploomes, Ponte notices it in a full sync or from a notice of Omie. Choose what it then does with the linked record on the other side:</translation>
    </message>
    <message>
        <source>• Unlink and report (recommended): the other record stays as it is, no longer linked, and the history says so.
• Create again: the other record is sent again as new, so the deleted one comes back.
• Delete on the other side too: the other record is deleted as well. These are real records of your company; Ponte cannot bring them back.</source>
        <translation>• Unlink and report (recommended): the other record stays as it is, no longer linked, and the history says so.
• Create again: the other record is sent again as new, so the deleted one comes back.
• Delete on the other side too: the other record is deleted as well. These are real records of your company; Ponte cannot bring them back.</translation>
    </message>
    <message>
        <source>&amp;Clients:</source>
        <translation>&amp;Clients:</translation>
    </message>
    <message>
        <source>&amp;Products and services:</source>
        <translation>&amp;Products and services:</translation>
    </message>
    <message>
        <source>&amp;Orders and service orders:</source>
        <translation>&amp;Orders and service orders:</translation>
    </message>
    <message>
        <source>Products and services only go from Omie to Ploomes: one deleted in Ploomes is never deleted in Omie. Of the records in Omie, only clients are ever deleted.</source>
        <translation>Products and services only go from Omie to Ploomes: one deleted in Ploomes is never deleted in Omie. Of the records in Omie, only clients are ever deleted.</translation>
    </message>
    <message>
        <source>Unlink and report</source>
        <translation>Unlink and report</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Create again</translation>
    </message>
    <message>
        <source>Delete on the other side too</source>
        <translation>Delete on the other side too</translation>
    </message>
    <message>
        <source>Delete on the other side too?</source>
        <translation>Delete on the other side too?</translation>
    </message>
    <message>
        <source>With this choice, a record deleted in Omie or in Ploomes is deleted in the other service as well. These are real records of your company, and Ponte cannot bring them back; a record deleted by mistake is then deleted twice.

Delete on the other side too?</source>
        <translation>With this choice, a record deleted in Omie or in Ploomes is deleted in the other service as well. These are real records of your company, and Ponte cannot bring them back; a record deleted by mistake is then deleted twice.

Delete on the other side too?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>Ponte::Entity</name>
    <message>
        <source>Sellers</source>
        <translation>Sellers</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>Sales orders</translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation>Service orders</translation>
    </message>
    <message>
        <source>Omie → Ploomes</source>
        <translation>Omie → Ploomes</translation>
    </message>
    <message>
        <source>Ploomes → Omie</source>
        <translation>Ploomes → Omie</translation>
    </message>
</context>
<context>
    <name>Ponte::FieldCatalog</name>
    <message>
        <source>Omie client id</source>
        <translation>Omie client id</translation>
    </message>
    <message>
        <source>Legal name (razão social)</source>
        <translation>Legal name (razão social)</translation>
    </message>
    <message>
        <source>Trade name (nome fantasia)</source>
        <translation>Trade name (nome fantasia)</translation>
    </message>
    <message>
        <source>CNPJ/CPF</source>
        <translation>CNPJ/CPF</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone 1 (DDD + number)</source>
        <translation>Phone 1 (DDD + number)</translation>
    </message>
    <message>
        <source>Phone 2 (DDD + number)</source>
        <translation>Phone 2 (DDD + number)</translation>
    </message>
    <message>
        <source>Fax (DDD + number)</source>
        <translation>Fax (DDD + number)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>CEP</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>City (IBGE code)</source>
        <translation>City (IBGE code)</translation>
    </message>
    <message>
        <source>State (UF)</source>
        <translation>State (UF)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>CNAE</source>
        <translation>CNAE</translation>
    </message>
    <message>
        <source>State registration</source>
        <translation>State registration</translation>
    </message>
    <message>
        <source>Municipal registration</source>
        <translation>Municipal registration</translation>
    </message>
    <message>
        <source>Default seller</source>
        <translation>Default seller</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Simples Nacional</source>
        <translation>Simples Nacional</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Omie product id</source>
        <translation>Omie product id</translation>
    </message>
    <message>
        <source>Code (SKU)</source>
        <translation>Code (SKU)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>NCM</source>
        <translation>NCM</translation>
    </message>
    <message>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Net weight</source>
        <translation>Net weight</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Detailed description</translation>
    </message>
    <message>
        <source>Omie service id</source>
        <translation>Omie service id</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>LC 116 code</source>
        <translation>LC 116 code</translation>
    </message>
    <message>
        <source>Municipal service code</source>
        <translation>Municipal service code</translation>
    </message>
    <message>
        <source>Full description</source>
        <translation>Full description</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Expected date</source>
        <translation>Expected date</translation>
    </message>
    <message>
        <source>Stage (etapa)</source>
        <translation>Stage (etapa)</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Customer order number</source>
        <translation>Customer order number</translation>
    </message>
    <message>
        <source>Sale notes</source>
        <translation>Sale notes</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Order total</translation>
    </message>
    <message>
        <source>Status (billed, cancelled, stage)</source>
        <translation>Status (billed, cancelled, stage)</translation>
    </message>
    <message>
        <source>Service order number</source>
        <translation>Service order number</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Omie seller id</source>
        <translation>Omie seller id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>CNPJ (company) / CPF (person)</source>
        <translation>CNPJ (company) / CPF (person)</translation>
    </message>
    <message>
        <source>First phone</source>
        <translation>First phone</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Second phone</translation>
    </message>
    <message>
        <source>Fax phone</source>
        <translation>Fax phone</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>ZIP code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Tags (Marcadores)</source>
        <translation>Tags (Marcadores)</translation>
    </message>
    <message>
        <source>CNAE code</source>
        <translation>CNAE code</translation>
    </message>
    <message>
        <source>Owner (Responsável)</source>
        <translation>Owner (Responsável)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Measurement unit</source>
        <translation>Measurement unit</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Internal comments</source>
        <translation>Internal comments</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>User id</translation>
    </message>
</context>
<context>
    <name>Ponte::FieldType</name>
    <message>
        <source>Short text</source>
        <translation>Short text</translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>Multi-line text</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Decimal number</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Yes/no</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>CNPJ/CPF</source>
        <translation>CNPJ/CPF</translation>
    </message>
    <message>
        <source>CEP</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>City (IBGE)</source>
        <translation>City (IBGE)</translation>
    </message>
    <message>
        <source>State (UF)</source>
        <translation>State (UF)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Seller / user</source>
        <translation>Seller / user</translation>
    </message>
    <message>
        <source>Inactive / status</source>
        <translation>Inactive / status</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>List of options</source>
        <translation>List of options</translation>
    </message>
</context>
<context>
    <name>Ponte::HelpTexts</name>
    <message>
        <source>In Ploomes, sign in as an administrator and open Administração → Integrações → &quot;Usuários de integração&quot;. Choose Novo usuário, give it the Administrador profile and save; then copy its &quot;Chave da API&quot; (a long code of letters and numbers): that is the User-Key.</source>
        <translation>In Ploomes, sign in as an administrator and open Administração → Integrações → &quot;Usuários de integração&quot;. Choose Novo usuário, give it the Administrador profile and save; then copy its &quot;Chave da API&quot; (a long code of letters and numbers): that is the User-Key.</translation>
    </message>
</context>
<context>
    <name>Ponte::HistoryCsv</name>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Polling</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Command line</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>column: records that failed</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Omie requests</source>
        <translation>Omie requests</translation>
    </message>
    <message>
        <source>Ploomes requests</source>
        <translation>Ploomes requests</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Duration (s)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Omie id</source>
        <translation>Omie id</translation>
    </message>
    <message>
        <source>Ploomes id</source>
        <translation>Ploomes id</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Unknown trigger</source>
        <translation>Unknown trigger</translation>
    </message>
</context>
<context>
    <name>Ponte::HistoryModel</name>
    <message>
        <source>%1 (preview)</source>
        <translation>%1 (preview)</translation>
    </message>
    <message>
        <source>Omie %1 · Ploomes %2</source>
        <translation>Omie %1 · Ploomes %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>column: records that failed</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Started (%1)</source>
        <translation>Started (%1)</translation>
    </message>
</context>
<context>
    <name>Ponte::ItemOutcome</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Would create</source>
        <translation>Would create</translation>
    </message>
    <message>
        <source>Would update</source>
        <translation>Would update</translation>
    </message>
    <message>
        <source>Would link</source>
        <translation>Would link</translation>
    </message>
    <message>
        <source>Would refuse</source>
        <translation>Would refuse</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Deleted on one side; unlinked</source>
        <translation>Deleted on one side; unlinked</translation>
    </message>
    <message>
        <source>Deleted on one side; created again</source>
        <translation>Deleted on one side; created again</translation>
    </message>
    <message>
        <source>Deleted on both sides</source>
        <translation>Deleted on both sides</translation>
    </message>
    <message>
        <source>Would unlink</source>
        <translation>Would unlink</translation>
    </message>
    <message>
        <source>Would create again</source>
        <translation>Would create again</translation>
    </message>
    <message>
        <source>Would delete on the other side</source>
        <translation>Would delete on the other side</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Unknown outcome</translation>
    </message>
</context>
<context>
    <name>Ponte::KeychainSecretStore</name>
    <message>
        <source>No credential is stored yet.</source>
        <translation>No credential is stored yet.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1).</source>
        <translation>Access to the system keychain was denied (%1).</translation>
    </message>
    <message>
        <source>No system keychain is available. On Linux, install and unlock GNOME Keyring or KWallet (%1).</source>
        <translation>No system keychain is available. On Linux, install and unlock GNOME Keyring or KWallet (%1).</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>The system keychain reported an error: %1</translation>
    </message>
</context>
<context>
    <name>Ponte::LanguageSettings</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Saved: Ponte will use it the next time it starts.</source>
        <translation>Saved: Ponte will use it the next time it starts.</translation>
    </message>
    <message>
        <source>The language of the menus and messages; a change applies the next time Ponte starts.</source>
        <translation>The language of the menus and messages; a change applies the next time Ponte starts.</translation>
    </message>
    <message>
        <source>PONTE_LANG=%1 is set on this computer and wins over this choice.</source>
        <translation>PONTE_LANG=%1 is set on this computer and wins over this choice.</translation>
    </message>
</context>
<context>
    <name>Ponte::MainWindow</name>
    <message>
        <source>Ponte</source>
        <translation>Ponte</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>stored in the system keychain</translation>
    </message>
    <message>
        <source>not set up yet</source>
        <translation>not set up yet</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Stopping after the record in progress…</source>
        <translation>Stopping after the record in progress…</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4</source>
        <translation>%1, %2: %3 of %4</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1: %2 — %3 written, %4 failed.</source>
        <translation>Run %1: %2 — %3 written, %4 failed.</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Sync in progress</translation>
    </message>
    <message>
        <source>A synchronisation is running. Stop it after the record in progress and close Ponte?</source>
        <translation>A synchronisation is running. Stop it after the record in progress and close Ponte?</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <source>It is business hours: other tools share the Omie and Ploomes limits now. Ponte will use only %1% of them, so a large sync takes longer; the scheduled off-hours sync is the better choice for heavy work.

Sync now anyway?</source>
        <translation>It is business hours: other tools share the Omie and Ploomes limits now. Ponte will use only %1% of them, so a large sync takes longer; the scheduled off-hours sync is the better choice for heavy work.

Sync now anyway?</translation>
    </message>
    <message>
        <source>Set up the Omie and Ploomes credentials first.</source>
        <translation>Set up the Omie and Ploomes credentials first.</translation>
    </message>
    <message>
        <source>Credentials saved in the system keychain.</source>
        <translation>Credentials saved in the system keychain.</translation>
    </message>
    <message>
        <source>The heavy sync will run outside business hours.</source>
        <translation>The heavy sync will run outside business hours.</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>not scheduled</translation>
    </message>
    <message>
        <source>Field mapping saved; the next sync uses it.</source>
        <translation>Field mapping saved; the next sync uses it.</translation>
    </message>
    <message>
        <source>Reading the contas correntes, categorias, parcelas and etapas from Omie…</source>
        <translation>Reading the contas correntes, categorias, parcelas and etapas from Omie…</translation>
    </message>
    <message>
        <source>Set up the Omie credentials first.</source>
        <translation>Set up the Omie credentials first.</translation>
    </message>
    <message>
        <source>Pick the defaults of the orders Ponte creates in Omie.</source>
        <translation>Pick the defaults of the orders Ponte creates in Omie.</translation>
    </message>
    <message>
        <source>given by the environment (not stored)</source>
        <translation>given by the environment (not stored)</translation>
    </message>
    <message numerus="yes">
        <source>off: changes are polled every %n minute(s)</source>
        <translation>
            <numerusform>off: changes are polled every %n minute</numerusform>
            <numerusform>off: changes are polled every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>port %1 could not be opened (%2); changes are polled instead.</source>
        <translation>port %1 could not be opened (%2); changes are polled instead.</translation>
    </message>
    <message>
        <source>Ponte — demonstration</source>
        <translation>Ponte — demonstration</translation>
    </message>
    <message>
        <source>up to date (version %1)</source>
        <translation>up to date (version %1)</translation>
    </message>
    <message>
        <source>Demonstration: a simulated Omie and Ploomes on this computer, with their own data folder. Your real accounts are not touched.</source>
        <translation>Demonstration: a simulated Omie and Ploomes on this computer, with their own data folder. Your real accounts are not touched.</translation>
    </message>
    <message>
        <source>Your company&apos;s Omie and Ploomes accounts</source>
        <translation>Your company&apos;s Omie and Ploomes accounts</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) (*.csv)</source>
        <translation>Spreadsheet (CSV) (*.csv)</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>simulated (demonstration)</source>
        <translation>simulated (demonstration)</translation>
    </message>
    <message>
        <source>This is the demonstration: try &quot;Sync now&quot; and look at the history. To use your own accounts, start Ponte without the demonstration and enter your keys with the Credentials… button.</source>
        <translation>This is the demonstration: try &quot;Sync now&quot; and look at the history. To use your own accounts, start Ponte without the demonstration and enter your keys with the Credentials… button.</translation>
    </message>
    <message>
        <source>No sync is running.</source>
        <translation>No sync is running.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Why it waits</translation>
    </message>
    <message>
        <source>ponte-runs.csv</source>
        <translation>ponte-runs.csv</translation>
    </message>
    <message>
        <source>ponte-records.csv</source>
        <translation>ponte-records.csv</translation>
    </message>
    <message>
        <source>ponte-quarantine.csv</source>
        <translation>ponte-quarantine.csv</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Both directions</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Open the &amp;data folder</translation>
    </message>
    <message>
        <source>Open the &amp;log</source>
        <translation>Open the &amp;log</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Synchronisation</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Preview (writes nothing)</source>
        <translation>&amp;Preview (writes nothing)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>S&amp;ettings</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Credentials…</translation>
    </message>
    <message>
        <source>Field &amp;mapping…</source>
        <translation>Field &amp;mapping…</translation>
    </message>
    <message>
        <source>Set-up &amp;assistant…</source>
        <translation>Set-up &amp;assistant…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;About Ponte</source>
        <translation>&amp;About Ponte</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>%1, preview: %2 — %3 would be written, %4 failed</source>
        <translation>%1, preview: %2 — %3 would be written, %4 failed</translation>
    </message>
    <message>
        <source>%1: %2 — %3 written, %4 failed</source>
        <translation>%1: %2 — %3 written, %4 failed</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) — &lt;a href=&quot;#quarantine&quot;&gt;see why&lt;/a&gt;</source>
        <translation>
            <numerusform>%n record — &lt;a href=&quot;#quarantine&quot;&gt;see why&lt;/a&gt;</numerusform>
            <numerusform>%n records — &lt;a href=&quot;#quarantine&quot;&gt;see why&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>on the next sync</source>
        <translation>on the next sync</translation>
    </message>
    <message>
        <source>Recorded reason: %1
Attempts: %2</source>
        <translation>Recorded reason: %1
Attempts: %2</translation>
    </message>
    <message>
        <source>Nothing is waiting: every record Omie or Ploomes refused has gone through since.</source>
        <translation>Nothing is waiting: every record Omie or Ploomes refused has gone through since.</translation>
    </message>
    <message>
        <source>Records that Omie or Ploomes refused wait here. Ponte tries them again by itself, each time a little later; correct the record in the system named in the reason, then choose &quot;Try again&quot;.</source>
        <translation>Records that Omie or Ploomes refused wait here. Ponte tries them again by itself, each time a little later; correct the record in the system named in the reason, then choose &quot;Try again&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be tried again on the next sync.</source>
        <translation>
            <numerusform>%n record will be tried again on the next sync.</numerusform>
            <numerusform>%n records will be tried again on the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message numerus="yes">
        <source>Take %n record(s) out of the quarantine? Ponte stops waiting for them; the next time such a record changes it is synchronised like any other.</source>
        <translation>
            <numerusform>Take %n record out of the quarantine? Ponte stops waiting for it; the next time it changes it is synchronised like any other.</numerusform>
            <numerusform>Take %n records out of the quarantine? Ponte stops waiting for them; the next time such a record changes it is synchronised like any other.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Recorded reason</source>
        <translation>Recorded reason</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Ponte user guide</source>
        <translation>Ponte user guide</translation>
    </message>
    <message>
        <source>Ponte is set up.</source>
        <translation>Ponte is set up.</translation>
    </message>
    <message>
        <source>First failure (%1)</source>
        <translation>First failure (%1)</translation>
    </message>
    <message>
        <source>Next attempt (%1)</source>
        <translation>Next attempt (%1)</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>every day</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>in %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Ponte will start with the system, in the notification area (%1).</source>
        <translation>Ponte will start with the system, in the notification area (%1).</translation>
    </message>
    <message>
        <source>Ponte will no longer start with the system.</source>
        <translation>Ponte will no longer start with the system.</translation>
    </message>
    <message>
        <source>A scheduled sync was skipped: %1.</source>
        <translation>A scheduled sync was skipped: %1.</translation>
    </message>
    <message>
        <source>Ponte did not sync</source>
        <translation>Ponte did not sync</translation>
    </message>
    <message>
        <source>Ponte: the sync failed</source>
        <translation>Ponte: the sync failed</translation>
    </message>
    <message>
        <source>%1 sync (run %2) failed: %3</source>
        <translation>%1 sync (run %2) failed: %3</translation>
    </message>
    <message>
        <source>Ponte: sync finished, some records failed</source>
        <translation>Ponte: sync finished, some records failed</translation>
    </message>
    <message>
        <source>Ponte: sync finished</source>
        <translation>Ponte: sync finished</translation>
    </message>
    <message>
        <source>%1 sync (run %2): %3 written, %4 failed.</source>
        <translation>%1 sync (run %2): %3 written, %4 failed.</translation>
    </message>
    <message>
        <source>Ponte listens on the networks of this computer (%1): anyone who can reach this computer can call the address, and only the secret token in it keeps them out. Keep the address private and, on the internet, put an HTTPS proxy in front.</source>
        <translation>Ponte listens on the networks of this computer (%1): anyone who can reach this computer can call the address, and only the secret token in it keeps them out. Keep the address private and, on the internet, put an HTTPS proxy in front.</translation>
    </message>
    <message>
        <source>In Omie, register this address for the notifications (it works while this computer is on and Ponte is running, in the window or the notification area): %1</source>
        <translation>In Omie, register this address for the notifications (it works while this computer is on and Ponte is running, in the window or the notification area): %1</translation>
    </message>
    <message>
        <source>also with the window closed, while Ponte is in the notification area</source>
        <translation>also with the window closed, while Ponte is in the notification area</translation>
    </message>
    <message>
        <source>while Ponte is running</source>
        <translation>while Ponte is running</translation>
    </message>
    <message>
        <source>%1 at %2 (%3), %4; next: %5</source>
        <translation>%1 at %2 (%3), %4; next: %5</translation>
    </message>
    <message>
        <source>Ponte keeps running</source>
        <translation>Ponte keeps running</translation>
    </message>
    <message>
        <source>Do not show this again</source>
        <translation>Do not show this again</translation>
    </message>
    <message>
        <source>Syncs are scheduled, but this desktop has no notification area to keep Ponte in. If Ponte quits, nothing syncs until it is opened again.</source>
        <translation>Syncs are scheduled, but this desktop has no notification area to keep Ponte in. If Ponte quits, nothing syncs until it is opened again.</translation>
    </message>
    <message>
        <source>Keep running minimised</source>
        <translation>Keep running minimised</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Preview %1: %2 — would create %3, update %4, leave %5 as they are and refuse %6. Nothing was written.</source>
        <translation>Preview %1: %2 — would create %3, update %4, leave %5 as they are and refuse %6. Nothing was written.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Ponte listens on this computer only (%1): Omie reaches it only through a proxy on this computer that forwards to it. To accept calls from other computers, choose &quot;%2&quot; under Listen on.</source>
        <translation>Ponte listens on this computer only (%1): Omie reaches it only through a proxy on this computer that forwards to it. To accept calls from other computers, choose &quot;%2&quot; under Listen on.</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>This computer only (127.0.0.1)</translation>
    </message>
    <message>
        <source>Every network of this computer (0.0.0.0)</source>
        <translation>Every network of this computer (0.0.0.0)</translation>
    </message>
    <message>
        <source>Only %1 (set with ponte-cli)</source>
        <translation>Only %1 (set with ponte-cli)</translation>
    </message>
    <message>
        <source>Accept calls from other computers?</source>
        <translation>Accept calls from other computers?</translation>
    </message>
    <message>
        <source>Ponte will accept notifications from any computer that can reach this one, on every network it is connected to. Only the secret token in the address keeps others out: keep the address private and, to reach it from the internet, put an HTTPS proxy in front.

Accept calls from other computers?</source>
        <translation>Ponte will accept notifications from any computer that can reach this one, on every network it is connected to. Only the secret token in the address keeps others out: keep the address private and, to reach it from the internet, put an HTTPS proxy in front.

Accept calls from other computers?</translation>
    </message>
    <message>
        <source>The records of this run could not be read: %1</source>
        <translation>The records of this run could not be read: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;To start:&lt;/b&gt; enter the Omie App Key and App Secret and the Ploomes User-Key in &lt;a href=&quot;#credentials&quot;&gt;Credentials…&lt;/a&gt; (where to find them is explained there).</source>
        <translation>&lt;b&gt;To start:&lt;/b&gt; enter the Omie App Key and App Secret and the Ploomes User-Key in &lt;a href=&quot;#credentials&quot;&gt;Credentials…&lt;/a&gt; (where to find them is explained there).</translation>
    </message>
    <message>
        <source>Ponte is still running in the notification area, so the scheduled syncs (and Omie&apos;s notifications, when they are on) keep working. To stop it, choose &quot;Quit&quot; in the menu of its icon.</source>
        <translation>Ponte is still running in the notification area, so the scheduled syncs (and Omie&apos;s notifications, when they are on) keep working. To stop it, choose &quot;Quit&quot; in the menu of its icon.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>The history could not be read: %1</translation>
    </message>
</context>
<context>
    <name>Ponte::Mapper</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <source>Stage %1 – %2</source>
        <translation>Stage %1 – %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was cut to %2 characters for Omie.</source>
        <translation>&quot;%1&quot; was cut to %2 characters for Omie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a CNPJ nor a CPF and was not sent.</source>
        <translation>&quot;%1&quot; is neither a CNPJ nor a CPF and was not sent.</translation>
    </message>
    <message>
        <source>The city with IBGE code %1 does not exist in Ploomes.</source>
        <translation>The city with IBGE code %1 does not exist in Ploomes.</translation>
    </message>
    <message>
        <source>The state %1 does not exist in Ploomes.</source>
        <translation>The state %1 does not exist in Ploomes.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; does not exist in Ploomes.</source>
        <translation>The tag &quot;%1&quot; does not exist in Ploomes.</translation>
    </message>
    <message>
        <source>The Omie seller %1 has no Ploomes user with the same e-mail.</source>
        <translation>The Omie seller %1 has no Ploomes user with the same e-mail.</translation>
    </message>
</context>
<context>
    <name>Ponte::MappingDialog</name>
    <message>
        <source>Omie</source>
        <translation>Omie</translation>
    </message>
    <message>
        <source>Ploomes</source>
        <translation>Ploomes</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>The default mapping of %1 is back.</source>
        <translation>The default mapping of %1 is back.</translation>
    </message>
    <message>
        <source>Fits Ploomes fields of type: %1</source>
        <translation>Fits Ploomes fields of type: %1</translation>
    </message>
    <message>
        <source>(custom field)</source>
        <translation>(custom field)</translation>
    </message>
    <message>
        <source>(read only)</source>
        <translation>(read only)</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>both ways</translation>
    </message>
    <message>
        <source>Omie → Ploomes</source>
        <translation>Omie → Ploomes</translation>
    </message>
    <message>
        <source>Ploomes → Omie</source>
        <translation>Ploomes → Omie</translation>
    </message>
    <message>
        <source>Mapped %1 to %2.</source>
        <translation>Mapped %1 to %2.</translation>
    </message>
    <message>
        <source>%1 only flow one way.</source>
        <translation>%1 only flow one way.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Saves the mapping (Ctrl+S)</source>
        <translation>Saves the mapping (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ponte mapping (*.json)</source>
        <translation>Ponte mapping (*.json)</translation>
    </message>
    <message>
        <source>Export the mapping</source>
        <translation>Export the mapping</translation>
    </message>
    <message>
        <source>Import a mapping</source>
        <translation>Import a mapping</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>cut at %n character(s)</source>
        <translation>
            <numerusform>cut at %n character</numerusform>
            <numerusform>cut at %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cut at %n character(s) towards Omie</source>
        <translation>
            <numerusform>cut at %n character towards Omie</numerusform>
            <numerusform>cut at %n characters towards Omie</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Choose an Omie field first (Alt+O to search for it).</source>
        <translation>Choose an Omie field first (Alt+O to search for it).</translation>
    </message>
    <message>
        <source>Choose the Ploomes field it should fill (Alt+P to search for it).</source>
        <translation>Choose the Ploomes field it should fill (Alt+P to search for it).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The mapping has changes that were not saved. Save them?</source>
        <translation>The mapping has changes that were not saved. Save them?</translation>
    </message>
    <message>
        <source>Imported %1. Check it, then save.</source>
        <translation>Imported %1. Check it, then save.</translation>
    </message>
    <message>
        <source>Saved a copy in %1.</source>
        <translation>Saved a copy in %1.</translation>
    </message>
</context>
<context>
    <name>Ponte::MappingModel</name>
    <message>
        <source>%1 has no Omie field &quot;%2&quot;.</source>
        <translation>%1 has no Omie field &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has no Ploomes field &quot;%2&quot;.</source>
        <translation>%1 has no Ploomes field &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 only flow from Omie to Ploomes.</source>
        <translation>%1 only flow from Omie to Ploomes.</translation>
    </message>
    <message>
        <source>The Ploomes field &quot;%1&quot; is read-only: map it from Ploomes to Omie only.</source>
        <translation>The Ploomes field &quot;%1&quot; is read-only: map it from Ploomes to Omie only.</translation>
    </message>
    <message>
        <source>The Omie field &quot;%1&quot; is read-only: map it from Omie to Ploomes only.</source>
        <translation>The Omie field &quot;%1&quot; is read-only: map it from Omie to Ploomes only.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; → &quot;%2&quot; loses information (%3), so it can only flow from Omie to Ploomes.</source>
        <translation>&quot;%1&quot; → &quot;%2&quot; loses information (%3), so it can only flow from Omie to Ploomes.</translation>
    </message>
    <message>
        <source>The Ploomes field &quot;%1&quot; is already filled from &quot;%2&quot;.</source>
        <translation>The Ploomes field &quot;%1&quot; is already filled from &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The Omie field &quot;%1&quot; is already filled from &quot;%2&quot;.</source>
        <translation>The Omie field &quot;%1&quot; is already filled from &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This file is not a Ponte mapping.</source>
        <translation>This file is not a Ponte mapping.</translation>
    </message>
    <message>
        <source>The mapping has no valid version.</source>
        <translation>The mapping has no valid version.</translation>
    </message>
    <message>
        <source>This mapping was written by a newer version of Ponte (format %1).</source>
        <translation>This mapping was written by a newer version of Ponte (format %1).</translation>
    </message>
    <message>
        <source>Unknown entity &quot;%1&quot; in the mapping.</source>
        <translation>Unknown entity &quot;%1&quot; in the mapping.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 is not valid JSON (%2).</translation>
    </message>
    <message>
        <source>%1: the pair &quot;%2&quot; ↔ &quot;%3&quot; appears more than once.</source>
        <translation>%1: the pair &quot;%2&quot; ↔ &quot;%3&quot; appears more than once.</translation>
    </message>
    <message>
        <source>The mapping has no &quot;entities&quot; object, so there is nothing to import.</source>
        <translation>The mapping has no &quot;entities&quot; object, so there is nothing to import.</translation>
    </message>
    <message>
        <source>The pairs of %1 must be a list.</source>
        <translation>The pairs of %1 must be a list.</translation>
    </message>
    <message>
        <source>%1 has %2 pairs; a mapping holds at most %3 per entity.</source>
        <translation>%1 has %2 pairs; a mapping holds at most %3 per entity.</translation>
    </message>
    <message>
        <source>Pair %1 of %2 is incomplete or malformed (it needs &quot;omie&quot;, &quot;ploomes&quot; and &quot;direction&quot;).</source>
        <translation>Pair %1 of %2 is incomplete or malformed (it needs &quot;omie&quot;, &quot;ploomes&quot; and &quot;direction&quot;).</translation>
    </message>
    <message>
        <source>%1 is too large for a mapping (%2 KB; at most %3 KB).</source>
        <translation>%1 is too large for a mapping (%2 KB; at most %3 KB).</translation>
    </message>
    <message>
        <source>%1 is not a Ponte mapping: it must hold a JSON object, not a list or a value.</source>
        <translation>%1 is not a Ponte mapping: it must hold a JSON object, not a list or a value.</translation>
    </message>
    <message>
        <source>%1: nothing fills the Ploomes field &quot;%2&quot;, which every record needs. Map an Omie field to it (or restore the defaults).</source>
        <translation>%1: nothing fills the Ploomes field &quot;%2&quot;, which every record needs. Map an Omie field to it (or restore the defaults).</translation>
    </message>
</context>
<context>
    <name>Ponte::NetworkTransport</name>
    <message>
        <source>the server closed the connection</source>
        <translation>the server closed the connection</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>the server sent an invalid HTTP response</source>
        <translation>the server sent an invalid HTTP response</translation>
    </message>
    <message>
        <source>no connection in time</source>
        <translation>no connection in time</translation>
    </message>
    <message>
        <source>the proxy asked for authentication</source>
        <translation>the proxy asked for authentication</translation>
    </message>
</context>
<context>
    <name>Ponte::Omie</name>
    <message>
        <source>%1 answered without %2</source>
        <translation>%1 answered without %2</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>HTTP %1 with an HTML page instead of JSON</source>
        <translation>HTTP %1 with an HTML page instead of JSON</translation>
    </message>
    <message>
        <source>HTTP %1, unreadable reply: %2</source>
        <translation>HTTP %1, unreadable reply: %2</translation>
    </message>
</context>
<context>
    <name>Ponte::OmieChoices</name>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>a group of categorias, not postable</source>
        <translation>a group of categorias, not postable</translation>
    </message>
    <message>
        <source>not a revenue categoria</source>
        <translation>not a revenue categoria</translation>
    </message>
    <message>
        <source>The %1 %2 set in %3 cannot be used (%4): choose another one.</source>
        <translation>The %1 %2 set in %3 cannot be used (%4): choose another one.</translation>
    </message>
    <message>
        <source>Set in %1.</source>
        <translation>Set in %1.</translation>
    </message>
    <message>
        <source>Using the only usable %1 Omie offers, &quot;%2&quot; (%3), because %4 is empty.</source>
        <translation>Using the only usable %1 Omie offers, &quot;%2&quot; (%3), because %4 is empty.</translation>
    </message>
    <message numerus="yes">
        <source>Choose the %1 for orders (setting %2): Omie offers %n usable one(s).</source>
        <translation>
            <numerusform>Choose the %1 for orders (setting %2): Omie offers %n usable one.</numerusform>
            <numerusform>Choose the %1 for orders (setting %2): Omie offers %n usable ones.</numerusform>
        </translation>
    </message>
    <message>
        <source>conta corrente</source>
        <translation>conta corrente</translation>
    </message>
    <message>
        <source>categoria</source>
        <translation>categoria</translation>
    </message>
    <message>
        <source>parcela</source>
        <translation>parcela</translation>
    </message>
    <message>
        <source>etapa of sales orders</source>
        <translation>etapa of sales orders</translation>
    </message>
    <message>
        <source>etapa of service orders</source>
        <translation>etapa of service orders</translation>
    </message>
    <message>
        <source>The %1 %2 set in %3 is not one Omie has (it has %4): choose one of them.</source>
        <translation>The %1 %2 set in %3 is not one Omie has (it has %4): choose one of them.</translation>
    </message>
</context>
<context>
    <name>Ponte::Ploomes</name>
    <message>
        <source>reply without a &quot;value&quot; list</source>
        <translation>reply without a &quot;value&quot; list</translation>
    </message>
    <message>
        <source>POST %1 answered without the new Id</source>
        <translation>POST %1 answered without the new Id</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>HTTP %1 with a body that is not JSON</source>
        <translation>HTTP %1 with a body that is not JSON</translation>
    </message>
    <message>
        <source>HTTP %1 with an HTML page</source>
        <translation>HTTP %1 with an HTML page</translation>
    </message>
</context>
<context>
    <name>Ponte::Ploomes::Lookups</name>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>products</source>
        <translation>products</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <source>entity %1 chosen for %2: published id, ApiUrl &apos;%3&apos; confirms</source>
        <translation>entity %1 chosen for %2: published id, ApiUrl &apos;%3&apos; confirms</translation>
    </message>
    <message>
        <source>entity %1 chosen for %2: published id, name &apos;%3&apos; confirms</source>
        <translation>entity %1 chosen for %2: published id, name &apos;%3&apos; confirms</translation>
    </message>
    <message>
        <source>entity %1 chosen for %2: ApiUrl &apos;%3&apos;</source>
        <translation>entity %1 chosen for %2: ApiUrl &apos;%3&apos;</translation>
    </message>
    <message>
        <source>no entity chosen for %2: %1 entities have ApiUrl &apos;%3&apos;</source>
        <translation>no entity chosen for %2: %1 entities have ApiUrl &apos;%3&apos;</translation>
    </message>
    <message>
        <source>entity %1 chosen for %2: exact name &apos;%3&apos;</source>
        <translation>entity %1 chosen for %2: exact name &apos;%3&apos;</translation>
    </message>
    <message>
        <source>no entity chosen for %2: %1 entities are named &apos;%3&apos;</source>
        <translation>no entity chosen for %2: %1 entities are named &apos;%3&apos;</translation>
    </message>
    <message>
        <source>no entity for %1 in Fields@Entities: neither id %2, ApiUrl &apos;%3&apos; nor the name &apos;%4&apos;</source>
        <translation>no entity for %1 in Fields@Entities: neither id %2, ApiUrl &apos;%3&apos; nor the name &apos;%4&apos;</translation>
    </message>
    <message>
        <source>field type %1 chosen: exact name &apos;%2&apos;, NativeType String</source>
        <translation>field type %1 chosen: exact name &apos;%2&apos;, NativeType String</translation>
    </message>
    <message>
        <source>no text field type chosen: %1 types are named &apos;%2&apos;</source>
        <translation>no text field type chosen: %1 types are named &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no field type named &apos;Texto simples&apos; with NativeType String in Fields@Types</source>
        <translation>no field type named &apos;Texto simples&apos; with NativeType String in Fields@Types</translation>
    </message>
    <message>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>no %1 phone type: none is named &apos;%2&apos;</source>
        <translation>no %1 phone type: none is named &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 phone type %2 chosen: exact name &apos;%3&apos;</source>
        <translation>%1 phone type %2 chosen: exact name &apos;%3&apos;</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>no %1 contact status: none is named &apos;%2&apos;</source>
        <translation>no %1 contact status: none is named &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 status %2 chosen: exact name &apos;%3&apos;</source>
        <translation>%1 status %2 chosen: exact name &apos;%3&apos;</translation>
    </message>
    <message>
        <source>currency %1 chosen: Short &apos;%2&apos;</source>
        <translation>currency %1 chosen: Short &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no currency chosen: %1 currencies have Short &apos;%2&apos;</source>
        <translation>no currency chosen: %1 currencies have Short &apos;%2&apos;</translation>
    </message>
    <message>
        <source>currency %1 chosen: exact name &apos;%2&apos;</source>
        <translation>currency %1 chosen: exact name &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no currency with Short &apos;%1&apos; in /Currencies: the account&apos;s default currency applies</source>
        <translation>no currency with Short &apos;%1&apos; in /Currencies: the account&apos;s default currency applies</translation>
    </message>
</context>
<context>
    <name>Ponte::PloomesPreflight</name>
    <message>
        <source>The &quot;Id (Omie)&quot; fields cannot be created: %1.</source>
        <translation>The &quot;Id (Omie)&quot; fields cannot be created: %1.</translation>
    </message>
    <message>
        <source>Reading the Ploomes fields of entity %1: %2</source>
        <translation>Reading the Ploomes fields of entity %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 from Ploomes: %2</source>
        <translation>Reading %1 from Ploomes: %2</translation>
    </message>
</context>
<context>
    <name>Ponte::PreflightReport</name>
    <message>
        <source>Nothing was written to either service.</source>
        <translation>Nothing was written to either service.</translation>
    </message>
    <message>
        <source>Ploomes (account %1)</source>
        <translation>Ploomes (account %1)</translation>
    </message>
    <message>
        <source>Clients are</source>
        <translation>Clients are</translation>
    </message>
    <message>
        <source>Products are</source>
        <translation>Products are</translation>
    </message>
    <message>
        <source>Orders are</source>
        <translation>Orders are</translation>
    </message>
    <message>
        <source>Text field type</source>
        <translation>Text field type</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Work phone</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Active status</source>
        <translation>Active status</translation>
    </message>
    <message>
        <source>Inactive status</source>
        <translation>Inactive status</translation>
    </message>
    <message>
        <source>Field &quot;Id (Omie)&quot; on entity %1: found (%2)</source>
        <translation>Field &quot;Id (Omie)&quot; on entity %1: found (%2)</translation>
    </message>
    <message>
        <source>Field &quot;Id (Omie)&quot; on entity %1: will be created by the first sync</source>
        <translation>Field &quot;Id (Omie)&quot; on entity %1: will be created by the first sync</translation>
    </message>
    <message>
        <source>Product family &quot;%1&quot;: found (id %2)</source>
        <translation>Product family &quot;%1&quot;: found (id %2)</translation>
    </message>
    <message>
        <source>Product family &quot;%1&quot;: will be created by the first sync</source>
        <translation>Product family &quot;%1&quot;: will be created by the first sync</translation>
    </message>
    <message>
        <source>Order stages: %1</source>
        <translation>Order stages: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Limit in force: %1 requests per second (configured %2)</source>
        <translation>Limit in force: %1 requests per second (configured %2)</translation>
    </message>
    <message>
        <source>Omie (orders sent to Omie)</source>
        <translation>Omie (orders sent to Omie)</translation>
    </message>
    <message>
        <source>Conta corrente</source>
        <translation>Conta corrente</translation>
    </message>
    <message>
        <source>Categoria</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Parcela</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <source>Stage of sales orders</source>
        <translation>Stage of sales orders</translation>
    </message>
    <message>
        <source>Stage of service orders</source>
        <translation>Stage of service orders</translation>
    </message>
    <message>
        <source>Limits in force: %1 requests per minute per method, %2 in all, %3 reads at once per method, one write at a time, no identical request within %4 s</source>
        <translation>Limits in force: %1 requests per minute per method, %2 in all, %3 reads at once per method, one write at a time, no identical request within %4 s</translation>
    </message>
    <message>
        <source>Everything a sync relies on was found.</source>
        <translation>Everything a sync relies on was found.</translation>
    </message>
    <message>
        <source>What would stop or slow a sync:</source>
        <translation>What would stop or slow a sync:</translation>
    </message>
</context>
<context>
    <name>Ponte::ProgressView</name>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Would write</source>
        <translation>Would write</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Would refuse</source>
        <translation>Would refuse</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Preview: reading both sides; nothing will be written.</source>
        <translation>Preview: reading both sides; nothing will be written.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>at least %n second(s) left at the services&apos; limits</source>
        <translation>
            <numerusform>at least %n second left at the services&apos; limits</numerusform>
            <numerusform>at least %n seconds left at the services&apos; limits</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview finished: nothing was written.</source>
        <translation>Preview finished: nothing was written.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Finished.</translation>
    </message>
</context>
<context>
    <name>Ponte::ProxyConfig</name>
    <message>
        <source>Enter the proxy&apos;s address.</source>
        <translation>Enter the proxy&apos;s address.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port.</source>
        <translation>Enter the proxy&apos;s port.</translation>
    </message>
</context>
<context>
    <name>Ponte::ProxySettings</name>
    <message>
        <source>Internet connection</source>
        <translation>Internet connection</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Use the system&apos;s proxy settings</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>No proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>This proxy:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>proxy.company.com.br</source>
        <translation>proxy.company.com.br</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>only if the proxy asks for one</source>
        <translation>only if the proxy asks for one</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Save the connection settings</source>
        <translation>Save the connection settings</translation>
    </message>
    <message>
        <source>type to set or replace the saved password</source>
        <translation>type to set or replace the saved password</translation>
    </message>
    <message>
        <source>Saved. The next connection uses it.</source>
        <translation>Saved. The next connection uses it.</translation>
    </message>
    <message>
        <source>Saved; the password is in the system keychain. The next connection uses it.</source>
        <translation>Saved; the password is in the system keychain. The next connection uses it.</translation>
    </message>
</context>
<context>
    <name>Ponte::QuarantineReasons</name>
    <message>
        <source>The service did not answer properly for a moment. Nothing needs to be done: Ponte tries again by itself.</source>
        <translation>The service did not answer properly for a moment. Nothing needs to be done: Ponte tries again by itself.</translation>
    </message>
    <message>
        <source>The service gave an answer Ponte could not understand. Ponte tries again by itself; if it keeps happening, send the log to whoever supports Ponte.</source>
        <translation>The service gave an answer Ponte could not understand. Ponte tries again by itself; if it keeps happening, send the log to whoever supports Ponte.</translation>
    </message>
    <message>
        <source>The keys were refused. Check them in Credentials…, then try again.</source>
        <translation>The keys were refused. Check them in Credentials…, then try again.</translation>
    </message>
    <message>
        <source>A record this one depends on was not found on the other side.</source>
        <translation>A record this one depends on was not found on the other side.</translation>
    </message>
    <message>
        <source>The other side already has a record with the same key (CNPJ/CPF, code or e-mail).</source>
        <translation>The other side already has a record with the same key (CNPJ/CPF, code or e-mail).</translation>
    </message>
    <message>
        <source>The service refused the record. Correct it and try again.</source>
        <translation>The service refused the record. Correct it and try again.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Ponte did not send this record: its own check before sending found a problem. Correct what the detail says (in the record, or in Schedule and options for the order defaults), then try again.</source>
        <translation>Ponte did not send this record: its own check before sending found a problem. Correct what the detail says (in the record, or in Schedule and options for the order defaults), then try again.</translation>
    </message>
    <message>
        <source>Ponte did not send this record yet: a client or product it uses is not linked on the other side. Nothing needs to be done: it goes through by itself once a sync links that client or product.</source>
        <translation>Ponte did not send this record yet: a client or product it uses is not linked on the other side. Nothing needs to be done: it goes through by itself once a sync links that client or product.</translation>
    </message>
</context>
<context>
    <name>Ponte::QueueRepository</name>
    <message>
        <source>Could not queue the work item.</source>
        <translation>Could not queue the work item.</translation>
    </message>
</context>
<context>
    <name>Ponte::RunItemsModel</name>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Ponte::RunRepository</name>
    <message>
        <source>reading the counters of a run</source>
        <translation>reading the counters of a run</translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation>reading the history</translation>
    </message>
    <message>
        <source>reading a run</source>
        <translation>reading a run</translation>
    </message>
    <message>
        <source>reading the records of a run</source>
        <translation>reading the records of a run</translation>
    </message>
    <message>
        <source>counting the records of a run</source>
        <translation>counting the records of a run</translation>
    </message>
</context>
<context>
    <name>Ponte::RunStatus</name>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Finished with failures</source>
        <translation>Finished with failures</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Unknown status</translation>
    </message>
</context>
<context>
    <name>Ponte::SaveFile</name>
    <message>
        <source>The disk is full: %1 was not saved (the previous file, if any, is unchanged).</source>
        <translation>The disk is full: %1 was not saved (the previous file, if any, is unchanged).</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
</context>
<context>
    <name>Ponte::SchedulePanel</name>
    <message>
        <source>Run the heavy sync at</source>
        <translation>Run the heavy sync at</translation>
    </message>
    <message>
        <source>Time of the heavy sync (Brasília time)</source>
        <translation>Time of the heavy sync (Brasília time)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Start with the system</source>
        <translation>Start with the system</translation>
    </message>
    <message>
        <source>Ponte starts in the notification area when you log in, so the scheduled syncs run without anyone opening the window.</source>
        <translation>Ponte starts in the notification area when you log in, so the scheduled syncs run without anyone opening the window.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>Ponte::SecretStore</name>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>No secret is stored for %1.</translation>
    </message>
</context>
<context>
    <name>Ponte::Settings</name>
    <message>
        <source>These settings were written by a newer version of Ponte (version %1). Update Ponte.</source>
        <translation>These settings were written by a newer version of Ponte (version %1). Update Ponte.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 must be a number from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 must be true or false.</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// address.</source>
        <translation>%1 must be an http:// or https:// address.</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD.</source>
        <translation>%1 must be a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 must be a time as HH:MM.</source>
        <translation>%1 must be a time as HH:MM.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 must be one of: %2.</translation>
    </message>
    <message>
        <source>Unknown setting type.</source>
        <translation>Unknown setting type.</translation>
    </message>
    <message>
        <source>There is no setting called %1.</source>
        <translation>There is no setting called %1.</translation>
    </message>
    <message>
        <source>%1 must not contain control characters.</source>
        <translation>%1 must not contain control characters.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 is too long (at most %2 characters).</translation>
    </message>
    <message>
        <source>%1 must be an IP address, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>%1 must be an IP address, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</translation>
    </message>
    <message>
        <source>%1 must list weekdays from 1 (Monday) to 7 (Sunday), separated by commas, such as 1,2,3,4,5.</source>
        <translation>%1 must list weekdays from 1 (Monday) to 7 (Sunday), separated by commas, such as 1,2,3,4,5.</translation>
    </message>
    <message>
        <source>%1 must be a date from 1990-01-01 to 2100-12-31.</source>
        <translation>%1 must be a date from 1990-01-01 to 2100-12-31.</translation>
    </message>
    <message>
        <source>Business hours must end after they start (start %1, end %2); the same time for both means no business hours.</source>
        <translation>Business hours must end after they start (start %1, end %2); the same time for both means no business hours.</translation>
    </message>
</context>
<context>
    <name>Ponte::SetupWizard</name>
    <message>
        <source>paste the key here</source>
        <translation>paste the key here</translation>
    </message>
    <message>
        <source>Connected: the keys were accepted.</source>
        <translation>Connected: the keys were accepted.</translation>
    </message>
    <message>
        <source>Set up Ponte</source>
        <translation>Set up Ponte</translation>
    </message>
    <message>
        <source>Welcome to Ponte</source>
        <translation>Welcome to Ponte</translation>
    </message>
    <message>
        <source>Ponte keeps your company&apos;s Omie (ERP) and Ploomes (CRM) in step: clients, products and orders go from one to the other without typing them twice. It needs a key of each service, which this assistant helps you find, and a few choices. Nothing is saved until you click Finish.</source>
        <translation>Ponte keeps your company&apos;s Omie (ERP) and Ploomes (CRM) in step: clients, products and orders go from one to the other without typing them twice. It needs a key of each service, which this assistant helps you find, and a few choices. Nothing is saved until you click Finish.</translation>
    </message>
    <message>
        <source>Set up my Omie and Ploomes accounts</source>
        <translation>Set up my Omie and Ploomes accounts</translation>
    </message>
    <message>
        <source>Try the demonstration first (simulated services, no keys needed)</source>
        <translation>Try the demonstration first (simulated services, no keys needed)</translation>
    </message>
    <message>
        <source>Omie keys</source>
        <translation>Omie keys</translation>
    </message>
    <message>
        <source>In Omie, open &lt;a href=&quot;https://developer.omie.com.br/my-apps/&quot;&gt;developer.omie.com.br/my-apps&lt;/a&gt;, choose your company&apos;s application and copy its App Key and App Secret here.</source>
        <translation>In Omie, open &lt;a href=&quot;https://developer.omie.com.br/my-apps/&quot;&gt;developer.omie.com.br/my-apps&lt;/a&gt;, choose your company&apos;s application and copy its App Key and App Secret here.</translation>
    </message>
    <message>
        <source>App Key:</source>
        <translation>App Key:</translation>
    </message>
    <message>
        <source>App Secret:</source>
        <translation>App Secret:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Ploomes key</source>
        <translation>Ploomes key</translation>
    </message>
    <message>
        <source>User-Key:</source>
        <translation>User-Key:</translation>
    </message>
    <message>
        <source>Orders sent to Omie</source>
        <translation>Orders sent to Omie</translation>
    </message>
    <message>
        <source>An order that comes from Ploomes needs a conta corrente, a categoria, a parcela and an etapa in Omie. Pick them from your Omie&apos;s own lists.</source>
        <translation>An order that comes from Ploomes needs a conta corrente, a categoria, a parcela and an etapa in Omie. Pick them from your Omie&apos;s own lists.</translation>
    </message>
    <message>
        <source>Conta corrente:</source>
        <translation>Conta corrente:</translation>
    </message>
    <message>
        <source>Categoria:</source>
        <translation>Categoria:</translation>
    </message>
    <message>
        <source>Parcela:</source>
        <translation>Parcela:</translation>
    </message>
    <message>
        <source>Etapa:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Older orders and conflicts</source>
        <translation>Older orders and conflicts</translation>
    </message>
    <message>
        <source>Clients and products are always brought over. Orders made before today are brought only if you ask, from the date you choose: a long history takes longer the first time.</source>
        <translation>Clients and products are always brought over. Orders made before today are brought only if you ask, from the date you choose: a long history takes longer the first time.</translation>
    </message>
    <message>
        <source>Bring Omie orders into Ploomes from</source>
        <translation>Bring Omie orders into Ploomes from</translation>
    </message>
    <message>
        <source>Send Ploomes orders to Omie from</source>
        <translation>Send Ploomes orders to Omie from</translation>
    </message>
    <message>
        <source>When a record was changed on both sides since the last sync:</source>
        <translation>When a record was changed on both sides since the last sync:</translation>
    </message>
    <message>
        <source>Omie&apos;s version wins</source>
        <translation>Omie&apos;s version wins</translation>
    </message>
    <message>
        <source>Ploomes&apos; version wins</source>
        <translation>Ploomes&apos; version wins</translation>
    </message>
    <message>
        <source>The newest change wins</source>
        <translation>The newest change wins</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>When to sync</translation>
    </message>
    <message>
        <source>Omie and Ploomes limit how many requests each company makes, and during business hours other tools use them too. Ponte then takes only a small share and brings changes every few minutes; the heavy sync is best done once a day after hours, while Ponte is open.</source>
        <translation>Omie and Ploomes limit how many requests each company makes, and during business hours other tools use them too. Ponte then takes only a small share and brings changes every few minutes; the heavy sync is best done once a day after hours, while Ponte is open.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Preview the first sync (it shows what would change and writes nothing)</source>
        <translation>Preview the first sync (it shows what would change and writes nothing)</translation>
    </message>
    <message>
        <source>Reading the lists from Omie…</source>
        <translation>Reading the lists from Omie…</translation>
    </message>
    <message>
        <source>Check the choices; they can be changed later in Schedule and options.</source>
        <translation>Check the choices; they can be changed later in Schedule and options.</translation>
    </message>
    <message>
        <source>The keys are saved in the system keychain only.</source>
        <translation>The keys are saved in the system keychain only.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Older Omie orders into Ploomes from: %1</source>
        <translation>Older Omie orders into Ploomes from: %1</translation>
    </message>
    <message>
        <source>Older Ploomes orders into Omie from: %1</source>
        <translation>Older Ploomes orders into Omie from: %1</translation>
    </message>
    <message>
        <source>Changed on both sides: %1</source>
        <translation>Changed on both sides: %1</translation>
    </message>
    <message>
        <source>No scheduled heavy sync.</source>
        <translation>No scheduled heavy sync.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Paste it here.</source>
        <translation>Paste it here.</translation>
    </message>
    <message>
        <source>Run the heavy sync every day at %1, %2 (after business hours)</source>
        <translation>Run the heavy sync every day at %1, %2 (after business hours)</translation>
    </message>
    <message>
        <source>Connecting… (a second test within a minute can take up to a minute: Omie refuses the same request repeated sooner)</source>
        <translation>Connecting… (a second test within a minute can take up to a minute: Omie refuses the same request repeated sooner)</translation>
    </message>
    <message>
        <source>Orders sent to Omie, %1: %2</source>
        <translation>Orders sent to Omie, %1: %2</translation>
    </message>
</context>
<context>
    <name>Ponte::SingleInstance</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Ponte is already running for this data folder but does not answer.</source>
        <translation>Ponte is already running for this data folder but does not answer.</translation>
    </message>
</context>
<context>
    <name>Ponte::SyncDaemon</name>
    <message>
        <source>the Omie and Ploomes credentials are not set up</source>
        <translation>the Omie and Ploomes credentials are not set up</translation>
    </message>
</context>
<context>
    <name>Ponte::SyncEngine</name>
    <message>
        <source>Another synchronisation is already running for this data folder.</source>
        <translation>Another synchronisation is already running for this data folder.</translation>
    </message>
</context>
<context>
    <name>Ponte::SyncProgress</name>
    <message>
        <source>reading</source>
        <translation>reading</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>writing</translation>
    </message>
    <message>
        <source>cross-references</source>
        <translation>cross-references</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>Ponte::SyncRun</name>
    <message>
        <source>Looking up a record by its Omie id</source>
        <translation>Looking up a record by its Omie id</translation>
    </message>
    <message numerus="yes">
        <source>%n create(s) interrupted by an earlier stop will be checked before they are sent again.</source>
        <translation>
            <numerusform>%n create interrupted by an earlier stop will be checked before it is sent again.</numerusform>
            <numerusform>%n creates interrupted by an earlier stop will be checked before they are sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Omie App Key/App Secret and the Ploomes User-Key are not all set up. Enter them in the settings (or with &quot;ponte-cli credentials set&quot;).</source>
        <translation>The Omie App Key/App Secret and the Ploomes User-Key are not all set up. Enter them in the settings (or with &quot;ponte-cli credentials set&quot;).</translation>
    </message>
    <message>
        <source>Preview started: nothing will be written.</source>
        <translation>Preview started: nothing will be written.</translation>
    </message>
    <message>
        <source>Synchronisation started.</source>
        <translation>Synchronisation started.</translation>
    </message>
    <message>
        <source>Stopped at the user&apos;s request; nothing was left half done.</source>
        <translation>Stopped at the user&apos;s request; nothing was left half done.</translation>
    </message>
    <message>
        <source>Synchronisation finished: %1.</source>
        <translation>Synchronisation finished: %1.</translation>
    </message>
    <message>
        <source>Reading the Omie sellers</source>
        <translation>Reading the Omie sellers</translation>
    </message>
    <message>
        <source>Reading the Ploomes users</source>
        <translation>Reading the Ploomes users</translation>
    </message>
    <message>
        <source>The Omie seller has no e-mail, so no Ploomes user can be matched.</source>
        <translation>The Omie seller has no e-mail, so no Ploomes user can be matched.</translation>
    </message>
    <message>
        <source>No Ploomes user has the e-mail %1 (users are never created).</source>
        <translation>No Ploomes user has the e-mail %1 (users are never created).</translation>
    </message>
    <message>
        <source>Matched with the Ploomes user %1.</source>
        <translation>Matched with the Ploomes user %1.</translation>
    </message>
    <message>
        <source>Reading Omie clients…</source>
        <translation>Reading Omie clients…</translation>
    </message>
    <message>
        <source>Reading the Omie clients</source>
        <translation>Reading the Omie clients</translation>
    </message>
    <message>
        <source>Reading Ploomes contacts…</source>
        <translation>Reading Ploomes contacts…</translation>
    </message>
    <message>
        <source>Reading the Ploomes contacts</source>
        <translation>Reading the Ploomes contacts</translation>
    </message>
    <message>
        <source>Reading quarantined contacts</source>
        <translation>Reading quarantined contacts</translation>
    </message>
    <message>
        <source>Reading an Omie client</source>
        <translation>Reading an Omie client</translation>
    </message>
    <message>
        <source>Changed in both systems since the last sync; Omie&apos;s version was kept (policy %1).</source>
        <translation>Changed in both systems since the last sync; Omie&apos;s version was kept (policy %1).</translation>
    </message>
    <message>
        <source>Changed in both systems since the last sync; Ploomes&apos; version was kept (policy %1).</source>
        <translation>Changed in both systems since the last sync; Ploomes&apos; version was kept (policy %1).</translation>
    </message>
    <message>
        <source>The client has neither a trade name nor a legal name.</source>
        <translation>The client has neither a trade name nor a legal name.</translation>
    </message>
    <message>
        <source>The contact has no CNPJ/CPF, which Omie requires.</source>
        <translation>The contact has no CNPJ/CPF, which Omie requires.</translation>
    </message>
    <message>
        <source>The contact&apos;s CNPJ/CPF %1 is not valid.</source>
        <translation>The contact&apos;s CNPJ/CPF %1 is not valid.</translation>
    </message>
    <message>
        <source>The contact has no name.</source>
        <translation>The contact has no name.</translation>
    </message>
    <message>
        <source>Linked to the existing record with the same id or CNPJ/CPF.</source>
        <translation>Linked to the existing record with the same id or CNPJ/CPF.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; had already reached Ploomes before an interruption; linked, not duplicated.</source>
        <translation>&quot;%1&quot; had already reached Ploomes before an interruption; linked, not duplicated.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; had already reached Omie before an interruption; linked, not duplicated.</source>
        <translation>&quot;%1&quot; had already reached Omie before an interruption; linked, not duplicated.</translation>
    </message>
    <message>
        <source>Looking up a client in Omie</source>
        <translation>Looking up a client in Omie</translation>
    </message>
    <message>
        <source>Creating the contact in Ploomes</source>
        <translation>Creating the contact in Ploomes</translation>
    </message>
    <message>
        <source>Updating the contact in Ploomes</source>
        <translation>Updating the contact in Ploomes</translation>
    </message>
    <message>
        <source>Creating the client in Omie</source>
        <translation>Creating the client in Omie</translation>
    </message>
    <message>
        <source>Updating the client in Omie</source>
        <translation>Updating the client in Omie</translation>
    </message>
    <message>
        <source>Linking to the existing Omie client</source>
        <translation>Linking to the existing Omie client</translation>
    </message>
    <message>
        <source>A client with this CNPJ/CPF already existed in Omie; linked and updated.</source>
        <translation>A client with this CNPJ/CPF already existed in Omie; linked and updated.</translation>
    </message>
    <message>
        <source>Storing the Omie id in Ploomes</source>
        <translation>Storing the Omie id in Ploomes</translation>
    </message>
    <message>
        <source>Reading the Ploomes orders</source>
        <translation>Reading the Ploomes orders</translation>
    </message>
    <message>
        <source>Reading the contacts of the orders</source>
        <translation>Reading the contacts of the orders</translation>
    </message>
    <message>
        <source>Ploomes order %1</source>
        <translation>Ploomes order %1</translation>
    </message>
    <message>
        <source>The order mixes products and services; Omie needs one sales order for products and one service order for services.</source>
        <translation>The order mixes products and services; Omie needs one sales order for products and one service order for services.</translation>
    </message>
    <message>
        <source>The order has no products.</source>
        <translation>The order has no products.</translation>
    </message>
    <message>
        <source>the order has no client</source>
        <translation>the order has no client</translation>
    </message>
    <message>
        <source>the client is not in Omie yet (it is synchronised first; retried later)</source>
        <translation>the client is not in Omie yet (it is synchronised first; retried later)</translation>
    </message>
    <message>
        <source>the client has no city or state</source>
        <translation>the client has no city or state</translation>
    </message>
    <message>
        <source>the client&apos;s address has no number</source>
        <translation>the client&apos;s address has no number</translation>
    </message>
    <message>
        <source>the client has no CNPJ/CPF</source>
        <translation>the client has no CNPJ/CPF</translation>
    </message>
    <message>
        <source>the client&apos;s name &quot;%1&quot; is generic</source>
        <translation>the client&apos;s name &quot;%1&quot; is generic</translation>
    </message>
    <message>
        <source>the product &quot;%1&quot; has no &quot;Id (Omie)&quot;</source>
        <translation>the product &quot;%1&quot; has no &quot;Id (Omie)&quot;</translation>
    </message>
    <message>
        <source>the quantity of &quot;%1&quot; is not positive</source>
        <translation>the quantity of &quot;%1&quot; is not positive</translation>
    </message>
    <message>
        <source>the unit price of &quot;%1&quot; is not positive</source>
        <translation>the unit price of &quot;%1&quot; is not positive</translation>
    </message>
    <message>
        <source>the order has no products</source>
        <translation>the order has no products</translation>
    </message>
    <message>
        <source>the order total is not positive</source>
        <translation>the order total is not positive</translation>
    </message>
    <message>
        <source>the responsible user has no Omie seller with the same e-mail</source>
        <translation>the responsible user has no Omie seller with the same e-mail</translation>
    </message>
    <message>
        <source>Not sent to Omie: %1.</source>
        <translation>Not sent to Omie: %1.</translation>
    </message>
    <message>
        <source>Looking up an order in Omie</source>
        <translation>Looking up an order in Omie</translation>
    </message>
    <message>
        <source>Creating the service order in Omie</source>
        <translation>Creating the service order in Omie</translation>
    </message>
    <message>
        <source>Creating the sales order in Omie</source>
        <translation>Creating the sales order in Omie</translation>
    </message>
    <message>
        <source>Omie number %1.</source>
        <translation>Omie number %1.</translation>
    </message>
    <message>
        <source>Storing the Omie id in the Ploomes order</source>
        <translation>Storing the Omie id in the Ploomes order</translation>
    </message>
    <message>
        <source>Reading Omie service orders…</source>
        <translation>Reading Omie service orders…</translation>
    </message>
    <message>
        <source>Reading Omie sales orders…</source>
        <translation>Reading Omie sales orders…</translation>
    </message>
    <message>
        <source>Reading the Omie service orders</source>
        <translation>Reading the Omie service orders</translation>
    </message>
    <message>
        <source>Reading the Omie sales orders</source>
        <translation>Reading the Omie sales orders</translation>
    </message>
    <message>
        <source>Service order %1</source>
        <translation>Service order %1</translation>
    </message>
    <message>
        <source>Sales order %1</source>
        <translation>Sales order %1</translation>
    </message>
    <message>
        <source>The Ploomes order %1 no longer exists.</source>
        <translation>The Ploomes order %1 no longer exists.</translation>
    </message>
    <message>
        <source>its client is not linked to a Ploomes contact yet</source>
        <translation>its client is not linked to a Ploomes contact yet</translation>
    </message>
    <message>
        <source>item %1 is not linked to a Ploomes product</source>
        <translation>item %1 is not linked to a Ploomes product</translation>
    </message>
    <message>
        <source>it has no items</source>
        <translation>it has no items</translation>
    </message>
    <message>
        <source>Not imported into Ploomes: %1.</source>
        <translation>Not imported into Ploomes: %1.</translation>
    </message>
    <message>
        <source>Importing the order into Ploomes</source>
        <translation>Importing the order into Ploomes</translation>
    </message>
    <message>
        <source>Updating the order in Ploomes</source>
        <translation>Updating the order in Ploomes</translation>
    </message>
    <message>
        <source>Reading Omie services…</source>
        <translation>Reading Omie services…</translation>
    </message>
    <message>
        <source>Reading Omie products…</source>
        <translation>Reading Omie products…</translation>
    </message>
    <message>
        <source>Reading the Omie services</source>
        <translation>Reading the Omie services</translation>
    </message>
    <message>
        <source>Reading the Omie products</source>
        <translation>Reading the Omie products</translation>
    </message>
    <message>
        <source>Reading the Ploomes products</source>
        <translation>Reading the Ploomes products</translation>
    </message>
    <message>
        <source>The item has no description and no code.</source>
        <translation>The item has no description and no code.</translation>
    </message>
    <message>
        <source>Linked to the Ploomes product with the same code or Omie id.</source>
        <translation>Linked to the Ploomes product with the same code or Omie id.</translation>
    </message>
    <message>
        <source>Creating the product in Ploomes</source>
        <translation>Creating the product in Ploomes</translation>
    </message>
    <message>
        <source>Updating the product in Ploomes</source>
        <translation>Updating the product in Ploomes</translation>
    </message>
    <message>
        <source>Reading the Ploomes entities</source>
        <translation>Reading the Ploomes entities</translation>
    </message>
    <message>
        <source>Reading the Ploomes field types</source>
        <translation>Reading the Ploomes field types</translation>
    </message>
    <message>
        <source>Reading the Ploomes phone types</source>
        <translation>Reading the Ploomes phone types</translation>
    </message>
    <message>
        <source>Reading the Ploomes contact statuses</source>
        <translation>Reading the Ploomes contact statuses</translation>
    </message>
    <message>
        <source>Reading the Omie billing stages</source>
        <translation>Reading the Omie billing stages</translation>
    </message>
    <message>
        <source>Reading the Ploomes custom fields</source>
        <translation>Reading the Ploomes custom fields</translation>
    </message>
    <message>
        <source>The Ploomes custom field &quot;%1&quot; would be created.</source>
        <translation>The Ploomes custom field &quot;%1&quot; would be created.</translation>
    </message>
    <message>
        <source>Creating the Ploomes field &quot;%1&quot;</source>
        <translation>Creating the Ploomes field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The Ploomes field &quot;%1&quot; could not be created: %2</source>
        <translation>The Ploomes field &quot;%1&quot; could not be created: %2</translation>
    </message>
    <message>
        <source>Created the Ploomes custom field &quot;%1&quot;.</source>
        <translation>Created the Ploomes custom field &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reading the Ploomes cities</source>
        <translation>Reading the Ploomes cities</translation>
    </message>
    <message>
        <source>Reading the Ploomes states</source>
        <translation>Reading the Ploomes states</translation>
    </message>
    <message>
        <source>Reading the Ploomes tags</source>
        <translation>Reading the Ploomes tags</translation>
    </message>
    <message>
        <source>Creating the Ploomes tag &quot;%1&quot;</source>
        <translation>Creating the Ploomes tag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reading the Ploomes product families</source>
        <translation>Reading the Ploomes product families</translation>
    </message>
    <message>
        <source>The product family &quot;%1&quot; would be created.</source>
        <translation>The product family &quot;%1&quot; would be created.</translation>
    </message>
    <message>
        <source>Creating the product family &quot;%1&quot;</source>
        <translation>Creating the product family &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reading the Ploomes product groups</source>
        <translation>Reading the Ploomes product groups</translation>
    </message>
    <message>
        <source>Creating the product group &quot;%1&quot;</source>
        <translation>Creating the product group &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reading the Omie contas correntes</source>
        <translation>Reading the Omie contas correntes</translation>
    </message>
    <message>
        <source>Reading the Omie categorias</source>
        <translation>Reading the Omie categorias</translation>
    </message>
    <message>
        <source>Reading the Omie formas de pagamento</source>
        <translation>Reading the Omie formas de pagamento</translation>
    </message>
    <message>
        <source>Reading a record to store its Omie id</source>
        <translation>Reading a record to store its Omie id</translation>
    </message>
    <message>
        <source>Linked to the Ploomes order that already holds this Omie id.</source>
        <translation>Linked to the Ploomes order that already holds this Omie id.</translation>
    </message>
    <message>
        <source>Reading the Omie etapas de faturamento</source>
        <translation>Reading the Omie etapas de faturamento</translation>
    </message>
    <message>
        <source>Reading quarantined Ploomes orders</source>
        <translation>Reading quarantined Ploomes orders</translation>
    </message>
    <message>
        <source>Reading quarantined Omie orders</source>
        <translation>Reading quarantined Omie orders</translation>
    </message>
    <message>
        <source>Ploomes refused the filter on the &quot;Id (Omie)&quot; field (HTTP 403) although the key is valid; records are read in full and matched locally instead.</source>
        <translation>Ploomes refused the filter on the &quot;Id (Omie)&quot; field (HTTP 403) although the key is valid; records are read in full and matched locally instead.</translation>
    </message>
    <message>
        <source>Ploomes set-up stopped: %1.</source>
        <translation>Ploomes set-up stopped: %1.</translation>
    </message>
    <message>
        <source>Ploomes: %1.</source>
        <translation>Ploomes: %1.</translation>
    </message>
    <message>
        <source>Reading the Ploomes currencies</source>
        <translation>Reading the Ploomes currencies</translation>
    </message>
    <message>
        <source>The local database could not be written (%1: %2). The synchronisation stopped before sending anything it could not record; free disk space or close the program that holds the database, then run it again: records already sent are looked up, not duplicated.</source>
        <translation>The local database could not be written (%1: %2). The synchronisation stopped before sending anything it could not record; free disk space or close the program that holds the database, then run it again: records already sent are looked up, not duplicated.</translation>
    </message>
    <message>
        <source>Saving the link of &quot;%1&quot;</source>
        <translation>Saving the link of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Saving the run&apos;s counters</source>
        <translation>Saving the run&apos;s counters</translation>
    </message>
    <message>
        <source>Saving the run&apos;s request counts</source>
        <translation>Saving the run&apos;s request counts</translation>
    </message>
    <message>
        <source>Recording &quot;%1&quot; in the history</source>
        <translation>Recording &quot;%1&quot; in the history</translation>
    </message>
    <message>
        <source>Quarantining &quot;%1&quot;</source>
        <translation>Quarantining &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Releasing a record from quarantine</source>
        <translation>Releasing a record from quarantine</translation>
    </message>
    <message>
        <source>Saving a link between Omie and Ploomes</source>
        <translation>Saving a link between Omie and Ploomes</translation>
    </message>
    <message>
        <source>Recording a create before it is sent</source>
        <translation>Recording a create before it is sent</translation>
    </message>
    <message>
        <source>Closing the work entry of a create</source>
        <translation>Closing the work entry of a create</translation>
    </message>
    <message>
        <source>Saving how far the run has read</source>
        <translation>Saving how far the run has read</translation>
    </message>
    <message>
        <source>Saving a batch of results</source>
        <translation>Saving a batch of results</translation>
    </message>
    <message>
        <source>Recording the writes about to be sent</source>
        <translation>Recording the writes about to be sent</translation>
    </message>
    <message>
        <source>Recording a cross-reference before it is sent</source>
        <translation>Recording a cross-reference before it is sent</translation>
    </message>
    <message>
        <source>Closing the work entry of a cross-reference</source>
        <translation>Closing the work entry of a cross-reference</translation>
    </message>
    <message>
        <source>Recording the end of the run</source>
        <translation>Recording the end of the run</translation>
    </message>
    <message>
        <source>Saving when synchronisation was first activated</source>
        <translation>Saving when synchronisation was first activated</translation>
    </message>
    <message>
        <source>Saving the learned Ploomes rate</source>
        <translation>Saving the learned Ploomes rate</translation>
    </message>
    <message>
        <source>Re-pointing a seller</source>
        <translation>Re-pointing a seller</translation>
    </message>
    <message>
        <source>Checking whether an Omie record was deleted</source>
        <translation>Checking whether an Omie record was deleted</translation>
    </message>
    <message>
        <source>Checking whether a Ploomes record was deleted</source>
        <translation>Checking whether a Ploomes record was deleted</translation>
    </message>
    <message numerus="yes">
        <source>A full read of %1 came back empty although %n pair(s) exist; that proves no deletion, so none is looked for on that side.</source>
        <translation>
            <numerusform>A full read of %1 came back empty although %n pair exists; that proves no deletion, so none is looked for on that side.</numerusform>
            <numerusform>A full read of %1 came back empty although %n pairs exist; that proves no deletion, so none is looked for on that side.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted in both Omie and Ploomes (noticed %1); the link was removed.</source>
        <translation>Deleted in both Omie and Ploomes (noticed %1); the link was removed.</translation>
    </message>
    <message>
        <source>Deleted in Omie (noticed %1); it is created there again from Ploomes.</source>
        <translation>Deleted in Omie (noticed %1); it is created there again from Ploomes.</translation>
    </message>
    <message>
        <source>Deleted in Ploomes (noticed %1); it is created there again from Omie.</source>
        <translation>Deleted in Ploomes (noticed %1); it is created there again from Omie.</translation>
    </message>
    <message>
        <source>Deleted in Omie (noticed %1); deleted in Ploomes too, as the deletion policy says.</source>
        <translation>Deleted in Omie (noticed %1); deleted in Ploomes too, as the deletion policy says.</translation>
    </message>
    <message>
        <source>Deleted in Ploomes (noticed %1); deleted in Omie too, as the deletion policy says.</source>
        <translation>Deleted in Ploomes (noticed %1); deleted in Omie too, as the deletion policy says.</translation>
    </message>
    <message>
        <source>Deleted in Omie (noticed %1); the link was undone and the Ploomes record is kept.</source>
        <translation>Deleted in Omie (noticed %1); the link was undone and the Ploomes record is kept.</translation>
    </message>
    <message>
        <source>Deleted in Ploomes (noticed %1); the link was undone and the Omie record is kept.</source>
        <translation>Deleted in Ploomes (noticed %1); the link was undone and the Omie record is kept.</translation>
    </message>
    <message>
        <source>The deletion policy &quot;%1&quot; cannot be applied to this record from that side, so the link was undone instead.</source>
        <translation>The deletion policy &quot;%1&quot; cannot be applied to this record from that side, so the link was undone instead.</translation>
    </message>
    <message>
        <source>Deleting it failed: %1. It is tried again by the next full sync.</source>
        <translation>Deleting it failed: %1. It is tried again by the next full sync.</translation>
    </message>
    <message>
        <source>Mirroring a deletion</source>
        <translation>Mirroring a deletion</translation>
    </message>
    <message>
        <source>Not synchronised: its counterpart was deleted and the deletion policy leaves it unlinked.</source>
        <translation>Not synchronised: its counterpart was deleted and the deletion policy leaves it unlinked.</translation>
    </message>
    <message>
        <source>Order (Omie %1, Ploomes %2)</source>
        <translation>Order (Omie %1, Ploomes %2)</translation>
    </message>
    <message>
        <source>The Ploomes set-up for products could not be completed.</source>
        <translation>The Ploomes set-up for products could not be completed.</translation>
    </message>
    <message>
        <source>The product family &quot;%1&quot; could not be created in Ploomes: %2</source>
        <translation>The product family &quot;%1&quot; could not be created in Ploomes: %2</translation>
    </message>
    <message>
        <source>The product group &quot;%1&quot; could not be created in Ploomes: %2</source>
        <translation>The product group &quot;%1&quot; could not be created in Ploomes: %2</translation>
    </message>
    <message>
        <source>The Ploomes set-up for orders could not be completed.</source>
        <translation>The Ploomes set-up for orders could not be completed.</translation>
    </message>
    <message>
        <source>Omie did not give a list the order defaults need (%1): %2</source>
        <translation>Omie did not give a list the order defaults need (%1): %2</translation>
    </message>
    <message>
        <source>The Ploomes set-up for clients could not be completed.</source>
        <translation>The Ploomes set-up for clients could not be completed.</translation>
    </message>
    <message>
        <source>The Ploomes cities and states could not be read, so no client address can be mapped.</source>
        <translation>The Ploomes cities and states could not be read, so no client address can be mapped.</translation>
    </message>
    <message>
        <source>Listing every Omie order to find deletions</source>
        <translation>Listing every Omie order to find deletions</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) left unlinked by an earlier deletion are synchronised again as new, as the deletion policy is now &quot;recreate&quot;.</source>
        <translation>
            <numerusform>%1: %n record left unlinked by an earlier deletion is synchronised again as new, as the deletion policy is now &quot;recreate&quot;.</numerusform>
            <numerusform>%1: %n records left unlinked by an earlier deletion are synchronised again as new, as the deletion policy is now &quot;recreate&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in Omie could not be listed in full (%2); no deletion is looked for there in this run.</source>
        <translation>%1 in Omie could not be listed in full (%2); no deletion is looked for there in this run.</translation>
    </message>
    <message>
        <source>Still in quarantine; tried again on %1 (Brasília time), or at once after &quot;Try again&quot;. Reason: %2</source>
        <translation>Still in quarantine; tried again on %1 (Brasília time), or at once after &quot;Try again&quot;. Reason: %2</translation>
    </message>
    <message>
        <source>Reading the Ploomes orders to create again</source>
        <translation>Reading the Ploomes orders to create again</translation>
    </message>
</context>
<context>
    <name>Ponte::TlsSupport</name>
    <message>
        <source>No TLS backend is available, so the secure (https) connections to Omie and Ploomes cannot be made. The installation is incomplete: reinstall Ponte (the TLS plugins in plugins/tls are missing).</source>
        <translation>No TLS backend is available, so the secure (https) connections to Omie and Ploomes cannot be made. The installation is incomplete: reinstall Ponte (the TLS plugins in plugins/tls are missing).</translation>
    </message>
    <message>
        <source>TLS is not available: the installed backend (%1) cannot open secure connections. On Linux, install the OpenSSL 3 library (libssl3); on other systems, reinstall Ponte.</source>
        <translation>TLS is not available: the installed backend (%1) cannot open secure connections. On Linux, install the OpenSSL 3 library (libssl3); on other systems, reinstall Ponte.</translation>
    </message>
</context>
<context>
    <name>Ponte::TrayIcon</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Open Ponte</source>
        <translation>Open Ponte</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Ponte — synchronising…</source>
        <translation>Ponte — synchronising…</translation>
    </message>
    <message>
        <source>Ponte — the last sync failed</source>
        <translation>Ponte — the last sync failed</translation>
    </message>
    <message>
        <source>Ponte — idle</source>
        <translation>Ponte — idle</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
</context>
<context>
    <name>Ponte::TypeConversion</name>
    <message>
        <source>An Omie field of type &quot;%1&quot; cannot fill a Ploomes field of type &quot;%2&quot;. Compatible Ploomes types: %3.</source>
        <translation>An Omie field of type &quot;%1&quot; cannot fill a Ploomes field of type &quot;%2&quot;. Compatible Ploomes types: %3.</translation>
    </message>
    <message>
        <source>text as is (at most 250 characters in Ploomes)</source>
        <translation>text as is (at most 250 characters in Ploomes)</translation>
    </message>
    <message>
        <source>text as is</source>
        <translation>text as is</translation>
    </message>
    <message>
        <source>text cut to 250 characters</source>
        <translation>text cut to 250 characters</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>whole number</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>number written as text</source>
        <translation>number written as text</translation>
    </message>
    <message>
        <source>number with decimals (point in Omie)</source>
        <translation>number with decimals (point in Omie)</translation>
    </message>
    <message>
        <source>amount with 2 decimals</source>
        <translation>amount with 2 decimals</translation>
    </message>
    <message>
        <source>amount as a number</source>
        <translation>amount as a number</translation>
    </message>
    <message>
        <source>amount written as text (1234,50)</source>
        <translation>amount written as text (1234,50)</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>percentage</translation>
    </message>
    <message>
        <source>percentage as a number</source>
        <translation>percentage as a number</translation>
    </message>
    <message>
        <source>dd/mm/aaaa ↔ ISO-8601 date with the -03:00 offset</source>
        <translation>dd/mm/aaaa ↔ ISO-8601 date with the -03:00 offset</translation>
    </message>
    <message>
        <source>dd/mm/aaaa ↔ ISO-8601 at 00:00 -03:00</source>
        <translation>dd/mm/aaaa ↔ ISO-8601 at 00:00 -03:00</translation>
    </message>
    <message>
        <source>date written as dd/mm/aaaa</source>
        <translation>date written as dd/mm/aaaa</translation>
    </message>
    <message>
        <source>date and time with offset</source>
        <translation>date and time with offset</translation>
    </message>
    <message>
        <source>date and time as text</source>
        <translation>date and time as text</translation>
    </message>
    <message>
        <source>S/N ↔ checkbox</source>
        <translation>S/N ↔ checkbox</translation>
    </message>
    <message>
        <source>S/N ↔ &quot;Sim&quot;/&quot;Não&quot;</source>
        <translation>S/N ↔ &quot;Sim&quot;/&quot;Não&quot;</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>e-mail as text</source>
        <translation>e-mail as text</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>web address</translation>
    </message>
    <message>
        <source>web address as text</source>
        <translation>web address as text</translation>
    </message>
    <message>
        <source>CNPJ/CPF: digits ↔ mask; company or person by length</source>
        <translation>CNPJ/CPF: digits ↔ mask; company or person by length</translation>
    </message>
    <message>
        <source>CNPJ/CPF with mask</source>
        <translation>CNPJ/CPF with mask</translation>
    </message>
    <message>
        <source>CEP as 8 digits ↔ 00000-000</source>
        <translation>CEP as 8 digits ↔ 00000-000</translation>
    </message>
    <message>
        <source>CEP as 00000-000</source>
        <translation>CEP as 00000-000</translation>
    </message>
    <message>
        <source>DDD + number ↔ one phone &quot;(11) 3333-4444&quot;</source>
        <translation>DDD + number ↔ one phone &quot;(11) 3333-4444&quot;</translation>
    </message>
    <message>
        <source>phone as &quot;(11) 3333-4444&quot;</source>
        <translation>phone as &quot;(11) 3333-4444&quot;</translation>
    </message>
    <message>
        <source>IBGE code ↔ Ploomes city (by IBGECode)</source>
        <translation>IBGE code ↔ Ploomes city (by IBGECode)</translation>
    </message>
    <message>
        <source>UF ↔ Ploomes state (by its short name)</source>
        <translation>UF ↔ Ploomes state (by its short name)</translation>
    </message>
    <message>
        <source>UF as text</source>
        <translation>UF as text</translation>
    </message>
    <message>
        <source>Omie country code ↔ Ploomes country (1058 ↔ Brasil)</source>
        <translation>Omie country code ↔ Ploomes country (1058 ↔ Brasil)</translation>
    </message>
    <message>
        <source>tags ↔ Ploomes tags (Marcadores), created when missing</source>
        <translation>tags ↔ Ploomes tags (Marcadores), created when missing</translation>
    </message>
    <message>
        <source>tags joined with commas</source>
        <translation>tags joined with commas</translation>
    </message>
    <message>
        <source>vendedor ↔ user with the same e-mail</source>
        <translation>vendedor ↔ user with the same e-mail</translation>
    </message>
    <message>
        <source>inativo S/N ↔ contact status Inativo/Ativo</source>
        <translation>inativo S/N ↔ contact status Inativo/Ativo</translation>
    </message>
    <message>
        <source>inativo S/N ↔ checkbox</source>
        <translation>inativo S/N ↔ checkbox</translation>
    </message>
    <message>
        <source>id as text (ids exceed 32 bits)</source>
        <translation>id as text (ids exceed 32 bits)</translation>
    </message>
    <message>
        <source>option code ↔ option (by name or external key)</source>
        <translation>option code ↔ option (by name or external key)</translation>
    </message>
    <message>
        <source>option code as text</source>
        <translation>option code as text</translation>
    </message>
    <message>
        <source>text ↔ option with that name</source>
        <translation>text ↔ option with that name</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ponte connects the Omie ERP with the Ploomes CRM.</source>
        <translation>Ponte connects the Omie ERP with the Ploomes CRM.</translation>
    </message>
    <message>
        <source>Data folder to use.</source>
        <translation>Data folder to use.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Run against the built-in simulators.</source>
        <translation>Run against the built-in simulators.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window and quit.</source>
        <translation>Save a screenshot of the window and quit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Ponte</source>
        <translation>Ponte</translation>
    </message>
    <message>
        <source>Start a sync as soon as the window opens.</source>
        <translation>Start a sync as soon as the window opens.</translation>
    </message>
    <message>
        <source>Run against the built-in simulators unless Omie and Ploomes credentials are stored.</source>
        <translation>Run against the built-in simulators unless Omie and Ploomes credentials are stored.</translation>
    </message>
    <message>
        <source>Start in the notification area (used when starting with the system).</source>
        <translation>Start in the notification area (used when starting with the system).</translation>
    </message>
</context>
</TS>
