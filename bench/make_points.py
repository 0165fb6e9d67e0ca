#!/usr/bin/env python3
"""Writes N dated points as CSV on stdout (lon, lat, id, kind, name, start, end), for
bench/make_large_points.sh to turn into a GeoPackage with ogr2ogr. Deterministic (seeded)."""
import random
import sys
from datetime import date, timedelta

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
rng = random.Random(1918)
first = date(1917, 2, 1).toordinal()
last = date(1920, 12, 31).toordinal()
out = sys.stdout
out.write("lon,lat,id,kind,name,start,end,sources\n")
for i in range(n):
    # Clustered like settlements: around a few hundred centres across the atlas's Eurasia.
    c = rng.randrange(400)
    crng = random.Random(c)
    lon = crng.uniform(40, 135) + rng.gauss(0, 1.2)
    lat = crng.uniform(38, 62) + rng.gauss(0, 0.8)
    s = rng.randint(first, last)
    e = min(last, s + rng.randint(10, 700))
    kind = "event" if i % 10 == 0 else "place"
    out.write(f"{lon:.5f},{lat:.5f},p{i},{kind},Point {i},"
              f"{date.fromordinal(s).isoformat()},{date.fromordinal(e).isoformat()},"
              "synthetic: bench/make_points.py\n")
