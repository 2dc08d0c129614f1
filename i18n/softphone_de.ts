<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CallPanel</name>
    <message>
        <source>Call with %1</source>
        <translation>Anruf mit %1</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Anrufstatus</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Anrufdauer</translation>
    </message>
    <message>
        <source>Call quality</source>
        <translation>Anrufqualität</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Halten</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>Stu&amp;mm</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Mikrofon stummschalten</translation>
    </message>
    <message>
        <source>Hang &amp;up</source>
        <translation>A&amp;uflegen</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Transfer to number</source>
        <translation>Weiterleiten an Nummer</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
    <message>
        <source>Blind transfer</source>
        <translation>Direkt weiterleiten</translation>
    </message>
    <message>
        <source>Call to transfer to</source>
        <translation>Anruf, an den weitergeleitet wird</translation>
    </message>
    <message>
        <source>&amp;Connect the two calls</source>
        <translation>Beide Anrufe &amp;verbinden</translation>
    </message>
    <message>
        <source>Attended transfer: connect this call to the other call</source>
        <translation>Begleitete Weiterleitung: diesen Anruf mit dem anderen verbinden</translation>
    </message>
    <message>
        <source>Send tone %1</source>
        <translation>Ton %1 senden</translation>
    </message>
    <message>
        <source>&amp;Keypad</source>
        <translation>&amp;Tastenfeld</translation>
    </message>
    <message>
        <source>Keypad for tones</source>
        <translation>Tastenfeld für Tonwahl</translation>
    </message>
    <message>
        <source>Switch &amp;camera</source>
        <translation>&amp;Kamera wechseln</translation>
    </message>
    <message>
        <source>Switch to the next camera</source>
        <translation>Zur nächsten Kamera wechseln</translation>
    </message>
    <message>
        <source>Video of %1</source>
        <translation>Video von %1</translation>
    </message>
    <message>
        <source>Waiting for video…</source>
        <translation>Warte auf Video…</translation>
    </message>
    <message>
        <source>Video quality</source>
        <translation>Videoqualität</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>Vom Gegenüber gehalten</translation>
    </message>
    <message>
        <source>Jitter %1 ms, packet loss %2 %, codec %3</source>
        <translation>Jitter %1 ms, Paketverlust %2 %, Codec %3</translation>
    </message>
    <message>
        <source>&amp;Video off</source>
        <translation>&amp;Video aus</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>&amp;Video</translation>
    </message>
    <message>
        <source>Turn video off</source>
        <translation>Video ausschalten</translation>
    </message>
    <message>
        <source>Turn video on</source>
        <translation>Video einschalten</translation>
    </message>
    <message>
        <source>%1 fps, %2 kbit/s, loss %3 %</source>
        <translation>%1 fps, %2 kbit/s, Verlust %3 %</translation>
    </message>
    <message>
        <source>Video: %1 frames received, %2 sent</source>
        <translation>Video: %1 Bilder empfangen, %2 gesendet</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>Stumm &amp;aus</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>no display to show the window on (DISPLAY/WAYLAND_DISPLAY are not set). Use `softphone run --headless` for the phone without a window.</source>
        <translation>keine Anzeige für das Fenster (DISPLAY/WAYLAND_DISPLAY sind nicht gesetzt). Verwenden Sie `softphone run --headless` für das Telefon ohne Fenster.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available in this build yet</source>
        <translation>„%1“ ist in dieser Version noch nicht verfügbar</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>nothing was stored. %1 (The window version can keep it for this session only.)</source>
        <translation>es wurde nichts gespeichert. %1 (Die Fensterversion kann es nur für diese Sitzung behalten.)</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>A sign-in code was e-mailed to you; enter it.</source>
        <translation>Ein Anmeldecode wurde Ihnen per E-Mail gesendet; geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>Enter the sign-in code from your e-mail (ask for a new one if it did not arrive).</source>
        <translation>Geben Sie den Anmeldecode aus Ihrer E-Mail ein (fordern Sie einen neuen an, falls er nicht ankam).</translation>
    </message>
    <message>
        <source>The username/e-mail or password is wrong.</source>
        <translation>Benutzername/E-Mail oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>That code is wrong or has expired. Try again with a new code.</source>
        <translation>Der Code ist falsch oder abgelaufen. Versuchen Sie es mit einem neuen Code erneut.</translation>
    </message>
    <message>
        <source>Too many wrong codes: sign-in is blocked for now. Wait a while and try again, or ask IT to unlock your account.</source>
        <translation>Zu viele falsche Codes: Die Anmeldung ist vorerst gesperrt. Warten Sie eine Weile und versuchen Sie es erneut, oder lassen Sie Ihr Konto von der IT entsperren.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Please sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde widerrufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The chat server asks us to slow down. Try again in a minute.</source>
        <translation>Der Chat-Server bittet um eine Pause. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>No phone extension is assigned to your chat-server account. Ask IT.</source>
        <translation>Ihrem Konto auf dem Chat-Server ist keine Durchwahl zugewiesen. Fragen Sie die IT.</translation>
    </message>
    <message>
        <source>Voice calls are turned off on this chat server. Ask IT.</source>
        <translation>Sprachanrufe sind auf diesem Chat-Server ausgeschaltet. Fragen Sie die IT.</translation>
    </message>
    <message>
        <source>Phone calls need an enterprise licence on this chat server. Ask IT.</source>
        <translation>Telefonanrufe brauchen auf diesem Chat-Server eine Enterprise-Lizenz. Fragen Sie die IT.</translation>
    </message>
    <message>
        <source>The chat server cannot reach the phone system (PBX) right now. Try again later.</source>
        <translation>Der Chat-Server erreicht die Telefonanlage (PBX) gerade nicht. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The chat-server address must start with https://.</source>
        <translation>Die Adresse des Chat-Servers muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>That is not a valid chat-server address.</source>
        <translation>Das ist keine gültige Chat-Server-Adresse.</translation>
    </message>
    <message>
        <source>The chat server&apos;s certificate cannot be trusted. Ask your IT department.</source>
        <translation>Dem Zertifikat des Chat-Servers kann nicht vertraut werden. Wenden Sie sich an Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>The chat server did not answer in time. Try again.</source>
        <translation>Der Chat-Server hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The chat server cannot be reached. Check the address and your network.</source>
        <translation>Der Chat-Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>The chat-server name cannot be found. Check the address.</source>
        <translation>Der Name des Chat-Servers wurde nicht gefunden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>plain http is switched off by your IT department (allow_http is locked).</source>
        <translation>unverschlüsseltes http ist von Ihrer IT-Abteilung abgeschaltet (allow_http ist gesperrt).</translation>
    </message>
    <message>
        <source>the chat server is set by your IT department (%1) and cannot be changed.</source>
        <translation>der Chat-Server ist von Ihrer IT-Abteilung festgelegt (%1) und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>no chat server is set: use --server https://chat.example.com</source>
        <translation>kein Chat-Server festgelegt: verwenden Sie --server https://chat.example.com</translation>
    </message>
    <message>
        <source>the CA file is set by your IT department (ca_file is locked).</source>
        <translation>die CA-Datei ist von Ihrer IT-Abteilung festgelegt (ca_file ist gesperrt).</translation>
    </message>
    <message>
        <source>The chat server asks us to wait %1 s before trying again...</source>
        <translation>Der Chat-Server bittet, %1 s bis zum nächsten Versuch zu warten...</translation>
    </message>
    <message>
        <source>use either --password-stdin or --token-stdin, not both</source>
        <translation>verwenden Sie entweder --password-stdin oder --token-stdin, nicht beide</translation>
    </message>
    <message>
        <source>--token-stdin needs --user-id (personal access token sign-in)</source>
        <translation>--token-stdin braucht --user-id (Anmeldung mit persönlichem Zugriffstoken)</translation>
    </message>
    <message>
        <source>Username or e-mail: </source>
        <translation>Benutzername oder E-Mail: </translation>
    </message>
    <message>
        <source>--send-email-code needs --user</source>
        <translation>--send-email-code braucht --user</translation>
    </message>
    <message>
        <source>If the account uses e-mail codes, a new code is on its way. Sign in with --totp CODE.</source>
        <translation>Wenn das Konto E-Mail-Codes verwendet, ist ein neuer Code unterwegs. Melden Sie sich mit --totp CODE an.</translation>
    </message>
    <message>
        <source>no personal access token on standard input</source>
        <translation>kein persönliches Zugriffstoken auf der Standardeingabe</translation>
    </message>
    <message>
        <source>Personal access token: </source>
        <translation>Persönliches Zugriffstoken: </translation>
    </message>
    <message>
        <source>personal access token sign-in needs --token-stdin</source>
        <translation>die Anmeldung mit persönlichem Zugriffstoken braucht --token-stdin</translation>
    </message>
    <message>
        <source>--user is required (username or e-mail)</source>
        <translation>--user ist erforderlich (Benutzername oder E-Mail)</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>no terminal to ask for the password: use --password-stdin</source>
        <translation>kein Terminal zur Passwortabfrage: verwenden Sie --password-stdin</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with a personal access token.</source>
        <translation>Bei %1 als %2 mit einem persönlichen Zugriffstoken angemeldet.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>Phone account %1 via %2 %3.</source>
        <translation>Telefonkonto %1 über %2 %3.</translation>
    </message>
    <message>
        <source>Secrets are kept in %1.</source>
        <translation>Geheimnisse werden in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Run again with --totp CODE (or --send-email-code for a new e-mail code).</source>
        <translation>Erneut mit --totp CODE ausführen (oder --send-email-code für einen neuen E-Mail-Code).</translation>
    </message>
    <message>
        <source>Run again with --totp CODE.</source>
        <translation>Erneut mit --totp CODE ausführen.</translation>
    </message>
    <message>
        <source>Code (or &apos;r&apos; to e-mail a new one): </source>
        <translation>Code (oder „r“ für einen neuen per E-Mail): </translation>
    </message>
    <message>
        <source>Code: </source>
        <translation>Code: </translation>
    </message>
    <message>
        <source>A new code was e-mailed.</source>
        <translation>Ein neuer Code wurde per E-Mail gesendet.</translation>
    </message>
    <message>
        <source>Not signed in to a chat server.</source>
        <translation>Bei keinem Chat-Server angemeldet.</translation>
    </message>
    <message>
        <source>stored secrets could not be reached to delete them: %1</source>
        <translation>die gespeicherten Geheimnisse waren zum Löschen nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Signed out at the chat server.</source>
        <translation>Beim Chat-Server abgemeldet.</translation>
    </message>
    <message>
        <source>The sign-in had already ended at the server.</source>
        <translation>Die Anmeldung war am Server bereits beendet.</translation>
    </message>
    <message>
        <source>the sign-in could not be revoked at the server (%1); it was removed here anyway.</source>
        <translation>die Anmeldung konnte am Server nicht widerrufen werden (%1); hier wurde sie trotzdem entfernt.</translation>
    </message>
    <message>
        <source>Personal access token forgotten here (it stays valid at the server; revoke it in your profile).</source>
        <translation>Persönliches Zugriffstoken hier vergessen (am Server bleibt es gültig; widerrufen Sie es in Ihrem Profil).</translation>
    </message>
    <message>
        <source>Secrets deleted; the phone account from the chat server was removed.</source>
        <translation>Geheimnisse gelöscht; das Telefonkonto vom Chat-Server wurde entfernt.</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>personal access token</source>
        <translation>persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>sign-in token</source>
        <translation>Anmeldetoken</translation>
    </message>
    <message>
        <source>Chat server: %1 as %2 (%3 %4)</source>
        <translation>Chat-Server: %1 als %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Chat server: %1, not signed in</source>
        <translation>Chat-Server: %1, nicht angemeldet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Phone account: %1 (%2), registrar %3</source>
        <translation>Telefonkonto: %1 (%2), Registrar %3</translation>
    </message>
    <message>
        <source>SIP password: %1</source>
        <translation>SIP-Passwort: %1</translation>
    </message>
    <message>
        <source>Phone account: none (run `softphone login` or `softphone account set`)</source>
        <translation>Telefonkonto: keines (führen Sie `softphone login` oder `softphone account set` aus)</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Geheimnisse: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>IT policy: %1 (locked: %2)</source>
        <translation>IT-Richtlinie: %1 (gesperrt: %2)</translation>
    </message>
    <message>
        <source>unknown: no keyring</source>
        <translation>unbekannt: kein Schlüsselbund</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>usage: softphone account set|show|clear</source>
        <translation>Aufruf: softphone account set|show|clear</translation>
    </message>
    <message>
        <source>the phone account is set by your IT department and cannot be changed here.</source>
        <translation>das Telefonkonto ist von Ihrer IT-Abteilung festgelegt und kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SIP address like sip:1001@pbx.example.com</source>
        <translation>„%1“ ist keine SIP-Adresse wie sip:1001@pbx.example.com</translation>
    </message>
    <message>
        <source>--port must be from 0 to 65535</source>
        <translation>--port muss zwischen 0 und 65535 liegen</translation>
    </message>
    <message>
        <source>%1 is set by your IT department (%2 = %3) and cannot be changed.</source>
        <translation>%1 ist von Ihrer IT-Abteilung festgelegt (%2 = %3) und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>no SIP password on standard input</source>
        <translation>kein SIP-Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>SIP password for %1 (empty = keep): </source>
        <translation>SIP-Passwort für %1 (leer = beibehalten): </translation>
    </message>
    <message>
        <source>no SIP password was given; set one with --password-stdin before starting the phone.</source>
        <translation>kein SIP-Passwort angegeben; legen Sie vor dem Start des Telefons eines mit --password-stdin fest.</translation>
    </message>
    <message>
        <source>SIP password stored in %1.</source>
        <translation>SIP-Passwort in %1 gespeichert.</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>dem Schlüsselbund</translation>
    </message>
    <message>
        <source>No phone account. Run `softphone login` or `softphone account set --sip-uri sip:USER@DOMAIN`.</source>
        <translation>Kein Telefonkonto. Führen Sie `softphone login` oder `softphone account set --sip-uri sip:BENUTZER@DOMÄNE` aus.</translation>
    </message>
    <message>
        <source>(managed by IT)</source>
        <translation>(von der IT verwaltet)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Registrar:</source>
        <translation>Registrar:</translation>
    </message>
    <message>
        <source>Auth user:</source>
        <translation>Anmeldename:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>SRTP:</source>
        <translation>SRTP:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>the phone account is set by your IT department and cannot be removed here.</source>
        <translation>das Telefonkonto ist von Ihrer IT-Abteilung festgelegt und kann hier nicht entfernt werden.</translation>
    </message>
    <message>
        <source>No phone account to clear.</source>
        <translation>Kein Telefonkonto zum Entfernen.</translation>
    </message>
    <message>
        <source>the stored password could not be reached to delete it: %1</source>
        <translation>das gespeicherte Passwort war zum Löschen nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Phone account and its password removed.</source>
        <translation>Telefonkonto und sein Passwort entfernt.</translation>
    </message>
    <message>
        <source>[managed by your organization]</source>
        <translation>[von Ihrer Organisation verwaltet]</translation>
    </message>
    <message>
        <source>cannot list sound devices: %1</source>
        <translation>Audiogeräte können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Speaker test: cannot play the test tone: %1</source>
        <translation>Lautsprechertest: Testton kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>the default device</source>
        <translation>dem Standardgerät</translation>
    </message>
    <message>
        <source>Speaker test: played a 1 kHz tone on %1.</source>
        <translation>Lautsprechertest: 1-kHz-Ton auf %1 abgespielt.</translation>
    </message>
    <message>
        <source>Microphone &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>Mikrofon &apos;%1&apos; ist nicht verfügbar; stattdessen wird %2 verwendet.</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>Lautsprecher &apos;%1&apos; ist nicht verfügbar; stattdessen wird %2 verwendet.</translation>
    </message>
    <message>
        <source>Ringer &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>Klingelgerät &apos;%1&apos; ist nicht verfügbar; stattdessen wird %2 verwendet.</translation>
    </message>
    <message>
        <source>Second ringer &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>Zweites Klingelgerät &apos;%1&apos; ist nicht verfügbar; stattdessen wird %2 verwendet.</translation>
    </message>
    <message>
        <source>the system default</source>
        <translation>der Systemstandard</translation>
    </message>
    <message>
        <source>Outputs (speakers, headsets):</source>
        <translation>Ausgänge (Lautsprecher, Headsets):</translation>
    </message>
    <message>
        <source>Inputs (microphones):</source>
        <translation>Eingänge (Mikrofone):</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>headset</source>
        <translation>Headset</translation>
    </message>
    <message>
        <source>Choice:</source>
        <translation>Auswahl:</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>Klingelgerät</translation>
    </message>
    <message>
        <source>Also ring on</source>
        <translation>Auch klingeln auf</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(Systemstandard)</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>verwendet %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(gesperrt)</translation>
    </message>
    <message>
        <source>%1 locked at its default</source>
        <translation>%1 auf dem Standardwert gesperrt</translation>
    </message>
    <message>
        <source>sound devices:</source>
        <translation>Audiogeräte:</translation>
    </message>
    <message>
        <source>result: all checks passed</source>
        <translation>Ergebnis: alle Prüfungen bestanden</translation>
    </message>
    <message numerus="yes">
        <source>result: %n check(s) failed</source>
        <translation>
            <numerusform>Ergebnis: %n Prüfung fehlgeschlagen</numerusform>
            <numerusform>Ergebnis: %n Prüfungen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>no usable account (%1)</source>
        <translation>kein nutzbares Konto (%1)</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>keines eingerichtet</translation>
    </message>
    <message>
        <source>the PBX did not answer the registration in time</source>
        <translation>die Telefonanlage hat die Registrierung nicht rechtzeitig beantwortet</translation>
    </message>
    <message>
        <source>registration failed: %1</source>
        <translation>Registrierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>cannot write the log file %1 (%2); logging to stderr only</source>
        <translation>die Protokolldatei %1 kann nicht geschrieben werden (%2); Protokoll nur auf stderr</translation>
    </message>
    <message>
        <source>cannot write the log file (%1); logging to stderr only</source>
        <translation>die Protokolldatei kann nicht geschrieben werden (%1); Protokoll nur auf stderr</translation>
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
        <translation>Agentenkonsole</translation>
    </message>
    <message>
        <source>Agent state icon</source>
        <translation>Symbol des Agentenstatus</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation>Agentenstatus</translation>
    </message>
    <message>
        <source>Set agent state</source>
        <translation>Agentenstatus festlegen</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pause: %1</translation>
    </message>
    <message>
        <source>Queue control is not available with this account.</source>
        <translation>Die Warteschlangensteuerung ist mit diesem Konto nicht verfügbar.</translation>
    </message>
    <message>
        <source>Wrap-up time left</source>
        <translation>Verbleibende Nachbearbeitungszeit</translation>
    </message>
    <message>
        <source>&amp;End wrap-up</source>
        <translation>Nachbearbeitung b&amp;eenden</translation>
    </message>
    <message>
        <source>End wrap-up now</source>
        <translation>Nachbearbeitung jetzt beenden</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Console pages</source>
        <translation>Konsolenseiten</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Warteschlangen</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Zu wählende Nummer</translation>
    </message>
    <message>
        <source>Number, extension or sip: address</source>
        <translation>Nummer, Durchwahl oder sip:-Adresse</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Anrufen</translation>
    </message>
    <message>
        <source>Call the number</source>
        <translation>Die Nummer anrufen</translation>
    </message>
    <message>
        <source>&amp;Redial</source>
        <translation>&amp;Wahlwiederholung</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>Die letzte Nummer erneut anrufen</translation>
    </message>
    <message>
        <source>Dial %1</source>
        <translation>%1 wählen</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Keine Anrufe</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Callers waiting in the queue</source>
        <translation>Anrufer, die in der Warteschlange warten</translation>
    </message>
    <message>
        <source>How long the longest-waiting caller has waited</source>
        <translation>So lange wartet der Anrufer mit der längsten Wartezeit</translation>
    </message>
    <message>
        <source>Agents available / agents logged in to the queue</source>
        <translation>Verfügbare Agenten / in der Warteschlange angemeldete Agenten</translation>
    </message>
    <message>
        <source>&amp;Video call</source>
        <translation>&amp;Videoanruf</translation>
    </message>
    <message>
        <source>Video call to the number</source>
        <translation>Videoanruf an die Nummer</translation>
    </message>
    <message>
        <source>&amp;Dial pad</source>
        <translation>&amp;Wähltasten</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>Wähltasten</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Show the phone</source>
        <translation>Telefon anzeigen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
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
        <translation>Nachbearbeitung: noch %1</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>%1 of %2 agents available</source>
        <translation>%1 von %2 Agenten verfügbar</translation>
    </message>
    <message>
        <source>%1 (queue %2)</source>
        <translation>%1 (Warteschlange %2)</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>This link cannot be dialled: %1</source>
        <translation>Dieser Link kann nicht gewählt werden: %1</translation>
    </message>
    <message>
        <source>Call?</source>
        <translation>Anrufen?</translation>
    </message>
    <message>
        <source>Call %1?</source>
        <translation>%1 anrufen?</translation>
    </message>
    <message>
        <source>Confirm call to %1</source>
        <translation>Anruf an %1 bestätigen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Nicht anrufen</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation>Stumm ein/aus</translation>
    </message>
    <message>
        <source>Hold or resume</source>
        <translation>Halten oder fortsetzen</translation>
    </message>
    <message>
        <source>Go to the number field</source>
        <translation>Zum Nummernfeld</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Wahlwiederholung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message numerus="yes">
        <source>&amp;History (%n missed)</source>
        <translation>
            <numerusform>&amp;Verlauf (%n verpasst)</numerusform>
            <numerusform>&amp;Verlauf (%n verpasst)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Softphone — %n missed call(s)</source>
        <translation>
            <numerusform>Softphone — %n verpasster Anruf</numerusform>
            <numerusform>Softphone — %n verpasste Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Softphone is still running</source>
        <translation>Softphone läuft weiter</translation>
    </message>
    <message>
        <source>Calls still ring. Quit from the tray menu.</source>
        <translation>Anrufe klingeln weiterhin. Beenden über das Menü im Infobereich.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>No sound: the sound system cannot be used (%1). Calls connect, but you will not hear them. Start the sound system (PulseAudio or PipeWire) and restart the phone.</source>
        <translation>Kein Ton: Das Soundsystem ist nicht verfügbar (%1). Anrufe werden verbunden, aber Sie hören nichts. Starten Sie das Soundsystem (PulseAudio oder PipeWire) und dann das Telefon neu.</translation>
    </message>
