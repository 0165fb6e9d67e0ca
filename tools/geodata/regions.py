#!/usr/bin/env python3
"""Generate geodata/regions.geojson: regions and their lifetimes (EVENTS.md group E).

Standard library only. Run from the repository root:

    python3 tools/geodata/regions.py          # writes geodata/regions.geojson
    python3 tools/geodata/regions.py --check  # only checks the geometry, writes nothing

The file holds
  * region-alash, kept exactly as it was (geometry and dates; render tests use it),
  * region-alash-west, the western branch of Alash Orda around Zhympity,
  * the oblasts Alash claimed (affiliation "administrative", drawn as outlines),
  * the Turkestan (Kokand) and Bashkir autonomies,
  * the anti-Bolshevik governments (Komuch, Provisional Siberian Government, Ufa Directory,
    Kolchak), several of them in stages, so the map shows their territory change,
  * the Kirghiz ASSR from 26 August 1920.

Every border is drawn by hand at country scale from general geographic knowledge
[outside the sources]; the texts give no border at all.

How the geometry is built
-------------------------
The oblast borders are a small planar network: named NODES (points where three areas meet,
or where a border reaches the coast) joined by CHAINS (vertex lists from one node to another).
Every oblast is a ring of chains, so two neighbours use the very same vertices along their
common border: no gaps and no overlaps by construction. A union of oblasts (the Kirghiz ASSR,
Akmola with its Omsk uezd) is the ring of the chains that only one member uses.
Hand-drawn chains are densified and smoothed (Chaikin corner cutting, end points fixed) once,
before any ring uses them. Coast chains are the Caspian shore of geodata/base/land.geojson
(Natural Earth 1:50m), copied here so the script needs no other file. Country borders that
have not moved since 1914 (China, Mongolia) are not smoothed.
The script checks every ring for self-intersections and every pair of oblasts for shared
area, and stops on a failure.
"""
import json
import math
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "geodata", "regions.geojson")

OUTSIDE = "[outside the sources]"
NOCITE = "no citation in the text"
S0 = "Otan tarihy 2025, 28(4)"
S1 = ("S1: article on the 1917 All-Russian Constituent Assembly elections and the Kazakh "
      "(Alash) deputies (sources/001_70fb7438e1d78cfd.txt)")
S2 = "S2: B. Koishybayev, «Тарихи келіссөзге – бір ғасыр» (sources/002_1bf4da2612e2b7c1.txt)"
S3 = "S3: Wikipedia, «Alash (party)» (sources/003_76fe93f2cb57891b.txt)"
S4 = "S4: Vietnamese Wikipedia, «Vùng tự chủ Alash» (sources/004_35f2bdddfdd8b1e1.txt)"
HAND = ("drawn by hand at country scale, accurate to some tens of kilometres at best "
        "[outside the sources]")

# ---------------------------------------------------------------------------------------------
# Geometry helpers
# ---------------------------------------------------------------------------------------------


def r2(p):
    return (round(p[0] + 0.0, 2) + 0.0, round(p[1] + 0.0, 2) + 0.0)


def dedupe(pts):
    out = []
    for p in pts:
        if not out or out[-1] != p:
            out.append(p)
    return out


def densify(pts, step):
    """Insert points so that no segment is longer than `step` degrees."""
    out = [pts[0]]
    for a, b in zip(pts, pts[1:]):
        d = math.hypot(b[0] - a[0], b[1] - a[1])
        n = max(1, int(math.ceil(d / step)))
        for k in range(1, n + 1):
            t = k / n
            out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
    return out


def chaikin(pts, iterations):
    """Corner cutting on an open polyline; the two end points stay where they are."""
    for _ in range(iterations):
        if len(pts) < 3:
            return pts
        out = [pts[0]]
        last = len(pts) - 2
        for i, (a, b) in enumerate(zip(pts, pts[1:])):
            q = (0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1])
            r = (0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1])
            if i > 0:
                out.append(q)
            if i < last:
                out.append(r)
        out.append(pts[-1])
        pts = out
    return pts


def chaikin_ring(pts, iterations):
    """Corner cutting on a closed ring given without its closing point."""
    for _ in range(iterations):
        out = []
        n = len(pts)
        for i in range(n):
            a, b = pts[i], pts[(i + 1) % n]
            out.append((0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]))
            out.append((0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]))
        pts = out
    return pts


