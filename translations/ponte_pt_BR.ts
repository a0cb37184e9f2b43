<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>The address %1 could not be found (DNS). Check that this computer is connected to the internet and that the service address in the settings is right; if the company uses a proxy, set it in Settings → Proxy.</source>
        <translation>O endereço %1 não foi encontrado (DNS). Verifique se este computador está conectado à internet e se o endereço do serviço nas configurações está certo; se a empresa usa um proxy, configure-o em Configurações → Proxy.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing answers at that address and port. Check the service address in the settings, or ask whoever looks after the network whether a firewall blocks Ponte.</source>
        <translation>%1 recusou a conexão: nada responde nesse endereço e porta. Verifique o endereço do serviço nas configurações ou pergunte a quem cuida da rede se um firewall bloqueia o Ponte.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed (%2). Check the computer&apos;s date and time; an antivirus or proxy that inspects HTTPS needs its certificate installed on this computer.</source>
        <translation>A conexão segura (TLS) com %1 falhou (%2). Verifique a data e a hora do computador; um antivírus ou proxy que inspeciona HTTPS precisa ter o certificado instalado neste computador.</translation>
    </message>
    <message>
        <source>The proxy asked for a user name and password (HTTP 407) or refused the ones given. Enter them in Settings → Proxy.</source>
        <translation>O proxy pediu usuário e senha (HTTP 407) ou recusou os informados. Informe-os em Configurações → Proxy.</translation>
    </message>
    <message>
        <source>The proxy could not be reached or did not let the connection to %1 through. Check the proxy address and port in Settings → Proxy, or choose the system proxy.</source>
        <translation>Não foi possível chegar ao proxy, ou ele não deixou passar a conexão com %1. Verifique o endereço e a porta do proxy em Configurações → Proxy, ou escolha o proxy do sistema.</translation>
    </message>
    <message>
        <source>%1 did not accept a connection in time. Check the internet connection; a firewall may be silently dropping the connection.</source>
        <translation>%1 não aceitou a conexão a tempo. Verifique a conexão com a internet; um firewall pode estar descartando a conexão sem avisar.</translation>
    </message>
    <message>
        <source>%1 took too long to answer.</source>
        <translation>%1 demorou demais para responder.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted.</source>
        <translation>A conexão com %1 foi interrompida.</translation>
    </message>
    <message>
        <source>Network error talking to %1.</source>
        <translation>Erro de rede ao falar com %1.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Erro de rede ao falar com %1: %2</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Omie and Ploomes credentials</source>
        <translation>Credenciais do Omie e do Ploomes</translation>
    </message>
    <message>
        <source>Ponte keeps these keys in the system keychain only: never in files, settings or logs.</source>
        <translation>O Ponte guarda estas chaves apenas no chaveiro do sistema: nunca em arquivos, configurações ou logs.</translation>
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
        <translation>Mostrar as chaves</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>You are in the demonstration, which uses simulated services and needs no keys. The keys saved here are those of your real accounts: Ponte uses them when it starts without the demonstration.</source>
        <translation>Você está na demonstração, que usa serviços simulados e não precisa de chaves. As chaves salvas aqui são as das suas contas de verdade: o Ponte as usa quando for aberto sem a demonstração.</translation>
    </message>
    <message>
        <source>What Ponte found…</source>
        <translation>O que o Ponte encontrou…</translation>
    </message>
    <message>
        <source>Every id, type, default and limit Ponte will rely on, read without writing anything</source>
        <translation>Cada id, tipo, padrão e limite de que o Ponte vai depender, lidos sem gravar nada</translation>
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
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Preview (writes nothing)</source>
        <translation>Pré-visualizar (não grava nada)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>No sync is running.</source>
        <translation>Nenhuma sincronização em andamento.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Bring Omie orders into Ploomes from</source>
        <translation>Trazer pedidos do Omie para o Ploomes desde</translation>
    </message>
    <message>
        <source>Send Ploomes orders to Omie from</source>
        <translation>Enviar pedidos do Ploomes para o Omie desde</translation>
    </message>
    <message>
        <source>Changed on both sides:</source>
        <translation>Alterado nos dois lados:</translation>
    </message>
    <message>
        <source>Schedule outside business hours</source>
        <translation>Agendar fora do horário comercial</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <source>Edit the field mapping…</source>
        <translation>Editar o mapeamento de campos…</translation>
    </message>
    <message>
        <source>The conta corrente of the orders Ponte creates in Omie</source>
        <translation>A conta corrente dos pedidos que o Ponte cria no Omie</translation>
    </message>
    <message>
        <source>The categoria of the orders Ponte creates in Omie</source>
        <translation>A categoria dos pedidos que o Ponte cria no Omie</translation>
    </message>
    <message>
        <source>The parcela (payment terms) of the orders Ponte creates in Omie</source>
        <translation>A parcela (condição de pagamento) dos pedidos que o Ponte cria no Omie</translation>
    </message>
    <message>
        <source>The etapa (stage) of the orders Ponte creates in Omie</source>
        <translation>A etapa dos pedidos que o Ponte cria no Omie</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>Port on which Ponte receives Omie&apos;s webhooks while it is open; off to rely on polling</source>
        <translation>Porta em que o Ponte recebe os webhooks do Omie enquanto está aberto; desligado para depender da consulta periódica</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarentena</translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation>Mapeamento de campos</translation>
    </message>
    <message>
        <source>Schedule and options</source>
        <translation>Agenda e opções</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
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
        <translation>Credenciais…</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Última sincronização:</translation>
    </message>
    <message>
        <source>Next scheduled sync:</source>
        <translation>Próxima agendada:</translation>
    </message>
    <message>
        <source>Waiting to be written:</source>
        <translation>Esperando para gravar:</translation>
    </message>
    <message>
        <source>In quarantine:</source>
        <translation>Em quarentena:</translation>
    </message>
    <message>
        <source>Search records…</source>
        <translation>Buscar registros…</translation>
    </message>
    <message>
        <source>Runs from:</source>
        <translation>Sincronizações desde:</translation>
    </message>
    <message>
        <source>Export runs…</source>
        <translation>Exportar sincronizações…</translation>
    </message>
    <message>
        <source>Export records…</source>
        <translation>Exportar registros…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>The field mapping says which Omie field fills which Ploomes field, and in which direction. The usual fields come mapped already; your own Ploomes fields can be added by dragging an Omie field onto them.</source>
        <translation>O mapeamento diz qual campo do Omie preenche qual campo do Ploomes, e em que sentido. Os campos de costume já vêm mapeados; os campos criados pela sua empresa no Ploomes entram arrastando um campo do Omie até eles.</translation>
    </message>
    <message>
        <source>Heavy sync</source>
        <translation>Sincronização pesada</translation>
    </message>
    <message>
        <source>Older orders</source>
        <translation>Pedidos antigos</translation>
    </message>
    <message>
        <source>Orders sent to Omie</source>
        <translation>Pedidos enviados ao Omie</translation>
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
        <translation>Carregar as listas do Omie</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Saved data:</source>
        <translation>Dados salvos:</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
    <message>
        <source>Omie notifications</source>
        <translation>Avisos do Omie</translation>
    </message>
    <message>
        <source>While Ponte is open it can receive Omie&apos;s notices of changes (webhooks) and sync them at once. Off, it looks for changes every few minutes instead.</source>
        <translation>Enquanto estiver aberto, o Ponte pode receber os avisos de alteração do Omie (webhooks) e sincronizar na hora. Desligado, ele procura alterações a cada poucos minutos.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Receber em:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Registros excluídos</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Field mapping</source>
        <translation>Mapeamento de campos</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Restaurar o padrão</translation>
    </message>
    <message>
        <source>Pick an Omie field and a Ploomes field, then press Map (Ctrl+M), or drag one onto the other. Ploomes fields the chosen Omie field cannot fill are greyed out and skipped.</source>
        <translation>Escolha um campo do Omie e um do Ploomes e clique em Mapear (Ctrl+M), ou arraste um sobre o outro. Os campos do Ploomes que o campo do Omie escolhido não pode preencher ficam apagados e são pulados.</translation>
    </message>
    <message>
        <source>&amp;Omie fields</source>
        <translation>Campos do &amp;Omie</translation>
    </message>
    <message>
        <source>Search Omie fields…</source>
        <translation>Buscar campos do Omie…</translation>
    </message>
    <message>
        <source>&amp;Map →</source>
        <translation>&amp;Mapear →</translation>
    </message>
    <message>
        <source>Maps the chosen Omie field to the chosen Ploomes field (Ctrl+M)</source>
        <translation>Mapeia o campo do Omie escolhido para o campo do Ploomes escolhido (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Ploomes fields</source>
        <translation>Campos do &amp;Ploomes</translation>
    </message>
    <message>
        <source>Search Ploomes fields…</source>
        <translation>Buscar campos do Ploomes…</translation>
    </message>
    <message>
        <source>M&amp;apped (direction and what happens to the value)</source>
        <translation>M&amp;apeados (sentido e o que acontece com o valor)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Change &amp;direction</source>
        <translation>Mudar o &amp;sentido</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
</context>
<context>
    <name>Ponte</name>
    <message>
        <source>%1: not found — %2</source>
        <translation>%1: não encontrado — %2</translation>
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
        <translation>Sobre o Ponte</translation>
    </message>
    <message>
        <source>Ponte keeps the Omie ERP and the Ploomes CRM of your company in step: clients, products and orders go from one to the other without typing them twice.</source>
        <translation>O Ponte mantém o Omie (ERP) e o Ploomes (CRM) da sua empresa em dia: clientes, produtos e pedidos passam de um para o outro sem ninguém digitar duas vezes.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. Built with Qt, QtKeychain and SQLite.</source>
        <translation>Software livre sob a licença MIT. Feito com Qt, QtKeychain e SQLite.</translation>
    </message>
    <message>
        <source>Ponte</source>
        <translation>Ponte</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Software de terceiros</translation>
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
    <message>
        <source>The credentials were refused. Check the keys and try again.</source>
        <translation>As credenciais foram recusadas. Confira as chaves e tente de novo.</translation>
    </message>
    <message>
        <source>The credentials were refused (%1). Check the keys and try again.</source>
        <translation>As credenciais foram recusadas (%1). Confira as chaves e tente de novo.</translation>
    </message>
</context>
<context>
    <name>Ponte::Autostart</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Não foi possível criar a pasta de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Não foi possível apagar %1.</translation>
    </message>
    <message>
        <source>Cannot change %1.</source>
        <translation>Não foi possível alterar %1.</translation>
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
        <translation>horário de Brasília</translation>
    </message>
</context>
<context>
    <name>Ponte::BrazilianHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Confraternização Universal</translation>
    </message>
    <message>
        <source>Tiradentes</source>
        <translation>Tiradentes</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Dia do Trabalho</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Independência do Brasil</translation>
    </message>
    <message>
        <source>Our Lady of Aparecida</source>
        <translation>Nossa Senhora Aparecida</translation>
    </message>
    <message>
        <source>All Souls&apos; Day</source>
        <translation>Finados</translation>
    </message>
    <message>
        <source>Proclamation of the Republic</source>
        <translation>Proclamação da República</translation>
    </message>
    <message>
        <source>Black Consciousness Day</source>
        <translation>Dia da Consciência Negra</translation>
    </message>
    <message>
        <source>Christmas</source>
        <translation>Natal</translation>
    </message>
    <message>
        <source>Carnival</source>
        <translation>Carnaval</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Sexta-feira Santa</translation>
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
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Run &quot;ponte-cli --help&quot; for usage.</source>
        <translation>Execute &quot;ponte-cli --help&quot; para ver o uso.</translation>
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
        <translation>Uso: config list | config get CHAVE | config set CHAVE VALOR | config reset CHAVE</translation>
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
        <translation>Uso: credentials set | credentials clear | credentials status</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 precisa de um valor.</translation>
    </message>
    <message>
        <source>Credentials are missing. Store them with &quot;ponte-cli credentials set&quot; or set PONTE_OMIE_APP_KEY, PONTE_OMIE_APP_SECRET and PONTE_PLOOMES_USER_KEY.</source>
        <translation>Faltam credenciais. Guarde-as com &quot;ponte-cli credentials set&quot; ou defina PONTE_OMIE_APP_KEY, PONTE_OMIE_APP_SECRET e PONTE_PLOOMES_USER_KEY.</translation>
    </message>
    <message>
        <source>%1: connected, credentials accepted.</source>
        <translation>%1: conectado, credenciais aceitas.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Argumento inesperado: %1.</translation>
    </message>
    <message>
        <source>Unknown entity %1 (use sellers, clients, products, services, orders, service-orders).</source>
        <translation>Entidade desconhecida: %1 (use sellers, clients, products, services, orders, service-orders).</translation>
    </message>
    <message>
        <source>Unknown direction %1 (use omie-to-ploomes, ploomes-to-omie or both).</source>
        <translation>Direção desconhecida: %1 (use omie-to-ploomes, ploomes-to-omie ou both).</translation>
    </message>
    <message>
        <source>%1 needs a date as YYYY-MM-DD.</source>
        <translation>%1 precisa de uma data no formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>faltam cerca de %1</translation>
    </message>
    <message>
        <source>Stopping after the record in progress…</source>
        <translation>Parando após o registro em andamento…</translation>
    </message>
    <message>
        <source>Run %1: %2 in %3.</source>
        <translation>Execução %1: %2 em %3.</translation>
    </message>
    <message>
        <source>Preview only: nothing was written.</source>
        <translation>Apenas pré-visualização: nada foi gravado.</translation>
    </message>
    <message>
        <source>Requests: Omie %1, Ploomes %2 (%3 throttled).</source>
        <translation>Requisições: Omie %1, Ploomes %2 (%3 limitadas pelo serviço).</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>See &quot;ponte-cli history show %1&quot; for every refused record and why.</source>
        <translation>Veja &quot;ponte-cli history show %1&quot; para cada registro recusado e o motivo.</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>Não existe a execução %1.</translation>
    </message>
    <message>
        <source>Run %1 — %2 — %3 — started %4 — %5</source>
        <translation>Execução %1 — %2 — %3 — iniciada em %4 — %5</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit precisa de um número positivo.</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Nenhuma sincronização foi executada ainda.</translation>
    </message>
    <message>
        <source>(preview)</source>
        <translation>(pré-visualização)</translation>
    </message>
    <message>
        <source>created %1, updated %2, failed %3</source>
        <translation>criados %1, atualizados %2, com falha %3</translation>
    </message>
    <message>
        <source>(Omie %1 req., Ploomes %2 req.)</source>
        <translation>(Omie %1 req., Ploomes %2 req.)</translation>
    </message>
    <message>
        <source>Use: quarantine retry [RUN_ID|--all]</source>
        <translation>Uso: quarantine retry [ID|--all]</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be retried on the next sync.</source>
        <translation>
            <numerusform>%n registro será tentado de novo na próxima sincronização.</numerusform>
            <numerusform>%n registros serão tentados de novo na próxima sincronização.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: quarantine [--json] | quarantine retry [RUN_ID|--all]</source>
        <translation>Uso: quarantine [--json] | quarantine retry [ID|--all]</translation>
    </message>
    <message>
        <source>No record is in quarantine.</source>
        <translation>Nenhum registro está em quarentena.</translation>
    </message>
    <message>
        <source>[attempt %1, next %2]</source>
        <translation>[tentativa %1, próxima em %2]</translation>
    </message>
    <message>
        <source>Use: mapping export FILE | mapping import FILE</source>
        <translation>Uso: mapping export ARQUIVO | mapping import ARQUIVO</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>Mapeamento salvo em %1.</translation>
    </message>
    <message>
        <source>The mapping was not imported:</source>
        <translation>O mapeamento não foi importado:</translation>
    </message>
    <message>
        <source>Mapping imported.</source>
        <translation>Mapeamento importado.</translation>
    </message>
    <message>
        <source>Use either --enable or --disable.</source>
        <translation>Use --enable ou --disable, não os dois.</translation>
    </message>
    <message>
        <source>--days takes weekdays 1 (Monday) to 7 (Sunday), e.g. 1-5 or 1,3,5.</source>
        <translation>--days recebe dias da semana de 1 (segunda) a 7 (domingo), por exemplo 1-5 ou 1,3,5.</translation>
    </message>
    <message>
        <source>Use: schedule show | schedule set [--time HH:MM] [--days 1-7] [--enable|--disable] [--off-hours]</source>
        <translation>Uso: schedule show | schedule set [--time HH:MM] [--days 1-7] [--enable|--disable] [--off-hours]</translation>
    </message>
    <message>
        <source>Heavy sync: %1</source>
        <translation>Sincronização pesada: %1</translation>
    </message>
    <message>
        <source>enabled at %1 (Brasília time), days %2</source>
        <translation>ativada às %1 (horário de Brasília), dias %2</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>Next heavy sync: %1</source>
        <translation>Próxima sincronização pesada: %1</translation>
    </message>
    <message>
        <source>Business hours: %1–%2, days %3 (national holidays excluded); %4% of each API budget is used then.</source>
        <translation>Horário comercial: %1–%2, dias %3 (feriados nacionais excluídos); nesse horário usa-se %4% de cada limite das APIs.</translation>
    </message>
    <message numerus="yes">
        <source>Polling for changes every %n minute(s).</source>
        <translation>
            <numerusform>Consulta de alterações a cada %n minuto.</numerusform>
            <numerusform>Consulta de alterações a cada %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the heavy sync falls inside business hours; it will use only part of the API budgets.</source>
        <translation>Atenção: a sincronização pesada cai no horário comercial; ela usará só parte dos limites das APIs.</translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535.</source>
        <translation>--port precisa de um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pressione Ctrl+C para parar.</translation>
    </message>
    <message>
        <source>sync started (%1)</source>
        <translation>sincronização iniciada (%1)</translation>
    </message>
    <message>
        <source>run %1 %2: %3 written, %4 failed</source>
        <translation>execução %1 %2: %3 gravados, %4 com falha</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 não aceita valor.</translation>
    </message>
    <message>
        <source>Use: webhook serve [--port N] [--listen ADDRESS] | webhook url [--host NAME]</source>
        <translation>Uso: webhook serve [--port N] [--listen ENDEREÇO] | webhook url [--host NOME]</translation>
    </message>
    <message>
        <source>--entities needs at least one entity (sellers, clients, products, services, orders, service-orders).</source>
        <translation>--entities precisa de pelo menos uma entidade (sellers, clients, products, services, orders, service-orders).</translation>
    </message>
    <message>
        <source>--host needs a host name or address, such as ponte.example.com.br.</source>
        <translation>--host precisa de um nome ou endereço, como ponte.example.com.br.</translation>
    </message>
    <message>
        <source>Warning: there is no keychain to keep this token, so it changes at the next start and the address above stops working. Set PONTE_WEBHOOK_TOKEN to keep one.</source>
        <translation>Atenção: não há chaveiro do sistema para guardar este token; ele muda na próxima vez que o Ponte iniciar e o endereço acima deixa de funcionar. Defina PONTE_WEBHOOK_TOKEN para manter um token fixo.</translation>
    </message>
    <message>
        <source>Cannot receive webhooks on %1 port %2: %3</source>
        <translation>Não é possível receber webhooks em %1, porta %2: %3</translation>
    </message>
    <message>
        <source>Cannot start the scheduler.</source>
        <translation>Não foi possível iniciar o agendador.</translation>
    </message>
    <message>
        <source>Receiving webhooks on %1 port %2.</source>
        <translation>Recebendo webhooks em %1, porta %2.</translation>
    </message>
    <message>
        <source>The address to register in Omie holds a secret; print it with &quot;ponte-cli webhook url&quot;.</source>
        <translation>O endereço a cadastrar no Omie contém um segredo; mostre-o com &quot;ponte-cli webhook url&quot;.</translation>
    </message>
    <message>
        <source>Only this computer can reach it; use --listen 0.0.0.0 (or a proxy) to receive from Omie.</source>
        <translation>Só este computador consegue acessá-lo; use --listen 0.0.0.0 (ou um proxy) para receber do Omie.</translation>
    </message>
    <message>
        <source>Warning: there is no keychain to keep the webhook token, so it changes at the next start and the address registered in Omie stops working. Set PONTE_WEBHOOK_TOKEN to keep one.</source>
        <translation>Atenção: não há chaveiro do sistema para guardar o token dos webhooks; ele muda na próxima vez que o Ponte iniciar e o endereço cadastrado no Omie deixa de funcionar. Defina PONTE_WEBHOOK_TOKEN para manter um token fixo.</translation>
    </message>
    <message>
        <source>check takes no arguments other than --json.</source>
        <translation>check não aceita argumentos além de --json.</translation>
    </message>
    <message>
        <source>The same as JSON, for automation: ponte-cli check --json</source>
        <translation>O mesmo em JSON, para automação: ponte-cli check --json</translation>
    </message>
    <message>
        <source>Use: service install | service uninstall | service status</source>
        <translation>Uso: service install | service uninstall | service status</translation>
    </message>
    <message>
        <source>The demonstration cannot be installed as a service.</source>
        <translation>A demonstração não pode ser instalada como serviço.</translation>
    </message>
    <message>
        <source>The daemon reads the credentials from the system keychain of this user: store them first with &quot;ponte-cli credentials set&quot;.</source>
        <translation>O daemon lê as credenciais do chaveiro do sistema deste usuário: guarde-as antes com &quot;ponte-cli credentials set&quot;.</translation>
    </message>
    <message>
        <source>Use: data wipe [--yes]</source>
        <translation>Uso: data wipe [--yes]</translation>
    </message>
    <message>
        <source>A synchronisation is running in %1: stop it (close Ponte, stop ponte-cli daemon) and try again. Nothing was deleted.</source>
        <translation>Uma sincronização está em andamento em %1: pare-a (feche o Ponte e pare o ponte-cli daemon) e tente de novo. Nada foi apagado.</translation>
    </message>
    <message>
        <source>Nothing was deleted: without a terminal, confirm with &quot;data wipe --yes&quot;.</source>
        <translation>Nada foi apagado: sem um terminal, confirme com &quot;data wipe --yes&quot;.</translation>
    </message>
    <message>
        <source>This deletes, in %1, the database (history, quarantine, settings and field mapping) and the logs, and removes this data folder&apos;s keys from the system keychain. Close Ponte first.</source>
        <translation>Isto apaga, em %1, o banco de dados (histórico, quarentena, configurações e mapeamento de campos) e os logs, e remove do chaveiro do sistema as chaves desta pasta de dados. Feche o Ponte antes.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm: </source>
        <translation>Digite &quot;%1&quot; para confirmar: </translation>
    </message>
    <message>
        <source>wipe</source>
        <translation>apagar</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nada foi apagado.</translation>
    </message>
    <message>
        <source>Could not delete %1; close Ponte and try again.</source>
        <translation>Não foi possível apagar %1; feche o Ponte e tente de novo.</translation>
    </message>
    <message>
        <source>The data was deleted, but the keys could not be removed from the system keychain: %1</source>
        <translation>Os dados foram apagados, mas as chaves não puderam ser removidas do chaveiro do sistema: %1</translation>
    </message>
    <message>
        <source>Deleted the database, the logs and the keys of %1.</source>
        <translation>Apagados o banco de dados, os logs e as chaves de %1.</translation>
    </message>
    <message>
        <source>Without a system keychain (a service or a session without a desktop), set PONTE_OMIE_APP_KEY, PONTE_OMIE_APP_SECRET and PONTE_PLOOMES_USER_KEY for this process instead; they are never stored.</source>
        <translation>Sem chaveiro do sistema (um serviço ou uma sessão sem área de trabalho), defina PONTE_OMIE_APP_KEY, PONTE_OMIE_APP_SECRET e PONTE_PLOOMES_USER_KEY para este processo; elas nunca são guardadas.</translation>
    </message>
    <message>
        <source>created %1, updated %2, unchanged %3, skipped %4, failed %5, conflicts %6, deleted %7</source>
        <translation>criados %1, atualizados %2, sem mudança %3, ignorados %4, com falha %5, conflitos %6, excluídos %7</translation>
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
        <translation>Uso: ponte-cli [--data-dir PASTA] [--demo] [--verbose] COMANDO [opções]

O Ponte conecta o ERP Omie ao CRM Ploomes.

Opções globais:
  --data-dir PASTA    pasta com o banco de dados, as configurações e os logs (ou PONTE_DATA_DIR)
  --demo              usa os simuladores embutidos e uma pasta de dados de demonstração separada
  --verbose           mostra também as linhas informativas do log na saída de erro
  --help, -h          mostra esta ajuda
  --version           mostra a versão

Comandos:
  check [--json]                    testa as duas conexões e as credenciais, depois uma verificação só de leitura
  sync [--entities LISTA] [--direction omie-to-ploomes|ploomes-to-omie|both]
       [--backfill-omie-orders-since AAAA-MM-DD] [--backfill-ploomes-orders-since AAAA-MM-DD]
       [--full] [--dry-run] [--json]
                                    sincroniza; entidades: sellers, clients, products, services,
                                    orders, service-orders (padrão: todas, nessa ordem)
  history [--limit N] [--json|--csv] [--output FILE]
                                    as últimas execuções (--csv: para o Excel, em FILE ou na saída padrão)
  history show ID [--json|--csv]    uma execução com cada registro e o seu motivo
  history --csv --run N [--output FILE]
                                    os registros da execução N em CSV
  quarantine [--json]               registros recusados por motivo de negócio, e quando serão tentados de novo
  quarantine retry [ID|--all]       tenta-os de novo na próxima sincronização
  mapping export ARQUIVO            salva o mapeamento de campos em JSON
  mapping import ARQUIVO            carrega um mapeamento de campos (validado antes)
  credentials set                   lê as credenciais da entrada padrão e as guarda no
                                    chaveiro do sistema (linhas omie_app_key=…, omie_app_secret=…,
                                    ploomes_user_key=…; num terminal, pergunta uma a uma)
  credentials clear                 remove todas as credenciais guardadas desta pasta de dados
  credentials status                informa quais credenciais estão guardadas (nunca os valores)
  schedule show                     o agendamento da sincronização pesada, o horário comercial e as próximas execuções
  schedule set [--time HH:MM] [--days 1-7] [--enable|--disable] [--off-hours]
  daemon [--port N] [--listen ENDEREÇO]
                                    executa o agendador e o receptor de webhooks até ser interrompido
  webhook serve [--port N] [--listen ENDEREÇO]
                                    recebe webhooks do Omie/Ploomes, sincroniza o que mudou e consulta
                                    periodicamente (recebe em 127.0.0.1, a não ser que ENDEREÇO ou
                                    webhook.listen digam outra coisa, p. ex. 0.0.0.0 para todas as redes)
  webhook url [--host NOME]         mostra o endereço a cadastrar no Omie (ele contém o token secreto)
  service install|uninstall|status  roda o &quot;daemon&quot; pelo gerenciador de serviços do sistema (unidade
                                    systemd do usuário, agente launchd, Agendador de Tarefas), para um
                                    computador em que ninguém abre o aplicativo
  config list                       lista as configurações (não secretas) e seus valores
  config get CHAVE                  mostra uma configuração
  config set CHAVE VALOR            altera uma configuração
  config reset CHAVE                volta ao valor padrão

Ambiente: PONTE_DATA_DIR, PONTE_OMIE_URL, PONTE_PLOOMES_URL, PONTE_OMIE_APP_KEY,
PONTE_OMIE_APP_SECRET, PONTE_PLOOMES_USER_KEY (usadas só por este processo, nunca guardadas),
PONTE_OMIE_RPM, PONTE_OMIE_TOTAL_RPM, PONTE_OMIE_CONCURRENCY, PONTE_OMIE_REDUNDANT_WINDOW_S,
PONTE_PLOOMES_RPS, PONTE_WEBHOOK_LISTEN, PONTE_WEBHOOK_TOKEN, PONTE_LANG (pt_BR ou en).

Códigos de saída: 0 concluído; 1 concluído com registros que falharam; 2 erro de uso ou de configuração;
3 autenticação recusada; 4 serviço inacessível ou bloqueado; 5 interrompido.
</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>Escolha só um entre --json e --csv.</translation>
    </message>
    <message>
        <source>--run and --output go with --csv.</source>
        <translation>--run e --output são usados com --csv.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output precisa de um nome de arquivo.</translation>
    </message>
    <message>
        <source>--run needs a run number.</source>
        <translation>--run precisa do número de uma execução.</translation>
    </message>
    <message>
        <source>Use: history --csv --run N [--output FILE]</source>
        <translation>Uso: history --csv --run N [--output ARQUIVO]</translation>
    </message>
    <message>
        <source>Use: history show RUN_ID [--json|--csv]</source>
        <translation>Uso: history show ID [--json|--csv]</translation>
    </message>
    <message>
        <source>Use: history [--limit N] [--json|--csv] | history show RUN_ID [--json|--csv]</source>
        <translation>Uso: history [--limit N] [--json|--csv] | history show ID [--json|--csv]</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>Não foi possível escrever na saída padrão.</translation>
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
    <name>Ponte::CredentialsDialog</name>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lendo o chaveiro…</translation>
    </message>
    <message>
        <source>Fill in the three keys first.</source>
        <translation>Preencha primeiro as três chaves.</translation>
    </message>
    <message>
        <source>Connected: the keys were accepted.</source>
        <translation>Conectado: as chaves foram aceitas.</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Salvando no chaveiro do sistema…</translation>
    </message>
    <message>
        <source>Where to find them: in Omie, open &lt;a href=&quot;https://developer.omie.com.br/my-apps/&quot;&gt;developer.omie.com.br/my-apps&lt;/a&gt;, choose your company&apos;s application and copy the App Key and the App Secret.</source>
        <translation>Onde encontrar: no Omie, abra &lt;a href=&quot;https://developer.omie.com.br/my-apps/&quot;&gt;developer.omie.com.br/my-apps&lt;/a&gt;, escolha o aplicativo da sua empresa e copie a App Key e o App Secret.</translation>
    </message>
    <message>
        <source>The test needs the real services: start Ponte without the demonstration to test the keys.</source>
        <translation>O teste precisa dos serviços de verdade: abra o Ponte sem a demonstração para testar as chaves.</translation>
    </message>
    <message>
        <source>paste the key here</source>
        <translation>cole a chave aqui</translation>
    </message>
    <message>
        <source>saved — type or paste to replace</source>
        <translation>salva — digite ou cole para trocar</translation>
    </message>
    <message>
        <source>Show the keys</source>
        <translation>Mostrar as chaves</translation>
    </message>
    <message>
        <source>Show the keys typed in this window on the screen? Make sure nobody else can see it. Keys already saved in the keychain are not shown.</source>
        <translation>Mostrar na tela as chaves digitadas nesta janela? Confira se mais ninguém está vendo. As chaves já salvas no chaveiro não são mostradas.</translation>
    </message>
    <message>
        <source>Check the keys marked with ✗.</source>
        <translation>Confira as chaves marcadas com ✗.</translation>
    </message>
    <message>
        <source>Connecting to Omie and Ploomes, then reading what a sync relies on (nothing is written)…</source>
        <translation>Conectando ao Omie e ao Ploomes e lendo aquilo de que a sincronização depende (nada é gravado)…</translation>
    </message>
    <message numerus="yes">
        <source>Both services accepted the keys, but %n thing(s) would stop or slow a sync: see &quot;What Ponte found&quot;. The keys can be saved anyway.</source>
        <translation>
            <numerusform>Os dois serviços aceitaram as chaves, mas %n item impediria ou atrasaria uma sincronização: veja &quot;O que o Ponte encontrou&quot;. As chaves podem ser salvas mesmo assim.</numerusform>
            <numerusform>Os dois serviços aceitaram as chaves, mas %n itens impediriam ou atrasariam uma sincronização: veja &quot;O que o Ponte encontrou&quot;. As chaves podem ser salvas mesmo assim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both services accepted the keys and everything a sync relies on was found. Save them with &quot;Save&quot;.</source>
        <translation>Os dois serviços aceitaram as chaves e tudo de que a sincronização depende foi encontrado. Guarde-as com &quot;Salvar&quot;.</translation>
    </message>
    <message>
        <source>What Ponte found</source>
        <translation>O que o Ponte encontrou</translation>
    </message>
    <message>
        <source>What Ponte read from both accounts and what it will use. Nothing was written.</source>
        <translation>O que o Ponte leu das duas contas e o que vai usar. Nada foi gravado.</translation>
    </message>
    <message>
        <source>Ponte could not reach the service marked with ✗, so its keys were not tested. Follow the advice next to it, then test again.</source>
        <translation>O Ponte não conseguiu chegar ao serviço marcado com ✗, então as chaves dele não foram testadas. Siga a orientação ao lado e teste de novo.</translation>
    </message>
</context>
<context>
    <name>Ponte::DaemonService</name>
    <message>
        <source>Task Scheduler refused the task: %1</source>
        <translation>O Agendador de Tarefas recusou a tarefa: %1</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; created: ponte-cli daemon runs when Windows starts, as %2.</source>
        <translation>Tarefa &quot;%1&quot; criada: o ponte-cli daemon roda quando o Windows inicia, como %2.</translation>
    </message>
    <message>
        <source>Ponte: Omie ⇄ Ploomes sync (scheduler and webhooks)</source>
        <translation>Ponte: sincronização Omie ⇄ Ploomes (agenda e webhooks)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Gravado %1.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <source>The daemon is enabled and started.</source>
        <translation>O daemon está ativado e rodando.</translation>
    </message>
    <message>
        <source>To enable and start it, run:</source>
        <translation>Para ativar e iniciar, rode:</translation>
    </message>
    <message>
        <source>So that it also runs while nobody is logged in, run once: loginctl enable-linger %1</source>
        <translation>Para que rode também sem ninguém conectado, rode uma vez: loginctl enable-linger %1</translation>
    </message>
    <message>
        <source>Task Scheduler could not remove the task: %1</source>
        <translation>O Agendador de Tarefas não conseguiu remover a tarefa: %1</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; removed.</source>
        <translation>Tarefa &quot;%1&quot; removida.</translation>
    </message>
    <message>
        <source>Stop it first with: %1</source>
        <translation>Pare-o antes com: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Apagado %1.</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>não instalado</translation>
    </message>
    <message>
        <source>not installed (%1 does not exist)</source>
        <translation>não instalado (%1 não existe)</translation>
    </message>
    <message>
        <source>installed: %1</source>
        <translation>instalado: %1</translation>
    </message>
    <message>
        <source>service manager: %1</source>
        <translation>gerenciador de serviços: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
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
    <message>
        <source>The disk is full: Ponte could not save its data. Free some space and try again.</source>
        <translation>O disco está cheio: o Ponte não conseguiu salvar os dados. Libere espaço e tente de novo.</translation>
    </message>
    <message>
        <source>The Ponte database cannot be written: the file or its folder is read-only. Check the permissions of the data folder.</source>
        <translation>Não é possível gravar no banco de dados do Ponte: o arquivo ou a pasta está somente para leitura. Verifique as permissões da pasta de dados.</translation>
    </message>
    <message>
        <source>The disk refused to read or write the Ponte database (it may be full, removed or failing).</source>
        <translation>O disco recusou ler ou gravar o banco de dados do Ponte (ele pode estar cheio, ter sido removido ou estar com defeito).</translation>
    </message>
    <message>
        <source>The Ponte database file cannot be opened. Check that the data folder exists and that you may write to it.</source>
        <translation>Não é possível abrir o arquivo do banco de dados do Ponte. Verifique se a pasta de dados existe e se você tem permissão para gravar nela.</translation>
    </message>
    <message>
        <source>A database operation failed (%1). The details say why; if it repeats, keep a copy of the data folder for support.</source>
        <translation>Uma operação no banco de dados falhou (%1). Os detalhes dizem o motivo; se acontecer de novo, guarde uma cópia da pasta de dados para o suporte.</translation>
    </message>
    <message>
        <source>the database gave no details</source>
        <translation>o banco de dados não deu detalhes</translation>
    </message>
</context>
<context>
    <name>Ponte::DeletionSettings</name>
    <message>
        <source>When a record is deleted in Omie or in Ploomes, Ponte notices it in a full sync or from a notice of Omie. Choose what it then does with the linked record on the other side:</source>
        <translation>Quando um registro é excluído no Omie ou no Ploomes, o Ponte percebe numa sincronização completa ou por um aviso do Omie. Escolha o que ele faz então com o registro ligado do outro lado:</translation>
    </message>
    <message>
        <source>• Unlink and report (recommended): the other record stays as it is, no longer linked, and the history says so.
• Create again: the other record is sent again as new, so the deleted one comes back.
• Delete on the other side too: the other record is deleted as well. These are real records of your company; Ponte cannot bring them back.</source>
        <translation>• Desfazer a ligação e avisar (recomendado): o outro registro fica como está, sem ligação, e o histórico mostra isso.
• Criar de novo: o outro registro é enviado de novo como novo, e o excluído volta.
• Excluir também do outro lado: o outro registro também é excluído. São registros reais da sua empresa; o Ponte não consegue trazê-los de volta.</translation>
    </message>
    <message>
        <source>&amp;Clients:</source>
        <translation>&amp;Clientes:</translation>
    </message>
    <message>
        <source>&amp;Products and services:</source>
        <translation>&amp;Produtos e serviços:</translation>
    </message>
    <message>
        <source>&amp;Orders and service orders:</source>
        <translation>Pe&amp;didos e ordens de serviço:</translation>
    </message>
    <message>
        <source>Products and services only go from Omie to Ploomes: one deleted in Ploomes is never deleted in Omie. Of the records in Omie, only clients are ever deleted.</source>
        <translation>Produtos e serviços só vão do Omie para o Ploomes: um excluído no Ploomes nunca é excluído no Omie. Dos registros do Omie, só clientes podem ser excluídos.</translation>
    </message>
    <message>
        <source>Unlink and report</source>
        <translation>Desfazer a ligação e avisar</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Criar de novo</translation>
    </message>
    <message>
        <source>Delete on the other side too</source>
        <translation>Excluir também do outro lado</translation>
    </message>
    <message>
        <source>Delete on the other side too?</source>
        <translation>Excluir também do outro lado?</translation>
    </message>
    <message>
        <source>With this choice, a record deleted in Omie or in Ploomes is deleted in the other service as well. These are real records of your company, and Ponte cannot bring them back; a record deleted by mistake is then deleted twice.

Delete on the other side too?</source>
        <translation>Com esta escolha, um registro excluído no Omie ou no Ploomes também é excluído no outro serviço. São registros reais da sua empresa, e o Ponte não consegue trazê-los de volta; um registro excluído por engano fica então excluído nos dois.

Excluir também do outro lado?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
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
    <name>Ponte::FieldCatalog</name>
    <message>
        <source>Omie client id</source>
        <translation>Id do cliente no Omie</translation>
    </message>
    <message>
        <source>Legal name (razão social)</source>
        <translation>Razão social</translation>
    </message>
    <message>
        <source>Trade name (nome fantasia)</source>
        <translation>Nome fantasia</translation>
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
        <translation>Site</translation>
    </message>
    <message>
        <source>Phone 1 (DDD + number)</source>
        <translation>Telefone 1 (DDD + número)</translation>
    </message>
    <message>
        <source>Phone 2 (DDD + number)</source>
        <translation>Telefone 2 (DDD + número)</translation>
    </message>
    <message>
        <source>Fax (DDD + number)</source>
        <translation>Fax (DDD + número)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Complemento</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Bairro</translation>
    </message>
    <message>
        <source>CEP</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>City (IBGE code)</source>
        <translation>Cidade (código IBGE)</translation>
    </message>
    <message>
        <source>State (UF)</source>
        <translation>Estado (UF)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
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
        <translation>Inscrição estadual</translation>
    </message>
    <message>
        <source>Municipal registration</source>
        <translation>Inscrição municipal</translation>
    </message>
    <message>
        <source>Default seller</source>
        <translation>Vendedor padrão</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>Simples Nacional</source>
        <translation>Optante pelo Simples Nacional</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Limite de crédito</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Incluído em</translation>
    </message>
    <message>
        <source>Omie product id</source>
        <translation>Id do produto no Omie</translation>
    </message>
    <message>
        <source>Code (SKU)</source>
        <translation>Código (SKU)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
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
        <translation>Marca</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Net weight</source>
        <translation>Peso líquido</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Descrição detalhada</translation>
    </message>
    <message>
        <source>Omie service id</source>
        <translation>Id do serviço no Omie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>LC 116 code</source>
        <translation>Código LC 116</translation>
    </message>
    <message>
        <source>Municipal service code</source>
        <translation>Código do serviço municipal</translation>
    </message>
    <message>
        <source>Full description</source>
        <translation>Descrição completa</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número do pedido</translation>
    </message>
    <message>
        <source>Expected date</source>
        <translation>Data de previsão</translation>
    </message>
    <message>
        <source>Stage (etapa)</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Customer order number</source>
        <translation>Número do pedido do cliente</translation>
    </message>
    <message>
        <source>Sale notes</source>
        <translation>Observações da venda</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Total do pedido</translation>
    </message>
    <message>
        <source>Status (billed, cancelled, stage)</source>
        <translation>Situação (faturado, cancelado, etapa)</translation>
    </message>
    <message>
        <source>Service order number</source>
        <translation>Número da OS</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Omie seller id</source>
        <translation>Id do vendedor no Omie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razão social</translation>
    </message>
    <message>
        <source>CNPJ (company) / CPF (person)</source>
        <translation>CNPJ (empresa) / CPF (pessoa)</translation>
    </message>
    <message>
        <source>First phone</source>
        <translation>Primeiro telefone</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Segundo telefone</translation>
    </message>
    <message>
        <source>Fax phone</source>
        <translation>Telefone de fax</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tags (Marcadores)</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>CNAE code</source>
        <translation>Código CNAE</translation>
    </message>
    <message>
        <source>Owner (Responsável)</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Measurement unit</source>
        <translation>Unidade de medida</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Internal comments</source>
        <translation>Comentários internos</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id do usuário</translation>
    </message>
</context>
<context>
    <name>Ponte::FieldType</name>
    <message>
        <source>Short text</source>
        <translation>Texto simples</translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>Texto multilinha</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Número inteiro</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Número com casas decimais</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Porcentagem</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Checkbox (sim/não)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Endereço web</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <source>City (IBGE)</source>
        <translation>Cidade (IBGE)</translation>
    </message>
    <message>
        <source>State (UF)</source>
        <translation>Estado (UF)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Seller / user</source>
        <translation>Vendedor / usuário</translation>
    </message>
    <message>
        <source>Inactive / status</source>
        <translation>Inativo / status</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>List of options</source>
        <translation>Opções pré-cadastradas</translation>
    </message>
</context>
<context>
    <name>Ponte::HelpTexts</name>
    <message>
        <source>In Ploomes, sign in as an administrator and open Administração → Integrações → &quot;Usuários de integração&quot;. Choose Novo usuário, give it the Administrador profile and save; then copy its &quot;Chave da API&quot; (a long code of letters and numbers): that is the User-Key.</source>
        <translation>No Ploomes, entre como administrador e abra Administração → Integrações → &quot;Usuários de integração&quot;. Clique em Novo usuário, escolha o perfil Administrador e salve; depois copie a &quot;Chave da API&quot; dele (um código longo de letras e números): essa é a User-Key.</translation>
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
        <translation>Agendada</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Consulta periódica</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Linha de comando</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>column: records that failed</comment>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Omie requests</source>
        <translation>Pedidos ao Omie</translation>
    </message>
    <message>
        <source>Ploomes requests</source>
        <translation>Pedidos ao Ploomes</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Duração (s)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Omie id</source>
        <translation>Id no Omie</translation>
    </message>
    <message>
        <source>Ploomes id</source>
        <translation>Id no Ploomes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Unknown trigger</source>
        <translation>Origem desconhecida</translation>
    </message>
</context>
<context>
    <name>Ponte::HistoryModel</name>
    <message>
        <source>%1 (preview)</source>
        <translation>%1 (pré-visualização)</translation>
    </message>
    <message>
        <source>Omie %1 · Ploomes %2</source>
        <translation>Omie %1 · Ploomes %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>column: records that failed</comment>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Started (%1)</source>
        <translation>Início (%1)</translation>
    </message>
</context>
<context>
    <name>Ponte::ItemOutcome</name>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Associado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sem alteração</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Would create</source>
        <translation>Seria criado</translation>
    </message>
    <message>
        <source>Would update</source>
        <translation>Seria atualizado</translation>
    </message>
    <message>
        <source>Would link</source>
        <translation>Seria associado</translation>
    </message>
    <message>
        <source>Would refuse</source>
        <translation>Seria recusado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Deleted on one side; unlinked</source>
        <translation>Excluído de um lado; vínculo desfeito</translation>
    </message>
    <message>
        <source>Deleted on one side; created again</source>
        <translation>Excluído de um lado; criado de novo</translation>
    </message>
    <message>
        <source>Deleted on both sides</source>
        <translation>Excluído dos dois lados</translation>
    </message>
    <message>
        <source>Would unlink</source>
        <translation>Desfaria o vínculo</translation>
    </message>
    <message>
        <source>Would create again</source>
        <translation>Criaria de novo</translation>
    </message>
    <message>
        <source>Would delete on the other side</source>
        <translation>Excluiria do outro lado</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Resultado desconhecido</translation>
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
    <name>Ponte::LanguageSettings</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>O mesmo do sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Saved: Ponte will use it the next time it starts.</source>
        <translation>Salvo: o Ponte vai usá-lo da próxima vez que for aberto.</translation>
    </message>
    <message>
        <source>The language of the menus and messages; a change applies the next time Ponte starts.</source>
        <translation>O idioma dos menus e das mensagens; a mudança vale da próxima vez que o Ponte for aberto.</translation>
    </message>
    <message>
        <source>PONTE_LANG=%1 is set on this computer and wins over this choice.</source>
        <translation>PONTE_LANG=%1 está definido neste computador e prevalece sobre esta escolha.</translation>
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
    <message>
        <source>Direction</source>
        <translation>Direção</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Stopping after the record in progress…</source>
        <translation>Parando após o registro em andamento…</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4</source>
        <translation>%1, %2: %3 de %4</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>cerca de %n segundo restante</numerusform>
            <numerusform>cerca de %n segundos restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1: %2 — %3 written, %4 failed.</source>
        <translation>Execução %1: %2 — %3 gravados, %4 com falha.</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Sincronização em andamento</translation>
    </message>
    <message>
        <source>A synchronisation is running. Stop it after the record in progress and close Ponte?</source>
        <translation>Uma sincronização está em andamento. Pará-la após o registro atual e fechar o Ponte?</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horário comercial</translation>
    </message>
    <message>
        <source>It is business hours: other tools share the Omie and Ploomes limits now. Ponte will use only %1% of them, so a large sync takes longer; the scheduled off-hours sync is the better choice for heavy work.

Sync now anyway?</source>
        <translation>Estamos em horário comercial: outras ferramentas dividem agora os limites do Omie e do Ploomes. O Ponte usará só %1% deles, então uma sincronização grande demora mais; a sincronização agendada fora do expediente é a melhor escolha para trabalho pesado.

Sincronizar agora mesmo assim?</translation>
    </message>
    <message>
        <source>Set up the Omie and Ploomes credentials first.</source>
        <translation>Configure primeiro as credenciais do Omie e do Ploomes.</translation>
    </message>
    <message>
        <source>Credentials saved in the system keychain.</source>
        <translation>Credenciais salvas no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The heavy sync will run outside business hours.</source>
        <translation>A sincronização pesada será feita fora do horário comercial.</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>não agendada</translation>
    </message>
    <message>
        <source>Field mapping saved; the next sync uses it.</source>
        <translation>Mapeamento de campos salvo; a próxima sincronização o usa.</translation>
    </message>
    <message>
        <source>Reading the contas correntes, categorias, parcelas and etapas from Omie…</source>
        <translation>Lendo do Omie as contas correntes, categorias, parcelas e etapas…</translation>
    </message>
    <message>
        <source>Set up the Omie credentials first.</source>
        <translation>Configure primeiro as credenciais do Omie.</translation>
    </message>
    <message>
        <source>Pick the defaults of the orders Ponte creates in Omie.</source>
        <translation>Escolha os padrões dos pedidos que o Ponte cria no Omie.</translation>
    </message>
    <message>
        <source>given by the environment (not stored)</source>
        <translation>dadas pelo ambiente (não guardadas)</translation>
    </message>
    <message numerus="yes">
        <source>off: changes are polled every %n minute(s)</source>
        <translation>
            <numerusform>desligadas: as alterações são consultadas a cada %n minuto</numerusform>
            <numerusform>desligadas: as alterações são consultadas a cada %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>port %1 could not be opened (%2); changes are polled instead.</source>
        <translation>a porta %1 não pôde ser aberta (%2); as alterações serão consultadas periodicamente.</translation>
    </message>
    <message>
        <source>Ponte — demonstration</source>
        <translation>Ponte — demonstração</translation>
    </message>
    <message>
        <source>up to date (version %1)</source>
        <translation>em dia (versão %1)</translation>
    </message>
    <message>
        <source>Demonstration: a simulated Omie and Ploomes on this computer, with their own data folder. Your real accounts are not touched.</source>
        <translation>Demonstração: um Omie e um Ploomes simulados neste computador, com pasta de dados própria. Suas contas de verdade não são tocadas.</translation>
    </message>
    <message>
        <source>Your company&apos;s Omie and Ploomes accounts</source>
        <translation>As contas do Omie e do Ploomes da sua empresa</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) (*.csv)</source>
        <translation>Planilha (CSV) (*.csv)</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(não escolhida)</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
    <message>
        <source>simulated (demonstration)</source>
        <translation>simulado (demonstração)</translation>
    </message>
    <message>
        <source>This is the demonstration: try &quot;Sync now&quot; and look at the history. To use your own accounts, start Ponte without the demonstration and enter your keys with the Credentials… button.</source>
        <translation>Esta é a demonstração: experimente &quot;Sincronizar agora&quot; e veja o histórico. Para usar as suas contas, abra o Ponte sem a demonstração e informe as chaves pelo botão Credenciais…</translation>
    </message>
    <message>
        <source>No sync is running.</source>
        <translation>Nenhuma sincronização em andamento.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Por que está esperando</translation>
    </message>
    <message>
        <source>ponte-runs.csv</source>
        <translation>ponte-sincronizacoes.csv</translation>
    </message>
    <message>
        <source>ponte-records.csv</source>
        <translation>ponte-registros.csv</translation>
    </message>
    <message>
        <source>ponte-quarantine.csv</source>
        <translation>ponte-quarentena.csv</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos os resultados</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Os dois sentidos</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>qualquer data</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Abrir a pasta de &amp;dados</translation>
    </message>
    <message>
        <source>Open the &amp;log</source>
        <translation>Abrir o &amp;registro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Synchronisation</source>
        <translation>&amp;Sincronização</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>&amp;Preview (writes nothing)</source>
        <translation>&amp;Pré-visualizar (não grava nada)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Credenciais…</translation>
    </message>
    <message>
        <source>Field &amp;mapping…</source>
        <translation>&amp;Mapeamento de campos…</translation>
    </message>
    <message>
        <source>Set-up &amp;assistant…</source>
        <translation>&amp;Assistente de configuração…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>&amp;About Ponte</source>
        <translation>&amp;Sobre o Ponte</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhuma ainda</translation>
    </message>
    <message>
        <source>%1, preview: %2 — %3 would be written, %4 failed</source>
        <translation>%1, pré-visualização: %2 — %3 seriam gravados, %4 com falha</translation>
    </message>
    <message>
        <source>%1: %2 — %3 written, %4 failed</source>
        <translation>%1: %2 — %3 gravados, %4 com falha</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) — &lt;a href=&quot;#quarantine&quot;&gt;see why&lt;/a&gt;</source>
        <translation>
            <numerusform>%n registro — &lt;a href=&quot;#quarantine&quot;&gt;ver por quê&lt;/a&gt;</numerusform>
            <numerusform>%n registros — &lt;a href=&quot;#quarantine&quot;&gt;ver por quê&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>on the next sync</source>
        <translation>na próxima sincronização</translation>
    </message>
    <message>
        <source>Recorded reason: %1
