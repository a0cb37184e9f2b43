<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Data folder:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>Omie credentials:</source>
            <translation>Omie credentials:</translation>
        </message>
        <message>
            <source>Ploomes credentials:</source>
            <translation>Ploomes credentials:</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>Mode:</translation>
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
            <source>The credentials were refused. Check them in the settings.</source>
            <translation>The credentials were refused. Check them in the settings.</translation>
        </message>
        <message>
            <source>The credentials were refused (%1). Check them in the settings.</source>
            <translation>The credentials were refused (%1). Check them in the settings.</translation>
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
    </context>
    <context>
        <name>Ponte::Cli</name>
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
  config list                       list the non-secret settings and their values
  config get KEY                    print one setting
  config set KEY VALUE              change a setting
  config reset KEY                  go back to the default value
  credentials set                   read the credentials from standard input and store them in
                                    the system keychain (lines omie_app_key=…, omie_app_secret=…,
                                    ploomes_user_key=…; asked for one by one on a terminal)
  credentials clear                 remove every stored credential of this data folder
  credentials status                say which credentials are stored (never their values)

Environment: PONTE_DATA_DIR, PONTE_OMIE_URL, PONTE_PLOOMES_URL, PONTE_OMIE_APP_KEY,
PONTE_OMIE_APP_SECRET, PONTE_PLOOMES_USER_KEY (used for this process only, never stored),
PONTE_OMIE_RPM, PONTE_OMIE_TOTAL_RPM, PONTE_OMIE_CONCURRENCY, PONTE_OMIE_REDUNDANT_WINDOW_S,
PONTE_PLOOMES_RPS, PONTE_LANG (pt_BR or en).

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
  config list                       list the non-secret settings and their values
  config get KEY                    print one setting
  config set KEY VALUE              change a setting
  config reset KEY                  go back to the default value
  credentials set                   read the credentials from standard input and store them in
                                    the system keychain (lines omie_app_key=…, omie_app_secret=…,
                                    ploomes_user_key=…; asked for one by one on a terminal)
  credentials clear                 remove every stored credential of this data folder
  credentials status                say which credentials are stored (never their values)

Environment: PONTE_DATA_DIR, PONTE_OMIE_URL, PONTE_PLOOMES_URL, PONTE_OMIE_APP_KEY,
PONTE_OMIE_APP_SECRET, PONTE_PLOOMES_USER_KEY (used for this process only, never stored),
PONTE_OMIE_RPM, PONTE_OMIE_TOTAL_RPM, PONTE_OMIE_CONCURRENCY, PONTE_OMIE_REDUNDANT_WINDOW_S,
PONTE_PLOOMES_RPS, PONTE_LANG (pt_BR or en).

Exit codes: 0 done; 1 finished with failed records; 2 usage or configuration error;
3 authentication refused; 4 service unreachable or blocked; 5 interrupted.
</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Error: %1</translation>
        </message>
        <message>
            <source>Run "ponte-cli --help" for usage.</source>
            <translation>Run "ponte-cli --help" for usage.</translation>
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
            <source>The disk is full: Ponte could not save its data.</source>
            <translation>The disk is full: Ponte could not save its data.</translation>
        </message>
        <message>
            <source>A database operation failed (%1).</source>
            <translation>A database operation failed (%1).</translation>
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
        <name>Ponte::MainWindow</name>
        <message>
            <source>Ponte — demo</source>
            <translation>Ponte — demo</translation>
        </message>
        <message>
            <source>Ponte</source>
            <translation>Ponte</translation>
        </message>
        <message>
            <source>schema version %1</source>
            <translation>schema version %1</translation>
        </message>
        <message>
            <source>Demo (built-in simulators, separate data folder)</source>
            <translation>Demo (built-in simulators, separate data folder)</translation>
        </message>
        <message>
            <source>Connected to the real Omie and Ploomes services</source>
            <translation>Connected to the real Omie and Ploomes services</translation>
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
        <name>Ponte::Ploomes</name>
        <message>
            <source>reply without a "value" list</source>
            <translation>reply without a "value" list</translation>
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
        <name>Ponte::QueueRepository</name>
        <message>
            <source>Could not queue the work item.</source>
            <translation>Could not queue the work item.</translation>
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
    </context>
</TS>
