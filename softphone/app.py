"""Composition root: parses the command line, builds the adapters, wires them to the core, and owns
start-up and shutdown order. Imports everything; imported by nothing but ``__main__``.

The subcommand bodies live in ``softphone.cli`` (part of this composition layer); each is imported
lazily so ``softphone --version`` never loads Qt or pjsua2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from softphone import __version__

DIAL_SCHEMES = ("sip:", "sips:", "tel:", "callto:")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="softphone",
        description="Desktop softphone for contact-center agents (Rocket.Chat Omnichannel + Asterisk).",
    )
    p.add_argument("--version", action="version", version=f"softphone {__version__}")
    p.add_argument(
        "--profile",
        metavar="DIR",
        help="keep config, history and logs in DIR (default: per-user folders; env SOFTPHONE_HOME)",
    )
    p.add_argument("--debug", action="store_true", help="verbose logging (secrets are never logged)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="start the phone (the GUI, or --headless for JSON lines)")
    run.add_argument("--headless", action="store_true", help="no window: JSON events out, commands in")
    run.add_argument("--minimized", action="store_true", help="start minimized to the tray")
    run.add_argument("uri", nargs="?", help="a sip:/tel: address to dial after confirmation")

    login = sub.add_parser("login", help="sign in to the chat server and fetch the SIP account")
    login.add_argument("--server", help="chat-server URL, e.g. https://chat.example.com")
    login.add_argument("--user", help="username or e-mail")
    login.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    login.add_argument("--totp", metavar="CODE", help="two-factor code (TOTP or e-mail)")
    login.add_argument("--user-id", help="personal access token sign-in: the user id")
    login.add_argument("--token-stdin", action="store_true", help="personal access token sign-in: token on stdin")
    login.add_argument("--allow-http", action="store_true", help="allow plain http (loopback/test servers only)")
    login.add_argument("--ca-file", help="verify the server's TLS certificate against this CA file")
    login.add_argument("--send-email-code", action="store_true", help="ask the server to e-mail a new code")

    sub.add_parser("logout", help="unregister, revoke the sign-in token, delete stored secrets")
    sub.add_parser("status", help="show the account, sign-in and registration state")

    acct = sub.add_parser("account", help="manual SIP account (plain Asterisk, no chat server)")
    acct_sub = acct.add_subparsers(dest="account_command", metavar="ACTION")
    aset = acct_sub.add_parser("set", help="set the manual account")
    aset.add_argument("--sip-uri", required=True, help="sip:USER@DOMAIN")
    aset.add_argument("--transport", choices=["udp", "tcp", "tls"], default=None, help="default: setting sip.transport")
    aset.add_argument("--port", type=int, default=None, help="default: setting sip.port")
    aset.add_argument("--registrar", default="", help="registrar host if not the URI's domain")
    aset.add_argument("--auth-user", default="")
    aset.add_argument("--display-name", default="")
    aset.add_argument("--srtp", choices=["off", "optional", "mandatory"], default=None)
    aset.add_argument("--ca-file", default="")
    aset.add_argument("--password-stdin", action="store_true", help="read the SIP password from stdin")
    acct_sub.add_parser("show", help="show the account (never the password)")
    acct_sub.add_parser("clear", help="forget the manual account and its password")

    cfg = sub.add_parser("config", help="show or change settings (IT-locked settings cannot be changed)")
    cfg_sub = cfg.add_subparsers(dest="config_command", metavar="ACTION")
    cfg_list = cfg_sub.add_parser("list", help="every setting with its value and where it comes from")
    cfg_list.add_argument("--json", action="store_true")
    cfg_get = cfg_sub.add_parser("get", help="one setting's value")
    cfg_get.add_argument("name")
    cfg_set = cfg_sub.add_parser("set", help="change a setting (lists and objects as JSON)")
    cfg_set.add_argument("name")
    cfg_set.add_argument("value")
    cfg_reset = cfg_sub.add_parser("reset", help="back to the default or the IT preset")
    cfg_reset.add_argument("name")

    dev = sub.add_parser("devices", help="list sound devices and the current choice")
    dev.add_argument("--json", action="store_true")
    dev.add_argument("--test-speaker", action="store_true", help="play a test tone on the chosen speaker")

    call = sub.add_parser("call", help="place a call with the stored account and print its events")
    call.add_argument("uri")

    q = sub.add_parser("queue", help="ACD queues: list, login, logout, pause, unpause")
    q.add_argument("action", choices=["list", "login", "logout", "pause", "unpause"])
    q.add_argument("queue", nargs="?", default="all")
    q.add_argument("--reason", default="")

    diag = sub.add_parser("diagnose", help="check the install: engine, devices, policy, server, registration")
    diag.add_argument("--json", action="store_true")
    diag.add_argument("--no-register", action="store_true", help="skip the registration check")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `softphone sip:1002@host` / `softphone tel:+4930123`: a dial hand-over to the GUI.
    if args_list and args_list[0].lower().startswith(DIAL_SCHEMES):
        args_list = ["run", *args_list]
    args = build_parser().parse_args(args_list)
    if args.profile:
        os.environ["SOFTPHONE_HOME"] = os.path.abspath(args.profile)

    from softphone.cli import dispatch

    try:
        return dispatch(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `softphone config list | head`: the reader left; not an error of ours
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        except OSError:
            pass
        return 0
