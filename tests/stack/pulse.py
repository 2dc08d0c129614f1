"""A private PulseAudio daemon with virtual headset/speaker devices (DESIGN 8: root, no systemd, user mode)."""

from __future__ import annotations

import os
import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np

from tests.stack import procs

RATE = 16000
DEFAULT_SINKS = {
    "headset_out": "Test Headset",
    "speaker_out": "Test Speakers",
    "headset_mic_feed": "Test Headset Mic Feed",
}


def _prop(description: str) -> str:
    # module arguments: a quoted value may contain spaces; the inner quotes belong to the proplist syntax
    return f"device.description='{description}'"


class PulseServer:
    def __init__(self, workdir: Path | None = None) -> None:
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if workdir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="pulse-")
            workdir = Path(self._tmp.name)
        self.workdir = Path(workdir)
        self.runtime_dir = self.workdir / "runtime"
        self.home = self.workdir / "home"
        self.socket_path = self.runtime_dir / "pulse" / "native"
        self.log_path = self.workdir / "pulseaudio.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.keepers: dict[str, subprocess.Popen[bytes]] = {}
        self.env: dict[str, str] = {
            "PULSE_SERVER": f"unix:{self.socket_path}",
            "XDG_RUNTIME_DIR": str(self.runtime_dir),
            "PULSE_RUNTIME_PATH": str(self.runtime_dir / "pulse"),
            # no cookie needed (auth-anonymous); keep libpulse from writing one into the real home
            "PULSE_COOKIE": str(self.workdir / "cookie"),
        }

    def _env(self) -> dict[str, str]:
        return {**os.environ, **self.env, "HOME": str(self.home)}

    def start(self, timeout: float = 10.0) -> PulseServer:
        if self.proc is not None and self.proc.poll() is None:
            return self
        for d in (self.runtime_dir / "pulse", self.home):
            d.mkdir(parents=True, exist_ok=True)
        self.runtime_dir.chmod(0o700)
        argv = [
            "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit=yes",
            "--disallow-module-loading=no", "--use-pid-file=no", "--system=no", "--log-target=stderr",
            "-L", f"module-native-protocol-unix auth-anonymous=1 socket={self.socket_path}",
        ]  # fmt: skip
        for name, desc in DEFAULT_SINKS.items():
            argv += ["-L", f"module-null-sink sink_name={name} rate={RATE} sink_properties=\"{_prop(desc)}\""]
        argv += [
            "-L", "module-remap-source source_name=headset_mic master=headset_mic_feed.monitor "
            f"source_properties=\"{_prop('Test Headset Microphone')}\"",
        ]  # fmt: skip
        self.proc = procs.start_process(argv, log_path=self.log_path, env=self._env())
        procs.wait_until(self._ready, timeout, what="pulseaudio to answer")
        self.pactl("set-default-sink", "headset_out")
        self.pactl("set-default-source", "headset_mic")
        for name in DEFAULT_SINKS:
            self._start_keeper(name)
        return self

    def _ready(self) -> bool:
        if self.proc is None or self.proc.poll() is not None:
            raise RuntimeError(f"pulseaudio exited at start:\n{procs.tail(self.log_path)}")
        if not self.socket_path.exists():
            return False
        return subprocess.run(["pactl", "info"], env=self._env(), capture_output=True, timeout=5).returncode == 0

    def _start_keeper(self, sink: str) -> None:
        # an idle null sink runs at ~2 s latency and stalls the first real stream; a 20 ms stream keeps it low
        self.keepers[sink] = procs.start_process(
            ["pacat", "--playback", "-d", sink, "--latency-msec=20", "--raw", f"--rate={RATE}", "--channels=1",
             "--format=s16le", "--client-name=keeper", "/dev/zero"],
            env=self._env(), log_path=self.workdir / f"keeper-{sink}.log",
        )  # fmt: skip

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def pids(self) -> list[int]:
        return [p.pid for p in [self.proc, *self.keepers.values()] if p is not None]

    def stop(self) -> None:
        for keeper in self.keepers.values():
            procs.stop_process(keeper)
        self.keepers.clear()
        procs.stop_process(self.proc)
        self.proc = None

    def close(self) -> None:
        self.stop()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> PulseServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- control ----------------------------------------------------------------------------------
    def pactl(self, *args: str) -> str:
        result = subprocess.run(["pactl", *args], env=self._env(), capture_output=True, text=True, timeout=10)
        if result.returncode != 0:
            raise RuntimeError(f"pactl {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def sinks(self) -> list[str]:
        return [line.split("\t")[1] for line in self.pactl("list", "short", "sinks").splitlines() if "\t" in line]

    def sources(self) -> list[str]:
        return [line.split("\t")[1] for line in self.pactl("list", "short", "sources").splitlines() if "\t" in line]

    def descriptions(self, kind: str = "sinks") -> dict[str, str]:
        """name -> description for 'sinks' or 'sources'."""
        out: dict[str, str] = {}
        name = None
        for line in self.pactl("list", kind).splitlines():
            line = line.strip()
            if line.startswith("Name:"):
                name = line.split(":", 1)[1].strip()
            elif line.startswith("Description:") and name:
                out[name] = line.split(":", 1)[1].strip()
        return out

    def load_sink(self, name: str, description: str) -> int:
        """Load a null sink (a hot-plugged device); returns the module index. Gets a keeper stream."""
        index = int(self.pactl("load-module", "module-null-sink", f"sink_name={name}", f"rate={RATE}",
                               f"sink_properties=\"{_prop(description)}\"").strip())  # fmt: skip
        self._start_keeper(name)
        return index

    def unload_sink(self, name: str) -> None:
        keeper = self.keepers.pop(name, None)
        procs.stop_process(keeper)
        for line in self.pactl("list", "short", "modules").splitlines():
            fields = line.split("\t")
            if len(fields) >= 3 and fields[1] == "module-null-sink" and f"sink_name={name}" in fields[2].split():
                self.pactl("unload-module", fields[0])
                return
        raise ValueError(f"no null sink named {name!r}")

    # ---- audio ------------------------------------------------------------------------------------
    def record(self, device: str, seconds: float) -> np.ndarray:
        """Record `seconds` of 16 kHz mono int16 from a source, or from a sink's monitor when given a sink."""
        source = device if device in self.sources() else f"{device}.monitor"
        nbytes = int(seconds * RATE) * 2
        proc = procs.start_process(
            ["parec", "-d", source, "--raw", f"--rate={RATE}", "--channels=1", "--format=s16le", "--latency-msec=20"],
            env=self._env(), stdout=subprocess.PIPE,
        )  # fmt: skip
        data = b""
        try:
            assert proc.stdout is not None
            while len(data) < nbytes:
                chunk = proc.stdout.read(nbytes - len(data))
                if not chunk:
                    break
                data += chunk
        finally:
            procs.stop_process(proc)
        samples: np.ndarray = np.frombuffer(data[: nbytes - nbytes % 2], dtype=np.int16).copy()
        return samples

    def play(self, sink: str, audio: np.ndarray | str | Path, wait: bool = True) -> subprocess.Popen[bytes]:
        """Play int16 16 kHz mono samples (or a WAV file) into a sink. wait=False returns the running player."""
        if isinstance(audio, str | Path):
            proc = procs.start_process(["paplay", "-d", sink, str(audio)], env=self._env())
        else:
            proc = procs.start_process(
                ["pacat", "--playback", "-d", sink, "--raw", f"--rate={RATE}", "--channels=1", "--format=s16le",
                 "--latency-msec=20"],
                env=self._env(), stdin=subprocess.PIPE,
            )  # fmt: skip
            assert proc.stdin is not None
            try:
                proc.stdin.write(np.asarray(audio, dtype=np.int16).tobytes())
            finally:
                proc.stdin.close()
        if wait:
            seconds = 60.0 if isinstance(audio, str | Path) else len(audio) / RATE + 10
            proc.wait(seconds)
        return proc

    @staticmethod
    def tone(freq: float, seconds: float, amplitude: float = 0.5) -> np.ndarray:
        t = np.arange(int(seconds * RATE)) / RATE
        samples: np.ndarray = (np.sin(2 * np.pi * freq * t) * amplitude * 32767).astype(np.int16)
        return samples

    @staticmethod
    def write_wav(path: Path, samples: np.ndarray) -> Path:
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(np.asarray(samples, dtype=np.int16).tobytes())
        return path


def dominant_frequency(samples: np.ndarray, rate: int = RATE) -> float:
    """Frequency (Hz) of the strongest FFT bin, for tone checks."""
    x = np.asarray(samples, dtype=np.float64)
    if len(x) == 0:
        return 0.0
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    spectrum[0] = 0.0
    return float(np.argmax(spectrum) * rate / len(x))


def rms(samples: np.ndarray) -> float:
    x = np.asarray(samples, dtype=np.float64)
    return float(np.sqrt(np.mean(x * x))) if len(x) else 0.0
