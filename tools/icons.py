#!/usr/bin/env python3
"""Draws the extension icons (a blue rounded square with a white bridge arc) as PNGs.

Run once; the PNGs are committed. Pure standard library: zlib + struct for the PNG container.
"""
import pathlib, struct, zlib

def png(size):
    rows = []
    r = size * 0.2
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            cx, cy = x + 0.5, y + 0.5
            # Rounded square mask.
            dx = max(r - cx, 0, cx - (size - r)); dy = max(r - cy, 0, cy - (size - r))
            inside = dx * dx + dy * dy <= r * r
            # Bridge: an arc plus a deck.
            ax, ay = size / 2, size * 0.78
            dist = ((cx - ax) ** 2 + (cy - ay) ** 2) ** 0.5
            arc = abs(dist - size * 0.34) < size * 0.07 and cy < ay
            deck = abs(cy - size * 0.62) < size * 0.05 and size * 0.14 < cx < size * 0.86
            if not inside:
                row += bytes([0, 0, 0, 0])
            elif arc or deck:
                row += bytes([255, 255, 255, 255])
            else:
                row += bytes([15, 108, 189, 255])
        rows.append(bytes(row))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))

out = pathlib.Path(__file__).resolve().parent.parent / "extension" / "icons"
out.mkdir(parents=True, exist_ok=True)
for size in (16, 32, 48, 128):
    (out / f"icon-{size}.png").write_bytes(png(size))