</context>
<context>
    <name>DeviceNotice</name>
    <message>
        <source>Microphone &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>Mikrofon &apos;%1&apos; ist nicht verfügbar; stattdessen wird &apos;%2&apos; verwendet.</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>Lautsprecher &apos;%1&apos; ist nicht verfügbar; stattdessen wird &apos;%2&apos; verwendet.</translation>
    </message>
    <message>
        <source>Ringer &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>Klingelgerät &apos;%1&apos; ist nicht verfügbar; stattdessen wird &apos;%2&apos; verwendet.</translation>
    </message>
    <message>
        <source>Second ringer &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>Zweites Klingelgerät &apos;%1&apos; ist nicht verfügbar; stattdessen wird &apos;%2&apos; verwendet.</translation>
    </message>
    <message>
        <source>Microphone &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>Mikrofon &apos;%1&apos; ist nicht verfügbar; stattdessen wird der Systemstandard verwendet.</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>Lautsprecher &apos;%1&apos; ist nicht verfügbar; stattdessen wird der Systemstandard verwendet.</translation>
    </message>
    <message>
        <source>Ringer &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>Klingelgerät &apos;%1&apos; ist nicht verfügbar; stattdessen wird der Systemstandard verwendet.</translation>
    </message>
    <message>
        <source>Second ringer &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>Zweites Klingelgerät &apos;%1&apos; ist nicht verfügbar; stattdessen wird der Systemstandard verwendet.</translation>
    </message>
    <message>
        <source>Microphone switched to &apos;%1&apos;.</source>
        <translation>Mikrofon auf &apos;%1&apos; umgeschaltet.</translation>
    </message>
    <message>
        <source>Speaker switched to &apos;%1&apos;.</source>
        <translation>Lautsprecher auf &apos;%1&apos; umgeschaltet.</translation>
    </message>
    <message>
        <source>Microphone switched to the system default.</source>
        <translation>Mikrofon auf den Systemstandard umgeschaltet.</translation>
    </message>
    <message>
        <source>Speaker switched to the system default.</source>
        <translation>Lautsprecher auf den Systemstandard umgeschaltet.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the default device: %1</source>
        <translation>Das Standardgerät kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the microphone: %1</source>
        <translation>Das Mikrofon kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the speaker: %1</source>
        <translation>Der Lautsprecher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot ring on %1: %2</source>
        <translation>Klingeln auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot ring on the default device: %1</source>
        <translation>Klingeln auf dem Standardgerät nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1: only 16-bit PCM WAV files are supported</source>
        <translation>%1: nur WAV-Dateien mit 16-Bit-PCM werden unterstützt</translation>
    </message>
    <message>
        <source>%1: cannot read sound file (%2)</source>
        <translation>%1: Audiodatei kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: the sound file is empty</source>
        <translation>%1: die Audiodatei ist leer</translation>
    </message>
    <message>
        <source>%1; using the built-in ringtone.</source>
        <translation>%1; stattdessen wird der eingebaute Klingelton verwendet.</translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <source>run again with --debug and send the log to support</source>
        <translation>erneut mit --debug ausführen und das Protokoll an den Support senden</translation>
    </message>
    <message>
        <source>logging could not be set up (%1)</source>
        <translation>Protokollierung konnte nicht eingerichtet werden (%1)</translation>
    </message>
    <message>
        <source>check the profile folder</source>
        <translation>prüfen Sie den Profilordner</translation>
    </message>
    <message>
        <source>diagnose stopped early: %1: %2</source>
        <translation>Diagnose vorzeitig abgebrochen: %1: %2</translation>
    </message>
    <message>
        <source>the %1 check stopped: %2: %3</source>
        <translation>die Prüfung %1 brach ab: %2: %3</translation>
    </message>
    <message>
        <source>settings cannot be loaded: %1</source>
        <translation>Einstellungen können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>check the profile folder&apos;s permissions</source>
        <translation>prüfen Sie die Rechte des Profilordners</translation>
    </message>
    <message>
        <source>fix the IT policy (see installers/README.md)</source>
        <translation>korrigieren Sie die IT-Richtlinie (siehe installers/README.md)</translation>
    </message>
    <message numerus="yes">
        <source>IT policy from %1: %n preset(s), locked: %2</source>
        <translation>
            <numerusform>IT-Richtlinie aus %1: %n Vorgabe, gesperrt: %2</numerusform>
            <numerusform>IT-Richtlinie aus %1: %n Vorgaben, gesperrt: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no IT policy in force (all settings are the user&apos;s)</source>
        <translation>keine IT-Richtlinie aktiv (alle Einstellungen gehören dem Benutzer)</translation>
    </message>
    <message>
        <source>check with `softphone config list`</source>
        <translation>prüfen Sie mit `softphone config list`</translation>
    </message>
    <message>
        <source>settings file %1</source>
        <translation>Einstellungsdatei %1</translation>
    </message>
    <message>
        <source>this build cannot list sound devices</source>
        <translation>diese Version kann keine Audiogeräte auflisten</translation>
    </message>
    <message>
        <source>update the phone</source>
        <translation>aktualisieren Sie das Telefon</translation>
    </message>
    <message>
        <source>no sound server or sound devices (%1); calls will have no sound</source>
        <translation>kein Soundserver und keine Audiogeräte (%1); Anrufe haben keinen Ton</translation>
    </message>
    <message>
        <source>start PulseAudio/PipeWire in the user&apos;s session, or plug in a headset</source>
        <translation>starten Sie PulseAudio/PipeWire in der Sitzung des Benutzers oder schließen Sie ein Headset an</translation>
    </message>
    <message>
        <source>%1 microphone(s) and %2 speaker(s) found; calls need both</source>
        <translation>Mikrofone: %1, Lautsprecher: %2; Anrufe brauchen beides</translation>
    </message>
    <message>
        <source>plug in a headset or check the sound server</source>
        <translation>schließen Sie ein Headset an oder prüfen Sie den Soundserver</translation>
    </message>
    <message>
        <source>%1 input and %2 output device(s)</source>
        <translation>Eingabegeräte: %1, Ausgabegeräte: %2</translation>
    </message>
    <message>
        <source>engine unavailable: %1</source>
        <translation>Engine nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>reinstall the phone; the pjsua2 native library is missing or broken</source>
        <translation>installieren Sie das Telefon neu; die native Bibliothek pjsua2 fehlt oder ist defekt</translation>
    </message>
    <message>
        <source>the engine is not available</source>
        <translation>die Engine ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the SIP engine failed to start: %1</source>
        <translation>die SIP-Engine startete nicht: %1</translation>
    </message>
    <message>
        <source>check that no firewall or policy blocks local UDP/TCP sockets; run with --debug for the log</source>
        <translation>prüfen Sie, dass keine Firewall oder Richtlinie lokale UDP/TCP-Sockets sperrt; mit --debug ausführen für das Protokoll</translation>
    </message>
    <message>
        <source>the engine did not start</source>
        <translation>die Engine ist nicht gestartet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 started in %2 ms; codecs %3; TLS %4; SRTP %5</source>
        <translation>%1 in %2 ms gestartet; Codecs %3; TLS %4; SRTP %5</translation>
    </message>
    <message>
        <source>the engine did not stop within %1 s</source>
        <translation>die Engine hielt nicht innerhalb von %1 s an</translation>
    </message>
    <message>
        <source>skipped (--no-register)</source>
        <translation>übersprungen (--no-register)</translation>
    </message>
    <message>
        <source>settings could not be loaded</source>
        <translation>Einstellungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>no account is set up</source>
        <translation>kein Konto eingerichtet</translation>
    </message>
    <message>
        <source>sign in with `softphone login` (or IT presets the account by policy)</source>
        <translation>melden Sie sich mit `softphone login` an (oder die IT gibt das Konto per Richtlinie vor)</translation>
    </message>
    <message>
        <source>account %1 has no stored password (%2)</source>
        <translation>für das Konto %1 ist kein Passwort gespeichert (%2)</translation>
    </message>
    <message>
        <source>sign in again with `softphone login` or `softphone account set --password-stdin`</source>
        <translation>melden Sie sich erneut mit `softphone login` oder `softphone account set --password-stdin` an</translation>
    </message>
    <message>
        <source>%1 registered at %2</source>
        <translation>%1 bei %2 registriert</translation>
    </message>
    <message>
        <source>%1 did not register at %2: %3</source>
        <translation>%1 wurde bei %2 nicht registriert: %3</translation>
    </message>
    <message>
        <source>the SIP password was refused: sign in again (`softphone login`) or ask IT to check the extension</source>
        <translation>das SIP-Passwort wurde abgelehnt: melden Sie sich erneut an (`softphone login`) oder lassen Sie die IT die Durchwahl prüfen</translation>
    </message>
    <message>
        <source>the extension is unknown to the phone server: ask IT</source>
        <translation>die Telefonanlage kennt die Durchwahl nicht: fragen Sie die IT</translation>
    </message>
    <message>
        <source>the phone server did not answer: check sip.registrar, sip.transport and sip.port, and that the firewall lets SIP through</source>
        <translation>die Telefonanlage antwortete nicht: prüfen Sie sip.registrar, sip.transport und sip.port und ob die Firewall SIP durchlässt</translation>
    </message>
    <message>
        <source>ask IT to check the phone server&apos;s log for this extension</source>
        <translation>lassen Sie die IT das Protokoll der Telefonanlage für diese Durchwahl prüfen</translation>
    </message>
    <message>
        <source>no chat server set (server_url); manual SIP account only</source>
        <translation>kein Chat-Server festgelegt (server_url); nur manuelles SIP-Konto</translation>
    </message>
    <message>
        <source>the chat-server probe is unavailable (%1)</source>
        <translation>die Chat-Server-Prüfung ist nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>reinstall the phone</source>
        <translation>installieren Sie das Telefon neu</translation>
    </message>
    <message>
        <source>%1 %2%3 in %4 ms</source>
        <translation>%1 %2%3 in %4 ms</translation>
    </message>
    <message>
        <source>chat server %1 not reachable: %2</source>
        <translation>Chat-Server %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>check server_url, the network path (proxy, firewall) and the server&apos;s certificate</source>
        <translation>prüfen Sie server_url, den Netzwerkweg (Proxy, Firewall) und das Zertifikat des Servers</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Call history</source>
        <translation>Anrufverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Call history list</source>
        <translation>Liste des Anrufverlaufs</translation>
    </message>
    <message>
        <source>&amp;Call back</source>
        <translation>&amp;Zurückrufen</translation>
    </message>
    <message>
        <source>Call back the selected number</source>
        <translation>Die ausgewählte Nummer zurückrufen</translation>
    </message>
