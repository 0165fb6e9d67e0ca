#!/usr/bin/env python3
"""Railway network, stations and places of the bundled atlas (issue 3, "network" part).

Writes geodata/railways.geojson, geodata/stations.geojson and geodata/places.geojson.

The features that existed before this script (rail-transsib, the 32 st-* stations, the nine
place-* towns) are read from those files and kept with their coordinates; the script only adds
properties to them (name_modern, and a route where a town is now a station on a drawn
line) and rewrites a few notes. Everything else is generated from the tables below, so running
the script twice gives the same files.

Python 3 standard library only. Run from the repository root:

    python3 tools/geodata/network.py          # write the three files, then check them
    python3 tools/geodata/network.py --check  # check only
"""
import glob
import json
import math
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
GEO = os.path.join(ROOT, "geodata")
F_RAIL = os.path.join(GEO, "railways.geojson")
F_ST = os.path.join(GEO, "stations.geojson")
F_PL = os.path.join(GEO, "places.geojson")

S0 = "Otan tarihy 2025, 28(4)"
S1 = ("S1: article on the 1917 All-Russian Constituent Assembly elections and the "
      "Kazakh (Alash) deputies (sources/001_70fb7438e1d78cfd.txt)")
S2 = ("S2: B. Koishybayev, «Тарихи келіссөзге – бір ғасыр» "
      "(sources/002_1bf4da2612e2b7c1.txt)")
S3 = "S3: Wikipedia, «Alash (party)» (sources/003_76fe93f2cb57891b.txt)"
S4 = "S4: Vietnamese Wikipedia, «Vùng tự chủ Alash» (sources/004_35f2bdddfdd8b1e1.txt)"
KARATAEV = "ОММ, 1227-қ., 1-тізім, 2-іс, 1-байлам"
OUT_ST = "[outside the sources] station on the line, general geographic knowledge"

ORIGINAL_STATIONS = [
    "st-penza", "st-syzran", "st-samara", "st-ufa", "st-zlatoust", "st-chelyabinsk",
    "st-kurgan", "st-petropavlovsk", "st-omsk", "st-novonikolaevsk", "st-taiga", "st-mariinsk",
    "st-achinsk", "st-krasnoyarsk", "st-kansk", "st-nizhneudinsk", "st-tulun", "st-kuytun",
    "st-zima", "st-irkutsk", "st-slyudyanka", "st-verkhneudinsk", "st-chita", "st-karymskaya",
    "st-manchuria", "st-hailar", "st-tsitsihar", "st-harbin", "st-pogranichnaya",
    "st-nikolsk-ussuriysky", "st-vladivostok", "st-tomsk"]
ORIGINAL_PLACES = [
    "place-semipalatinsk", "place-karkaraly", "place-bayanaul", "place-zaisan", "place-orenburg",
    "place-uralsk", "place-kostanay", "place-orsk", "place-troitsk"]

PROP_ORDER = ["id", "kind", "name", "name_ru", "name_kk", "name_cs", "name_modern", "start",
              "end", "calendar", "route", "importance", "certainty", "catalogue", "sources",
              "note"]


def ordered(props):
    out = {k: props[k] for k in PROP_ORDER if k in props and props[k] not in (None, "", [])}
    for k, v in props.items():
        if k not in out and v not in (None, "", []):
            out[k] = v
    return out


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def by_id(fc):
    return {f["properties"]["id"]: f for f in fc["features"]}


def feature(props, geom):
    props = ordered(props)
    return {"type": "Feature", "id": props["id"], "properties": props, "geometry": geom}


def r2(c):
    return [round(c[0], 2), round(c[1], 2)]


# ------------------------------------------------------------------------------------------
# Read what exists
# ------------------------------------------------------------------------------------------
rail_old = by_id(load(F_RAIL))
st_old = by_id(load(F_ST))
pl_old = by_id(load(F_PL))

TRANSSIB = rail_old["rail-transsib"]
TS = [tuple(c) for c in TRANSSIB["geometry"]["coordinates"]]


def st_xy(sid):
    """Coordinates of an existing station or place (the originals are authoritative)."""
    f = st_old.get(sid) or pl_old.get(sid)
    return tuple(f["geometry"]["coordinates"])


def ts_vertex(c):
    """A coordinate that must be a rail-transsib vertex (shared junction)."""
    c = tuple(c)
    if c not in TS:
        sys.exit(f"{c} is not a vertex of rail-transsib")
    return c


# ------------------------------------------------------------------------------------------
# New stations: id -> (lon, lat, importance, name, name_ru, name_kk, name_cs, name_modern,
#                       route, sources, note)
# Station coordinates are written into the railway vertex lists below by id.
# ------------------------------------------------------------------------------------------
NEW_ST = {}


def st(sid, lon, lat, imp, name, ru, kk, cs, modern, route, sources, note):
    NEW_ST[sid] = dict(xy=(round(lon, 2), round(lat, 2)), importance=imp, name=name,
                       name_ru=ru, name_kk=kk, name_cs=cs, name_modern=modern, route=route,
                       sources=sources, note=note)


# --- rail-amur
st("st-kuenga", 117.30, 51.95, 3, "Kuenga", "Куэнга", None, "Kuenga",
   "Kuenga, Zabaykalsky Krai, Russia", "rail-amur", [OUT_ST],
   "Junction where the Amur Railway leaves the older Trans-Baikal line to Sretensk; the "
   "Karymskaya – Kuenga section dates from 1900, the Amur Railway from Kuenga eastwards from "
   "1914–1916 [outside the sources]. Not named in the texts.")
st("st-mogocha", 119.77, 53.74, 3, "Mogocha", "Могоча", None, "Mogoča",
   "Mogocha, Zabaykalsky Krai, Russia", "rail-amur", [OUT_ST],
   "Station on the Amur Railway [outside the sources]. Not named in the texts.")
st("st-rukhlovo", 123.93, 53.99, 3, "Rukhlovo", "Рухлово", None, "Ruchlovo",
   "Skovorodino, Amur Oblast, Russia", "rail-amur", [OUT_ST],
   "Station named Rukhlovo at the time, renamed Skovorodino in 1938 [outside the sources]. "
   "Not named in the texts.")
st("st-svobodny", 128.12, 51.38, 2, "Svobodny (Alekseevsk)", "Свободный (Алексеевск)", None,
   "Svobodnyj (Aleksejevsk)", "Svobodny, Amur Oblast, Russia", "rail-amur", [OUT_ST],
   "Founded as Alekseevsk (1912), renamed Svobodny in 1917 [outside the sources]. Not named "
   "in the texts.")
st("st-arkhara", 130.08, 49.42, 3, "Arkhara", "Архара", None, "Archara",
   "Arkhara, Amur Oblast, Russia", "rail-amur", [OUT_ST],
   "Station on the Amur Railway [outside the sources]. Not named in the texts.")
st("st-obluchye", 131.05, 49.00, 3, "Obluchye", "Облучье", None, "Obluče",
   "Obluchye, Jewish Autonomous Oblast, Russia", "rail-amur", [OUT_ST],
   "Station on the Amur Railway, west of the Lesser Khingan section [outside the sources]. "
   "Not named in the texts.")
# --- rail-ussuri
st("st-khabarovsk", 135.06, 48.50, 1, "Khabarovsk", "Хабаровск", None, "Chabarovsk",
   "Khabarovsk, Russia", "rail-ussuri",
   [OUT_ST, "EVENTS.md H (the texts name nothing between Irkutsk and Vladivostok, "
    "Khabarovsk included)"],
   "Northern terminus of the Ussuri Railway (1897) and, from 1916, eastern end of the Amur "
   "Railway over the Amur bridge [outside the sources]; the junction keeps the route of the "
   "older Ussuri line. Not named in the texts.")
st("st-bikin", 134.27, 46.82, 3, "Bikin", "Бикин", None, "Bikin",
   "Bikin, Khabarovsk Krai, Russia", "rail-ussuri", [OUT_ST],
   "Station on the Ussuri Railway [outside the sources]. Not named in the texts.")
st("st-iman", 133.73, 45.93, 2, "Iman", "Иман", None, "Iman",
   "Dalnerechensk, Primorsky Krai, Russia", "rail-ussuri", [OUT_ST],
   "Station Iman on the Ussuri Railway (the town was renamed Dalnerechensk in 1972) [outside "
   "the sources]. Not named in the texts.")
