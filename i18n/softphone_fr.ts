<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CallPanel</name>
    <message>
        <source>Call with %1</source>
        <translation>Appel avec %1</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>File : %1</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>État de l&apos;appel</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Durée de l&apos;appel</translation>
    </message>
    <message>
        <source>Call quality</source>
        <translation>Qualité de l&apos;appel</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Attente</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Muet</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Couper le micro</translation>
    </message>
    <message>
        <source>Hang &amp;up</source>
        <translation>Racc&amp;rocher</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Transfer to number</source>
        <translation>Transférer au numéro</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>Blind transfer</source>
        <translation>Transfert direct</translation>
    </message>
    <message>
        <source>Call to transfer to</source>
        <translation>Appel vers lequel transférer</translation>
    </message>
    <message>
        <source>&amp;Connect the two calls</source>
        <translation>&amp;Relier les deux appels</translation>
    </message>
    <message>
        <source>Attended transfer: connect this call to the other call</source>
        <translation>Transfert supervisé : relier cet appel à l&apos;autre appel</translation>
    </message>
    <message>
        <source>Send tone %1</source>
        <translation>Envoyer la tonalité %1</translation>
    </message>
    <message>
        <source>&amp;Keypad</source>
        <translation>&amp;Touches</translation>
    </message>
    <message>
        <source>Keypad for tones</source>
        <translation>Clavier des tonalités</translation>
    </message>
    <message>
        <source>Switch &amp;camera</source>
        <translation>Changer de &amp;caméra</translation>
    </message>
    <message>
        <source>Switch to the next camera</source>
        <translation>Passer à la caméra suivante</translation>
    </message>
    <message>
        <source>Video of %1</source>
        <translation>Vidéo de %1</translation>
    </message>
    <message>
        <source>Waiting for video…</source>
        <translation>En attente de la vidéo…</translation>
    </message>
    <message>
        <source>Video quality</source>
        <translation>Qualité vidéo</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>Mis en attente par l&apos;interlocuteur</translation>
    </message>
    <message>
        <source>Jitter %1 ms, packet loss %2 %, codec %3</source>
        <translation>Gigue %1 ms, perte de paquets %2 %, codec %3</translation>
    </message>
    <message>
        <source>&amp;Video off</source>
        <translation>Couper la &amp;vidéo</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>&amp;Vidéo</translation>
    </message>
    <message>
        <source>Turn video off</source>
        <translation>Couper la vidéo</translation>
    </message>
    <message>
        <source>Turn video on</source>
        <translation>Activer la vidéo</translation>
    </message>
    <message>
        <source>%1 fps, %2 kbit/s, loss %3 %</source>
        <translation>%1 i/s, %2 kbit/s, perte %3 %</translation>
    </message>
    <message>
        <source>Video: %1 frames received, %2 sent</source>
        <translation>Vidéo : %1 images reçues, %2 envoyées</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>Réactiver le &amp;micro</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>no display to show the window on (DISPLAY/WAYLAND_DISPLAY are not set). Use `softphone run --headless` for the phone without a window.</source>
        <translation>aucun écran pour afficher la fenêtre (DISPLAY/WAYLAND_DISPLAY ne sont pas définis). Utilisez `softphone run --headless` pour le téléphone sans fenêtre.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available in this build yet</source>
        <translation>« %1 » n&apos;est pas encore disponible dans cette version</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>nothing was stored. %1 (The window version can keep it for this session only.)</source>
        <translation>rien n&apos;a été enregistré. %1 (La version avec fenêtre peut le garder pour cette session seulement.)</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Saisissez le code à 6 chiffres de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>A sign-in code was e-mailed to you; enter it.</source>
        <translation>Un code de connexion vous a été envoyé par e-mail ; saisissez-le.</translation>
    </message>
    <message>
        <source>Enter the sign-in code from your e-mail (ask for a new one if it did not arrive).</source>
        <translation>Saisissez le code de connexion reçu par e-mail (demandez-en un nouveau s&apos;il n&apos;est pas arrivé).</translation>
    </message>
    <message>
        <source>The username/e-mail or password is wrong.</source>
        <translation>Le nom d&apos;utilisateur/e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>That code is wrong or has expired. Try again with a new code.</source>
        <translation>Ce code est erroné ou a expiré. Réessayez avec un nouveau code.</translation>
    </message>
    <message>
        <source>Too many wrong codes: sign-in is blocked for now. Wait a while and try again, or ask IT to unlock your account.</source>
        <translation>Trop de codes erronés : la connexion est bloquée pour l&apos;instant. Patientez un moment et réessayez, ou demandez à l&apos;informatique de débloquer votre compte.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Please sign in again.</source>
        <translation>Votre connexion a expiré ou a été révoquée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The chat server asks us to slow down. Try again in a minute.</source>
        <translation>Le serveur de chat demande de ralentir. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>No phone extension is assigned to your chat-server account. Ask IT.</source>
        <translation>Aucun poste n&apos;est attribué à votre compte du serveur de chat. Contactez l&apos;informatique.</translation>
    </message>
    <message>
        <source>Voice calls are turned off on this chat server. Ask IT.</source>
        <translation>Les appels vocaux sont désactivés sur ce serveur de chat. Contactez l&apos;informatique.</translation>
    </message>
    <message>
        <source>Phone calls need an enterprise licence on this chat server. Ask IT.</source>
        <translation>Les appels téléphoniques nécessitent une licence entreprise sur ce serveur de chat. Contactez l&apos;informatique.</translation>
    </message>
    <message>
        <source>The chat server cannot reach the phone system (PBX) right now. Try again later.</source>
        <translation>Le serveur de chat ne peut pas joindre l&apos;autocommutateur (PBX) pour l&apos;instant. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The chat-server address must start with https://.</source>
        <translation>L&apos;adresse du serveur de chat doit commencer par https://.</translation>
    </message>
    <message>
        <source>That is not a valid chat-server address.</source>
        <translation>Ce n&apos;est pas une adresse de serveur de chat valide.</translation>
    </message>
    <message>
        <source>The chat server&apos;s certificate cannot be trusted. Ask your IT department.</source>
        <translation>Le certificat du serveur de chat n&apos;est pas fiable. Contactez votre service informatique.</translation>
    </message>
    <message>
        <source>The chat server did not answer in time. Try again.</source>
        <translation>Le serveur de chat n&apos;a pas répondu à temps. Réessayez.</translation>
    </message>
    <message>
        <source>The chat server cannot be reached. Check the address and your network.</source>
        <translation>Le serveur de chat est injoignable. Vérifiez l&apos;adresse et votre réseau.</translation>
    </message>
    <message>
        <source>The chat-server name cannot be found. Check the address.</source>
        <translation>Le nom du serveur de chat est introuvable. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>plain http is switched off by your IT department (allow_http is locked).</source>
        <translation>le http non chiffré est désactivé par votre service informatique (allow_http est verrouillé).</translation>
    </message>
    <message>
        <source>the chat server is set by your IT department (%1) and cannot be changed.</source>
        <translation>le serveur de chat est défini par votre service informatique (%1) et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>no chat server is set: use --server https://chat.example.com</source>
        <translation>aucun serveur de chat défini : utilisez --server https://chat.example.com</translation>
    </message>
    <message>
        <source>the CA file is set by your IT department (ca_file is locked).</source>
        <translation>le fichier CA est défini par votre service informatique (ca_file est verrouillé).</translation>
    </message>
    <message>
        <source>The chat server asks us to wait %1 s before trying again...</source>
        <translation>Le serveur de chat demande d&apos;attendre %1 s avant de réessayer...</translation>
    </message>
    <message>
        <source>use either --password-stdin or --token-stdin, not both</source>
        <translation>utilisez --password-stdin ou --token-stdin, pas les deux</translation>
    </message>
    <message>
        <source>--token-stdin needs --user-id (personal access token sign-in)</source>
        <translation>--token-stdin nécessite --user-id (connexion par jeton d&apos;accès personnel)</translation>
    </message>
    <message>
        <source>Username or e-mail: </source>
        <translation>Nom d&apos;utilisateur ou e-mail : </translation>
    </message>
    <message>
        <source>--send-email-code needs --user</source>
        <translation>--send-email-code nécessite --user</translation>
    </message>
    <message>
        <source>If the account uses e-mail codes, a new code is on its way. Sign in with --totp CODE.</source>
        <translation>Si le compte utilise des codes par e-mail, un nouveau code est en route. Connectez-vous avec --totp CODE.</translation>
    </message>
    <message>
        <source>no personal access token on standard input</source>
        <translation>aucun jeton d&apos;accès personnel sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Personal access token: </source>
        <translation>Jeton d&apos;accès personnel : </translation>
    </message>
    <message>
        <source>personal access token sign-in needs --token-stdin</source>
        <translation>la connexion par jeton d&apos;accès personnel nécessite --token-stdin</translation>
    </message>
    <message>
        <source>--user is required (username or e-mail)</source>
        <translation>--user est obligatoire (nom d&apos;utilisateur ou e-mail)</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>aucun mot de passe sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <source>no terminal to ask for the password: use --password-stdin</source>
        <translation>aucun terminal pour demander le mot de passe : utilisez --password-stdin</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with a personal access token.</source>
        <translation>Connecté à %1 en tant que %2 avec un jeton d&apos;accès personnel.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Phone account %1 via %2 %3.</source>
        <translation>Compte téléphonique %1 via %2 %3.</translation>
    </message>
    <message>
        <source>Secrets are kept in %1.</source>
        <translation>Les secrets sont gardés dans %1.</translation>
    </message>
    <message>
        <source>Run again with --totp CODE (or --send-email-code for a new e-mail code).</source>
        <translation>Relancez avec --totp CODE (ou --send-email-code pour un nouveau code par e-mail).</translation>
    </message>
    <message>
        <source>Run again with --totp CODE.</source>
        <translation>Relancez avec --totp CODE.</translation>
    </message>
    <message>
        <source>Code (or &apos;r&apos; to e-mail a new one): </source>
        <translation>Code (ou « r » pour en recevoir un nouveau par e-mail) : </translation>
    </message>
    <message>
        <source>Code: </source>
        <translation>Code : </translation>
    </message>
    <message>
        <source>A new code was e-mailed.</source>
        <translation>Un nouveau code a été envoyé par e-mail.</translation>
    </message>
    <message>
        <source>Not signed in to a chat server.</source>
        <translation>Non connecté à un serveur de chat.</translation>
    </message>
    <message>
        <source>stored secrets could not be reached to delete them: %1</source>
        <translation>les secrets enregistrés sont inaccessibles pour les supprimer : %1</translation>
    </message>
    <message>
        <source>Signed out at the chat server.</source>
        <translation>Déconnecté du serveur de chat.</translation>
    </message>
    <message>
        <source>The sign-in had already ended at the server.</source>
        <translation>La connexion avait déjà pris fin sur le serveur.</translation>
    </message>
    <message>
        <source>the sign-in could not be revoked at the server (%1); it was removed here anyway.</source>
        <translation>la connexion n&apos;a pas pu être révoquée sur le serveur (%1) ; elle a quand même été supprimée ici.</translation>
    </message>
    <message>
        <source>Personal access token forgotten here (it stays valid at the server; revoke it in your profile).</source>
        <translation>Jeton d&apos;accès personnel oublié ici (il reste valide sur le serveur ; révoquez-le dans votre profil).</translation>
    </message>
    <message>
        <source>Secrets deleted; the phone account from the chat server was removed.</source>
        <translation>Secrets supprimés ; le compte téléphonique du serveur de chat a été retiré.</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>indisponible : %1</translation>
    </message>
    <message>
        <source>personal access token</source>
        <translation>jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>sign-in token</source>
        <translation>jeton de connexion</translation>
    </message>
    <message>
        <source>Chat server: %1 as %2 (%3 %4)</source>
        <translation>Serveur de chat : %1 en tant que %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Chat server: %1, not signed in</source>
        <translation>Serveur de chat : %1, non connecté</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Phone account: %1 (%2), registrar %3</source>
        <translation>Compte téléphonique : %1 (%2), serveur d&apos;enregistrement %3</translation>
    </message>
    <message>
        <source>SIP password: %1</source>
        <translation>Mot de passe SIP : %1</translation>
    </message>
    <message>
        <source>Phone account: none (run `softphone login` or `softphone account set`)</source>
        <translation>Compte téléphonique : aucun (lancez `softphone login` ou `softphone account set`)</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Secrets : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>IT policy: %1 (locked: %2)</source>
        <translation>Stratégie informatique : %1 (verrouillés : %2)</translation>
    </message>
    <message>
        <source>unknown: no keyring</source>
        <translation>inconnu : pas de trousseau</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>inconnu : %1</translation>
    </message>
    <message>
        <source>usage: softphone account set|show|clear</source>
        <translation>utilisation : softphone account set|show|clear</translation>
    </message>
    <message>
        <source>the phone account is set by your IT department and cannot be changed here.</source>
        <translation>le compte téléphonique est défini par votre service informatique et ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SIP address like sip:1001@pbx.example.com</source>
        <translation>« %1 » n&apos;est pas une adresse SIP comme sip:1001@pbx.example.com</translation>
    </message>
    <message>
        <source>--port must be from 0 to 65535</source>
        <translation>--port doit être compris entre 0 et 65535</translation>
    </message>
    <message>
        <source>%1 is set by your IT department (%2 = %3) and cannot be changed.</source>
        <translation>%1 est défini par votre service informatique (%2 = %3) et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>no SIP password on standard input</source>
        <translation>aucun mot de passe SIP sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>SIP password for %1 (empty = keep): </source>
        <translation>Mot de passe SIP de %1 (vide = conserver) : </translation>
    </message>
    <message>
        <source>no SIP password was given; set one with --password-stdin before starting the phone.</source>
        <translation>aucun mot de passe SIP fourni ; définissez-en un avec --password-stdin avant de démarrer le téléphone.</translation>
    </message>
    <message>
        <source>SIP password stored in %1.</source>
        <translation>Mot de passe SIP enregistré dans %1.</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>le trousseau</translation>
    </message>
    <message>
        <source>No phone account. Run `softphone login` or `softphone account set --sip-uri sip:USER@DOMAIN`.</source>
        <translation>Aucun compte téléphonique. Lancez `softphone login` ou `softphone account set --sip-uri sip:UTILISATEUR@DOMAINE`.</translation>
    </message>
    <message>
        <source>(managed by IT)</source>
        <translation>(géré par l&apos;informatique)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Registrar:</source>
        <translation>Serveur d&apos;enregistrement :</translation>
    </message>
    <message>
        <source>Auth user:</source>
        <translation>Utilisateur d&apos;authentification :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>SRTP:</source>
        <translation>SRTP :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>the phone account is set by your IT department and cannot be removed here.</source>
        <translation>le compte téléphonique est défini par votre service informatique et ne peut pas être supprimé ici.</translation>
    </message>
    <message>
        <source>No phone account to clear.</source>
        <translation>Aucun compte téléphonique à supprimer.</translation>
    </message>
    <message>
        <source>the stored password could not be reached to delete it: %1</source>
        <translation>le mot de passe enregistré est inaccessible pour le supprimer : %1</translation>
    </message>
    <message>
        <source>Phone account and its password removed.</source>
        <translation>Compte téléphonique et son mot de passe supprimés.</translation>
    </message>
    <message>
        <source>[managed by your organization]</source>
        <translation>[géré par votre organisation]</translation>
    </message>
    <message>
        <source>cannot list sound devices: %1</source>
        <translation>impossible de lister les périphériques audio : %1</translation>
    </message>
    <message>
        <source>Speaker test: cannot play the test tone: %1</source>
        <translation>Test du haut-parleur : impossible de jouer le son de test : %1</translation>
    </message>
    <message>
        <source>the default device</source>
        <translation>le périphérique par défaut</translation>
    </message>
    <message>
        <source>Speaker test: played a 1 kHz tone on %1.</source>
        <translation>Test du haut-parleur : son de 1 kHz joué sur %1.</translation>
    </message>
    <message>
        <source>Microphone &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>Le micro &apos;%1&apos; n&apos;est pas disponible ; on utilise %2 à la place.</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>Le haut-parleur &apos;%1&apos; n&apos;est pas disponible ; on utilise %2 à la place.</translation>
    </message>
    <message>
        <source>Ringer &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>La sonnerie &apos;%1&apos; n&apos;est pas disponible ; on utilise %2 à la place.</translation>
    </message>
    <message>
        <source>Second ringer &apos;%1&apos; is not available; using %2 instead.</source>
        <translation>La deuxième sonnerie &apos;%1&apos; n&apos;est pas disponible ; on utilise %2 à la place.</translation>
    </message>
    <message>
        <source>the system default</source>
        <translation>le périphérique par défaut du système</translation>
    </message>
    <message>
        <source>Outputs (speakers, headsets):</source>
        <translation>Sorties (haut-parleurs, casques) :</translation>
    </message>
    <message>
        <source>Inputs (microphones):</source>
        <translation>Entrées (micros) :</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>headset</source>
        <translation>casque</translation>
    </message>
    <message>
        <source>Choice:</source>
        <translation>Choix :</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Haut-parleur</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Also ring on</source>
        <translation>Sonner aussi sur</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(par défaut du système)</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>utilise %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>policy: %1</source>
        <translation>stratégie : %1</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(verrouillé)</translation>
    </message>
    <message>
        <source>%1 locked at its default</source>
        <translation>%1 verrouillé à sa valeur par défaut</translation>
    </message>
    <message>
        <source>sound devices:</source>
        <translation>périphériques audio :</translation>
    </message>
    <message>
        <source>result: all checks passed</source>
        <translation>résultat : toutes les vérifications ont réussi</translation>
    </message>
    <message numerus="yes">
        <source>result: %n check(s) failed</source>
        <translation>
            <numerusform>résultat : %n vérification a échoué</numerusform>
            <numerusform>résultat : %n vérifications ont échoué</numerusform>
        </translation>
    </message>
    <message>
        <source>no usable account (%1)</source>
        <translation>aucun compte utilisable (%1)</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>aucun configuré</translation>
    </message>
    <message>
        <source>the PBX did not answer the registration in time</source>
        <translation>l&apos;autocommutateur n&apos;a pas répondu à l&apos;enregistrement à temps</translation>
    </message>
    <message>
        <source>registration failed: %1</source>
        <translation>échec de l&apos;enregistrement : %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>ÉCHEC : %1</translation>
    </message>
    <message>
        <source>cannot write the log file %1 (%2); logging to stderr only</source>
        <translation>impossible d&apos;écrire le fichier journal %1 (%2) ; journal sur stderr uniquement</translation>
    </message>
    <message>
        <source>cannot write the log file (%1); logging to stderr only</source>
        <translation>impossible d&apos;écrire le fichier journal (%1) ; journal sur stderr uniquement</translation>
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
        <translation>Console de l&apos;agent</translation>
    </message>
    <message>
        <source>Agent state icon</source>
        <translation>Icône de l&apos;état de l&apos;agent</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation>État de l&apos;agent</translation>
    </message>
    <message>
        <source>Set agent state</source>
        <translation>Changer l&apos;état de l&apos;agent</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pause : %1</translation>
    </message>
    <message>
        <source>Queue control is not available with this account.</source>
        <translation>La gestion des files d&apos;attente n&apos;est pas disponible avec ce compte.</translation>
    </message>
    <message>
        <source>Wrap-up time left</source>
        <translation>Temps de post-appel restant</translation>
    </message>
    <message>
        <source>&amp;End wrap-up</source>
        <translation>&amp;Terminer le post-appel</translation>
    </message>
    <message>
        <source>End wrap-up now</source>
        <translation>Terminer le post-appel maintenant</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Console pages</source>
        <translation>Pages de la console</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Files d&apos;attente</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attente max.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Numéro à appeler</translation>
    </message>
    <message>
        <source>Number, extension or sip: address</source>
        <translation>Numéro, poste ou adresse sip:</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Appeler</translation>
    </message>
    <message>
        <source>Call the number</source>
        <translation>Appeler le numéro</translation>
    </message>
    <message>
        <source>&amp;Redial</source>
        <translation>&amp;Rappeler</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>Rappeler le dernier numéro</translation>
    </message>
    <message>
        <source>Dial %1</source>
        <translation>Composer %1</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Aucun appel</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Callers waiting in the queue</source>
        <translation>Appelants en attente dans la file</translation>
    </message>
    <message>
        <source>How long the longest-waiting caller has waited</source>
        <translation>Attente de l&apos;appelant qui attend depuis le plus longtemps</translation>
    </message>
    <message>
        <source>Agents available / agents logged in to the queue</source>
        <translation>Agents disponibles / agents connectés à la file</translation>
    </message>
    <message>
        <source>&amp;Video call</source>
        <translation>Appel &amp;vidéo</translation>
    </message>
    <message>
        <source>Video call to the number</source>
        <translation>Appel vidéo vers le numéro</translation>
    </message>
    <message>
        <source>&amp;Dial pad</source>
        <translation>C&amp;lavier</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>Clavier de numérotation</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Show the phone</source>
        <translation>Afficher le téléphone</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
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
        <translation>Post-appel : encore %1</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>%1 of %2 agents available</source>
        <translation>%1 agents disponibles sur %2</translation>
    </message>
    <message>
        <source>%1 (queue %2)</source>
        <translation>%1 (file %2)</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
    <message>
        <source>This link cannot be dialled: %1</source>
        <translation>Ce lien ne peut pas être composé : %1</translation>
    </message>
    <message>
        <source>Call?</source>
        <translation>Appeler ?</translation>
    </message>
    <message>
        <source>Call %1?</source>
        <translation>Appeler %1 ?</translation>
    </message>
    <message>
        <source>Confirm call to %1</source>
        <translation>Confirmer l&apos;appel vers %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Ne pas appeler</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation>Couper ou réactiver le micro</translation>
    </message>
    <message>
        <source>Hold or resume</source>
        <translation>Mettre en attente ou reprendre</translation>
    </message>
    <message>
        <source>Go to the number field</source>
        <translation>Aller au champ du numéro</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message numerus="yes">
        <source>&amp;History (%n missed)</source>
        <translation>
            <numerusform>&amp;Historique (%n manqué)</numerusform>
            <numerusform>&amp;Historique (%n manqués)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Softphone — %n missed call(s)</source>
        <translation>
            <numerusform>Softphone — %n appel manqué</numerusform>
            <numerusform>Softphone — %n appels manqués</numerusform>
        </translation>
    </message>
    <message>
        <source>Softphone is still running</source>
        <translation>Softphone est toujours actif</translation>
    </message>
    <message>
        <source>Calls still ring. Quit from the tray menu.</source>
        <translation>Les appels sonnent toujours. Quittez depuis le menu de la zone de notification.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>No sound: the sound system cannot be used (%1). Calls connect, but you will not hear them. Start the sound system (PulseAudio or PipeWire) and restart the phone.</source>
        <translation>Pas de son : le système audio est inutilisable (%1). Les appels se connectent, mais vous ne les entendrez pas. Démarrez le système audio (PulseAudio ou PipeWire) et redémarrez le téléphone.</translation>
    </message>
