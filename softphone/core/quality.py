"""Call quality estimate: a simplified ITU-T G.107 E-model (pure, no I/O).

R = R0 - Is - Id - Ie_eff + A with the defaults folded into 93.2 (R0 - Is), A = 0:
- Id (delay impairment) from the one-way mouth-to-ear delay, the common approximation
  Id = 0.024 d + 0.11 (d - 177.3) H(d - 177.3) (Cole & Rosenbluth).
- Ie_eff = Ie + (95 - Ie) * Ppl / (Ppl / BurstR + Bpl) with the codec's Ie/Bpl (G.113 Appendix I).
MOS from R per G.107 Annex B.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CodecImpairment:
    ie: float  # equipment impairment factor
    bpl: float  # packet-loss robustness factor
    frame_delay_ms: float  # algorithmic + packetization delay contribution


# G.113 Appendix I values (with PLC where the codec has it); wideband codecs are rated on the
# narrowband scale here, which underestimates them slightly: good enough for a quality indicator.
CODEC_IMPAIRMENTS: dict[str, CodecImpairment] = {
    "PCMU": CodecImpairment(ie=0.0, bpl=25.1, frame_delay_ms=20.0),
    "PCMA": CodecImpairment(ie=0.0, bpl=25.1, frame_delay_ms=20.0),
    "G722": CodecImpairment(ie=0.0, bpl=25.1, frame_delay_ms=20.0),
    "GSM": CodecImpairment(ie=20.0, bpl=10.0, frame_delay_ms=20.0),
    "ILBC": CodecImpairment(ie=11.0, bpl=32.0, frame_delay_ms=30.0),
    "SPEEX": CodecImpairment(ie=11.0, bpl=20.0, frame_delay_ms=20.0),
    "L16": CodecImpairment(ie=0.0, bpl=25.1, frame_delay_ms=20.0),
    "OPUS": CodecImpairment(ie=0.0, bpl=30.0, frame_delay_ms=20.0),
}
DEFAULT_IMPAIRMENT = CodecImpairment(ie=10.0, bpl=20.0, frame_delay_ms=20.0)


def codec_impairment(codec: str) -> CodecImpairment:
    """Look a codec up by name, ignoring a clock-rate suffix ("PCMU/8000", "speex/16000")."""
    name = codec.split("/", 1)[0].strip().upper()
    return CODEC_IMPAIRMENTS.get(name, DEFAULT_IMPAIRMENT)


def delay_impairment(one_way_delay_ms: float) -> float:
    d = max(0.0, one_way_delay_ms)
    extra = d - 177.3
    return 0.024 * d + (0.11 * extra if extra > 0 else 0.0)


def r_factor(codec: str, loss_pct: float, rtt_ms: float = 0.0, jitter_ms: float = 0.0,
             burst_ratio: float = 1.0) -> float:
    """R factor (0..100) for a call with the given codec, packet loss (%), round-trip time and jitter (ms)."""
    imp = codec_impairment(codec)
    ppl = min(100.0, max(0.0, loss_pct))
    burst = max(1.0, burst_ratio)
    ie_eff = imp.ie + (95.0 - imp.ie) * ppl / (ppl / burst + imp.bpl)
    # One way: half the RTT (or a LAN-ish 20 ms when unknown) + jitter buffer (~2 x jitter) + codec framing.
    network_ms = rtt_ms / 2.0 if rtt_ms > 0 else 20.0
    one_way = network_ms + 2.0 * max(0.0, jitter_ms) + imp.frame_delay_ms
    r = 93.2 - delay_impairment(one_way) - ie_eff
    return max(0.0, min(100.0, r))


def mos_from_r(r: float) -> float:
    """ITU-T G.107 Annex B: R -> MOS-CQE (1.0 .. 4.5)."""
    if r <= 0:
        return 1.0
    if r >= 100:
        return 4.5
    mos = 1.0 + 0.035 * r + r * (r - 60.0) * (100.0 - r) * 7e-6
    return max(1.0, min(4.5, mos))


def mos(codec: str, loss_pct: float, rtt_ms: float = 0.0, jitter_ms: float = 0.0) -> float:
    """MOS estimate, rounded to two decimals."""
    return round(mos_from_r(r_factor(codec, loss_pct, rtt_ms, jitter_ms)), 2)