# --- rail-tashkent
st("st-buzuluk", 52.26, 52.78, 2, "Buzuluk", "Бузулук", None, "Buzuluk",
   "Buzuluk, Orenburg Oblast, Russia", "rail-tashkent", [OUT_ST],
   "Station on the Samara – Orenburg line (1877) [outside the sources]. Not named in the "
   "texts.")
st("st-aktyubinsk", 57.18, 50.29, 2, "Aktyubinsk", "Актюбинск", "Ақтөбе", "Aktjubinsk",
   "Aktobe, Kazakhstan", "rail-tashkent", [OUT_ST],
   "Uezd town of Turgay oblast on the Orenburg – Tashkent railway [outside the sources]. "
   "Not named in the texts.")
st("st-chelkar", 59.62, 47.83, 3, "Chelkar", "Челкар", "Шалқар", "Čelkar",
   "Shalkar, Aktobe Region, Kazakhstan", "rail-tashkent", [OUT_ST],
   "Station on the Orenburg – Tashkent railway [outside the sources]. Not named in the "
   "texts.")
st("st-aralskoye-more", 61.67, 46.80, 3, "Aralskoye More", "Аральское Море", "Арал",
   "Aralskoje More", "Aralsk, Kyzylorda Region, Kazakhstan", "rail-tashkent", [OUT_ST],
   "Station «Aral Sea» at the northern shore of the Aral Sea, the later town of Aralsk "
   "[outside the sources]. Not named in the texts.")
st("st-kazalinsk", 62.15, 45.85, 2, "Kazalinsk", "Казалинск", "Қазалы", "Kazalinsk",
   "Ayteke Bi (station) and Kazaly (old town), Kyzylorda Region, Kazakhstan", "rail-tashkent",
   [OUT_ST],
   "The station lay at the new station settlement (Novokazalinsk, now Ayteke Bi), about 10 km "
   "north of the old uezd town of Kazalinsk (now Kazaly) on the Syr Darya [outside the "
   "sources]. Not named in the texts.")
st("st-perovsk", 65.50, 44.85, 2, "Perovsk", "Перовск", "Ақмешіт", "Perovsk",
   "Kyzylorda, Kazakhstan", "rail-tashkent", [OUT_ST],
   "Uezd town of Syr-Darya oblast (Kazakh Ak-Mechet), renamed Kzyl-Orda in 1925 [outside "
   "the sources]. Not named in the texts.")
st("st-turkestan", 68.26, 43.30, 2, "Turkestan", "Туркестан", "Түркістан", "Turkestan",
   "Turkistan, Kazakhstan", "rail-tashkent", [OUT_ST],
   "Station of the town of Turkestan (shrine of Khoja Ahmed Yasawi) [outside the sources]. "
   "The town is not named in the texts; «Turkestan» in S0/S1 is the krai or the autonomy.")
st("st-arys", 68.80, 42.43, 3, "Arys", "Арысь", "Арыс", "Arys",
   "Arys, Turkistan Region, Kazakhstan", "rail-tashkent", [OUT_ST],
   "Junction of the Orenburg – Tashkent railway with the Semirechye railway towards Chimkent "
   "and Aulie-Ata (begun 1912, not drawn) [outside the sources]. Not named in the texts.")
st("st-tashkent", 69.28, 41.31, 1, "Tashkent", "Ташкент", None, "Taškent",
   "Tashkent, Uzbekistan", "rail-tashkent",
   ["Bukeikhanov et al., 1917: 1", S1,
    "EVENTS.md D11, D27 (D27 carries no citation in the text)",
    "[outside the sources] terminus of the Orenburg – Tashkent railway"],
   "Seat of the Governor-General of Turkestan [outside the sources]. The newspaper «Birlik "
   "tuyuy» published here carried the November 1917 telegram convening the II Kurultai "
   "(D11); Tashkent passed under Soviet control «(October 28)» 1917 (D27, calendar "
   "unstated, Old Style per EVENTS.md conventions).")
# --- rail-altai
st("st-barnaul", 83.78, 53.35, 2, "Barnaul", "Барнаул", "Барнауыл", "Barnaul",
   "Barnaul, Altai Krai, Russia", "rail-altai", [OUT_ST],
   "Seat of Altai guberniya (formed 1917) on the Altai Railway [outside the sources]; "
   "S1 names «Altai province» (E14) but not the town.")
# --- rail-ryazan-ural
st("st-pokrovsk", 46.12, 51.48, 3, "Pokrovsk (Pokrovskaya Sloboda)", "Покровск (Покровская слобода)",
   None, "Pokrovsk", "Engels, Saratov Oblast, Russia", "rail-ryazan-ural", [OUT_ST],
   "On the left (east) bank of the Volga opposite Saratov; start of the line to Uralsk "
   "(1894). Trains crossed to Saratov by the ice-breaking train ferry; there was no bridge "
   "until 1935. Renamed Engels in 1931 [outside the sources]. Not named in the texts.")
# --- rail-moscow-saratov
st("st-moscow", 37.62, 55.76, 1, "Moscow", "Москва", "Мәскеу", "Moskva",
   "Moscow, Russia", "rail-moscow-saratov",
   [S0, "no citation in the text (A17)", S2, "Karataev: " + KARATAEV + " (C4, D36, D38)",
    "EVENTS.md A17, C4, C5, D36, D38, D40"],
   "Seat of the Soviet government from March 1918 [outside the sources]. May 21, 1918: the "
   "CSNS representatives «Max and Chermak» arrested (A17); March 1918: the Alash-Orda (Ural) "
   "delegation of Zhansha and Khalel Dosmukhamedov reports to Lenin and works in the Small "
   "Sovnarkom (C4, D36); Sovnarkom resolution №335 of 1 April 1918 (D38); Kazakh department "
   "of Narkomnats opened in May 1918 (D40). The point marks the city centre; the line to "
   "Saratov left from the Ryazan (now Kazansky) station [outside the sources].")
st("st-ryazan", 39.72, 54.63, 2, "Ryazan", "Рязань", None, "Rjazaň",
   "Ryazan, Russia", "rail-moscow-saratov", [OUT_ST],
   "Guberniya town on the Moscow – Ryazan – Kozlov line [outside the sources]. Not named in "
   "the texts.")
st("st-kozlov", 40.48, 52.90, 2, "Kozlov", "Козлов", None, "Kozlov",
   "Michurinsk, Tambov Oblast, Russia", "rail-moscow-saratov", [OUT_ST],
   "Junction town (renamed Michurinsk in 1932) [outside the sources]. Not named in the "
   "texts.")
st("st-tambov", 41.45, 52.72, 2, "Tambov", "Тамбов", None, "Tambov",
   "Tambov, Russia", "rail-moscow-saratov", [OUT_ST],
   "Guberniya town on the Kozlov – Tambov – Saratov line [outside the sources]. Not named in "
   "the texts.")
st("st-rtishchevo", 43.78, 52.26, 3, "Rtishchevo", "Ртищево", None, "Rtiščevo",
   "Rtishchevo, Saratov Oblast, Russia", "rail-moscow-saratov", [OUT_ST],
   "Junction of the Tambov – Saratov line with the line to Penza (the latter not drawn) "
   "[outside the sources]. Not named in the texts.")
st("st-saratov", 46.03, 51.53, 1, "Saratov", "Саратов", None, "Saratov",
   "Saratov, Russia", "rail-moscow-saratov",
   [S2, "Karataev: " + KARATAEV, "EVENTS.md C5, D39, E34"],
   "Guberniya town on the right bank of the Volga; terminus of the line from Moscow and, "
   "across the river by the train ferry to Pokrovsk, start of the line to Uralsk [outside the "
   "sources]. The Alash-Orda (Ural) delegation, returning from Moscow, was held up here from "
   "the end of March 1918; the Saratov Soviet Executive Committee heard Zhansha "
   "Dosmukhamedov's appeal at its session of 17 April 1918 (S2: «1918 жылғы 17 сәуір»; C5, "
   "D39).")

# ------------------------------------------------------------------------------------------
# Railways: id -> vertex list (station ids or coordinates), west/start -> east/end
# ------------------------------------------------------------------------------------------
KARYMSKAYA = ts_vertex(st_xy("st-karymskaya"))
NIKOLSK = ts_vertex(st_xy("st-nikolsk-ussuriysky"))
VLADIVOSTOK = ts_vertex(st_xy("st-vladivostok"))
SAMARA = ts_vertex(st_xy("st-samara"))
KINEL = ts_vertex((50.63, 53.22))           # transsib vertex at Kinel, where the Orenburg line leaves
CHELYABINSK = ts_vertex(st_xy("st-chelyabinsk"))
POLETAEVO = ts_vertex((61.16, 55.00))       # transsib vertex at Poletaevo, start of the Troitsk line
TAIGA = ts_vertex(st_xy("st-taiga"))
NOVONIKOLAEVSK = ts_vertex(st_xy("st-novonikolaevsk"))

