#!/usr/bin/env python3
"""Draws Ponte's application icon (a bridge arch over a deck) into resources/icons/ponte-N.png.

Pure Python (zlib only) so it runs anywhere; 4x4 supersampling for anti-aliasing.
usage: scripts/make-icon.py [output-dir]
"""
import math
import os
import struct
import sys
import zlib

BLUE_TOP = (0x19, 0x76, 0xD2)
BLUE_BOTTOM = (0x0D, 0x47, 0xA1)
WHITE = (0xFF, 0xFF, 0xFF)
ORANGE = (0xFF, 0x8F, 0x00)


def inside_rounded_square(x, y, radius):
    # Unit square [0,1]^2 with rounded corners.
    cx = min(max(x, radius), 1 - radius)
    cy = min(max(y, radius), 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def colour_at(x, y):
    """Colour (r, g, b) or None (transparent) at normalised coordinates (y grows downwards)."""
    if not inside_rounded_square(x, y, 0.2):
        return None
    # Deck: an orange band across the icon.
    if 0.62 <= y <= 0.70 and 0.12 <= x <= 0.88:
        return ORANGE
    # Arch: the upper half of an annulus centred on the deck.
    d = math.hypot(x - 0.5, y - 0.66)
    if y <= 0.66 and 0.26 <= d <= 0.33:
        return WHITE
    # Hangers from the arch down to the deck.
    for hx in (0.34, 0.42, 0.5, 0.58, 0.66):
        top = 0.66 - math.sqrt(max(0.0, 0.295 ** 2 - (hx - 0.5) ** 2))
        if abs(x - hx) <= 0.012 and top <= y <= 0.62:
            return WHITE
    # Piers under the deck.
    if 0.70 <= y <= 0.84 and (0.18 <= x <= 0.25 or 0.75 <= x <= 0.82):
        return WHITE
    t = y
    return tuple(round(a + (b - a) * t) for a, b in zip(BLUE_TOP, BLUE_BOTTOM))


def render(size, samples=4):
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter: none
        for px in range(size):
            r = g = b = a = 0
            for sy in range(samples):
                for sx in range(samples):
                    c = colour_at((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
                    if c is not None:
                        r += c[0]
                        g += c[1]
                        b += c[2]
                        a += 1
            n = samples * samples
            if a:
                row += bytes((r // a, g // a, b // a, 255 * a // n))
            else:
                row += bytes((0, 0, 0, 0))
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, pixels):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels, 9))
            + chunk(b"IEND", b""))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "resources", "icons")
    os.makedirs(out, exist_ok=True)
    for size in (16, 32, 48, 64, 128, 256):
        with open(os.path.join(out, f"ponte-{size}.png"), "wb") as f:
            f.write(png(size, render(size)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
