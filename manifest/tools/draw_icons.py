#!/usr/bin/env python3
"""Draws the Teams app icons (manifest/color.png 192x192, manifest/outline.png 32x32).

A sheet of minutes with a tick: the bot turns minutes into follow-up. Shapes are described
geometrically and rendered with supersampling, so the edges are smooth without any image library.
Run from the repository root: python3 manifest/tools/draw_icons.py
"""
import math
import os
import struct
import zlib

BRAND = (0x25, 0x63, 0xA8)       # accentColor in manifest.json
PAPER = (0xFF, 0xFF, 0xFF)
FOLD = (0xC9, 0xDB, 0xF0)
LINES = (0xA9, 0xC2, 0xDE)
TICK_DISC = (0x1E, 0x9E, 0x6A)


def write_png(path, width, height, pixels):
    """pixels: rows of (r, g, b, a) tuples; written as 8-bit RGBA, filter 0."""
    raw = bytearray()
    for row in pixels:
        raw.append(0)
        for r, g, b, a in row:
            raw += bytes((r, g, b, a))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", header))
        f.write(chunk(b"IDAT", zlib.compress(bytes(raw), 9)))
        f.write(chunk(b"IEND", b""))


def in_polygon(x, y, points):
    inside = False
    n = len(points)
    for i in range(n):
        x1, y1 = points[i]
        x2, y2 = points[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def segment_distance(x, y, a, b):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy))


def near_polyline(x, y, points, width, closed=False):
    pairs = list(zip(points, points[1:] + (points[:1] if closed else [])))
    return any(segment_distance(x, y, a, b) <= width / 2 for a, b in pairs)


def in_rounded_rect(x, y, x0, y0, x1, y1, r):
    if not (x0 <= x <= x1 and y0 <= y <= y1):
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return math.hypot(x - cx, y - cy) <= r


def render(size, samples, layers, background):
    """layers: (test(x, y) -> bool, rgb) painted in order over the background (rgba)."""
    rows = []
    step = 1.0 / samples
    for py in range(size):
        row = []
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(samples):
                for sx in range(samples):
                    x = px + (sx + 0.5) * step
                    y = py + (sy + 0.5) * step
                    colour, alpha = background[:3], background[3]
                    for test, rgb in layers:
                        if test(x, y):
                            colour, alpha = rgb, 255
                    acc[0] += colour[0] * alpha
                    acc[1] += colour[1] * alpha
                    acc[2] += colour[2] * alpha
                    acc[3] += alpha
            n = samples * samples
            a = acc[3] / n
            if a == 0:
                row.append((0, 0, 0, 0))
            else:
                row.append(tuple(round(c / acc[3]) for c in acc[:3]) + (round(a),))
        rows.append(row)
    return rows


def colour_icon():
    size = 192
    sheet = [(54, 34), (112, 34), (140, 62), (140, 158), (54, 158)]
    fold = [(112, 34), (140, 62), (112, 62)]
    tick = [(118, 138), (130, 150), (152, 124)]
    layers = [
        (lambda x, y: in_rounded_rect(x, y, 0, 0, size, size, 36), BRAND),
        (lambda x, y: in_polygon(x, y, sheet), PAPER),
        (lambda x, y: in_polygon(x, y, fold), FOLD),
    ]
    for i, length in enumerate((44, 56, 50, 36)):
        top = 76 + i * 16
        layers.append((lambda x, y, t=top, l=length: in_rounded_rect(x, y, 68, t, 68 + l, t + 7, 3.5), LINES))
    layers.append((lambda x, y: math.hypot(x - 134, y - 136) <= 30, TICK_DISC))
    layers.append((lambda x, y: near_polyline(x, y, tick, 8.5), PAPER))
    return render(size, 4, layers, (0, 0, 0, 0))


def outline_icon():
    size = 32
    sheet = [(7.5, 3.5), (18.5, 3.5), (24.5, 9.5), (24.5, 28.5), (7.5, 28.5)]
    fold = [(18.5, 3.5), (18.5, 9.5), (24.5, 9.5)]
    tick = [(11, 18), (14.5, 21.5), (21, 14)]
    layers = [
        (lambda x, y: near_polyline(x, y, sheet, 2.0, closed=True), PAPER),
        (lambda x, y: near_polyline(x, y, fold, 1.6), PAPER),
        (lambda x, y: near_polyline(x, y, tick, 2.4), PAPER),
    ]
    return render(size, 8, layers, (255, 255, 255, 0))


def main():
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    write_png(os.path.join(folder, "color.png"), 192, 192, colour_icon())
    outline = outline_icon()
    # Teams wants the outline white on transparent: every pixel white, only alpha varies.
    outline = [[(255, 255, 255, a) for (_, _, _, a) in row] for row in outline]
    write_png(os.path.join(folder, "outline.png"), 32, 32, outline)


if __name__ == "__main__":
    main()
