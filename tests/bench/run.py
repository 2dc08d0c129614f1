"""Benchmarks: ours vs baresip, alternately, several rounds; a table of medians and ratios, and JSON.

Every figure is caught on its own: one that cannot be measured here becomes "n/a" with the reason, and the
command always ends with the table.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import re
import statistics
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from tests.bench import signals
from tests.bench.baresip_runner import available as baresip_available
from tests.bench.rtp import RtpSender, sdp_audio_dest
from tests.bench.subjects import Baresip, BenchKamailio, DrivenGui, Ours, OursGui, audio_bridge_present, cpu_hogs
from tests.stack import procs
from tests.stack.pulse import RATE, PulseServer
from tests.stack.secret_service import SecretService
from tests.stack.sipp import Sipp, make_wav

RESULTS_DIR = Path(__file__).with_name("results")
SPEECH = ("Please hold the line while I check your order. The parcel left our warehouse on Tuesday "
          "and should reach you by Friday.")
USERS = {"ours": "1001", "baresip": "1002", "ours-gui": "1003", "ours-scale": "1004", "baresip-scale": "1005",
         "ours-busy-gui": "1006", "ours-history": "1007"}
BUSY_GUI_ROWS = 10_000  # the "history of 10,000 calls" behind the busy-GUI call
HISTORY_ROWS = 100_000  # the history scaling figure


@dataclass
class Plan:
    rounds: int
    idle_s: float
    call_s: float
    setup_calls: int
    glitch_s: float
    glitch_rounds: int
    losses: tuple[float, ...]
    scale: tuple[int, ...]
    busy_gui_s: float  # the busy-GUI call (figure 7; the 10 minutes with --full)
    history_scroll_s: float  # scrolling the 100,000-row history while the event loop is probed


PLANS = {
    "quick": Plan(rounds=1, idle_s=8, call_s=8, setup_calls=10, glitch_s=6, glitch_rounds=1, losses=(0, 3, 10),
                  scale=(1, 20), busy_gui_s=15, history_scroll_s=3),
    "default": Plan(rounds=3, idle_s=20, call_s=20, setup_calls=25, glitch_s=15, glitch_rounds=3,
                    losses=(0, 3, 10), scale=(1, 100), busy_gui_s=60, history_scroll_s=10),
    "full": Plan(rounds=5, idle_s=60, call_s=60, setup_calls=100, glitch_s=600, glitch_rounds=1, losses=(0, 3, 10),
                 scale=(1, 100, 1000), busy_gui_s=600, history_scroll_s=30),
}


@dataclass
class Results:
    samples: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    na: dict[str, dict[str, str]] = field(default_factory=dict)
    info: dict[str, Any] = field(default_factory=dict)

    def add(self, metric: str, who: str, value: float | list[float]) -> None:
        values = value if isinstance(value, list) else [value]
        self.samples.setdefault(metric, {}).setdefault(who, []).extend(float(v) for v in values)

    def fail(self, metric: str, who: str, reason: str) -> None:
        self.na.setdefault(metric, {}).setdefault(who, reason.strip().splitlines()[0][:160] if reason else "failed")


def say(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def guarded(res: Results, metrics: list[str], who: str, what: str, fn: Callable[[], None]) -> None:
    """Run one measurement; on any failure its metrics become n/a with the reason, and the run goes on."""
    try:
        fn()
    except Exception as exc:  # any failure is a reason in the table, never the end of the run
        reason = f"{type(exc).__name__}: {exc}"
        say(f"{who}: {what} failed: {reason.splitlines()[0][:300]}")
        if os.environ.get("BENCH_DEBUG"):
            traceback.print_exc()
        for m in metrics:
            res.fail(m, who, reason)


# ---- SIPp trace with timestamps ------------------------------------------------------------------------
_TRACE = re.compile(r"^-{10,} (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+)\s*\n(?:UDP|TCP|TLS) message (sent|received)"
                    r"[^\n]*\n(.*?)(?=^-{10,} \d{4}-|\Z)", re.M | re.S)


def trace_timings(text: str) -> dict[str, list[float]]:
    """Per call (Call-ID): INVITE sent -> 180 received, 180 -> 200, INVITE -> 200, in ms."""
    calls: dict[str, dict[str, float]] = {}
    for stamp, direction, body in _TRACE.findall(text):
        t = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f").timestamp()
        msg = body.strip()
        first = msg.split("\n", 1)[0]
        cid = re.search(r"^(?:Call-ID|i)\s*:\s*(\S+)", msg, re.M | re.I)
        cseq = re.search(r"^CSeq\s*:\s*\d+\s+(\w+)", msg, re.M | re.I)
        if not cid or not cseq or cseq.group(1) != "INVITE":
            continue
        c = calls.setdefault(cid.group(1), {})
        if direction == "sent" and first.startswith("INVITE"):
            c.setdefault("invite", t)
        elif direction == "received" and first.startswith("SIP/2.0 18"):
            c.setdefault("ringing", t)
        elif direction == "received" and first.startswith("SIP/2.0 200"):
            c.setdefault("ok", t)
    out: dict[str, list[float]] = {"invite_180": [], "r180_200": [], "invite_200": []}
    for c in calls.values():
        if "invite" in c and "ringing" in c:
            out["invite_180"].append((c["ringing"] - c["invite"]) * 1000)
        if "ringing" in c and "ok" in c:
            out["r180_200"].append((c["ok"] - c["ringing"]) * 1000)
        if "invite" in c and "ok" in c:
            out["invite_200"].append((c["ok"] - c["invite"]) * 1000)
    return out


# ---- the bench ---------------------------------------------------------------------------------------
class Bench:
    def __init__(self, plan: Plan, workdir: Path, res: Results, with_gui: bool) -> None:
        self.plan, self.workdir, self.res, self.with_gui = plan, workdir, res, with_gui
        self.stack: list[Any] = []

    # stack
    def start_stack(self) -> None:
        self.kam = BenchKamailio(self.workdir / "kamailio")
        self.kam.start()
        self.stack.append(self.kam)
        self.pulse = PulseServer(self.workdir / "pulse").start()
        self.stack.append(self.pulse)
        self.secrets = SecretService(self.workdir / "secrets").start()
        self.stack.append(self.secrets)
        self.env = {**os.environ, **self.pulse.env, **self.secrets.env}
        self.env["XDG_RUNTIME_DIR"] = self.secrets.env["XDG_RUNTIME_DIR"]
        (self.workdir / "sipp").mkdir()
        self.sipp = Sipp(self.kam, self.workdir / "sipp")
        self.stack.append(self.sipp)
        self.tone_wav = make_wav(self.workdir / "tone.wav", seconds=5, freq=440)
        self.speech_wav = make_wav(self.workdir / "speech.wav", text=SPEECH)
        self.speech = signals.read_ulaw_wav(self.speech_wav)

    def stop_stack(self) -> None:
        for service in reversed(self.stack):
            try:
                service.close()
            except Exception as exc:  # keep stopping the rest
                say(f"stopping {type(service).__name__}: {exc}")

    def subject(self, who: str) -> Any:
        if who == "ours":
            if not hasattr(self, "_ours"):
                self._ours = Ours(self.workdir, self.kam, USERS["ours"], self.env)
            return self._ours
        if who == "ours-gui":
            if not hasattr(self, "_gui"):
                self._gui = OursGui(self.workdir, self.kam, USERS["ours-gui"], self.env)
            return self._gui
        if not hasattr(self, "_baresip"):
            self._baresip = Baresip(self.workdir, self.kam, USERS["baresip"], self.env)
        return self._baresip

    # one round of one phone
    def round(self, who: str, r: int) -> None:
        res, plan = self.res, self.plan
        phone = self.subject(who)
        user = USERS[who]
        say(f"round {r + 1}: {who}")
        try:
            res.add("start_to_registered_ms", who, phone.start() * 1000)
        except Exception as exc:
            reason = f"did not register: {type(exc).__name__}: {exc}"
            say(f"{who}: {reason[:300]}")
            for m in ("start_to_registered_ms", "idle_cpu_s_per_min", "idle_rss_steady_mb", "idle_rss_peak_mb",
                      "call_cpu_s_per_min", "call_rss_steady_mb", "call_rss_peak_mb"):
                res.fail(m, who, reason)
            phone.close()
            return
        try:
            def idle() -> None:
                w = signals.sample(phone.pid, plan.idle_s)
                res.add("idle_cpu_s_per_min", who, w.cpu_per_min)
                res.add("idle_rss_steady_mb", who, w.rss_steady)
                res.add("idle_rss_peak_mb", who, w.rss_peak)
            guarded(res, ["idle_cpu_s_per_min", "idle_rss_steady_mb", "idle_rss_peak_mb"], who, "idle", idle)

            def in_call() -> None:
                uac = self.sipp.uac(to=user, wav=self.tone_wav, duration_ms=int((plan.call_s + 2) * 1000),
                                    timeout_s=plan.call_s + 60)
                try:
                    phone.wait_connected(15)
                    w = signals.sample(phone.pid, plan.call_s)
                    res.add("call_cpu_s_per_min", who, w.cpu_per_min)
                    res.add("call_rss_steady_mb", who, w.rss_steady)
                    res.add("call_rss_peak_mb", who, w.rss_peak)
                finally:
                    self._end(phone, uac, 20)
            guarded(res, ["call_cpu_s_per_min", "call_rss_steady_mb", "call_rss_peak_mb"], who, "in-call", in_call)

            def setup() -> None:
                n = plan.setup_calls
                uac = self.sipp.uac(to=user, duration_ms=300, max_calls=n, timeout_s=n * 4 + 30,
                                    extra_args=["-l", "1", "-r", "5"])
                try:
                    rc = uac.wait(n * 4 + 30)
                    t = trace_timings(uac.message_file.read_text(errors="replace"))
                    if not t["invite_200"]:
                        raise RuntimeError(f"no call answered (sipp rc {rc}): {uac.diagnostics()[-300:]}")
                    for key, values in t.items():
                        if values:
                            res.add(f"setup_{key}_ms", who, values)
                        else:
                            res.fail(f"setup_{key}_ms", who, "no 180 Ringing sent (answers at once)")
                    res.info.setdefault("setup_calls_answered", {}).setdefault(who, []).append(len(t["invite_200"]))
                finally:
                    self._end(phone, uac, 1)
            guarded(res, ["setup_invite_180_ms", "setup_r180_200_ms", "setup_invite_200_ms"], who, "set-up", setup)

            guarded(res, ["latency_ms"], who, "latency", lambda: self.latency(phone, who, user))
            if r < plan.glitch_rounds:
                guarded(res, ["glitch_gaps", "glitch_missing_ms", "bridge_underruns", "bridge_overruns"], who,
                        "glitches", lambda: self.glitches(phone, who, user))
            for loss in plan.losses:
                guarded(res, [f"pesq_loss{loss:g}"], who, f"PESQ at {loss:g}% loss",
                        functools.partial(self.pesq, phone, who, user, loss, 100 * r + int(loss)))
        finally:
            phone.close()

    def _drain(self, phone: Any) -> None:
        """Skip the events of calls we did not follow one by one."""
        if isinstance(phone, Ours) and phone.phone is not None:
            phone.phone._seen = len(phone.phone.events)
            while phone.phone._pump(0.05) and not phone.phone._queue.empty():
                pass
            phone.phone._seen = len(phone.phone.events)
        elif isinstance(phone, Baresip) and phone.phone is not None:
            phone.phone.drain()
            phone.phone._seen = len(phone.phone.events)

    def _echo_call(self, phone: Any, user: str, seconds: float) -> Any:
        uac = self.sipp.uac(to=user, duration_ms=int(seconds * 1000), timeout_s=seconds + 60)
        phone.wait_connected(15)
        return uac

    def _record(self, seconds: float) -> tuple[threading.Thread, dict[str, np.ndarray]]:
        out: dict[str, np.ndarray] = {}
        thread = threading.Thread(target=lambda: out.setdefault("rec", self.pulse.record("headset_out", seconds)),
                                  daemon=True)
        thread.start()
        time.sleep(0.3)  # parec connected
        return thread, out

    def latency(self, phone: Any, who: str, user: str) -> None:
        problem = phone.audio_problem()
        if problem:
            raise RuntimeError(problem)
        uac = self._echo_call(phone, user, 14)
        try:
            time.sleep(2.0)  # both directions flowing, device buffers settled
            starts, burst, total = [0.5, 2.0, 3.5, 5.0], 0.3, 6.0
            signal_ = signals.noise_bursts(RATE, total, starts, burst, seed=1)
            marker = signals.noise_bursts(RATE, total, starts, burst, seed=2)
            thread, out = self._record(total + 1.5)
            # raw files, not pipes: pacat reads a pipe at playback speed, so the second player would start late
            p1, p2 = (self._player(sink, samples) for sink, samples in (("headset_mic_feed", signal_),
                                                                        ("headset_out", marker)))
            thread.join(total + 15)
            for p in (p1, p2):
                procs.stop_process(p)
            rec = out.get("rec")
            if rec is None or not len(rec):
                raise RuntimeError("nothing recorded")
            lag_m, peak_m = signals.xcorr_lag(rec, marker)
            lags = []
            for start in starts:  # each burst on its own: a median over four
                i0, n = int(start * RATE), int(burst * RATE)
                lag_s, peak_s = signals.xcorr_lag(rec, np.concatenate([np.zeros(i0), signal_[i0:i0 + n]]))
                if peak_s > 0.3:
                    lags.append((lag_s - lag_m) / RATE * 1000)
            if peak_m < 0.3:
                raise RuntimeError(f"reference marker not found in the recording (peak {peak_m:.2f})")
            if len(lags) < 2:
                raise RuntimeError("the echoed signal did not come back through the call")
            self.res.add("latency_ms", who, statistics.median(lags))
        finally:
            self._end(phone, uac, 15)

    def _player(self, sink: str, samples: np.ndarray) -> Any:
        path = self.workdir / f"play-{sink}.raw"
        path.write_bytes(np.asarray(samples, dtype=np.int16).tobytes())
        return procs.start_process(["pacat", "--playback", "-d", sink, "--raw", f"--rate={RATE}", "--channels=1",
                                    "--format=s16le", "--latency-msec=20", str(path)], env=self.pulse._env())

    def _end(self, phone: Any, uac: Any, timeout: float) -> None:
        """Let the far end hang up as planned (within `timeout`); else hang up here, so no call lingers into the
        next measurement (a second call would only be call waiting, never auto-answered)."""
        try:
            uac.wait(timeout)
        except TimeoutError:
            pass
        if uac.returncode is None:
            try:
                phone.hangup()
            except OSError:
                pass
            try:
                uac.wait(5)
            except TimeoutError:
                pass
        uac.stop()
        try:
            phone.wait_ended(10)
        except AssertionError:
            pass
        self._drain(phone)

    def glitches(self, phone: Any, who: str, user: str) -> None:
        problem = phone.audio_problem()
        if problem:
            for m in ("glitch_gaps", "glitch_missing_ms", "bridge_underruns", "bridge_overruns"):
                self.res.fail(m, who, problem)
            return
        secs = self.plan.glitch_s
        uac = self._echo_call(phone, user, secs + 8)
        hogs = []
        try:
            tone = PulseServer.tone(1000, secs + 5, amplitude=0.4)
            player = self._player("headset_mic_feed", tone)
            time.sleep(2.0)
            hogs = cpu_hogs(os.cpu_count() or 2)
            rec = self.pulse.record("headset_out", secs)
            gaps = signals.tone_gaps(rec, RATE)
            if gaps.analysed_s < secs * 0.5:
                raise RuntimeError(f"the tone came back for only {gaps.analysed_s:.1f} s of {secs:.0f} s")
            self.res.add("glitch_gaps", who, gaps.count)
            self.res.add("glitch_missing_ms", who, gaps.missing_ms)
            procs.stop_process(player)
        finally:
            for h in hogs:
                procs.stop_process(h)
            self._end(phone, uac, 15)
        media = phone.last_media(5)
        if media is None:
            reason = "baresip reports no such counters" if who == "baresip" else "no final media event"
            for m in ("bridge_underruns", "bridge_overruns"):
                self.res.fail(m, who, reason)
        elif "underruns" in media:
            self.res.add("bridge_underruns", who, media.get("underruns", 0))
            self.res.add("bridge_overruns", who, media.get("overruns", 0))
        else:
            for m in ("bridge_underruns", "bridge_overruns"):
                self.res.fail(m, who, "media events carry no underrun/overrun counters")

    def pesq(self, phone: Any, who: str, user: str, loss: float, seed: int) -> None:
        problem = phone.audio_problem()
        if problem:
            raise RuntimeError(problem)
        try:
            import pesq  # noqa: F401
        except ImportError:
            raise RuntimeError("PyPI pesq not installed: pip install -e '.[bench]'") from None
        speech_s = len(self.speech) / 8000
        sender = RtpSender()
        uac = self.sipp.uac(to=user, duration_ms=int((speech_s + 6) * 1000), timeout_s=speech_s + 60,
                            media_port=sender.port)
        try:
            phone.wait_connected(15)
            ok = [m for m in uac.messages() if m.status == 200 and "m=audio" in m.body]
            dest = sdp_audio_dest(ok[0].body) if ok else None
            if dest is None:
                raise RuntimeError("no SDP answer from the phone")
            time.sleep(0.5)
            thread, out = self._record(speech_s + 3.0)
            sender.start(dest, self.speech, loss, seed, lead_in_s=0.8)
            thread.join(speech_s + 20)
            sender.wait(5)
            rec = out.get("rec")
            if rec is None or not len(rec):
                raise RuntimeError("nothing recorded")
            ref8 = signals.ulaw_decode(self.speech).astype(np.float64)
            rec8 = signals.resample(rec, RATE, 8000)
            lag, peak = signals.xcorr_lag(rec8, ref8)
            if peak < 0.08:
                raise RuntimeError(f"speech not found in the recording (correlation {peak:.2f})")
            deg = rec8[lag:lag + len(ref8)]
            self.res.info.setdefault("pesq_correlation", {}).setdefault(f"{who}@{loss:g}", []).append(round(peak, 3))
            keep = RESULTS_DIR / "audio"
            keep.mkdir(parents=True, exist_ok=True)
            PulseServer.write_wav(keep / f"pesq-{who}-loss{loss:g}-seed{seed}.wav",
                                  signals.resample(deg, 8000, RATE).clip(-32768, 32767))
            self.res.add(f"pesq_loss{loss:g}", who, signals.pesq_score(ref8, deg))
            self.res.info.setdefault("rtp_dropped", {}).setdefault(f"{who}@{loss:g}", []).append(sender.dropped)
        finally:
            sender.close()
            self._end(phone, uac, 15)

    def gui_idle(self, r: int) -> None:
        gui = self.subject("ours-gui")
        say(f"round {r + 1}: ours with the GUI (offscreen)")
        try:
            self.res.add("gui_start_to_registered_ms", "ours", gui.start() * 1000)
            time.sleep(2)  # the window's first paint and history load are start-up, not idle
            w = signals.sample(gui.pid, self.plan.idle_s)
            self.res.add("gui_idle_cpu_s_per_min", "ours", w.cpu_per_min)
            self.res.add("gui_idle_rss_steady_mb", "ours", w.rss_steady)
        finally:
            gui.close()

    def busy_gui(self) -> None:
        """Figure 7 with the GUI busy: an echoed 1 kHz tone through a call to the desktop app (offscreen, 10,000
        calls in its history) while its history list scrolls without pause and its settings dialog opens and
        closes; gaps in the recorded tone, our bridge's counters, the event loop's lateness meanwhile."""
        metrics = ["busy_gui_bridge_underruns", "busy_gui_bridge_overruns", "busy_gui_tone_gaps",
                   "busy_gui_missing_ms", "busy_gui_loop_p99_ms"]
        if not audio_bridge_present():
            for m in metrics:
                self.res.fail(m, "ours", "no audio path yet (softphone/cli/audio_wiring.py not in the tree)")
            return
        secs = self.plan.busy_gui_s
        user = USERS["ours-busy-gui"]
        say(f"busy GUI: a {secs:.0f} s call, {BUSY_GUI_ROWS} calls in the history, scrolling + settings")
        gui = DrivenGui(self.workdir, self.kam, user, self.env)
        seeded = gui.seed(BUSY_GUI_ROWS)
        self.res.info["busy_gui_seed_s"] = round(float(seeded["seconds"]), 2)
        # BENCH_BUSY_WORK=scroll|settings|none: what keeps the GUI busy, to tell their effects apart
        gui.start("busy", "--max-s", str(secs + 180), "--work", os.environ.get("BENCH_BUSY_WORK", "scroll,settings"))
        uac = None
        try:
            ready = gui.wait("ready", 60)
            if ready.get("audio_problem"):
                raise RuntimeError(f"audio unavailable: {ready['audio_problem']}")
            uac = self.sipp.uac(to=user, duration_ms=int((secs + 8) * 1000), timeout_s=secs + 60)
            gui.wait("call_state", 15, state="connected")
            tone = PulseServer.tone(1000, secs + 5, amplitude=0.4)
            player = self._player("headset_mic_feed", tone)
            try:
                time.sleep(2.0)  # the echo is flowing and the GUI busy
                rec = self.pulse.record("headset_out", secs)
            finally:
                procs.stop_process(player)
            gaps = signals.tone_gaps(rec, RATE)
            if gaps.analysed_s < secs * 0.5:
                raise RuntimeError(f"the tone came back for only {gaps.analysed_s:.1f} s of {secs:.0f} s")
            keep = RESULTS_DIR / "audio"
            keep.mkdir(parents=True, exist_ok=True)
            PulseServer.write_wav(keep / "busy-gui-tone.wav", rec)  # to look at the gaps
            self.res.add("busy_gui_tone_gaps", "ours", gaps.count)
            self.res.add("busy_gui_missing_ms", "ours", gaps.missing_ms)
            result = gui.wait("result", 30)  # after the far end's BYE: the final media event
            media, lateness = result.get("media") or {}, result.get("lateness") or {}
            self.res.add("busy_gui_bridge_underruns", "ours", media.get("underruns", 0))
            self.res.add("busy_gui_bridge_overruns", "ours", media.get("overruns", 0))
            if lateness.get("ticks"):
                self.res.add("busy_gui_loop_p99_ms", "ours", lateness["p99_ms"])
            self.res.info.setdefault("busy_gui", []).append(
                {k: result.get(k) for k in ("busy_s", "scroll_steps", "list_paints", "settings_opened",
                                            "history_rows", "view_rows", "lateness", "media")})
            say(f"busy GUI: {gaps.count} gaps, underruns {media.get('underruns')}, overruns "
                f"{media.get('overruns')}, loop p99 {lateness.get('p99_ms', 0):.1f} ms, "
                f"{result.get('scroll_steps')} scroll steps, {result.get('list_paints')} paints, settings opened "
                f"{result.get('settings_opened')}x")
        finally:
            if uac is not None:
                uac.stop()
            gui.close()

    def history_scale(self) -> None:
        """Scaling: the history view and the history store with 100,000 calls in the database."""
        user = USERS["ours-history"]
        say(f"history scaling: {HISTORY_ROWS} calls")
        gui = DrivenGui(self.workdir, self.kam, user, self.env)
        seeded = gui.seed(HISTORY_ROWS, record_calls=30)
        self.res.info["history_seed_s"] = round(float(seeded["seconds"]), 2)
        self.res.add("history_record_call_ms", "ours", seeded["record_alone_ms"])
        gui.start("history", "--scroll-s", str(self.plan.history_scroll_s), "--record-calls", "30")
        try:
            gui.wait("ready", 60)
            result = gui.wait("result", self.plan.history_scroll_s + 60)
            self.res.add("history_open_ms", "ours", result["open_ms"])
            self.res.add("history_scroll_end_ms", "ours", result["scroll_end_ms"])
            self.res.add("history_record_call_app_ms", "ours", result["record_in_app_ms"])
            lateness = result.get("lateness") or {}
            if lateness.get("ticks"):
                self.res.add("history_loop_p99_ms", "ours", lateness["p99_ms"])
            self.res.info["history"] = {k: result.get(k) for k in ("history_rows", "view_rows", "scroll_steps",
                                                                   "list_paints", "lateness")}
            say(f"history: open {statistics.median(result['open_ms']):.1f} ms, loop p99 "
                f"{lateness.get('p99_ms', 0):.1f} ms, record one call "
                f"{statistics.median(seeded['record_alone_ms']):.2f} ms alone, "
                f"{statistics.median(result['record_in_app_ms']):.2f} ms in the app")
        finally:
            gui.close()

    def scaling(self, who: str) -> None:
        """CPU and RSS after 1, 100 (and 1,000) calls in one process."""
        say(f"scaling: {who}, calls {self.plan.scale}")
        base = "ours" if who == "ours" else "baresip"
        user = USERS[f"{base}-scale"]
        if base == "ours":
            phone: Any = Ours(self.workdir, self.kam, user, self.env)
        else:
            phone = Baresip(self.workdir / "scale", self.kam, user, self.env)
        phone.start()
        try:
            done = 0
            for target in self.plan.scale:
                n = target - done
                uac = self.sipp.uac(to=user, duration_ms=20, max_calls=n, timeout_s=n * 3 + 60,
                                    extra_args=["-l", "1", "-r", "15"])  # under the phone's 20 new calls a second
                try:
                    uac.wait(n * 3 + 60)
                finally:
                    uac.stop()
                answered = len(trace_timings(uac.message_file.read_text(errors="replace"))["invite_200"])
                done = target
                time.sleep(1.5)  # let the last call's teardown finish
                self._drain(phone)
                rss = signals.status_kb(phone.pid, "VmRSS") / 1024
                cpu = signals.cpu_seconds(phone.pid)
                self.res.add(f"scale_rss_mb_after_{target}", base, rss)
                self.res.add(f"scale_cpu_s_after_{target}", base, cpu)
                self.res.info.setdefault("scale_answered", {})[f"{base}@{target}"] = answered
        finally:
            phone.close()


# ---- the table --------------------------------------------------------------------------------------
ROWS: list[tuple[str, str, str, str]] = [
    # metric, label, how to summarise, target
    ("idle_cpu_s_per_min", "1. Idle CPU, headless (CPU s/min)", "median", "ratio<=1.0"),
    ("gui_idle_cpu_s_per_min", "1. Idle CPU, GUI offscreen (CPU s/min)", "median", "ratio<=1.0"),
    ("call_cpu_s_per_min", "2. In-call CPU, G.711 (CPU s/min)", "median", "ratio<=1.5"),
    ("idle_rss_steady_mb", "3. RSS registered, steady (MB)", "median", ""),
    ("idle_rss_peak_mb", "3. RSS registered, peak (MB)", "median", ""),
    ("call_rss_steady_mb", "3. RSS in call, steady (MB)", "median", ""),
    ("call_rss_peak_mb", "3. RSS in call, peak (MB)", "median", ""),
    ("gui_idle_rss_steady_mb", "3. RSS registered, GUI (MB)", "median", ""),
    ("start_to_registered_ms", "4. Start to registered (ms)", "median", "ours<1500"),
    ("gui_start_to_registered_ms", "4. Start to registered, GUI (ms)", "median", "ours<1500"),
    ("setup_invite_180_ms", "5. INVITE -> 180 p50 (ms)", "p50", ""),
    ("setup_invite_180_ms", "5. INVITE -> 180 p99 (ms)", "p99", ""),
    ("setup_r180_200_ms", "5. 180 -> 200 (answer) p50 (ms)", "p50", ""),
    ("setup_r180_200_ms", "5. 180 -> 200 (answer) p99 (ms)", "p99", ""),
    ("setup_invite_200_ms", "5. INVITE -> 200 p50 (ms)", "p50", ""),
    ("setup_invite_200_ms", "5. INVITE -> 200 p99 (ms)", "p99", ""),
    ("latency_ms", "6. Mouth-to-ear round trip (ms)", "median", "diff<=10"),
    ("glitch_gaps", "7. Gaps in a tone, busy machine (count)", "median", ""),
    ("glitch_missing_ms", "7. Audio missing, busy machine (ms)", "median", ""),
    ("bridge_underruns", "7. Bridge underruns (count)", "max", "ours==0"),
    ("bridge_overruns", "7. Bridge overruns (count)", "max", ""),
    ("busy_gui_bridge_underruns", "7. Busy GUI: bridge underruns (count)", "max", "ours==0"),
    ("busy_gui_bridge_overruns", "7. Busy GUI: bridge overruns (count)", "max", ""),
    ("busy_gui_tone_gaps", "7. Busy GUI: gaps in a tone (count)", "median", ""),
    ("busy_gui_missing_ms", "7. Busy GUI: audio missing (ms)", "median", ""),
    ("busy_gui_loop_p99_ms", "7. Busy GUI: loop lateness p99 (ms)", "median", ""),
    ("pesq_loss0", "8. PESQ (MOS-LQO), 0 % loss", "median", "within0.1"),
    ("pesq_loss3", "8. PESQ (MOS-LQO), 3 % loss", "median", "within0.1"),
    ("pesq_loss10", "8. PESQ (MOS-LQO), 10 % loss", "median", "within0.1"),
]
# baresip has no GUI: its headless figure under a busy machine stands beside ours for reference
PEER_REFERENCE = {"busy_gui_tone_gaps": "glitch_gaps", "busy_gui_missing_ms": "glitch_missing_ms"}
HISTORY_LABEL = f"History {HISTORY_ROWS // 1000}k:"
HISTORY_TABLE_ROWS: list[tuple[str, str, str, str]] = [  # ours only, after the call-scaling rows
    ("history_open_ms", f"{HISTORY_LABEL} open the view (ms)", "median", ""),
    ("history_scroll_end_ms", f"{HISTORY_LABEL} scroll to the end (ms)", "median", ""),
    ("history_loop_p99_ms", f"{HISTORY_LABEL} loop p99 scrolling (ms)", "median", ""),
    ("history_record_call_ms", f"{HISTORY_LABEL} record a call (ms)", "median", ""),
    ("history_record_call_app_ms", f"{HISTORY_LABEL} record a call, app (ms)", "median", ""),
]


def summarise(values: list[float], how: str) -> float:
    if how == "p50":
        return float(np.percentile(values, 50))
    if how == "p99":
        return float(np.percentile(values, 99))
    if how == "max":
        return float(max(values))
    return float(statistics.median(values))


def verdict(target: str, ours: float | None, peer: float | None) -> str:
    if not target:
        return ""
    if target == "ours<1500":
        return "n/a" if ours is None else ("met" if ours < 1500 else "missed")
    if target == "ours==0":
        return "n/a" if ours is None else ("met" if ours == 0 else "missed")
    if ours is None or peer is None:
        return "n/a"
    if target.startswith("ratio<="):
        limit = float(target.split("=")[1])
        return "met" if ours <= peer * limit + 1e-9 else "missed"
    if target == "diff<=10":
        return "met" if ours <= peer + 10 else "missed"
    if target == "within0.1":
        return "met" if ours >= peer - 0.1 else "missed"
    return ""


def fmt(v: float | None) -> str:
    if v is None:
        return "n/a"
    a = abs(v)
    return f"{v:.3f}" if a < 1 else f"{v:.2f}" if a < 10 else f"{v:.1f}" if a < 1000 else f"{v:.0f}"


def table_row(res: Results, metric: str, label: str, how: str, target: str) -> dict[str, Any]:
    got = res.samples.get(metric, {})
    reasons = res.na.get(metric, {})
    ours = summarise(got["ours"], how) if got.get("ours") else None
    peer = summarise(got["baresip"], how) if got.get("baresip") else None
    reference = PEER_REFERENCE.get(metric, metric[4:] if metric.startswith("gui_") else None)
    if reference is not None:
        peer = summarise(res.samples[reference]["baresip"], how) if res.samples.get(reference, {}).get(
            "baresip") else None
    ratio = ours / peer if ours is not None and peer not in (None, 0) else None
    return {"metric": metric, "label": label, "stat": how, "ours": ours, "baresip": peer, "ratio": ratio,
            "target": target, "verdict": verdict(target, ours, peer), "n": {k: len(v) for k, v in got.items()},
            "na": {k: v for k, v in reasons.items() if not got.get(k)}}


def table(res: Results, plan: Plan) -> tuple[str, list[dict[str, Any]]]:
    rows = [table_row(res, *row) for row in ROWS]
    for calls in plan.scale:
        m = f"scale_rss_mb_after_{calls}"
        got = res.samples.get(m, {})
        ours = got["ours"][-1] if got.get("ours") else None
        peer = got["baresip"][-1] if got.get("baresip") else None
        rows.append({"metric": m, "label": f"Scaling: RSS after {calls} calls (MB)", "stat": "value", "ours": ours,
                     "baresip": peer, "ratio": ours / peer if ours and peer else None, "target": "",
                     "verdict": "", "n": {}, "na": res.na.get(m, {})})
    first, last = plan.scale[0], plan.scale[-1]
    for who in ("ours", "baresip"):
        a = res.samples.get(f"scale_rss_mb_after_{first}", {}).get(who)
        b = res.samples.get(f"scale_rss_mb_after_{last}", {}).get(who)
        res.info.setdefault("scale_growth_mb", {})[who] = (b[-1] - a[-1]) if a and b else None
    g = res.info["scale_growth_mb"]
    growth_verdict = "n/a" if g.get("ours") is None else ("met" if g["ours"] <= 2.0 else "missed")
    rows.append({"metric": "scale_growth_mb", "label": f"Scaling: RSS growth {first} -> {last} calls (MB)",
                 "stat": "value", "ours": g.get("ours"), "baresip": g.get("baresip"), "ratio": None,
                 "target": "growth<=2MB", "verdict": growth_verdict, "n": {}, "na": {}})
    for who in ("ours", "baresip"):
        a = res.samples.get(f"scale_cpu_s_after_{first}", {}).get(who)
        b = res.samples.get(f"scale_cpu_s_after_{last}", {}).get(who)
        res.info.setdefault("scale_cpu_ms_per_call", {})[who] = ((b[-1] - a[-1]) * 1000 / (last - first)
                                                                  if a and b and last > first else None)
    c = res.info["scale_cpu_ms_per_call"]
    rows.append({"metric": "scale_cpu_ms_per_call", "label": "Scaling: CPU per short call (ms)", "stat": "value",
                 "ours": c.get("ours"), "baresip": c.get("baresip"),
                 "ratio": c["ours"] / c["baresip"] if c.get("ours") and c.get("baresip") else None,
                 "target": "", "verdict": "", "n": {}, "na": {}})
    rows.extend(table_row(res, *row) for row in HISTORY_TABLE_ROWS)

    width = max(len(r["label"]) for r in rows)
    lines = [f"| {'figure':<{width}} | {'ours':>8} | {'baresip':>8} | {'ours/baresip':>12} | {'target':<16} |",
             f"|{'-' * (width + 2)}|{'-' * 10}|{'-' * 10}|{'-' * 14}|{'-' * 18}|"]
    notes: list[str] = []
    for r in rows:
        tgt = f"{r['target']} {r['verdict']}".strip() if r["target"] else ""
        lines.append(f"| {r['label']:<{width}} | {fmt(r['ours']):>8} | {fmt(r['baresip']):>8} | "
                     f"{fmt(r['ratio']):>12} | {tgt:<16} |")
        for who, reason in r["na"].items():
            notes.append(f"- {r['label']}: {who} n/a: {reason}")
    return "\n".join(lines) + ("\n\nn/a reasons:\n" + "\n".join(dict.fromkeys(notes)) if notes else ""), rows


def machine() -> dict[str, Any]:
    model = ""
    try:
        model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                      if line.startswith("model name")), "")
    except OSError:
        pass
    return {"cores": os.cpu_count(), "cpu": model, "kernel": platform.release(), "python": platform.python_version()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description="ours vs baresip, side by side")
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="one short round (~3 min)")
    size.add_argument("--full", action="store_true", help="the issue's full durations (60 s windows, 100 set-up "
                      "calls, a 10-minute glitch call, 1,000 calls for scaling; over an hour)")
    parser.add_argument("--rounds", type=int, help="override the number of rounds")
    parser.add_argument("--no-gui", action="store_true", help="skip the GUI figures (idle, busy-GUI call, history)")
    parser.add_argument("--only", choices=["gui"], help="only the busy-GUI call and the history figures (no "
                        "rounds, no call scaling; the busy-GUI rows then have no baresip reference)")
    parser.add_argument("--out", type=Path, help="JSON output path (default tests/bench/results/bench-<time>.json)")
    args = parser.parse_args(argv)
    name = "quick" if args.quick else "full" if args.full else "default"
    plan = PLANS[name]
    if args.rounds:
        plan = Plan(**{**asdict(plan), "rounds": args.rounds})
    res = Results()
    res.info.update(plan=name, machine=machine(), started=datetime.now().isoformat(timespec="seconds"),
                    ours_audio_bridge=audio_bridge_present())
    t_start = time.monotonic()
    peer_problem = baresip_available()
    with tempfile.TemporaryDirectory(prefix="softphone-bench-") as tmp:
        bench = Bench(plan, Path(tmp), res, with_gui=not args.no_gui)
        try:
            say(f"plan {name}: {asdict(plan)}")
            bench.start_stack()
            say(f"stack up: Kamailio udp {bench.kam.udp_port}, PulseAudio, Secret Service; "
                f"ours has an audio bridge: {audio_bridge_present()}")
            for r in range(0 if args.only else plan.rounds):
                order = ["ours", "baresip"] if r % 2 == 0 else ["baresip", "ours"]
                for who in order:
                    if who == "baresip" and peer_problem:
                        res.fail("start_to_registered_ms", "baresip", peer_problem)
                        continue
                    bench.round(who, r)
                    if who == "ours" and bench.with_gui:
                        gui_metrics = ["gui_idle_cpu_s_per_min", "gui_idle_rss_steady_mb", "gui_start_to_registered_ms"]
                        guarded(res, gui_metrics, "ours", "GUI idle", functools.partial(bench.gui_idle, r))
            if bench.with_gui:
                guarded(res, ["busy_gui_bridge_underruns", "busy_gui_bridge_overruns", "busy_gui_tone_gaps",
                              "busy_gui_missing_ms", "busy_gui_loop_p99_ms"], "ours", "busy GUI", bench.busy_gui)
                guarded(res, [m for m, *_ in HISTORY_TABLE_ROWS], "ours", "history scaling", bench.history_scale)
            for who in ("ours", "baresip") if not args.only else ():
                if who == "baresip" and peer_problem:
                    continue
                guarded(res, [f"scale_rss_mb_after_{n}" for n in plan.scale], who, "scaling",
                        functools.partial(bench.scaling, who))
        except KeyboardInterrupt:
            say("interrupted: the table shows what was measured so far")
        except Exception as exc:  # the stack itself failed: still print what we have
            say(f"stopped early: {type(exc).__name__}: {exc}")
            res.info["aborted"] = f"{type(exc).__name__}: {exc}"
        finally:
            bench.stop_stack()
    res.info["seconds"] = round(time.monotonic() - t_start, 1)
    text, rows = table(res, plan)
    header = (f"softphone benchmarks, {res.info['started']}, plan {name} ({plan.rounds} round(s)), "
              f"{res.info['machine']['cores']} cores ({res.info['machine']['cpu']}), {res.info['seconds']:.0f} s")
    print("\n" + header + "\n" + text, flush=True)
    out = args.out or RESULTS_DIR / f"bench-{datetime.now().strftime('%Y%m%d-%H%M%S')}.json"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({"header": header, "rows": rows, "samples": res.samples, "na": res.na,
                                   "info": res.info, "table": text}, indent=1, default=str))
        print(f"\nJSON: {out}")
    except OSError as exc:
        print(f"\ncould not write {out}: {exc}")
    return 0
