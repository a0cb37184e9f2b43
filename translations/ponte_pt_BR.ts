<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Pasta de dados:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Banco de dados:</translation>
        </message>
        <message>
            <source>Omie credentials:</source>
            <translation>Credenciais do Omie:</translation>
        </message>
        <message>
            <source>Ploomes credentials:</source>
            <translation>Credenciais do Ploomes:</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>Modo:</translation>
        </message>
    </context>
    <context>
        <name>Ponte::ApiError</name>
        <message>
            <source>The service is temporarily unavailable; Ponte will try again.</source>
            <translation>O serviço está temporariamente indisponível; o Ponte vai tentar de novo.</translation>
        </message>
        <message>
            <source>The service is temporarily unavailable (%1); Ponte will try again.</source>
            <translation>O serviço está temporariamente indisponível (%1); o Ponte vai tentar de novo.</translation>
        </message>
        <message numerus="yes">
            <source>The service asked Ponte to slow down and wait %n second(s).</source>
            <translation>
                <numerusform>O serviço pediu ao Ponte que reduzisse o ritmo e esperasse %n segundo.</numerusform>
                <numerusform>O serviço pediu ao Ponte que reduzisse o ritmo e esperasse %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The service blocked this key for excessive use until %1. Ponte will not call it before then.</source>
            <translation>O serviço bloqueou esta chave por consumo indevido até %1. O Ponte não fará chamadas antes disso.</translation>
        </message>
        <message>
            <source>The credentials were refused. Check them in the settings.</source>
            <translation>As credenciais foram recusadas. Confira-as nas configurações.</translation>
        </message>
        <message>
            <source>The credentials were refused (%1). Check them in the settings.</source>
            <translation>As credenciais foram recusadas (%1). Confira-as nas configurações.</translation>
        </message>
        <message>
            <source>The record was not found.</source>
            <translation>O registro não foi encontrado.</translation>
        </message>
        <message>
            <source>Not found: %1</source>
            <translation>Não encontrado: %1</translation>
        </message>
        <message>
            <source>Refused by the service: %1</source>
            <translation>Recusado pelo serviço: %1</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>nenhum motivo informado</translation>
        </message>
        <message>
            <source>Already exists (id %1): %2</source>
            <translation>Já existe (id %1): %2</translation>
        </message>
        <message>
            <source>Already exists: %1</source>
            <translation>Já existe: %1</translation>
        </message>
        <message>
            <source>The service sent a reply Ponte cannot understand: %1</source>
            <translation>O serviço enviou uma resposta que o Ponte não entende: %1</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
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
            <translation>Uso: ponte-cli [--data-dir PASTA] [--demo] [--verbose] COMANDO [opções]

O Ponte conecta o ERP Omie ao CRM Ploomes.

Opções globais:
  --data-dir PASTA    pasta com o banco de dados, as configurações e os logs (ou PONTE_DATA_DIR)
  --demo              usa os simuladores embutidos e uma pasta de dados de demonstração separada
  --verbose           mostra também as linhas informativas do log na saída de erro
  --help, -h          mostra esta ajuda
  --version           mostra a versão

Comandos:
  config list                       lista as configurações (não secretas) e seus valores
  config get CHAVE                  mostra uma configuração
  config set CHAVE VALOR            altera uma configuração
  config reset CHAVE                volta ao valor padrão
  credentials set                   lê as credenciais da entrada padrão e as guarda no
                                    chaveiro do sistema (linhas omie_app_key=…, omie_app_secret=…,
                                    ploomes_user_key=…; num terminal, pergunta uma a uma)
  credentials clear                 remove todas as credenciais guardadas desta pasta de dados
  credentials status                informa quais credenciais estão guardadas (nunca os valores)

Ambiente: PONTE_DATA_DIR, PONTE_OMIE_URL, PONTE_PLOOMES_URL, PONTE_OMIE_APP_KEY,
PONTE_OMIE_APP_SECRET, PONTE_PLOOMES_USER_KEY (usadas só por este processo, nunca guardadas),
PONTE_OMIE_RPM, PONTE_OMIE_TOTAL_RPM, PONTE_OMIE_CONCURRENCY, PONTE_OMIE_REDUNDANT_WINDOW_S,
PONTE_PLOOMES_RPS, PONTE_LANG (pt_BR ou en).