Attempts: %2</source>
        <translation>Motivo registrado: %1
Tentativas: %2</translation>
    </message>
    <message>
        <source>Nothing is waiting: every record Omie or Ploomes refused has gone through since.</source>
        <translation>Nada esperando: todos os registros que o Omie ou o Ploomes recusaram já passaram.</translation>
    </message>
    <message>
        <source>Records that Omie or Ploomes refused wait here. Ponte tries them again by itself, each time a little later; correct the record in the system named in the reason, then choose &quot;Try again&quot;.</source>
        <translation>Aqui ficam os registros que o Omie ou o Ploomes recusaram. O Ponte tenta de novo sozinho, cada vez um pouco mais tarde; corrija o registro no sistema indicado no motivo e depois clique em &quot;Tentar novamente&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be tried again on the next sync.</source>
        <translation>
            <numerusform>%n registro será tentado de novo na próxima sincronização.</numerusform>
            <numerusform>%n registros serão tentados de novo na próxima sincronização.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message numerus="yes">
        <source>Take %n record(s) out of the quarantine? Ponte stops waiting for them; the next time such a record changes it is synchronised like any other.</source>
        <translation>
            <numerusform>Tirar %n registro da quarentena? O Ponte deixa de esperar por ele; na próxima vez que o registro mudar, ele é sincronizado como qualquer outro.</numerusform>
            <numerusform>Tirar %n registros da quarentena? O Ponte deixa de esperar por eles; na próxima vez que um deles mudar, ele é sincronizado como qualquer outro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Recorded reason</source>
        <translation>Motivo registrado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Ponte user guide</source>
        <translation>Guia do usuário do Ponte</translation>
    </message>
    <message>
        <source>Ponte is set up.</source>
        <translation>O Ponte está configurado.</translation>
    </message>
    <message>
        <source>First failure (%1)</source>
        <translation>Primeira falha (%1)</translation>
    </message>
    <message>
        <source>Next attempt (%1)</source>
        <translation>Próxima tentativa (%1)</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos os dias</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>em %n minuto</numerusform>
            <numerusform>em %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>em %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>em %n dia</numerusform>
            <numerusform>em %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Ponte will start with the system, in the notification area (%1).</source>
        <translation>O Ponte vai iniciar com o sistema, na área de notificação (%1).</translation>
    </message>
    <message>
        <source>Ponte will no longer start with the system.</source>
        <translation>O Ponte não vai mais iniciar com o sistema.</translation>
    </message>
    <message>
        <source>A scheduled sync was skipped: %1.</source>
        <translation>Uma sincronização agendada não foi feita: %1.</translation>
    </message>
    <message>
        <source>Ponte did not sync</source>
        <translation>O Ponte não sincronizou</translation>
    </message>
    <message>
        <source>Ponte: the sync failed</source>
        <translation>Ponte: a sincronização falhou</translation>
    </message>
    <message>
        <source>%1 sync (run %2) failed: %3</source>
        <translation>Sincronização %1 (execução %2) falhou: %3</translation>
    </message>
    <message>
        <source>Ponte: sync finished, some records failed</source>
        <translation>Ponte: sincronização concluída, alguns registros falharam</translation>
    </message>
    <message>
        <source>Ponte: sync finished</source>
        <translation>Ponte: sincronização concluída</translation>
    </message>
    <message>
        <source>%1 sync (run %2): %3 written, %4 failed.</source>
        <translation>Sincronização %1 (execução %2): %3 gravados, %4 com falha.</translation>
    </message>
    <message>
        <source>Ponte listens on the networks of this computer (%1): anyone who can reach this computer can call the address, and only the secret token in it keeps them out. Keep the address private and, on the internet, put an HTTPS proxy in front.</source>
        <translation>O Ponte escuta nas redes deste computador (%1): qualquer um que alcance este computador pode chamar o endereço, e só o token secreto dentro dele barra os outros. Mantenha o endereço em sigilo e, na internet, coloque um proxy HTTPS na frente.</translation>
    </message>
    <message>
        <source>In Omie, register this address for the notifications (it works while this computer is on and Ponte is running, in the window or the notification area): %1</source>
        <translation>No Omie, cadastre este endereço para as notificações (funciona enquanto este computador estiver ligado e o Ponte rodando, na janela ou na área de notificação): %1</translation>
    </message>
    <message>
        <source>also with the window closed, while Ponte is in the notification area</source>
        <translation>também com a janela fechada, enquanto o Ponte estiver na área de notificação</translation>
    </message>
    <message>
        <source>while Ponte is running</source>
        <translation>enquanto o Ponte estiver rodando</translation>
    </message>
    <message>
        <source>%1 at %2 (%3), %4; next: %5</source>
        <translation>%1 às %2 (%3), %4; próxima: %5</translation>
    </message>
    <message>
        <source>Ponte keeps running</source>
        <translation>O Ponte continua rodando</translation>
    </message>
    <message>
        <source>Do not show this again</source>
        <translation>Não mostrar de novo</translation>
    </message>
    <message>
        <source>Syncs are scheduled, but this desktop has no notification area to keep Ponte in. If Ponte quits, nothing syncs until it is opened again.</source>
        <translation>Há sincronizações agendadas, mas esta área de trabalho não tem área de notificação para manter o Ponte. Se o Ponte sair, nada sincroniza até ele ser aberto de novo.</translation>
    </message>
    <message>
        <source>Keep running minimised</source>
        <translation>Continuar rodando minimizado</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Preview %1: %2 — would create %3, update %4, leave %5 as they are and refuse %6. Nothing was written.</source>
        <translation>Prévia %1: %2 — criaria %3, atualizaria %4, deixaria %5 como estão e recusaria %6. Nada foi gravado.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Ponte listens on this computer only (%1): Omie reaches it only through a proxy on this computer that forwards to it. To accept calls from other computers, choose &quot;%2&quot; under Listen on.</source>
        <translation>O Ponte recebe só neste computador (%1): o Omie só chega até ele por um proxy neste computador que repasse os avisos. Para aceitar chamadas de outros computadores, escolha &quot;%2&quot; em Receber em.</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Só este computador (127.0.0.1)</translation>
    </message>
    <message>
        <source>Every network of this computer (0.0.0.0)</source>
        <translation>Todas as redes deste computador (0.0.0.0)</translation>
    </message>
    <message>
        <source>Only %1 (set with ponte-cli)</source>
        <translation>Só %1 (definido com o ponte-cli)</translation>
    </message>
    <message>
        <source>Accept calls from other computers?</source>
        <translation>Aceitar chamadas de outros computadores?</translation>
    </message>
    <message>
        <source>Ponte will accept notifications from any computer that can reach this one, on every network it is connected to. Only the secret token in the address keeps others out: keep the address private and, to reach it from the internet, put an HTTPS proxy in front.

