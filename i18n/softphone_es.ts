<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CallPanel</name>
    <message>
        <source>Call with %1</source>
        <translation>Llamada con %1</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Cola: %1</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Estado de la llamada</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Duración de la llamada</translation>
    </message>
    <message>
        <source>Call quality</source>
        <translation>Calidad de la llamada</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Espera</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Poner en espera</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Silenciar</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Silenciar el micrófono</translation>
    </message>
    <message>
        <source>Hang &amp;up</source>
        <translation>Co&amp;lgar</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Transfer to number</source>
        <translation>Transferir al número</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <source>Blind transfer</source>
        <translation>Transferencia directa</translation>
    </message>
    <message>
        <source>Call to transfer to</source>
        <translation>Llamada de destino de la transferencia</translation>
    </message>
    <message>
        <source>&amp;Connect the two calls</source>
        <translation>&amp;Conectar las dos llamadas</translation>
    </message>
    <message>
        <source>Attended transfer: connect this call to the other call</source>
        <translation>Transferencia asistida: conectar esta llamada con la otra</translation>
    </message>
    <message>
        <source>Send tone %1</source>
        <translation>Enviar tono %1</translation>
    </message>
    <message>
        <source>&amp;Keypad</source>
        <translation>Tec&amp;las</translation>
    </message>
    <message>
        <source>Keypad for tones</source>
        <translation>Teclado de tonos</translation>
    </message>
    <message>
        <source>Switch &amp;camera</source>
        <translation>Cambiar &amp;cámara</translation>
    </message>
    <message>
        <source>Switch to the next camera</source>
        <translation>Cambiar a la siguiente cámara</translation>
    </message>
    <message>
        <source>Video of %1</source>
        <translation>Vídeo de %1</translation>
    </message>
    <message>
        <source>Waiting for video…</source>
        <translation>Esperando el vídeo…</translation>
    </message>
    <message>
        <source>Video quality</source>
        <translation>Calidad del vídeo</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>En espera por la otra parte</translation>
    </message>
    <message>
        <source>Jitter %1 ms, packet loss %2 %, codec %3</source>
        <translation>Jitter %1 ms, pérdida de paquetes %2 %, códec %3</translation>
    </message>
    <message>
        <source>&amp;Video off</source>
        <translation>Apagar &amp;vídeo</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>&amp;Vídeo</translation>
    </message>
    <message>
        <source>Turn video off</source>
        <translation>Apagar el vídeo</translation>
    </message>
    <message>
        <source>Turn video on</source>
        <translation>Encender el vídeo</translation>
    </message>
    <message>
        <source>%1 fps, %2 kbit/s, loss %3 %</source>
        <translation>%1 fps, %2 kbit/s, pérdida %3 %</translation>
    </message>
    <message>
        <source>Video: %1 frames received, %2 sent</source>
        <translation>Vídeo: %1 fotogramas recibidos, %2 enviados</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>Activar &amp;sonido</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>no display to show the window on (DISPLAY/WAYLAND_DISPLAY are not set). Use `softphone run --headless` for the phone without a window.</source>
        <translation>no hay pantalla donde mostrar la ventana (DISPLAY/WAYLAND_DISPLAY no están definidos). Use `softphone run --headless` para el teléfono sin ventana.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available in this build yet</source>
        <translation>&apos;%1&apos; aún no está disponible en esta versión</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>nothing was stored. %1 (The window version can keep it for this session only.)</source>
        <translation>no se guardó nada. %1 (La versión con ventana puede mantenerlo solo en esta sesión.)</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Introduzca el código de 6 dígitos de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>A sign-in code was e-mailed to you; enter it.</source>
        <translation>Se le ha enviado un código de inicio de sesión por correo; introdúzcalo.</translation>
    </message>
    <message>
        <source>Enter the sign-in code from your e-mail (ask for a new one if it did not arrive).</source>
        <translation>Introduzca el código de inicio de sesión de su correo (pida uno nuevo si no ha llegado).</translation>
    </message>
    <message>
        <source>The username/e-mail or password is wrong.</source>
        <translation>El usuario/correo o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>That code is wrong or has expired. Try again with a new code.</source>
        <translation>El código es incorrecto o ha caducado. Inténtelo de nuevo con un código nuevo.</translation>
    </message>
    <message>
        <source>Too many wrong codes: sign-in is blocked for now. Wait a while and try again, or ask IT to unlock your account.</source>
        <translation>Demasiados códigos incorrectos: el inicio de sesión está bloqueado por ahora. Espere un rato y vuelva a intentarlo, o pida a TI que desbloquee su cuenta.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Please sign in again.</source>
        <translation>Su sesión ha caducado o se ha revocado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The chat server asks us to slow down. Try again in a minute.</source>
        <translation>El servidor de chat pide esperar. Inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <source>No phone extension is assigned to your chat-server account. Ask IT.</source>
        <translation>Su cuenta del servidor de chat no tiene ninguna extensión asignada. Consulte a TI.</translation>
    </message>
    <message>
        <source>Voice calls are turned off on this chat server. Ask IT.</source>
        <translation>Las llamadas de voz están desactivadas en este servidor de chat. Consulte a TI.</translation>
    </message>
    <message>
        <source>Phone calls need an enterprise licence on this chat server. Ask IT.</source>
        <translation>Las llamadas telefónicas necesitan una licencia enterprise en este servidor de chat. Consulte a TI.</translation>
    </message>
    <message>
        <source>The chat server cannot reach the phone system (PBX) right now. Try again later.</source>
        <translation>El servidor de chat no puede acceder a la centralita (PBX) ahora. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The chat-server address must start with https://.</source>
        <translation>La dirección del servidor de chat debe empezar por https://.</translation>
    </message>
    <message>
        <source>That is not a valid chat-server address.</source>
        <translation>No es una dirección de servidor de chat válida.</translation>
    </message>
    <message>
        <source>The chat server&apos;s certificate cannot be trusted. Ask your IT department.</source>
        <translation>El certificado del servidor de chat no es de confianza. Consulte a su departamento de TI.</translation>
    </message>
    <message>
        <source>The chat server did not answer in time. Try again.</source>
        <translation>El servidor de chat no respondió a tiempo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The chat server cannot be reached. Check the address and your network.</source>
        <translation>No se puede acceder al servidor de chat. Revise la dirección y su red.</translation>
    </message>
    <message>
        <source>The chat-server name cannot be found. Check the address.</source>
        <translation>No se encuentra el nombre del servidor de chat. Revise la dirección.</translation>
    </message>
    <message>
        <source>plain http is switched off by your IT department (allow_http is locked).</source>
        <translation>su departamento de TI ha desactivado http sin cifrar (allow_http está bloqueado).</translation>
    </message>
    <message>
        <source>the chat server is set by your IT department (%1) and cannot be changed.</source>
        <translation>su departamento de TI define el servidor de chat (%1) y no se puede cambiar.</translation>
    </message>
    <message>
        <source>no chat server is set: use --server https://chat.example.com</source>
        <translation>no hay servidor de chat definido: use --server https://chat.example.com</translation>
    </message>
    <message>
        <source>the CA file is set by your IT department (ca_file is locked).</source>
        <translation>su departamento de TI define el archivo de CA (ca_file está bloqueado).</translation>
    </message>
    <message>
        <source>The chat server asks us to wait %1 s before trying again...</source>
        <translation>El servidor de chat pide esperar %1 s antes de volver a intentarlo...</translation>
    </message>
    <message>
        <source>use either --password-stdin or --token-stdin, not both</source>
        <translation>use --password-stdin o --token-stdin, no ambos</translation>
    </message>
    <message>
        <source>--token-stdin needs --user-id (personal access token sign-in)</source>
        <translation>--token-stdin necesita --user-id (inicio de sesión con token de acceso personal)</translation>
    </message>
    <message>
        <source>Username or e-mail: </source>
        <translation>Usuario o correo: </translation>
    </message>
    <message>
        <source>--send-email-code needs --user</source>
        <translation>--send-email-code necesita --user</translation>
    </message>
    <message>
        <source>If the account uses e-mail codes, a new code is on its way. Sign in with --totp CODE.</source>
        <translation>Si la cuenta usa códigos por correo, hay un código nuevo en camino. Inicie sesión con --totp CÓDIGO.</translation>
    </message>
    <message>
        <source>no personal access token on standard input</source>
        <translation>no hay token de acceso personal en la entrada estándar</translation>
    </message>
    <message>
        <source>Personal access token: </source>
        <translation>Token de acceso personal: </translation>
    </message>
    <message>
        <source>personal access token sign-in needs --token-stdin</source>
        <translation>el inicio de sesión con token de acceso personal necesita --token-stdin</translation>
    </message>
    <message>
        <source>--user is required (username or e-mail)</source>
        <translation>--user es obligatorio (usuario o correo)</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>no hay contraseña en la entrada estándar</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>no terminal to ask for the password: use --password-stdin</source>
        <translation>no hay terminal para pedir la contraseña: use --password-stdin</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with a personal access token.</source>
        <translation>Sesión iniciada en %1 como %2 con un token de acceso personal.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Sesión iniciada en %1 como %2.</translation>
    </message>
    <message>
        <source>Phone account %1 via %2 %3.</source>
        <translation>Cuenta de teléfono %1 por %2 %3.</translation>
    </message>
    <message>
        <source>Secrets are kept in %1.</source>
        <translation>Los secretos se guardan en %1.</translation>
    </message>
    <message>
        <source>Run again with --totp CODE (or --send-email-code for a new e-mail code).</source>
        <translation>Vuelva a ejecutar con --totp CÓDIGO (o --send-email-code para un nuevo código por correo).</translation>
    </message>
    <message>
        <source>Run again with --totp CODE.</source>
        <translation>Vuelva a ejecutar con --totp CÓDIGO.</translation>
    </message>
    <message>
        <source>Code (or &apos;r&apos; to e-mail a new one): </source>
        <translation>Código (o &apos;r&apos; para recibir uno nuevo por correo): </translation>
    </message>
    <message>
        <source>Code: </source>
        <translation>Código: </translation>
    </message>
    <message>
        <source>A new code was e-mailed.</source>
        <translation>Se envió un nuevo código por correo.</translation>
    </message>
    <message>
        <source>Not signed in to a chat server.</source>
        <translation>No hay sesión iniciada en un servidor de chat.</translation>
    </message>
    <message>
        <source>stored secrets could not be reached to delete them: %1</source>
        <translation>no se pudo acceder a los secretos guardados para borrarlos: %1</translation>
    </message>
    <message>
        <source>Signed out at the chat server.</source>
        <translation>Sesión cerrada en el servidor de chat.</translation>
    </message>
    <message>
        <source>The sign-in had already ended at the server.</source>
        <translation>La sesión ya había terminado en el servidor.</translation>
    </message>
    <message>
        <source>the sign-in could not be revoked at the server (%1); it was removed here anyway.</source>
        <translation>no se pudo revocar la sesión en el servidor (%1); de todos modos se eliminó aquí.</translation>
    </message>
    <message>
        <source>Personal access token forgotten here (it stays valid at the server; revoke it in your profile).</source>
        <translation>Token de acceso personal olvidado aquí (sigue siendo válido en el servidor; revóquelo en su perfil).</translation>
    </message>
    <message>
        <source>Secrets deleted; the phone account from the chat server was removed.</source>
        <translation>Secretos borrados; se eliminó la cuenta de teléfono del servidor de chat.</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <source>personal access token</source>
        <translation>token de acceso personal</translation>
    </message>
    <message>
        <source>sign-in token</source>
        <translation>token de sesión</translation>
    </message>
    <message>
        <source>Chat server: %1 as %2 (%3 %4)</source>
        <translation>Servidor de chat: %1 como %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Chat server: %1, not signed in</source>
        <translation>Servidor de chat: %1, sin sesión iniciada</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Phone account: %1 (%2), registrar %3</source>
        <translation>Cuenta de teléfono: %1 (%2), registrador %3</translation>
    </message>
    <message>
        <source>SIP password: %1</source>
        <translation>Contraseña SIP: %1</translation>
    </message>
    <message>
        <source>Phone account: none (run `softphone login` or `softphone account set`)</source>
        <translation>Cuenta de teléfono: ninguna (ejecute `softphone login` o `softphone account set`)</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Secretos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>IT policy: %1 (locked: %2)</source>
        <translation>Política de TI: %1 (bloqueados: %2)</translation>
    </message>
    <message>
        <source>unknown: no keyring</source>
        <translation>desconocido: sin llavero</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>guardada</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>no guardada</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>desconocido: %1</translation>
    </message>
    <message>
        <source>usage: softphone account set|show|clear</source>
        <translation>uso: softphone account set|show|clear</translation>
    </message>
    <message>
        <source>the phone account is set by your IT department and cannot be changed here.</source>
        <translation>su departamento de TI define la cuenta de teléfono y no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SIP address like sip:1001@pbx.example.com</source>
        <translation>&apos;%1&apos; no es una dirección SIP como sip:1001@pbx.example.com</translation>
    </message>
    <message>
        <source>--port must be from 0 to 65535</source>
        <translation>--port debe estar entre 0 y 65535</translation>
    </message>
    <message>
        <source>%1 is set by your IT department (%2 = %3) and cannot be changed.</source>
        <translation>su departamento de TI define %1 (%2 = %3) y no se puede cambiar.</translation>
    </message>
    <message>
        <source>no SIP password on standard input</source>
        <translation>no hay contraseña SIP en la entrada estándar</translation>
    </message>
    <message>
        <source>SIP password for %1 (empty = keep): </source>
        <translation>Contraseña SIP de %1 (vacía = conservar): </translation>
    </message>
    <message>
        <source>no SIP password was given; set one with --password-stdin before starting the phone.</source>
        <translation>no se indicó contraseña SIP; defina una con --password-stdin antes de iniciar el teléfono.</translation>
    </message>
    <message>
        <source>SIP password stored in %1.</source>
        <translation>Contraseña SIP guardada en %1.</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>el llavero</translation>
    </message>
    <message>
        <source>No phone account. Run `softphone login` or `softphone account set --sip-uri sip:USER@DOMAIN`.</source>
        <translation>No hay cuenta de teléfono. Ejecute `softphone login` o `softphone account set --sip-uri sip:USUARIO@DOMINIO`.</translation>
    </message>
    <message>
        <source>(managed by IT)</source>
        <translation>(gestionado por TI)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Registrar:</source>
        <translation>Registrador:</translation>
    </message>
    <message>
        <source>Auth user:</source>
        <translation>Usuario de autenticación:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>SRTP:</source>
        <translation>SRTP:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>the phone account is set by your IT department and cannot be removed here.</source>
        <translation>su departamento de TI define la cuenta de teléfono y no se puede eliminar aquí.</translation>
    </message>
    <message>
        <source>No phone account to clear.</source>
        <translation>No hay cuenta de teléfono que borrar.</translation>
    </message>
    <message>
        <source>the stored password could not be reached to delete it: %1</source>
        <translation>no se pudo acceder a la contraseña guardada para borrarla: %1</translation>
    </message>
    <message>
        <source>Phone account and its password removed.</source>
        <translation>Cuenta de teléfono y su contraseña eliminadas.</translation>
    </message>
    <message>
        <source>[managed by your organization]</source>
        <translation>[gestionado por su organización]</translation>
    </message>
    <message>
        <source>cannot list sound devices: %1</source>
        <translation>no se pueden listar los dispositivos de sonido: %1</translation>
    </message>
    <message>
        <source>Speaker test: cannot play the test tone: %1</source>
        <translation>Prueba del altavoz: no se puede reproducir el tono de prueba: %1</translation>
    </message>
    <message>
        <source>the default device</source>
        <translation>el dispositivo predeterminado</translation>
    </message>
    <message>
        <source>Speaker test: played a 1 kHz tone on %1.</source>
        <translation>Prueba del altavoz: tono de 1 kHz reproducido en %1.</translation>
    </message>
    <message>
        <source>Microphone &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>El micrófono &apos;%1&apos; no está disponible; se usa %2 en su lugar.</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>El altavoz &apos;%1&apos; no está disponible; se usa %2 en su lugar.</translation>
    </message>
    <message>
        <source>Ringer &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>El timbre &apos;%1&apos; no está disponible; se usa %2 en su lugar.</translation>
    </message>
    <message>
        <source>Second ringer &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>El segundo timbre &apos;%1&apos; no está disponible; se usa %2 en su lugar.</translation>
    </message>
    <message>
        <source>the system default</source>
        <translation>el predeterminado del sistema</translation>
    </message>
    <message>
        <source>Outputs (speakers, headsets):</source>
        <translation>Salidas (altavoces, auriculares):</translation>
    </message>
    <message>
        <source>Inputs (microphones):</source>
        <translation>Entradas (micrófonos):</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>headset</source>
        <translation>auriculares</translation>
    </message>
    <message>
        <source>Choice:</source>
        <translation>Selección:</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Altavoz</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>Timbre</translation>
    </message>
    <message>
        <source>Also ring on</source>
        <translation>Sonar también en</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(predeterminado del sistema)</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>usando %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
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
        <translation>%1 bloqueado en su valor predeterminado</translation>
    </message>
    <message>
        <source>sound devices:</source>
        <translation>dispositivos de sonido:</translation>
    </message>
    <message>
        <source>result: all checks passed</source>
        <translation>resultado: todas las comprobaciones superadas</translation>
    </message>
    <message numerus="yes">
        <source>result: %n check(s) failed</source>
        <translation>
            <numerusform>resultado: %n comprobación fallida</numerusform>
            <numerusform>resultado: %n comprobaciones fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>no usable account (%1)</source>
        <translation>no hay cuenta utilizable (%1)</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>ninguna configurada</translation>
    </message>
    <message>
        <source>the PBX did not answer the registration in time</source>
        <translation>la centralita no respondió al registro a tiempo</translation>
    </message>
    <message>
        <source>registration failed: %1</source>
        <translation>el registro falló: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FALLÓ: %1</translation>
    </message>
    <message>
        <source>cannot write the log file %1 (%2); logging to stderr only</source>
        <translation>no se puede escribir el archivo de registro %1 (%2); el registro va solo a stderr</translation>
    </message>
    <message>
        <source>cannot write the log file (%1); logging to stderr only</source>
        <translation>no se puede escribir el archivo de registro (%1); el registro va solo a stderr</translation>
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
        <translation>Consola del agente</translation>
    </message>
    <message>
        <source>Agent state icon</source>
        <translation>Icono del estado del agente</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation>Estado del agente</translation>
    </message>
    <message>
        <source>Set agent state</source>
        <translation>Cambiar el estado del agente</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pausa: %1</translation>
    </message>
    <message>
        <source>Queue control is not available with this account.</source>
        <translation>El control de colas no está disponible con esta cuenta.</translation>
    </message>
    <message>
        <source>Wrap-up time left</source>
        <translation>Tiempo restante de trabajo posterior</translation>
    </message>
    <message>
        <source>&amp;End wrap-up</source>
        <translation>&amp;Terminar trabajo posterior</translation>
    </message>
    <message>
        <source>End wrap-up now</source>
        <translation>Terminar el trabajo posterior ahora</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Console pages</source>
        <translation>Páginas de la consola</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>C&amp;olas</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Espera máxima</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Número al que llamar</translation>
    </message>
    <message>
        <source>Number, extension or sip: address</source>
        <translation>Número, extensión o dirección sip:</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Llamar</translation>
    </message>
    <message>
        <source>Call the number</source>
        <translation>Llamar al número</translation>
    </message>
    <message>
        <source>&amp;Redial</source>
        <translation>&amp;Rellamar</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>Volver a llamar al último número</translation>
    </message>
    <message>
        <source>Dial %1</source>
        <translation>Marcar %1</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Ninguna llamada</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Callers waiting in the queue</source>
        <translation>Llamantes en espera en la cola</translation>
    </message>
    <message>
        <source>How long the longest-waiting caller has waited</source>
        <translation>Cuánto ha esperado el llamante que más lleva esperando</translation>
    </message>
    <message>
        <source>Agents available / agents logged in to the queue</source>
        <translation>Agentes disponibles / agentes conectados a la cola</translation>
    </message>
    <message>
        <source>&amp;Video call</source>
        <translation>&amp;Videollamada</translation>
    </message>
    <message>
        <source>Video call to the number</source>
        <translation>Videollamada al número</translation>
    </message>
    <message>
        <source>&amp;Dial pad</source>
        <translation>&amp;Teclado</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>Teclado de marcación</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Show the phone</source>
        <translation>Mostrar el teléfono</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
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
        <translation>Trabajo posterior: quedan %1</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>%1 of %2 agents available</source>
        <translation>%1 de %2 agentes disponibles</translation>
    </message>
    <message>
        <source>%1 (queue %2)</source>
        <translation>%1 (cola %2)</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>This link cannot be dialled: %1</source>
        <translation>No se puede marcar este enlace: %1</translation>
    </message>
    <message>
        <source>Call?</source>
        <translation>¿Llamar?</translation>
    </message>
    <message>
        <source>Call %1?</source>
        <translation>¿Llamar a %1?</translation>
    </message>
    <message>
        <source>Confirm call to %1</source>
        <translation>Confirmar llamada a %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>No llamar</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation>Silenciar o activar el sonido</translation>
    </message>
    <message>
        <source>Hold or resume</source>
        <translation>Poner en espera o reanudar</translation>
    </message>
    <message>
        <source>Go to the number field</source>
        <translation>Ir al campo de número</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Rellamar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message numerus="yes">
        <source>&amp;History (%n missed)</source>
        <translation>
            <numerusform>&amp;Historial (%n perdida)</numerusform>
            <numerusform>&amp;Historial (%n perdidas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Softphone — %n missed call(s)</source>
        <translation>
            <numerusform>Softphone — %n llamada perdida</numerusform>
            <numerusform>Softphone — %n llamadas perdidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Softphone is still running</source>
        <translation>Softphone sigue en ejecución</translation>
    </message>
    <message>
        <source>Calls still ring. Quit from the tray menu.</source>
        <translation>Las llamadas siguen sonando. Para salir, use el menú de la bandeja.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>No sound: the sound system cannot be used (%1). Calls connect, but you will not hear them. Start the sound system (PulseAudio or PipeWire) and restart the phone.</source>
        <translation>Sin sonido: no se puede usar el sistema de sonido (%1). Las llamadas se conectan, pero no las oirá. Inicie el sistema de sonido (PulseAudio o PipeWire) y reinicie el teléfono.</translation>
    </message>
</context>
<context>
    <name>DeviceNotice</name>
    <message>
        <source>Microphone &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>El micrófono &apos;%1&apos; no está disponible; se usa &apos;%2&apos; en su lugar.</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>El altavoz &apos;%1&apos; no está disponible; se usa &apos;%2&apos; en su lugar.</translation>
    </message>
    <message>
        <source>Ringer &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>El timbre &apos;%1&apos; no está disponible; se usa &apos;%2&apos; en su lugar.</translation>
    </message>
    <message>
        <source>Second ringer &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>El segundo timbre &apos;%1&apos; no está disponible; se usa &apos;%2&apos; en su lugar.</translation>
    </message>
    <message>
        <source>Microphone &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>El micrófono &apos;%1&apos; no está disponible; se usa el predeterminado del sistema en su lugar.</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>El altavoz &apos;%1&apos; no está disponible; se usa el predeterminado del sistema en su lugar.</translation>
    </message>
    <message>
        <source>Ringer &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>El timbre &apos;%1&apos; no está disponible; se usa el predeterminado del sistema en su lugar.</translation>
    </message>
    <message>
        <source>Second ringer &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>El segundo timbre &apos;%1&apos; no está disponible; se usa el predeterminado del sistema en su lugar.</translation>
    </message>
    <message>
        <source>Microphone switched to &apos;%1&apos;.</source>
        <translation>Micrófono cambiado a &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Speaker switched to &apos;%1&apos;.</source>
        <translation>Altavoz cambiado a &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Microphone switched to the system default.</source>
        <translation>Micrófono cambiado al predeterminado del sistema.</translation>
    </message>
    <message>
        <source>Speaker switched to the system default.</source>
        <translation>Altavoz cambiado al predeterminado del sistema.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the default device: %1</source>
        <translation>No se puede abrir el dispositivo predeterminado: %1</translation>
    </message>
    <message>
        <source>Cannot open the microphone: %1</source>
        <translation>No se puede abrir el micrófono: %1</translation>
    </message>
    <message>
        <source>Cannot open the speaker: %1</source>
        <translation>No se puede abrir el altavoz: %1</translation>
    </message>
    <message>
        <source>Cannot ring on %1: %2</source>
        <translation>No se puede sonar en %1: %2</translation>
    </message>
    <message>
        <source>Cannot ring on the default device: %1</source>
        <translation>No se puede sonar en el dispositivo predeterminado: %1</translation>
    </message>
    <message>
        <source>%1: only 16-bit PCM WAV files are supported</source>
        <translation>%1: solo se admiten archivos WAV PCM de 16 bits</translation>
    </message>
    <message>
        <source>%1: cannot read sound file (%2)</source>
        <translation>%1: no se puede leer el archivo de sonido (%2)</translation>
    </message>
    <message>
        <source>%1: the sound file is empty</source>
        <translation>%1: el archivo de sonido está vacío</translation>
    </message>
    <message>
        <source>%1; using the built-in ringtone.</source>
        <translation>%1; se usa el tono de llamada integrado.</translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <source>run again with --debug and send the log to support</source>
        <translation>vuelva a ejecutar con --debug y envíe el registro al soporte</translation>
    </message>
    <message>
        <source>logging could not be set up (%1)</source>
        <translation>no se pudo configurar el registro (%1)</translation>
    </message>
    <message>
        <source>check the profile folder</source>
        <translation>compruebe la carpeta del perfil</translation>
    </message>
    <message>
        <source>diagnose stopped early: %1: %2</source>
        <translation>el diagnóstico se detuvo antes de tiempo: %1: %2</translation>
    </message>
    <message>
        <source>the %1 check stopped: %2: %3</source>
        <translation>la comprobación %1 se detuvo: %2: %3</translation>
    </message>
    <message>
        <source>settings cannot be loaded: %1</source>
        <translation>no se pueden cargar los ajustes: %1</translation>
    </message>
    <message>
        <source>check the profile folder&apos;s permissions</source>
        <translation>compruebe los permisos de la carpeta del perfil</translation>
    </message>
    <message>
        <source>fix the IT policy (see installers/README.md)</source>
        <translation>corrija la política de TI (consulte installers/README.md)</translation>
    </message>
    <message numerus="yes">
        <source>IT policy from %1: %n preset(s), locked: %2</source>
        <translation>
            <numerusform>política de TI de %1: %n valor predefinido, bloqueados: %2</numerusform>
            <numerusform>política de TI de %1: %n valores predefinidos, bloqueados: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>no IT policy in force (all settings are the user&apos;s)</source>
        <translation>ninguna política de TI en vigor (todos los ajustes son del usuario)</translation>
    </message>
    <message>
        <source>check with `softphone config list`</source>
        <translation>compruebe con `softphone config list`</translation>
    </message>
    <message>
        <source>settings file %1</source>
        <translation>archivo de ajustes %1</translation>
    </message>
    <message>
        <source>this build cannot list sound devices</source>
        <translation>esta versión no puede listar los dispositivos de sonido</translation>
    </message>
    <message>
        <source>update the phone</source>
        <translation>actualice el teléfono</translation>
    </message>
    <message>
        <source>no sound server or sound devices (%1); calls will have no sound</source>
        <translation>no hay servidor ni dispositivos de sonido (%1); las llamadas no tendrán sonido</translation>
    </message>
    <message>
        <source>start PulseAudio/PipeWire in the user&apos;s session, or plug in a headset</source>
        <translation>inicie PulseAudio/PipeWire en la sesión del usuario o conecte unos auriculares</translation>
    </message>
    <message>
        <source>%1 microphone(s) and %2 speaker(s) found; calls need both</source>
        <translation>micrófonos: %1, altavoces: %2; las llamadas necesitan ambos</translation>
    </message>
    <message>
        <source>plug in a headset or check the sound server</source>
        <translation>conecte unos auriculares o compruebe el servidor de sonido</translation>
    </message>
    <message>
        <source>%1 input and %2 output device(s)</source>
        <translation>dispositivos de entrada: %1, de salida: %2</translation>
    </message>
    <message>
        <source>engine unavailable: %1</source>
        <translation>motor no disponible: %1</translation>
    </message>
    <message>
        <source>reinstall the phone; the pjsua2 native library is missing or broken</source>
        <translation>reinstale el teléfono; falta la biblioteca nativa pjsua2 o está dañada</translation>
    </message>
    <message>
        <source>the engine is not available</source>
        <translation>el motor no está disponible</translation>
    </message>
    <message>
        <source>the SIP engine failed to start: %1</source>
        <translation>el motor SIP no arrancó: %1</translation>
    </message>
    <message>
        <source>check that no firewall or policy blocks local UDP/TCP sockets; run with --debug for the log</source>
        <translation>compruebe que ningún cortafuegos ni política bloquee los sockets UDP/TCP locales; ejecute con --debug para ver el registro</translation>
    </message>
    <message>
        <source>the engine did not start</source>
        <translation>el motor no arrancó</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 started in %2 ms; codecs %3; TLS %4; SRTP %5</source>
        <translation>%1 arrancó en %2 ms; códecs %3; TLS %4; SRTP %5</translation>
    </message>
    <message>
        <source>the engine did not stop within %1 s</source>
        <translation>el motor no se detuvo en %1 s</translation>
    </message>
    <message>
        <source>skipped (--no-register)</source>
        <translation>omitido (--no-register)</translation>
    </message>
    <message>
        <source>settings could not be loaded</source>
        <translation>no se pudieron cargar los ajustes</translation>
    </message>
    <message>
        <source>no account is set up</source>
        <translation>no hay ninguna cuenta configurada</translation>
    </message>
    <message>
        <source>sign in with `softphone login` (or IT presets the account by policy)</source>
        <translation>inicie sesión con `softphone login` (o TI predefine la cuenta por política)</translation>
    </message>
    <message>
        <source>account %1 has no stored password (%2)</source>
        <translation>la cuenta %1 no tiene contraseña guardada (%2)</translation>
    </message>
    <message>
        <source>sign in again with `softphone login` or `softphone account set --password-stdin`</source>
        <translation>vuelva a iniciar sesión con `softphone login` o `softphone account set --password-stdin`</translation>
    </message>
    <message>
        <source>%1 registered at %2</source>
        <translation>%1 registrado en %2</translation>
    </message>
    <message>
        <source>%1 did not register at %2: %3</source>
        <translation>%1 no se registró en %2: %3</translation>
    </message>
    <message>
        <source>the SIP password was refused: sign in again (`softphone login`) or ask IT to check the extension</source>
        <translation>se rechazó la contraseña SIP: vuelva a iniciar sesión (`softphone login`) o pida a TI que revise la extensión</translation>
    </message>
    <message>
        <source>the extension is unknown to the phone server: ask IT</source>
        <translation>el servidor de telefonía no conoce la extensión: consulte a TI</translation>
    </message>
    <message>
        <source>the phone server did not answer: check sip.registrar, sip.transport and sip.port, and that the firewall lets SIP through</source>
        <translation>el servidor de telefonía no respondió: compruebe sip.registrar, sip.transport y sip.port, y que el cortafuegos deje pasar SIP</translation>
    </message>
    <message>
        <source>ask IT to check the phone server&apos;s log for this extension</source>
        <translation>pida a TI que revise el registro del servidor de telefonía para esta extensión</translation>
    </message>
    <message>
        <source>no chat server set (server_url); manual SIP account only</source>
        <translation>no hay servidor de chat definido (server_url); solo cuenta SIP manual</translation>
    </message>
    <message>
        <source>the chat-server probe is unavailable (%1)</source>
        <translation>la comprobación del servidor de chat no está disponible (%1)</translation>
    </message>
    <message>
        <source>reinstall the phone</source>
        <translation>reinstale el teléfono</translation>
    </message>
    <message>
        <source>%1 %2%3 in %4 ms</source>
        <translation>%1 %2%3 en %4 ms</translation>
    </message>
    <message>
        <source>chat server %1 not reachable: %2</source>
        <translation>servidor de chat %1 inaccesible: %2</translation>
    </message>
    <message>
        <source>check server_url, the network path (proxy, firewall) and the server&apos;s certificate</source>
        <translation>compruebe server_url, la ruta de red (proxy, cortafuegos) y el certificado del servidor</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Call history</source>
        <translation>Historial de llamadas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
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
        <translation>Cola</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Call history list</source>
        <translation>Lista del historial de llamadas</translation>
    </message>
    <message>
        <source>&amp;Call back</source>
        <translation>&amp;Devolver llamada</translation>
    </message>
    <message>
        <source>Call back the selected number</source>
        <translation>Devolver la llamada al número seleccionado</translation>
    </message>
</context>
<context>
    <name>IncomingCallPopup</name>
    <message>
        <source>Incoming call — %1</source>
        <translation>Llamada entrante — %1</translation>
    </message>
    <message>
        <source>Second incoming call</source>
        <translation>Segunda llamada entrante</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Cola: %1</translation>
    </message>
    <message>
        <source>Direct call</source>
        <translation>Llamada directa</translation>
    </message>
    <message>
        <source>Enter answers, Escape declines.</source>
        <translation>Intro contesta, Esc rechaza.</translation>
    </message>
    <message>
        <source>Answer with &amp;video</source>
        <translation>Contestar con &amp;vídeo</translation>
    </message>
    <message>
        <source>Answer call from %1 with video</source>
        <translation>Contestar la llamada de %1 con vídeo</translation>
    </message>
    <message>
        <source>Answer &amp;audio only</source>
        <translation>Contestar solo &amp;audio</translation>
    </message>
    <message>
        <source>Answer call from %1 without video</source>
        <translation>Contestar la llamada de %1 sin vídeo</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Contestar</translation>
    </message>
    <message>
        <source>Answer call from %1</source>
        <translation>Contestar llamada de %1</translation>
    </message>
    <message>
        <source>Answer with video</source>
        <translation>Contestar con vídeo</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Decline call from %1</source>
        <translation>Rechazar llamada de %1</translation>
    </message>
    <message>
        <source>%1 is calling from queue %2.</source>
        <translation>%1 está llamando desde la cola %2.</translation>
    </message>
    <message>
        <source>%1 is calling.</source>
        <translation>%1 está llamando.</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Llamada entrante de %1</translation>
    </message>
</context>
<context>
    <name>SessionOnlyBadge</name>
    <message>
        <source>Signed in for this session only</source>
        <translation>Sesión iniciada solo hasta salir</translation>
    </message>
    <message>
        <source>No secure keyring is available: your sign-in is kept in memory and forgotten when you quit the phone.</source>
        <translation>No hay un llavero seguro disponible: su sesión se guarda solo en memoria y se olvida al cerrar el teléfono.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>&amp;Audio</source>
        <translation>&amp;Audio</translation>
    </message>
    <message>
        <source>&amp;Calls and queues</source>
        <translation>&amp;Llamadas y colas</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>C&amp;onexión</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Interfaz</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Managed by your organization</source>
        <translation>Gestionado por su organización</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>Test the microphone: record three seconds, then play them back</source>
        <translation>Probar el micrófono: grabar tres segundos y reproducirlos</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Play a test tone on the speaker or headset</source>
        <translation>Reproducir un tono de prueba en el altavoz o los auriculares</translation>
    </message>
    <message>
        <source>Play a test tone on the ringing device</source>
        <translation>Reproducir un tono de prueba en el dispositivo de timbre</translation>
    </message>
    <message>
        <source>Play a test tone on the other ringing device</source>
        <translation>Reproducir un tono de prueba en el otro dispositivo de timbre</translation>
    </message>
    <message>
        <source>Audio test result</source>
        <translation>Resultado de la prueba de audio</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>&amp;Vídeo</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Vista previa de la cámara</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <source>Camera notice</source>
        <translation>Aviso de la cámara</translation>
    </message>
    <message>
        <source>When the PBX asks (intercom)</source>
        <translation>Cuando la centralita lo pida (intercomunicador)</translation>
    </message>
    <message>
        <source>First camera</source>
        <translation>Primera cámara</translation>
    </message>
    <message>
        <source>Test pattern (no camera)</source>
        <translation>Imagen de prueba (sin cámara)</translation>
    </message>
    <message>
        <source>No camera was found: calls send a test pattern instead.</source>
        <translation>No se encontró ninguna cámara: las llamadas envían una imagen de prueba.</translation>
    </message>
    <message>
        <source>The camera cannot be used (%1): calls send a test pattern instead.</source>
        <translation>No se puede usar la cámara (%1): las llamadas envían una imagen de prueba.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The sound device cannot be used: %1</source>
        <translation>No se puede usar el dispositivo de sonido: %1</translation>
    </message>
    <message>
        <source>Playing a test tone…</source>
        <translation>Reproduciendo un tono de prueba…</translation>
    </message>
    <message>
        <source>Test tone played. Did you hear it?</source>
        <translation>Tono de prueba reproducido. ¿Lo ha oído?</translation>
    </message>
    <message>
        <source>Speak now: recording three seconds, then playing them back…</source>
        <translation>Hable ahora: grabando tres segundos y luego reproduciéndolos…</translation>
    </message>
    <message>
        <source>The microphone works (loudest: %1 dB).</source>
        <translation>El micrófono funciona (pico: %1 dB).</translation>
    </message>
    <message>
        <source>Nothing was heard from this microphone. Check that it is plugged in and not muted.</source>
        <translation>No se oyó nada por este micrófono. Compruebe que esté conectado y no silenciado.</translation>
    </message>
    <message>
        <source>No sound devices were reported; the system default is used.</source>
        <translation>No se ha detectado ningún dispositivo de sonido; se usa el predeterminado del sistema.</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Micrófono:</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>&amp;Speaker or headset:</source>
        <translation>Altavoz o a&amp;uriculares:</translation>
    </message>
    <message>
        <source>Speaker or headset</source>
        <translation>Altavoz o auriculares</translation>
    </message>
    <message>
        <source>&amp;Ring on:</source>
        <translation>&amp;Sonar en:</translation>
    </message>
    <message>
        <source>Ring on</source>
        <translation>Sonar en</translation>
    </message>
    <message>
        <source>&amp;Also ring on:</source>
        <translation>Sonar &amp;también en:</translation>
    </message>
    <message>
        <source>Also ring on</source>
        <translation>Sonar también en</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>C&amp;ámara:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Answer calls that offer video &amp;with video</source>
        <translation>Contestar con vídeo las llamadas que &amp;ofrecen vídeo</translation>
    </message>
    <message>
        <source>Test recor&amp;ding</source>
        <translation>Probar &amp;grabación</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>Ningún otro</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas las llamadas</translation>
    </message>
    <message>
        <source>Queue calls only</source>
        <translation>Solo llamadas de cola</translation>
    </message>
    <message>
        <source>Auto-&amp;answer:</source>
        <translation>Respuesta a&amp;utomática:</translation>
    </message>
    <message>
        <source>Auto-answer</source>
        <translation>Respuesta automática</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Auto-answer &amp;delay:</source>
        <translation>Re&amp;traso de la respuesta automática:</translation>
    </message>
    <message>
        <source>Auto-answer delay in seconds</source>
        <translation>Retraso de la respuesta automática en segundos</translation>
    </message>
    <message>
        <source>&amp;Wrap-up time:</source>
        <translation>Tiempo de trabajo &amp;posterior:</translation>
    </message>
    <message>
        <source>Wrap-up time in seconds</source>
        <translation>Tiempo de trabajo posterior en segundos</translation>
    </message>
    <message>
        <source>one per line: code=label, e.g. 1=break</source>
        <translation>uno por línea: código=nombre, p. ej. 1=descanso</translation>
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
        <translation>Salir:</translation>
    </message>
    <message>
        <source>Pause:</source>
        <translation>Pausar:</translation>
    </message>
    <message>
        <source>Resume:</source>
        <translation>Reanudar:</translation>
    </message>
    <message>
        <source>Feature code to %1</source>
        <translation>Código de servicio para %1</translation>
    </message>
    <message>
        <source>&amp;Queue feature codes:</source>
        <translation>Códigos de servicio de &amp;colas:</translation>
    </message>
    <message>
        <source>Queue feature codes</source>
        <translation>Códigos de servicio de colas</translation>
    </message>
    <message>
        <source>TLS (encrypted)</source>
        <translation>TLS (cifrado)</translation>
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
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Registrar port</source>
        <translation>Puerto del registrador</translation>
    </message>
    <message>
        <source>&amp;Codecs (in order):</source>
        <translation>&amp;Códecs (en orden):</translation>
    </message>
    <message>
        <source>Audio codecs in order of preference</source>
        <translation>Códecs de audio por orden de preferencia</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
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
        <translation>Iniciar &amp;minimizado en la bandeja</translation>
    </message>
    <message>
        <source>Start when I &amp;sign in to the computer</source>
        <translation>Iniciar al &amp;iniciar sesión en el equipo</translation>
    </message>
    <message>
        <source>Closing the window keeps the phone &amp;running</source>
        <translation>Cerrar la ventana mantiene el teléfono en &amp;ejecución</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in — Softphone</source>
        <translation>Iniciar sesión — Softphone</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;Use your chat-server account to set up the phone.</source>
        <translation>&lt;h2&gt;Iniciar sesión&lt;/h2&gt;Use su cuenta del servidor de chat para configurar el teléfono.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Managed by your organization</source>
        <translation>Gestionado por su organización</translation>
    </message>
    <message>
        <source>Server address is managed by your organization</source>
        <translation>La dirección del servidor la gestiona su organización</translation>
    </message>
    <message>
        <source>Username or e-mail</source>
        <translation>Usuario o correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Advanced: &amp;manual SIP account…</source>
        <translation>Avanzado: cuenta SIP &amp;manual…</translation>
    </message>
    <message>
        <source>Advanced: manual SIP account</source>
        <translation>Avanzado: cuenta SIP manual</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>&amp;Username or e-mail:</source>
        <translation>&amp;Usuario o correo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Código de dos factores</translation>
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
        <translation>Enviar un nuevo &amp;código por correo</translation>
    </message>
    <message>
        <source>Send a new e-mail code</source>
        <translation>Enviar un nuevo código por correo</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Volver al inicio de sesión</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ódigo:</translation>
    </message>
    <message>
        <source>SIP address</source>
        <translation>Dirección SIP</translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation>Contraseña SIP</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
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
        <translation>&amp;Usar esta cuenta</translation>
    </message>
    <message>
        <source>Use this account</source>
        <translation>Usar esta cuenta</translation>
    </message>
    <message>
        <source>SIP &amp;address:</source>
        <translation>&amp;Dirección SIP:</translation>
    </message>
    <message>
        <source>SIP pass&amp;word:</source>
        <translation>&amp;Contraseña SIP:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transporte:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Registrar:</source>
        <translation>Servidor de &amp;registro:</translation>
    </message>
    <message>
        <source>Enter the address of your chat server, e.g. https://chat.example.com.</source>
        <translation>Introduzca la dirección de su servidor de chat, p. ej. https://chat.example.com.</translation>
    </message>
    <message>
        <source>Enter your username (or e-mail) and your password.</source>
        <translation>Introduzca su usuario (o correo) y su contraseña.</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>Introduzca el código.</translation>
    </message>
    <message>
        <source>Enter the SIP address as sip:USER@DOMAIN.</source>
        <translation>Introduzca la dirección SIP como sip:USUARIO@DOMINIO.</translation>
    </message>
    <message>
        <source>Enter the SIP password.</source>
        <translation>Introduzca la contraseña SIP.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo ha fallado: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>A new code is on its way. Check your e-mail.</source>
        <translation>Se ha enviado un nuevo código. Revise su correo.</translation>
    </message>
    <message>
        <source>We sent a code to the e-mail address of %1. Enter it here.</source>
        <translation>Hemos enviado un código al correo de %1. Introdúzcalo aquí.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Introduzca el código de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>That code was not accepted. Check it and try again.</source>
        <translation>El código no se ha aceptado. Revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The username or password is not right. Check them and try again.</source>
        <translation>El usuario o la contraseña no son correctos. Revíselos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Wait a few minutes, then sign in again.</source>
        <translation>Demasiados códigos incorrectos. Espere unos minutos y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server asks us to slow down. Try again in a minute.</source>
        <translation>El servidor pide esperar. Inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network.</source>
        <translation>No se puede acceder al servidor. Revise la dirección y su red.</translation>
    </message>
    <message>
        <source>That server name cannot be found. Check the address.</source>
        <translation>No se encuentra ese nombre de servidor. Revise la dirección.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>El servidor no respondió a tiempo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted. Ask your IT department.</source>
        <translation>El certificado del servidor no es de confianza. Consulte a su departamento de TI.</translation>
    </message>
    <message>
        <source>That is not a valid server address. It looks like https://chat.example.com.</source>
        <translation>No es una dirección de servidor válida. Tiene el formato https://chat.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>La dirección debe empezar por https://.</translation>
    </message>
    <message>
        <source>Your account has no phone extension yet. Ask your administrator.</source>
        <translation>Su cuenta aún no tiene extensión. Consulte a su administrador.</translation>
    </message>
    <message>
        <source>Phone calls are switched off on this server. Ask your administrator.</source>
        <translation>Las llamadas telefónicas están desactivadas en este servidor. Consulte a su administrador.</translation>
    </message>
    <message>
        <source>The password could not be stored in your system&apos;s keyring. Unlock it and try again.</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema. Desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>No se pudo iniciar sesión.</translation>
    </message>
    <message>
        <source>No phone account after sign-in.</source>
        <translation>No hay cuenta de teléfono tras iniciar sesión.</translation>
    </message>
    <message>
        <source>&amp;Keep signed in for this session only</source>
        <translation>&amp;Mantener la sesión solo hasta salir</translation>
    </message>
    <message>
        <source>Keep signed in for this session only</source>
        <translation>Mantener la sesión solo hasta salir</translation>
    </message>
    <message>
        <source>Nothing is saved: you sign in again after quitting the phone.</source>
        <translation>No se guarda nada: volverá a iniciar sesión después de cerrar el teléfono.</translation>
    </message>
    <message>
        <source>Signed in for this session only.</source>
        <translation>Sesión iniciada solo hasta salir.</translation>
    </message>
    <message>
        <source>There is no secure keyring on this computer, so the phone will not save your sign-in. You can keep it for this session only: it is forgotten when you quit.</source>
        <translation>No hay un llavero seguro en este equipo, así que el teléfono no guardará su sesión. Puede mantenerla solo hasta salir: se olvida al cerrar el teléfono.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Trabajo posterior</translation>
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
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Error de conexión</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Llamando…</translation>
    </message>
    <message>
        <source>Ringing at the other end</source>
        <translation>Sonando en el destino</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
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
        <translation>Rechazada por la otra parte</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translation>Número no encontrado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferida</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Quality: measuring…</source>
        <translation>Calidad: midiendo…</translation>
    </message>
    <message>
        <source>Quality: good</source>
        <translation>Calidad: buena</translation>
    </message>
    <message>
        <source>Quality: fair</source>
        <translation>Calidad: aceptable</translation>
    </message>
    <message>
        <source>Quality: poor</source>
        <translation>Calidad: mala</translation>
    </message>
    <message>
        <source>No phone account is set up. Sign in first.</source>
        <translation>No hay ninguna cuenta de teléfono configurada. Inicie sesión primero.</translation>
    </message>
    <message>
        <source>That is not a number or address that can be dialled.</source>
        <translation>No es un número ni una dirección que se pueda marcar.</translation>
    </message>
    <message>
        <source>There is no call for that.</source>
        <translation>No hay ninguna llamada para eso.</translation>
    </message>
    <message>
        <source>That is not possible in the call&apos;s current state.</source>
        <translation>No es posible en el estado actual de la llamada.</translation>
    </message>
    <message>
        <source>The transfer did not go through.</source>
        <translation>La transferencia no se completó.</translation>
    </message>
    <message>
        <source>No sound came from the other side for too long, so the call was ended.</source>
        <translation>No llegó sonido del otro lado durante demasiado tiempo, así que la llamada se terminó.</translation>
    </message>
    <message>
        <source>This call was set up without video, so video cannot be added. Call again as a video call.</source>
        <translation>Esta llamada se estableció sin vídeo, así que no se puede añadir vídeo. Vuelva a llamar como videollamada.</translation>
    </message>
</context>
</TS>