</context>
<context>
    <name>IncomingCallPopup</name>
    <message>
        <source>Incoming call — %1</source>
        <translation>Eingehender Anruf — %1</translation>
    </message>
    <message>
        <source>Second incoming call</source>
        <translation>Zweiter eingehender Anruf</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <source>Direct call</source>
        <translation>Direkter Anruf</translation>
    </message>
    <message>
        <source>Enter answers, Escape declines.</source>
        <translation>Eingabe nimmt an, Esc lehnt ab.</translation>
    </message>
    <message>
        <source>Answer with &amp;video</source>
        <translation>Mit &amp;Video annehmen</translation>
    </message>
    <message>
        <source>Answer call from %1 with video</source>
        <translation>Anruf von %1 mit Video annehmen</translation>
    </message>
    <message>
        <source>Answer &amp;audio only</source>
        <translation>Nur &amp;Audio annehmen</translation>
    </message>
    <message>
        <source>Answer call from %1 without video</source>
        <translation>Anruf von %1 ohne Video annehmen</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Answer call from %1</source>
        <translation>Anruf von %1 annehmen</translation>
    </message>
    <message>
        <source>Answer with video</source>
        <translation>Mit Video annehmen</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Decline call from %1</source>
        <translation>Anruf von %1 ablehnen</translation>
    </message>
    <message>
        <source>%1 is calling from queue %2.</source>
        <translation>%1 ruft über die Warteschlange %2 an.</translation>
    </message>
    <message>
        <source>%1 is calling.</source>
        <translation>%1 ruft an.</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Eingehender Anruf von %1</translation>
    </message>