Accept calls from other computers?</source>
        <translation>O Ponte vai aceitar avisos de qualquer computador que consiga chegar a este, em todas as redes em que ele está conectado. Só o código secreto no endereço impede os outros: mantenha o endereço em sigilo e, para receber pela internet, coloque um proxy HTTPS na frente.

Aceitar chamadas de outros computadores?</translation>
    </message>
    <message>
        <source>The records of this run could not be read: %1</source>
        <translation>Não foi possível ler os registros desta execução: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;To start:&lt;/b&gt; enter the Omie App Key and App Secret and the Ploomes User-Key in &lt;a href=&quot;#credentials&quot;&gt;Credentials…&lt;/a&gt; (where to find them is explained there).</source>
        <translation>&lt;b&gt;Para começar:&lt;/b&gt; informe a App Key e o App Secret do Omie e a User-Key do Ploomes em &lt;a href=&quot;#credentials&quot;&gt;Credenciais…&lt;/a&gt; (lá está explicado onde encontrar cada uma).</translation>
    </message>
    <message>
        <source>Ponte is still running in the notification area, so the scheduled syncs (and Omie&apos;s notifications, when they are on) keep working. To stop it, choose &quot;Quit&quot; in the menu of its icon.</source>
        <translation>O Ponte continua rodando na área de notificação, e as sincronizações agendadas (e as notificações do Omie, quando ligadas) continuam funcionando. Para encerrar, escolha &quot;Sair&quot; no menu do ícone.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Não foi possível ler o histórico: %1</translation>
    </message>