Códigos de saída: 0 concluído; 1 concluído com registros que falharam; 2 erro de uso ou de configuração;
3 autenticação recusada; 4 serviço inacessível ou bloqueado; 5 interrompido.
</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Erro: %1</translation>
        </message>
        <message>
            <source>Run "ponte-cli --help" for usage.</source>
            <translation>Execute "ponte-cli --help" para ver o uso.</translation>
        </message>
        <message>
            <source>--data-dir needs a folder.</source>
            <translation>--data-dir precisa de uma pasta.</translation>
        </message>
        <message>
            <source>Unknown option %1.</source>
            <translation>Opção desconhecida: %1.</translation>
        </message>
        <message>
            <source>No command given.</source>
            <translation>Nenhum comando informado.</translation>
        </message>
        <message>
            <source>Unknown command %1.</source>
            <translation>Comando desconhecido: %1.</translation>
        </message>
        <message>
            <source>(from %1)</source>
            <translation>(de %1)</translation>
        </message>
        <message>
            <source>There is no setting called %1.</source>
            <translation>Não existe a configuração %1.</translation>
        </message>
        <message>
            <source>Note: %1 is set in the environment and overrides this value for now.</source>
            <translation>Atenção: %1 está definida no ambiente e, por enquanto, substitui este valor.</translation>
        </message>
        <message>
            <source>Use: config list | config get KEY | config set KEY VALUE | config reset KEY</source>
            <translation>Use: config list | config get CHAVE | config set CHAVE VALOR | config reset CHAVE</translation>
        </message>
        <message>
            <source>Omie App Key: </source>
            <translation>App Key do Omie: </translation>
        </message>
        <message>
            <source>Omie App Secret: </source>
            <translation>App Secret do Omie: </translation>
        </message>
        <message>
            <source>Ploomes User-Key: </source>
            <translation>User-Key do Ploomes: </translation>
        </message>
        <message>
            <source>Each line must look like name=value.</source>
            <translation>Cada linha deve ter a forma nome=valor.</translation>
        </message>
        <message>
            <source>Unknown credential %1 (use omie_app_key, omie_app_secret or ploomes_user_key).</source>
            <translation>Credencial desconhecida: %1 (use omie_app_key, omie_app_secret ou ploomes_user_key).</translation>
        </message>
        <message>
            <source>No credential was given.</source>
            <translation>Nenhuma credencial foi informada.</translation>
        </message>
        <message>
            <source>Credentials saved in the system keychain.</source>
            <translation>Credenciais guardadas no chaveiro do sistema.</translation>
        </message>
        <message>
            <source>Every stored credential of this data folder was removed.</source>
            <translation>Todas as credenciais guardadas desta pasta de dados foram removidas.</translation>
        </message>
        <message>
            <source>stored</source>
            <translation>guardada</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>ausente</translation>
        </message>
        <message>
            <source>Omie App Key: %1</source>
            <translation>App Key do Omie: %1</translation>
        </message>
        <message>
            <source>Omie App Secret: %1</source>
            <translation>App Secret do Omie: %1</translation>
        </message>
        <message>
            <source>Ploomes User-Key: %1</source>
            <translation>User-Key do Ploomes: %1</translation>
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
            <translation>Um vínculo precisa de um id do Omie ou de um id do Ploomes.</translation>
        </message>
        <message>
            <source>Omie record %1 and Ploomes record %2 are already linked to other records.</source>
            <translation>O registro %1 do Omie e o registro %2 do Ploomes já estão vinculados a outros registros.</translation>
        </message>
        <message>
            <source>This record is already linked to another record.</source>
            <translation>Este registro já está vinculado a outro registro.</translation>
        </message>
    </context>
    <context>
        <name>Ponte::DataFolder</name>
        <message>
            <source>The data folder %1 is a file, not a folder.</source>
            <translation>A pasta de dados %1 é um arquivo, não uma pasta.</translation>
        </message>
        <message>
            <source>Could not create the data folder %1.</source>
            <translation>Não foi possível criar a pasta de dados %1.</translation>
        </message>
        <message>
            <source>The data folder %1 is not writable.</source>
            <translation>Não é possível gravar na pasta de dados %1.</translation>
        </message>
    </context>
    <context>
        <name>Ponte::Database</name>
        <message>
            <source>The Ponte database file is damaged or is not a Ponte database.</source>
            <translation>O arquivo do banco de dados do Ponte está danificado ou não é um banco de dados do Ponte.</translation>
        </message>
        <message>
            <source>The Ponte database is locked by another program. Close other Ponte windows and try again.</source>
            <translation>O banco de dados do Ponte está bloqueado por outro programa. Feche as outras janelas do Ponte e tente de novo.</translation>
        </message>
        <message>
            <source>The disk is full: Ponte could not save its data.</source>
            <translation>O disco está cheio: o Ponte não conseguiu gravar seus dados.</translation>
        </message>
        <message>
            <source>A database operation failed (%1).</source>
            <translation>Uma operação no banco de dados falhou (%1).</translation>
        </message>
        <message>
            <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
            <translation>O driver SQLite do Qt não está instalado (pacote libqt6sql6-sqlite).</translation>
        </message>
        <message>
            <source>Could not create the folder %1.</source>
            <translation>Não foi possível criar a pasta %1.</translation>
        </message>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 não é um arquivo.</translation>
        </message>
        <message>
            <source>Ponte cannot read its database file %1 (permission denied).</source>
            <translation>O Ponte não consegue ler o arquivo do banco de dados %1 (permissão negada).</translation>
        </message>
        <message>
            <source>Could not open the database %1.</source>
            <translation>Não foi possível abrir o banco de dados %1.</translation>
        </message>
        <message>
            <source>Could not read the database version.</source>
            <translation>Não foi possível ler a versão do banco de dados.</translation>
        </message>
        <message>
            <source>This database was written by a newer version of Ponte (schema %1; this version understands up to %2). Update Ponte or choose another data folder.</source>
            <translation>Este banco de dados foi gravado por uma versão mais nova do Ponte (esquema %1; esta versão entende até o %2). Atualize o Ponte ou escolha outra pasta de dados.</translation>
        </message>
        <message>
            <source>Database migration %1 is missing.</source>
            <translation>Falta a migração %1 do banco de dados.</translation>
        </message>
        <message>
            <source>Could not start the database upgrade.</source>
            <translation>Não foi possível iniciar a atualização do banco de dados.</translation>
        </message>
        <message>
            <source>Upgrading the database to version %1 (%2) failed; nothing was changed.</source>
            <translation>A atualização do banco de dados para a versão %1 (%2) falhou; nada foi alterado.</translation>
        </message>
        <message>
            <source>Could not start a database transaction.</source>
            <translation>Não foi possível iniciar uma transação no banco de dados.</translation>
        </message>
        <message>
            <source>Could not save to the database.</source>
            <translation>Não foi possível gravar no banco de dados.</translation>
        </message>
    </context>
    <context>
        <name>Ponte::Entity</name>
        <message>
            <source>Sellers</source>
            <translation>Vendedores</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produtos</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Serviços</translation>
        </message>
        <message>
            <source>Sales orders</source>
            <translation>Pedidos de venda</translation>
        </message>
        <message>
            <source>Service orders</source>
            <translation>Ordens de serviço</translation>
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
            <translation>Nenhuma credencial foi guardada ainda.</translation>
        </message>
        <message>
            <source>Access to the system keychain was denied (%1).</source>
            <translation>O acesso ao chaveiro do sistema foi negado (%1).</translation>
        </message>
        <message>
            <source>No system keychain is available. On Linux, install and unlock GNOME Keyring or KWallet (%1).</source>
            <translation>Nenhum chaveiro do sistema está disponível. No Linux, instale e desbloqueie o GNOME Keyring ou o KWallet (%1).</translation>
        </message>
        <message>
            <source>The system keychain reported an error: %1</source>
            <translation>O chaveiro do sistema informou um erro: %1</translation>
        </message>
    </context>
    <context>
        <name>Ponte::MainWindow</name>
        <message>
            <source>Ponte — demo</source>
            <translation>Ponte — demonstração</translation>
        </message>
        <message>
            <source>Ponte</source>
            <translation>Ponte</translation>
        </message>
        <message>
            <source>schema version %1</source>
            <translation>esquema versão %1</translation>
        </message>
        <message>
            <source>Demo (built-in simulators, separate data folder)</source>
            <translation>Demonstração (simuladores embutidos, pasta de dados separada)</translation>
        </message>
        <message>
            <source>Connected to the real Omie and Ploomes services</source>
            <translation>Conectado aos serviços reais do Omie e do Ploomes</translation>
        </message>
        <message>
            <source>checking…</source>
            <translation>verificando…</translation>
        </message>
        <message>
            <source>stored in the system keychain</source>
            <translation>guardadas no chaveiro do sistema</translation>
        </message>
        <message>
            <source>not set up yet</source>
            <translation>ainda não configuradas</translation>
        </message>
    </context>
    <context>
        <name>Ponte::Omie</name>
        <message>
            <source>%1 answered without %2</source>
            <translation>%1 respondeu sem %2</translation>
        </message>
        <message>
            <source>no answer in time</source>
            <translation>sem resposta a tempo</translation>
        </message>
        <message>
            <source>HTTP %1 with an HTML page instead of JSON</source>
            <translation>HTTP %1 com uma página HTML em vez de JSON</translation>
        </message>
        <message>
            <source>HTTP %1, unreadable reply: %2</source>
            <translation>HTTP %1, resposta ilegível: %2</translation>
        </message>
    </context>
    <context>
        <name>Ponte::Ploomes</name>
        <message>
            <source>reply without a "value" list</source>
            <translation>resposta sem a lista "value"</translation>
        </message>
        <message>
            <source>POST %1 answered without the new Id</source>
            <translation>POST %1 respondeu sem o novo Id</translation>
        </message>
        <message>
            <source>no answer in time</source>
            <translation>sem resposta a tempo</translation>
        </message>
        <message>
            <source>HTTP %1 with a body that is not JSON</source>
            <translation>HTTP %1 com um corpo que não é JSON</translation>
        </message>
        <message>
            <source>HTTP %1 with an HTML page</source>
            <translation>HTTP %1 com uma página HTML</translation>
        </message>
    </context>
    <context>
        <name>Ponte::QueueRepository</name>
        <message>
            <source>Could not queue the work item.</source>
            <translation>Não foi possível enfileirar o trabalho.</translation>
        </message>
    </context>
    <context>
        <name>Ponte::SecretStore</name>
        <message>
            <source>No secret is stored for %1.</source>
            <translation>Nenhum segredo está guardado para %1.</translation>
        </message>
    </context>
    <context>
        <name>Ponte::Settings</name>
        <message>
            <source>These settings were written by a newer version of Ponte (version %1). Update Ponte.</source>
            <translation>Estas configurações foram gravadas por uma versão mais nova do Ponte (versão %1). Atualize o Ponte.</translation>
        </message>
        <message>
            <source>%1 must be a whole number from %2 to %3.</source>
            <translation>%1 deve ser um número inteiro de %2 a %3.</translation>
        </message>
        <message>
            <source>%1 must be a number from %2 to %3.</source>
            <translation>%1 deve ser um número de %2 a %3.</translation>
        </message>
        <message>
            <source>%1 must be true or false.</source>
            <translation>%1 deve ser true (sim) ou false (não).</translation>
        </message>
        <message>
            <source>%1 must be an http:// or https:// address.</source>
            <translation>%1 deve ser um endereço http:// ou https://.</translation>
        </message>
        <message>
            <source>%1 must be a date as YYYY-MM-DD.</source>
            <translation>%1 deve ser uma data no formato AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>%1 must be a time as HH:MM.</source>
            <translation>%1 deve ser um horário no formato HH:MM.</translation>
        </message>
        <message>
            <source>%1 must be one of: %2.</source>
            <translation>%1 deve ser um destes: %2.</translation>
        </message>
        <message>
            <source>Unknown setting type.</source>
            <translation>Tipo de configuração desconhecido.</translation>
        </message>
        <message>
            <source>There is no setting called %1.</source>
            <translation>Não existe a configuração %1.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Ponte connects the Omie ERP with the Ploomes CRM.</source>
            <translation>O Ponte conecta o ERP Omie ao CRM Ploomes.</translation>
        </message>
        <message>
            <source>Data folder to use.</source>
            <translation>Pasta de dados a usar.</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>pasta</translation>
        </message>
        <message>
            <source>Run against the built-in simulators.</source>
            <translation>Usa os simuladores embutidos.</translation>
        </message>
        <message>
            <source>Save a screenshot of the window and quit.</source>
            <translation>Salva uma captura da janela e sai.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>arquivo</translation>
        </message>
        <message>
            <source>Ponte</source>
            <translation>Ponte</translation>
        </message>
    </context>
</TS>
