<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>CallPanel</name>
    <message>
        <source>Call with %1</source>
        <translation>Chamada com %1</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chamador</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Fila: %1</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Estado da chamada</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Duração da chamada</translation>
    </message>
    <message>
        <source>Call quality</source>
        <translation>Qualidade da chamada</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Espera</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Colocar em espera</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Mudo</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Silenciar o microfone</translation>
    </message>
    <message>
        <source>Hang &amp;up</source>
        <translation>E&amp;ncerrar</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Encerrar</translation>
    </message>
    <message>
        <source>Transfer to number</source>
        <translation>Transferir para o número</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <source>Blind transfer</source>
        <translation>Transferência direta</translation>
    </message>
    <message>
        <source>Call to transfer to</source>
        <translation>Chamada de destino da transferência</translation>
    </message>
    <message>
        <source>&amp;Connect the two calls</source>
        <translation>&amp;Conectar as duas chamadas</translation>
    </message>
    <message>
        <source>Attended transfer: connect this call to the other call</source>
        <translation>Transferência assistida: conectar esta chamada à outra</translation>
    </message>
    <message>
        <source>Send tone %1</source>
        <translation>Enviar tom %1</translation>
    </message>
    <message>
        <source>&amp;Keypad</source>
        <translation>Tec&amp;las</translation>
    </message>
    <message>
        <source>Keypad for tones</source>
        <translation>Teclado de tons</translation>
    </message>
    <message>
        <source>Switch &amp;camera</source>
        <translation>Trocar &amp;câmera</translation>
    </message>
    <message>
        <source>Switch to the next camera</source>
        <translation>Mudar para a próxima câmera</translation>
    </message>
    <message>
        <source>Video of %1</source>
        <translation>Vídeo de %1</translation>
    </message>
    <message>
        <source>Waiting for video…</source>
        <translation>Aguardando o vídeo…</translation>
    </message>
    <message>
        <source>Video quality</source>
        <translation>Qualidade do vídeo</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>Em espera pelo outro lado</translation>
    </message>
    <message>
        <source>Jitter %1 ms, packet loss %2 %, codec %3</source>
        <translation>Jitter %1 ms, perda de pacotes %2 %, codec %3</translation>
    </message>
    <message>
        <source>&amp;Video off</source>
        <translation>Desligar &amp;vídeo</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>&amp;Vídeo</translation>
    </message>
    <message>
        <source>Turn video off</source>
        <translation>Desligar o vídeo</translation>
    </message>
    <message>
        <source>Turn video on</source>
        <translation>Ligar o vídeo</translation>
    </message>
    <message>
        <source>%1 fps, %2 kbit/s, loss %3 %</source>
        <translation>%1 qps, %2 kbit/s, perda %3 %</translation>
    </message>
    <message>
        <source>Video: %1 frames received, %2 sent</source>
        <translation>Vídeo: %1 quadros recebidos, %2 enviados</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>Ativar &amp;som</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>no display to show the window on (DISPLAY/WAYLAND_DISPLAY are not set). Use `softphone run --headless` for the phone without a window.</source>
        <translation>não há tela para mostrar a janela (DISPLAY/WAYLAND_DISPLAY não estão definidos). Use `softphone run --headless` para o telefone sem janela.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available in this build yet</source>
        <translation>&apos;%1&apos; ainda não está disponível nesta versão</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>nothing was stored. %1 (The window version can keep it for this session only.)</source>
        <translation>nada foi guardado. %1 (A versão com janela pode mantê-lo só nesta sessão.)</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Informe o código de 6 dígitos do seu aplicativo autenticador.</translation>
    </message>
    <message>
        <source>A sign-in code was e-mailed to you; enter it.</source>
        <translation>Um código de acesso foi enviado para o seu e-mail; informe-o.</translation>
    </message>
    <message>
        <source>Enter the sign-in code from your e-mail (ask for a new one if it did not arrive).</source>
        <translation>Informe o código de acesso do seu e-mail (peça um novo se ele não chegou).</translation>
    </message>
    <message>
        <source>The username/e-mail or password is wrong.</source>
        <translation>Usuário/e-mail ou senha incorretos.</translation>
    </message>
    <message>
        <source>That code is wrong or has expired. Try again with a new code.</source>
        <translation>O código está incorreto ou expirou. Tente de novo com um novo código.</translation>
    </message>
    <message>
        <source>Too many wrong codes: sign-in is blocked for now. Wait a while and try again, or ask IT to unlock your account.</source>
        <translation>Códigos incorretos demais: o acesso está bloqueado por enquanto. Aguarde um pouco e tente de novo, ou peça à TI para desbloquear sua conta.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Please sign in again.</source>
        <translation>Seu acesso expirou ou foi revogado. Entre de novo.</translation>
    </message>
    <message>
        <source>The chat server asks us to slow down. Try again in a minute.</source>
        <translation>O servidor de chat pediu para esperar. Tente de novo em um minuto.</translation>
    </message>
    <message>
        <source>No phone extension is assigned to your chat-server account. Ask IT.</source>
        <translation>Nenhum ramal está atribuído à sua conta do servidor de chat. Fale com a TI.</translation>
    </message>
    <message>
        <source>Voice calls are turned off on this chat server. Ask IT.</source>
        <translation>As chamadas de voz estão desativadas neste servidor de chat. Fale com a TI.</translation>
    </message>
    <message>
        <source>Phone calls need an enterprise licence on this chat server. Ask IT.</source>
        <translation>As chamadas telefônicas precisam de uma licença enterprise neste servidor de chat. Fale com a TI.</translation>
    </message>
    <message>
        <source>The chat server cannot reach the phone system (PBX) right now. Try again later.</source>
        <translation>O servidor de chat não consegue acessar a central telefônica (PBX) agora. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The chat-server address must start with https://.</source>
        <translation>O endereço do servidor de chat deve começar com https://.</translation>
    </message>
    <message>
        <source>That is not a valid chat-server address.</source>
        <translation>Este não é um endereço de servidor de chat válido.</translation>
    </message>
    <message>
        <source>The chat server&apos;s certificate cannot be trusted. Ask your IT department.</source>
        <translation>O certificado do servidor de chat não é confiável. Fale com o seu departamento de TI.</translation>
    </message>
    <message>
        <source>The chat server did not answer in time. Try again.</source>
        <translation>O servidor de chat não respondeu a tempo. Tente de novo.</translation>
    </message>
    <message>
        <source>The chat server cannot be reached. Check the address and your network.</source>
        <translation>Não foi possível acessar o servidor de chat. Confira o endereço e sua rede.</translation>
    </message>
    <message>
        <source>The chat-server name cannot be found. Check the address.</source>
        <translation>O nome do servidor de chat não foi encontrado. Confira o endereço.</translation>
    </message>
    <message>
        <source>plain http is switched off by your IT department (allow_http is locked).</source>
        <translation>http sem criptografia foi desativado pelo seu departamento de TI (allow_http está bloqueado).</translation>
    </message>
    <message>
        <source>the chat server is set by your IT department (%1) and cannot be changed.</source>
        <translation>o servidor de chat é definido pelo seu departamento de TI (%1) e não pode ser alterado.</translation>
    </message>
    <message>
        <source>no chat server is set: use --server https://chat.example.com</source>
        <translation>nenhum servidor de chat definido: use --server https://chat.example.com</translation>
    </message>
    <message>
        <source>the CA file is set by your IT department (ca_file is locked).</source>
        <translation>o arquivo de CA é definido pelo seu departamento de TI (ca_file está bloqueado).</translation>
    </message>
    <message>
        <source>The chat server asks us to wait %1 s before trying again...</source>
        <translation>O servidor de chat pede para esperar %1 s antes de tentar de novo...</translation>
    </message>
    <message>
        <source>use either --password-stdin or --token-stdin, not both</source>
        <translation>use --password-stdin ou --token-stdin, não os dois</translation>
    </message>
    <message>
        <source>--token-stdin needs --user-id (personal access token sign-in)</source>
        <translation>--token-stdin precisa de --user-id (entrada com token de acesso pessoal)</translation>
    </message>
    <message>
        <source>Username or e-mail: </source>
        <translation>Usuário ou e-mail: </translation>
    </message>
    <message>
        <source>--send-email-code needs --user</source>
        <translation>--send-email-code precisa de --user</translation>
    </message>
    <message>
        <source>If the account uses e-mail codes, a new code is on its way. Sign in with --totp CODE.</source>
        <translation>Se a conta usa códigos por e-mail, um novo código está a caminho. Entre com --totp CÓDIGO.</translation>
    </message>
    <message>
        <source>no personal access token on standard input</source>
        <translation>nenhum token de acesso pessoal na entrada padrão</translation>
    </message>
    <message>
        <source>Personal access token: </source>
        <translation>Token de acesso pessoal: </translation>
    </message>
    <message>
        <source>personal access token sign-in needs --token-stdin</source>
        <translation>a entrada com token de acesso pessoal precisa de --token-stdin</translation>
    </message>
    <message>
        <source>--user is required (username or e-mail)</source>
        <translation>--user é obrigatório (usuário ou e-mail)</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>nenhuma senha na entrada padrão</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Senha de %1: </translation>
    </message>
    <message>
        <source>no terminal to ask for the password: use --password-stdin</source>
        <translation>não há terminal para pedir a senha: use --password-stdin</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with a personal access token.</source>
        <translation>Conectado a %1 como %2 com um token de acesso pessoal.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Conectado a %1 como %2.</translation>
    </message>
    <message>
        <source>Phone account %1 via %2 %3.</source>
        <translation>Conta de telefone %1 via %2 %3.</translation>
    </message>
    <message>
        <source>Secrets are kept in %1.</source>
        <translation>Os segredos ficam em %1.</translation>
    </message>
    <message>
        <source>Run again with --totp CODE (or --send-email-code for a new e-mail code).</source>
        <translation>Execute de novo com --totp CÓDIGO (ou --send-email-code para um novo código por e-mail).</translation>
    </message>
    <message>
        <source>Run again with --totp CODE.</source>
        <translation>Execute de novo com --totp CÓDIGO.</translation>
    </message>
    <message>
        <source>Code (or &apos;r&apos; to e-mail a new one): </source>
        <translation>Código (ou &apos;r&apos; para receber um novo por e-mail): </translation>
    </message>
    <message>
        <source>Code: </source>
        <translation>Código: </translation>
    </message>
    <message>
        <source>A new code was e-mailed.</source>
        <translation>Um novo código foi enviado por e-mail.</translation>
    </message>
    <message>
        <source>Not signed in to a chat server.</source>
        <translation>Sem conexão a um servidor de chat.</translation>
    </message>
    <message>
        <source>stored secrets could not be reached to delete them: %1</source>
        <translation>os segredos guardados não puderam ser acessados para apagá-los: %1</translation>
    </message>
    <message>
        <source>Signed out at the chat server.</source>
        <translation>Desconectado do servidor de chat.</translation>
    </message>
    <message>
        <source>The sign-in had already ended at the server.</source>
        <translation>O acesso já tinha terminado no servidor.</translation>
    </message>
    <message>
        <source>the sign-in could not be revoked at the server (%1); it was removed here anyway.</source>
        <translation>o acesso não pôde ser revogado no servidor (%1); mesmo assim foi removido aqui.</translation>
    </message>
    <message>
        <source>Personal access token forgotten here (it stays valid at the server; revoke it in your profile).</source>
        <translation>Token de acesso pessoal esquecido aqui (continua válido no servidor; revogue-o no seu perfil).</translation>
    </message>
    <message>
        <source>Secrets deleted; the phone account from the chat server was removed.</source>
        <translation>Segredos apagados; a conta de telefone do servidor de chat foi removida.</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>indisponível: %1</translation>
    </message>
    <message>
        <source>personal access token</source>
        <translation>token de acesso pessoal</translation>
    </message>
    <message>
        <source>sign-in token</source>
        <translation>token de acesso</translation>
    </message>
    <message>
        <source>Chat server: %1 as %2 (%3 %4)</source>
        <translation>Servidor de chat: %1 como %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Chat server: %1, not signed in</source>
        <translation>Servidor de chat: %1, sem conexão</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Phone account: %1 (%2), registrar %3</source>
        <translation>Conta de telefone: %1 (%2), registrador %3</translation>
    </message>
    <message>
        <source>SIP password: %1</source>
        <translation>Senha SIP: %1</translation>
    </message>
    <message>
        <source>Phone account: none (run `softphone login` or `softphone account set`)</source>
        <translation>Conta de telefone: nenhuma (execute `softphone login` ou `softphone account set`)</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Segredos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>IT policy: %1 (locked: %2)</source>
        <translation>Política de TI: %1 (bloqueados: %2)</translation>
    </message>
    <message>
        <source>unknown: no keyring</source>
        <translation>desconhecido: sem chaveiro</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>guardada</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>não guardada</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>desconhecido: %1</translation>
    </message>
    <message>
        <source>usage: softphone account set|show|clear</source>
        <translation>uso: softphone account set|show|clear</translation>
    </message>
    <message>
        <source>the phone account is set by your IT department and cannot be changed here.</source>
        <translation>a conta de telefone é definida pelo seu departamento de TI e não pode ser alterada aqui.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SIP address like sip:1001@pbx.example.com</source>
        <translation>&apos;%1&apos; não é um endereço SIP como sip:1001@pbx.example.com</translation>
    </message>
    <message>
        <source>--port must be from 0 to 65535</source>
        <translation>--port deve estar entre 0 e 65535</translation>
    </message>
    <message>
        <source>%1 is set by your IT department (%2 = %3) and cannot be changed.</source>
        <translation>%1 é definido pelo seu departamento de TI (%2 = %3) e não pode ser alterado.</translation>
    </message>
    <message>
        <source>no SIP password on standard input</source>
        <translation>nenhuma senha SIP na entrada padrão</translation>
    </message>
    <message>
        <source>SIP password for %1 (empty = keep): </source>
        <translation>Senha SIP de %1 (vazio = manter): </translation>
    </message>
    <message>
        <source>no SIP password was given; set one with --password-stdin before starting the phone.</source>
        <translation>nenhuma senha SIP foi informada; defina uma com --password-stdin antes de iniciar o telefone.</translation>
    </message>
    <message>
        <source>SIP password stored in %1.</source>
        <translation>Senha SIP guardada em %1.</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>o chaveiro</translation>
    </message>
    <message>
        <source>No phone account. Run `softphone login` or `softphone account set --sip-uri sip:USER@DOMAIN`.</source>
        <translation>Nenhuma conta de telefone. Execute `softphone login` ou `softphone account set --sip-uri sip:USUÁRIO@DOMÍNIO`.</translation>
    </message>
    <message>
        <source>(managed by IT)</source>
        <translation>(gerenciado pela TI)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origem:</translation>
    </message>
    <message>
        <source>Registrar:</source>
        <translation>Registrador:</translation>
    </message>
    <message>
        <source>Auth user:</source>
        <translation>Usuário de autenticação:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>SRTP:</source>
        <translation>SRTP:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>the phone account is set by your IT department and cannot be removed here.</source>
        <translation>a conta de telefone é definida pelo seu departamento de TI e não pode ser removida aqui.</translation>
    </message>
    <message>
        <source>No phone account to clear.</source>
        <translation>Nenhuma conta de telefone para remover.</translation>
    </message>
    <message>
        <source>the stored password could not be reached to delete it: %1</source>
        <translation>a senha guardada não pôde ser acessada para apagá-la: %1</translation>
    </message>
    <message>
        <source>Phone account and its password removed.</source>
        <translation>Conta de telefone e sua senha removidas.</translation>
    </message>
    <message>
        <source>[managed by your organization]</source>
        <translation>[gerenciado pela sua organização]</translation>
    </message>
    <message>
        <source>cannot list sound devices: %1</source>
        <translation>não é possível listar os dispositivos de som: %1</translation>
    </message>
    <message>
        <source>Speaker test: cannot play the test tone: %1</source>
        <translation>Teste do alto-falante: não é possível tocar o tom de teste: %1</translation>
    </message>
    <message>
        <source>the default device</source>
        <translation>o dispositivo padrão</translation>
    </message>
    <message>
        <source>Speaker test: played a 1 kHz tone on %1.</source>
        <translation>Teste do alto-falante: tom de 1 kHz tocado em %1.</translation>
    </message>
    <message>
        <source>Microphone &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>Microfone &apos;%1&apos; não está disponível; usando %2 no lugar.</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>Alto-falante &apos;%1&apos; não está disponível; usando %2 no lugar.</translation>
    </message>
    <message>
        <source>Ringer &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>Dispositivo de toque &apos;%1&apos; não está disponível; usando %2 no lugar.</translation>
    </message>
    <message>
        <source>Second ringer &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>Segundo dispositivo de toque &apos;%1&apos; não está disponível; usando %2 no lugar.</translation>
    </message>
    <message>
        <source>the system default</source>
        <translation>o padrão do sistema</translation>
    </message>
    <message>
        <source>Outputs (speakers, headsets):</source>
        <translation>Saídas (alto-falantes, headsets):</translation>
    </message>
    <message>
        <source>Inputs (microphones):</source>
        <translation>Entradas (microfones):</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>headset</source>
        <translation>headset</translation>
    </message>
    <message>
        <source>Choice:</source>
        <translation>Escolha:</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Alto-falante</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>Dispositivo de toque</translation>
    </message>
    <message>
        <source>Also ring on</source>
        <translation>Tocar também em</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(padrão do sistema)</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>usando %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
    </message>
    <message>
        <source>policy: %1</source>
        <translation>política: %1</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(bloqueado)</translation>
    </message>
    <message>
        <source>%1 locked at its default</source>
        <translation>%1 bloqueado no valor padrão</translation>
    </message>
    <message>
        <source>sound devices:</source>
        <translation>dispositivos de som:</translation>
    </message>
    <message>
        <source>result: all checks passed</source>
        <translation>resultado: todas as verificações passaram</translation>
    </message>
    <message numerus="yes">
        <source>result: %n check(s) failed</source>
        <translation>
            <numerusform>resultado: %n verificação falhou</numerusform>
            <numerusform>resultado: %n verificações falharam</numerusform>
        </translation>
    </message>
    <message>
        <source>no usable account (%1)</source>
        <translation>nenhuma conta utilizável (%1)</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>nenhuma configurada</translation>
    </message>
    <message>
        <source>the PBX did not answer the registration in time</source>
        <translation>a central telefônica não respondeu ao registro a tempo</translation>
    </message>
    <message>
        <source>registration failed: %1</source>
        <translation>o registro falhou: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FALHOU: %1</translation>
    </message>
    <message>
        <source>cannot write the log file %1 (%2); logging to stderr only</source>
        <translation>não é possível gravar o arquivo de log %1 (%2); o log vai só para stderr</translation>
    </message>
    <message>
        <source>cannot write the log file (%1); logging to stderr only</source>
        <translation>não é possível gravar o arquivo de log (%1); o log vai só para stderr</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <source>Agent console</source>
        <translation>Console do agente</translation>
    </message>
    <message>
        <source>Agent state icon</source>
        <translation>Ícone do estado do agente</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado da conexão</translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation>Estado do agente</translation>
    </message>
    <message>
        <source>Set agent state</source>
        <translation>Definir o estado do agente</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Em pausa: %1</translation>
    </message>
    <message>
        <source>Queue control is not available with this account.</source>
        <translation>O controle de filas não está disponível com esta conta.</translation>
    </message>
    <message>
        <source>Wrap-up time left</source>
        <translation>Tempo restante de pós-atendimento</translation>
    </message>
    <message>
        <source>&amp;End wrap-up</source>
        <translation>&amp;Encerrar pós-atendimento</translation>
    </message>
    <message>
        <source>End wrap-up now</source>
        <translation>Encerrar o pós-atendimento agora</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Console pages</source>
        <translation>Páginas do console</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Filas</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Maior espera</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Número a chamar</translation>
    </message>
    <message>
        <source>Number, extension or sip: address</source>
        <translation>Número, ramal ou endereço sip:</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Ligar</translation>
    </message>
    <message>
        <source>Call the number</source>
        <translation>Ligar para o número</translation>
    </message>
    <message>
        <source>&amp;Redial</source>
        <translation>&amp;Rediscar</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>Ligar de novo para o último número</translation>
    </message>
    <message>
        <source>Dial %1</source>
        <translation>Discar %1</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Nenhuma chamada</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Callers waiting in the queue</source>
        <translation>Chamadores aguardando na fila</translation>
    </message>
    <message>
        <source>How long the longest-waiting caller has waited</source>
        <translation>Quanto tempo o chamador que espera há mais tempo já aguardou</translation>
    </message>
    <message>
        <source>Agents available / agents logged in to the queue</source>
        <translation>Agentes disponíveis / agentes conectados à fila</translation>
    </message>
    <message>
        <source>&amp;Video call</source>
        <translation>Chamada de &amp;vídeo</translation>
    </message>
    <message>
        <source>Video call to the number</source>
        <translation>Chamada de vídeo para o número</translation>
    </message>
    <message>
        <source>&amp;Dial pad</source>
        <translation>Te&amp;clado</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>Teclado de discagem</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Show the phone</source>
        <translation>Mostrar o telefone</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Atender</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Encerrar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Softphone — %1</source>
        <translation>Softphone — %1</translation>
    </message>
    <message>
        <source>Wrap-up: %1 left</source>
        <translation>Pós-atendimento: faltam %1</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Deslogado</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logado</translation>
    </message>
    <message>
        <source>%1 of %2 agents available</source>
        <translation>%1 de %2 agentes disponíveis</translation>
    </message>
    <message>
        <source>%1 (queue %2)</source>
        <translation>%1 (fila %2)</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Chamada recebida</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n chamada</numerusform>
            <numerusform>%n chamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>This link cannot be dialled: %1</source>
        <translation>Este link não pode ser discado: %1</translation>
    </message>
    <message>
        <source>Call?</source>
        <translation>Ligar?</translation>
    </message>
    <message>
        <source>Call %1?</source>
        <translation>Ligar para %1?</translation>
    </message>
    <message>
        <source>Confirm call to %1</source>
        <translation>Confirmar chamada para %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ligar</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Não ligar</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation>Ativar ou desativar o mudo</translation>
    </message>
    <message>
        <source>Hold or resume</source>
        <translation>Colocar em espera ou retomar</translation>
    </message>
    <message>
        <source>Go to the number field</source>
        <translation>Ir para o campo de número</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Rediscar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message numerus="yes">
        <source>&amp;History (%n missed)</source>
        <translation>
            <numerusform>&amp;Histórico (%n perdida)</numerusform>
            <numerusform>&amp;Histórico (%n perdidas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Softphone — %n missed call(s)</source>
        <translation>
            <numerusform>Softphone — %n chamada perdida</numerusform>
            <numerusform>Softphone — %n chamadas perdidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Softphone is still running</source>
        <translation>O Softphone continua em execução</translation>
    </message>
    <message>
        <source>Calls still ring. Quit from the tray menu.</source>
        <translation>As chamadas continuam tocando. Para sair, use o menu da bandeja.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>No sound: the sound system cannot be used (%1). Calls connect, but you will not hear them. Start the sound system (PulseAudio or PipeWire) and restart the phone.</source>
        <translation>Sem som: o sistema de som não pode ser usado (%1). As chamadas conectam, mas você não vai ouvi-las. Inicie o sistema de som (PulseAudio ou PipeWire) e reinicie o telefone.</translation>
    </message>
</context>
<context>
    <name>DeviceNotice</name>
    <message>
        <source>Microphone &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>Microfone &apos;%1&apos; não está disponível; usando &apos;%2&apos; no lugar.</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>Alto-falante &apos;%1&apos; não está disponível; usando &apos;%2&apos; no lugar.</translation>
    </message>
    <message>
        <source>Ringer &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>Dispositivo de toque &apos;%1&apos; não está disponível; usando &apos;%2&apos; no lugar.</translation>
    </message>
    <message>
        <source>Second ringer &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>Segundo dispositivo de toque &apos;%1&apos; não está disponível; usando &apos;%2&apos; no lugar.</translation>
    </message>
    <message>
        <source>Microphone &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>Microfone &apos;%1&apos; não está disponível; usando o padrão do sistema no lugar.</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>Alto-falante &apos;%1&apos; não está disponível; usando o padrão do sistema no lugar.</translation>
    </message>
    <message>
        <source>Ringer &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>Dispositivo de toque &apos;%1&apos; não está disponível; usando o padrão do sistema no lugar.</translation>
    </message>
    <message>
        <source>Second ringer &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>Segundo dispositivo de toque &apos;%1&apos; não está disponível; usando o padrão do sistema no lugar.</translation>
    </message>
    <message>
        <source>Microphone switched to &apos;%1&apos;.</source>
        <translation>Microfone trocado para &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Speaker switched to &apos;%1&apos;.</source>
        <translation>Alto-falante trocado para &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Microphone switched to the system default.</source>
        <translation>Microfone trocado para o padrão do sistema.</translation>
    </message>
    <message>
        <source>Speaker switched to the system default.</source>
        <translation>Alto-falante trocado para o padrão do sistema.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the default device: %1</source>
        <translation>Não é possível abrir o dispositivo padrão: %1</translation>
    </message>
    <message>
        <source>Cannot open the microphone: %1</source>
        <translation>Não é possível abrir o microfone: %1</translation>
    </message>
    <message>
        <source>Cannot open the speaker: %1</source>
        <translation>Não é possível abrir o alto-falante: %1</translation>
    </message>
    <message>
        <source>Cannot ring on %1: %2</source>
        <translation>Não é possível tocar em %1: %2</translation>
    </message>
    <message>
        <source>Cannot ring on the default device: %1</source>
        <translation>Não é possível tocar no dispositivo padrão: %1</translation>
    </message>
    <message>
        <source>%1: only 16-bit PCM WAV files are supported</source>
        <translation>%1: só são aceitos arquivos WAV PCM de 16 bits</translation>
    </message>
    <message>
        <source>%1: cannot read sound file (%2)</source>
        <translation>%1: não é possível ler o arquivo de som (%2)</translation>
    </message>
    <message>
        <source>%1: the sound file is empty</source>
        <translation>%1: o arquivo de som está vazio</translation>
    </message>
    <message>
        <source>%1; using the built-in ringtone.</source>
        <translation>%1; usando o toque integrado.</translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <source>run again with --debug and send the log to support</source>
        <translation>execute de novo com --debug e envie o log ao suporte</translation>
    </message>
    <message>
        <source>logging could not be set up (%1)</source>
        <translation>não foi possível configurar o log (%1)</translation>
    </message>
    <message>
        <source>check the profile folder</source>
        <translation>verifique a pasta do perfil</translation>
    </message>
    <message>
        <source>diagnose stopped early: %1: %2</source>
        <translation>o diagnóstico parou antes do fim: %1: %2</translation>
    </message>
    <message>
        <source>the %1 check stopped: %2: %3</source>
        <translation>a verificação %1 parou: %2: %3</translation>
    </message>
    <message>
        <source>settings cannot be loaded: %1</source>
        <translation>não é possível carregar as configurações: %1</translation>
    </message>
    <message>
        <source>check the profile folder&apos;s permissions</source>
        <translation>verifique as permissões da pasta do perfil</translation>
    </message>
    <message>
        <source>fix the IT policy (see installers/README.md)</source>
        <translation>corrija a política de TI (veja installers/README.md)</translation>
    </message>
    <message numerus="yes">
        <source>IT policy from %1: %n preset(s), locked: %2</source>
        <translation>
            <numerusform>política de TI de %1: %n predefinição, bloqueados: %2</numerusform>
            <numerusform>política de TI de %1: %n predefinições, bloqueados: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>no IT policy in force (all settings are the user&apos;s)</source>
        <translation>nenhuma política de TI em vigor (todas as configurações são do usuário)</translation>
    </message>
    <message>
        <source>check with `softphone config list`</source>
        <translation>verifique com `softphone config list`</translation>
    </message>
    <message>
        <source>settings file %1</source>
        <translation>arquivo de configurações %1</translation>
    </message>
    <message>
        <source>this build cannot list sound devices</source>
        <translation>esta versão não consegue listar os dispositivos de som</translation>
    </message>
    <message>
        <source>update the phone</source>
        <translation>atualize o telefone</translation>
    </message>
    <message>
        <source>no sound server or sound devices (%1); calls will have no sound</source>
        <translation>nenhum servidor de som ou dispositivo de som (%1); as chamadas ficarão sem som</translation>
    </message>
    <message>
        <source>start PulseAudio/PipeWire in the user&apos;s session, or plug in a headset</source>
        <translation>inicie o PulseAudio/PipeWire na sessão do usuário ou conecte um headset</translation>
    </message>
    <message>
        <source>%1 microphone(s) and %2 speaker(s) found; calls need both</source>
        <translation>microfones: %1, alto-falantes: %2; as chamadas precisam dos dois</translation>
    </message>
    <message>
        <source>plug in a headset or check the sound server</source>
        <translation>conecte um headset ou verifique o servidor de som</translation>
    </message>
    <message>
        <source>%1 input and %2 output device(s)</source>
        <translation>dispositivos de entrada: %1, de saída: %2</translation>
    </message>
    <message>
        <source>engine unavailable: %1</source>
        <translation>motor indisponível: %1</translation>
    </message>
    <message>
        <source>reinstall the phone; the pjsua2 native library is missing or broken</source>
        <translation>reinstale o telefone; a biblioteca nativa pjsua2 está ausente ou danificada</translation>
    </message>
    <message>
        <source>the engine is not available</source>
        <translation>o motor não está disponível</translation>
    </message>
    <message>
        <source>the SIP engine failed to start: %1</source>
        <translation>o motor SIP não iniciou: %1</translation>
    </message>
    <message>
        <source>check that no firewall or policy blocks local UDP/TCP sockets; run with --debug for the log</source>
        <translation>verifique se nenhum firewall ou política bloqueia sockets UDP/TCP locais; execute com --debug para ver o log</translation>
    </message>
    <message>
        <source>the engine did not start</source>
        <translation>o motor não iniciou</translation>
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
        <source>%1 started in %2 ms; codecs %3; TLS %4; SRTP %5</source>
        <translation>%1 iniciado em %2 ms; codecs %3; TLS %4; SRTP %5</translation>
    </message>
    <message>
        <source>the engine did not stop within %1 s</source>
        <translation>o motor não parou em %1 s</translation>
    </message>
    <message>
        <source>skipped (--no-register)</source>
        <translation>ignorado (--no-register)</translation>
    </message>
    <message>
        <source>settings could not be loaded</source>
        <translation>não foi possível carregar as configurações</translation>
    </message>
    <message>
        <source>no account is set up</source>
        <translation>nenhuma conta configurada</translation>
    </message>
    <message>
        <source>sign in with `softphone login` (or IT presets the account by policy)</source>
        <translation>entre com `softphone login` (ou a TI predefine a conta por política)</translation>
    </message>
    <message>
        <source>account %1 has no stored password (%2)</source>
        <translation>a conta %1 não tem senha guardada (%2)</translation>
    </message>
    <message>
        <source>sign in again with `softphone login` or `softphone account set --password-stdin`</source>
        <translation>entre de novo com `softphone login` ou `softphone account set --password-stdin`</translation>
    </message>
    <message>
        <source>%1 registered at %2</source>
        <translation>%1 registrado em %2</translation>
    </message>
    <message>
        <source>%1 did not register at %2: %3</source>
        <translation>%1 não se registrou em %2: %3</translation>
    </message>
    <message>
        <source>the SIP password was refused: sign in again (`softphone login`) or ask IT to check the extension</source>
        <translation>a senha SIP foi recusada: entre de novo (`softphone login`) ou peça à TI para verificar o ramal</translation>
    </message>
    <message>
        <source>the extension is unknown to the phone server: ask IT</source>
        <translation>o servidor de telefonia não conhece o ramal: fale com a TI</translation>
    </message>
    <message>
        <source>the phone server did not answer: check sip.registrar, sip.transport and sip.port, and that the firewall lets SIP through</source>
        <translation>o servidor de telefonia não respondeu: verifique sip.registrar, sip.transport e sip.port, e se o firewall deixa o SIP passar</translation>
    </message>
    <message>
        <source>ask IT to check the phone server&apos;s log for this extension</source>
        <translation>peça à TI para verificar o log do servidor de telefonia para este ramal</translation>
    </message>
    <message>
        <source>no chat server set (server_url); manual SIP account only</source>
        <translation>nenhum servidor de chat definido (server_url); só conta SIP manual</translation>
    </message>
    <message>
        <source>the chat-server probe is unavailable (%1)</source>
        <translation>a verificação do servidor de chat está indisponível (%1)</translation>
    </message>
    <message>
        <source>reinstall the phone</source>
        <translation>reinstale o telefone</translation>
    </message>
    <message>
        <source>%1 %2%3 in %4 ms</source>
        <translation>%1 %2%3 em %4 ms</translation>
    </message>
    <message>
        <source>chat server %1 not reachable: %2</source>
        <translation>servidor de chat %1 inacessível: %2</translation>
    </message>
    <message>
        <source>check server_url, the network path (proxy, firewall) and the server&apos;s certificate</source>
        <translation>verifique server_url, o caminho de rede (proxy, firewall) e o certificado do servidor</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Call history</source>
        <translation>Histórico de chamadas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Call history list</source>
        <translation>Lista do histórico de chamadas</translation>
    </message>
    <message>
        <source>&amp;Call back</source>
        <translation>&amp;Retornar chamada</translation>
    </message>
    <message>
        <source>Call back the selected number</source>
        <translation>Retornar a chamada para o número selecionado</translation>
    </message>
</context>
<context>
    <name>IncomingCallPopup</name>
    <message>
        <source>Incoming call — %1</source>
        <translation>Chamada recebida — %1</translation>
    </message>
    <message>
        <source>Second incoming call</source>
        <translation>Segunda chamada recebida</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Chamada recebida</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Fila: %1</translation>
    </message>
    <message>
        <source>Direct call</source>
        <translation>Chamada direta</translation>
    </message>
    <message>
        <source>Enter answers, Escape declines.</source>
        <translation>Enter atende, Esc recusa.</translation>
    </message>
    <message>
        <source>Answer with &amp;video</source>
        <translation>Atender com &amp;vídeo</translation>
    </message>
    <message>
        <source>Answer call from %1 with video</source>
        <translation>Atender a chamada de %1 com vídeo</translation>
    </message>
    <message>
        <source>Answer &amp;audio only</source>
        <translation>Atender só com á&amp;udio</translation>
    </message>
    <message>
        <source>Answer call from %1 without video</source>
        <translation>Atender a chamada de %1 sem vídeo</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Atender</translation>
    </message>
    <message>
        <source>Answer call from %1</source>
        <translation>Atender chamada de %1</translation>
    </message>
    <message>
        <source>Answer with video</source>
        <translation>Atender com vídeo</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Recusar</translation>
    </message>
    <message>
        <source>Decline call from %1</source>
        <translation>Recusar chamada de %1</translation>
    </message>
    <message>
        <source>%1 is calling from queue %2.</source>
        <translation>%1 está ligando pela fila %2.</translation>
    </message>
    <message>
        <source>%1 is calling.</source>
        <translation>%1 está ligando.</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Chamada recebida de %1</translation>
    </message>
</context>
<context>
    <name>SessionOnlyBadge</name>
    <message>
        <source>Signed in for this session only</source>
        <translation>Conectado só nesta sessão</translation>
    </message>
    <message>
        <source>No secure keyring is available: your sign-in is kept in memory and forgotten when you quit the phone.</source>
        <translation>Não há chaveiro seguro disponível: o seu acesso fica só na memória e é esquecido quando você fecha o telefone.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configurações</translation>
    </message>
    <message>
        <source>&amp;Audio</source>
        <translation>Á&amp;udio</translation>
    </message>
    <message>
        <source>&amp;Calls and queues</source>
        <translation>&amp;Chamadas e filas</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>C&amp;onexão</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Salvar configurações</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Managed by your organization</source>
        <translation>Gerenciado pela sua organização</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nível:</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nível do microfone</translation>
    </message>
    <message>
        <source>Test the microphone: record three seconds, then play them back</source>
        <translation>Testar o microfone: gravar três segundos e reproduzi-los</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testar</translation>
    </message>
    <message>
        <source>Play a test tone on the speaker or headset</source>
        <translation>Tocar um tom de teste no alto-falante ou headset</translation>
    </message>
    <message>
        <source>Play a test tone on the ringing device</source>
        <translation>Tocar um tom de teste no dispositivo de toque</translation>
    </message>
    <message>
        <source>Play a test tone on the other ringing device</source>
        <translation>Tocar um tom de teste no outro dispositivo de toque</translation>
    </message>
    <message>
        <source>Audio test result</source>
        <translation>Resultado do teste de áudio</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>&amp;Vídeo</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Pré-visualização da câmera</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando a câmera…</translation>
    </message>
    <message>
        <source>Camera notice</source>
        <translation>Aviso da câmera</translation>
    </message>
    <message>
        <source>When the PBX asks (intercom)</source>
        <translation>Quando a central telefônica pedir (intercomunicador)</translation>
    </message>
    <message>
        <source>First camera</source>
        <translation>Primeira câmera</translation>
    </message>
    <message>
        <source>Test pattern (no camera)</source>
        <translation>Imagem de teste (sem câmera)</translation>
    </message>
    <message>
        <source>No camera was found: calls send a test pattern instead.</source>
        <translation>Nenhuma câmera encontrada: as chamadas enviam uma imagem de teste.</translation>
    </message>
    <message>
        <source>The camera cannot be used (%1): calls send a test pattern instead.</source>
        <translation>A câmera não pode ser usada (%1): as chamadas enviam uma imagem de teste.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>The sound device cannot be used: %1</source>
        <translation>O dispositivo de som não pode ser usado: %1</translation>
    </message>
    <message>
        <source>Playing a test tone…</source>
        <translation>Tocando um tom de teste…</translation>
    </message>
    <message>
        <source>Test tone played. Did you hear it?</source>
        <translation>Tom de teste tocado. Você ouviu?</translation>
    </message>
    <message>
        <source>Speak now: recording three seconds, then playing them back…</source>
        <translation>Fale agora: gravando três segundos e depois reproduzindo…</translation>
    </message>
    <message>
        <source>The microphone works (loudest: %1 dB).</source>
        <translation>O microfone funciona (pico: %1 dB).</translation>
    </message>
    <message>
        <source>Nothing was heard from this microphone. Check that it is plugged in and not muted.</source>
        <translation>Nada foi ouvido deste microfone. Verifique se ele está conectado e não está mudo.</translation>
    </message>
    <message>
        <source>No sound devices were reported; the system default is used.</source>
        <translation>Nenhum dispositivo de som foi informado; será usado o padrão do sistema.</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microfone:</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <source>&amp;Speaker or headset:</source>
        <translation>Alto-&amp;falante ou headset:</translation>
    </message>
    <message>
        <source>Speaker or headset</source>
        <translation>Alto-falante ou headset</translation>
    </message>
    <message>
        <source>&amp;Ring on:</source>
        <translation>&amp;Tocar em:</translation>
    </message>
    <message>
        <source>Ring on</source>
        <translation>Tocar em</translation>
    </message>
    <message>
        <source>&amp;Also ring on:</source>
        <translation>Tocar &amp;também em:</translation>
    </message>
    <message>
        <source>Also ring on</source>
        <translation>Tocar também em</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>C&amp;âmera:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Answer calls that offer video &amp;with video</source>
        <translation>Atender chamadas com vídeo &amp;usando vídeo</translation>
    </message>
    <message>
        <source>Test recor&amp;ding</source>
        <translation>Testar &amp;gravação</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>Nenhum outro</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas as chamadas</translation>
    </message>
    <message>
        <source>Queue calls only</source>
        <translation>Só chamadas de fila</translation>
    </message>
    <message>
        <source>Auto-&amp;answer:</source>
        <translation>Atendimento a&amp;utomático:</translation>
    </message>
    <message>
        <source>Auto-answer</source>
        <translation>Atendimento automático</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Auto-answer &amp;delay:</source>
        <translation>&amp;Atraso do atendimento automático:</translation>
    </message>
    <message>
        <source>Auto-answer delay in seconds</source>
        <translation>Atraso do atendimento automático em segundos</translation>
    </message>
    <message>
        <source>&amp;Wrap-up time:</source>
        <translation>Tempo de &amp;pós-atendimento:</translation>
    </message>
    <message>
        <source>Wrap-up time in seconds</source>
        <translation>Tempo de pós-atendimento em segundos</translation>
    </message>
    <message>
        <source>one per line: code=label, e.g. 1=break</source>
        <translation>um por linha: código=nome, p. ex. 1=intervalo</translation>
    </message>
    <message>
        <source>&amp;Pause reasons:</source>
        <translation>Motivos de pa&amp;usa:</translation>
    </message>
    <message>
        <source>Pause reasons</source>
        <translation>Motivos de pausa</translation>
    </message>
    <message>
        <source>Log in:</source>
        <translation>Entrar:</translation>
    </message>
    <message>
        <source>Log out:</source>
        <translation>Sair:</translation>
    </message>
    <message>
        <source>Pause:</source>
        <translation>Pausar:</translation>
    </message>
    <message>
        <source>Resume:</source>
        <translation>Retomar:</translation>
    </message>
    <message>
        <source>Feature code to %1</source>
        <translation>Código de serviço para %1</translation>
    </message>
    <message>
        <source>&amp;Queue feature codes:</source>
        <translation>Códigos de serviço das &amp;filas:</translation>
    </message>
    <message>
        <source>Queue feature codes</source>
        <translation>Códigos de serviço das filas</translation>
    </message>
    <message>
        <source>TLS (encrypted)</source>
        <translation>TLS (criptografado)</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transporte:</translation>
    </message>
    <message>
        <source>SIP transport</source>
        <translation>Transporte SIP</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Registrar port</source>
        <translation>Porta do registrador</translation>
    </message>
    <message>
        <source>&amp;Codecs (in order):</source>
        <translation>&amp;Codecs (em ordem):</translation>
    </message>
    <message>
        <source>Audio codecs in order of preference</source>
        <translation>Codecs de áudio em ordem de preferência</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>Iniciar &amp;minimizado na bandeja</translation>
    </message>
    <message>
        <source>Start when I &amp;sign in to the computer</source>
        <translation>Iniciar ao &amp;entrar no computador</translation>
    </message>
    <message>
        <source>Closing the window keeps the phone &amp;running</source>
        <translation>Fechar a janela mantém o telefone em &amp;execução</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in — Softphone</source>
        <translation>Entrar — Softphone</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Entrando</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensagem de entrada</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;Use your chat-server account to set up the phone.</source>
        <translation>&lt;h2&gt;Entrar&lt;/h2&gt;Use sua conta do servidor de chat para configurar o telefone.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Managed by your organization</source>
        <translation>Gerenciado pela sua organização</translation>
    </message>
    <message>
        <source>Server address is managed by your organization</source>
        <translation>O endereço do servidor é gerenciado pela sua organização</translation>
    </message>
    <message>
        <source>Username or e-mail</source>
        <translation>Usuário ou e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Advanced: &amp;manual SIP account…</source>
        <translation>Avançado: conta SIP &amp;manual…</translation>
    </message>
    <message>
        <source>Advanced: manual SIP account</source>
        <translation>Avançado: conta SIP manual</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>&amp;Username or e-mail:</source>
        <translation>&amp;Usuário ou e-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Código de dois fatores</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verify code</source>
        <translation>Verificar código</translation>
    </message>
    <message>
        <source>Send a new e-mail &amp;code</source>
        <translation>Enviar novo &amp;código por e-mail</translation>
    </message>
    <message>
        <source>Send a new e-mail code</source>
        <translation>Enviar novo código por e-mail</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Voltar para a entrada</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ódigo:</translation>
    </message>
    <message>
        <source>SIP address</source>
        <translation>Endereço SIP</translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation>Senha SIP</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Registrar host</source>
        <translation>Servidor de registro</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Use this account</source>
        <translation>&amp;Usar esta conta</translation>
    </message>
    <message>
        <source>Use this account</source>
        <translation>Usar esta conta</translation>
    </message>
    <message>
        <source>SIP &amp;address:</source>
        <translation>&amp;Endereço SIP:</translation>
    </message>
    <message>
        <source>SIP pass&amp;word:</source>
        <translation>&amp;Senha SIP:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transporte:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Registrar:</source>
        <translation>Se&amp;rvidor de registro:</translation>
    </message>
    <message>
        <source>Enter the address of your chat server, e.g. https://chat.example.com.</source>
        <translation>Informe o endereço do seu servidor de chat, p. ex. https://chat.example.com.</translation>
    </message>
    <message>
        <source>Enter your username (or e-mail) and your password.</source>
        <translation>Informe seu usuário (ou e-mail) e sua senha.</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>Informe o código.</translation>
    </message>
    <message>
        <source>Enter the SIP address as sip:USER@DOMAIN.</source>
        <translation>Informe o endereço SIP como sip:USUÁRIO@DOMÍNIO.</translation>
    </message>
    <message>
        <source>Enter the SIP password.</source>
        <translation>Informe a senha SIP.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo deu errado: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>A new code is on its way. Check your e-mail.</source>
        <translation>Um novo código está a caminho. Verifique seu e-mail.</translation>
    </message>
    <message>
        <source>We sent a code to the e-mail address of %1. Enter it here.</source>
        <translation>Enviamos um código para o e-mail de %1. Informe-o aqui.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Informe o código do seu aplicativo autenticador.</translation>
    </message>
    <message>
        <source>That code was not accepted. Check it and try again.</source>
        <translation>O código não foi aceito. Confira e tente de novo.</translation>
    </message>
    <message>
        <source>The username or password is not right. Check them and try again.</source>
        <translation>Usuário ou senha incorretos. Confira e tente de novo.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Wait a few minutes, then sign in again.</source>
        <translation>Códigos incorretos demais. Aguarde alguns minutos e entre de novo.</translation>
    </message>
    <message>
        <source>The server asks us to slow down. Try again in a minute.</source>
        <translation>O servidor pediu para esperar. Tente de novo em um minuto.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network.</source>
        <translation>Não foi possível acessar o servidor. Confira o endereço e sua rede.</translation>
    </message>
    <message>
        <source>That server name cannot be found. Check the address.</source>
        <translation>O nome do servidor não foi encontrado. Confira o endereço.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>O servidor não respondeu a tempo. Tente de novo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted. Ask your IT department.</source>
        <translation>O certificado do servidor não é confiável. Fale com o seu departamento de TI.</translation>
    </message>
    <message>
        <source>That is not a valid server address. It looks like https://chat.example.com.</source>
        <translation>Este não é um endereço de servidor válido. Ele tem o formato https://chat.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>O endereço deve começar com https://.</translation>
    </message>
    <message>
        <source>Your account has no phone extension yet. Ask your administrator.</source>
        <translation>Sua conta ainda não tem ramal. Fale com o administrador.</translation>
    </message>
    <message>
        <source>Phone calls are switched off on this server. Ask your administrator.</source>
        <translation>As chamadas telefônicas estão desativadas neste servidor. Fale com o administrador.</translation>
    </message>
    <message>
        <source>The password could not be stored in your system&apos;s keyring. Unlock it and try again.</source>
        <translation>Não foi possível guardar a senha no chaveiro do sistema. Desbloqueie-o e tente de novo.</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>Não foi possível entrar.</translation>
    </message>
    <message>
        <source>No phone account after sign-in.</source>
        <translation>Nenhuma conta de telefone após a entrada.</translation>
    </message>
    <message>
        <source>&amp;Keep signed in for this session only</source>
        <translation>&amp;Manter conectado só nesta sessão</translation>
    </message>
    <message>
        <source>Keep signed in for this session only</source>
        <translation>Manter conectado só nesta sessão</translation>
    </message>
    <message>
        <source>Nothing is saved: you sign in again after quitting the phone.</source>
        <translation>Nada é guardado: você entra de novo depois de fechar o telefone.</translation>
    </message>
    <message>
        <source>Signed in for this session only.</source>
        <translation>Conectado só nesta sessão.</translation>
    </message>
    <message>
        <source>There is no secure keyring on this computer, so the phone will not save your sign-in. You can keep it for this session only: it is forgotten when you quit.</source>
        <translation>Não há um chaveiro seguro neste computador, então o telefone não vai guardar o seu acesso. Você pode mantê-lo só nesta sessão: ele é esquecido quando você sair.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Tocando</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>Em chamada</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Pós-atendimento</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Falha na conexão</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Chamando…</translation>
    </message>
    <message>
        <source>Ringing at the other end</source>
        <translation>Tocando no destino</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Declined by the other party</source>
        <translation>Recusada pelo outro lado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translation>Número não encontrado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferida</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompida</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Efetuada</translation>
    </message>
    <message>
        <source>Quality: measuring…</source>
        <translation>Qualidade: medindo…</translation>
    </message>
    <message>
        <source>Quality: good</source>
        <translation>Qualidade: boa</translation>
    </message>
    <message>
        <source>Quality: fair</source>
        <translation>Qualidade: razoável</translation>
    </message>
    <message>
        <source>Quality: poor</source>
        <translation>Qualidade: ruim</translation>
    </message>
    <message>
        <source>No phone account is set up. Sign in first.</source>
        <translation>Nenhuma conta de telefone configurada. Entre primeiro.</translation>
    </message>
    <message>
        <source>That is not a number or address that can be dialled.</source>
        <translation>Isso não é um número ou endereço que possa ser discado.</translation>
    </message>
    <message>
        <source>There is no call for that.</source>
        <translation>Não há chamada para isso.</translation>
    </message>
    <message>
        <source>That is not possible in the call&apos;s current state.</source>
        <translation>Isso não é possível no estado atual da chamada.</translation>
    </message>
    <message>
        <source>The transfer did not go through.</source>
        <translation>A transferência não foi concluída.</translation>
    </message>
    <message>
        <source>No sound came from the other side for too long, so the call was ended.</source>
        <translation>Nenhum som chegou do outro lado por tempo demais, então a chamada foi encerrada.</translation>
    </message>
    <message>
        <source>This call was set up without video, so video cannot be added. Call again as a video call.</source>
        <translation>Esta chamada foi estabelecida sem vídeo, então não é possível adicionar vídeo. Ligue de novo como chamada de vídeo.</translation>
    </message>
</context>
</TS>