</context>
<context>
    <name>DeviceNotice</name>
    <message>
        <source>Microphone &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>Le micro &apos;%1&apos; n&apos;est pas disponible ; on utilise &apos;%2&apos; à la place.</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>Le haut-parleur &apos;%1&apos; n&apos;est pas disponible ; on utilise &apos;%2&apos; à la place.</translation>
    </message>
    <message>
        <source>Ringer &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>La sonnerie &apos;%1&apos; n&apos;est pas disponible ; on utilise &apos;%2&apos; à la place.</translation>
    </message>
    <message>
        <source>Second ringer &apos;%1&apos; is not available; using &apos;%2&apos; instead.</source>
        <translation>La deuxième sonnerie &apos;%1&apos; n&apos;est pas disponible ; on utilise &apos;%2&apos; à la place.</translation>
    </message>
    <message>
        <source>Microphone &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>Le micro &apos;%1&apos; n&apos;est pas disponible ; on utilise le périphérique par défaut du système à la place.</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>Le haut-parleur &apos;%1&apos; n&apos;est pas disponible ; on utilise le périphérique par défaut du système à la place.</translation>
    </message>
    <message>
        <source>Ringer &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>La sonnerie &apos;%1&apos; n&apos;est pas disponible ; on utilise le périphérique par défaut du système à la place.</translation>
    </message>
    <message>
        <source>Second ringer &apos;%1&apos; is not available; using the system default instead.</source>
        <translation>La deuxième sonnerie &apos;%1&apos; n&apos;est pas disponible ; on utilise le périphérique par défaut du système à la place.</translation>
    </message>
    <message>
        <source>Microphone switched to &apos;%1&apos;.</source>
        <translation>Micro basculé sur &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Speaker switched to &apos;%1&apos;.</source>
        <translation>Haut-parleur basculé sur &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Microphone switched to the system default.</source>
        <translation>Micro basculé sur le périphérique par défaut du système.</translation>
    </message>
    <message>
        <source>Speaker switched to the system default.</source>
        <translation>Haut-parleur basculé sur le périphérique par défaut du système.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open the default device: %1</source>
        <translation>Impossible d&apos;ouvrir le périphérique par défaut : %1</translation>
    </message>
    <message>
        <source>Cannot open the microphone: %1</source>
        <translation>Impossible d&apos;ouvrir le micro : %1</translation>
    </message>
    <message>
        <source>Cannot open the speaker: %1</source>
        <translation>Impossible d&apos;ouvrir le haut-parleur : %1</translation>
    </message>
    <message>
        <source>Cannot ring on %1: %2</source>
        <translation>Impossible de sonner sur %1 : %2</translation>
    </message>
    <message>
        <source>Cannot ring on the default device: %1</source>
        <translation>Impossible de sonner sur le périphérique par défaut : %1</translation>
    </message>
    <message>
        <source>%1: only 16-bit PCM WAV files are supported</source>
        <translation>%1 : seuls les fichiers WAV PCM 16 bits sont pris en charge</translation>
    </message>
    <message>
        <source>%1: cannot read sound file (%2)</source>
        <translation>%1 : impossible de lire le fichier son (%2)</translation>
    </message>
    <message>
        <source>%1: the sound file is empty</source>
        <translation>%1 : le fichier son est vide</translation>
    </message>
    <message>
        <source>%1; using the built-in ringtone.</source>
        <translation>%1 ; on utilise la sonnerie intégrée.</translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <source>run again with --debug and send the log to support</source>
        <translation>relancez avec --debug et envoyez le journal au support</translation>
    </message>
    <message>
        <source>logging could not be set up (%1)</source>
        <translation>impossible de configurer le journal (%1)</translation>
    </message>
    <message>
        <source>check the profile folder</source>
        <translation>vérifiez le dossier du profil</translation>
    </message>
    <message>
        <source>diagnose stopped early: %1: %2</source>
        <translation>le diagnostic s&apos;est arrêté trop tôt : %1 : %2</translation>
    </message>
    <message>
        <source>the %1 check stopped: %2: %3</source>
        <translation>la vérification %1 s&apos;est arrêtée : %2 : %3</translation>
    </message>
    <message>
        <source>settings cannot be loaded: %1</source>
        <translation>impossible de charger les réglages : %1</translation>
    </message>
    <message>
        <source>check the profile folder&apos;s permissions</source>
        <translation>vérifiez les droits du dossier du profil</translation>
    </message>
    <message>
        <source>fix the IT policy (see installers/README.md)</source>
        <translation>corrigez la stratégie informatique (voir installers/README.md)</translation>
    </message>
    <message numerus="yes">
        <source>IT policy from %1: %n preset(s), locked: %2</source>
        <translation>
            <numerusform>stratégie informatique de %1 : %n préréglage, verrouillés : %2</numerusform>
            <numerusform>stratégie informatique de %1 : %n préréglages, verrouillés : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no IT policy in force (all settings are the user&apos;s)</source>
        <translation>aucune stratégie informatique en vigueur (tous les réglages sont ceux de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>check with `softphone config list`</source>
        <translation>vérifiez avec `softphone config list`</translation>
    </message>
    <message>
        <source>settings file %1</source>
        <translation>fichier de réglages %1</translation>
    </message>
    <message>
        <source>this build cannot list sound devices</source>
        <translation>cette version ne peut pas lister les périphériques audio</translation>
    </message>
    <message>
        <source>update the phone</source>
        <translation>mettez à jour le téléphone</translation>
    </message>
    <message>
        <source>no sound server or sound devices (%1); calls will have no sound</source>
        <translation>aucun serveur son ni périphérique audio (%1) ; les appels n&apos;auront pas de son</translation>
    </message>
    <message>
        <source>start PulseAudio/PipeWire in the user&apos;s session, or plug in a headset</source>
        <translation>démarrez PulseAudio/PipeWire dans la session de l&apos;utilisateur ou branchez un casque</translation>
    </message>
    <message>
        <source>%1 microphone(s) and %2 speaker(s) found; calls need both</source>
        <translation>micros : %1, haut-parleurs : %2 ; les appels ont besoin des deux</translation>
    </message>
    <message>
        <source>plug in a headset or check the sound server</source>
        <translation>branchez un casque ou vérifiez le serveur son</translation>
    </message>
    <message>
        <source>%1 input and %2 output device(s)</source>
        <translation>périphériques d&apos;entrée : %1, de sortie : %2</translation>
    </message>
    <message>
        <source>engine unavailable: %1</source>
        <translation>moteur indisponible : %1</translation>
    </message>
    <message>
        <source>reinstall the phone; the pjsua2 native library is missing or broken</source>
        <translation>réinstallez le téléphone ; la bibliothèque native pjsua2 manque ou est endommagée</translation>
    </message>
    <message>
        <source>the engine is not available</source>
        <translation>le moteur n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>the SIP engine failed to start: %1</source>
        <translation>le moteur SIP n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>check that no firewall or policy blocks local UDP/TCP sockets; run with --debug for the log</source>
        <translation>vérifiez qu&apos;aucun pare-feu ni stratégie ne bloque les sockets UDP/TCP locaux ; lancez avec --debug pour le journal</translation>
    </message>
    <message>
        <source>the engine did not start</source>
        <translation>le moteur n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 started in %2 ms; codecs %3; TLS %4; SRTP %5</source>
        <translation>%1 démarré en %2 ms ; codecs %3 ; TLS %4 ; SRTP %5</translation>
    </message>
    <message>
        <source>the engine did not stop within %1 s</source>
        <translation>le moteur ne s&apos;est pas arrêté en %1 s</translation>
    </message>
    <message>
        <source>skipped (--no-register)</source>
        <translation>ignoré (--no-register)</translation>
    </message>
    <message>
        <source>settings could not be loaded</source>
        <translation>les réglages n&apos;ont pas pu être chargés</translation>
    </message>
    <message>
        <source>no account is set up</source>
        <translation>aucun compte n&apos;est configuré</translation>
    </message>
    <message>
        <source>sign in with `softphone login` (or IT presets the account by policy)</source>
        <translation>connectez-vous avec `softphone login` (ou l&apos;informatique prédéfinit le compte par stratégie)</translation>
    </message>
    <message>
        <source>account %1 has no stored password (%2)</source>
        <translation>le compte %1 n&apos;a pas de mot de passe enregistré (%2)</translation>
    </message>
    <message>
        <source>sign in again with `softphone login` or `softphone account set --password-stdin`</source>
        <translation>reconnectez-vous avec `softphone login` ou `softphone account set --password-stdin`</translation>
    </message>
    <message>
        <source>%1 registered at %2</source>
        <translation>%1 enregistré auprès de %2</translation>
    </message>
    <message>
        <source>%1 did not register at %2: %3</source>
        <translation>%1 ne s&apos;est pas enregistré auprès de %2 : %3</translation>
    </message>
    <message>
        <source>the SIP password was refused: sign in again (`softphone login`) or ask IT to check the extension</source>
        <translation>le mot de passe SIP a été refusé : reconnectez-vous (`softphone login`) ou demandez à l&apos;informatique de vérifier le poste</translation>
    </message>
    <message>
        <source>the extension is unknown to the phone server: ask IT</source>
        <translation>le serveur téléphonique ne connaît pas le poste : contactez l&apos;informatique</translation>
    </message>
    <message>
        <source>the phone server did not answer: check sip.registrar, sip.transport and sip.port, and that the firewall lets SIP through</source>
        <translation>le serveur téléphonique n&apos;a pas répondu : vérifiez sip.registrar, sip.transport et sip.port, et que le pare-feu laisse passer SIP</translation>
    </message>
    <message>
        <source>ask IT to check the phone server&apos;s log for this extension</source>
        <translation>demandez à l&apos;informatique de vérifier le journal du serveur téléphonique pour ce poste</translation>
    </message>
    <message>
        <source>no chat server set (server_url); manual SIP account only</source>
        <translation>aucun serveur de chat défini (server_url) ; compte SIP manuel uniquement</translation>
    </message>
    <message>
        <source>the chat-server probe is unavailable (%1)</source>
        <translation>la vérification du serveur de chat est indisponible (%1)</translation>
    </message>
    <message>
        <source>reinstall the phone</source>
        <translation>réinstallez le téléphone</translation>
    </message>
    <message>
        <source>%1 %2%3 in %4 ms</source>
        <translation>%1 %2%3 en %4 ms</translation>
    </message>
    <message>
        <source>chat server %1 not reachable: %2</source>
        <translation>serveur de chat %1 injoignable : %2</translation>
    </message>
    <message>
        <source>check server_url, the network path (proxy, firewall) and the server&apos;s certificate</source>
        <translation>vérifiez server_url, le chemin réseau (proxy, pare-feu) et le certificat du serveur</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Call history list</source>
        <translation>Liste de l&apos;historique des appels</translation>
    </message>
    <message>
        <source>&amp;Call back</source>
        <translation>&amp;Rappeler</translation>
    </message>
    <message>
        <source>Call back the selected number</source>
        <translation>Rappeler le numéro sélectionné</translation>
    </message>
</context>
<context>
    <name>IncomingCallPopup</name>
    <message>
        <source>Incoming call — %1</source>
        <translation>Appel entrant — %1</translation>
    </message>
    <message>
        <source>Second incoming call</source>
        <translation>Deuxième appel entrant</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>File : %1</translation>
    </message>
    <message>
        <source>Direct call</source>
        <translation>Appel direct</translation>
    </message>
    <message>
        <source>Enter answers, Escape declines.</source>
        <translation>Entrée pour répondre, Échap pour refuser.</translation>
    </message>
    <message>
        <source>Answer with &amp;video</source>
        <translation>Répondre en &amp;vidéo</translation>
    </message>
    <message>
        <source>Answer call from %1 with video</source>
        <translation>Répondre à l’appel de %1 en vidéo</translation>
    </message>
    <message>
        <source>Answer &amp;audio only</source>
        <translation>Répondre en &amp;audio seul</translation>
    </message>
    <message>
        <source>Answer call from %1 without video</source>
        <translation>Répondre à l’appel de %1 sans vidéo</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Answer call from %1</source>
        <translation>Répondre à l&apos;appel de %1</translation>
    </message>
    <message>
        <source>Answer with video</source>
        <translation>Répondre en vidéo</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>Re&amp;fuser</translation>
    </message>
    <message>
        <source>Decline call from %1</source>
        <translation>Refuser l&apos;appel de %1</translation>
    </message>
    <message>
        <source>%1 is calling from queue %2.</source>
        <translation>%1 appelle depuis la file %2.</translation>
    </message>
    <message>
        <source>%1 is calling.</source>
        <translation>%1 appelle.</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Appel entrant de %1</translation>
    </message>
</context>
<context>
    <name>SessionOnlyBadge</name>
    <message>
        <source>Signed in for this session only</source>
        <translation>Connecté pour cette session seulement</translation>
    </message>
    <message>
        <source>No secure keyring is available: your sign-in is kept in memory and forgotten when you quit the phone.</source>
        <translation>Aucun trousseau sécurisé n&apos;est disponible : votre connexion est gardée en mémoire et oubliée quand vous quittez le téléphone.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>&amp;Audio</source>
        <translation>&amp;Audio</translation>
    </message>
    <message>
        <source>&amp;Calls and queues</source>
        <translation>Appels et &amp;files d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Managed by your organization</source>
        <translation>Géré par votre organisation</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du micro</translation>
    </message>
    <message>
        <source>Test the microphone: record three seconds, then play them back</source>
        <translation>Tester le micro : enregistrer trois secondes puis les réécouter</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Play a test tone on the speaker or headset</source>
        <translation>Jouer un son de test sur le haut-parleur ou le casque</translation>
    </message>
    <message>
        <source>Play a test tone on the ringing device</source>
        <translation>Jouer un son de test sur l&apos;appareil de sonnerie</translation>
    </message>
    <message>
        <source>Play a test tone on the other ringing device</source>
        <translation>Jouer un son de test sur l&apos;autre appareil de sonnerie</translation>
    </message>
    <message>
        <source>Audio test result</source>
        <translation>Résultat du test audio</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>&amp;Vidéo</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Camera notice</source>
        <translation>Avis sur la caméra</translation>
    </message>
    <message>
        <source>When the PBX asks (intercom)</source>
        <translation>Quand l&apos;autocommutateur le demande (interphone)</translation>
    </message>
    <message>
        <source>First camera</source>
        <translation>Première caméra</translation>
    </message>
    <message>
        <source>Test pattern (no camera)</source>
        <translation>Mire de test (pas de caméra)</translation>
    </message>
    <message>
        <source>No camera was found: calls send a test pattern instead.</source>
        <translation>Aucune caméra trouvée : les appels envoient une mire de test à la place.</translation>
    </message>
    <message>
        <source>The camera cannot be used (%1): calls send a test pattern instead.</source>
        <translation>La caméra ne peut pas être utilisée (%1) : les appels envoient une mire de test à la place.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>The sound device cannot be used: %1</source>
        <translation>Le périphérique audio est inutilisable : %1</translation>
    </message>
    <message>
        <source>Playing a test tone…</source>
        <translation>Lecture d&apos;un son de test…</translation>
    </message>
    <message>
        <source>Test tone played. Did you hear it?</source>
        <translation>Son de test joué. L&apos;avez-vous entendu ?</translation>
    </message>
    <message>
        <source>Speak now: recording three seconds, then playing them back…</source>
        <translation>Parlez maintenant : enregistrement de trois secondes, puis réécoute…</translation>
    </message>
    <message>
        <source>The microphone works (loudest: %1 dB).</source>
        <translation>Le micro fonctionne (crête : %1 dB).</translation>
    </message>
    <message>
        <source>Nothing was heard from this microphone. Check that it is plugged in and not muted.</source>
        <translation>Rien n&apos;a été entendu de ce micro. Vérifiez qu&apos;il est branché et pas coupé.</translation>
    </message>
    <message>
        <source>No sound devices were reported; the system default is used.</source>
        <translation>Aucun périphérique audio signalé ; celui par défaut du système est utilisé.</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone :</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>&amp;Speaker or headset:</source>
        <translation>Haut-&amp;parleur ou casque :</translation>
    </message>
    <message>
        <source>Speaker or headset</source>
        <translation>Haut-parleur ou casque</translation>
    </message>
    <message>
        <source>&amp;Ring on:</source>
        <translation>&amp;Sonner sur :</translation>
    </message>
    <message>
        <source>Ring on</source>
        <translation>Sonner sur</translation>
    </message>
    <message>
        <source>&amp;Also ring on:</source>
        <translation>Sonner &amp;aussi sur :</translation>
    </message>
    <message>
        <source>Also ring on</source>
        <translation>Sonner aussi sur</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>C&amp;améra :</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Answer calls that offer video &amp;with video</source>
        <translation>Répondre en vidéo aux appels &amp;qui proposent la vidéo</translation>
    </message>
    <message>
        <source>Test recor&amp;ding</source>
        <translation>Tester l&apos;en&amp;registrement</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>Rien d&apos;autre</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Tous les appels</translation>
    </message>
    <message>
        <source>Queue calls only</source>
        <translation>Appels de file uniquement</translation>
    </message>
    <message>
        <source>Auto-&amp;answer:</source>
        <translation>Réponse a&amp;utomatique :</translation>
    </message>
    <message>
        <source>Auto-answer</source>
        <translation>Réponse automatique</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Auto-answer &amp;delay:</source>
        <translation>&amp;Délai de réponse automatique :</translation>
    </message>
    <message>
        <source>Auto-answer delay in seconds</source>
        <translation>Délai de réponse automatique en secondes</translation>
    </message>
    <message>
        <source>&amp;Wrap-up time:</source>
        <translation>Durée du &amp;post-appel :</translation>
    </message>
    <message>
        <source>Wrap-up time in seconds</source>
        <translation>Durée du post-appel en secondes</translation>
    </message>
    <message>
        <source>one per line: code=label, e.g. 1=break</source>
        <translation>un par ligne : code=libellé, p. ex. 1=pause</translation>
    </message>
    <message>
        <source>&amp;Pause reasons:</source>
        <translation>Motifs de pa&amp;use :</translation>
    </message>
    <message>
        <source>Pause reasons</source>
        <translation>Motifs de pause</translation>
    </message>
    <message>
        <source>Log in:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Log out:</source>
        <translation>Déconnexion :</translation>
    </message>
    <message>
        <source>Pause:</source>
        <translation>Pause :</translation>
    </message>
    <message>
        <source>Resume:</source>
        <translation>Reprise :</translation>
    </message>
    <message>
        <source>Feature code to %1</source>
        <translation>Code de service pour %1</translation>
    </message>
    <message>
        <source>&amp;Queue feature codes:</source>
        <translation>Codes de service des &amp;files :</translation>
    </message>
    <message>
        <source>Queue feature codes</source>
        <translation>Codes de service des files</translation>
    </message>
    <message>
        <source>TLS (encrypted)</source>
        <translation>TLS (chiffré)</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport :</translation>
    </message>
    <message>
        <source>SIP transport</source>
        <translation>Transport SIP</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Registrar port</source>
        <translation>Port du serveur d&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Codecs (in order):</source>
        <translation>&amp;Codecs (dans l&apos;ordre) :</translation>
    </message>
    <message>
        <source>Audio codecs in order of preference</source>
        <translation>Codecs audio par ordre de préférence</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>Démarrer &amp;réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Start when I &amp;sign in to the computer</source>
        <translation>Démarrer à l&apos;&amp;ouverture de session</translation>
    </message>
    <message>
        <source>Closing the window keeps the phone &amp;running</source>
        <translation>Le téléphone &amp;reste actif après fermeture de la fenêtre</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in — Softphone</source>
        <translation>Connexion — Softphone</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;Use your chat-server account to set up the phone.</source>
        <translation>&lt;h2&gt;Connexion&lt;/h2&gt;Utilisez votre compte du serveur de chat pour configurer le téléphone.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Managed by your organization</source>
        <translation>Géré par votre organisation</translation>
    </message>
    <message>
        <source>Server address is managed by your organization</source>
        <translation>L&apos;adresse du serveur est gérée par votre organisation</translation>
    </message>
    <message>
        <source>Username or e-mail</source>
        <translation>Nom d&apos;utilisateur ou e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Advanced: &amp;manual SIP account…</source>
        <translation>Avancé : compte SIP &amp;manuel…</translation>
    </message>
    <message>
        <source>Advanced: manual SIP account</source>
        <translation>Avancé : compte SIP manuel</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>&amp;Username or e-mail:</source>
        <translation>Nom d&apos;&amp;utilisateur ou e-mail :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Code à deux facteurs</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verify code</source>
        <translation>Vérifier le code</translation>
    </message>
    <message>
        <source>Send a new e-mail &amp;code</source>
        <translation>Envoyer un nouveau &amp;code par e-mail</translation>
    </message>
    <message>
        <source>Send a new e-mail code</source>
        <translation>Envoyer un nouveau code par e-mail</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Retour à la connexion</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode :</translation>
    </message>
    <message>
        <source>SIP address</source>
        <translation>Adresse SIP</translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation>Mot de passe SIP</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Registrar host</source>
        <translation>Serveur d&apos;enregistrement</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Use this account</source>
        <translation>&amp;Utiliser ce compte</translation>
    </message>
    <message>
        <source>Use this account</source>
        <translation>Utiliser ce compte</translation>
    </message>
    <message>
        <source>SIP &amp;address:</source>
        <translation>&amp;Adresse SIP :</translation>
    </message>
    <message>
        <source>SIP pass&amp;word:</source>
        <translation>Mot de passe &amp;SIP :</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Registrar:</source>
        <translation>Serveur d&apos;en&amp;registrement :</translation>
    </message>
    <message>
        <source>Enter the address of your chat server, e.g. https://chat.example.com.</source>
        <translation>Saisissez l&apos;adresse de votre serveur de chat, p. ex. https://chat.example.com.</translation>
    </message>
    <message>
        <source>Enter your username (or e-mail) and your password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur (ou e-mail) et votre mot de passe.</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>Saisissez le code.</translation>
    </message>
    <message>
        <source>Enter the SIP address as sip:USER@DOMAIN.</source>
        <translation>Saisissez l&apos;adresse SIP sous la forme sip:UTILISATEUR@DOMAINE.</translation>
    </message>
    <message>
        <source>Enter the SIP password.</source>
        <translation>Saisissez le mot de passe SIP.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Un problème est survenu : %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>A new code is on its way. Check your e-mail.</source>
        <translation>Un nouveau code arrive. Consultez vos e-mails.</translation>
    </message>
    <message>
        <source>We sent a code to the e-mail address of %1. Enter it here.</source>
        <translation>Nous avons envoyé un code à l&apos;adresse e-mail de %1. Saisissez-le ici.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Saisissez le code de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>That code was not accepted. Check it and try again.</source>
        <translation>Ce code n&apos;a pas été accepté. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The username or password is not right. Check them and try again.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Wait a few minutes, then sign in again.</source>
        <translation>Trop de codes erronés. Patientez quelques minutes, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server asks us to slow down. Try again in a minute.</source>
        <translation>Le serveur demande de ralentir. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network.</source>
        <translation>Le serveur est injoignable. Vérifiez l&apos;adresse et votre réseau.</translation>
    </message>
    <message>
        <source>That server name cannot be found. Check the address.</source>
        <translation>Ce nom de serveur est introuvable. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted. Ask your IT department.</source>
        <translation>Le certificat du serveur n&apos;est pas fiable. Contactez votre service informatique.</translation>
    </message>
    <message>
        <source>That is not a valid server address. It looks like https://chat.example.com.</source>
        <translation>Ce n&apos;est pas une adresse de serveur valide. Elle ressemble à https://chat.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>L&apos;adresse doit commencer par https://.</translation>
    </message>
    <message>
        <source>Your account has no phone extension yet. Ask your administrator.</source>
        <translation>Votre compte n&apos;a pas encore de poste. Contactez votre administrateur.</translation>
    </message>
    <message>
        <source>Phone calls are switched off on this server. Ask your administrator.</source>
        <translation>Les appels téléphoniques sont désactivés sur ce serveur. Contactez votre administrateur.</translation>
    </message>
    <message>
        <source>The password could not be stored in your system&apos;s keyring. Unlock it and try again.</source>
        <translation>Impossible d&apos;enregistrer le mot de passe dans le trousseau du système. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>No phone account after sign-in.</source>
        <translation>Aucun compte téléphonique après la connexion.</translation>
    </message>
    <message>
        <source>&amp;Keep signed in for this session only</source>
        <translation>&amp;Rester connecté pour cette session seulement</translation>
    </message>
    <message>
        <source>Keep signed in for this session only</source>
        <translation>Rester connecté pour cette session seulement</translation>
    </message>
    <message>
        <source>Nothing is saved: you sign in again after quitting the phone.</source>
        <translation>Rien n&apos;est enregistré : vous vous reconnecterez après avoir quitté le téléphone.</translation>
    </message>
    <message>
        <source>Signed in for this session only.</source>
        <translation>Connecté pour cette session seulement.</translation>
    </message>
    <message>
        <source>There is no secure keyring on this computer, so the phone will not save your sign-in. You can keep it for this session only: it is forgotten when you quit.</source>
        <translation>Aucun trousseau sécurisé n&apos;est disponible sur cet ordinateur : le téléphone n&apos;enregistrera donc pas votre connexion. Vous pouvez la garder pour cette session seulement : elle sera oubliée quand vous quitterez.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>En appel</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Post-appel</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Appel en cours…</translation>
    </message>
    <message>
        <source>Ringing at the other end</source>
        <translation>Sonnerie chez le correspondant</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Declined by the other party</source>
        <translation>Refusé par le correspondant</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translation>Numéro introuvable</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Quality: measuring…</source>
        <translation>Qualité : mesure…</translation>
    </message>
    <message>
        <source>Quality: good</source>
        <translation>Qualité : bonne</translation>
    </message>
    <message>
        <source>Quality: fair</source>
        <translation>Qualité : moyenne</translation>
    </message>
    <message>
        <source>Quality: poor</source>
        <translation>Qualité : mauvaise</translation>
    </message>
    <message>
        <source>No phone account is set up. Sign in first.</source>
        <translation>Aucun compte téléphonique n&apos;est configuré. Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>That is not a number or address that can be dialled.</source>
        <translation>Ce n&apos;est pas un numéro ou une adresse que l&apos;on peut composer.</translation>
    </message>
    <message>
        <source>There is no call for that.</source>
        <translation>Il n&apos;y a pas d&apos;appel pour cela.</translation>
    </message>
    <message>
        <source>That is not possible in the call&apos;s current state.</source>
        <translation>Impossible dans l&apos;état actuel de l&apos;appel.</translation>
    </message>
    <message>
        <source>The transfer did not go through.</source>
        <translation>Le transfert n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>No sound came from the other side for too long, so the call was ended.</source>
        <translation>Aucun son n&apos;est venu de l&apos;autre côté pendant trop longtemps : l&apos;appel a été terminé.</translation>
    </message>
    <message>
        <source>This call was set up without video, so video cannot be added. Call again as a video call.</source>
        <translation>Cet appel a été établi sans vidéo : impossible d&apos;ajouter la vidéo. Rappelez en appel vidéo.</translation>
    </message>
</context>
</TS>
