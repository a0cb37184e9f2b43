#!/usr/bin/env python3
"""Renders Ponte's application icon from resources/icons/ponte.svg into every raster form the build ships.

Outputs (committed, so that no platform build needs Python or an SVG renderer):
  ponte-N.png  N = 16 32 48 64 128 256 512  (Qt resources, hicolor theme)
  ponte.ico    16-256, PNG-compressed entries (Windows .rc, NSIS)
  ponte.icns   16-1024 including the @2x variants (macOS bundle)

Pure Python (xml + zlib) so it runs anywhere. It understands the subset of SVG that ponte.svg uses:
<rect> (x, y, width, height, rx), <circle>, and fills that are #RRGGBB or a two-stop vertical
<linearGradient> in user space, painted in document order. Edges are 4x4 supersampled.
usage: scripts/make-icon.py [output-dir]
"""
import math
import os
import struct
import sys
import xml.etree.ElementTree as ET
import zlib

SVG_NS = "{http://www.w3.org/2000/svg}"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (OSType, pixel size); PNG payloads are accepted for all of them since macOS 10.7.
ICNS_ENTRIES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
                ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))


def parse_colour(text):
    text = text.strip().lstrip("#")
    return tuple(int(text[i:i + 2], 16) for i in (0, 2, 4))


class Gradient:
    def __init__(self, element):
        if element.get("gradientUnits") != "userSpaceOnUse" or element.get("x1") != element.get("x2"):
            raise ValueError("only vertical userSpaceOnUse gradients are supported")
        self.y1 = float(element.get("y1"))
        self.y2 = float(element.get("y2"))
        stops = element.findall(SVG_NS + "stop")
        if len(stops) != 2:
            raise ValueError("only two-stop gradients are supported")
        self.top = parse_colour(stops[0].get("stop-color"))
        self.bottom = parse_colour(stops[1].get("stop-color"))

    def at(self, y):
        t = min(max((y - self.y1) / (self.y2 - self.y1), 0.0), 1.0)
        return tuple(round(a + (b - a) * t) for a, b in zip(self.top, self.bottom))


class Shape:
    def __init__(self, element, gradients):
        self.kind = element.tag[len(SVG_NS):]
        fill = element.get("fill")
        if fill.startswith("url(#"):
            self.gradient = gradients[fill[5:-1]]
            self.colour = None
        else:
            self.gradient = None
            self.colour = parse_colour(fill)
        g = lambda name, default=0.0: float(element.get(name, default))
        if self.kind == "rect":
            self.x, self.y, self.w, self.h, self.r = g("x"), g("y"), g("width"), g("height"), g("rx")
        elif self.kind == "circle":
            self.cx, self.cy, self.r = g("cx"), g("cy"), g("r")
        else:
            raise ValueError(f"unsupported element <{self.kind}>")

    def contains(self, x, y):
        if self.kind == "circle":
            return (x - self.cx) ** 2 + (y - self.cy) ** 2 <= self.r ** 2
        if not (self.x <= x <= self.x + self.w and self.y <= y <= self.y + self.h):
            return False
        if self.r <= 0:
            return True
        cx = min(max(x, self.x + self.r), self.x + self.w - self.r)
        cy = min(max(y, self.y + self.r), self.y + self.h - self.r)
        return (x - cx) ** 2 + (y - cy) ** 2 <= self.r ** 2

    def colour_at(self, y):
        return self.colour if self.gradient is None else self.gradient.at(y)


def load_svg(path):
    root = ET.parse(path).getroot()
    view = [float(v) for v in root.get("viewBox").split()]
    gradients = {e.get("id"): Gradient(e) for e in root.iter(SVG_NS + "linearGradient")}
    shapes = [Shape(e, gradients) for e in root if e.tag in (SVG_NS + "rect", SVG_NS + "circle")]
    return view, list(reversed(shapes))  # topmost first


def sample(shapes, x, y):
    """(index of the topmost shape, colour) at user coordinates, or (-1, None) where transparent."""
    for i, shape in enumerate(shapes):
        if shape.contains(x, y):
            return i, shape.colour_at(y)
    return -1, None


def render(view, shapes, size, samples=4):
    vx, vy, vw, vh = view
    sx_scale, sy_scale = vw / size, vh / size
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter: none
        for px in range(size):
            # Sample the corners first: inside one shape the pixel is flat and needs no supersampling.
            corners = {sample(shapes, vx + (px + dx) * sx_scale, vy + (py + dy) * sy_scale)[0]
                       for dx in (0, 1) for dy in (0, 1)}
            n = 1 if len(corners) == 1 else samples
            r = g = b = a = 0
            for sy in range(n):
                for sx in range(n):
                    y = vy + (py + (sy + 0.5) / n) * sy_scale
                    _, c = sample(shapes, vx + (px + (sx + 0.5) / n) * sx_scale, y)
                    if c is not None:
                        r, g, b, a = r + c[0], g + c[1], b + c[2], a + 1
            if a:
                row += bytes((r // a, g // a, b // a, 255 * a // (n * n)))
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


def ico(pngs):
    """ICO with PNG entries (Windows Vista and later, rc.exe and NSIS accept them)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory, data = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(data))
        data += blob
    return header + directory + data


def icns(pngs):
    body = b"".join(kind.encode() + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_ENTRIES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    icons = os.path.join(here, "..", "resources", "icons")
    out = sys.argv[1] if len(sys.argv) > 1 else icons
    os.makedirs(out, exist_ok=True)
    view, shapes = load_svg(os.path.join(icons, "ponte.svg"))
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_ENTRIES})
    pngs = {size: png(size, render(view, shapes, size)) for size in sizes}
    for size in PNG_SIZES:
        with open(os.path.join(out, f"ponte-{size}.png"), "wb") as f:
            f.write(pngs[size])
    with open(os.path.join(out, "ponte.ico"), "wb") as f:
        f.write(ico({size: pngs[size] for size in ICO_SIZES}))
    with open(os.path.join(out, "ponte.icns"), "wb") as f:
        f.write(icns(pngs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