</context>
<context>
    <name>Ponte::Mapper</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Faturado</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
    <message>
        <source>Stage %1 – %2</source>
        <translation>Etapa %1 – %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was cut to %2 characters for Omie.</source>
        <translation>&quot;%1&quot; foi cortado para %2 caracteres para o Omie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a CNPJ nor a CPF and was not sent.</source>
        <translation>&quot;%1&quot; não é CNPJ nem CPF e não foi enviado.</translation>
    </message>
    <message>
        <source>The city with IBGE code %1 does not exist in Ploomes.</source>
        <translation>A cidade com código IBGE %1 não existe no Ploomes.</translation>
    </message>
    <message>
        <source>The state %1 does not exist in Ploomes.</source>
        <translation>O estado %1 não existe no Ploomes.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; does not exist in Ploomes.</source>
        <translation>O marcador &quot;%1&quot; não existe no Ploomes.</translation>
    </message>
    <message>
        <source>The Omie seller %1 has no Ploomes user with the same e-mail.</source>
        <translation>O vendedor %1 do Omie não tem usuário no Ploomes com o mesmo e-mail.</translation>
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
        <translation>Direção</translation>
    </message>
    <message>
        <source>The default mapping of %1 is back.</source>
        <translation>O mapeamento padrão de %1 foi restaurado.</translation>
    </message>
    <message>
        <source>Fits Ploomes fields of type: %1</source>
        <translation>Serve para campos do Ploomes do tipo: %1</translation>
    </message>
    <message>
        <source>(custom field)</source>
        <translation>(campo personalizado)</translation>
    </message>
    <message>
        <source>(read only)</source>
        <translation>(somente leitura)</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>nos dois sentidos</translation>
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
        <translation>%1 mapeado para %2.</translation>
    </message>
    <message>
        <source>%1 only flow one way.</source>
        <translation>%1 só seguem em um sentido.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversão</translation>
    </message>
    <message>
        <source>Saves the mapping (Ctrl+S)</source>
        <translation>Salva o mapeamento (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ponte mapping (*.json)</source>
        <translation>Mapeamento do Ponte (*.json)</translation>
    </message>
    <message>
        <source>Export the mapping</source>
        <translation>Exportar o mapeamento</translation>
    </message>
    <message>
        <source>Import a mapping</source>
        <translation>Importar um mapeamento</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>cut at %n character(s)</source>
        <translation>
            <numerusform>corta em %n caractere</numerusform>
            <numerusform>corta em %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cut at %n character(s) towards Omie</source>
        <translation>
            <numerusform>corta em %n caractere ao ir para o Omie</numerusform>
            <numerusform>corta em %n caracteres ao ir para o Omie</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sem mudança</translation>
    </message>
    <message>
        <source>Choose an Omie field first (Alt+O to search for it).</source>
        <translation>Escolha primeiro um campo do Omie (Alt+O para buscá-lo).</translation>
    </message>
    <message>
        <source>Choose the Ploomes field it should fill (Alt+P to search for it).</source>
        <translation>Escolha o campo do Ploomes que ele deve preencher (Alt+P para buscá-lo).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Mudanças não salvas</translation>
    </message>
    <message>
        <source>The mapping has changes that were not saved. Save them?</source>
        <translation>O mapeamento tem mudanças que não foram salvas. Salvar?</translation>
    </message>
    <message>
        <source>Imported %1. Check it, then save.</source>
        <translation>%1 importado. Confira e depois salve.</translation>
    </message>
    <message>
        <source>Saved a copy in %1.</source>
        <translation>Uma cópia foi salva em %1.</translation>
    </message>
</context>
<context>
    <name>Ponte::MappingModel</name>
    <message>
        <source>%1 has no Omie field &quot;%2&quot;.</source>
        <translation>%1 não tem o campo &quot;%2&quot; no Omie.</translation>
    </message>
    <message>
        <source>%1 has no Ploomes field &quot;%2&quot;.</source>
        <translation>%1 não tem o campo &quot;%2&quot; no Ploomes.</translation>
    </message>
    <message>
        <source>%1 only flow from Omie to Ploomes.</source>
        <translation>%1 só vão do Omie para o Ploomes.</translation>
    </message>
    <message>
        <source>The Ploomes field &quot;%1&quot; is read-only: map it from Ploomes to Omie only.</source>
        <translation>O campo &quot;%1&quot; do Ploomes é somente leitura: mapeie-o apenas do Ploomes para o Omie.</translation>
    </message>
    <message>
        <source>The Omie field &quot;%1&quot; is read-only: map it from Omie to Ploomes only.</source>
        <translation>O campo &quot;%1&quot; do Omie é somente leitura: mapeie-o apenas do Omie para o Ploomes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; → &quot;%2&quot; loses information (%3), so it can only flow from Omie to Ploomes.</source>
        <translation>&quot;%1&quot; → &quot;%2&quot; perde informação (%3), então só pode ir do Omie para o Ploomes.</translation>
    </message>
    <message>
        <source>The Ploomes field &quot;%1&quot; is already filled from &quot;%2&quot;.</source>
        <translation>O campo &quot;%1&quot; do Ploomes já é preenchido por &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The Omie field &quot;%1&quot; is already filled from &quot;%2&quot;.</source>
        <translation>O campo &quot;%1&quot; do Omie já é preenchido por &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This file is not a Ponte mapping.</source>
        <translation>Este arquivo não é um mapeamento do Ponte.</translation>
    </message>
    <message>
        <source>The mapping has no valid version.</source>
        <translation>O mapeamento não tem uma versão válida.</translation>
    </message>
    <message>
        <source>This mapping was written by a newer version of Ponte (format %1).</source>
        <translation>Este mapeamento foi gravado por uma versão mais nova do Ponte (formato %1).</translation>
    </message>
    <message>
        <source>Unknown entity &quot;%1&quot; in the mapping.</source>
        <translation>Entidade desconhecida &quot;%1&quot; no mapeamento.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 não é um JSON válido (%2).</translation>
    </message>
    <message>
        <source>%1: the pair &quot;%2&quot; ↔ &quot;%3&quot; appears more than once.</source>
        <translation>%1: o par &quot;%2&quot; ↔ &quot;%3&quot; aparece mais de uma vez.</translation>
    </message>
    <message>
        <source>The mapping has no &quot;entities&quot; object, so there is nothing to import.</source>
        <translation>O mapeamento não tem o objeto &quot;entities&quot;, então não há nada para importar.</translation>
    </message>
    <message>
        <source>The pairs of %1 must be a list.</source>
        <translation>Os pares de %1 precisam ser uma lista.</translation>
    </message>
    <message>
        <source>%1 has %2 pairs; a mapping holds at most %3 per entity.</source>
        <translation>%1 tem %2 pares; um mapeamento aceita no máximo %3 por entidade.</translation>
    </message>
    <message>
        <source>Pair %1 of %2 is incomplete or malformed (it needs &quot;omie&quot;, &quot;ploomes&quot; and &quot;direction&quot;).</source>
        <translation>O par %1 de %2 está incompleto ou mal formado (ele precisa de &quot;omie&quot;, &quot;ploomes&quot; e &quot;direction&quot;).</translation>
    </message>
    <message>
        <source>%1 is too large for a mapping (%2 KB; at most %3 KB).</source>
        <translation>%1 é grande demais para um mapeamento (%2 KB; no máximo %3 KB).</translation>
    </message>
    <message>
        <source>%1 is not a Ponte mapping: it must hold a JSON object, not a list or a value.</source>
        <translation>%1 não é um mapeamento do Ponte: o arquivo precisa conter um objeto JSON, não uma lista nem um valor solto.</translation>
    </message>
    <message>
        <source>%1: nothing fills the Ploomes field &quot;%2&quot;, which every record needs. Map an Omie field to it (or restore the defaults).</source>
        <translation>%1: nada preenche o campo &quot;%2&quot; do Ploomes, que todo registro precisa ter. Mapeie um campo do Omie para ele (ou restaure o padrão).</translation>
    </message>
</context>
<context>
    <name>Ponte::NetworkTransport</name>
    <message>
        <source>the server closed the connection</source>
        <translation>o servidor fechou a conexão</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sem resposta a tempo</translation>
    </message>
    <message>
        <source>the server sent an invalid HTTP response</source>
        <translation>o servidor enviou uma resposta HTTP inválida</translation>
    </message>
    <message>
        <source>no connection in time</source>
        <translation>sem conexão a tempo</translation>
    </message>
    <message>
        <source>the proxy asked for authentication</source>
        <translation>o proxy pediu autenticação</translation>
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
    <name>Ponte::OmieChoices</name>
    <message>
        <source>inactive</source>
        <translation>inativa</translation>
    </message>
    <message>
        <source>a group of categorias, not postable</source>
        <translation>um grupo de categorias, que não recebe lançamentos</translation>
    </message>
    <message>
        <source>not a revenue categoria</source>
        <translation>não é uma categoria de receita</translation>
    </message>
    <message>
        <source>The %1 %2 set in %3 cannot be used (%4): choose another one.</source>
        <translation>A %1 %2 definida em %3 não pode ser usada (%4): escolha outra.</translation>
    </message>
    <message>
        <source>Set in %1.</source>
        <translation>Definida em %1.</translation>
    </message>
    <message>
        <source>Using the only usable %1 Omie offers, &quot;%2&quot; (%3), because %4 is empty.</source>
        <translation>Usando a única opção de %1 válida que o Omie oferece, &quot;%2&quot; (%3), porque %4 está vazio.</translation>
    </message>
    <message numerus="yes">
        <source>Choose the %1 for orders (setting %2): Omie offers %n usable one(s).</source>
        <translation>
            <numerusform>Escolha a %1 dos pedidos (configuração %2): o Omie oferece %n opção válida.</numerusform>
            <numerusform>Escolha a %1 dos pedidos (configuração %2): o Omie oferece %n opções válidas.</numerusform>
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
        <translation>etapa dos pedidos de venda</translation>
    </message>
    <message>
        <source>etapa of service orders</source>
        <translation>etapa das ordens de serviço</translation>
    </message>
    <message>
        <source>The %1 %2 set in %3 is not one Omie has (it has %4): choose one of them.</source>
        <translation>A %1 %2 definida em %3 não existe no Omie (ele tem %4): escolha uma delas.</translation>
    </message>
</context>
<context>
    <name>Ponte::Ploomes</name>
    <message>
        <source>reply without a &quot;value&quot; list</source>
        <translation>resposta sem a lista &quot;value&quot;</translation>
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
    <name>Ponte::Ploomes::Lookups</name>
    <message>
        <source>contacts</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>products</source>
        <translation>produtos</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>vendas</translation>
    </message>
    <message>
        <source>entity %1 chosen for %2: published id, ApiUrl &apos;%3&apos; confirms</source>
        <translation>entidade %1 escolhida para %2: id publicado, confirmado pelo ApiUrl &apos;%3&apos;</translation>
    </message>
    <message>
        <source>entity %1 chosen for %2: published id, name &apos;%3&apos; confirms</source>
        <translation>entidade %1 escolhida para %2: id publicado, confirmado pelo nome &apos;%3&apos;</translation>
    </message>
    <message>
        <source>entity %1 chosen for %2: ApiUrl &apos;%3&apos;</source>
        <translation>entidade %1 escolhida para %2: ApiUrl &apos;%3&apos;</translation>
    </message>
    <message>
        <source>no entity chosen for %2: %1 entities have ApiUrl &apos;%3&apos;</source>
        <translation>nenhuma entidade escolhida para %2: %1 entidades têm o ApiUrl &apos;%3&apos;</translation>
    </message>
    <message>
        <source>entity %1 chosen for %2: exact name &apos;%3&apos;</source>
        <translation>entidade %1 escolhida para %2: nome exato &apos;%3&apos;</translation>
    </message>
    <message>
        <source>no entity chosen for %2: %1 entities are named &apos;%3&apos;</source>
        <translation>nenhuma entidade escolhida para %2: %1 entidades se chamam &apos;%3&apos;</translation>
    </message>
    <message>
        <source>no entity for %1 in Fields@Entities: neither id %2, ApiUrl &apos;%3&apos; nor the name &apos;%4&apos;</source>
        <translation>nenhuma entidade para %1 em Fields@Entities: nem o id %2, nem o ApiUrl &apos;%3&apos;, nem o nome &apos;%4&apos;</translation>
    </message>
    <message>
        <source>field type %1 chosen: exact name &apos;%2&apos;, NativeType String</source>
        <translation>tipo de campo %1 escolhido: nome exato &apos;%2&apos;, NativeType String</translation>
    </message>
    <message>
        <source>no text field type chosen: %1 types are named &apos;%2&apos;</source>
        <translation>nenhum tipo de campo de texto escolhido: %1 tipos se chamam &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no field type named &apos;Texto simples&apos; with NativeType String in Fields@Types</source>
        <translation>nenhum tipo de campo chamado &apos;Texto simples&apos; com NativeType String em Fields@Types</translation>
    </message>
    <message>
        <source>work</source>
        <translation>comercial</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>celular</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>no %1 phone type: none is named &apos;%2&apos;</source>
        <translation>nenhum tipo de telefone %1: nenhum se chama &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 phone type %2 chosen: exact name &apos;%3&apos;</source>
        <translation>tipo de telefone %1 escolhido (%2): nome exato &apos;%3&apos;</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inativa</translation>
    </message>
    <message>
        <source>no %1 contact status: none is named &apos;%2&apos;</source>
        <translation>nenhuma situação de cliente %1: nenhuma se chama &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 status %2 chosen: exact name &apos;%3&apos;</source>
        <translation>situação %1 escolhida (%2): nome exato &apos;%3&apos;</translation>
    </message>
    <message>
        <source>currency %1 chosen: Short &apos;%2&apos;</source>
        <translation>moeda %1 escolhida: Short &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no currency chosen: %1 currencies have Short &apos;%2&apos;</source>
        <translation>nenhuma moeda escolhida: %1 moedas têm Short &apos;%2&apos;</translation>
    </message>
    <message>
        <source>currency %1 chosen: exact name &apos;%2&apos;</source>
        <translation>moeda %1 escolhida: nome exato &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no currency with Short &apos;%1&apos; in /Currencies: the account&apos;s default currency applies</source>
        <translation>nenhuma moeda com Short &apos;%1&apos; em /Currencies: vale a moeda padrão da conta</translation>
    </message>
</context>
<context>
    <name>Ponte::PloomesPreflight</name>
    <message>
        <source>The &quot;Id (Omie)&quot; fields cannot be created: %1.</source>
        <translation>Os campos &quot;Id (Omie)&quot; não podem ser criados: %1.</translation>
    </message>
    <message>
        <source>Reading the Ploomes fields of entity %1: %2</source>
        <translation>Lendo os campos do Ploomes da entidade %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 from Ploomes: %2</source>
        <translation>Lendo %1 do Ploomes: %2</translation>
    </message>
</context>
<context>
    <name>Ponte::PreflightReport</name>
    <message>
        <source>Nothing was written to either service.</source>
        <translation>Nada foi gravado em nenhum dos dois serviços.</translation>
    </message>
    <message>
        <source>Ploomes (account %1)</source>
        <translation>Ploomes (conta %1)</translation>
    </message>
    <message>
        <source>Clients are</source>
        <translation>Clientes ficam em</translation>
    </message>
    <message>
        <source>Products are</source>
        <translation>Produtos ficam em</translation>
    </message>
    <message>
        <source>Orders are</source>
        <translation>Vendas ficam em</translation>
    </message>
    <message>
        <source>Text field type</source>
        <translation>Tipo de campo de texto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Telefone comercial</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Active status</source>
        <translation>Situação ativa</translation>
    </message>
    <message>
        <source>Inactive status</source>
        <translation>Situação inativa</translation>
    </message>
    <message>
        <source>Field &quot;Id (Omie)&quot; on entity %1: found (%2)</source>
        <translation>Campo &quot;Id (Omie)&quot; na entidade %1: encontrado (%2)</translation>
    </message>
    <message>
        <source>Field &quot;Id (Omie)&quot; on entity %1: will be created by the first sync</source>
        <translation>Campo &quot;Id (Omie)&quot; na entidade %1: será criado na primeira sincronização</translation>
    </message>
    <message>
        <source>Product family &quot;%1&quot;: found (id %2)</source>
        <translation>Família de produtos &quot;%1&quot;: encontrada (id %2)</translation>
    </message>
    <message>
        <source>Product family &quot;%1&quot;: will be created by the first sync</source>
        <translation>Família de produtos &quot;%1&quot;: será criada na primeira sincronização</translation>
    </message>
    <message>
        <source>Order stages: %1</source>
        <translation>Estágios das vendas: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Limit in force: %1 requests per second (configured %2)</source>
        <translation>Limite em vigor: %1 requisições por segundo (configurado: %2)</translation>
    </message>
    <message>
        <source>Omie (orders sent to Omie)</source>
        <translation>Omie (pedidos enviados ao Omie)</translation>
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
        <translation>Etapa dos pedidos de venda</translation>
    </message>
    <message>
        <source>Stage of service orders</source>
        <translation>Etapa das ordens de serviço</translation>
    </message>
    <message>
        <source>Limits in force: %1 requests per minute per method, %2 in all, %3 reads at once per method, one write at a time, no identical request within %4 s</source>
        <translation>Limites em vigor: %1 requisições por minuto por método, %2 no total, %3 leituras simultâneas por método, uma gravação por vez, nenhuma requisição idêntica em %4 s</translation>
    </message>
    <message>
        <source>Everything a sync relies on was found.</source>
        <translation>Tudo de que a sincronização depende foi encontrado.</translation>
    </message>
    <message>
        <source>What would stop or slow a sync:</source>
        <translation>O que impediria ou atrasaria uma sincronização:</translation>
    </message>
</context>
<context>
    <name>Ponte::ProgressView</name>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lidos</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>A fazer</translation>
    </message>
    <message>
        <source>Would write</source>
        <translation>Gravaria</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Gravados</translation>
    </message>
    <message>
        <source>Would refuse</source>
        <translation>Seria recusado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Preview: reading both sides; nothing will be written.</source>
        <translation>Prévia: lendo os dois lados; nada será gravado.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>at least %n second(s) left at the services&apos; limits</source>
        <translation>
            <numerusform>faltam pelo menos %n segundo nos limites dos serviços</numerusform>
            <numerusform>faltam pelo menos %n segundos nos limites dos serviços</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview finished: nothing was written.</source>
        <translation>Prévia concluída: nada foi gravado.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Concluído.</translation>
    </message>
</context>
<context>
    <name>Ponte::ProxyConfig</name>
    <message>
        <source>Enter the proxy&apos;s address.</source>
        <translation>Informe o endereço do proxy.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port.</source>
        <translation>Informe a porta do proxy.</translation>
    </message>
</context>
<context>
    <name>Ponte::ProxySettings</name>
    <message>
        <source>Internet connection</source>
        <translation>Conexão com a internet</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Usar o proxy configurado no sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sem proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Este proxy:</translation>
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
        <translation>proxy.empresa.com.br</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>only if the proxy asks for one</source>
        <translation>só se o proxy pedir</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>Save the connection settings</source>
        <translation>Salvar as configurações de conexão</translation>
    </message>
    <message>
        <source>type to set or replace the saved password</source>
        <translation>digite para definir ou trocar a senha salva</translation>
    </message>
    <message>
        <source>Saved. The next connection uses it.</source>
        <translation>Salvo. A próxima conexão já usa.</translation>
    </message>
    <message>
        <source>Saved; the password is in the system keychain. The next connection uses it.</source>
        <translation>Salvo; a senha está no chaveiro do sistema. A próxima conexão já usa.</translation>
    </message>
</context>
<context>
    <name>Ponte::QuarantineReasons</name>
    <message>
        <source>The service did not answer properly for a moment. Nothing needs to be done: Ponte tries again by itself.</source>
        <translation>O serviço ficou fora do ar por um momento. Não é preciso fazer nada: o Ponte tenta de novo sozinho.</translation>
    </message>
    <message>
        <source>The service gave an answer Ponte could not understand. Ponte tries again by itself; if it keeps happening, send the log to whoever supports Ponte.</source>
        <translation>O serviço deu uma resposta que o Ponte não entendeu. O Ponte tenta de novo sozinho; se continuar acontecendo, envie o registro para quem dá suporte ao Ponte.</translation>
    </message>
    <message>
        <source>The keys were refused. Check them in Credentials…, then try again.</source>
        <translation>As chaves foram recusadas. Confira-as em Credenciais… e tente de novo.</translation>
    </message>
    <message>
        <source>A record this one depends on was not found on the other side.</source>
        <translation>Um registro de que este depende não foi encontrado no outro sistema.</translation>
    </message>
    <message>
        <source>The other side already has a record with the same key (CNPJ/CPF, code or e-mail).</source>
        <translation>O outro sistema já tem um registro com a mesma chave (CNPJ/CPF, código ou e-mail).</translation>
    </message>
    <message>
        <source>The service refused the record. Correct it and try again.</source>
        <translation>O serviço recusou o registro. Corrija-o e tente de novo.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalhe: %1</translation>
    </message>
    <message>
        <source>Ponte did not send this record: its own check before sending found a problem. Correct what the detail says (in the record, or in Schedule and options for the order defaults), then try again.</source>
        <translation>O Ponte não enviou este registro: a verificação dele antes do envio encontrou um problema. Corrija o que o detalhe diz (no registro, ou em Agenda e opções para os padrões dos pedidos) e tente de novo.</translation>
    </message>
    <message>
        <source>Ponte did not send this record yet: a client or product it uses is not linked on the other side. Nothing needs to be done: it goes through by itself once a sync links that client or product.</source>
        <translation>O Ponte ainda não enviou este registro: um cliente ou produto que ele usa não está ligado do outro lado. Não é preciso fazer nada: ele passa sozinho quando uma sincronização ligar esse cliente ou produto.</translation>
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
    <name>Ponte::RunItemsModel</name>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Ponte::RunRepository</name>
    <message>
        <source>reading the counters of a run</source>
        <translation>leitura dos totais de uma sincronização</translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation>leitura do histórico</translation>
    </message>
    <message>
        <source>reading a run</source>
        <translation>leitura de uma sincronização</translation>
    </message>
    <message>
        <source>reading the records of a run</source>
        <translation>leitura dos registros de uma sincronização</translation>
    </message>
    <message>
        <source>counting the records of a run</source>
        <translation>contagem dos registros de uma sincronização</translation>
    </message>
</context>
<context>
    <name>Ponte::RunStatus</name>
    <message>
        <source>Succeeded</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Finished with failures</source>
        <translation>Concluída com falhas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompida</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Situação desconhecida</translation>
    </message>
</context>
<context>
    <name>Ponte::SaveFile</name>
    <message>
        <source>The disk is full: %1 was not saved (the previous file, if any, is unchanged).</source>
        <translation>O disco está cheio: %1 não foi salvo (o arquivo anterior, se havia, não foi alterado).</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
</context>
<context>
    <name>Ponte::SchedulePanel</name>
    <message>
        <source>Run the heavy sync at</source>
        <translation>Fazer a sincronização pesada às</translation>
    </message>
    <message>
        <source>Time of the heavy sync (Brasília time)</source>
        <translation>Hora da sincronização pesada (horário de Brasília)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>nos dias</translation>
    </message>
    <message>
        <source>Start with the system</source>
        <translation>Iniciar com o sistema</translation>
    </message>
    <message>
        <source>Ponte starts in the notification area when you log in, so the scheduled syncs run without anyone opening the window.</source>
        <translation>O Ponte inicia na área de notificação quando você entra no computador, e as sincronizações agendadas rodam sem ninguém abrir a janela.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>seg</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ter</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>qua</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>qui</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
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
    <message>
        <source>%1 must not contain control characters.</source>
        <translation>%1 não pode conter caracteres de controle.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 é longo demais (no máximo %2 caracteres).</translation>
    </message>
    <message>
        <source>%1 must be an IP address, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>%1 precisa ser um endereço IP, como 127.0.0.1 (só este computador) ou 0.0.0.0 (todas as redes).</translation>
    </message>
    <message>
        <source>%1 must list weekdays from 1 (Monday) to 7 (Sunday), separated by commas, such as 1,2,3,4,5.</source>
        <translation>%1 precisa listar dias da semana de 1 (segunda) a 7 (domingo), separados por vírgulas, como 1,2,3,4,5.</translation>
    </message>
    <message>
        <source>%1 must be a date from 1990-01-01 to 2100-12-31.</source>
        <translation>%1 precisa ser uma data entre 1990-01-01 e 2100-12-31.</translation>
    </message>
    <message>
        <source>Business hours must end after they start (start %1, end %2); the same time for both means no business hours.</source>
        <translation>O horário comercial precisa terminar depois de começar (início %1, fim %2); o mesmo horário nos dois significa sem horário comercial.</translation>
    </message>
</context>
<context>
    <name>Ponte::SetupWizard</name>
    <message>
        <source>paste the key here</source>
        <translation>cole a chave aqui</translation>
    </message>
    <message>
        <source>Connected: the keys were accepted.</source>
        <translation>Conectado: as chaves foram aceitas.</translation>
    </message>
    <message>
        <source>Set up Ponte</source>
        <translation>Configurar o Ponte</translation>
    </message>
    <message>
        <source>Welcome to Ponte</source>
        <translation>Boas-vindas ao Ponte</translation>
    </message>
    <message>
        <source>Ponte keeps your company&apos;s Omie (ERP) and Ploomes (CRM) in step: clients, products and orders go from one to the other without typing them twice. It needs a key of each service, which this assistant helps you find, and a few choices. Nothing is saved until you click Finish.</source>
        <translation>O Ponte mantém o Omie (ERP) e o Ploomes (CRM) da sua empresa em dia: clientes, produtos e pedidos passam de um para o outro sem ninguém digitar duas vezes. Ele precisa de uma chave de cada serviço, que este assistente ajuda a encontrar, e de algumas escolhas. Nada é salvo antes de você clicar em Concluir.</translation>
    </message>
    <message>
        <source>Set up my Omie and Ploomes accounts</source>
        <translation>Configurar as minhas contas do Omie e do Ploomes</translation>
    </message>
    <message>
        <source>Try the demonstration first (simulated services, no keys needed)</source>
        <translation>Experimentar a demonstração primeiro (serviços simulados, sem chaves)</translation>
    </message>
    <message>
        <source>Omie keys</source>
        <translation>Chaves do Omie</translation>
    </message>
    <message>
        <source>In Omie, open &lt;a href=&quot;https://developer.omie.com.br/my-apps/&quot;&gt;developer.omie.com.br/my-apps&lt;/a&gt;, choose your company&apos;s application and copy its App Key and App Secret here.</source>
        <translation>No Omie, abra &lt;a href=&quot;https://developer.omie.com.br/my-apps/&quot;&gt;developer.omie.com.br/my-apps&lt;/a&gt;, escolha o aplicativo da sua empresa e copie aqui a App Key e o App Secret dele.</translation>
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
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Ploomes key</source>
        <translation>Chave do Ploomes</translation>
    </message>
    <message>
        <source>User-Key:</source>
        <translation>User-Key:</translation>
    </message>
    <message>
        <source>Orders sent to Omie</source>
        <translation>Pedidos enviados ao Omie</translation>
    </message>
    <message>
        <source>An order that comes from Ploomes needs a conta corrente, a categoria, a parcela and an etapa in Omie. Pick them from your Omie&apos;s own lists.</source>
        <translation>Um pedido que vem do Ploomes precisa de conta corrente, categoria, parcela e etapa no Omie. Escolha nas listas do seu próprio Omie.</translation>
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
        <translation>Pedidos antigos e conflitos</translation>
    </message>
    <message>
        <source>Clients and products are always brought over. Orders made before today are brought only if you ask, from the date you choose: a long history takes longer the first time.</source>
        <translation>Clientes e produtos sempre passam. Pedidos feitos antes de hoje só passam se você pedir, a partir da data escolhida: um histórico longo demora mais na primeira vez.</translation>
    </message>
    <message>
        <source>Bring Omie orders into Ploomes from</source>
        <translation>Trazer pedidos do Omie para o Ploomes desde</translation>
    </message>
    <message>
        <source>Send Ploomes orders to Omie from</source>
        <translation>Enviar pedidos do Ploomes para o Omie desde</translation>
    </message>
    <message>
        <source>When a record was changed on both sides since the last sync:</source>
        <translation>Quando um registro foi alterado nos dois lados desde a última sincronização:</translation>
    </message>
    <message>
        <source>Omie&apos;s version wins</source>
        <translation>Vale a versão do Omie</translation>
    </message>
    <message>
        <source>Ploomes&apos; version wins</source>
        <translation>Vale a versão do Ploomes</translation>
    </message>
    <message>
        <source>The newest change wins</source>
        <translation>Vale a alteração mais recente</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>Quando sincronizar</translation>
    </message>
    <message>
        <source>Omie and Ploomes limit how many requests each company makes, and during business hours other tools use them too. Ponte then takes only a small share and brings changes every few minutes; the heavy sync is best done once a day after hours, while Ponte is open.</source>
        <translation>O Omie e o Ploomes limitam quantos pedidos cada empresa faz, e no horário comercial outras ferramentas também os usam. Nesse horário o Ponte usa só uma pequena parte e traz as alterações a cada poucos minutos; a sincronização pesada fica melhor uma vez por dia, depois do expediente, com o Ponte aberto.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Preview the first sync (it shows what would change and writes nothing)</source>
        <translation>Pré-visualizar a primeira sincronização (mostra o que mudaria e não grava nada)</translation>
    </message>
    <message>
        <source>Reading the lists from Omie…</source>
        <translation>Lendo as listas do Omie…</translation>
    </message>
    <message>
        <source>Check the choices; they can be changed later in Schedule and options.</source>
        <translation>Confira as escolhas; dá para mudar depois em Agenda e opções.</translation>
    </message>
    <message>
        <source>The keys are saved in the system keychain only.</source>
        <translation>As chaves ficam salvas só no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Older Omie orders into Ploomes from: %1</source>
        <translation>Pedidos antigos do Omie para o Ploomes desde: %1</translation>
    </message>
    <message>
        <source>Older Ploomes orders into Omie from: %1</source>
        <translation>Pedidos antigos do Ploomes para o Omie desde: %1</translation>
    </message>
    <message>
        <source>Changed on both sides: %1</source>
        <translation>Alterado nos dois lados: %1</translation>
    </message>
    <message>
        <source>No scheduled heavy sync.</source>
        <translation>Sem sincronização pesada agendada.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Paste it here.</source>
        <translation>Cole aqui.</translation>
    </message>
    <message>
        <source>Run the heavy sync every day at %1, %2 (after business hours)</source>
        <translation>Fazer a sincronização pesada todo dia às %1, %2 (depois do expediente)</translation>
    </message>
    <message>
        <source>Connecting… (a second test within a minute can take up to a minute: Omie refuses the same request repeated sooner)</source>
        <translation>Conectando… (um segundo teste dentro de um minuto pode levar até um minuto: o Omie recusa o mesmo pedido repetido antes disso)</translation>
    </message>
    <message>
        <source>Orders sent to Omie, %1: %2</source>
        <translation>Pedidos enviados ao Omie, %1: %2</translation>
    </message>
</context>
<context>
    <name>Ponte::SingleInstance</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Não foi possível criar %1.</translation>
    </message>
    <message>
        <source>Ponte is already running for this data folder but does not answer.</source>
        <translation>O Ponte já está rodando com esta pasta de dados, mas não responde.</translation>
    </message>
</context>
<context>
    <name>Ponte::SyncDaemon</name>
    <message>
        <source>the Omie and Ploomes credentials are not set up</source>
        <translation>as credenciais do Omie e do Ploomes não estão configuradas</translation>
    </message>
</context>
<context>
    <name>Ponte::SyncEngine</name>
    <message>
        <source>Another synchronisation is already running for this data folder.</source>
        <translation>Outra sincronização já está em andamento para esta pasta de dados.</translation>
    </message>
</context>
<context>
    <name>Ponte::SyncProgress</name>
    <message>
        <source>reading</source>
        <translation>lendo</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>gravando</translation>
    </message>
    <message>
        <source>cross-references</source>
        <translation>referências cruzadas</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
</context>
<context>
    <name>Ponte::SyncRun</name>
    <message>
        <source>Looking up a record by its Omie id</source>
        <translation>Procurando um registro pelo id do Omie</translation>
    </message>
    <message numerus="yes">
        <source>%n create(s) interrupted by an earlier stop will be checked before they are sent again.</source>
        <translation>
            <numerusform>%n criação interrompida por uma parada anterior será conferida antes de ser enviada de novo.</numerusform>
            <numerusform>%n criações interrompidas por uma parada anterior serão conferidas antes de serem enviadas de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Omie App Key/App Secret and the Ploomes User-Key are not all set up. Enter them in the settings (or with &quot;ponte-cli credentials set&quot;).</source>
        <translation>A App Key/App Secret do Omie e a User-Key do Ploomes não estão todas configuradas. Informe-as nas configurações (ou com &quot;ponte-cli credentials set&quot;).</translation>
    </message>
    <message>
        <source>Preview started: nothing will be written.</source>
        <translation>Pré-visualização iniciada: nada será gravado.</translation>
    </message>
    <message>
        <source>Synchronisation started.</source>
        <translation>Sincronização iniciada.</translation>
    </message>
    <message>
        <source>Stopped at the user&apos;s request; nothing was left half done.</source>
        <translation>Interrompida a pedido do usuário; nada ficou pela metade.</translation>
    </message>
    <message>
        <source>Synchronisation finished: %1.</source>
        <translation>Sincronização terminada: %1.</translation>
    </message>
    <message>
        <source>Reading the Omie sellers</source>
        <translation>Lendo os vendedores do Omie</translation>
    </message>
    <message>
        <source>Reading the Ploomes users</source>
        <translation>Lendo os usuários do Ploomes</translation>
    </message>
    <message>
        <source>The Omie seller has no e-mail, so no Ploomes user can be matched.</source>
        <translation>O vendedor do Omie não tem e-mail, então nenhum usuário do Ploomes pode ser associado.</translation>
    </message>
    <message>
        <source>No Ploomes user has the e-mail %1 (users are never created).</source>
        <translation>Nenhum usuário do Ploomes tem o e-mail %1 (usuários nunca são criados).</translation>
    </message>
    <message>
        <source>Matched with the Ploomes user %1.</source>
        <translation>Associado ao usuário %1 do Ploomes.</translation>
    </message>
    <message>
        <source>Reading Omie clients…</source>
        <translation>Lendo os clientes do Omie…</translation>
    </message>
    <message>
        <source>Reading the Omie clients</source>
        <translation>Lendo os clientes do Omie</translation>
    </message>
    <message>
        <source>Reading Ploomes contacts…</source>
        <translation>Lendo os clientes do Ploomes…</translation>
    </message>
    <message>
        <source>Reading the Ploomes contacts</source>
        <translation>Lendo os clientes do Ploomes</translation>
    </message>
    <message>
        <source>Reading quarantined contacts</source>
        <translation>Lendo clientes em quarentena</translation>
    </message>
    <message>
        <source>Reading an Omie client</source>
        <translation>Lendo um cliente do Omie</translation>
    </message>
    <message>
        <source>Changed in both systems since the last sync; Omie&apos;s version was kept (policy %1).</source>
        <translation>Alterado nos dois sistemas desde a última sincronização; ficou a versão do Omie (política %1).</translation>
    </message>
    <message>
        <source>Changed in both systems since the last sync; Ploomes&apos; version was kept (policy %1).</source>
        <translation>Alterado nos dois sistemas desde a última sincronização; ficou a versão do Ploomes (política %1).</translation>
    </message>
    <message>
        <source>The client has neither a trade name nor a legal name.</source>
        <translation>O cliente não tem nome fantasia nem razão social.</translation>
    </message>
    <message>
        <source>The contact has no CNPJ/CPF, which Omie requires.</source>
        <translation>O cliente não tem CNPJ/CPF, que o Omie exige.</translation>
    </message>
    <message>
        <source>The contact&apos;s CNPJ/CPF %1 is not valid.</source>
        <translation>O CNPJ/CPF %1 do cliente não é válido.</translation>
    </message>
    <message>
        <source>The contact has no name.</source>
        <translation>O cliente não tem nome.</translation>
    </message>
    <message>
        <source>Linked to the existing record with the same id or CNPJ/CPF.</source>
        <translation>Vinculado ao registro existente com o mesmo id ou CNPJ/CPF.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; had already reached Ploomes before an interruption; linked, not duplicated.</source>
        <translation>&quot;%1&quot; já tinha chegado ao Ploomes antes de uma interrupção; vinculado, não duplicado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; had already reached Omie before an interruption; linked, not duplicated.</source>
        <translation>&quot;%1&quot; já tinha chegado ao Omie antes de uma interrupção; vinculado, não duplicado.</translation>
    </message>
    <message>
        <source>Looking up a client in Omie</source>
        <translation>Procurando um cliente no Omie</translation>
    </message>
    <message>
        <source>Creating the contact in Ploomes</source>
        <translation>Criando o cliente no Ploomes</translation>
    </message>
    <message>
        <source>Updating the contact in Ploomes</source>
        <translation>Atualizando o cliente no Ploomes</translation>
    </message>
    <message>
        <source>Creating the client in Omie</source>
        <translation>Criando o cliente no Omie</translation>
    </message>
    <message>
        <source>Updating the client in Omie</source>
        <translation>Atualizando o cliente no Omie</translation>
    </message>
    <message>
        <source>Linking to the existing Omie client</source>
        <translation>Vinculando ao cliente existente no Omie</translation>
    </message>
    <message>
        <source>A client with this CNPJ/CPF already existed in Omie; linked and updated.</source>
        <translation>Já existia no Omie um cliente com este CNPJ/CPF; vinculado e atualizado.</translation>
    </message>
    <message>
        <source>Storing the Omie id in Ploomes</source>
        <translation>Gravando o id do Omie no Ploomes</translation>
    </message>
    <message>
        <source>Reading the Ploomes orders</source>
        <translation>Lendo as vendas do Ploomes</translation>
    </message>
    <message>
        <source>Reading the contacts of the orders</source>
        <translation>Lendo os clientes das vendas</translation>
    </message>
    <message>
        <source>Ploomes order %1</source>
        <translation>Venda %1 do Ploomes</translation>
    </message>
    <message>
        <source>The order mixes products and services; Omie needs one sales order for products and one service order for services.</source>
        <translation>A venda mistura produtos e serviços; o Omie precisa de um pedido de venda para os produtos e de uma ordem de serviço para os serviços.</translation>
    </message>
    <message>
        <source>The order has no products.</source>
        <translation>A venda não tem produtos.</translation>
    </message>
    <message>
        <source>the order has no client</source>
        <translation>a venda não tem cliente</translation>
    </message>
    <message>
        <source>the client is not in Omie yet (it is synchronised first; retried later)</source>
        <translation>o cliente ainda não está no Omie (ele é sincronizado antes; nova tentativa depois)</translation>
    </message>
    <message>
        <source>the client has no city or state</source>
        <translation>o cliente não tem cidade ou estado</translation>
    </message>
    <message>
        <source>the client&apos;s address has no number</source>
        <translation>o endereço do cliente não tem número</translation>
    </message>
    <message>
        <source>the client has no CNPJ/CPF</source>
        <translation>o cliente não tem CNPJ/CPF</translation>
    </message>
    <message>
        <source>the client&apos;s name &quot;%1&quot; is generic</source>
        <translation>o nome do cliente &quot;%1&quot; é genérico</translation>
    </message>
    <message>
        <source>the product &quot;%1&quot; has no &quot;Id (Omie)&quot;</source>
        <translation>o produto &quot;%1&quot; não tem &quot;Id (Omie)&quot;</translation>
    </message>
    <message>
        <source>the quantity of &quot;%1&quot; is not positive</source>
        <translation>a quantidade de &quot;%1&quot; não é positiva</translation>
    </message>
    <message>
        <source>the unit price of &quot;%1&quot; is not positive</source>
        <translation>o preço unitário de &quot;%1&quot; não é positivo</translation>
    </message>
    <message>
        <source>the order has no products</source>
        <translation>a venda não tem produtos</translation>
    </message>
    <message>
        <source>the order total is not positive</source>
        <translation>o total da venda não é positivo</translation>
    </message>
    <message>
        <source>the responsible user has no Omie seller with the same e-mail</source>
        <translation>o responsável não tem vendedor no Omie com o mesmo e-mail</translation>
    </message>
    <message>
        <source>Not sent to Omie: %1.</source>
        <translation>Não enviado ao Omie: %1.</translation>
    </message>
    <message>
        <source>Looking up an order in Omie</source>
        <translation>Procurando um pedido no Omie</translation>
    </message>
    <message>
        <source>Creating the service order in Omie</source>
        <translation>Criando a ordem de serviço no Omie</translation>
    </message>
    <message>
        <source>Creating the sales order in Omie</source>
        <translation>Criando o pedido de venda no Omie</translation>
    </message>
    <message>
        <source>Omie number %1.</source>
        <translation>Número no Omie: %1.</translation>
    </message>
    <message>
        <source>Storing the Omie id in the Ploomes order</source>
        <translation>Gravando o id do Omie na venda do Ploomes</translation>
    </message>
    <message>
        <source>Reading Omie service orders…</source>
        <translation>Lendo as ordens de serviço do Omie…</translation>
    </message>
    <message>
        <source>Reading Omie sales orders…</source>
        <translation>Lendo os pedidos de venda do Omie…</translation>
    </message>
    <message>
        <source>Reading the Omie service orders</source>
        <translation>Lendo as ordens de serviço do Omie</translation>
    </message>
    <message>
        <source>Reading the Omie sales orders</source>
        <translation>Lendo os pedidos de venda do Omie</translation>
    </message>
    <message>
        <source>Service order %1</source>
        <translation>Ordem de serviço %1</translation>
    </message>
    <message>
        <source>Sales order %1</source>
        <translation>Pedido de venda %1</translation>
    </message>
    <message>
        <source>The Ploomes order %1 no longer exists.</source>
        <translation>A venda %1 não existe mais no Ploomes.</translation>
    </message>
    <message>
        <source>its client is not linked to a Ploomes contact yet</source>
        <translation>o cliente ainda não está vinculado a um cliente do Ploomes</translation>
    </message>
    <message>
        <source>item %1 is not linked to a Ploomes product</source>
        <translation>o item %1 não está vinculado a um produto do Ploomes</translation>
    </message>
    <message>
        <source>it has no items</source>
        <translation>não tem itens</translation>
    </message>
    <message>
        <source>Not imported into Ploomes: %1.</source>
        <translation>Não importado para o Ploomes: %1.</translation>
    </message>
    <message>
        <source>Importing the order into Ploomes</source>
        <translation>Importando o pedido para o Ploomes</translation>
    </message>
    <message>
        <source>Updating the order in Ploomes</source>
        <translation>Atualizando a venda no Ploomes</translation>
    </message>
    <message>
        <source>Reading Omie services…</source>
        <translation>Lendo os serviços do Omie…</translation>
    </message>
    <message>
        <source>Reading Omie products…</source>
        <translation>Lendo os produtos do Omie…</translation>
    </message>
    <message>
        <source>Reading the Omie services</source>
        <translation>Lendo os serviços do Omie</translation>
    </message>
    <message>
        <source>Reading the Omie products</source>
        <translation>Lendo os produtos do Omie</translation>
    </message>
    <message>
        <source>Reading the Ploomes products</source>
        <translation>Lendo os produtos do Ploomes</translation>
    </message>
    <message>
        <source>The item has no description and no code.</source>
        <translation>O item não tem descrição nem código.</translation>
    </message>
    <message>
        <source>Linked to the Ploomes product with the same code or Omie id.</source>
        <translation>Vinculado ao produto do Ploomes com o mesmo código ou id do Omie.</translation>
    </message>
    <message>
        <source>Creating the product in Ploomes</source>
        <translation>Criando o produto no Ploomes</translation>
    </message>
    <message>
        <source>Updating the product in Ploomes</source>
        <translation>Atualizando o produto no Ploomes</translation>
    </message>
    <message>
        <source>Reading the Ploomes entities</source>
        <translation>Lendo as entidades do Ploomes</translation>
    </message>
    <message>
        <source>Reading the Ploomes field types</source>
        <translation>Lendo os tipos de campo do Ploomes</translation>
    </message>
    <message>
        <source>Reading the Ploomes phone types</source>
        <translation>Lendo os tipos de telefone do Ploomes</translation>
    </message>
    <message>
        <source>Reading the Ploomes contact statuses</source>
        <translation>Lendo os status de cliente do Ploomes</translation>
    </message>
    <message>
        <source>Reading the Omie billing stages</source>
        <translation>Lendo as etapas de faturamento do Omie</translation>
    </message>
    <message>
        <source>Reading the Ploomes custom fields</source>
        <translation>Lendo os campos personalizados do Ploomes</translation>
    </message>
    <message>
        <source>The Ploomes custom field &quot;%1&quot; would be created.</source>
        <translation>O campo personalizado &quot;%1&quot; seria criado no Ploomes.</translation>
    </message>
    <message>
        <source>Creating the Ploomes field &quot;%1&quot;</source>
        <translation>Criando o campo &quot;%1&quot; no Ploomes</translation>
    </message>
    <message>
        <source>The Ploomes field &quot;%1&quot; could not be created: %2</source>
        <translation>O campo &quot;%1&quot; não pôde ser criado no Ploomes: %2</translation>
    </message>
    <message>
        <source>Created the Ploomes custom field &quot;%1&quot;.</source>
        <translation>Criado o campo personalizado &quot;%1&quot; no Ploomes.</translation>
    </message>
    <message>
        <source>Reading the Ploomes cities</source>
        <translation>Lendo as cidades do Ploomes</translation>
    </message>
    <message>
        <source>Reading the Ploomes states</source>
        <translation>Lendo os estados do Ploomes</translation>
    </message>
    <message>
        <source>Reading the Ploomes tags</source>
        <translation>Lendo os marcadores do Ploomes</translation>
    </message>
    <message>
        <source>Creating the Ploomes tag &quot;%1&quot;</source>
        <translation>Criando o marcador &quot;%1&quot; no Ploomes</translation>
    </message>
    <message>
        <source>Reading the Ploomes product families</source>
        <translation>Lendo as famílias de produtos do Ploomes</translation>
    </message>
    <message>
        <source>The product family &quot;%1&quot; would be created.</source>
        <translation>A família de produtos &quot;%1&quot; seria criada.</translation>
    </message>
    <message>
        <source>Creating the product family &quot;%1&quot;</source>
        <translation>Criando a família de produtos &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reading the Ploomes product groups</source>
        <translation>Lendo os grupos de produtos do Ploomes</translation>
    </message>
    <message>
        <source>Creating the product group &quot;%1&quot;</source>
        <translation>Criando o grupo de produtos &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reading the Omie contas correntes</source>
        <translation>Lendo as contas correntes do Omie</translation>
    </message>
    <message>
        <source>Reading the Omie categorias</source>
        <translation>Lendo as categorias do Omie</translation>
    </message>
    <message>
        <source>Reading the Omie formas de pagamento</source>
        <translation>Lendo as formas de pagamento do Omie</translation>
    </message>
    <message>
        <source>Reading a record to store its Omie id</source>
        <translation>Lendo um registro para guardar seu id do Omie</translation>
    </message>
    <message>
        <source>Linked to the Ploomes order that already holds this Omie id.</source>
        <translation>Associado ao pedido do Ploomes que já guarda este id do Omie.</translation>
    </message>
    <message>
        <source>Reading the Omie etapas de faturamento</source>
        <translation>Lendo as etapas de faturamento do Omie</translation>
    </message>
    <message>
        <source>Reading quarantined Ploomes orders</source>
        <translation>Lendo os pedidos do Ploomes em quarentena</translation>
    </message>
    <message>
        <source>Reading quarantined Omie orders</source>
        <translation>Lendo os pedidos do Omie em quarentena</translation>
    </message>
    <message>
        <source>Ploomes refused the filter on the &quot;Id (Omie)&quot; field (HTTP 403) although the key is valid; records are read in full and matched locally instead.</source>
        <translation>O Ploomes recusou o filtro pelo campo &quot;Id (Omie)&quot; (HTTP 403), embora a chave seja válida; os registros são lidos por inteiro e comparados aqui mesmo.</translation>
    </message>
    <message>
        <source>Ploomes set-up stopped: %1.</source>
        <translation>Preparação do Ploomes interrompida: %1.</translation>
    </message>
    <message>
        <source>Ploomes: %1.</source>
        <translation>Ploomes: %1.</translation>
    </message>
    <message>
        <source>Reading the Ploomes currencies</source>
        <translation>Lendo as moedas do Ploomes</translation>
    </message>
    <message>
        <source>The local database could not be written (%1: %2). The synchronisation stopped before sending anything it could not record; free disk space or close the program that holds the database, then run it again: records already sent are looked up, not duplicated.</source>
        <translation>Não foi possível gravar no banco de dados local (%1: %2). A sincronização parou antes de enviar algo que não conseguiria registrar; libere espaço em disco ou feche o programa que está usando o banco de dados e sincronize de novo: os registros já enviados serão procurados, não duplicados.</translation>
    </message>
    <message>
        <source>Saving the link of &quot;%1&quot;</source>
        <translation>Salvando o vínculo de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Saving the run&apos;s counters</source>
        <translation>Salvando os contadores da sincronização</translation>
    </message>
    <message>
        <source>Saving the run&apos;s request counts</source>
        <translation>Salvando a contagem de requisições da sincronização</translation>
    </message>
    <message>
        <source>Recording &quot;%1&quot; in the history</source>
        <translation>Registrando &quot;%1&quot; no histórico</translation>
    </message>
    <message>
        <source>Quarantining &quot;%1&quot;</source>
        <translation>Colocando &quot;%1&quot; em quarentena</translation>
    </message>
    <message>
        <source>Releasing a record from quarantine</source>
        <translation>Tirando um registro da quarentena</translation>
    </message>
    <message>
        <source>Saving a link between Omie and Ploomes</source>
        <translation>Salvando um vínculo entre o Omie e o Ploomes</translation>
    </message>
    <message>
        <source>Recording a create before it is sent</source>
        <translation>Registrando uma criação antes de enviá-la</translation>
    </message>
    <message>
        <source>Closing the work entry of a create</source>
        <translation>Fechando o registro de trabalho de uma criação</translation>
    </message>
    <message>
        <source>Saving how far the run has read</source>
        <translation>Salvando até onde a sincronização leu</translation>
    </message>
    <message>
        <source>Saving a batch of results</source>
        <translation>Salvando um lote de resultados</translation>
    </message>
    <message>
        <source>Recording the writes about to be sent</source>
        <translation>Registrando as gravações que vão ser enviadas</translation>
    </message>
    <message>
        <source>Recording a cross-reference before it is sent</source>
        <translation>Registrando uma referência cruzada antes de enviá-la</translation>
    </message>
    <message>
        <source>Closing the work entry of a cross-reference</source>
        <translation>Fechando o registro de trabalho de uma referência cruzada</translation>
    </message>
    <message>
        <source>Recording the end of the run</source>
        <translation>Registrando o fim da sincronização</translation>
    </message>
    <message>
        <source>Saving when synchronisation was first activated</source>
        <translation>Salvando quando a sincronização foi ativada pela primeira vez</translation>
    </message>
    <message>
        <source>Saving the learned Ploomes rate</source>
        <translation>Salvando o ritmo aprendido do Ploomes</translation>
    </message>
    <message>
        <source>Re-pointing a seller</source>
        <translation>Religando um vendedor</translation>
    </message>
    <message>
        <source>Checking whether an Omie record was deleted</source>
        <translation>Verificando se um registro do Omie foi excluído</translation>
    </message>
    <message>
        <source>Checking whether a Ploomes record was deleted</source>
        <translation>Verificando se um registro do Ploomes foi excluído</translation>
    </message>
    <message numerus="yes">
        <source>A full read of %1 came back empty although %n pair(s) exist; that proves no deletion, so none is looked for on that side.</source>
        <translation>
            <numerusform>Uma leitura completa de %1 voltou vazia, embora existam %n vínculo(s); isso não prova nenhuma exclusão, então nenhuma é procurada desse lado.</numerusform>
            <numerusform>Uma leitura completa de %1 voltou vazia, embora existam %n vínculo(s); isso não prova nenhuma exclusão, então nenhuma é procurada desse lado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted in both Omie and Ploomes (noticed %1); the link was removed.</source>
        <translation>Excluído no Omie e no Ploomes (percebido em %1); o vínculo foi removido.</translation>
    </message>
    <message>
        <source>Deleted in Omie (noticed %1); it is created there again from Ploomes.</source>
        <translation>Excluído no Omie (percebido em %1); será criado lá de novo a partir do Ploomes.</translation>
    </message>
    <message>
        <source>Deleted in Ploomes (noticed %1); it is created there again from Omie.</source>
        <translation>Excluído no Ploomes (percebido em %1); será criado lá de novo a partir do Omie.</translation>
    </message>
    <message>
        <source>Deleted in Omie (noticed %1); deleted in Ploomes too, as the deletion policy says.</source>
        <translation>Excluído no Omie (percebido em %1); excluído também no Ploomes, como manda a regra de exclusões.</translation>
    </message>
    <message>
        <source>Deleted in Ploomes (noticed %1); deleted in Omie too, as the deletion policy says.</source>
        <translation>Excluído no Ploomes (percebido em %1); excluído também no Omie, como manda a regra de exclusões.</translation>
    </message>
    <message>
        <source>Deleted in Omie (noticed %1); the link was undone and the Ploomes record is kept.</source>
        <translation>Excluído no Omie (percebido em %1); vínculo desfeito, o registro do Ploomes foi mantido.</translation>
    </message>
    <message>
        <source>Deleted in Ploomes (noticed %1); the link was undone and the Omie record is kept.</source>
        <translation>Excluído no Ploomes (percebido em %1); vínculo desfeito, o registro do Omie foi mantido.</translation>
    </message>
    <message>
        <source>The deletion policy &quot;%1&quot; cannot be applied to this record from that side, so the link was undone instead.</source>
        <translation>A regra de exclusões &quot;%1&quot; não se aplica a este registro desse lado, então o vínculo foi desfeito.</translation>
    </message>
    <message>
        <source>Deleting it failed: %1. It is tried again by the next full sync.</source>
        <translation>A exclusão falhou: %1. Ela será tentada de novo na próxima sincronização completa.</translation>
    </message>
    <message>
        <source>Mirroring a deletion</source>
        <translation>Repetindo uma exclusão do outro lado</translation>
    </message>
    <message>
        <source>Not synchronised: its counterpart was deleted and the deletion policy leaves it unlinked.</source>
        <translation>Não sincronizado: o registro correspondente foi excluído e a regra de exclusões o deixa sem vínculo.</translation>
    </message>
    <message>
        <source>Order (Omie %1, Ploomes %2)</source>
        <translation>Pedido (Omie %1, Ploomes %2)</translation>
    </message>
    <message>
        <source>The Ploomes set-up for products could not be completed.</source>
        <translation>Não foi possível concluir a configuração de produtos no Ploomes.</translation>
    </message>
    <message>
        <source>The product family &quot;%1&quot; could not be created in Ploomes: %2</source>
        <translation>Não foi possível criar a família de produtos &quot;%1&quot; no Ploomes: %2</translation>
    </message>
    <message>
        <source>The product group &quot;%1&quot; could not be created in Ploomes: %2</source>
        <translation>Não foi possível criar o grupo de produtos &quot;%1&quot; no Ploomes: %2</translation>
    </message>
    <message>
        <source>The Ploomes set-up for orders could not be completed.</source>
        <translation>Não foi possível concluir a configuração de vendas no Ploomes.</translation>
    </message>
    <message>
        <source>Omie did not give a list the order defaults need (%1): %2</source>
        <translation>O Omie não entregou uma lista de que os padrões das vendas precisam (%1): %2</translation>
    </message>
    <message>
        <source>The Ploomes set-up for clients could not be completed.</source>
        <translation>A configuração do Ploomes para clientes não pôde ser concluída.</translation>
    </message>
    <message>
        <source>The Ploomes cities and states could not be read, so no client address can be mapped.</source>
        <translation>Não foi possível ler as cidades e os estados do Ploomes, então nenhum endereço de cliente pode ser mapeado.</translation>
    </message>
    <message>
        <source>Listing every Omie order to find deletions</source>
        <translation>Listando todos os pedidos do Omie para encontrar exclusões</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) left unlinked by an earlier deletion are synchronised again as new, as the deletion policy is now &quot;recreate&quot;.</source>
        <translation>
            <numerusform>%1: %n registro que ficou sem vínculo por uma exclusão anterior volta a ser sincronizado como novo, pois a política de exclusão agora é &quot;Criar de novo&quot; (recreate).</numerusform>
            <numerusform>%1: %n registros que ficaram sem vínculo por uma exclusão anterior voltam a ser sincronizados como novos, pois a política de exclusão agora é &quot;Criar de novo&quot; (recreate).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in Omie could not be listed in full (%2); no deletion is looked for there in this run.</source>
        <translation>%1 no Omie: não foi possível listar tudo (%2); nenhuma exclusão é procurada lá nesta sincronização.</translation>
    </message>
    <message>
        <source>Still in quarantine; tried again on %1 (Brasília time), or at once after &quot;Try again&quot;. Reason: %2</source>
        <translation>Ainda em quarentena; nova tentativa em %1 (horário de Brasília), ou logo após &quot;Tentar novamente&quot;. Motivo: %2</translation>
    </message>
    <message>
        <source>Reading the Ploomes orders to create again</source>
        <translation>Lendo as vendas do Ploomes a criar de novo</translation>
    </message>