# The last five transsib vertices from Nikolsk-Ussuriysky to Vladivostok are shared.
i_nik = TS.index(NIKOLSK)
NIKOLSK_VLADIVOSTOK = TS[i_nik:]
assert NIKOLSK_VLADIVOSTOK[-1] == VLADIVOSTOK

LINES = {}
LINES["rail-amur"] = [
    KARYMSKAYA, (114.90, 51.72), (115.45, 51.76), (116.03, 51.85), (116.60, 51.95),
    "st-kuenga", (117.05, 52.20), (117.02, 52.52), (117.30, 52.80), (117.59, 53.02),
    (118.15, 53.33), (118.72, 53.56), (119.25, 53.67), "st-mogocha", (120.30, 53.80),
    (120.88, 53.86), (121.45, 53.92), (121.95, 53.96), (122.45, 54.03), (122.93, 54.05),
    (123.45, 54.03), "st-rukhlovo", (124.40, 53.87), (124.82, 53.67), (125.30, 53.55),
    (125.80, 53.45), (126.33, 53.11), (126.55, 52.80), (127.10, 52.40), (127.68, 52.00),
    (127.95, 51.70), "st-svobodny", (128.30, 51.15), (128.48, 50.92), (128.95, 50.52),
    (129.44, 50.11), (129.85, 49.78), "st-arkhara", (130.55, 49.20), "st-obluchye",
    (131.50, 48.99), (132.00, 49.02), (132.46, 49.00), (132.93, 48.79), (133.50, 48.65),
    (134.05, 48.58), (134.55, 48.55), (134.90, 48.55), "st-khabarovsk"]
LINES["rail-ussuri"] = [
    "st-khabarovsk", (135.10, 48.22), (134.92, 47.85), (134.75, 47.54), (134.50, 47.18),
    "st-bikin", (134.02, 46.38), "st-iman", (133.41, 45.47), (133.10, 45.03), (132.82, 44.60),
    (132.57, 44.33), (132.45, 44.21), (132.00, 43.93)] + NIKOLSK_VLADIVOSTOK
LINES["rail-tashkent"] = [
    SAMARA, KINEL, (51.20, 52.99), (51.70, 53.03), "st-buzuluk", (52.75, 52.52),
    (53.15, 52.43), (53.63, 52.09), (54.30, 51.92), "place-orenburg", (55.05, 51.45),
    (54.99, 51.16), (55.60, 50.92), (56.40, 50.60), "st-aktyubinsk", (57.30, 49.88),
    (57.42, 49.47), (57.80, 49.15), (58.14, 48.83), (58.50, 48.50), (59.05, 48.12),
    "st-chelkar", (60.35, 47.45), (61.12, 47.08), "st-aralskoye-more", (61.95, 46.30),
    "st-kazalinsk", (62.70, 45.75), (63.32, 45.63), (64.08, 45.49), (64.85, 45.12),
    "st-perovsk", (66.10, 44.55), (66.75, 44.17), (67.25, 43.91), (67.80, 43.60),
    "st-turkestan", (68.55, 42.85), "st-arys", (68.97, 42.05), (69.12, 41.68), (69.18, 41.45),
    "st-tashkent"]
LINES["rail-tomsk"] = [TAIGA, (85.42, 56.22), (85.17, 56.39), "st-tomsk"]
LINES["rail-troitsk"] = [
    CHELYABINSK, POLETAEVO, (61.22, 54.72), (61.35, 54.44), (61.46, 54.25), "place-troitsk",
    (62.10, 53.87), (62.62, 53.62), (63.12, 53.40), "place-kostanay"]
LINES["rail-altai"] = [
    NOVONIKOLAEVSK, (83.05, 54.88), (83.10, 54.76), (83.30, 54.63), (83.37, 54.42),
    (83.37, 54.22), (83.50, 54.00), (83.58, 53.82), (83.78, 53.58), (83.93, 53.40),
    "st-barnaul", (83.40, 52.95), (82.78, 52.49), (82.30, 52.21), (81.75, 51.87),
    (81.21, 51.52), (81.20, 51.18), (80.75, 50.80), "place-semipalatinsk"]
LINES["rail-ryazan-ural"] = [
    "st-saratov", "st-pokrovsk", (46.50, 51.42), (47.05, 51.22), (47.70, 51.30),
    (48.28, 51.35), (48.77, 51.23), (49.20, 51.20), (49.66, 51.18), (50.20, 51.20),
    (50.85, 51.22), "place-uralsk"]
LINES["rail-moscow-saratov"] = [
    "st-moscow", (37.90, 55.68), (38.23, 55.57), (38.50, 55.43), (38.69, 55.32),
    (38.78, 55.09), (39.03, 54.97), (39.51, 54.73), "st-ryazan", (39.92, 54.23),
    (40.05, 53.71), (40.25, 53.25), "st-kozlov", "st-tambov", (42.10, 52.70), (42.73, 52.65),
    (43.30, 52.50), "st-rtishchevo", (44.30, 52.05), (44.77, 51.87), (45.60, 51.67),
    "st-saratov"]

GEN_RAIL = "[outside the sources] general geographic knowledge"

