"""A small PNG reader for tests (8-bit greyscale/RGB/RGBA, non-interlaced, as Chromium writes
screenshots): pixel statistics without Pillow."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}  # colour type → samples per pixel


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def read_png(path: Path) -> tuple[int, int, int, list[bytearray]]:
    """(width, height, channels, rows of raw samples)."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    pos, idat = 8, b""
    width = height = channels = 0
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or ctype not in CHANNELS or interlace:
                raise ValueError(
                    f"unsupported PNG (depth {depth}, type {ctype}, interlace {interlace})"
                )
            channels = CHANNELS[ctype]
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytearray] = []
    prev = bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xFF
            elif f == 2:
                line[i] = (line[i] + b) & 0xFF
            elif f == 3:
                line[i] = (line[i] + ((a + b) >> 1)) & 0xFF
            elif f == 4:
                line[i] = (line[i] + _paeth(a, b, c)) & 0xFF
        rows.append(line)
        prev = line
    return width, height, channels, rows


def grey_stats(path: Path, step: int = 4) -> tuple[float, float]:
    """(variance of grey levels, share of pixels unlike the most common one), every `step`-th
    pixel in both directions."""
    width, height, ch, rows = read_png(path)
    greys: list[int] = []
    for y in range(0, height, step):
        row = rows[y]
        for x in range(0, width, step):
            px = row[x * ch : x * ch + min(ch, 3)]
            greys.append(sum(px) // len(px))
    mean = sum(greys) / len(greys)
    var = sum((g - mean) ** 2 for g in greys) / len(greys)
    common = max(set(greys), key=greys.count)
    return var, sum(1 for g in greys if abs(g - common) > 8) / len(greys)
