"""Writes the packing station's four sounds (ok, check, hold, error) as WAV files, bit for bit.

Run from anywhere: ``python resources/sounds/make_sounds.py [FOLDER]`` (default: this folder).
Only the standard library; the same bytes on every run (tests/ui/station/test_sounds.py checks
that the shipped files are what this script writes).
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100  # Hz, mono, 16-bit PCM: what every QSoundEffect backend plays
PEAK = 0.7  # of full scale: loud over a warehouse's noise, no clipping
FADE_S = 0.006  # in and out of every tone: no click

# Each sound: (frequency Hz or 0 for silence, seconds, harmonics). Harmonics are odd partials
# added to the sine (1/n loudness): none is a clean beep, more is a harsher buzz.
Tone = tuple[float, float, int]
SOUNDS: dict[str, tuple[Tone, ...]] = {
    # two quick rising notes (C6, G6): "done, next"
    "ok": ((1046.5, 0.09, 0), (0, 0.03, 0), (1568.0, 0.16, 0)),
    # three even mid beeps: "look at the screen"
    "check": ((740.0, 0.12, 1), (0, 0.08, 0), (740.0, 0.12, 1), (0, 0.08, 0), (740.0, 0.12, 1)),
    # a falling two-tone alarm, twice: "stop, this parcel does not go"
    "hold": ((587.3, 0.22, 3), (392.0, 0.22, 3), (0, 0.06, 0), (587.3, 0.22, 3), (392.0, 0.30, 3)),
    # a low harsh double buzz: "that scan did nothing"
    "error": ((196.0, 0.18, 7), (0, 0.06, 0), (196.0, 0.18, 7)),
}


def samples(tones: tuple[Tone, ...]) -> list[int]:
    out: list[int] = []
    for frequency, seconds, harmonics in tones:
        count = round(seconds * RATE)
        if not frequency:
            out.extend([0] * count)
            continue
        partials = [1, *range(3, 3 + 2 * harmonics, 2)]
        norm = sum(1 / n for n in partials)
        fade = round(FADE_S * RATE)
        for i in range(count):
            t = i / RATE
            value = sum(math.sin(2 * math.pi * frequency * n * t) / n for n in partials) / norm
            envelope = min(1.0, i / fade, (count - 1 - i) / fade)
            out.append(round(value * envelope * PEAK * 32767))
    return out


def write(folder: Path) -> list[Path]:
    written = []
    for name, tones in SOUNDS.items():
        path = folder / f"{name}.wav"
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(RATE)
            data = samples(tones)
            wav.writeframes(struct.pack(f"<{len(data)}h", *data))
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    for path in write(target):
        print(path)