</context>
<context>
    <name>Ponte::TlsSupport</name>
    <message>
        <source>No TLS backend is available, so the secure (https) connections to Omie and Ploomes cannot be made. The installation is incomplete: reinstall Ponte (the TLS plugins in plugins/tls are missing).</source>
        <translation>Nenhum módulo de TLS está disponível, então as conexões seguras (https) com o Omie e o Ploomes não podem ser feitas. A instalação está incompleta: reinstale o Ponte (faltam os plugins de TLS em plugins/tls).</translation>
    </message>
    <message>
        <source>TLS is not available: the installed backend (%1) cannot open secure connections. On Linux, install the OpenSSL 3 library (libssl3); on other systems, reinstall Ponte.</source>
        <translation>O TLS não está disponível: o módulo instalado (%1) não consegue abrir conexões seguras. No Linux, instale a biblioteca OpenSSL 3 (libssl3); nos outros sistemas, reinstale o Ponte.</translation>
    </message>
</context>
<context>
    <name>Ponte::TrayIcon</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Open Ponte</source>
        <translation>Abrir o Ponte</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Ponte — synchronising…</source>
        <translation>Ponte — sincronizando…</translation>
    </message>
    <message>
        <source>Ponte — the last sync failed</source>
        <translation>Ponte — a última sincronização falhou</translation>
    </message>
    <message>
        <source>Ponte — idle</source>
        <translation>Ponte — parado</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronização: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Próxima: %1</translation>
    </message>