</context>
<context>
    <name>SessionOnlyBadge</name>
    <message>
        <source>Signed in for this session only</source>
        <translation>Nur für diese Sitzung angemeldet</translation>
    </message>
    <message>
        <source>No secure keyring is available: your sign-in is kept in memory and forgotten when you quit the phone.</source>
        <translation>Kein sicherer Schlüsselbund verfügbar: Ihre Anmeldung bleibt nur im Arbeitsspeicher und wird beim Beenden des Telefons vergessen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>&amp;Audio</source>
        <translation>&amp;Audio</translation>
    </message>
    <message>
        <source>&amp;Calls and queues</source>
        <translation>An&amp;rufe und Warteschlangen</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Oberfläche</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Managed by your organization</source>
        <translation>Von Ihrer Organisation verwaltet</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Pegel:</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>Test the microphone: record three seconds, then play them back</source>
        <translation>Mikrofon testen: drei Sekunden aufnehmen und wiedergeben</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Play a test tone on the speaker or headset</source>
        <translation>Testton auf Lautsprecher oder Headset abspielen</translation>
    </message>
    <message>
        <source>Play a test tone on the ringing device</source>
        <translation>Testton auf dem Klingelgerät abspielen</translation>
    </message>
    <message>
        <source>Play a test tone on the other ringing device</source>
        <translation>Testton auf dem zweiten Klingelgerät abspielen</translation>
    </message>
    <message>
        <source>Audio test result</source>
        <translation>Ergebnis des Audiotests</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>&amp;Video</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Kameravorschau</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet…</translation>
    </message>
    <message>
        <source>Camera notice</source>
        <translation>Kamerahinweis</translation>
    </message>
    <message>
        <source>When the PBX asks (intercom)</source>
        <translation>Wenn die Telefonanlage es verlangt (Intercom)</translation>
    </message>
    <message>
        <source>First camera</source>
        <translation>Erste Kamera</translation>
    </message>
    <message>
        <source>Test pattern (no camera)</source>
        <translation>Testbild (keine Kamera)</translation>
    </message>
    <message>
        <source>No camera was found: calls send a test pattern instead.</source>
        <translation>Keine Kamera gefunden: Anrufe senden stattdessen ein Testbild.</translation>
    </message>
    <message>
        <source>The camera cannot be used (%1): calls send a test pattern instead.</source>
        <translation>Die Kamera kann nicht verwendet werden (%1): Anrufe senden stattdessen ein Testbild.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The sound device cannot be used: %1</source>
        <translation>Das Audiogerät kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Playing a test tone…</source>
        <translation>Testton wird abgespielt …</translation>
    </message>
    <message>
        <source>Test tone played. Did you hear it?</source>
        <translation>Testton abgespielt. Haben Sie ihn gehört?</translation>
    </message>
    <message>
        <source>Speak now: recording three seconds, then playing them back…</source>
        <translation>Sprechen Sie jetzt: drei Sekunden werden aufgenommen und dann wiedergegeben …</translation>
    </message>
    <message>
        <source>The microphone works (loudest: %1 dB).</source>
        <translation>Das Mikrofon funktioniert (Spitze: %1 dB).</translation>
    </message>
    <message>
        <source>Nothing was heard from this microphone. Check that it is plugged in and not muted.</source>
        <translation>Von diesem Mikrofon kam nichts an. Prüfen Sie, ob es angeschlossen und nicht stummgeschaltet ist.</translation>
    </message>
    <message>
        <source>No sound devices were reported; the system default is used.</source>
        <translation>Es wurden keine Audiogeräte gemeldet; der Systemstandard wird verwendet.</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>&amp;Speaker or headset:</source>
        <translation>&amp;Lautsprecher oder Headset:</translation>
    </message>
    <message>
        <source>Speaker or headset</source>
        <translation>Lautsprecher oder Headset</translation>
    </message>
    <message>
        <source>&amp;Ring on:</source>
        <translation>&amp;Klingeln auf:</translation>
    </message>
    <message>
        <source>Ring on</source>
        <translation>Klingeln auf</translation>
    </message>
    <message>
        <source>&amp;Also ring on:</source>
        <translation>Auch kli&amp;ngeln auf:</translation>
    </message>
    <message>
        <source>Also ring on</source>
        <translation>Auch klingeln auf</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>K&amp;amera:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Answer calls that offer video &amp;with video</source>
        <translation>Anrufe mit Videoangebot Anrufe mit Video &amp;mit Video annehmenmit Video annehmen</translation>
    </message>
    <message>
        <source>Test recor&amp;ding</source>
        <translation>Auf&amp;nahme testen</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>Nichts weiter</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Alle Anrufe</translation>
    </message>
    <message>
        <source>Queue calls only</source>
        <translation>Nur Warteschlangenanrufe</translation>
    </message>
    <message>
        <source>Auto-&amp;answer:</source>
        <translation>Automatisch an&amp;nehmen:</translation>
    </message>
    <message>
        <source>Auto-answer</source>
        <translation>Automatisch annehmen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Auto-answer &amp;delay:</source>
        <translation>&amp;Verzögerung der Annahme:</translation>
    </message>
    <message>
        <source>Auto-answer delay in seconds</source>
        <translation>Verzögerung der automatischen Annahme in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Wrap-up time:</source>
        <translation>&amp;Nachbearbeitungszeit:</translation>
    </message>
    <message>
        <source>Wrap-up time in seconds</source>
        <translation>Nachbearbeitungszeit in Sekunden</translation>
    </message>
    <message>
        <source>one per line: code=label, e.g. 1=break</source>
        <translation>eine pro Zeile: Code=Name, z. B. 1=Pause</translation>
    </message>
    <message>
        <source>&amp;Pause reasons:</source>
        <translation>Pa&amp;usengründe:</translation>
    </message>
    <message>
        <source>Pause reasons</source>
        <translation>Pausengründe</translation>
    </message>
    <message>
        <source>Log in:</source>
        <translation>Anmelden:</translation>
    </message>
    <message>
        <source>Log out:</source>
        <translation>Abmelden:</translation>
    </message>
    <message>
        <source>Pause:</source>
        <translation>Pause:</translation>
    </message>
    <message>
        <source>Resume:</source>
        <translation>Fortsetzen:</translation>
    </message>
    <message>
        <source>Feature code to %1</source>
        <translation>Dienstcode für %1</translation>
    </message>
    <message>
        <source>&amp;Queue feature codes:</source>
        <translation>&amp;Warteschlangen-Dienstcodes:</translation>
    </message>
    <message>
        <source>Queue feature codes</source>
        <translation>Warteschlangen-Dienstcodes</translation>
    </message>
    <message>
        <source>TLS (encrypted)</source>
        <translation>TLS (verschlüsselt)</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>SIP transport</source>
        <translation>SIP-Transport</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Registrar port</source>
        <translation>Port des Registrars</translation>
    </message>
    <message>
        <source>&amp;Codecs (in order):</source>
        <translation>&amp;Codecs (in Reihenfolge):</translation>
    </message>
    <message>
        <source>Audio codecs in order of preference</source>
        <translation>Audio-Codecs nach Priorität</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>&amp;Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Start when I &amp;sign in to the computer</source>
        <translation>Beim &amp;Anmelden am Computer starten</translation>
    </message>
    <message>
        <source>Closing the window keeps the phone &amp;running</source>
        <translation>Telefon läuft nach dem Schließen des Fensters &amp;weiter</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in — Softphone</source>
        <translation>Anmelden — Softphone</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Anmeldemeldung</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;Use your chat-server account to set up the phone.</source>
        <translation>&lt;h2&gt;Anmelden&lt;/h2&gt;Richten Sie das Telefon mit Ihrem Chat-Server-Konto ein.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Managed by your organization</source>
        <translation>Von Ihrer Organisation verwaltet</translation>
    </message>
    <message>
        <source>Server address is managed by your organization</source>
        <translation>Die Serveradresse wird von Ihrer Organisation verwaltet</translation>
    </message>
    <message>
        <source>Username or e-mail</source>
        <translation>Benutzername oder E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Advanced: &amp;manual SIP account…</source>
        <translation>Erweitert: SIP-Konto &amp;manuell…</translation>
    </message>
    <message>
        <source>Advanced: manual SIP account</source>
        <translation>Erweitert: SIP-Konto manuell</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;Username or e-mail:</source>
        <translation>&amp;Benutzername oder E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Verify code</source>
        <translation>Code prüfen</translation>
    </message>
    <message>
        <source>Send a new e-mail &amp;code</source>
        <translation>Neuen E-Mail-&amp;Code senden</translation>
    </message>
    <message>
        <source>Send a new e-mail code</source>
        <translation>Neuen E-Mail-Code senden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Zurück zur Anmeldung</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>SIP address</source>
        <translation>SIP-Adresse</translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation>SIP-Passwort</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Registrar host</source>
        <translation>Registrar-Host</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Use this account</source>
        <translation>Dieses Konto ver&amp;wenden</translation>
    </message>
    <message>
        <source>Use this account</source>
        <translation>Dieses Konto verwenden</translation>
    </message>
    <message>
        <source>SIP &amp;address:</source>
        <translation>SIP-&amp;Adresse:</translation>
    </message>
    <message>
        <source>SIP pass&amp;word:</source>
        <translation>SIP-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Registrar:</source>
        <translation>&amp;Registrar:</translation>
    </message>
    <message>
        <source>Enter the address of your chat server, e.g. https://chat.example.com.</source>
        <translation>Geben Sie die Adresse Ihres Chat-Servers ein, z. B. https://chat.example.com.</translation>
    </message>
    <message>
        <source>Enter your username (or e-mail) and your password.</source>
        <translation>Geben Sie Ihren Benutzernamen (oder Ihre E-Mail) und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>Geben Sie den Code ein.</translation>
    </message>
    <message>
        <source>Enter the SIP address as sip:USER@DOMAIN.</source>
        <translation>Geben Sie die SIP-Adresse als sip:BENUTZER@DOMÄNE ein.</translation>
    </message>
    <message>
        <source>Enter the SIP password.</source>
        <translation>Geben Sie das SIP-Passwort ein.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Etwas ist schiefgegangen: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>A new code is on its way. Check your e-mail.</source>
        <translation>Ein neuer Code ist unterwegs. Prüfen Sie Ihre E-Mails.</translation>
    </message>
    <message>
        <source>We sent a code to the e-mail address of %1. Enter it here.</source>
        <translation>Wir haben einen Code an die E-Mail-Adresse von %1 gesendet. Geben Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>That code was not accepted. Check it and try again.</source>
        <translation>Der Code wurde nicht akzeptiert. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The username or password is not right. Check them and try again.</source>
        <translation>Benutzername oder Passwort stimmt nicht. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Wait a few minutes, then sign in again.</source>
        <translation>Zu viele falsche Codes. Warten Sie ein paar Minuten und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The server asks us to slow down. Try again in a minute.</source>
        <translation>Der Server bittet um eine Pause. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>That server name cannot be found. Check the address.</source>
        <translation>Dieser Servername wurde nicht gefunden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted. Ask your IT department.</source>
        <translation>Dem Zertifikat des Servers kann nicht vertraut werden. Wenden Sie sich an Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>That is not a valid server address. It looks like https://chat.example.com.</source>
        <translation>Das ist keine gültige Serveradresse. Sie sieht so aus: https://chat.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Your account has no phone extension yet. Ask your administrator.</source>
        <translation>Ihr Konto hat noch keine Durchwahl. Wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>Phone calls are switched off on this server. Ask your administrator.</source>
        <translation>Telefonie ist auf diesem Server ausgeschaltet. Wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>The password could not be stored in your system&apos;s keyring. Unlock it and try again.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No phone account after sign-in.</source>
        <translation>Nach der Anmeldung ist kein Telefonkonto vorhanden.</translation>
    </message>
    <message>
        <source>&amp;Keep signed in for this session only</source>
        <translation>Nur für diese &amp;Sitzung angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keep signed in for this session only</source>
        <translation>Nur für diese Sitzung angemeldet bleiben</translation>
    </message>
    <message>
        <source>Nothing is saved: you sign in again after quitting the phone.</source>
        <translation>Nichts wird gespeichert: Nach dem Beenden des Telefons melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Signed in for this session only.</source>
        <translation>Nur für diese Sitzung angemeldet.</translation>
    </message>
    <message>
        <source>There is no secure keyring on this computer, so the phone will not save your sign-in. You can keep it for this session only: it is forgotten when you quit.</source>
        <translation>Auf diesem Computer gibt es keinen sicheren Schlüsselbund, daher speichert das Telefon Ihre Anmeldung nicht. Sie können sie nur für diese Sitzung behalten: Beim Beenden wird sie vergessen.</translation>
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
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In Pause</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Wähle…</translation>
    </message>
    <message>
        <source>Ringing at the other end</source>
        <translation>Klingelt beim Gegenüber</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Declined by the other party</source>
        <translation>Vom Gegenüber abgelehnt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translation>Nummer nicht gefunden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Quality: measuring…</source>
        <translation>Qualität: wird gemessen…</translation>
    </message>
    <message>
        <source>Quality: good</source>
        <translation>Qualität: gut</translation>
    </message>
    <message>
        <source>Quality: fair</source>
        <translation>Qualität: mittel</translation>
    </message>
    <message>
        <source>Quality: poor</source>
        <translation>Qualität: schlecht</translation>
    </message>
    <message>
        <source>No phone account is set up. Sign in first.</source>
        <translation>Es ist kein Telefonkonto eingerichtet. Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>That is not a number or address that can be dialled.</source>
        <translation>Das ist keine wählbare Nummer oder Adresse.</translation>
    </message>
    <message>
        <source>There is no call for that.</source>
        <translation>Dafür gibt es keinen Anruf.</translation>
    </message>
    <message>
        <source>That is not possible in the call&apos;s current state.</source>
        <translation>Das ist im aktuellen Anrufstatus nicht möglich.</translation>
    </message>
    <message>
        <source>The transfer did not go through.</source>
        <translation>Die Weiterleitung ist nicht gelungen.</translation>
    </message>
    <message>
        <source>No sound came from the other side for too long, so the call was ended.</source>
        <translation>Von der Gegenseite kam zu lange kein Ton, daher wurde der Anruf beendet.</translation>
    </message>
    <message>
        <source>This call was set up without video, so video cannot be added. Call again as a video call.</source>
        <translation>Dieser Anruf wurde ohne Video aufgebaut, daher kann kein Video hinzugefügt werden. Rufen Sie erneut als Videoanruf an.</translation>
    </message>
</context>
</TS>