RAIL_PROPS = {
    "rail-amur": dict(
        name="Amur Railway (Karymskaya – Kuenga – Khabarovsk)",
        name_ru="Амурская железная дорога (Карымская – Куэнга – Хабаровск)",
        name_kk="Амур темір жолы (Карымская – Куэнга – Хабаровск)",
        name_cs="Amurská dráha (Karymskaja – Kuenga – Chabarovsk)",
        start="1916",
        sources=[GEN_RAIL + " of the Amur Railway: Kuenga – Bureya opened 1914, Bureya – "
                 "Khabarovsk 1915, the Amur bridge at Khabarovsk in October 1916, which "
                 "completed the all-Russian route to Vladivostok",
                 "EVENTS.md H (the texts name no place between Irkutsk and Vladivostok)"],
        note="The all-Russian route to the Pacific north of the Amur, completed in 1916 "
             "[outside the sources]; start «1916» is the year the through route opened (the "
             "western sections ran earlier). Drawn from Karymskaya, where it leaves rail-transsib "
             "(same vertex), along the Ingoda and Shilka via Shilka and Nerchinsk (Priiskovaya) "
             "to Kuenga (that section is the Trans-Baikal line of 1900 towards Sretensk), then "
             "north to Chernyshevsk, east via Zilovo, Ksenyevka, Mogocha, Amazar, Yerofei "
             "Pavlovich and Rukhlovo (Skovorodino), south-east via Magdagachi, Tygda and "
             "Shimanovskaya to Svobodny (Alekseevsk), Bochkarevo (now Belogorsk; the branch to "
             "Blagoveshchensk, 1913, is not drawn), Zavitaya, Bureya, Arkhara and Obluchye, "
             "through the Lesser Khingan to Bira, Tikhonkaya (Birobidzhan), Volochaevka and over "
             "the Amur bridge to Khabarovsk. The texts say nothing of this line: the Corps "
             "used the Chinese Eastern Railway (rail-transsib). Vertices every 30–80 km, "
             "accurate to about 0.05–0.1°."),
    "rail-ussuri": dict(
        name="Ussuri Railway (Khabarovsk – Vladivostok)",
        name_ru="Уссурийская железная дорога (Хабаровск – Владивосток)",
        name_kk="Уссури темір жолы (Хабаровск – Владивосток)",
        name_cs="Ussurijská dráha (Chabarovsk – Vladivostok)",
        sources=[GEN_RAIL + " of the Ussuri Railway (Vladivostok – Khabarovsk, opened 1897)",
                 "Golovin, 2011", "SA KNB RK. F.9. Op.1. D.305. L.193", S0,
                 "EVENTS.md A12, A36, A40, C13, D49 (at Vladivostok, its southern end)"],
        note="Khabarovsk – Vyazemskaya – Bikin – Iman – Ruzhino – Spassk – "
             "Chernigovka – Manzovka – Nikolsk-Ussuriysky – Vladivostok, opened throughout in "
             "1897 [outside the sources]. From Nikolsk-Ussuriysky to Vladivostok it shares "
             "rail-transsib's track and vertices exactly (the CER trains joined it at Nikolsk). "
             "The texts name only Vladivostok. Vertices every 30–60 km."),
    "rail-tashkent": dict(
        name="Orenburg – Tashkent Railway (Samara – Orenburg – Tashkent)",
        name_ru="Ташкентская железная дорога (Самара – Оренбург – Ташкент)",
        name_kk="Орынбор – Ташкент темір жолы (Самара – Орынбор – Ташкент)",
        name_cs="Orenburg-taškentská dráha (Samara – Orenburg – Taškent)",
        start="1906",
        sources=[GEN_RAIL + " of the Samara – Orenburg line (1877) and the Orenburg – "
                 "Tashkent railway (built 1901–1905, regular traffic from January 1906)",
                 "GA RF. F.P-200. Op.1. D.684. LL. 20-21", "Martynenko, 1992: 50-51",
                 "Martynenko, 1992: 69", "Validi, 1994: 214-215",
                 "TsA FSB RF. D.12066. P-34862. L.31", "Bukeikhanov et al., 1917: 1", S0, S1,
                 "EVENTS.md A24, A26, C8 (Samara); B1, C3, D8, D9, D10, D12 (Orenburg); D11, "
                 "D27 (Tashkent)"],
        note="Starts at Samara on rail-transsib and shares its track to Kinel (same vertices), "
             "then Buzuluk – Sorochinsk – Novosergievka – Orenburg (the Orenburg railway, 1877), "
             "south to Iletsk (Sol-Iletsk), then Aktyubinsk – Kandagach – Emba – Chelkar – "
             "Aralskoye More – Kazalinsk – Karmakchi – Perovsk – Chiili – Turkestan – Arys – "
             "Tashkent along the Syr Darya [outside the sources]. start «1906» is the opening "
             "of the through line (temporary traffic from 1905; Samara – Orenburg from 1877). "
             "The texts name Samara, Orenburg and Tashkent, not the railway; Orenburg keeps its "
             "id place-orenburg and is now a station on this line. Vertices every 40–80 km "
             "(the line is nearly straight across the steppe)."),
    "rail-tomsk": dict(
        name="Tomsk branch (Taiga – Tomsk)",
        name_ru="Томская ветвь (Тайга – Томск)",
        name_kk="Томск тармағы (Тайга – Томск)",
        name_cs="Tomská odbočka (Tajga – Tomsk)",
        sources=[GEN_RAIL + " of the branch from Taiga junction to Tomsk (opened 1896)", S0,
                 "EVENTS.md A23, H7a (no citation in the text)"],
        note="The Trans-Siberian line bypassed Tomsk; the branch leaves rail-transsib at Taiga "
             "(same vertex) and runs north-west to Tomsk [outside the sources]. «In early June "
             "1918, the Czechoslovaks entered Tomsk» (A23)."),
    "rail-troitsk": dict(
        name="Troitsk branch (Chelyabinsk – Troitsk – Kustanay)",
        name_ru="Троицкая ветвь (Челябинск – Троицк – Кустанай)",
        name_kk="Троицк тармағы (Челябі – Троицк – Қостанай)",
        name_cs="Troická odbočka (Čeljabinsk – Troick – Kustanaj)",
        start="1913",
        sources=[GEN_RAIL + " of the Troitsk line of the Samara – Zlatoust Railway "
                 "(Poletaevo – Troitsk – Kustanay, first trains to Kustanay at the end of 1913; "
                 "some local histories date its regular operation to 1916)",
                 "Alash Orda, 1992: 142", "Saryarqa, 1918, №61: 2-3", S0,
                 "EVENTS.md B11, B14, B18, E4 (Troitsk and Kostanay)"],
        note="Starts at Chelyabinsk on rail-transsib and shares its track to Poletaevo (same "
             "vertex), where the branch turns south to Troitsk and then south-east to Kustanay "
             "[outside the sources]. Drawn because Alash units stood «near Troitsk» (B18) and "
             "the first «Alash regiment» was formed in Kostanay (B11). Troitsk and Kostanay keep "
             "their ids place-troitsk and place-kostanay and are now stations on this line. "
             "start «1913»: first trains; either way the line ran before 1917."),
    "rail-altai": dict(
        name="Altai Railway (Novonikolaevsk – Barnaul – Semipalatinsk)",
        name_ru="Алтайская железная дорога (Новониколаевск – Барнаул – Семипалатинск)",
        name_kk="Алтай темір жолы (Новониколаевск – Барнауыл – Семей)",
        name_cs="Altajská dráha (Novonikolajevsk – Barnaul – Semipalatinsk)",
        start="1915",
        sources=[GEN_RAIL + " of the Altai Railway (private line built 1913–1915; temporary "
                 "traffic on the whole line Novonikolaevsk – Barnaul – Semipalatinsk from "
                 "October 1915)",
                 "GARF. F.P-1701. Op.1. D.6v. L.169", "Saryarka, 1918: №29", S0, S1,
                 "EVENTS.md B20, D21h, D21i (Semipalatinsk); A22, A35 (Novonikolaevsk)"],
        note="Leaves rail-transsib at Novonikolaevsk (same vertex), runs south along the right "
             "bank of the Ob via Berdsk, Cherepanovo and Talmenka to Altaiskaya (junction of the "
             "Biysk branch, not drawn), crosses the Ob to Barnaul, then south-west via Aleysk, "
             "Shipunovo, Rubtsovka and Lokot to Semipalatinsk [outside the sources]. The "
             "terminus was on the right bank of the Irtysh, in Semipalatinsk itself; there was "
             "no railway bridge to the left bank (Alash-qala) until the Turksib (1930). "
             "Semipalatinsk keeps its id place-semipalatinsk and is now the terminus station."),
    "rail-ryazan-ural": dict(
        name="Ryazan – Ural Railway, Uralsk line (Saratov – Pokrovsk – Uralsk)",
        name_ru="Рязано-Уральская железная дорога, Уральская линия (Саратов – Покровск – Уральск)",
        name_kk="Рязань – Орал темір жолы (Саратов – Покровск – Орал)",
        name_cs="Rjazaňsko-uralská dráha, uralská trať (Saratov – Pokrovsk – Uralsk)",
        sources=[GEN_RAIL + " of the Pokrovskaya Sloboda – Uralsk line of the Ryazan – Ural "
                 "Railway (opened 1894)",
                 S2, "Karataev: " + KARATAEV, "Saryarqa, 1918, №63: 1",
                 "Alash: Saryarqa, 1918: 3", S0,
                 "EVENTS.md C5, D39 (Saratov); B13, B24, B25, C5, D37 (Uralsk)"],
        note="From Saratov across the Volga by the train ferry to Pokrovsk (now Engels), then "
             "east through the Trans-Volga steppe via Urbakh, Ershov, Dergachi, Ozinki and "
             "Semiglavy Mar to Uralsk, the terminus [outside the sources]. The line the "
             "Alash-Orda (Ural) delegation would have used between Saratov and Uralsk in "
             "March–April 1918 (C4, C5; S2 does not name the means of travel). Uralsk keeps its "
             "id place-uralsk and is now the terminus station."),
    "rail-moscow-saratov": dict(
        name="Moscow – Ryazan – Kozlov – Saratov railway",
        name_ru="Железная дорога Москва – Рязань – Козлов – Саратов",
        name_kk="Мәскеу – Рязань – Козлов – Саратов темір жолы",
        name_cs="Trať Moskva – Rjazaň – Kozlov – Saratov",
        sources=[GEN_RAIL + " of the lines Moscow – Ryazan (1864), Ryazan – Kozlov (1866–1868), "
                 "Kozlov – Tambov – Saratov (1871)", S0, S2, "Karataev: " + KARATAEV,
                 "EVENTS.md A17, C4, D36, D38, D40 (Moscow); C5, D39 (Saratov)"],
        note="Moscow (Ryazan station) – Ramenskoye – Voskresensk – Kolomna – Lukhovitsy – "
             "Ryazan – Ryazhsk – Bogoyavlensk – Kozlov – Tambov – Kirsanov – Rtishchevo – "
             "Atkarsk – Tatishchevo – Saratov; in 1918 the Moscow – Kolomna part belonged to "
             "the Moscow – Kazan Railway and the rest to the Ryazan – Ural Railway [outside "
             "the sources]. Drawn for the journey of the Alash-Orda (Ural) delegation, Moscow "
             "→ Saratov (March–April 1918, C4, C5); S2 does not say how it travelled. The line "
             "Penza – Rtishchevo is not drawn. Vertices every 30–60 km."),
}
for rid in RAIL_PROPS:
    RAIL_PROPS[rid].setdefault("certainty", "approximate")