</context>
<context>
    <name>Ponte::TypeConversion</name>
    <message>
        <source>An Omie field of type &quot;%1&quot; cannot fill a Ploomes field of type &quot;%2&quot;. Compatible Ploomes types: %3.</source>
        <translation>Um campo do Omie do tipo &quot;%1&quot; não pode preencher um campo do Ploomes do tipo &quot;%2&quot;. Tipos compatíveis no Ploomes: %3.</translation>
    </message>
    <message>
        <source>text as is (at most 250 characters in Ploomes)</source>
        <translation>texto como está (no máximo 250 caracteres no Ploomes)</translation>
    </message>
    <message>
        <source>text as is</source>
        <translation>texto como está</translation>
    </message>
    <message>
        <source>text cut to 250 characters</source>
        <translation>texto cortado em 250 caracteres</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>número inteiro</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>number written as text</source>
        <translation>número escrito como texto</translation>
    </message>
    <message>
        <source>number with decimals (point in Omie)</source>
        <translation>número com casas decimais (ponto no Omie)</translation>
    </message>
    <message>
        <source>amount with 2 decimals</source>
        <translation>valor com 2 casas decimais</translation>
    </message>
    <message>
        <source>amount as a number</source>
        <translation>valor como número</translation>
    </message>
    <message>
        <source>amount written as text (1234,50)</source>
        <translation>valor escrito como texto (1234,50)</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>porcentagem</translation>
    </message>
    <message>
        <source>percentage as a number</source>
        <translation>porcentagem como número</translation>
    </message>
    <message>
        <source>dd/mm/aaaa ↔ ISO-8601 date with the -03:00 offset</source>
        <translation>dd/mm/aaaa ↔ data ISO-8601 com o fuso -03:00</translation>
    </message>
    <message>
        <source>dd/mm/aaaa ↔ ISO-8601 at 00:00 -03:00</source>
        <translation>dd/mm/aaaa ↔ ISO-8601 às 00:00 -03:00</translation>
    </message>
    <message>
        <source>date written as dd/mm/aaaa</source>
        <translation>data escrita como dd/mm/aaaa</translation>
    </message>
    <message>
        <source>date and time with offset</source>
        <translation>data e hora com fuso</translation>
    </message>
    <message>
        <source>date and time as text</source>
        <translation>data e hora como texto</translation>
    </message>
    <message>
        <source>S/N ↔ checkbox</source>
        <translation>S/N ↔ caixa de seleção</translation>
    </message>
    <message>
        <source>S/N ↔ &quot;Sim&quot;/&quot;Não&quot;</source>
        <translation>S/N ↔ &quot;Sim&quot;/&quot;Não&quot;</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>endereço de e-mail</translation>
    </message>
    <message>
        <source>e-mail as text</source>
        <translation>e-mail como texto</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>endereço web</translation>
    </message>
    <message>
        <source>web address as text</source>
        <translation>endereço web como texto</translation>
    </message>
    <message>
        <source>CNPJ/CPF: digits ↔ mask; company or person by length</source>
        <translation>CNPJ/CPF: dígitos ↔ máscara; empresa ou pessoa pelo tamanho</translation>
    </message>
    <message>
        <source>CNPJ/CPF with mask</source>
        <translation>CNPJ/CPF com máscara</translation>
    </message>
    <message>
        <source>CEP as 8 digits ↔ 00000-000</source>
        <translation>CEP com 8 dígitos ↔ 00000-000</translation>
    </message>
    <message>
        <source>CEP as 00000-000</source>
        <translation>CEP como 00000-000</translation>
    </message>
    <message>
        <source>DDD + number ↔ one phone &quot;(11) 3333-4444&quot;</source>
        <translation>DDD + número ↔ um telefone &quot;(11) 3333-4444&quot;</translation>
    </message>
    <message>
        <source>phone as &quot;(11) 3333-4444&quot;</source>
        <translation>telefone como &quot;(11) 3333-4444&quot;</translation>
    </message>
    <message>
        <source>IBGE code ↔ Ploomes city (by IBGECode)</source>
        <translation>código IBGE ↔ cidade do Ploomes (pelo IBGECode)</translation>
    </message>
    <message>
        <source>UF ↔ Ploomes state (by its short name)</source>
        <translation>UF ↔ estado do Ploomes (pela sigla)</translation>
    </message>
    <message>
        <source>UF as text</source>
        <translation>UF como texto</translation>
    </message>
    <message>
        <source>Omie country code ↔ Ploomes country (1058 ↔ Brasil)</source>
        <translation>código de país do Omie ↔ país do Ploomes (1058 ↔ Brasil)</translation>
    </message>
    <message>
        <source>tags ↔ Ploomes tags (Marcadores), created when missing</source>
        <translation>tags ↔ marcadores do Ploomes, criados quando faltam</translation>
    </message>
    <message>
        <source>tags joined with commas</source>
        <translation>tags separadas por vírgulas</translation>
    </message>
    <message>
        <source>vendedor ↔ user with the same e-mail</source>
        <translation>vendedor ↔ usuário com o mesmo e-mail</translation>
    </message>
    <message>
        <source>inativo S/N ↔ contact status Inativo/Ativo</source>
        <translation>inativo S/N ↔ status do cliente Inativo/Ativo</translation>
    </message>
    <message>
        <source>inativo S/N ↔ checkbox</source>
        <translation>inativo S/N ↔ caixa de seleção</translation>
    </message>
    <message>
        <source>id as text (ids exceed 32 bits)</source>
        <translation>id como texto (os ids passam de 32 bits)</translation>
    </message>
    <message>
        <source>option code ↔ option (by name or external key)</source>
        <translation>código da opção ↔ opção (pelo nome ou chave externa)</translation>
    </message>
    <message>
        <source>option code as text</source>
        <translation>código da opção como texto</translation>
    </message>
    <message>
        <source>text ↔ option with that name</source>
        <translation>texto ↔ opção com esse nome</translation>
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
    <message>
        <source>Start a sync as soon as the window opens.</source>
        <translation>Iniciar uma sincronização assim que a janela abrir.</translation>
    </message>
    <message>
        <source>Run against the built-in simulators unless Omie and Ploomes credentials are stored.</source>
        <translation>Usa os simuladores embutidos, a menos que as credenciais do Omie e do Ploomes estejam guardadas.</translation>
    </message>
    <message>
        <source>Start in the notification area (used when starting with the system).</source>
        <translation>Iniciar na área de notificação (usado ao iniciar com o sistema).</translation>
    </message>
</context>
</TS>
