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
</context>
</TS>