# ------------------------------------------------------------------------------------------
# Existing stations and places: modern names (no catalogue: the data test accepts only
# EVENTS.md A-D ids there, and those items are mapped by the events, units and missions files)
# ------------------------------------------------------------------------------------------
MODERN = {
    "st-penza": "Penza, Russia", "st-syzran": "Syzran, Samara Oblast, Russia",
    "st-samara": "Samara, Russia", "st-ufa": "Ufa, Bashkortostan, Russia",
    "st-zlatoust": "Zlatoust, Chelyabinsk Oblast, Russia", "st-chelyabinsk": "Chelyabinsk, Russia",
    "st-kurgan": "Kurgan, Russia", "st-petropavlovsk": "Petropavl, North Kazakhstan Region, Kazakhstan",
    "st-omsk": "Omsk, Russia", "st-novonikolaevsk": "Novosibirsk, Russia",
    "st-taiga": "Taiga, Kemerovo Oblast, Russia", "st-mariinsk": "Mariinsk, Kemerovo Oblast, Russia",
    "st-achinsk": "Achinsk, Krasnoyarsk Krai, Russia", "st-krasnoyarsk": "Krasnoyarsk, Russia",
    "st-kansk": "Kansk, Krasnoyarsk Krai, Russia",
    "st-nizhneudinsk": "Nizhneudinsk, Irkutsk Oblast, Russia",
    "st-tulun": "Tulun, Irkutsk Oblast, Russia", "st-kuytun": "Kuytun, Irkutsk Oblast, Russia",
    "st-zima": "Zima, Irkutsk Oblast, Russia", "st-irkutsk": "Irkutsk, Russia",
    "st-slyudyanka": "Slyudyanka, Irkutsk Oblast, Russia",
    "st-verkhneudinsk": "Ulan-Ude, Buryatia, Russia", "st-chita": "Chita, Zabaykalsky Krai, Russia",
    "st-karymskaya": "Karymskoye, Zabaykalsky Krai, Russia",
    "st-manchuria": "Manzhouli, Inner Mongolia, China",
    "st-hailar": "Hailar, Hulunbuir, Inner Mongolia, China",
    "st-tsitsihar": "Ang'angxi, Qiqihar, Heilongjiang, China",
    "st-harbin": "Harbin, Heilongjiang, China", "st-pogranichnaya": "Suifenhe, Heilongjiang, China",
    "st-nikolsk-ussuriysky": "Ussuriysk, Primorsky Krai, Russia",
    "st-vladivostok": "Vladivostok, Russia", "st-tomsk": "Tomsk, Russia",
    "place-semipalatinsk": "Semey, Abai Region, Kazakhstan",
    "place-karkaraly": "Karkaraly, Karaganda Region, Kazakhstan",
    "place-bayanaul": "Bayanaul, Pavlodar Region, Kazakhstan",
    "place-zaisan": "Zaysan, East Kazakhstan Region, Kazakhstan",
    "place-orenburg": "Orenburg, Russia", "place-uralsk": "Oral, West Kazakhstan Region, Kazakhstan",
    "place-kostanay": "Kostanay, Kazakhstan", "place-orsk": "Orsk, Orenburg Oblast, Russia",
    "place-troitsk": "Troitsk, Chelyabinsk Oblast, Russia"}

# Existing towns that are now stations on a drawn line: id -> (route, new note or None)
CONVERT = {
    "place-orenburg": ("rail-tashkent",
        "Modern Orenburg, Russia; a station on the Orenburg – Tashkent railway (rail-tashkent), "
        "not on the Penza – Vladivostok line [outside the sources]. Seat of Orenburg guberniya; "
        "Turgay oblast was also administered from here [outside the sources]. First All-Kazakh "
        "Kurultai (July 21-26, 1917), the September 1917 meeting, Bukeikhanov's residence (the "
        "meeting with Z. Validov, late October (early November) 1917), and the II Kurultai of "
        "5-13 (18-26) December 1917 that formed the Alash Autonomy. Kept as place-orenburg "
        "(kind station since issue 3)."),
    "place-uralsk": ("rail-ryazan-ural", None),
    "place-kostanay": ("rail-troitsk", None),
    "place-troitsk": ("rail-troitsk",
        "Modern Troitsk, Chelyabinsk Oblast, Russia; [outside the sources] a station on the "
        "Chelyabinsk (Poletaevo) – Troitsk – Kustanay branch (rail-troitsk). 540 Alash men "
        "«near Troitsk» per Bukeikhan to Kolchak's government (B18, undated; after 18 Nov 1918 "
        "[outside the sources]). Kept as place-troitsk (kind station since issue 3)."),
    "place-semipalatinsk": ("rail-altai", None),
}
CONVERT_NOTE_TAIL = {
    "place-uralsk": " [outside the sources] Terminus of the Ryazan – Ural Railway's line from "
                    "Saratov (Pokrovsk), 1894 (rail-ryazan-ural). Kept as place-uralsk (kind "
                    "station since issue 3).",
    "place-kostanay": " [outside the sources] Terminus of the Troitsk branch (rail-troitsk). "
                      "Kept as place-kostanay (kind station since issue 3).",
}
SEMIPALATINSK = dict(
    name="Semipalatinsk", name_ru="Семипалатинск", name_kk="Семей", name_cs="Semipalatinsk",
    note="Modern Semey, Abai Region, Kazakhstan. Seat of Semipalatinsk oblast, on the right "
         "bank of the Irtysh; [outside the sources] terminus of the Altai Railway (rail-altai, "
         "1915). The capital of the Alash Autonomy — «city of Alash (the temporary capital of "
         "the Alash Republic)» (S0), «Alaş-Qala» (S3), «Semey, then called Alash-qala» (S4), "
         "Central Alash-Orda «in Semey» (S2) — is drawn as a separate place, place-alash-qala, "
         "on the left bank opposite: S0 and S1 treat Semipalatinsk and the city of Alash as "
         "separate places (EVENTS.md G5). Here: 1,200 Kazakh volunteers gathered «last summer» "
         "(1918) and sent home unarmed (B20); Constituent Assembly vote of Semipalatinsk "
         "district and city (D21h–i); Bolshevik-ruled Semey in March 1918, where Stalin spoke "
         "by direct wire with the Central Alash-Orda (C4). Until issue 3 this feature was "
         "named «Semipalatinsk (Alash-qala)» and was a place; the id is kept.")

# ------------------------------------------------------------------------------------------
# New places
# ------------------------------------------------------------------------------------------
NEW_PL = []


def pl(pid, lon, lat, imp, name, ru, kk, cs, modern, sources, note):
    NEW_PL.append(dict(id=pid, xy=(round(lon, 2), round(lat, 2)), importance=imp, name=name,
                       name_ru=ru, name_kk=kk, name_cs=cs, name_modern=modern, sources=sources,
                       note=note))


pl("place-alash-qala", 80.20, 50.38, 1, "Alash (Alash-qala)", "Алаш (Алаш-кала)",
   "Алаш (Алаш-қала)", "Alaš (Alaš-kala)",
   "Zhana-Semey, the left-bank part of Semey, Abai Region, Kazakhstan",
   ["Saryarqa, 1917, №23: 4", "Svobodnaya rech, 1918. №164", "Alash Orda, 1992: 109",
    "Saryarqa, 1918, №63: 1", "GARF. F.P-1701. Op.1. D.6v. L.170", "Bokeykhan, 2017: 457",
    "Bukeikhanov et al., 1917: 1", S0, S1, S2, S3, S4,
    "EVENTS.md B6, B8, B9, B10, B15, B24, B26, C9, D11, D43, D45, D48, E20, E21, E22, G5"],
   "«The city of Alash (the temporary capital of the Alash Republic)» (S0); «Alaş-Qala», the "
   "party's headquarters (S3); «Semey, then called Alash-qala» (S4). [outside the sources] The "
   "Kazakh quarter on the left bank of the Irtysh opposite Semipalatinsk; the point is "
   "approximate and is the one the Alash units use (80.20, 50.38). S0 and S1 treat "
   "Semipalatinsk (place-semipalatinsk) and the city of Alash as separate places (EVENTS.md "
   "G5). Here: the 160-man militia of December 1917 (B6); the 500-man cavalry detachment that "
   "arrived with Bukeikhan on June 18, 1918 (B9); the Military Council of June 24, 1918 (B10); "
   "two regiments by the end of 1918 (B15); the junior officers' school (B24, B26); the "
   "newspaper «Saryarka» (D11).")
