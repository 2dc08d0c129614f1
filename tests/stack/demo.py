"""The demo stack: `python -m tests.stack.demo` (what `./dev.sh demo` runs).

Starts Kamailio, a private Secret Service, the chat-server double with a demo agent (SIP extension
"agent"/"agentpw"), a caller bot that calls the agent every 30 s with speech while the agent is registered, then
signs the app in and runs it (the GUI when $DISPLAY is set, else `run --headless`, printing events). Without a
display a private PulseAudio with virtual devices is started too. Ctrl-C stops everything it started.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from tests.stack import procs
from tests.stack.kamailio import KamailioServer
from tests.stack.pulse import PulseServer
from tests.stack.secret_service import SecretService
from tests.stack.sipp import Sipp, make_wav

AGENT_LOGIN = ("agent", "agent-demo-password")  # chat-server sign-in of the demo agent
AGENT_SIP = ("agent", "agentpw")  # the SIP extension the chat server hands out


def say(msg: str) -> None:
    print(f"[demo] {msg}", flush=True)


class CallerBot(threading.Thread):
    """Calls the agent every `interval` s with a real SIP call carrying speech; skips while it is not registered."""

    def __init__(self, sipp: Sipp, wav: Path, interval: float, talk_ms: int) -> None:
        super().__init__(name="caller-bot", daemon=True)
        self.sipp, self.wav, self.interval, self.talk_ms = sipp, wav, interval, talk_ms
        self.stopping = threading.Event()

    def run(self) -> None:
        n = 0
        while not self.stopping.wait(self.interval if n else 5):
            n += 1
            call = self.sipp.uac(to=AGENT_SIP[0], from_user="1001", from_name="Demo Caller", wav=self.wav,
                                 duration_ms=self.talk_ms, timeout_s=90)  # fmt: skip
            try:
                while not self.stopping.is_set():
                    try:
                        rc = call.wait(0.5)
                        break
                    except TimeoutError:
                        continue
                else:
                    return
            finally:
                call.stop()
            statuses = [m.status for m in call.messages() if m.status and m.status >= 300]
            if rc == 0:
                say(f"caller bot: call {n} done")
            elif 404 in statuses:
                say("caller bot: agent not registered yet, will try again")
            else:
                say(f"caller bot: call {n} ended with {statuses or rc}")

    def stop(self) -> None:
        self.stopping.set()
        self.join(10)


def softphone_cmd(profile: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "softphone", "--profile", str(profile), *args]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.stack.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--headless", action="store_true", help="run the app headless even if $DISPLAY is set")
    parser.add_argument("--stack-only", action="store_true", help="start the stack and the bot, but not the app")
    parser.add_argument("--interval", type=float, default=30.0, help="seconds between the bot's calls")
    args = parser.parse_args(argv)
    headless = args.headless or not os.environ.get("DISPLAY")

    # Ctrl-C raises KeyboardInterrupt (services run in their own sessions, so only we see it); SIGTERM sets this
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())

    with tempfile.TemporaryDirectory(prefix="softphone-demo-") as tmp_name:
        tmp = Path(tmp_name)
        stack: list[Any] = []
        bot: CallerBot | None = None
        app: subprocess.Popen[bytes] | None = None
        try:
            kam = KamailioServer(tmp / "kamailio").start()
            stack.append(kam)
            say(f"Kamailio on 127.0.0.1 udp/tcp {kam.udp_port}, tls {kam.tls_port}")
            secrets_svc = SecretService(tmp / "secrets").start()
            stack.append(secrets_svc)
            env = {**os.environ, **secrets_svc.env}
            if headless:
                pulse = PulseServer(tmp / "pulse").start()
                stack.append(pulse)
                env.update(pulse.env)
                say("private PulseAudio with virtual devices (no display)")
            env["XDG_RUNTIME_DIR"] = secrets_svc.env["XDG_RUNTIME_DIR"] if headless else env.get("XDG_RUNTIME_DIR", "")

            try:
                from tests.doubles.chatserver import ChatServerDouble
            except ImportError:
                say("TODO: tests/doubles/chatserver.py is missing; the app cannot sign in")
                raise
            chat = ChatServerDouble(voip_host=kam.host).start()
            stack.append(chat)
            chat.add_user(AGENT_LOGIN[0], AGENT_LOGIN[1], extension=AGENT_SIP[0], sip_password=AGENT_SIP[1],
                          queues=["demo"])  # fmt: skip
            say(f"chat server {chat.url}: user {AGENT_LOGIN[0]!r} password {AGENT_LOGIN[1]!r}")

            sipp = Sipp(kam, tmp / "sipp")
            sipp.workdir.mkdir()
            stack.append(sipp)
            wav = make_wav(tmp / "speech.wav", text="Hello, this is the demo caller. I need help with my order. "
                           "Can you hear me? Thank you, goodbye.")  # fmt: skip
            bot = CallerBot(sipp, wav, args.interval, talk_ms=15000)
            bot.start()
            say(f"caller bot calls extension {AGENT_SIP[0]!r} every {args.interval:.0f} s")

            if args.stack_only:
                say("stack running; Ctrl-C to stop")
                while not stopping.wait(0.5):
                    pass
                return 0

            profile = tmp / "profile"
            demo_settings = [("sip.transport", "udp"), ("sip.port", str(kam.udp_port)),
                             ("sip.bind_address", "127.0.0.1")]
            if headless:  # nobody is there to press Answer: pick up after two rings so the speech is heard
                demo_settings += [("call.auto_answer", "all"), ("call.auto_answer_delay", "2")]
            for cfg in demo_settings:
                subprocess.run(softphone_cmd(profile, "config", "set", *cfg), env=env, timeout=60, check=False)
            login = subprocess.run(
                softphone_cmd(profile, "login", "--server", chat.url, "--allow-http", "--user", AGENT_LOGIN[0],
                              "--password-stdin"),
                input=AGENT_LOGIN[1].encode(), env=env, timeout=120, check=False,
            )  # fmt: skip
            if login.returncode != 0:
                say(f"login failed (exit {login.returncode}); the stack keeps running, Ctrl-C to stop")
                while not stopping.wait(0.5):
                    pass
                return 1
            run_args = ["run", "--headless"] if headless else ["run"]
            say(f"starting: softphone {' '.join(run_args)}" + ("  (events below)" if headless else ""))
            # own session: Ctrl-C reaches only us, and we shut the app down in order
            app = subprocess.Popen(softphone_cmd(profile, *run_args), env=env, start_new_session=True,
                                   stdin=subprocess.PIPE if headless else subprocess.DEVNULL)  # fmt: skip
            while not stopping.wait(0.5):
                if app.poll() is not None:
                    say(f"the app exited ({app.returncode})")
                    return app.returncode or 0
            return 0
        except KeyboardInterrupt:
            return 130
        finally:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not abort the clean-up
            say("stopping everything")
            if app is not None:
                if app.stdin is not None:
                    app.stdin.close()  # headless: end of input = quit
                else:
                    app.send_signal(signal.SIGINT)
                try:
                    app.wait(10)
                except subprocess.TimeoutExpired:
                    procs.stop_process(app)
            if bot is not None:
                bot.stop()
            for service in reversed(stack):
                service.stop_all() if isinstance(service, Sipp) else service.stop()
            say("done")


if __name__ == "__main__":
    sys.exit(main())