def _dist_to_segment(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == 0 and dy == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def simplify(pts, tol):
    """Douglas-Peucker on an open polyline; the end points stay."""
    if len(pts) < 3 or tol <= 0:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = -1.0, None
        for k in range(i + 1, j):
            d = _dist_to_segment(pts[k], pts[i], pts[j])
            if d > best:
                best, idx = d, k
        if idx is not None and best > tol:
            keep[idx] = True
            stack.append((i, idx))
            stack.append((idx, j))
    return [p for p, k in zip(pts, keep) if k]


TOLERANCE = 0.01  # degrees (about 1 km): what the smoothing adds below that is dropped again


def shape(pts, smooth=True, step=0.8, iterations=2):
    """Hand-drawn vertices -> the vertices used in the file (rounded to 0.01 degree)."""
    pts = [tuple(map(float, p)) for p in pts]
    if smooth:
        pts = simplify(chaikin(densify(pts, step), iterations), TOLERANCE)
    pts = dedupe([r2(p) for p in pts])
    # The end points are nodes: keep them exactly as given.
    return pts


def signed_area(ring):
    s = 0.0
    for a, b in zip(ring, ring[1:]):
        s += a[0] * b[1] - b[0] * a[1]
    return s / 2.0


def ccw(ring):
    """Closed ring, counter-clockwise (RFC 7946 outer ring)."""
    if ring[0] != ring[-1]:
        ring = ring + [ring[0]]
    if signed_area(ring) < 0:
        ring = list(reversed(ring))
    return ring


def _orient(a, b, c):
    v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return (v > 1e-12) - (v < -1e-12)


def _on_segment(a, b, p):
    return (min(a[0], b[0]) - 1e-12 <= p[0] <= max(a[0], b[0]) + 1e-12
            and min(a[1], b[1]) - 1e-12 <= p[1] <= max(a[1], b[1]) + 1e-12)


def segments_touch(a, b, c, d):
    o1, o2, o3, o4 = _orient(a, b, c), _orient(a, b, d), _orient(c, d, a), _orient(c, d, b)
    if o1 != o2 and o3 != o4:
        return True
    if o1 == 0 and _on_segment(a, b, c):
        return True
    if o2 == 0 and _on_segment(a, b, d):
        return True
    if o3 == 0 and _on_segment(c, d, a):
        return True
    if o4 == 0 and _on_segment(c, d, b):
        return True
    return False


def ring_problems(ring):
    """Self-intersections, repeated vertices and spikes of a closed ring."""
    problems = []
    pts = ring[:-1]
    if len(set(pts)) != len(pts):
        seen = set()
        for p in pts:
            if p in seen:
                problems.append("repeated vertex %s" % (p,))
            seen.add(p)
    n = len(pts)
    segs = [(pts[i], pts[(i + 1) % n]) for i in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            if j == i + 1 or (i == 0 and j == n - 1):
                # Neighbours share a vertex; they must not fold back onto each other.
                a, b = segs[i]
                c, d = segs[j]
                shared = b if j == i + 1 else a
                other_i = a if j == i + 1 else b
                other_j = d if j == i + 1 else c
                if (_orient(other_i, shared, other_j) == 0
                        and (other_j[0] - shared[0]) * (other_i[0] - shared[0])
                        + (other_j[1] - shared[1]) * (other_i[1] - shared[1]) > 0):
                    problems.append("spike at %s" % (shared,))
                continue
            if segments_touch(segs[i][0], segs[i][1], segs[j][0], segs[j][1]):
                problems.append("segments %s and %s cross" % (segs[i], segs[j]))
    return problems


def point_in_ring(p, ring):
    x, y = p
    inside = False
    for a, b in zip(ring, ring[1:]):
        if (a[1] > y) != (b[1] > y):
            xi = a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            if xi > x:
                inside = not inside
    return inside


# ---------------------------------------------------------------------------------------------
# The oblast network: nodes and chains
# ---------------------------------------------------------------------------------------------

NODES = {
    "BUS": (50.1, 50.75),    # Bukey Horde / Ural oblast / Samara gubernia
    "BNW": (46.8, 49.35),    # Bukey Horde, north-west corner (Astrakhan and Samara gubernias)
    "BKW": r2((48.685, 46.086)),   # Bukey Horde reaches the Caspian east of the Volga delta
    "BKE": r2((50.921, 47.041)),   # Bukey Horde / Ural oblast on the Caspian
    "UMO": r2((51.745, 46.933)),   # mouth of the Ural river (Caspian)
    "UMC": r2((53.2, 45.331)),   # Ural oblast / Mangyshlak on the Caspian (Mertvyi Kultuk)
    "URN": (52.5, 51.5),     # the Ural river enters the Ural oblast (Orenburg border)
    "TUO": (56.4, 50.85),    # Turgay / Ural oblasts / Orenburg gubernia
    "UTA": (59.35, 46.55),   # Turgay / Ural oblasts on the Aral Sea
    "UMA": (58.25, 45.7),    # Ural oblast / Mangyshlak on the Aral Sea
    "UM56": (56.0, 45.55),   # Ural oblast / Mangyshlak at 56 E (the Ustyurt)
    "TSA": (60.5, 46.75),    # Turgay / Syr-Darya oblasts on the Aral Sea
    "SAA": (61.05, 44.55),   # Syr-Darya oblast / Amu-Darya otdel on the Aral Sea
    "TOR": (59.6, 50.55),    # on the Turgay-Orenburg border south of the Novolineiny lobe
    "TK": (64.2, 54.3),      # Turgay oblast / Orenburg (Troitsk uezd) / Tobolsk (Kurgan uezd)
    "TAN": (65.5, 54.35),    # Turgay / Akmola oblasts / Tobolsk gubernia
    "TAS": (66.8, 47.5),     # Turgay / Akmola / Syr-Darya oblasts (Betpak-Dala)
    "OMW": (71.1, 55.28),    # Omsk uezd, north-west corner
    "OSE": (75.6, 53.8),     # Omsk uezd, south-east corner (on the Pavlodar uezd border)
    "ASN": (76.3, 54.1),     # Akmola / Semipalatinsk oblasts / Tomsk gubernia
    "ASB": (74.5, 46.5),     # Akmola / Semipalatinsk / Semirechye, in Lake Balkhash
    "ASS": (73.3, 45.8),     # Akmola / Semirechye / Syr-Darya, west of Lake Balkhash
    "SCM": (87.3, 49.1),     # Semipalatinsk oblast / China / Mongolia (Tabyn-Bogdo-Ola)
    "SSC": (83.1, 47.2),     # Semipalatinsk / Semirechye / China (Tarbagatai)
    "FSC": (75.2, 40.45),    # Fergana / Semirechye / China (Torugart)
    "FSS": (73.6, 42.15),    # Fergana / Semirechye / Syr-Darya (Talas Alatau)
    "SFS": (69.6, 40.65),    # Syr-Darya / Fergana / Samarkand (Kurama range)
    "SDS": (68.0, 41.2),     # Syr-Darya / Samarkand (Jizzakh uezd) / Bukhara, on the Syr Darya
    "MGS": r2((52.469, 41.885)),   # Mangyshlak south end on the Caspian (today's Kazakh border)
    "M56S": (56.0, 41.3),    # Mangyshlak south-east corner
    "MGW": (90.5, 51.7),     # on the Altai-Sayan frontier (Minusinsk uezd)
    "KUL": (103.7, 51.72),   # Kultuk, south-western tip of Lake Baikal
    "BKN": (108.3, 54.3),    # on the western shore of Lake Baikal, north of Olkhon
}

# Caspian shore from geodata/base/land.geojson (the hole of the Eurasian land polygon),
# 3-decimal vertices as stored there, west to east and then south.
CASPIAN = [
    (48.685, 46.086), (49.081, 46.189), (49.124, 46.282), (49.247, 46.291), (49.207, 46.385),
    (49.286, 46.437), (49.362, 46.411), (49.347, 46.519), (49.887, 46.595), (50.305, 46.795),
    (50.42, 46.88), (50.582, 46.883), (50.921, 47.041),  # BKE
    (51.176, 47.111), (51.616, 47.031), (51.745, 46.933),  # UMO
    (52.012, 46.902), (52.138, 46.829), (52.339, 46.895), (52.483, 46.991), (52.915, 46.954),
    (53.034, 46.894), (53.138, 46.743), (53.171, 46.67), (53.077, 46.548), (53.063, 46.475),
    (53.11, 46.414), (53.135, 46.192), (53.041, 45.968), (52.886, 45.779), (52.775, 45.572),
    (52.836, 45.496), (53.084, 45.408), (53.2, 45.331),  # UMC
    (52.912, 45.319), (52.426, 45.404), (51.734, 45.399), (51.54, 45.343), (51.418, 45.357),
    (51.295, 45.23), (51.248, 45.121), (51.04, 44.98), (51.011, 44.921), (51.058, 44.812),
    (51.31, 44.619), (51.432, 44.602), (51.544, 44.531), (51.378, 44.541), (51.176, 44.501),
    (50.86, 44.628), (50.41, 44.625), (50.298, 44.581), (50.251, 44.406), (50.33, 44.326),
    (50.687, 44.265), (50.831, 44.192), (51.065, 43.75), (51.302, 43.482), (51.295, 43.173),
    (51.616, 43.158), (51.702, 43.104), (51.9, 42.869), (52.184, 42.869), (52.274, 42.8),
    (52.494, 42.821), (52.598, 42.76), (52.638, 42.555), (52.62, 42.429), (52.462, 42.1),
    (52.469, 41.885),  # MGS
]


def caspian(a, b):
    """The shore from node a to node b (both on it), rounded."""
    pts = [r2(p) for p in CASPIAN]
    i, j = pts.index(NODES[a]), pts.index(NODES[b])
    return dedupe(pts[i:j + 1]) if i < j else dedupe(list(reversed(pts[j:i + 1])))


# name: (from-node, to-node, vertices, smooth?)
RAW = {
    # Bukey (Inner) Horde
    "bukey_north": ("BUS", "BNW", [(50.1, 50.75), (49.6, 50.5), (49.1, 50.3), (48.6, 50.12),
                                   (48.1, 49.98), (47.5, 49.8), (47.1, 49.6), (46.8, 49.35)], True),
    "bukey_west": ("BNW", "BKW", [(46.8, 49.35), (46.6, 48.95), (46.65, 48.5), (46.95, 48.05),
                                  (47.35, 47.6), (47.75, 47.15), (48.1, 46.75), (48.45, 46.4),
                                  (48.69, 46.09)], True),
    "bukey_ural": ("BUS", "BKE", [(50.1, 50.75), (50.45, 50.3), (50.75, 49.8), (51.0, 49.2),
                                  (51.05, 48.6), (51.05, 48.0), (51.0, 47.5), (50.92, 47.04)], True),
    # Ural oblast
    "ural_north_w": ("BUS", "URN", [(50.1, 50.75), (50.5, 51.05), (50.9, 51.4), (51.4, 51.62),
                                    (51.9, 51.6), (52.5, 51.5)], True),
    "ural_north_e": ("URN", "TUO", [(52.5, 51.5), (53.1, 51.4), (53.7, 51.25), (54.3, 51.05),
                                    (54.9, 50.92), (55.6, 50.85), (56.4, 50.85)], True),
    "ural_river": ("URN", "UMO", [(52.5, 51.5), (52.0, 51.42), (51.6, 51.3), (51.33, 51.18),
                                  (51.22, 50.8), (51.15, 50.25), (51.35, 49.7), (51.8, 49.1),
                                  (51.85, 48.5), (51.75, 48.0), (51.85, 47.5), (51.9, 47.15),
                                  (51.75, 46.93)], True),
    "ural_turgay": ("TUO", "UTA", [(56.4, 50.85), (56.55, 50.3), (56.95, 49.7), (57.75, 49.0),
                                   (58.2, 48.3), (58.55, 47.6), (58.9, 47.0), (59.35, 46.55)], True),
    "ural_mang_w": ("UMC", "UM56", [(53.2, 45.33), (53.8, 45.42), (54.4, 45.48), (55.2, 45.52),
                                    (56.0, 45.55)], True),
    "ural_mang_e": ("UM56", "UMA", [(56.0, 45.55), (56.8, 45.6), (57.5, 45.65), (58.25, 45.7)],
                    True),
    # Aral Sea shore as of about 1917 (level ~53 m; far larger than today's)
    "aral_w": ("UMA", "UTA", [(58.25, 45.7), (58.45, 46.0), (58.8, 46.25), (59.05, 46.4),
                              (59.35, 46.55)], True),
    "aral_n": ("UTA", "TSA", [(59.35, 46.55), (59.7, 46.68), (60.1, 46.72), (60.5, 46.75)], True),
    "aral_e": ("TSA", "SAA", [(60.5, 46.75), (60.95, 46.8), (61.4, 46.78), (61.55, 46.58),
                              (61.3, 46.38), (61.1, 46.15), (61.3, 45.9), (61.55, 45.55),
                              (61.5, 45.2), (61.25, 44.9), (61.05, 44.55)], True),
    # Mangyshlak (Transcaspian oblast; only for the Kirghiz ASSR)
    "mang_south": ("MGS", "M56S", [(52.47, 41.89), (53.3, 42.25), (54.1, 42.35), (54.9, 41.95),
                                   (55.45, 41.3), (56.0, 41.3)], False),
    "mang_east": ("M56S", "UM56", [(56.0, 41.3), (56.0, 42.4), (56.0, 43.5), (56.0, 44.5),
                                   (56.0, 45.55)], False),
    # Turgay oblast
    "tur_north_w1": ("TUO", "TOR", [(56.4, 50.85), (57.0, 50.88), (57.7, 50.95), (58.3, 51.0),
                                    (58.65, 50.95), (59.0, 50.65), (59.6, 50.55)], True),
    "tur_north_w2": ("TOR", "TK", [(59.6, 50.55), (60.4, 50.6), (61.3, 50.8), (61.55, 51.25),
                                   (61.0, 51.9), (60.95, 52.5), (61.15, 53.1), (61.3, 53.6),
                                   (61.4, 53.98), (62.1, 54.05), (63.1, 54.2), (64.2, 54.3)], True),
    "tur_north_e": ("TK", "TAN", [(64.2, 54.3), (64.9, 54.33), (65.5, 54.35)], True),
    "tur_akm": ("TAN", "TAS", [(65.5, 54.35), (65.6, 53.6), (65.75, 52.8), (66.05, 51.9),
                               (66.5, 51.1), (67.0, 50.3), (67.2, 49.3), (67.0, 48.4),
                               (66.8, 47.5)], True),
    "tur_syr": ("TSA", "TAS", [(60.5, 46.75), (61.2, 47.1), (62.2, 47.45), (63.3, 47.75),
                               (64.5, 47.85), (65.6, 47.7), (66.8, 47.5)], True),
    # Akmola oblast
    "akm_north_w": ("TAN", "OMW", [(65.5, 54.35), (65.9, 54.65), (66.6, 54.8), (67.5, 54.95),
                                   (68.2, 55.05), (68.7, 55.25), (69.2, 55.4), (70.0, 55.35),
                                   (70.6, 55.3), (71.1, 55.28)], True),
    "akm_north_e": ("OMW", "ASN", [(71.1, 55.28), (71.8, 55.25), (72.5, 55.22), (73.1, 55.2),
                                   (73.6, 55.2), (74.2, 55.05), (74.9, 54.75), (75.6, 54.4),
                                   (76.3, 54.1)], True),
    "omsk_internal": ("OMW", "OSE", [(71.1, 55.28), (71.1, 54.85), (71.2, 54.35), (72.3, 54.1),
                                     (73.1, 53.95), (73.6, 53.6), (74.4, 53.65), (75.1, 53.9),
                                     (75.6, 53.8)], True),
    "as_n": ("ASN", "OSE", [(76.3, 54.1), (75.9, 53.95), (75.6, 53.8)], False),
    "as_s": ("OSE", "ASB", [(75.6, 53.8), (75.3, 53.2), (75.0, 52.5), (74.75, 51.7),
                            (74.55, 50.9), (74.5, 50.1), (74.6, 49.3), (74.7, 48.5), (74.6, 47.7),
                            (74.5, 47.0), (74.5, 46.5)], True),
    "akm_semir": ("ASB", "ASS", [(74.5, 46.5), (73.9, 46.2), (73.3, 45.8)], True),
    "akm_syr": ("ASS", "TAS", [(73.3, 45.8), (72.3, 45.9), (71.0, 46.1), (69.5, 46.5),
                               (68.0, 47.0), (66.8, 47.5)], True),
    # Semipalatinsk oblast (north and east: borders that have hardly moved since)
    "semi_north": ("ASN", "SCM", [(76.3, 54.1), (76.9, 53.85), (77.8, 53.25), (78.45, 52.6),
                                  (79.2, 52.1), (79.9, 51.5), (80.6, 51.25), (81.3, 50.95),
                                  (82.0, 50.9), (82.8, 50.95), (83.5, 50.95), (84.1, 50.55),
                                  (84.6, 50.2), (85.3, 49.85), (86.2, 49.55), (86.8, 49.3),
                                  (87.3, 49.1)], False),
    "china_semi": ("SCM", "SSC", [(87.3, 49.1), (86.6, 48.7), (86.0, 48.45), (85.7, 47.95),
                                  (85.55, 47.45), (85.2, 47.05), (84.1, 47.05), (83.1, 47.2)],
                   False),
    "semi_semir": ("SSC", "ASB", [(83.1, 47.2), (82.3, 47.3), (81.5, 47.45), (80.9, 47.7),
                                  (80.6, 48.2), (80.0, 48.35), (79.3, 48.0), (79.0, 47.35),
                                  (79.0, 46.75), (78.3, 46.55), (77.3, 46.45), (76.4, 46.3),
                                  (75.5, 46.55), (74.5, 46.5)], True),
    # Semirechye oblast
    "china_semir": ("SSC", "FSC", [(83.1, 47.2), (82.75, 46.75), (82.4, 46.2), (82.65, 45.25),
                                   (81.7, 45.3), (80.7, 45.1), (80.25, 44.85), (80.35, 44.2),
                                   (80.5, 43.6), (80.8, 43.15), (80.25, 42.2), (79.3, 41.85),
                                   (78.4, 41.4), (77.6, 41.05), (76.8, 40.95), (76.3, 40.4),
                                   (75.7, 40.55), (75.2, 40.45)], False),
    "fer_semir": ("FSS", "FSC", [(73.6, 42.15), (73.9, 41.85), (74.2, 41.55), (74.6, 41.2),
                                 (75.0, 40.8), (75.2, 40.45)], True),
    "semir_syr": ("ASS", "FSS", [(73.3, 45.8), (73.6, 45.0), (73.8, 44.3), (73.7, 43.6),
                                 (73.5, 43.0), (73.45, 42.6), (73.6, 42.15)], True),
    # Syr-Darya oblast
    "syr_fer": ("FSS", "SFS", [(73.6, 42.15), (73.0, 42.2), (72.4, 42.05), (71.9, 41.8),
                               (71.3, 41.5), (70.8, 41.2), (70.35, 40.95), (69.9, 40.75),
                               (69.6, 40.65)], True),
    "sd_samarkand": ("SFS", "SDS", [(69.6, 40.65), (69.25, 40.55), (69.0, 40.75), (68.75, 40.95),
                                    (68.4, 41.1), (68.0, 41.2)], True),
    "sd_south": ("SAA", "SDS", [(61.05, 44.55), (61.6, 43.9), (62.3, 43.2), (63.0, 42.6),
                                (64.0, 42.3), (65.0, 42.05), (66.0, 41.85), (67.0, 41.55),
                                (67.6, 41.3), (68.0, 41.2)], True),
    # The Altai-Sayan frontier with Mongolia and Uriankhai, and Lake Baikal (white regions)
    "mongol_w": ("SCM", "MGW", [(87.3, 49.1), (88.2, 49.45), (88.9, 49.9), (89.6, 50.3),
                                (89.9, 51.0), (90.5, 51.7)], True),
    "mongol_e": ("MGW", "KUL", [(90.5, 51.7), (91.5, 52.35), (93.0, 52.6), (94.5, 52.8),
                                (96.0, 53.0), (97.3, 53.15), (98.2, 52.6), (99.0, 52.2),
                                (100.0, 51.85), (101.0, 51.6), (102.0, 51.4), (103.0, 51.35),
                                (103.7, 51.72)], True),
    "baikal_w": ("KUL", "BKN", [(103.7, 51.72), (104.4, 51.8), (104.9, 51.87), (105.5, 52.2),
                                (106.2, 52.65), (106.8, 53.05), (107.4, 53.5), (108.3, 54.3)],
                 True),
}

COAST = {
    "coast_bukey": ("BKW", "BKE"),
    "coast_ural_w": ("BKE", "UMO"),
    "coast_ural_e": ("UMO", "UMC"),
    "coast_mang": ("UMC", "MGS"),
}

CHAINS = {}


def build_chains():
    for name, (a, b, pts, smooth) in RAW.items():
        for p, node in ((pts[0], a), (pts[-1], b)):
            assert max(abs(p[0] - NODES[node][0]), abs(p[1] - NODES[node][1])) < 0.015, name
        pts = [NODES[a]] + list(pts[1:-1]) + [NODES[b]]
        c = shape(pts, smooth=smooth, step=0.6, iterations=2)
        c[0], c[-1] = NODES[a], NODES[b]
        CHAINS[name] = (a, b, c)
    for name, (a, b) in COAST.items():
        CHAINS[name] = (a, b, caspian(a, b))


def link(names):
    """Chains (in ring order, either direction) -> one closed ring."""
    pts = None
    first_a, first_b, first = CHAINS[names[0]]
    second = CHAINS[names[1]]
    if first_b in (second[0], second[1]):
        pts, end = list(first), first_b
    else:
        pts, end = list(reversed(first)), first_a
    for name in names[1:]:
        a, b, c = CHAINS[name]
        if a == end:
            pts += c[1:]
            end = b
        elif b == end:
            pts += list(reversed(c))[1:]
            end = a
        else:
            raise SystemExit("chain %s does not continue the ring at %s" % (name, end))
    if pts[0] != pts[-1]:
        raise SystemExit("ring %s does not close" % names)
    return pts


def union(faces):
    """Rings of faces (lists of chain names) -> the rings of their union."""
    count = {}
    for face in faces:
        for name in face:
            count[name] = count.get(name, 0) + 1
    outer = [name for name, k in count.items() if k == 1]
    by_node = {}
    for name in outer:
        a, b, _ = CHAINS[name]
        by_node.setdefault(a, []).append(name)
        by_node.setdefault(b, []).append(name)
    for node, names in by_node.items():
        if len(names) != 2:
            raise SystemExit("union: node %s has %d outer chains" % (node, len(names)))
    rings, left = [], set(outer)
    while left:
        start = sorted(left)[0]
        order = [start]
        left.discard(start)
        a, end, _ = CHAINS[start]
        while end != a:
            nxt = [n for n in by_node[end] if n in left][0]
            left.discard(nxt)
            order.append(nxt)
            na, nb, _ = CHAINS[nxt]
            end = nb if na == end else na
        rings.append(link(order) if len(order) > 1 else list(CHAINS[start][2]))
    return rings


# Faces of the network: each is a ring of chains.
FACES = {
    "bukey": ["bukey_north", "bukey_west", "coast_bukey", "bukey_ural"],
    "ural_inner": ["ural_north_w", "ural_river", "coast_ural_w", "bukey_ural"],
    "ural_trans": ["ural_north_e", "ural_turgay", "aral_w", "ural_mang_e", "ural_mang_w",
                   "coast_ural_e", "ural_river"],
    "turgay": ["tur_north_w1", "tur_north_w2", "tur_north_e", "tur_akm", "tur_syr", "aral_n",
               "ural_turgay"],
    "akmola_main": ["akm_north_w", "omsk_internal", "as_s", "akm_semir", "akm_syr", "tur_akm"],
    "omsk_uezd": ["akm_north_e", "as_n", "omsk_internal"],
    "semipalatinsk": ["semi_north", "china_semi", "semi_semir", "as_s", "as_n"],
    "semirechye": ["semi_semir", "china_semir", "fer_semir", "semir_syr", "akm_semir"],
    "syr_darya": ["akm_syr", "tur_syr", "aral_e", "sd_south", "sd_samarkand", "syr_fer",
                  "semir_syr"],
    "mangyshlak": ["ural_mang_w", "mang_east", "mang_south", "coast_mang"],
}


def face_ring(name):
    return link(FACES[name])


# ---------------------------------------------------------------------------------------------
# Hand-drawn regions outside the oblast network
# ---------------------------------------------------------------------------------------------

# The northern edge of the white regions in Siberia: drawn only to about 60 N (the taiga and
# tundra further north are left out), from Lake Baikal westwards.
NORTH_CAP = [(108.3, 54.3), (107.0, 55.5), (105.5, 56.5), (103.5, 57.3), (100.0, 57.8),
             (96.0, 58.3), (92.0, 59.3), (88.0, 60.0), (84.0, 60.0), (80.0, 60.0), (76.0, 60.0),
             (72.0, 60.0), (68.0, 60.0), (64.0, 60.0), (60.0, 60.5), (58.0, 61.0), (54.0, 61.0)]


def north_cap(lon_w):
    """NORTH_CAP from Baikal west to longitude lon_w (the point at lon_w included)."""
    out = []
    for a, b in zip(NORTH_CAP, NORTH_CAP[1:]):
        out.append(a)
        if b[0] <= lon_w:
            t = (a[0] - lon_w) / (a[0] - b[0])
            out.append((lon_w, a[1] + (b[1] - a[1]) * t))
            return out
    raise SystemExit("north_cap: %s is west of the template" % lon_w)


def hand(pts, step=0.8, iterations=2):
    """A hand-drawn open piece of a ring (its ends join chains): smoothed, rounded."""
    return shape(pts, smooth=True, step=step, iterations=iterations)


def white_ring(lon_w, west_edge, via):
    """A white region in Siberia: the north cap from Baikal west to longitude lon_w, the
    (hand-drawn) west edge from there down to the node where it meets the network, then the
    network chains `via` ending at KUL, then baikal_w back to BKN."""
    piece = hand(north_cap(lon_w) + west_edge, step=1.5, iterations=2)
    piece[0], piece[-1] = NODES["BKN"], r2(west_edge[-1])
    ring = piece
    end = r2(west_edge[-1])
    for name in via + ["baikal_w"]:
        a, b, c = CHAINS[name]
        if c[0] == end:
            ring += c[1:]
            end = c[-1]
        elif c[-1] == end:
            ring += list(reversed(c))[1:]
            end = c[0]
        else:
            raise SystemExit("white ring: %s does not continue at %s" % (name, end))
    assert end == NODES["BKN"] == ring[0], (end, ring[0])
    return ring


def closed_hand(pts, step=0.6, iterations=2):
    ring = chaikin_ring(densify(pts + [pts[0]], step)[:-1], iterations)
    ring = dedupe([r2(p) for p in ring])
    return ring + [ring[0]]


# Komuch, in four stages (hand-drawn closed rings on the Volga; no shared borders).
KOMUCH_JUNE = [(48.2, 53.15), (48.45, 53.55), (48.95, 53.85), (49.5, 54.1), (50.3, 54.3),
               (51.2, 54.5), (52.0, 54.75), (52.8, 54.8), (53.4, 54.45), (53.65, 53.85),
               (53.55, 53.2), (53.25, 52.6), (52.7, 52.2), (51.9, 52.0), (51.0, 52.1),
               (50.1, 52.25), (49.3, 52.45), (48.7, 52.7)]
_UFA_GUB = [(54.6, 55.8), (55.5, 56.1), (56.4, 56.1), (57.2, 55.8), (57.9, 55.4), (58.4, 54.9),
            (58.6, 54.3), (58.3, 53.6), (57.7, 53.1), (57.0, 52.7), (56.2, 52.45), (55.3, 52.3),
            (54.4, 52.25), (53.5, 52.2), (52.7, 52.1), (51.8, 51.95), (50.9, 52.0)]
KOMUCH_JULY = ([(47.75, 52.45), (47.85, 53.0), (47.8, 53.6), (47.75, 54.1), (47.95, 54.55),
                (48.5, 54.75), (49.3, 54.7), (50.2, 54.65), (51.0, 54.8), (51.9, 55.05),
                (52.8, 55.25), (53.7, 55.5)] + _UFA_GUB
               + [(50.0, 52.1), (49.1, 52.2), (48.3, 52.3)])
KOMUCH_AUGUST = ([(47.75, 52.45), (47.85, 53.0), (47.8, 53.6), (47.75, 54.1), (47.95, 54.55),
                  (48.3, 55.0), (48.6, 55.5), (48.85, 55.95), (49.5, 56.05), (50.3, 55.85),
                  (51.1, 55.7), (52.0, 55.65), (52.9, 55.6), (53.7, 55.65)] + _UFA_GUB
                 + [(50.0, 52.1), (49.1, 52.2), (48.3, 52.3)])
KOMUCH_AUTUMN = ([(48.2, 53.1), (48.5, 53.5), (49.0, 53.9), (49.6, 54.2), (50.3, 54.5),
                  (51.0, 54.75), (51.9, 55.05), (52.8, 55.25), (53.7, 55.5)] + _UFA_GUB
                 + [(50.0, 52.15), (49.2, 52.4), (48.6, 52.7)])

# Bashkurdistan: the Bashkir lands of the southern Urals, without Ufa, Orenburg, Orsk and
# Chelyabinsk.
BASHKIR = [(55.4, 53.5), (55.8, 52.9), (56.4, 52.3), (57.1, 51.9), (57.9, 51.75), (58.5, 52.0),
           (59.0, 52.6), (59.3, 53.3), (59.5, 54.0), (60.0, 54.6), (60.7, 55.0), (61.3, 55.5),
           (61.1, 56.1), (60.3, 56.35), (59.4, 56.4), (58.6, 56.2), (57.9, 55.9), (57.2, 55.5),
           (56.6, 55.0), (56.3, 54.6), (56.0, 54.2), (55.6, 53.9)]

# The Fergana valley around Kokand (valley floor, to the foot of the mountains).
FERGANA = [(70.1, 40.25), (70.3, 40.6), (70.6, 40.88), (71.0, 41.1), (71.5, 41.25),
           (72.0, 41.3), (72.6, 41.25), (73.1, 41.15), (73.5, 40.95), (73.6, 40.6),
           (73.3, 40.35), (72.8, 40.25), (72.2, 40.15), (71.6, 40.05), (71.0, 39.95),
           (70.5, 40.0)]

# West edges of the white regions in Siberia (each starts on the north cap, ends on a node).
VIA_SIBERIA = ["akm_north_w", "omsk_internal", "as_n", "semi_north", "mongol_w", "mongol_e"]
PSG_WEST = (62.5, [(62.2, 59.0), (62.7, 58.0), (63.0, 57.0), (63.3, 56.2), (63.6, 55.4),
                   (64.2, 54.3)], ["tur_north_e"] + VIA_SIBERIA)
DIRECTORY_WEST = (58.3, [(57.9, 60.0), (57.5, 59.0), (57.4, 58.0), (56.6, 57.2), (55.5, 57.3),
                         (54.3, 57.4), (53.2, 57.1), (52.8, 56.5), (52.3, 55.8), (51.7, 55.2),
                         (51.4, 54.5), (51.3, 53.8), (51.5, 53.1), (51.9, 52.5), (52.3, 52.0),
                         (52.5, 51.5)],
                  ["ural_north_e", "tur_north_w1", "tur_north_w2", "tur_north_e"] + VIA_SIBERIA)
KOLCHAK_WINTER_WEST = (55.5, [(55.6, 60.0), (55.8, 59.0), (55.5, 58.2), (55.9, 57.4),
                              (56.6, 56.6), (57.2, 55.9), (57.3, 55.0), (57.2, 54.2),
                              (57.4, 53.4), (57.8, 52.6), (58.3, 51.9), (59.0, 51.2),
                              (59.6, 50.55)],
                       ["tur_north_w2", "tur_north_e"] + VIA_SIBERIA)
KOLCHAK_SPRING_WEST = (54.5, [(54.0, 60.0), (53.6, 59.0), (53.2, 58.3), (53.3, 57.6),
                              (52.8, 57.0), (52.4, 56.4), (51.6, 55.9), (50.8, 55.5),
                              (51.4, 54.9), (52.1, 54.3), (51.8, 53.7), (52.0, 53.0),
                              (52.5, 52.6), (53.3, 52.2), (54.3, 52.0), (54.9, 52.15),
                              (55.6, 52.1), (56.2, 51.6), (56.4, 50.85)],
                       ["tur_north_w1", "tur_north_w2", "tur_north_e"] + VIA_SIBERIA)
KOLCHAK_AUTUMN_WEST = (68.5, [(68.3, 59.0), (68.2, 58.2), (67.2, 57.6), (66.5, 56.8),
                              (66.0, 56.0), (65.6, 55.2), (65.5, 54.35)], VIA_SIBERIA)
KOLCHAK_LAST_WEST = (79.0, [(78.6, 58.5), (78.3, 57.0), (78.2, 55.5), (78.8, 54.0),
                            (80.0, 53.4), (81.5, 53.0), (83.0, 52.7), (84.5, 52.5), (86.0, 52.3),
                            (87.5, 52.1), (89.0, 51.9), (90.5, 51.7)], ["mongol_e"])

# The existing outline of the Alash Autonomy, kept vertex for vertex (render tests use it).
ALASH = [
    [49.7, 46.45], [50.3, 46.75], [51.0, 46.95], [51.8, 46.95], [52.5, 46.9], [53.25, 46.6],
    [53.35, 46.2], [53.2, 45.95], [52.5, 45.45], [51.6, 45.5], [50.95, 45.4], [51.0, 45.15],
    [51.55, 44.85], [51.1, 44.55], [50.3, 44.65], [50.25, 44.45], [50.85, 44.05], [51.2, 43.6],
    [51.75, 43.1], [52.3, 42.6], [52.55, 42.35], [52.45, 41.78], [53.0, 42.1], [54.1, 42.35],
    [54.9, 41.95], [55.45, 41.3], [56.0, 41.3], [56.0, 45.0], [58.55, 45.55], [60.0, 44.75],
    [61.0, 44.1], [62.0, 43.5], [63.2, 43.6], [64.3, 43.6], [65.2, 43.55], [66.1, 42.95],
    [66.55, 42.0], [67.1, 41.3], [67.95, 40.95], [68.2, 40.6], [68.65, 40.62], [68.9, 41.05],
    [69.15, 41.38], [69.6, 41.65], [70.4, 41.95], [71.0, 42.3], [71.6, 42.7], [72.3, 42.7],
    [73.3, 42.65], [73.8, 42.95], [74.6, 42.97], [75.4, 42.95], [76.0, 42.95], [77.0, 42.95],
    [78.0, 42.95], [78.8, 42.85], [79.3, 42.55], [80.25, 42.2], [80.8, 43.15], [80.5, 43.6],
    [80.35, 44.2], [80.25, 44.85], [80.7, 45.1], [81.7, 45.3], [82.65, 45.25], [82.4, 46.2],
    [82.75, 46.75], [83.1, 47.2], [84.1, 47.05], [85.2, 47.05], [85.55, 47.45], [85.7, 47.95],
    [86.0, 48.45], [86.6, 48.7], [87.3, 49.1], [86.8, 49.3], [86.2, 49.55], [85.3, 49.85],
    [84.6, 50.2], [84.1, 50.55], [83.5, 50.95], [82.8, 50.95], [82.0, 50.9], [81.3, 50.95],
    [80.6, 51.25], [79.9, 51.5], [79.2, 52.1], [78.45, 52.6], [77.8, 53.25], [77.0, 53.8],
    [76.4, 54.1], [75.8, 54.05], [75.1, 53.9], [74.4, 53.65], [73.6, 53.6], [73.1, 53.95],
    [72.3, 54.1], [71.2, 54.35], [71.1, 54.85], [70.7, 55.2], [70.0, 55.3], [69.2, 55.4],
    [68.7, 55.25], [68.2, 55.05], [67.5, 54.95], [66.6, 54.8], [65.9, 54.65], [65.2, 54.35],
    [64.2, 54.3], [63.1, 54.2], [62.1, 54.05], [61.4, 54.0], [61.3, 53.6], [61.15, 53.1],
    [60.95, 52.5], [61.0, 51.9], [61.55, 51.25], [61.3, 50.8], [60.4, 50.6], [59.6, 50.55],
    [59.0, 50.65], [58.4, 50.95], [57.5, 50.9], [56.5, 50.85], [55.7, 50.55], [55.0, 50.85],
    [54.4, 51.05], [53.6, 51.3], [52.8, 51.45], [52.1, 51.7], [51.3, 51.72], [50.6, 51.62],
    [50.1, 51.2], [49.45, 50.95], [48.75, 50.6], [48.65, 50.15], [48.1, 50.05], [47.4, 49.85],
    [46.7, 49.45], [46.8, 48.95], [46.55, 48.55], [46.95, 48.05], [47.4, 47.55], [48.05, 47.1],
    [48.55, 46.78], [48.85, 46.55], [49.25, 46.18], [49.7, 46.45]]


def geometries():
    """id -> list of rings (each closed, counter-clockwise)."""
    g = {}
    g["region-alash"] = [[tuple(p) for p in ALASH]]  # kept as it was, orientation included
    g["region-alash-west"] = [face_ring("ural_trans")]
    g["oblast-semipalatinsk"] = [face_ring("semipalatinsk")]
    g["oblast-akmola"] = union([FACES["akmola_main"], FACES["omsk_uezd"]])
    g["oblast-turgay"] = [face_ring("turgay")]
    g["oblast-ural"] = union([FACES["ural_inner"], FACES["ural_trans"]])
    g["oblast-semirechye"] = [face_ring("semirechye")]
    g["oblast-syr-darya"] = [face_ring("syr_darya")]
    g["oblast-bukey-horde"] = [face_ring("bukey")]
    g["region-turkestan-autonomy"] = [closed_hand(FERGANA, step=0.3)]
    g["region-bashkir-autonomy"] = [closed_hand(BASHKIR, step=0.5)]
    g["region-komuch"] = [closed_hand(KOMUCH_JUNE, step=0.4)]
    g["region-komuch-july"] = [closed_hand(KOMUCH_JULY, step=0.6)]
    g["region-komuch-august"] = [closed_hand(KOMUCH_AUGUST, step=0.6)]
    g["region-komuch-autumn"] = [closed_hand(KOMUCH_AUTUMN, step=0.6)]
    g["region-siberian-government"] = [white_ring(*PSG_WEST)]
    g["region-ufa-directory"] = [white_ring(*DIRECTORY_WEST)]
    g["region-kolchak"] = [white_ring(*KOLCHAK_WINTER_WEST)]
    g["region-kolchak-1919-spring"] = [white_ring(*KOLCHAK_SPRING_WEST)]
    g["region-kolchak-1919-autumn"] = [white_ring(*KOLCHAK_AUTUMN_WEST)]
    g["region-kolchak-1919-winter"] = [white_ring(*KOLCHAK_LAST_WEST)]
    g["region-kirghiz-assr"] = union([FACES[n] for n in (
        "bukey", "ural_inner", "ural_trans", "turgay", "akmola_main", "semipalatinsk",
        "mangyshlak")])
    out = {}
    for fid, rings in g.items():
        out[fid] = rings if fid == "region-alash" else [ccw(r) for r in rings]
    return out


# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------

T1 = "Kyr balasy, 1917: 2"
T2 = ("S1 Table 2 «List of deputies elected to the Constituent Assembly from the indigenous "
      "Kazakh people and displaced Russian peasants and Cossacks…»: no citation in the text")
OBLAST_OUTLINE = ("Outline: [outside the sources] general geographic knowledge of the 1914 "
                  "oblast boundaries")
END_KASSR = ("End: 26 August 1920, when the Kirghiz ASSR was formed (S3; S2 «1920 жылғы 26 "
             "тамыз»; the names differ, EVENTS.md G7); [outside the sources] the oblast passed "
             "into it and was renamed a gubernia.")
NO_START = ("No start: the oblast existed before and throughout the atlas period.")


def oblast_note(what, border, extra=""):
    return (f"{what} Administrative region of the Russian Empire (affiliation «administrative», "
            f"drawn as an outline only); Alash claimed it for the autonomy. Border: {border}; "
            f"the 1914 oblast boundary, {HAND}. It shares its edges vertex for vertex with the "
            f"neighbouring oblasts of this file. {NO_START} {extra}").strip()


def table1_note(row, pop, deputies):
    return (f"S1 Table 1 (Bukeikhan's calculation of 1917, Kyr balasy, 1917: 2) gives row «{row}»: "
            f"{pop} thousand Kazakhs and {deputies} prospective deputies, as printed "
            f"(EVENTS.md D15a; the table sums to 5,249 thousand against the 5.4 million of the "
            f"text, G25).")


STEPPE_T2 = ("S1 Table 2: electoral district №72, «Steppe district (Akmola and Semipalatinsk "
             "regions)», 13 deputies planned for the two oblasts together, «no» deputies "
             "elected: «The elections were postponed first to 26-30.12.1917, then to February "
             "1918». Saryarka reports elections held there from December 26 to 31 with partial "
             "results (EVENTS.md D21, G31).")


def props():
    P = {}
    P["region-alash"] = {
        "kind": "region", "affiliation": "alash",
        "name": "Alash Autonomy", "name_kk": "Алаш автономиясы",
        "name_ru": "Алашская автономия", "name_cs": "Alašská autonomie",
        "start": "December 12 (25), 1917", "end": "1920-08-26", "calendar": "gregorian",
        "date_text": "«by whose decree on December 12 (25)» 1917 the National Autonomy of Alash "
                     "was formed (S1); 13 December 1917 – 26 August 1920 (S4); ended August 26, "
                     "1920 (S3)",
        "certainty": "approximate",
        "catalogue": ["D12", "D35", "D54", "E20", "E21"],
        "sources": [
            "Martynenko, 1992: 69", S1, "Nurpeisov, Jusip, 2021: 17", S0, S2, S3, S4,
            "EVENTS.md E20, E21, D12, D35, D54, G3, G5, G7, G8",
            "Outline: [outside the sources] general geographic knowledge of the 1917 oblast "
            "boundaries and of the borders of present-day Kazakhstan"],
        "note": (
            "Dates (New Style). Start: S1 says the II All-Kazakh Kurultai in Orenburg formed the "
            "National Autonomy of Alash «by whose decree on December 12 (25)» 1917, i.e. 12 "
            "December Old Style = 25 December 1917 New Style; S0 and S2 give the kurultai as 5-13 "
            "(18-26) December 1917. S4 gives «13 December 1917» (calendar unstated; it matches "
            "the Old Style closing day of the kurultai = 26 December NS), so the start differs by "
            "one day between the texts (EVENTS.md G3). End: 26 August 1920, when the Kirghiz "
            "ASSR was formed (S3, S4; S2 «the Kazakh autonomous republic»; the names differ, G7). "
            "S0 and S1 say the autonomy became a sovereign republic after the Constituent "
            "Assembly was dispersed on 6 (19) January 1918; S4 calls it «only nominal» in 1917, "
            "with the country controlled by the White Army, and S3 says the White Army «was "
            "occupying territory of the Alash Autonomy» (G8). Capital: the city of Alash "
            "(Alash-qala) opposite Semipalatinsk (E20, G5). Territory: the texts give no border. "
            "The outline roughly covers the 1917 oblasts Ural, Turgay, Akmola, Semipalatinsk and "
            "Semirechye, the Kazakh part of Syr-Darya and the Bukey Horde, approximated by the "
            "borders of present-day Kazakhstan, as S4 says («nearly coinciding with the territory "
            "of present-day Kazakhstan»; S3: «present-day Kazakhstan and Russia»). [outside the "
            "sources] Parts of those oblasts now in Russia or Kyrgyzstan (e.g. the Omsk uezd of "
            "Akmola oblast, the Kyrgyz uezds of Semirechye) are not drawn, and the line is "
            "accurate only to some tens of kilometres; drawn by hand at country scale. The "
            "oblasts themselves are drawn as outlines (oblast-*), and the western branch around "
            "Zhympity as region-alash-west ([outside the sources]). The outline is kept as it was "
            "first drawn (render tests use it)."),
    }
    P["region-alash-west"] = {
        "kind": "region", "affiliation": "alash",
        "name": "Western Alash Orda (Zhympity)",
        "name_ru": "Западная Алаш-Орда (Джамбейты)",
        "name_kk": "Батыс Алашорда (Жымпиты)",
        "name_cs": "Západní Alaš-Orda (Žympity)",
        "start": "1918-05", "end": "1920-01/1920-03", "calendar": "gregorian",
        "certainty": "conjectural",
        "seat": "Zhympity",
        "catalogue": ["E21"],
        "sources": [
            NOCITE, S2, S0,
            "[outside the sources] general historical knowledge: the western branch of Alash "
            "Orda (at first the provisional government of the Oyil (Uil) vilayet) was set up at "
            "Zhympity by a congress of the Kazakhs of the Ural oblast in May 1918 and ended in "
            "early 1920; its territory, start and end are not in the five texts",
            "EVENTS.md E5, E21, E31, D38, G6, G37",
            "Outline: [outside the sources] general geographic knowledge of the Ural river and "
            "the 1914 oblast boundaries"],
        "note": (
            "[outside the sources] The western branch of Alash Orda, seated at Zhympity "
            "(Жымпиты, Russian Джамбейты; modern Syrym district, West Kazakhstan Region), led "
            "by Zhansha (Zhakhansha) and Khalel Dosmukhamedov: as generally given, a congress "
            "of the Ural oblast Kazakhs set up the provisional government of the Oyil (Uil) "
            "vilayet in May 1918, later styled the Western Alash Orda; it ended in early 1920, "
            "when the Red Army held the Ural oblast and the Kirghiz revolutionary committee "
            "wound it up. Start is given to the month (May 1918), end as the interval January–"
            "March 1920 («early 1920»). EVENTS.md gives no place or date for it. What the texts "
            "say about the same group: S2 — the March 1918 delegation to Moscow went «by "
            "decision of the regular congress of the Kazakhs of the Ural oblast», led by Zhansha "
            "Dosmukhamedov with Khalel Dosmukhamedov, head of the oblast zemstvo board; "
            "Sovnarkom resolution №335 of 1 April 1918 kept the zemstvo institutions of the "
            "Zaural'e («Жайық сырты», the Trans-Ural part of the Ural oblast) at work (D38); S2 "
            "calls it the delegation of the «Central Alash-Orda», the Saratov ExCom the «Ural "
            "delegation» (G37); in spring 1918 this group recognised Soviet power, while the "
            "central Alash Orda annulled the Soviet decrees in June 1918 (G6). S0: 2,000 Alash "
            "fighters in Uralsk and a school for junior officers in Uralsk in 1918. Territory: "
            "drawn as the Kazakh part of the Ural oblast east of the Ural river (the Zaural'e of "
            "S2): from the river to the Turgay oblast border, north to the Orenburg gubernia and "
            "south to the Caspian, the Aral Sea and the Mangyshlak border. The Cossack towns on "
            "the river (Uralsk, Lbishchensk, Guryev) lie on its western edge but were held by "
            "the Ural Cossack host; the Bukey Horde west of the river, which the branch also "
            "claimed, is not included. Border follows the Ural river and the 1914 oblast "
            f"boundaries (shared with oblast-ural and oblast-turgay), {HAND}; extent and dates "
            "are uncertain, hence certainty conjectural."),
    }
    P["oblast-semipalatinsk"] = {
        "kind": "region", "affiliation": "administrative",
        "name": "Semipalatinsk Oblast", "name_ru": "Семипалатинская область",
        "name_kk": "Семей облысы", "name_cs": "Semipalatinská oblast",
        "end": "1920-08-26", "calendar": "gregorian", "certainty": "approximate",
        "seat": "Semipalatinsk",
        "kazakh_population": 754000, "prospective_deputies": "3-4",
        "electoral_district": 72, "deputies_planned": 13,
        "catalogue": ["E3", "E1", "E31"],
        "sources": [T1, T2, S1, S0,
                    "EVENTS.md E3, E1, E31, D15 (D15a: Table 1, D15b: Table 2), D16, D21, G25, G31",
                    OBLAST_OUTLINE],
        "note": oblast_note(
            table1_note("Semipalatinsk", "754", "3-4") + " " + STEPPE_T2
            + " The texts place here Semipalatinsk (Semey) and the city of Alash opposite it, "
            "Karkaraly, Bayanaul, Zaisan and Ekibastuz (S0, S1), and the Semipalatinsk Regional "
            "Zemstvo Administration (S0, E31).",
            "[outside the sources] uezds Pavlodar, Semipalatinsk, Ust-Kamenogorsk, Zaisan and "
            "Karkaralinsk; in the north the Tomsk (from 1917 Altai) gubernia, in the east China, "
            "in the south the Tarbagatai and Lake Balkhash against Semirechye (Sergiopol is in "
            "Semirechye), in the west Akmola oblast between Karkaraly and Karaganda",
            END_KASSR),
    }
    P["oblast-akmola"] = {
        "kind": "region", "affiliation": "administrative",
        "name": "Akmola Oblast", "name_ru": "Акмолинская область",
        "name_kk": "Ақмола облысы", "name_cs": "Akmolinská oblast",
        "end": "1920-08-26", "calendar": "gregorian", "certainty": "approximate",
        "seat": "Omsk",
        "kazakh_population": 557000, "prospective_deputies": "2-3",
        "electoral_district": 72, "deputies_planned": 13,
        "catalogue": ["E2", "E1"],
        "sources": [T1, T2, S1,
                    "EVENTS.md E2, E1, D15 (D15a: Table 1, D15b: Table 2), D16, D21, G25, G31",
                    OBLAST_OUTLINE],
        "note": oblast_note(
            table1_note("Akmola", "557", "2-3") + " " + STEPPE_T2
            + " S1 names its counties Petropavlovsk (Kyzylzhar), Kokshetau (Kokchetav) and Omsk "
            "and the cities Petropavlovsk, Omsk and Akmolinsk.",
            "[outside the sources] uezds Omsk, Petropavlovsk, Kokchetav, Akmolinsk and "
            "Atbasar; the Omsk uezd (now in Omsk Oblast, Russia) is included, so the outline "
            "reaches north of the Trans-Siberian at Omsk; in the north the Tobolsk and Tomsk "
            "gubernias, in the south the Betpak-Dala against Syr-Darya and the west end of Lake "
            "Balkhash",
            END_KASSR + " [outside the sources] The Omsk uezd did not pass into it (it went to "
            "Omsk gubernia); the Kirghiz ASSR outline leaves it out."),
    }
    P["oblast-turgay"] = {
        "kind": "region", "affiliation": "administrative",
        "name": "Turgay Oblast", "name_ru": "Тургайская область",
        "name_kk": "Торғай облысы", "name_cs": "Turgajská oblast",
        "end": "1920-08-26", "calendar": "gregorian", "certainty": "approximate",
        "kazakh_population": 486000, "prospective_deputies": "2,5-2",
        "electoral_district": 59, "deputies_planned": 6, "deputies_elected": 5,
        "catalogue": ["E4"],
        "sources": [T1, T2, S1, S0,
                    "EVENTS.md E4, D15 (D15a: Table 1, D15b: Table 2), D20, G25, G29",
                    OBLAST_OUTLINE],
        "note": oblast_note(
            table1_note("Turgay", "486", "2,5-2") + " S1 Table 2: electoral district №59 "
            "«Turgay region», 6 deputies planned, 5 elected; the text says «the list of the "
            "Alash party of 7 candidates won a triumphant victory» there (EVENTS.md D20, G29). "
            "A. Bukeikhanov was the Provisional Government's commissioner in the Turgai region "
            "(S1). S0 lists Zhamankala (Orsk) and Kostanay «in Turgay»; [outside the sources] "
            "Orsk itself was a town of Orenburg gubernia on the oblast's border and lies just "
            "outside the outline. Irgiz (S1) lies inside.",
            "[outside the sources] uezds Aktyubinsk, Irgiz, Kustanay and Turgay (the oblast "
            "administration sat in Orenburg, outside it); in the north the Orenburg gubernia "
            "(Orsk, Troitsk) with its Novolineiny lobe and the Tobolsk gubernia, in the east "
            "Akmola, in the south the Syr-Darya oblast and the Aral Sea, in the west the Ural "
            "oblast along the Mugodzhar hills",
            END_KASSR),
    }
    P["oblast-ural"] = {
        "kind": "region", "affiliation": "administrative",
        "name": "Ural Oblast", "name_ru": "Уральская область",
        "name_kk": "Орал облысы", "name_cs": "Uralská oblast",
        "end": "1920-08-26", "calendar": "gregorian", "certainty": "approximate",
        "seat": "Uralsk",
        "kazakh_population": 536000, "prospective_deputies": "3-2",
        "electoral_district": 60, "deputies_planned": 6, "deputies_elected": 7,
        "catalogue": ["E5", "E31"],
        "sources": [T1, T2, S1, S2, S0,
                    "EVENTS.md E5, E31, D15 (D15a: Table 1, D15b: Table 2), D23, D37, D38, G25, "
                    "G27, G29", OBLAST_OUTLINE],
        "note": oblast_note(
            table1_note("Uralska", "536", "3-2") + " S1 Table 2: electoral district №60 «Ural "
            "region», 6 deputies planned and 7 elected — more elected than planned (EVENTS.md "
            "G27); S1 names five deputies elected on list No. 1 of the Ural regional Kazakh "
            "(Kyrgyz) Committee (G29). S2: the Ural oblast zemstvo board (head Khalel "
            "Dosmukhamedov) and the zemstvo institutions of the Zaural'e, its Trans-Ural part, "
            "kept at work by Sovnarkom resolution №335 of 1 April 1918 (D38); the Ural Soviet "
            "overthrown by the Cossacks at the end of March 1918 (D37). The Kazakh part east of "
            "the Ural river is also drawn as region-alash-west.",
            "[outside the sources] uezds Uralsk, Lbishchensk, Guryev and Temir; in the north "
            "the Samara and Orenburg gubernias, in the west the Bukey Horde (the Ural Cossack "
            "lands reached some 50–70 km west of the river), in the east Turgay oblast along "
            "the Mugodzhar hills, in the south the Caspian, the Mangyshlak uezd and the Aral "
            "Sea",
            END_KASSR),
    }
    P["oblast-semirechye"] = {
        "kind": "region", "affiliation": "administrative",
        "name": "Semirechye Oblast", "name_ru": "Семиреченская область",
        "name_kk": "Жетісу облысы", "name_cs": "Semirečenská oblast",
        "certainty": "approximate", "seat": "Vernyi",
        "kazakh_population": 971000, "prospective_deputies": "5-4",
        "electoral_district": 57, "deputies_planned": 6, "deputies_elected": 6,
        "catalogue": ["E6"],
        "sources": [T1, T2, S1, S0, "GARF. F. 1810. Op. 1. D. 369",
                    "EVENTS.md E6, D15 (D15a: Table 1, D15b: Table 2), D23, G25",
                    OBLAST_OUTLINE,
                    "[outside the sources] general historical knowledge: the oblast was part of "
                    "the Turkestan ASSR (proclaimed 30 April 1918) and stayed an oblast of it "
                    "until the national delimitation of 1924"],
        "note": oblast_note(
            table1_note("Semirechensk", "971", "5-4") + " S1 Table 2: electoral district №57 "
            "«Semirechensk region», 6 deputies planned, 6 elected; S1 names M. Tynyshbayuly "
            "(Socialist bloc list No. 2) and four deputies of the unified list No. 3 of the "
            "Alash party and the Semirechensk Cossack army (GARF. F. 1810. Op. 1. D. 369). S0: "
            "the «Semirechye front» of 1918–1919, with 750 Alash horsemen there.",
            "[outside the sources] uezds Vernyi, Pishpek, Przhevalsk, Dzharkent, Kopal and "
            "Lepsinsk, with the Chu valley and the Naryn and Issyk-Kul country now in "
            "Kyrgyzstan; in the east and south China, in the south-west the Fergana range, in "
            "the west the Talas Alatau and the Chu against Syr-Darya, in the north Lake "
            "Balkhash and the Tarbagatai",
            "No end: [outside the sources] the oblast belonged to the Turkestan ASSR and did not "
            "pass into the Kirghiz ASSR of 26 August 1920; it remained an oblast beyond the end "
            "of the atlas period."),
    }
    P["oblast-syr-darya"] = {
        "kind": "region", "affiliation": "administrative",
        "name": "Syr-Darya Oblast", "name_ru": "Сыр-Дарьинская область",
        "name_kk": "Сырдария облысы", "name_cs": "Syrdarjinská oblast",
        "certainty": "approximate", "seat": "Tashkent",
        "kazakh_population": 1021000, "prospective_deputies": "5",
        "electoral_district": 58, "deputies_planned": 9,
        "catalogue": ["E7"],
        "sources": [T1, T2, S1, "GARF. F. 1810. Op. 1. D. 7. L. 123",
                    "Bolshakova, 1998: 99-116",
                    "EVENTS.md E7, D15 (D15a: Table 1, D15b: Table 2), D16, G25, G28",
                    OBLAST_OUTLINE,
                    "[outside the sources] general historical knowledge: the oblast was part of "
                    "the Turkestan ASSR (proclaimed 30 April 1918) and stayed an oblast of it "
                    "until the national delimitation of 1924"],
        "note": oblast_note(
            table1_note("Syr-Darya", "1 021", "5") + " S1 Table 2: electoral district №58 "
            "«Syr-Darya region», 9 deputies planned, «no» deputies elected; the text says the "
            "elections there were disrupted and «declared invalid» (EVENTS.md D16, G28).",
            "[outside the sources] uezds Kazalinsk, Perovsk, Chimkent, Aulie-Ata and Tashkent; "
            "the Amu-Darya otdel, administratively attached to the oblast, is a separate "
            "electoral district in S1 (№65, E11) and is not drawn inside it; in the north Turgay "
            "and Akmola, in the east Semirechye, in the south-east the Fergana oblast along the "
            "Chatkal and Kurama ranges, in the south the Samarkand oblast (along the Syr Darya), "
            "Bukhara and the Amu-Darya otdel across the Kyzylkum, in the west the Aral Sea",
            "No end: [outside the sources] the oblast belonged to the Turkestan ASSR and did not "
            "pass into the Kirghiz ASSR of 26 August 1920; it remained an oblast beyond the end "
            "of the atlas period."),
    }
    P["oblast-bukey-horde"] = {
        "kind": "region", "affiliation": "administrative",
        "name": "Bukey Horde (Inner Horde)",
        "name_ru": "Букеевская орда (Внутренняя киргизская орда)",
        "name_kk": "Бөкей ордасы (Ішкі Орда)", "name_cs": "Bukejevská horda (Vnitřní horda)",
        "end": "1920-08-26", "calendar": "gregorian", "certainty": "approximate",
        "seat": "Khan Ordasy (Urda)",
        "kazakh_population": 320000, "prospective_deputies": "2-1",
        "electoral_district": 69, "deputies_planned": 2, "deputies_elected": 2,
        "catalogue": ["E12"],
        "sources": [T1, T2, S1, "Protasov, 2008",
                    "EVENTS.md E12, E13, D15 (D15a: Table 1, D15b: Table 2), D23, G25",
                    OBLAST_OUTLINE],
        "note": oblast_note(
            "kazakh_population: S1 Table 1 (Kyr balasy, 1917: 2) gives 320 thousand Kazakhs and "
            "2-1 prospective deputies for row «Astrakhan», the province as a whole (S1: «9 "
            "regions and one province (Astrakhan)»); [outside the sources] the Kazakhs of "
            "Astrakhan gubernia lived almost all in the Bukey Horde, a part of that gubernia, so "
            "the figure is attached here (EVENTS.md D15a, E13, G25). S1 Table 2: electoral "
            "district №69 «Ordynsk district» (the Bukey Horde; S1 also «Horde district»), 2 "
            "deputies planned, 2 elected: Bakhtygerei Kulmanuly and Ualitkhan Tanashuly "
            "(Protasov, 2008).",
            "[outside the sources] the Kazakh lands between the Volga and the Ural rivers: in "
            "the west the Volga uezds of Astrakhan gubernia (the Horde did not reach the river), "
            "in the north the Samara gubernia, in the east the Ural Cossack lands west of the "
            "Ural river, in the south the Caspian (the shore is today's, from the base map)",
            END_KASSR),
    }
    P["region-turkestan-autonomy"] = {
        "kind": "region", "affiliation": "turkestan",
        "name": "Turkestan Autonomy (Kokand)",
        "name_ru": "Туркестанская автономия (Кокандская)",
        "name_kk": "Түркістан автономиясы (Қоқан)",
        "name_cs": "Turkestánská autonomie (Kokand)",
        "start": "November 26 (December 9), 1917", "end": "1918-02-22",
        "calendar": "gregorian", "certainty": "approximate",
        "date_text": "On November 26 (December 9), 1917 (S1)",
        "seat": "Kokand",
        "catalogue": ["D30", "E23"],
        "sources": [
            "Turkestansky Vestnik, 1917", S1, S0,
            "[outside the sources] general historical knowledge: Soviet troops stormed Kokand "
            "on 19–22 February 1918 and the autonomy's government fell",
            "EVENTS.md D30, D27, E23, E15",
            "Outline: [outside the sources] general geographic knowledge of the Fergana valley"],
        "note": (
            "S1: «On November 26 (December 9), 1917, the IV Regional Extraordinary Muslim "
            "Kurultai gathered in the city of Kokand», which «declares Turkestan territorially "
            "autonomous in unity with the Federal Democratic Russian Republic» and elected the "
            "organs of the Turkestan Mukhtariate (a 54-member Provisional People's Council and a "
            "12-member Provisional Council (Government)). S0 counts «Turkestan» among the revived "
            "Turkic states whose recognition Marsek asked for. End [outside the sources]: the "
            "sources give none; Kokand was stormed by Red troops on 19–22 February 1918 (New "
            "Style), so the end is 22 February 1918. Territory: drawn is the Fergana valley "
            "around Kokand (the valley floor of the Fergana oblast, with Kokand, Namangan, "
            "Andijan, Skobelev and Osh), where the Kokand government had any authority "
            "[outside the sources]. It claimed the whole Turkestan krai — the Syr-Darya, "
            "Fergana, Samarkand, Semirechye and Transcaspian oblasts (E15); that claim is not "
            "drawn: Tashkent passed under Soviet control on October 28 (S1, D27), and Semirechye "
            "and Syr-Darya are drawn as outlines (oblast-*). Border follows the foot of the "
            f"mountains around the valley, {HAND}."),
    }
    P["region-bashkir-autonomy"] = {
        "kind": "region", "affiliation": "bashkir",
        "name": "Bashkir Autonomy (Bashkurdistan)",
        "name_ru": "Башкирская автономия (Башкурдистан)",
        "name_kk": "Башқұрт автономиясы (Башқұртстан)",
        "name_cs": "Baškirská autonomie (Baškurdistán)",
        "start": "November 15 (28), 1917", "end": "1919-03-20", "calendar": "gregorian",
        "certainty": "approximate",
        "catalogue": ["E24"],
        "sources": [
            "Validi, 1994: 214-215", S1, "Bokeykhan, 2017: 457", S0,
            "[outside the sources] general historical knowledge: the Bashkir regional shuro "
            "proclaimed the autonomy of Bashkurdistan on 15 (28) November 1917 at Orenburg; in "
            "February 1919 the Bashkir government and troops under Validov went over to the "
            "Soviet side, and the agreement on an Autonomous Soviet Bashkiria was signed on "
            "20 March 1919",
            "EVENTS.md E24, C3, D10, D43",
            "Outline: [outside the sources] general geographic knowledge of the Bashkir lands "
            "of the southern Urals (Little Bashkiria)"],
        "note": (
            "The sources give no dates and no territory. S1 calls Z. Validov «the former head "
            "of the Bashkir autonomy» and has him at Bukeikhanov's emergency meeting in Orenburg "
            "in late October (early November) 1917, where it was agreed to convene the Kazakh "
            "and Bashkir kurultai in Orenburg on the same days (C3, D10; Validi, 1994: 214-215). "
            "S0: Alash Orda's telegram of June 11 (24), 1918 speaks of «allied relations with "
            "the Siberian and Bashkir autonomies» (Bokeykhan, 2017: 457); Bukeikhan wanted the "
            "Alash detachments united with the Bashkirs; Marsek asked for the recognition of "
            "«Bashkiria» among the revived Turkic states. Dates [outside the sources]: "
            "proclaimed 15 (28) November 1917 at Orenburg; ended when its government went over "
            "to the Soviet side (February 1919) and the agreement on Autonomous Soviet Bashkiria "
            "was signed on 20 March 1919 (the end date here); the Soviet Bashkir republic after "
            "that is not drawn. Territory [outside the sources]: the Bashkir lands of the "
            "southern Urals (Little Bashkiria: the Bashkir cantons between Sterlitamak, Orsk, "
            "Verkhneuralsk and Argayash), without the towns of Ufa, Orenburg, Orsk and "
            f"Chelyabinsk; {HAND}. The 1917 claim reached further, into the Bashkir volosts of "
            "the Ufa, Orenburg, Perm and Samara gubernias, and the ground the government "
            "actually held changed with the front."),
    }
    komuch_common = {
        "kind": "region", "affiliation": "white",
        "name": "Komuch (Samara Committee)",
        "name_ru": "Комуч (Комитет членов Учредительного собрания)",
        "name_kk": "Комуч (Құрылтай жиналысы мүшелерінің комитеті)",
        "name_cs": "Komuč (Výbor členů Ústavodárného shromáždění)",
        "calendar": "gregorian", "certainty": "approximate", "seat": "Samara",
    }
    komuch_sources = [
        NOCITE + " (the founding on June 8, 1918)",
        "GA RF. F.P-200. Op.1. D.684. LL. 20-21", "Saryarqa, 1918, №63: 2-3", S0]
    komuch_intro = (
        "S0: «In liberated Samara, on June 8, 1918, the first anti-Bolshevik government – the "
        "Committee of Members of the Constituent Assembly (KOMUCH or the Samara Committee) – was "
        "established»; in its declaration it was the first anti-Soviet government to recognise "
        "the sovereignty of Alash (GA RF. F.P-200. Op.1. D.684. LL. 20-21; §9 speaks of "
        "«autonomy», EVENTS.md G24). The date is a single date with no calendar stated; it is "
        "read as New Style, the official calendar since 1 (14) February 1918, and it is the day "
        "the Czechoslovaks took Samara [outside the sources]. The territory changed month by "
        "month; this file draws it in four stages (region-komuch, -july, -august, -autumn). ")
    komuch_end = (
        " [outside the sources] Komuch gave way to the Provisional All-Russian Government "
        "(the Ufa Directory, 23 September 1918, region-ufa-directory) and lost Samara on 7 "
        "October 1918, the last day drawn.")
    P["region-komuch"] = dict(komuch_common, **{
        "start": "1918-06-08", "end": "1918-07-04", "date_text": "on June 8, 1918 (S0)",
        "catalogue": ["D42", "E28"],
        "sources": komuch_sources + [
            "[outside the sources] general historical knowledge of the Volga front in June 1918",
            "EVENTS.md D42, E28, G24",
            "Outline: [outside the sources] general geographic knowledge"],
        "note": komuch_intro + (
            "Stage 1, 8 June – 4 July 1918 [outside the sources]: the Samara gubernia along the "
            "railway, from Syzran (taken 10 June) to Buguruslan, Bugulma and Buzuluk; the south "
            "of the gubernia (Nikolaevsk, Novouzensk) stayed contested. Border follows the "
            f"front line of late June 1918 and the gubernia boundary, {HAND}." + komuch_end),
    })
    P["region-komuch-july"] = dict(komuch_common, **{
        "start": "1918-07-05", "end": "1918-08-06",
        "catalogue": ["E28"],
        "sources": komuch_sources + [
            "[outside the sources] general historical knowledge: Ufa was taken on 5 July, "
            "Simbirsk on 22 July 1918", "EVENTS.md D42, E28", "Outline: [outside the sources] "
            "general geographic knowledge"],
        "note": komuch_intro + (
            "Stage 2, 5 July – 6 August 1918 [outside the sources]: the Samara gubernia, the "
            "Ufa gubernia (Ufa taken 5 July) and the Volga right bank from Khvalynsk to Simbirsk "
            "(Simbirsk taken only on 22 July: drawn from the start of the stage). Orenburg, "
            "held by Ataman Dutov from 3 July, lies outside. Border follows the front line of "
            f"late July 1918 and the gubernia boundaries, {HAND}." + komuch_end),
    })
    P["region-komuch-august"] = dict(komuch_common, **{
        "start": "1918-08-07", "end": "1918-09-10",
        "catalogue": ["E28"],
        "sources": komuch_sources + [
            "[outside the sources] general historical knowledge: Kazan was taken on 7 August "
            "and lost on 10 September 1918", "EVENTS.md D42, E28",
            "Outline: [outside the sources] general geographic knowledge"],
        "note": komuch_intro + (
            "Stage 3, 7 August – 10 September 1918, the greatest extent [outside the sources]: "
            "the Samara, Simbirsk and Ufa gubernias, the south of Kazan gubernia with Kazan "
            "(taken 7 August, lost 10 September) and the lower Kama, and the Volga right bank "
            "down to Khvalynsk in Saratov gubernia. Border follows the front line of August "
            f"1918 and the gubernia boundaries, {HAND}." + komuch_end),
    })
    P["region-komuch-autumn"] = dict(komuch_common, **{
        "start": "1918-09-11", "end": "1918-10-07",
        "catalogue": ["E28"],
        "sources": komuch_sources + [
            "[outside the sources] general historical knowledge: Simbirsk was lost on 12 "
            "September, Syzran on 3 October and Samara on 7 October 1918",
            "EVENTS.md D42, E28", "Outline: [outside the sources] general geographic knowledge"],
        "note": komuch_intro + (
            "Stage 4, 11 September – 7 October 1918 [outside the sources]: after Kazan and "
            "Simbirsk were lost, the Samara gubernia from Syzran eastwards and the Ufa gubernia. "
            f"Border follows the front line of late September 1918, {HAND}." + komuch_end),
    })
    siberia_border = (
        "the north is drawn only to about 60° N (the taiga and tundra beyond are left out); "
        "in the south the border follows the northern boundaries of the Turgay, Akmola and "
        "Semipalatinsk oblasts, taking in the Omsk uezd of Akmola oblast with Omsk, then the "
        "Altai–Sayan frontier with Mongolia and Uriankhai (Tuva, not included) and the western "
        "shore of Lake Baikal; the Kazakh oblasts, which these governments also claimed, are "
        "drawn as the Alash Autonomy and as oblast outlines")
    P["region-siberian-government"] = {
        "kind": "region", "affiliation": "white",
        "name": "Provisional Siberian Government",
        "name_ru": "Временное Сибирское правительство",
        "name_kk": "Уақытша Сібір үкіметі",
        "name_cs": "Prozatímní sibiřská vláda",
        "start": "June 17 (30), 1918", "end": "1918-11-03", "calendar": "gregorian",
        "date_text": "On June 17 (30), 1918 (S0)",
        "certainty": "approximate", "seat": "Omsk",
        "catalogue": ["D44", "E27"],
        "sources": [
            NOCITE + " (the founding)", "Saryarqa, 1918, №63: 2-3",
            "GA RF. F.P-200. Op.1. D.684. LL. 20-21", S0,
            "[outside the sources] general historical knowledge: it handed power to the "
            "Provisional All-Russian Government (the Directory) on 3 November 1918",
            "EVENTS.md D44, E27, E29, G24",
            "Outline: [outside the sources] general geographic knowledge"],
        "note": (
            "S0: «On June 17 (30), 1918, the Provisional Siberian Government was formed in "
            "Omsk», «the beginning of the formation of regional anti-Bolshevik governments»; it "
            "«later merged into the Provisional All-Russian Government of the Ufa Directory» "
            "(Saryarqa, 1918, №63: 2-3). §5 of the Komuch declaration: «The Provisional Siberian "
            "Government has no control over the Alash Orda» (G24). End [outside the sources]: "
            "it handed its power to the Directory on 3 November 1918. Territory [outside the "
            "sources]: western and central Siberia from the eastern foot of the Urals (the "
            "western boundary of Tobolsk gubernia; Chelyabinsk and Yekaterinburg are left to "
            "the Urals) to Lake Baikal; the railway east to Irkutsk was taken only in July 1918 "
            "(Irkutsk on 11 July), so the first weeks are drawn too large in the east; "
            f"{siberia_border}. {HAND[0].upper() + HAND[1:]}."),
    }
    P["region-ufa-directory"] = {
        "kind": "region", "affiliation": "white",
        "name": "Provisional All-Russian Government (Ufa Directory)",
        "name_ru": "Временное Всероссийское правительство (Уфимская директория)",
        "name_kk": "Уақытша Бүкілресейлік үкімет (Уфа директориясы)",
        "name_cs": "Prozatímní celoruská vláda (Ufský direktoriát)",
        "start": "1918-09-23", "end": "1918-11-18", "calendar": "gregorian",
        "certainty": "approximate", "seat": "Ufa, from October Omsk",
        "catalogue": ["D46", "E29"],
        "sources": [
            "VestnikKom…, 1918: 3", S1, "Saryarqa, 1918, №63: 2-3", S0,
            "[outside the sources] general historical knowledge: the Ufa State Conference "
            "(8–23 September 1918) created the Directory on 23 September 1918; it moved to "
            "Omsk in October and was overthrown by Kolchak on 18 November 1918",
            "EVENTS.md D46, E29, C11",
            "Outline: [outside the sources] general geographic knowledge"],
        "note": (
            "S0: the Provisional Siberian Government «later merged into the Provisional "
            "All-Russian Government of the Ufa Directory, subsequently reorganized into the "
            "Provisional All-Russian Government, or «Admiral Kolchak's Omsk Government»» "
            "(Saryarqa, 1918, №63: 2-3); S1: the Ufa «State Meeting» of September 1918 (D46). "
            "Dates [outside the sources]: 23 September – 18 November 1918. Territory [outside "
            "the sources]: drawn at its extent of mid-October 1918, after Samara fell (7 "
            "October; until then see region-komuch-autumn): from the Volga front (Bugulma, "
            "Buguruslan, the Izhevsk–Votkinsk rising on the Kama) and the western Urals, over "
            "Ufa, the Bashkir lands and Orenburg (Ataman Dutov), to Siberia and Lake Baikal; in "
            "the south it follows the northern boundaries of the Ural and Turgay oblasts; "
            f"{siberia_border}. {HAND[0].upper() + HAND[1:]}."),
    }
    kolchak_common = {
        "kind": "region", "affiliation": "white",
        "name": "Kolchak's government (Omsk)",
        "name_ru": "Правительство Колчака (Омск)",
        "name_kk": "Колчак үкіметі (Омбы)",
        "name_cs": "Kolčakova vláda (Omsk)",
        "calendar": "gregorian", "certainty": "approximate", "seat": "Omsk",
    }
    kolchak_sources = [
        "Saryarqa, 1918, №63: 2-3", "Alash Orda, 1992: 142", S0,
        "[outside the sources] general historical knowledge: Kolchak took power in Omsk on 18 "
        "November 1918 and abdicated in favour of Denikin on 4 January 1920; the front lines "
        "drawn are those of the dates given in the note"]
    kolchak_intro = (
        "S0: «Admiral Kolchak's Omsk Government», the «Provisional All-Russian Government» of "
        "the «self-proclaimed «Supreme Ruler» of Russia» A.V. Kolchak, with which Bukeikhan "
        "negotiated (Alash Orda, 1992: 142); S4 says Kazakhstan was controlled by the White "
        "Army (G8). Dates [outside the sources]: 18 November 1918 (the Omsk coup) – 4 January "
        "1920 (abdication in favour of Denikin); the territory is drawn in four stages "
        "(region-kolchak, -1919-spring, -1919-autumn, -1919-winter). Transbaikalia and the Far "
        "East, which recognised Kolchak only nominally (Ataman Semyonov, Allied Vladivostok), "
        "are not drawn. ")
    P["region-kolchak"] = dict(kolchak_common, **{
        "start": "1918-11-18", "end": "1919-03-12",
        "catalogue": ["E29"],
        "sources": kolchak_sources + ["EVENTS.md E29, G8",
                                      "Outline: [outside the sources] general geographic "
                                      "knowledge"],
        "note": kolchak_intro + (
            "Stage 1, 18 November 1918 – 12 March 1919 [outside the sources]: drawn on the front "
            "of January–February 1919, after Perm was taken (24 December 1918) and Ufa lost (31 "
            "December 1918) and Orenburg (22 January 1919): from Perm and the western Urals to "
            f"Lake Baikal; {siberia_border}. {HAND[0].upper() + HAND[1:]}."),
    })
    P["region-kolchak-1919-spring"] = dict(kolchak_common, **{
        "start": "1919-03-13", "end": "1919-06-30",
        "catalogue": ["E29"],
        "sources": kolchak_sources + ["EVENTS.md E29",
                                      "Outline: [outside the sources] general geographic "
                                      "knowledge"],
        "note": kolchak_intro + (
            "Stage 2, 13 March – 30 June 1919, the greatest extent [outside the sources]: drawn "
            "on the front of late April 1919, after the spring offensive retook Ufa (13–14 "
            "March) and reached Sarapul, Izhevsk, Chistopol, Bugulma, Buguruslan and the "
            "approaches of Buzuluk and Orenburg — from near the Volga to Lake Baikal. The Red "
            "counter-offensive took Ufa back on 9 June, so June is drawn too large. "
            f"{siberia_border[0].upper() + siberia_border[1:]}. {HAND[0].upper() + HAND[1:]}."),
    })
    P["region-kolchak-1919-autumn"] = dict(kolchak_common, **{
        "start": "1919-07-01", "end": "1919-11-13",
        "catalogue": ["E29"],
        "sources": kolchak_sources + ["EVENTS.md E29",
                                      "Outline: [outside the sources] general geographic "
                                      "knowledge"],
        "note": kolchak_intro + (
            "Stage 3, 1 July – 13 November 1919 [outside the sources]: drawn on the Tobol line "
            "of August–October 1919, after the Urals were lost (Zlatoust 13 July, Yekaterinburg "
            "14 July, Chelyabinsk 25 July — July is drawn too small): from the Tobol (Tobolsk, "
            "Kurgan outside) to Lake Baikal. S0 has Kolchak's representative in Vladivostok on 5 "
            "September 1919 and an order of 26 July 1919. Petropavlovsk fell on 31 October and "
            "Omsk on 14 November 1919. "
            f"{siberia_border[0].upper() + siberia_border[1:]}. {HAND[0].upper() + HAND[1:]}."),
    })
    P["region-kolchak-1919-winter"] = dict(kolchak_common, **{
        "start": "1919-11-14", "end": "1920-01-04",
        "seat": "none after Omsk fell (Kolchak's train on the railway east)",
        "catalogue": ["E29"],
        "sources": kolchak_sources + ["EVENTS.md E29, A36, A37",
                                      "Outline: [outside the sources] general geographic "
                                      "knowledge"],
        "note": kolchak_intro + (
            "Stage 4, 14 November 1919 – 4 January 1920 [outside the sources]: after Omsk fell "
            "(14 November), the retreat along the railway: drawn on the position of late "
            "November 1919, from the Barabinsk steppe (about 78° E) and the Altai to Lake "
            "Baikal. Novonikolaevsk fell on 14 December, Tomsk on 20 December; risings in "
            "Krasnoyarsk and Irkutsk (the Political Centre, from 24 December) followed, so late "
            "December is drawn far too large; in the end only the railway was held. In the "
            f"south the border follows the Sayan frontier. {HAND[0].upper() + HAND[1:]}."),
    })
    P["region-kirghiz-assr"] = {
        "kind": "region", "affiliation": "soviet",
        "name": "Kirghiz ASSR", "name_ru": "Киргизская АССР",
        "name_kk": "Қырғыз АКСР", "name_cs": "Kirgizská ASSR",
        "start": "1920-08-26", "calendar": "gregorian", "certainty": "approximate",
        "date_text": "August 26, 1920 (S3, S4); «1920 жылғы 26 тамыз» (S2)",
        "capital": "Orenburg",
        "catalogue": ["D54", "E35"],
        "sources": [
            "Galick, 2014", S2, S3, S4,
            "[outside the sources] general historical knowledge: the decree of 26 August 1920 "
            "formed it from the Semipalatinsk, Akmola, Turgay and Ural oblasts, the Bukey Horde, "
            "the Mangyshlak uezd and the Adai volosts of the Transcaspian oblast, with Orenburg "
            "as capital",
            "EVENTS.md E35, D54, D55, G7",
            "Outline: [outside the sources] the outer edges of the oblasts drawn in this file"],
        "note": (
            "S3: the Alash party «ceased to exist on August 26, 1920, after the Bolsheviks "
            "defeated White Army that was occupying territory of the Alash Autonomy, and formed "
            "the Kirghiz Autonomous Socialist Soviet Republic»; S4: the «Cộng hòa xã hội chủ "
            "nghĩa Xô viết tự trị Kyrgyzstan» (the same republic); S2: the decree «on the "
            "Kazakh autonomous republic» of 26 August 1920 — the names differ (EVENTS.md G7). "
            "S4: renamed Kazak ASSR in 1925 (D55); no end within the atlas period. Territory "
            "[outside the sources]: the Semipalatinsk, Akmola (without the Omsk uezd, which went "
            "to Omsk gubernia), Turgay and Ural oblasts, the Bukey Horde and the Mangyshlak "
            "uezd with the Adai country (drawn as today's Mangystau Region), without Semirechye "
            "and Syr-Darya, which stayed in the Turkestan ASSR. Capital: Orenburg [outside the "
            "sources]; Orenburg gubernia was added to the republic later in 1920 and is not "
            "drawn, so the capital lies just outside the outline. Border: the outer edges of "
            f"the oblasts of this file (shared vertex for vertex), {HAND}."),
    }
    return P


ORDER = [
    "region-alash", "region-alash-west",
    "oblast-semipalatinsk", "oblast-akmola", "oblast-turgay", "oblast-ural",
    "oblast-semirechye", "oblast-syr-darya", "oblast-bukey-horde",
    "region-turkestan-autonomy", "region-bashkir-autonomy",
    "region-komuch", "region-komuch-july", "region-komuch-august", "region-komuch-autumn",
    "region-siberian-government", "region-ufa-directory",
    "region-kolchak", "region-kolchak-1919-spring", "region-kolchak-1919-autumn",
    "region-kolchak-1919-winter",
    "region-kirghiz-assr",
]


def check(geoms):
    failures = []
    for fid, rings in geoms.items():
        for ring in rings:
            if ring[0] != ring[-1]:
                failures.append("%s: ring not closed" % fid)
            n = len(ring) - 1
            if fid != "region-alash" and not (30 <= n <= 250):
                failures.append("%s: %d vertices (want about 50-250)" % (fid, n))
            for p in ring:
                if not (-12 <= p[0] <= 165 and 20 <= p[1] <= 75):
                    failures.append("%s: %s outside the map region" % (fid, p))
            for problem in ring_problems(ring):
                failures.append("%s: %s" % (fid, problem))
    # Oblasts must not overlap: no vertex of one strictly inside another, and no two
    # boundaries crossing (they may share vertices and edges).
    oblasts = [f for f in geoms if f.startswith("oblast-")]
    for i, a in enumerate(oblasts):
        for b in oblasts[i + 1:]:
            ra, rb = geoms[a][0], geoms[b][0]
            sa, sb = set(ra), set(rb)
            for p in ra[:-1]:
                if p not in sb and point_in_ring(p, rb):
                    failures.append("%s: vertex %s inside %s" % (a, p, b))
                    break
            for p in rb[:-1]:
                if p not in sa and point_in_ring(p, ra):
                    failures.append("%s: vertex %s inside %s" % (b, p, a))
                    break
    return failures


def main():
    build_chains()
    geoms = geometries()
    failures = check(geoms)
    for f in failures:
        print("FAIL", f)
    for fid in ORDER:
        print("%-30s %4d vertices" % (fid, sum(len(r) - 1 for r in geoms[fid])))
    if failures:
        sys.exit(1)
    if "--check" in sys.argv:
        return
    P = props()
    assert list(P) == ORDER or set(P) == set(ORDER), set(P) ^ set(ORDER)
    features = []
    for fid in ORDER:
        p = {"id": fid}
        p.update(P[fid])
        rings = [[[x, y] for (x, y) in ring] for ring in geoms[fid]]
        features.append({"type": "Feature", "id": fid, "properties": p,
                         "geometry": {"type": "Polygon", "coordinates": rings}})
    text = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                      indent=2)
    # One vertex per line: [lon, lat] instead of three lines.
    text = re.sub(r"\[\s+(-?[0-9.]+),\s+(-?[0-9.]+)\s+\]", r"[\1, \2]", text)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    print("wrote %s (%d features)" % (os.path.relpath(OUT, ROOT), len(features)))


if __name__ == "__main__":
    main()