pl("place-kiev", 30.52, 50.45, 1, "Kiev", "Киев", None, "Kyjev", "Kyiv, Ukraine",
   ["Tsvetkov, 1998", S0, "EVENTS.md A1"],
   "Modern Kyiv, Ukraine (English at the time «Kiev» [outside the sources]). Autumn 1914: the "
   "first Czech military unit, the «Czech Druzina», formed from Czech volunteers living in "
   "Russia (A1).")
pl("place-paris", 2.35, 48.86, 1, "Paris", "Париж", None, "Paříž", "Paris, France",
   [S0, "no citation in the text (A4, A29, C16, D52)", S1, "EVENTS.md A4, A29, C16, D47, D52"],
   "Czechoslovak National Council (CSNS) established «in February 1916» (A4). [outside the "
   "sources] The Czechoslovak Provisional Government of 14 October 1918 (A29) was announced in "
   "Paris; the text names no place. Paris Peace Conference «January 18, 1919, to January 21, "
   "1920» (S0; S1: «January 1919»), where Alash Orda sought recognition (C16, D52).")
pl("place-prague", 14.42, 50.09, 1, "Prague", "Прага", None, "Praha", "Prague, Czech Republic",
   ["Saryarqa, 1918. №59: 2-3", S0, "no citation in the text (A28, A30)",
    "EVENTS.md A28, A30, D47, E36"],
   "[outside the sources] The National Committee of 13 July 1918 (A28) and the proclamation of "
   "the independent Czechoslovak state on 28 October 1918 (A30) were in Prague; S0 names the "
   "dates, not the city. Capital of the Czechoslovak Republic (E36).")
pl("place-martin", 18.92, 49.07, 3, "Turčiansky Svätý Martin", "Турчански-Свети-Мартин", None,
   "Turčanský Svatý Martin", "Martin, Slovakia",
   ["[outside the sources] general historical knowledge: the Slovak National Council adopted "
    "the Declaration of the Slovak Nation at Turčiansky Svätý Martin on 30 October 1918", S0,
    "no citation in the text (A31)", "EVENTS.md A31, D47"],
   "S0 says only «Slovakia»: a Slovak National Committee founded in October 1918, whose "
   "declaration of 30 October demanded a unified state of Czechs and Slovaks (A31). The "
   "declaration is known as the Martin Declaration; the town is placed here for that item "
   "[outside the sources]. Hungarian name at the time Turócszentmárton.")
pl("place-petrograd", 30.32, 59.94, 1, "Petrograd", "Петроград", None, "Petrohrad",
   "Saint Petersburg, Russia",
   ["Bukeikhan, 1910: 577-600", "Bukeikhanov, 1910: 600", "Milyukov, 2017: 71",
    "Protasov, 1997: 368", "TSA FSB RF. Investigative case №12066. L.28",
    "Gazeta Vrem..., 1917: 1", "Lutsky, 1917-1918: 102", "GARF. F. R-749. Op. 1 D. 5",
    "Nurpeisov, Jusip, 2021: 17", S0, S1,
    "EVENTS.md B0a, C2, D1, D3, D5, D25, D28, D29, D31, D33, D34, D35, E32, E33 (D25 and D31 "
    "carry no citation; C2, D3 and D5 give the city only by implication)"],
   "Capital of Russia until March 1918; named St Petersburg until August 1914 (the State Dumas "
   "of 1906–1912, B0a, and the 1910 publication D1, are of that time) [outside the sources]. "
   "Provisional Government (E32); Bolshevik coup of October 25 (November 7), 1917 (D25); the "
   "Constituent Assembly: failed opening November 28 (December 11), 1917 (D31), session of "
   "January 5, 1918 (D33, D34), dissolved January 6 (19), 1918 (D35).")
pl("place-minsk", 27.56, 53.90, 2, "Minsk", "Минск", None, "Minsk", "Minsk, Belarus",
   ["Bulletin…, 1917", S1, "EVENTS.md C1, D4"],
   "«In the rear of the First World War»: on March 16, 1917 (calendar unstated, presumably Old "
   "Style) Alash leaders led by A.N. Bukeikhan telegraphed from Minsk «To the Kazakhs "
   "(Kyrgyz), free citizens of the renewed Russia!» to 25 addresses in the Steppe and "
   "Turkestan territories (C1, D4). [outside the sources] Bukeikhan then served with the "
   "Western Front's zemstvo organisations in Minsk.")
pl("place-arkhangelsk", 40.54, 64.54, 2, "Arkhangelsk", "Архангельск", None, "Archangelsk",
   "Arkhangelsk, Russia",
   ["Golovin, 2011", "Tsvetkov, 1998", S0, "EVENTS.md A9, A12"],
   "English at the time also «Archangel» [outside the sources]. The northern sea route for the "
   "Corps via Arkhangelsk and Murmansk was rejected for fear of German interception (A9); "
   "after the Japanese landing of April 5, 1918 the Bolsheviks demanded that the evacuation "
   "be rerouted through Arkhangelsk and Murmansk (A12).")
pl("place-murmansk", 33.08, 68.97, 2, "Murmansk", "Мурманск", None, "Murmansk",
   "Murmansk, Russia",
   ["Golovin, 2011", "Tsvetkov, 1998", S0, "EVENTS.md A9, A12"],
   "Founded in 1916 as Romanov-on-Murman, renamed Murmansk in 1917 [outside the sources]. The "
   "northern sea route via Arkhangelsk and Murmansk, rejected (A9) and demanded by the "
   "Bolsheviks in April 1918 (A12).")
pl("place-kokand", 70.94, 40.53, 2, "Kokand", "Коканд", "Қоқан", "Kokand",
   "Kokand, Fergana Region, Uzbekistan",
   ["Turkestansky Vestnik, 1917", S1, "EVENTS.md D30, E23"],
   "IV Regional Extraordinary Muslim Kurultai, November 26 (December 9), 1917: Turkestan "
   "declared territorially autonomous; seat of the Turkestan Mukhtariate (D30, E23; [outside "
   "the sources] crushed in February 1918).")
pl("place-chuguchak", 82.98, 46.75, 2, "Chuguchak", "Чугучак", "Шәуешек", "Čugučak",
   "Tacheng (Qoqek), Xinjiang, China",
   ["TsA FSB RF. D.12066. P-34862. L.29", "AP RK. F.811. Op.24. D.114. L.12", S0,
    "EVENTS.md B31, C6, E16"],
   "Russian consulate (consul V. Dolbezhev). Spring 1918: A. Baitursynuly, M. Dulatuly and "
   "R. Marsek asked him to petition the Chinese government to supply the Alash army from "
   "Urumqi; Dolbezhev telegraphed the Russian envoy in Beijing that Alash Orda «could mobilize "
   "40,000» (C6, B31).")
pl("place-urumchi", 87.62, 43.83, 2, "Urumchi", "Урумчи", "Үрімжі", "Urumči",
   "Ürümqi, Xinjiang, China",
   ["TsA FSB RF. D.12066. P-34862. L.29", S0, "EVENTS.md C6, E16"],
   "Seat of the Xinjiang provincial government (Chinese name at the time Dihua) [outside the "
   "sources]. The Alash envoys of spring 1918 asked that the Alash army be supplied from "
   "Urumqi (C6); «these contacts also did not yield the expected results».")
pl("place-peking", 116.40, 39.90, 1, "Peking", "Пекин", "Бейжің", "Peking", "Beijing, China",
   ["AP RK. F.811. Op.24. D.114. L.12", S0, "EVENTS.md B31, C6"],
   "Capital of the Republic of China; seat of the Russian envoy (legation) to whom consul "
   "Dolbezhev telegraphed from Chuguchak in spring 1918 (C6, B31).")
pl("place-akmolinsk", 71.43, 51.17, 2, "Akmolinsk", "Акмолинск", "Ақмола", "Akmolinsk",
   "Astana, Kazakhstan",
   ["Saryarka, 1918: №29", S1, "EVENTS.md D21g, D21j, E2"],
   "Uezd town of Akmola oblast (the oblast seat was Omsk) [outside the sources]. Constituent "
   "Assembly vote, December 26–31, 1917: Alash 790, Ush Zhuz 3 (D21g). The 2021 monument in "
   "Astana (D56) is outside the atlas period.")
