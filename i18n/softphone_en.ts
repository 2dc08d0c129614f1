<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallPanel</name>
    <message>
        <source>Call with %1</source>
        <translation>Call with %1</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Queue: %1</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Call state</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Call duration</translation>
    </message>
    <message>
        <source>Call quality</source>
        <translation>Call quality</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Hold</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Mute</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Mute microphone</translation>
    </message>
    <message>
        <source>Hang &amp;up</source>
        <translation>Hang &amp;up</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <source>Transfer to number</source>
        <translation>Transfer to number</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transfer</translation>
    </message>
    <message>
        <source>Blind transfer</source>
        <translation>Blind transfer</translation>
    </message>
    <message>
        <source>Call to transfer to</source>
        <translation>Call to transfer to</translation>
    </message>
    <message>
        <source>&amp;Connect the two calls</source>
        <translation>&amp;Connect the two calls</translation>
    </message>
    <message>
        <source>Attended transfer: connect this call to the other call</source>
        <translation>Attended transfer: connect this call to the other call</translation>
    </message>
    <message>
        <source>Send tone %1</source>
        <translation>Send tone %1</translation>
    </message>
    <message>
        <source>&amp;Keypad</source>
        <translation>&amp;Keypad</translation>
    </message>
    <message>
        <source>Keypad for tones</source>
        <translation>Keypad for tones</translation>
    </message>
    <message>
        <source>Switch &amp;camera</source>
        <translation>Switch &amp;camera</translation>
    </message>
    <message>
        <source>Switch to the next camera</source>
        <translation>Switch to the next camera</translation>
    </message>
    <message>
        <source>Video of %1</source>
        <translation>Video of %1</translation>
    </message>
    <message>
        <source>Waiting for video…</source>
        <translation>Waiting for video…</translation>
    </message>
    <message>
        <source>Video quality</source>
        <translation>Video quality</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>Held by the other party</translation>
    </message>
    <message>
        <source>Jitter %1 ms, packet loss %2 %, codec %3</source>
        <translation>Jitter %1 ms, packet loss %2 %, codec %3</translation>
    </message>
    <message>
        <source>&amp;Video off</source>
        <translation>&amp;Video off</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>&amp;Video</translation>
    </message>
    <message>
        <source>Turn video off</source>
        <translation>Turn video off</translation>
    </message>
    <message>
        <source>Turn video on</source>
        <translation>Turn video on</translation>
    </message>
    <message>
        <source>%1 fps, %2 kbit/s, loss %3 %</source>
        <translation>%1 fps, %2 kbit/s, loss %3 %</translation>
    </message>
    <message>
        <source>Video: %1 frames received, %2 sent</source>
        <translation>Video: %1 frames received, %2 sent</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>Un&amp;mute</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>no display to show the window on (DISPLAY/WAYLAND_DISPLAY are not set). Use `softphone run --headless` for the phone without a window.</source>
        <translation>no display to show the window on (DISPLAY/WAYLAND_DISPLAY are not set). Use `softphone run --headless` for the phone without a window.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available in this build yet</source>
        <translation>&apos;%1&apos; is not available in this build yet</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>nothing was stored. %1 (The window version can keep it for this session only.)</source>
        <translation>nothing was stored. %1 (The window version can keep it for this session only.)</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Enter the 6-digit code from your authenticator app.</translation>
    </message>
    <message>
        <source>A sign-in code was e-mailed to you; enter it.</source>
        <translation>A sign-in code was e-mailed to you; enter it.</translation>
    </message>
    <message>
        <source>Enter the sign-in code from your e-mail (ask for a new one if it did not arrive).</source>
        <translation>Enter the sign-in code from your e-mail (ask for a new one if it did not arrive).</translation>
    </message>
    <message>
        <source>The username/e-mail or password is wrong.</source>
        <translation>The username/e-mail or password is wrong.</translation>
    </message>
    <message>
        <source>That code is wrong or has expired. Try again with a new code.</source>
        <translation>That code is wrong or has expired. Try again with a new code.</translation>
    </message>
    <message>
        <source>Too many wrong codes: sign-in is blocked for now. Wait a while and try again, or ask IT to unlock your account.</source>
        <translation>Too many wrong codes: sign-in is blocked for now. Wait a while and try again, or ask IT to unlock your account.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Please sign in again.</source>
        <translation>Your sign-in has expired or was revoked. Please sign in again.</translation>
    </message>
    <message>
        <source>The chat server asks us to slow down. Try again in a minute.</source>
        <translation>The chat server asks us to slow down. Try again in a minute.</translation>
    </message>
    <message>
        <source>No phone extension is assigned to your chat-server account. Ask IT.</source>
        <translation>No phone extension is assigned to your chat-server account. Ask IT.</translation>
    </message>
    <message>
        <source>Voice calls are turned off on this chat server. Ask IT.</source>
        <translation>Voice calls are turned off on this chat server. Ask IT.</translation>
    </message>
    <message>
        <source>Phone calls need an enterprise licence on this chat server. Ask IT.</source>
        <translation>Phone calls need an enterprise licence on this chat server. Ask IT.</translation>
    </message>
    <message>
        <source>The chat server cannot reach the phone system (PBX) right now. Try again later.</source>
        <translation>The chat server cannot reach the phone system (PBX) right now. Try again later.</translation>
    </message>
    <message>
        <source>The chat-server address must start with https://.</source>
        <translation>The chat-server address must start with https://.</translation>
    </message>
    <message>
        <source>That is not a valid chat-server address.</source>
        <translation>That is not a valid chat-server address.</translation>
    </message>
    <message>
        <source>The chat server&apos;s certificate cannot be trusted. Ask your IT department.</source>
        <translation>The chat server&apos;s certificate cannot be trusted. Ask your IT department.</translation>
    </message>
    <message>
        <source>The chat server did not answer in time. Try again.</source>
        <translation>The chat server did not answer in time. Try again.</translation>
    </message>
    <message>
        <source>The chat server cannot be reached. Check the address and your network.</source>
        <translation>The chat server cannot be reached. Check the address and your network.</translation>
    </message>
    <message>
        <source>The chat-server name cannot be found. Check the address.</source>
        <translation>The chat-server name cannot be found. Check the address.</translation>
    </message>
    <message>
        <source>plain http is switched off by your IT department (allow_http is locked).</source>
        <translation>plain http is switched off by your IT department (allow_http is locked).</translation>
    </message>
    <message>
        <source>the chat server is set by your IT department (%1) and cannot be changed.</source>
        <translation>the chat server is set by your IT department (%1) and cannot be changed.</translation>
    </message>
    <message>
        <source>no chat server is set: use --server https://chat.example.com</source>
        <translation>no chat server is set: use --server https://chat.example.com</translation>
    </message>
    <message>
        <source>the CA file is set by your IT department (ca_file is locked).</source>
        <translation>the CA file is set by your IT department (ca_file is locked).</translation>
    </message>
    <message>
        <source>The chat server asks us to wait %1 s before trying again...</source>
        <translation>The chat server asks us to wait %1 s before trying again...</translation>
    </message>
    <message>
        <source>use either --password-stdin or --token-stdin, not both</source>
        <translation>use either --password-stdin or --token-stdin, not both</translation>
    </message>
    <message>
        <source>--token-stdin needs --user-id (personal access token sign-in)</source>
        <translation>--token-stdin needs --user-id (personal access token sign-in)</translation>
    </message>
    <message>
        <source>Username or e-mail: </source>
        <translation>Username or e-mail: </translation>
    </message>
    <message>
        <source>--send-email-code needs --user</source>
        <translation>--send-email-code needs --user</translation>
    </message>
    <message>
        <source>If the account uses e-mail codes, a new code is on its way. Sign in with --totp CODE.</source>
        <translation>If the account uses e-mail codes, a new code is on its way. Sign in with --totp CODE.</translation>
    </message>
    <message>
        <source>no personal access token on standard input</source>
        <translation>no personal access token on standard input</translation>
    </message>
    <message>
        <source>Personal access token: </source>
        <translation>Personal access token: </translation>
    </message>
    <message>
        <source>personal access token sign-in needs --token-stdin</source>
        <translation>personal access token sign-in needs --token-stdin</translation>
    </message>
    <message>
        <source>--user is required (username or e-mail)</source>
        <translation>--user is required (username or e-mail)</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>no password on standard input</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>no terminal to ask for the password: use --password-stdin</source>
        <translation>no terminal to ask for the password: use --password-stdin</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with a personal access token.</source>
        <translation>Signed in to %1 as %2 with a personal access token.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Signed in to %1 as %2.</translation>
    </message>
    <message>
        <source>Phone account %1 via %2 %3.</source>
        <translation>Phone account %1 via %2 %3.</translation>
    </message>
    <message>
        <source>Secrets are kept in %1.</source>
        <translation>Secrets are kept in %1.</translation>
    </message>
    <message>
        <source>Run again with --totp CODE (or --send-email-code for a new e-mail code).</source>
        <translation>Run again with --totp CODE (or --send-email-code for a new e-mail code).</translation>
    </message>
    <message>
        <source>Run again with --totp CODE.</source>
        <translation>Run again with --totp CODE.</translation>
    </message>
    <message>
        <source>Code (or &apos;r&apos; to e-mail a new one): </source>
        <translation>Code (or &apos;r&apos; to e-mail a new one): </translation>
    </message>
    <message>
        <source>Code: </source>
        <translation>Code: </translation>
    </message>
    <message>
        <source>A new code was e-mailed.</source>
        <translation>A new code was e-mailed.</translation>
    </message>
    <message>
        <source>Not signed in to a chat server.</source>
        <translation>Not signed in to a chat server.</translation>
    </message>
    <message>
        <source>stored secrets could not be reached to delete them: %1</source>
        <translation>stored secrets could not be reached to delete them: %1</translation>
    </message>
    <message>
        <source>Signed out at the chat server.</source>
        <translation>Signed out at the chat server.</translation>
    </message>
    <message>
        <source>The sign-in had already ended at the server.</source>
        <translation>The sign-in had already ended at the server.</translation>
    </message>
    <message>
        <source>the sign-in could not be revoked at the server (%1); it was removed here anyway.</source>
        <translation>the sign-in could not be revoked at the server (%1); it was removed here anyway.</translation>
    </message>
    <message>
        <source>Personal access token forgotten here (it stays valid at the server; revoke it in your profile).</source>
        <translation>Personal access token forgotten here (it stays valid at the server; revoke it in your profile).</translation>
    </message>
    <message>
        <source>Secrets deleted; the phone account from the chat server was removed.</source>
        <translation>Secrets deleted; the phone account from the chat server was removed.</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>unavailable: %1</translation>
    </message>
    <message>
        <source>personal access token</source>
        <translation>personal access token</translation>
    </message>
    <message>
        <source>sign-in token</source>
        <translation>sign-in token</translation>
    </message>
    <message>
        <source>Chat server: %1 as %2 (%3 %4)</source>
        <translation>Chat server: %1 as %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Chat server: %1, not signed in</source>
        <translation>Chat server: %1, not signed in</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Phone account: %1 (%2), registrar %3</source>
        <translation>Phone account: %1 (%2), registrar %3</translation>
    </message>
    <message>
        <source>SIP password: %1</source>
        <translation>SIP password: %1</translation>
    </message>
    <message>
        <source>Phone account: none (run `softphone login` or `softphone account set`)</source>
        <translation>Phone account: none (run `softphone login` or `softphone account set`)</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Secrets: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>IT policy: %1 (locked: %2)</source>
        <translation>IT policy: %1 (locked: %2)</translation>
    </message>
    <message>
        <source>unknown: no keyring</source>
        <translation>unknown: no keyring</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>stored</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>not stored</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unknown: %1</translation>
    </message>
    <message>
        <source>usage: softphone account set|show|clear</source>
        <translation>usage: softphone account set|show|clear</translation>
    </message>
    <message>
        <source>the phone account is set by your IT department and cannot be changed here.</source>
        <translation>the phone account is set by your IT department and cannot be changed here.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SIP address like sip:1001@pbx.example.com</source>
        <translation>&apos;%1&apos; is not a SIP address like sip:1001@pbx.example.com</translation>
    </message>
    <message>
        <source>--port must be from 0 to 65535</source>
        <translation>--port must be from 0 to 65535</translation>
    </message>
    <message>
        <source>%1 is set by your IT department (%2 = %3) and cannot be changed.</source>
        <translation>%1 is set by your IT department (%2 = %3) and cannot be changed.</translation>
    </message>
    <message>
        <source>no SIP password on standard input</source>
        <translation>no SIP password on standard input</translation>
    </message>
    <message>
        <source>SIP password for %1 (empty = keep): </source>
        <translation>SIP password for %1 (empty = keep): </translation>
    </message>
    <message>
        <source>no SIP password was given; set one with --password-stdin before starting the phone.</source>
        <translation>no SIP password was given; set one with --password-stdin before starting the phone.</translation>
    </message>
    <message>
        <source>SIP password stored in %1.</source>
        <translation>SIP password stored in %1.</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>the keyring</translation>
    </message>
    <message>
        <source>No phone account. Run `softphone login` or `softphone account set --sip-uri sip:USER@DOMAIN`.</source>
        <translation>No phone account. Run `softphone login` or `softphone account set --sip-uri sip:USER@DOMAIN`.</translation>
    </message>
    <message>
        <source>(managed by IT)</source>
        <translation>(managed by IT)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Registrar:</source>
        <translation>Registrar:</translation>
    </message>
    <message>
        <source>Auth user:</source>
        <translation>Auth user:</translation>
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
        <translation>Password:</translation>
    </message>
    <message>
        <source>the phone account is set by your IT department and cannot be removed here.</source>
        <translation>the phone account is set by your IT department and cannot be removed here.</translation>
    </message>
    <message>
        <source>No phone account to clear.</source>
        <translation>No phone account to clear.</translation>
    </message>
    <message>
        <source>the stored password could not be reached to delete it: %1</source>
        <translation>the stored password could not be reached to delete it: %1</translation>
    </message>
    <message>
        <source>Phone account and its password removed.</source>
        <translation>Phone account and its password removed.</translation>
    </message>
    <message>
        <source>[managed by your organization]</source>
        <translation>[managed by your organization]</translation>
    </message>
    <message>
        <source>cannot list sound devices: %1</source>
        <translation>cannot list sound devices: %1</translation>
    </message>
    <message>
        <source>Speaker test: cannot play the test tone: %1</source>
        <translation>Speaker test: cannot play the test tone: %1</translation>
    </message>
    <message>
        <source>the default device</source>
        <translation>the default device</translation>
    </message>
    <message>
        <source>Speaker test: played a 1 kHz tone on %1.</source>
        <translation>Speaker test: played a 1 kHz tone on %1.</translation>
    </message>
    <message>
        <source>Microphone &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>Microphone &apos;%1&apos; is not available; using %2 instead.</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>Speaker &apos;%1&apos; is not available; using %2 instead.</translation>
    </message>
    <message>
        <source>Ringer &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>Ringer &apos;%1&apos; is not available; using %2 instead.</translation>
    </message>
    <message>
        <source>Second ringer &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>Second ringer &apos;%1&apos; is not available; using %2 instead.</translation>
    </message>
    <message>
        <source>the system default</source>
        <translation>the system default</translation>
    </message>
    <message>
        <source>Outputs (speakers, headsets):</source>
        <translation>Outputs (speakers, headsets):</translation>
    </message>
    <message>
        <source>Inputs (microphones):</source>
        <translation>Inputs (microphones):</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>headset</source>
        <translation>headset</translation>
    </message>
    <message>
        <source>Choice:</source>
        <translation>Choice:</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>Ringer</translation>
    </message>
    <message>
        <source>Also ring on</source>
        <translation>Also ring on</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(system default)</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>using %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>policy: %1</source>
        <translation>policy: %1</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(locked)</translation>
    </message>
    <message>
        <source>%1 locked at its default</source>
        <translation>%1 locked at its default</translation>
    </message>
    <message>
        <source>sound devices:</source>
        <translation>sound devices:</translation>
    </message>
    <message>
        <source>result: all checks passed</source>
        <translation>result: all checks passed</translation>
    </message>
    <message numerus="yes">
        <source>result: %n check(s) failed</source>
        <translation>
            <numerusform>result: %n check failed</numerusform>
            <numerusform>result: %n checks failed</numerusform>
        </translation>
    </message>
    <message>
        <source>no usable account (%1)</source>
        <translation>no usable account (%1)</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>none set up</translation>
    </message>
    <message>
        <source>the PBX did not answer the registration in time</source>
        <translation>the PBX did not answer the registration in time</translation>
    </message>
    <message>
        <source>registration failed: %1</source>
        <translation>registration failed: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FAILED: %1</translation>
    </message>
    <message>
        <source>cannot write the log file %1 (%2); logging to stderr only</source>
        <translation>cannot write the log file %1 (%2); logging to stderr only</translation>
    </message>
    <message>
        <source>cannot write the log file (%1); logging to stderr only</source>
        <translation>cannot write the log file (%1); logging to stderr only</translation>
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
        <translation>Agent console</translation>
    </message>
    <message>
        <source>Agent state icon</source>
        <translation>Agent state icon</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Connection status</translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation>Agent state</translation>
    </message>
    <message>
        <source>Set agent state</source>
        <translation>Set agent state</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Paused: %1</translation>
    </message>
    <message>
        <source>Queue control is not available with this account.</source>
        <translation>Queue control is not available with this account.</translation>
    </message>
    <message>
        <source>Wrap-up time left</source>
        <translation>Wrap-up time left</translation>
    </message>
    <message>
        <source>&amp;End wrap-up</source>
        <translation>&amp;End wrap-up</translation>
    </message>
    <message>
        <source>End wrap-up now</source>
        <translation>End wrap-up now</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Console pages</source>
        <translation>Console pages</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Queues</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Number to call</translation>
    </message>
    <message>
        <source>Number, extension or sip: address</source>
        <translation>Number, extension or sip: address</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Call</translation>
    </message>
    <message>
        <source>Call the number</source>
        <translation>Call the number</translation>
    </message>
    <message>
        <source>&amp;Redial</source>
        <translation>&amp;Redial</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>Call the last number again</translation>
    </message>
    <message>
        <source>Dial %1</source>
        <translation>Dial %1</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>No calls</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Callers waiting in the queue</source>
        <translation>Callers waiting in the queue</translation>
    </message>
    <message>
        <source>How long the longest-waiting caller has waited</source>
        <translation>How long the longest-waiting caller has waited</translation>
    </message>
    <message>
        <source>Agents available / agents logged in to the queue</source>
        <translation>Agents available / agents logged in to the queue</translation>
    </message>
    <message>
        <source>&amp;Video call</source>
        <translation>&amp;Video call</translation>
    </message>
    <message>
        <source>Video call to the number</source>
        <translation>Video call to the number</translation>
    </message>
    <message>
        <source>&amp;Dial pad</source>
        <translation>&amp;Dial pad</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>Dial pad</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Show the phone</source>
        <translation>Show the phone</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
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
        <translation>Wrap-up: %1 left</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>%1 of %2 agents available</source>
        <translation>%1 of %2 agents available</translation>
    </message>
    <message>
        <source>%1 (queue %2)</source>
        <translation>%1 (queue %2)</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>This link cannot be dialled: %1</source>
        <translation>This link cannot be dialled: %1</translation>
    </message>
    <message>
        <source>Call?</source>
        <translation>Call?</translation>
    </message>
    <message>
        <source>Call %1?</source>
        <translation>Call %1?</translation>
    </message>
    <message>
        <source>Confirm call to %1</source>
        <translation>Confirm call to %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Do not call</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation>Mute or unmute</translation>
    </message>
    <message>
        <source>Hold or resume</source>
        <translation>Hold or resume</translation>
    </message>
    <message>
        <source>Go to the number field</source>
        <translation>Go to the number field</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Redial</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message numerus="yes">
        <source>&amp;History (%n missed)</source>
        <translation>
            <numerusform>&amp;History (%n missed)</numerusform>
            <numerusform>&amp;History (%n missed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Softphone — %n missed call(s)</source>
        <translation>
            <numerusform>Softphone — %n missed call</numerusform>
            <numerusform>Softphone — %n missed calls</numerusform>
        </translation>
    </message>
    <message>
        <source>Softphone is still running</source>
        <translation>Softphone is still running</translation>
    </message>
    <message>
        <source>Calls still ring. Quit from the tray menu.</source>
        <translation>Calls still ring. Quit from the tray menu.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>No sound: the sound system cannot be used (%1). Calls connect, but you will not hear them. Start the sound system (PulseAudio or PipeWire) and restart the phone.</source>
        <translation>No sound: the sound system cannot be used (%1). Calls connect, but you will not hear them. Start the sound system (PulseAudio or PipeWire) and restart the phone.</translation>
    </message>
</context>
<context>
    <name>DeviceNotice</name>
    <message>
        <source>Microphone &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>Microphone &apos;%1&apos; is not available; using &apos;%2&apos; instead.</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>Speaker &apos;%1&apos; is not available; using &apos;%2&apos; instead.</translation>
    </message>
    <message>
        <source>Ringer &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>Ringer &apos;%1&apos; is not available; using &apos;%2&apos; instead.</translation>
    </message>
    <message>
        <source>Second ringer &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>Second ringer &apos;%1&apos; is not available; using &apos;%2&apos; instead.</translation>
    </message>
    <message>
        <source>Microphone &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>Microphone &apos;%1&apos; is not available; using the system default instead.</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>Speaker &apos;%1&apos; is not available; using the system default instead.</translation>
    </message>
    <message>
        <source>Ringer &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>Ringer &apos;%1&apos; is not available; using the system default instead.</translation>
    </message>
    <message>
        <source>Second ringer &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>Second ringer &apos;%1&apos; is not available; using the system default instead.</translation>
    </message>
    <message>
        <source>Microphone switched to &apos;%1&apos;.</source>
        <translation>Microphone switched to &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Speaker switched to &apos;%1&apos;.</source>
        <translation>Speaker switched to &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Microphone switched to the system default.</source>
        <translation>Microphone switched to the system default.</translation>
    </message>
    <message>
        <source>Speaker switched to the system default.</source>
        <translation>Speaker switched to the system default.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the default device: %1</source>
        <translation>Cannot open the default device: %1</translation>
    </message>
    <message>
        <source>Cannot open the microphone: %1</source>
        <translation>Cannot open the microphone: %1</translation>
    </message>
    <message>
        <source>Cannot open the speaker: %1</source>
        <translation>Cannot open the speaker: %1</translation>
    </message>
    <message>
        <source>Cannot ring on %1: %2</source>
        <translation>Cannot ring on %1: %2</translation>
    </message>
    <message>
        <source>Cannot ring on the default device: %1</source>
        <translation>Cannot ring on the default device: %1</translation>
    </message>
    <message>
        <source>%1: only 16-bit PCM WAV files are supported</source>
        <translation>%1: only 16-bit PCM WAV files are supported</translation>
    </message>
    <message>
        <source>%1: cannot read sound file (%2)</source>
        <translation>%1: cannot read sound file (%2)</translation>
    </message>
    <message>
        <source>%1: the sound file is empty</source>
        <translation>%1: the sound file is empty</translation>
    </message>
    <message>
        <source>%1; using the built-in ringtone.</source>
        <translation>%1; using the built-in ringtone.</translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <source>run again with --debug and send the log to support</source>
        <translation>run again with --debug and send the log to support</translation>
    </message>
    <message>
        <source>logging could not be set up (%1)</source>
        <translation>logging could not be set up (%1)</translation>
    </message>
    <message>
        <source>check the profile folder</source>
        <translation>check the profile folder</translation>
    </message>
    <message>
        <source>diagnose stopped early: %1: %2</source>
        <translation>diagnose stopped early: %1: %2</translation>
    </message>
    <message>
        <source>the %1 check stopped: %2: %3</source>
        <translation>the %1 check stopped: %2: %3</translation>
    </message>
    <message>
        <source>settings cannot be loaded: %1</source>
        <translation>settings cannot be loaded: %1</translation>
    </message>
    <message>
        <source>check the profile folder&apos;s permissions</source>
        <translation>check the profile folder&apos;s permissions</translation>
    </message>
    <message>
        <source>fix the IT policy (see installers/README.md)</source>
        <translation>fix the IT policy (see installers/README.md)</translation>
    </message>
    <message numerus="yes">
        <source>IT policy from %1: %n preset(s), locked: %2</source>
        <translation>
            <numerusform>IT policy from %1: %n preset, locked: %2</numerusform>
            <numerusform>IT policy from %1: %n presets, locked: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>no IT policy in force (all settings are the user&apos;s)</source>
        <translation>no IT policy in force (all settings are the user&apos;s)</translation>
    </message>
    <message>
        <source>check with `softphone config list`</source>
        <translation>check with `softphone config list`</translation>
    </message>
    <message>
        <source>settings file %1</source>
        <translation>settings file %1</translation>
    </message>
    <message>
        <source>this build cannot list sound devices</source>
        <translation>this build cannot list sound devices</translation>
    </message>
    <message>
        <source>update the phone</source>
        <translation>update the phone</translation>
    </message>
    <message>
        <source>no sound server or sound devices (%1); calls will have no sound</source>
        <translation>no sound server or sound devices (%1); calls will have no sound</translation>
    </message>
    <message>
        <source>start PulseAudio/PipeWire in the user&apos;s session, or plug in a headset</source>
        <translation>start PulseAudio/PipeWire in the user&apos;s session, or plug in a headset</translation>
    </message>
    <message>
        <source>%1 microphone(s) and %2 speaker(s) found; calls need both</source>
        <translation>%1 microphone(s) and %2 speaker(s) found; calls need both</translation>
    </message>
    <message>
        <source>plug in a headset or check the sound server</source>
        <translation>plug in a headset or check the sound server</translation>
    </message>
    <message>
        <source>%1 input and %2 output device(s)</source>
        <translation>%1 input and %2 output device(s)</translation>
    </message>
    <message>
        <source>engine unavailable: %1</source>
        <translation>engine unavailable: %1</translation>
    </message>
    <message>
        <source>reinstall the phone; the pjsua2 native library is missing or broken</source>
        <translation>reinstall the phone; the pjsua2 native library is missing or broken</translation>
    </message>
    <message>
        <source>the engine is not available</source>
        <translation>the engine is not available</translation>
    </message>
    <message>
        <source>the SIP engine failed to start: %1</source>
        <translation>the SIP engine failed to start: %1</translation>
    </message>
    <message>
        <source>check that no firewall or policy blocks local UDP/TCP sockets; run with --debug for the log</source>
        <translation>check that no firewall or policy blocks local UDP/TCP sockets; run with --debug for the log</translation>
    </message>
    <message>
        <source>the engine did not start</source>
        <translation>the engine did not start</translation>
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
        <source>%1 started in %2 ms; codecs %3; TLS %4; SRTP %5</source>
        <translation>%1 started in %2 ms; codecs %3; TLS %4; SRTP %5</translation>
    </message>
    <message>
        <source>the engine did not stop within %1 s</source>
        <translation>the engine did not stop within %1 s</translation>
    </message>
    <message>
        <source>skipped (--no-register)</source>
        <translation>skipped (--no-register)</translation>
    </message>
    <message>
        <source>settings could not be loaded</source>
        <translation>settings could not be loaded</translation>
    </message>
    <message>
        <source>no account is set up</source>
        <translation>no account is set up</translation>
    </message>
    <message>
        <source>sign in with `softphone login` (or IT presets the account by policy)</source>
        <translation>sign in with `softphone login` (or IT presets the account by policy)</translation>
    </message>
    <message>
        <source>account %1 has no stored password (%2)</source>
        <translation>account %1 has no stored password (%2)</translation>
    </message>
    <message>
        <source>sign in again with `softphone login` or `softphone account set --password-stdin`</source>
        <translation>sign in again with `softphone login` or `softphone account set --password-stdin`</translation>
    </message>
    <message>
        <source>%1 registered at %2</source>
        <translation>%1 registered at %2</translation>
    </message>
    <message>
        <source>%1 did not register at %2: %3</source>
        <translation>%1 did not register at %2: %3</translation>
    </message>
    <message>
        <source>the SIP password was refused: sign in again (`softphone login`) or ask IT to check the extension</source>
        <translation>the SIP password was refused: sign in again (`softphone login`) or ask IT to check the extension</translation>
    </message>
    <message>
        <source>the extension is unknown to the phone server: ask IT</source>
        <translation>the extension is unknown to the phone server: ask IT</translation>
    </message>
    <message>
        <source>the phone server did not answer: check sip.registrar, sip.transport and sip.port, and that the firewall lets SIP through</source>
        <translation>the phone server did not answer: check sip.registrar, sip.transport and sip.port, and that the firewall lets SIP through</translation>
    </message>
    <message>
        <source>ask IT to check the phone server&apos;s log for this extension</source>
        <translation>ask IT to check the phone server&apos;s log for this extension</translation>
    </message>
    <message>
        <source>no chat server set (server_url); manual SIP account only</source>
        <translation>no chat server set (server_url); manual SIP account only</translation>
    </message>
    <message>
        <source>the chat-server probe is unavailable (%1)</source>
        <translation>the chat-server probe is unavailable (%1)</translation>
    </message>
    <message>
        <source>reinstall the phone</source>
        <translation>reinstall the phone</translation>
    </message>
    <message>
        <source>%1 %2%3 in %4 ms</source>
        <translation>%1 %2%3 in %4 ms</translation>
    </message>
    <message>
        <source>chat server %1 not reachable: %2</source>
        <translation>chat server %1 not reachable: %2</translation>
    </message>
    <message>
        <source>check server_url, the network path (proxy, firewall) and the server&apos;s certificate</source>
        <translation>check server_url, the network path (proxy, firewall) and the server&apos;s certificate</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Call history</source>
        <translation>Call history</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Call history list</source>
        <translation>Call history list</translation>
    </message>
    <message>
        <source>&amp;Call back</source>
        <translation>&amp;Call back</translation>
    </message>
    <message>
        <source>Call back the selected number</source>
        <translation>Call back the selected number</translation>
    </message>
</context>
<context>
    <name>IncomingCallPopup</name>
    <message>
        <source>Incoming call — %1</source>
        <translation>Incoming call — %1</translation>
    </message>
    <message>
        <source>Second incoming call</source>
        <translation>Second incoming call</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Queue: %1</translation>
    </message>
    <message>
        <source>Direct call</source>
        <translation>Direct call</translation>
    </message>
    <message>
        <source>Enter answers, Escape declines.</source>
        <translation>Enter answers, Escape declines.</translation>
    </message>
    <message>
        <source>Answer with &amp;video</source>
        <translation>Answer with &amp;video</translation>
    </message>
    <message>
        <source>Answer call from %1 with video</source>
        <translation>Answer call from %1 with video</translation>
    </message>
    <message>
        <source>Answer &amp;audio only</source>
        <translation>Answer &amp;audio only</translation>
    </message>
    <message>
        <source>Answer call from %1 without video</source>
        <translation>Answer call from %1 without video</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <source>Answer call from %1</source>
        <translation>Answer call from %1</translation>
    </message>
    <message>
        <source>Answer with video</source>
        <translation>Answer with video</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Decline</translation>
    </message>
    <message>
        <source>Decline call from %1</source>
        <translation>Decline call from %1</translation>
    </message>
    <message>
        <source>%1 is calling from queue %2.</source>
        <translation>%1 is calling from queue %2.</translation>
    </message>
    <message>
        <source>%1 is calling.</source>
        <translation>%1 is calling.</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Incoming call from %1</translation>
    </message>
</context>
<context>
    <name>SessionOnlyBadge</name>
    <message>
        <source>Signed in for this session only</source>
        <translation>Signed in for this session only</translation>
    </message>
    <message>
        <source>No secure keyring is available: your sign-in is kept in memory and forgotten when you quit the phone.</source>
        <translation>No secure keyring is available: your sign-in is kept in memory and forgotten when you quit the phone.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <source>&amp;Audio</source>
        <translation>&amp;Audio</translation>
    </message>
    <message>
        <source>&amp;Calls and queues</source>
        <translation>&amp;Calls and queues</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connection</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Managed by your organization</source>
        <translation>Managed by your organization</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Microphone level</translation>
    </message>
    <message>
        <source>Test the microphone: record three seconds, then play them back</source>
        <translation>Test the microphone: record three seconds, then play them back</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Play a test tone on the speaker or headset</source>
        <translation>Play a test tone on the speaker or headset</translation>
    </message>
    <message>
        <source>Play a test tone on the ringing device</source>
        <translation>Play a test tone on the ringing device</translation>
    </message>
    <message>
        <source>Play a test tone on the other ringing device</source>
        <translation>Play a test tone on the other ringing device</translation>
    </message>
    <message>
        <source>Audio test result</source>
        <translation>Audio test result</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>&amp;Video</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Camera preview</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <source>Camera notice</source>
        <translation>Camera notice</translation>
    </message>
    <message>
        <source>When the PBX asks (intercom)</source>
        <translation>When the PBX asks (intercom)</translation>
    </message>
    <message>
        <source>First camera</source>
        <translation>First camera</translation>
    </message>
    <message>
        <source>Test pattern (no camera)</source>
        <translation>Test pattern (no camera)</translation>
    </message>
    <message>
        <source>No camera was found: calls send a test pattern instead.</source>
        <translation>No camera was found: calls send a test pattern instead.</translation>
    </message>
    <message>
        <source>The camera cannot be used (%1): calls send a test pattern instead.</source>
        <translation>The camera cannot be used (%1): calls send a test pattern instead.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>The sound device cannot be used: %1</source>
        <translation>The sound device cannot be used: %1</translation>
    </message>
    <message>
        <source>Playing a test tone…</source>
        <translation>Playing a test tone…</translation>
    </message>
    <message>
        <source>Test tone played. Did you hear it?</source>
        <translation>Test tone played. Did you hear it?</translation>
    </message>
    <message>
        <source>Speak now: recording three seconds, then playing them back…</source>
        <translation>Speak now: recording three seconds, then playing them back…</translation>
    </message>
    <message>
        <source>The microphone works (loudest: %1 dB).</source>
        <translation>The microphone works (loudest: %1 dB).</translation>
    </message>
    <message>
        <source>Nothing was heard from this microphone. Check that it is plugged in and not muted.</source>
        <translation>Nothing was heard from this microphone. Check that it is plugged in and not muted.</translation>
    </message>
    <message>
        <source>No sound devices were reported; the system default is used.</source>
        <translation>No sound devices were reported; the system default is used.</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>&amp;Speaker or headset:</source>
        <translation>&amp;Speaker or headset:</translation>
    </message>
    <message>
        <source>Speaker or headset</source>
        <translation>Speaker or headset</translation>
    </message>
    <message>
        <source>&amp;Ring on:</source>
        <translation>&amp;Ring on:</translation>
    </message>
    <message>
        <source>Ring on</source>
        <translation>Ring on</translation>
    </message>
    <message>
        <source>&amp;Also ring on:</source>
        <translation>&amp;Also ring on:</translation>
    </message>
    <message>
        <source>Also ring on</source>
        <translation>Also ring on</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>C&amp;amera:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Answer calls that offer video &amp;with video</source>
        <translation>Answer calls that offer video &amp;with video</translation>
    </message>
    <message>
        <source>Test recor&amp;ding</source>
        <translation>Test recor&amp;ding</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>Nothing else</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>All calls</translation>
    </message>
    <message>
        <source>Queue calls only</source>
        <translation>Queue calls only</translation>
    </message>
    <message>
        <source>Auto-&amp;answer:</source>
        <translation>Auto-&amp;answer:</translation>
    </message>
    <message>
        <source>Auto-answer</source>
        <translation>Auto-answer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Auto-answer &amp;delay:</source>
        <translation>Auto-answer &amp;delay:</translation>
    </message>
    <message>
        <source>Auto-answer delay in seconds</source>
        <translation>Auto-answer delay in seconds</translation>
    </message>
    <message>
        <source>&amp;Wrap-up time:</source>
        <translation>&amp;Wrap-up time:</translation>
    </message>
    <message>
        <source>Wrap-up time in seconds</source>
        <translation>Wrap-up time in seconds</translation>
    </message>
    <message>
        <source>one per line: code=label, e.g. 1=break</source>
        <translation>one per line: code=label, e.g. 1=break</translation>
    </message>
    <message>
        <source>&amp;Pause reasons:</source>
        <translation>&amp;Pause reasons:</translation>
    </message>
    <message>
        <source>Pause reasons</source>
        <translation>Pause reasons</translation>
    </message>
    <message>
        <source>Log in:</source>
        <translation>Log in:</translation>
    </message>
    <message>
        <source>Log out:</source>
        <translation>Log out:</translation>
    </message>
    <message>
        <source>Pause:</source>
        <translation>Pause:</translation>
    </message>
    <message>
        <source>Resume:</source>
        <translation>Resume:</translation>
    </message>
    <message>
        <source>Feature code to %1</source>
        <translation>Feature code to %1</translation>
    </message>
    <message>
        <source>&amp;Queue feature codes:</source>
        <translation>&amp;Queue feature codes:</translation>
    </message>
    <message>
        <source>Queue feature codes</source>
        <translation>Queue feature codes</translation>
    </message>
    <message>
        <source>TLS (encrypted)</source>
        <translation>TLS (encrypted)</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>SIP transport</source>
        <translation>SIP transport</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Registrar port</source>
        <translation>Registrar port</translation>
    </message>
    <message>
        <source>&amp;Codecs (in order):</source>
        <translation>&amp;Codecs (in order):</translation>
    </message>
    <message>
        <source>Audio codecs in order of preference</source>
        <translation>Audio codecs in order of preference</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>Start &amp;minimized to the tray</translation>
    </message>
    <message>
        <source>Start when I &amp;sign in to the computer</source>
        <translation>Start when I &amp;sign in to the computer</translation>
    </message>
    <message>
        <source>Closing the window keeps the phone &amp;running</source>
        <translation>Closing the window keeps the phone &amp;running</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in — Softphone</source>
        <translation>Sign in — Softphone</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Sign-in message</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;Use your chat-server account to set up the phone.</source>
        <translation>&lt;h2&gt;Sign in&lt;/h2&gt;Use your chat-server account to set up the phone.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Managed by your organization</source>
        <translation>Managed by your organization</translation>
    </message>
    <message>
        <source>Server address is managed by your organization</source>
        <translation>Server address is managed by your organization</translation>
    </message>
    <message>
        <source>Username or e-mail</source>
        <translation>Username or e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Advanced: &amp;manual SIP account…</source>
        <translation>Advanced: &amp;manual SIP account…</translation>
    </message>
    <message>
        <source>Advanced: manual SIP account</source>
        <translation>Advanced: manual SIP account</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;Username or e-mail:</source>
        <translation>&amp;Username or e-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Two-factor code</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Verify code</source>
        <translation>Verify code</translation>
    </message>
    <message>
        <source>Send a new e-mail &amp;code</source>
        <translation>Send a new e-mail &amp;code</translation>
    </message>
    <message>
        <source>Send a new e-mail code</source>
        <translation>Send a new e-mail code</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Back to sign-in</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>SIP address</source>
        <translation>SIP address</translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation>SIP password</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Registrar host</source>
        <translation>Registrar host</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Use this account</source>
        <translation>&amp;Use this account</translation>
    </message>
    <message>
        <source>Use this account</source>
        <translation>Use this account</translation>
    </message>
    <message>
        <source>SIP &amp;address:</source>
        <translation>SIP &amp;address:</translation>
    </message>
    <message>
        <source>SIP pass&amp;word:</source>
        <translation>SIP pass&amp;word:</translation>
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
        <translation>Enter the address of your chat server, e.g. https://chat.example.com.</translation>
    </message>
    <message>
        <source>Enter your username (or e-mail) and your password.</source>
        <translation>Enter your username (or e-mail) and your password.</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>Enter the code.</translation>
    </message>
    <message>
        <source>Enter the SIP address as sip:USER@DOMAIN.</source>
        <translation>Enter the SIP address as sip:USER@DOMAIN.</translation>
    </message>
    <message>
        <source>Enter the SIP password.</source>
        <translation>Enter the SIP password.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <source>A new code is on its way. Check your e-mail.</source>
        <translation>A new code is on its way. Check your e-mail.</translation>
    </message>
    <message>
        <source>We sent a code to the e-mail address of %1. Enter it here.</source>
        <translation>We sent a code to the e-mail address of %1. Enter it here.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Enter the code from your authenticator app.</translation>
    </message>
    <message>
        <source>That code was not accepted. Check it and try again.</source>
        <translation>That code was not accepted. Check it and try again.</translation>
    </message>
    <message>
        <source>The username or password is not right. Check them and try again.</source>
        <translation>The username or password is not right. Check them and try again.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Wait a few minutes, then sign in again.</source>
        <translation>Too many wrong codes. Wait a few minutes, then sign in again.</translation>
    </message>
    <message>
        <source>The server asks us to slow down. Try again in a minute.</source>
        <translation>The server asks us to slow down. Try again in a minute.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network.</source>
        <translation>The server cannot be reached. Check the address and your network.</translation>
    </message>
    <message>
        <source>That server name cannot be found. Check the address.</source>
        <translation>That server name cannot be found. Check the address.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>The server did not answer in time. Try again.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted. Ask your IT department.</source>
        <translation>The server&apos;s certificate cannot be trusted. Ask your IT department.</translation>
    </message>
    <message>
        <source>That is not a valid server address. It looks like https://chat.example.com.</source>
        <translation>That is not a valid server address. It looks like https://chat.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>The address must start with https://.</translation>
    </message>
    <message>
        <source>Your account has no phone extension yet. Ask your administrator.</source>
        <translation>Your account has no phone extension yet. Ask your administrator.</translation>
    </message>
    <message>
        <source>Phone calls are switched off on this server. Ask your administrator.</source>
        <translation>Phone calls are switched off on this server. Ask your administrator.</translation>
    </message>
    <message>
        <source>The password could not be stored in your system&apos;s keyring. Unlock it and try again.</source>
        <translation>The password could not be stored in your system&apos;s keyring. Unlock it and try again.</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>Signing in failed.</translation>
    </message>
    <message>
        <source>No phone account after sign-in.</source>
        <translation>No phone account after sign-in.</translation>
    </message>
    <message>
        <source>&amp;Keep signed in for this session only</source>
        <translation>&amp;Keep signed in for this session only</translation>
    </message>
    <message>
        <source>Keep signed in for this session only</source>
        <translation>Keep signed in for this session only</translation>
    </message>
    <message>
        <source>Nothing is saved: you sign in again after quitting the phone.</source>
        <translation>Nothing is saved: you sign in again after quitting the phone.</translation>
    </message>
    <message>
        <source>Signed in for this session only.</source>
        <translation>Signed in for this session only.</translation>
    </message>
    <message>
        <source>There is no secure keyring on this computer, so the phone will not save your sign-in. You can keep it for this session only: it is forgotten when you quit.</source>
        <translation>There is no secure keyring on this computer, so the phone will not save your sign-in. You can keep it for this session only: it is forgotten when you quit.</translation>
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
        <translation>Available</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringing</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>On a call</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Connection failed</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <source>Ringing at the other end</source>
        <translation>Ringing at the other end</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Declined by the other party</source>
        <translation>Declined by the other party</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translation>Number not found</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Quality: measuring…</source>
        <translation>Quality: measuring…</translation>
    </message>
    <message>
        <source>Quality: good</source>
        <translation>Quality: good</translation>
    </message>
    <message>
        <source>Quality: fair</source>
        <translation>Quality: fair</translation>
    </message>
    <message>
        <source>Quality: poor</source>
        <translation>Quality: poor</translation>
    </message>
    <message>
        <source>No phone account is set up. Sign in first.</source>
        <translation>No phone account is set up. Sign in first.</translation>
    </message>
    <message>
        <source>That is not a number or address that can be dialled.</source>
        <translation>That is not a number or address that can be dialled.</translation>
    </message>
    <message>
        <source>There is no call for that.</source>
        <translation>There is no call for that.</translation>
    </message>
    <message>
        <source>That is not possible in the call&apos;s current state.</source>
        <translation>That is not possible in the call&apos;s current state.</translation>
    </message>
    <message>
        <source>The transfer did not go through.</source>
        <translation>The transfer did not go through.</translation>
    </message>
    <message>
        <source>No sound came from the other side for too long, so the call was ended.</source>
        <translation>No sound came from the other side for too long, so the call was ended.</translation>
    </message>
    <message>
        <source>This call was set up without video, so video cannot be added. Call again as a video call.</source>
        <translation>This call was set up without video, so video cannot be added. Call again as a video call.</translation>
    </message>
</context>
</TS>