pl("place-kokchetav", 69.39, 53.28, 3, "Kokchetav", "Кокчетав", "Көкшетау", "Kokčetav",
   "Kokshetau, Akmola Region, Kazakhstan",
   ["Saryarka, 1918: №29", S1, "EVENTS.md D21d, E2"],
   "Uezd town of Akmola oblast [outside the sources]. Constituent Assembly vote of Kokshetau "
   "(Kokchetav) county, December 1917: Alash 39,600, Ush Zhuz 164 (D21d); the figures are for "
   "the county, the point marks its town.")
pl("place-irgiz", 61.26, 48.62, 3, "Irgiz", "Иргиз", "Ырғыз", "Irgiz",
   "Yrgyz, Aktobe Region, Kazakhstan",
   ["Yuzhny Ural, 1918: 3", S1, "EVENTS.md D19, E4"],
   "Uezd town of Turgay oblast [outside the sources]. Constituent Assembly elections of "
   "November 1917: 400 of 800 voters; Alash 360, SR and SD 40 (D19).")
pl("place-ekibastuz", 75.32, 51.73, 3, "Ekibastuz", "Экибастуз", "Екібастұз", "Ekibastuz",
   "Ekibastuz, Pavlodar Region, Kazakhstan",
   ["Saryarka, 1918: №29", S1, "EVENTS.md D21a, E3"],
   "«British factory» with about 700–800 Kazakh workers: Alash 705, Ush Zhuz 0 in the "
   "Constituent Assembly vote of December 1917 (D21a). [outside the sources] The Ekibastuz "
   "coal mines of Semipalatinsk oblast (Pavlodar uezd), then British-owned, linked by a mine "
   "railway (not drawn) to a pier on the Irtysh.")
pl("place-turgay", 63.50, 49.63, 3, "Turgay", "Тургай", "Торғай", "Turgaj",
   "Torgay, Kostanay Region, Kazakhstan",
   ["Yuzhny Ural, 1917: 3", "Yuzhny Ural, 1918: 3", S1, "EVENTS.md D17, D18, D20, E4"],
   "Uezd town of Turgay uezd; Turgay oblast itself was administered from Orenburg [outside the "
   "sources]. Constituent Assembly elections of November 12-14, 1917 in the «Turgay district»: "
   "55,127 of 68,000 voters, Alash 54,976 (D17), and a second result under the same name, "
   "57,046 of 70,000, Alash 55,349 (D18, probably another uezd, EVENTS.md G33). The figures are "
   "for districts; the point marks the town.")
pl("place-verny", 76.95, 43.26, 2, "Verny", "Верный", "Верный (Алматы)", "Vernyj",
   "Almaty, Kazakhstan",
   ["Saryarqa, 1918, №63: 1", "GARF. F.P-1701. Op.1. D.6v. L.170", S0, S1,
    "EVENTS.md B16, B26, D23, E6 (the texts name Semirechye, not Verny)"],
   "Seat of Semirechye oblast [outside the sources]. The texts never name the town: they place "
   "two Alash regiments «in Semirechye» by the end of 1918 (B16), the Alash school's trainees "
   "due to leave «for the Semirechye region» (B26), and the Semirechensk constituency (D23). "
   "The 1918–1919 front in Semirechye lay far to the north (place-kopal).")
pl("place-kopal", 79.07, 45.11, 3, "Kopal", "Копал", "Қапал", "Kopal",
   "Kapal, Zhetisu Region, Kazakhstan",
   ["Alash Orda, 1992: 142", "Saryarqa, 1918, №63: 1", S0,
    "EVENTS.md B16, B17 («at the front in Semirechye»; the texts name no town)",
    "[outside the sources] general historical knowledge: in 1918–1919 the Semirechye front ran "
    "through Kopal and Lepsinsk uezds (the siege of the Cherkasskoye villages)"],
   "Uezd town of Semirechye oblast [outside the sources]. Marks the northern Semirechye front "
   "of 1918–1919, where Bukeikhan counted 750 Alash men «at the front in Semirechye» (B17); the "
   "texts name no town, so the point stands for the front, not a cited place.")
pl("place-zhympity", 52.58, 50.25, 3, "Zhympity (Dzhambeyty)", "Джамбейты", "Жымпиты",
   "Žympity (Džambejty)", "Zhympity, Syrym District, West Kazakhstan Region, Kazakhstan",
   ["[outside the sources] general historical knowledge: seat of the Western Alash Orda (the "
    "«Uil vilayat» government of Zhakhansha and Khalel Dosmukhamedov), 1918–1919; the five "
    "texts do not name it"],
   "Not named in the five texts; EVENTS.md has no item here. The Dosmukhamedov brothers, who "
   "led the Ural delegation to Moscow and Saratov (C4, C5), headed the western branch of Alash "
   "Orda seated here [outside the sources]. The western branch itself is not drawn (see "
   "regions).")

# ------------------------------------------------------------------------------------------
# Build
# ------------------------------------------------------------------------------------------


def xy_of(ref):
    if isinstance(ref, tuple):
        return (round(ref[0], 2), round(ref[1], 2))
    if ref in NEW_ST:
        return NEW_ST[ref]["xy"]
    return st_xy(ref)


def build():
    # railways
    rails = []
    t = TRANSSIB
    p = dict(t["properties"])
    p["note"] = p["note"].replace(
        " [outside the sources: the all-Russian Amur line via Khabarovsk, completed 1916, is not "
        "drawn]", " [outside the sources]; the all-Russian Amur line via Khabarovsk, completed "
        "1916, is drawn separately (rail-amur, rail-ussuri)")
    p["note"] = p["note"].replace(
        "; the branch to Tomsk is not drawn.",
        "; the branch to Tomsk is drawn separately (rail-tomsk). Other lines: rail-tashkent, "
        "rail-troitsk, rail-altai, rail-ryazan-ural, rail-moscow-saratov.")
    rails.append(feature(p, t["geometry"]))
    line_xy = {}
    for rid, verts in LINES.items():
        coords = [list(xy_of(v)) for v in verts]
        line_xy[rid] = coords
        props = {"id": rid, "kind": "railway"}
        props.update(RAIL_PROPS[rid])
        rails.append(feature(props, {"type": "LineString", "coordinates": coords}))

    # stations
    stations = []
    for sid in ORIGINAL_STATIONS:
        f = st_old[sid]
        p = dict(f["properties"])
        p["name_modern"] = MODERN[sid]
        if sid == "st-tomsk":
            p["route"] = "rail-tomsk"
            p["sources"] = [S0, "EVENTS.md A23, H7a (no citation in the text)",
                            "[outside the sources] terminus of the branch from Taiga"]
            p["note"] = ("Modern Tomsk, Russia. Lies on the branch line from Taiga junction "
                         "(rail-tomsk), not on the main line [outside the sources]. «In early "
                         "June 1918, the Czechoslovaks entered Tomsk» (A23).")
        stations.append(feature(p, f["geometry"]))
    for sid, s in NEW_ST.items():
        props = {"id": sid, "kind": "station"}
        props.update({k: v for k, v in s.items() if k != "xy"})
        stations.append(feature(props, {"type": "Point", "coordinates": list(s["xy"])}))

    # places (and the towns that became stations)
    places = []
    for pid in ORIGINAL_PLACES:
        f = pl_old[pid]
        p = dict(f["properties"])
        p["name_modern"] = MODERN[pid]
        if pid in CONVERT:
            route, note = CONVERT[pid]
            p["kind"] = "station"
            p["route"] = route
            if pid == "place-semipalatinsk":
                p.update(SEMIPALATINSK)
                p["sources"] = ["[outside the sources] terminus of the Altai Railway, general "
                                "geographic knowledge", "GARF. F.P-1701. Op.1. D.6v. L.169",
                                "Saryarka, 1918: №29", S0, S1, S2, S4,
                                "EVENTS.md B20, C4, D21h, D21i, E3, G5"]
            elif note:
                p["note"] = note
            else:
                tail = CONVERT_NOTE_TAIL[pid]
                if tail not in p["note"]:
                    p["note"] = p["note"] + tail
        places.append(feature(p, f["geometry"]))
    for q in NEW_PL:
        props = {"id": q["id"], "kind": "place"}
        props.update({k: v for k, v in q.items() if k not in ("xy", "id")})
        places.append(feature(props, {"type": "Point", "coordinates": list(q["xy"])}))
    return rails, stations, places


def dump(path, feats):
    fc = {"type": "FeatureCollection", "features": feats}
    text = json.dumps(fc, ensure_ascii=False, indent=2)
    # one coordinate pair per line, as the files have always been written
    text = re.sub(r"\[\s+(-?[0-9.]+),\s+(-?[0-9.]+)\s+\]", r"[\1, \2]", text)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text + "\n")


# ------------------------------------------------------------------------------------------
# Checks
# ------------------------------------------------------------------------------------------
R_EARTH = 6371008.8


def hav(a, b):
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (math.sin((lat2 - lat1) / 2) ** 2 +
         math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * R_EARTH * math.asin(math.sqrt(min(1.0, h)))


def point_line_m(p, line):
    """Distance from p to a polyline (local equirectangular projection per segment, then
    haversine to the foot point)."""
    best = float("inf")
    for a, b in zip(line, line[1:]):
        k = math.cos(math.radians((a[1] + b[1]) / 2))
        ax, ay, bx, by, px, py = a[0] * k, a[1], b[0] * k, b[1], p[0] * k, p[1]
        dx, dy = bx - ax, by - ay
        L = dx * dx + dy * dy
        u = 0.0 if L == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / L))
        foot = (a[0] + u * (b[0] - a[0]), a[1] + u * (b[1] - a[1]))
        best = min(best, hav(p, foot))
    return best


def seg_intersect(p1, p2, p3, p4):
    def orient(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return 0 if abs(v) < 1e-12 else (1 if v > 0 else -1)
    o1, o2, o3, o4 = orient(p1, p2, p3), orient(p1, p2, p4), orient(p3, p4, p1), orient(p3, p4, p2)
    return o1 != o2 and o3 != o4 and 0 not in (o1, o2, o3, o4)


def check():
    errs, warns = [], []
    rails, stations, places = (load(F_RAIL)["features"], load(F_ST)["features"],
                               load(F_PL)["features"])
    mine = rails + stations + places
    # ids: unique here and across every other geojson in geodata/
    seen = {}
    for fn in sorted(glob.glob(os.path.join(GEO, "**", "*.geojson"), recursive=True)):
        try:
            fs = load(fn)["features"]
        except Exception as e:  # another helper may be writing it right now
            warns.append(f"could not read {fn}: {e}")
            continue
        for f in fs:
            i = (f.get("properties") or {}).get("id") or f.get("id")
            if i in seen and seen[i] != fn:
                errs.append(f"id {i} in {os.path.relpath(fn, ROOT)} and {seen[i]}")
            elif i in seen:
                errs.append(f"id {i} twice in {os.path.relpath(fn, ROOT)}")
            seen[i] = os.path.relpath(fn, ROOT)
    prefixes = {"railway": "rail-", "station": ("st-", "place-"), "place": "place-"}
    for f in mine:
        p = f["properties"]
        if f.get("id") != p.get("id"):
            errs.append(f"{p.get('id')}: Feature id differs from properties.id")
        if not p["id"].startswith(prefixes[p["kind"]]):
            errs.append(f"{p['id']}: prefix does not fit kind {p['kind']}")
        src = p.get("sources")
        if not (isinstance(src, list) and src and all(isinstance(s, str) and s for s in src)):
            errs.append(f"{p['id']}: bad sources")
        if p["kind"] in ("station", "place") and p.get("importance") not in (1, 2, 3):
            errs.append(f"{p['id']}: importance")
        for k in ("name", "name_ru", "name_cs"):
            if not p.get(k):
                errs.append(f"{p['id']}: no {k}")
        txt = json.dumps(f, ensure_ascii=False)
        if "Balabanov" in txt:
            errs.append(f"{p['id']}: mentions Balabanov")
        g = f["geometry"]
        pts = [g["coordinates"]] if g["type"] == "Point" else g["coordinates"]
        for c in pts:
            if not (-12 <= c[0] <= 165 and 20 <= c[1] <= 75):
                errs.append(f"{p['id']}: {c} outside the map region")
            if round(c[0], 2) != c[0] or round(c[1], 2) != c[1]:
                errs.append(f"{p['id']}: {c} not rounded to 0.01")
    # railways: valid lines, no zero-length or duplicate vertices, no self-crossings,
    # spacing statistics
    rail_by = {f["properties"]["id"]: f for f in rails}
    for f in rails:
        c = f["geometry"]["coordinates"]
        rid = f["properties"]["id"]
        if f["geometry"]["type"] != "LineString" or len(c) < 2:
            errs.append(f"{rid}: not a LineString with 2+ vertices")
            continue
        for a, b in zip(c, c[1:]):
            if a == b:
                errs.append(f"{rid}: repeated vertex {a}")
        for i in range(len(c) - 1):
            for j in range(i + 2, len(c) - 1):
                if seg_intersect(c[i], c[i + 1], c[j], c[j + 1]):
                    errs.append(f"{rid}: segments {i} and {j} cross")
        if len(set(map(tuple, c))) != len(c):
            errs.append(f"{rid}: a vertex occurs twice")
        gaps = [hav(a, b) / 1000 for a, b in zip(c, c[1:])]
        length = sum(gaps)
        f["_stats"] = (len(c), length, max(gaps))
    # stations on their line
    worst = 0.0
    for f in stations + places:
        p = f["properties"]
        if p["kind"] != "station":
            if "route" in p:
                errs.append(f"{p['id']}: a place with a route")
            continue
        if "route" not in p:
            errs.append(f"{p['id']}: station without route")
            continue
        line = rail_by.get(p["route"])
        if not line:
            errs.append(f"{p['id']}: unknown route {p['route']}")
            continue
        xy = f["geometry"]["coordinates"]
        d = point_line_m(xy, line["geometry"]["coordinates"])
        worst = max(worst, d)
        if d > 2000:
            errs.append(f"{p['id']}: {d / 1000:.1f} km from {p['route']}")
        if xy not in line["geometry"]["coordinates"]:
            errs.append(f"{p['id']}: not exactly a vertex of {p['route']}")
    # junctions: shared coordinates
    ts = rail_by["rail-transsib"]["geometry"]["coordinates"]
    for rid, start_must in (("rail-amur", "st-karymskaya"), ("rail-tashkent", "st-samara"),
                            ("rail-tomsk", "st-taiga"), ("rail-troitsk", "st-chelyabinsk"),
                            ("rail-altai", "st-novonikolaevsk")):
        c0 = rail_by[rid]["geometry"]["coordinates"][0]
        sxy = next(f["geometry"]["coordinates"] for f in stations if f["id"] == start_must)
        if c0 != sxy or c0 not in ts:
            errs.append(f"{rid}: does not start at {start_must} on rail-transsib")
    us = rail_by["rail-ussuri"]["geometry"]["coordinates"]
    for sid in ("st-nikolsk-ussuriysky", "st-vladivostok"):
        sxy = next(f["geometry"]["coordinates"] for f in stations if f["id"] == sid)
        if sxy not in us:
            errs.append(f"rail-ussuri: misses {sid}")
    if us[0] != rail_by["rail-amur"]["geometry"]["coordinates"][-1]:
        errs.append("rail-amur and rail-ussuri do not meet at Khabarovsk")
    # report
    for f in rails:
        n, length, gmax = f["_stats"]
        print(f"  {f['id']:22s} {n:4d} vertices  {length:7.0f} km  longest gap {gmax:5.0f} km")
    print(f"  stations on their line: worst distance {worst:.1f} m")
    print(f"  counts: {len(rails)} railways, {len(stations)} in stations.geojson, "
          f"{len(places)} in places.geojson "
          f"({sum(1 for f in places if f['properties']['kind'] == 'station')} of them stations)")
    for w in warns:
        print("  warning:", w)
    for e in errs:
        print("  ERROR:", e)
    return not errs


def main():
    if "--check" not in sys.argv:
        rails, stations, places = build()
        dump(F_RAIL, rails)
        dump(F_ST, stations)
        dump(F_PL, places)
        print(f"wrote {os.path.relpath(F_RAIL, ROOT)}, {os.path.relpath(F_ST, ROOT)}, "
              f"{os.path.relpath(F_PL, ROOT)}")
    ok = check()
    print("check:", "ok" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
