#!/usr/bin/env python3
"""Generate geodata/missions.geojson and geodata/events.geojson (histmap bundled data).

Diplomatic missions (EVENTS.md group C) as dated journeys, and the political events of group D
(plus the C items that are single events) as dated points. Python 3 standard library only.
Run from the repository root:

    python3 tools/geodata/missions_events.py

Coordinates of towns are taken from the st-* / place-* features already in geodata/ where such
a feature exists (so that events sit exactly on the town), otherwise from the fallback values
below. Every fact, date and citation is written out here; see the README section
"missions.geojson and events.geojson" for the decisions.
"""
import datetime
import glob
import json
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GEO = os.path.join(ROOT, "geodata")
OWN = {"missions.geojson", "events.geojson"}

# ---------------------------------------------------------------------------------------------
# Source strings (as the existing features cite the five documents)
S0 = "Otan tarihy 2025, 28(4)"
S1 = ("S1: article on the 1917 All-Russian Constituent Assembly elections and the Kazakh (Alash) "
      "deputies (sources/001_70fb7438e1d78cfd.txt)")
S2 = "S2: B. Koishybayev, «Тарихи келіссөзге – бір ғасыр» (sources/002_1bf4da2612e2b7c1.txt)"
S3 = "S3: Wikipedia, «Alash (party)» (sources/003_76fe93f2cb57891b.txt)"
S4 = "S4: Vietnamese Wikipedia, «Vùng tự chủ Alash» (sources/004_35f2bdddfdd8b1e1.txt)"
KARATAEV = "ОММ, 1227-қ., 1-тізім, 2-іс, 1-байлам"
NOCIT = "no citation in the text"


def ev_ids(*ids):
    return "EVENTS.md " + ", ".join(ids)


# ---------------------------------------------------------------------------------------------
# Places: (candidate feature ids in geodata/, fallback lon/lat, note on the fallback)
PLACES = {
    "moscow": (["place-moscow", "st-moscow"], (37.62, 55.76)),
    "petrograd": (["place-petrograd", "place-st-petersburg"], (30.32, 59.94)),
    "minsk": (["place-minsk"], (27.56, 53.90)),
    "saratov": (["place-saratov", "st-saratov"], (46.03, 51.53)),
    "uralsk": (["place-uralsk", "st-uralsk"], (51.37, 51.23)),
    "orenburg": (["place-orenburg", "st-orenburg"], (55.10, 51.77)),
    "ufa": (["st-ufa"], (55.96, 54.76)),
    "samara": (["st-samara"], (50.12, 53.19)),
    "omsk": (["st-omsk"], (73.33, 54.94)),
    "petropavlovsk": (["st-petropavlovsk"], (69.14, 54.87)),
    "novonikolaevsk": (["st-novonikolaevsk"], (82.90, 55.04)),
    "vladivostok": (["st-vladivostok"], (131.88, 43.11)),
    "tashkent": (["place-tashkent", "st-tashkent"], (69.28, 41.31)),
    "kokand": (["place-kokand", "st-kokand"], (70.94, 40.53)),
    "turgay": (["place-turgay", "place-turgai"], (63.50, 49.63)),
    "irgiz": (["place-irgiz"], (61.26, 48.62)),
    "ekibastuz": (["place-ekibastuz"], (75.32, 51.73)),
    "kokchetav": (["place-kokchetav", "place-kokshetau"], (69.39, 53.28)),
    "akmolinsk": (["place-akmolinsk", "place-akmola"], (71.43, 51.13)),
    "semipalatinsk": (["place-semipalatinsk"], (80.23, 50.41)),
    # the city of Alash (Alash-qala), left bank: where the Alash units are drawn (G5)
    "alash": (["place-alash-qala", "place-alash", "unit-alash-militia-alash"], (80.20, 50.38)),
    "chuguchak": (["place-chuguchak"], (82.98, 46.75)),
    "barnaul": (["place-barnaul", "st-barnaul"], (83.78, 53.35)),
    "paris": (["place-paris"], (2.35, 48.86)),
    # a point in the Kazakh lands east of the Ural river, ESE of Uralsk: stands for
    # «the Trans-Ural part (Жайық сырты / Zaural'e) of Ural oblast»
    "zaurale": ([], (52.60, 50.60)),
}


def load_points():
    pts = {}
    for path in sorted(glob.glob(os.path.join(GEO, "*.geojson"))):
        if os.path.basename(path) in OWN:
            continue
        try:
            data = json.load(open(path, encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for f in data.get("features", []):
            g = f.get("geometry") or {}
            fid = (f.get("properties") or {}).get("id") or f.get("id")
            if g.get("type") == "Point" and fid:
                pts[fid] = (round(g["coordinates"][0], 2), round(g["coordinates"][1], 2))
    return pts


POINTS = load_points()
USED_FROM = {}


def at(key):
    cands, fallback = PLACES[key]
    for c in cands:
        if c in POINTS:
            USED_FROM[key] = c
            return list(POINTS[c])
    USED_FROM[key] = "fallback"
    return [round(fallback[0], 2), round(fallback[1], 2)]


def catalogued_elsewhere():
    """catalogue id -> [(feature id, kind, geometry type)] for features in the other files."""
    ids = {}
    for path in sorted(glob.glob(os.path.join(GEO, "*.geojson"))):
        if os.path.basename(path) in OWN:
            continue
        try:
            data = json.load(open(path, encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for f in data.get("features", []):
            p = f.get("properties") or {}
            g = (f.get("geometry") or {}).get("type")
            for c in p.get("catalogue") or []:
                ids.setdefault(c, []).append((p.get("id"), p.get("kind"), g))
    return ids


ELSEWHERE = catalogued_elsewhere()
SKIPPED = {}  # our feature id -> the other files' event features that already map the fact


def event_elsewhere(*cat_ids):
    """Point events in the other files that carry any of these catalogue ids."""
    out = []
    for c in cat_ids:
        for fid, kind, geom in ELSEWHERE.get(c, []):
            if kind == "event" and geom == "Point" and fid not in out:
                out.append(fid)
    return out


def add_unless(cat_ids, feature):
    """Add an event unless the same fact is already an event in another file."""
    other = event_elsewhere(*cat_ids)
    if other:
        SKIPPED[feature["id"]] = (feature["properties"].get("catalogue"), other)
    else:
        events.append(feature)


# ---------------------------------------------------------------------------------------------
ORDER = ["id", "kind", "name", "name_ru", "name_kk", "name_cs", "affiliation", "start", "end",
         "calendar", "times", "route", "certainty", "date_text", "participants", "purpose",
         "outcome"]


def props(d):
    out = {}
    for k in ORDER:
        if k in d and d[k] is not None:
            out[k] = d[k]
    tail = ["catalogue", "sources", "note"]
    for k, v in d.items():
        if k not in out and k not in tail and v is not None:
            out[k] = v
    for k in tail:
        if k in d:
            out[k] = d[k]
    return out


def event(place, **d):
    d["kind"] = "event"
    d.setdefault("certainty", "certain")
    p = props(d)
    return {"type": "Feature", "id": p["id"], "properties": p,
            "geometry": {"type": "Point", "coordinates": at(place)}}


def split_time(t):
    """A `times` entry is a day or a hold "A/B" (arrive A, depart B)."""
    a, _, b = t.partition("/")
    return a, (b or a)


def check_times(fid, times):
    last = None
    for t in times:
        a, b = split_time(t)
        assert a <= b, (fid, t)
        assert last is None or last <= a, (fid, "times decrease at", t)
        last = b


def railway_vertices():
    """railway id -> set of its vertices (rounded to 0.01 degree)."""
    out = {}
    for f in json.load(open(os.path.join(GEO, "railways.geojson"), encoding="utf-8"))["features"]:
        out[f["properties"]["id"]] = {(round(c[0], 2), round(c[1], 2))
                                      for c in f["geometry"]["coordinates"]}
    return out


RAILWAYS = railway_vertices()
RAIL_VERTICES = set().union(*RAILWAYS.values())

# A mission's outcome is shown on the map on arrival: its first sentence is the label.
LABEL_MAX = 90


def check_outcome(fid, outcome):
    if outcome is None:
        return
    first = re.split(r"(?<=[.!?»])\s", outcome, maxsplit=1)[0]
    assert first.endswith("."), (fid, "outcome's first sentence must end with a full stop", first)
    assert len(first) <= LABEL_MAX, (fid, len(first), first)
    assert "see mission-" not in outcome, fid


def mission(stops, route=None, **d):
    """stops: list of (place key, time); a time is a day or a hold "A/B" (the delegation stays
    at the place from A to B: talks there). Without route the program draws the great circle
    between the stops. With route (the railway the journey starts on) the program routes between
    consecutive stops over the whole railway network, so every stop must be a station, i.e. a
    vertex of some railway; the railway vertices between them are not copied."""
    d["kind"] = "mission"
    d["times"] = [t for _, t in stops]
    check_times(d["id"], d["times"])
    d["start"] = split_time(d["times"][0])[0]
    d["end"] = split_time(d["times"][-1])[1]
    coords = [at(k) for k, _ in stops]
    for a, b in zip(coords, coords[1:]):
        assert a != b, (d["id"], "two consecutive stops at one place: use a hold A/B", a)
    if route is not None:
        assert route in RAILWAYS, (d["id"], route)
        assert tuple(coords[0]) in RAILWAYS[route], (d["id"], "does not start on", route)
        for (k, _), c in zip(stops, coords):
            assert tuple(c) in RAIL_VERTICES, (d["id"], k, c, "is not a station on a railway")
        d["route"] = route
    check_outcome(d["id"], d.get("outcome"))
    p = props(d)
    return {"type": "Feature", "id": p["id"], "properties": p,
            "geometry": {"type": "LineString", "coordinates": coords}}


# =============================================================================================
# MISSIONS (group C) — journeys
# =============================================================================================
missions = []

DOS_PARTICIPANTS = ("Zhansha (Zhakhansha, Zhahansha) Dosmukhamedov (leader); Khalel Dosmukhamedov, "
                    "head of the Ural oblast zemstvo board, and several members of the board")
DOS_PURPOSE = ("Sent by decision of the regular congress of the Kazakhs of Ural oblast. As members "
               "of the People's Council, on behalf of the Central Alash-Orda (which could not work "
               "in Bolshevik-ruled Semey), to report to the Chairman of Sovnarkom V. Lenin, hand "
               "over the documents of the II All-Kazakh congress (Orenburg, 5–13 (18–26) December "
               "1917) and have the Kazakh national autonomy recognised.")

missions.append(mission(
    [("uralsk", "1918-03-08"),
     ("moscow", "1918-03-15/1918-04-02"),
     ("saratov", "1918-04-04/1918-04-17")],
    route="rail-ryazan-ural",
    id="mission-dosmukhamedov-moscow",
    name="Dosmukhamedov's Alash-Orda delegation to Moscow",
    name_ru="Делегация Алаш-Орды во главе с Ж. Досмухамедовым в Москву",
    name_kk="Жаһанша Досмұхамедов бастаған Алаш-Орда делегациясы Мәскеуге",
    name_cs="Delegace Alaš-Ordy vedená Ž. Dosmuchamedovem do Moskvy",
    affiliation="alash",
    calendar="gregorian",
    certainty="approximate",
    date_text="«1918 жылғы наурызда» (in March 1918); «1918 жылғы наурыздың ортасында» "
              "(in mid-March 1918, in Moscow); «1918 жылғы 17 сәуір» (17 April 1918, the "
              "session in Saratov)",
    participants=DOS_PARTICIPANTS,
    purpose=DOS_PURPOSE,
    outcome="Sovnarkom accepted the delegation's proposals; on the way back it was held up in "
            "Saratov. "
            "Negotiations «successful»: I. Stalin, People's Commissar for Nationalities, spoke by "
            "direct wire with the Central Alash-Orda leaders in Semey; the proposals were worked "
            "out in the Small Sovnarkom and approved by Sovnarkom, which let the zemstvo bodies of "
            "Ural oblast continue (resolution №335 of the session of 1 April 1918) and allotted "
            "funds. On the way back the delegation was held up in Saratov, after a representative "
            "of the overthrown Ural Soviet had spoken against it; Zhansha's appeal was read at the "
            "Saratov Executive Committee session of 17 April 1918. The mission «was brought to "
            "nothing» (құрдымға кетірілуі).",
    catalogue=["C4", "C5"],
    sources=[KARATAEV, S2, ev_ids("C4", "C5", "D36", "D38", "D39", "F", "G6", "G37"),
             "[outside the sources] the railways: the Uralsk line of the Ryazan-Ural Railway "
             "(Uralsk – Pokrovsk, across the Volga from Saratov) and Saratov – Rtishchevo – "
             "Tambov – Kozlov – Ryazan – Moscow"],
    note="One journey, Uralsk – (Saratov) – Moscow – Saratov, with the talks in Moscow and the "
         "detention in Saratov as holds. Cited (S2, after Karataev): the delegation of Ural "
         "oblast went to Moscow and was there «in mid-March 1918»; the Sovnarkom session of "
         "1 April 1918 (resolution №335); then it «set out to return» (кері оралуға бет алды), "
         "«but on the way» the local authority in Saratov held it up (Саратов қаласындағы "
         "жергілікті билік бөгеді); the Saratov Executive Committee heard it at a special session "
         "and at a last one, where Zhansha's appeal was read on 17 April 1918. So the return to "
         "Saratov is in the text, its days are not. Inferred, not in the text: the start at "
         "Uralsk, seat of Ural oblast and of its zemstvo board (the text names neither Uralsk nor "
         "the way out), and the departure on 8 March; the way out through Saratov, on the only "
         "railway from Uralsk [outside the sources], so that the outward passage of Saratov is "
         "not a dated stop; the arrival in Moscow on 15 March (the text says «mid-March»); the "
         "departure from Moscow on 2 April, the day after the Sovnarkom session (the delegation "
         "learned only in Moscow that the Ural Soviet had been overthrown «at the end of March»); "
         "the arrival in Saratov on 4 April. The hold in Saratov ends with the session of 17 "
         "April; where the delegation went after it is not stated (the appeal it wrote: "
         "mission-dosmukhamedov-appeal). The track starts on rail-ryazan-ural and goes on along "
         "rail-moscow-saratov, both [outside the sources]; the program routes it between the "
         "stops. Until this version the way out to Saratov was a separate feature, "
         "mission-dosmukhamedov-uralsk-saratov, because a track could follow only one railway. "
         "The archive reference is that of B. Karataev's work on Alash-Orda, which S2 quotes. "
         "The calendar of S2's dates is unstated; Soviet Russia used New Style from 1 (14) "
         "February 1918 [outside the sources], so the dates are read as Gregorian. S2 calls it "
         "the Alash-Orda delegation of the Central Alash-Orda, while it left by decision of the "
         "Ural oblast Kazakh congress and the Saratov ExCom called it the «Ural delegation» "
         "(EVENTS.md G37); its recognition of Soviet power stands beside S0/S4's anti-Bolshevik "
         "Alash Orda of June 1918 (G6).",
))

missions.append(mission(
    [("saratov", "1918-04-17"), ("zaurale", "1918-04-24")],
    id="mission-dosmukhamedov-appeal",
    name="Dosmukhamedov's appeal dropped by aeroplane over the Trans-Ural Kazakhs",
    name_ru="Воззвание Досмухамедова, сброшенное с аэроплана над Зауральем",
    name_kk="Досмұхамедов үндеуінің Жайық сыртына ұшақпен таратылуы",
    name_cs="Provolání Dosmuchamedova shozené z letadla nad Zauralím",
    affiliation="alash",
    calendar="gregorian",
    certainty="conjectural",
    date_text="after the session of «1918 жылғы 17 сәуір» (17 April 1918); undated",
    participants="the appeal, signed by all members of the delegation and printed in many "
                 "copies; the aeroplane's crew is not named",
    purpose="Tell all Kazakh zemstvo and public organisations, officials and citizens of the "
            "Trans-Ural part (Жайық сырты / Zaural'e) of Ural oblast that the All-Kazakh "
            "Alash-Orda People's Council had recognised Soviet power, that a Commissariat for "
            "Kazakh Affairs and a decree on the autonomy of the Kazakh krai would follow, that "
            "the Zaural'e zemstvo bodies continue under Sovnarkom resolution №335 of 1 April, "
            "and urge them not to join anti-Soviet movements.",
    outcome="Copies of the appeal were dropped from the air over the Kazakh lands. "
            "They fell over the Kazakh-inhabited area; some reached the Ural Cossack Military "
            "Government (Войсковое правительство) in Uralsk.",
    catalogue=["C5"],
    sources=[KARATAEV, S2, ev_ids("C5", "D39")],
    note="S2, after Karataev: Zhansha asked the Saratov Soviet for help to deliver the appeal by "
         "aeroplane; it was printed in many copies, «delivered by aeroplane to the area "
         "inhabited by Kazakhs and dropped from above». Not stated: where the aeroplane flew "
         "from, the route, the date and where exactly the copies fell. Drawn from Saratov, "
         "where the appeal was read on 17 April 1918, to a point in the Kazakh steppe east of "
         "the Ural river that only stands for Zaural'e; the end date (one week later) is "
         "assumed. A flight, so no route: the program draws the great circle. Signed «Member of "
         "the All-Kazakh Alash-Orda People's Council Dos-Mukhamedov».",
))

missions.append(mission(
    [("alash", "1918-04-01"), ("chuguchak", "1918-04-15/1918-05-31")],
    id="mission-china-1918",
    name="Baitursynuly, Dulatuly and Marsek to Eastern Turkestan",
    name_ru="Миссия Байтурсынова, Дулатова и Марсекова в Восточный Туркестан",
    name_kk="Байтұрсынұлы, Дулатұлы және Мәрсековтің Шығыс Түркістанға сапары",
    name_cs="Mise Bajtursynova, Dulatova a Marseka do Východního Turkestánu",
    affiliation="alash",
    calendar="gregorian",
    certainty="conjectural",
    date_text="in the spring of 1918",
    participants="A. Baitursynuly (Baitursynov), M. Dulatuly (Dulatov) and R. Marsek, sent by "
                 "A.N. Bukeikhan",
    purpose="Through them Bukeikhan sent a letter to the Russian consul in Chuguchak, "
            "V. Dolbezhev, asking him to petition the Chinese government to supply the Alash "
            "army with military-technical equipment from Urumqi; arms purchase in China (B2).",
    outcome="No arms came of it: «these contacts also did not yield the expected results». "
            "Dolbezhev telegraphed the Russian envoy in Beijing for instructions, assuring him "
            "that the Alash Orda Council «could mobilize 40,000 Kyrgyz (Kazakh) for joint action "
            "against the Bolsheviks».",
    requested_supply_from="Urumqi",
    catalogue=["C6"],
    sources=["TsA FSB RF. D.12066. P-34862. L.29", "AP RK. F.811. Op.24. D.114. L.12", S0,
             ev_ids("C6", "B2", "B31", "F", "G22")],
    note="The text dates the mission only «in the spring of 1918» (Bukeikhan's NKVD testimony, "
         "August 1937). The days are placeholders inside that season: departure 1 April, the "
         "stay at Chuguchak (a hold: the dealings with the consul) from 15 April to 31 May "
         "1918 — all assumed. The origin is not "
         "given («Alash Orda representatives»); drawn from the city of Alash (Alash-qala), the "
         "Alash Orda seat, which is a conjecture: in March 1918 Semey was under the Bolsheviks "
         "(S2). Chuguchak is modern Tacheng (Qoqek), Xinjiang, China [outside the sources]. "
         "Urumqi, from where the supplies were requested, was not a destination and is not "
         "drawn. Membership: B2 names only «a delegation headed by A. Baitursynov and "
         "M. Dulatov to China»; this passage adds R. Marsek (EVENTS.md G22). No route: the "
         "program draws the great circle; the actual road is unknown. The return is not in the "
         "text and is not drawn.",
))

missions.append(mission(
    [("alash", "1918-08-28"), ("ufa", "1918-09-08/1918-09-23")],
    id="mission-ufa-state-meeting",
    name="Alash Orda delegation to the Ufa State Meeting",
    name_ru="Делегация Алаш-Орды на Уфимское государственное совещание",
    name_kk="Алаш Орда делегациясы Уфа мемлекеттік кеңесіне",
    name_cs="Delegace Alaš-Ordy na Ufskou státní poradu",
    affiliation="alash",
    calendar="gregorian",
    certainty="conjectural",
    date_text="September 1918",
    participants="A.N. Bukeikhan, Kh. Dosmukhametuly and B. Zhakhandamuly (Zhakhandamov) for the "
                 "«Kyrgyz-Kazakh Government Alash Orda»; Imam Alimbekuly (Alimbekov) for the "
                 "«All-Kyrgyz (All-Kazakh) People's Council Alash Orda»; present as members of "
                 "the Constituent Assembly: A. Baitursynuly, A. Birimzhan, S. Doszhanuly, "
                 "J. Dosmukhameduly, U. Tanashuly, M. Tynyshbayuly, S. Shendrikov, A. Orazayuly, "
                 "M. Shokai",
    purpose="Represent the Alash Orda government and People's Council at the «so-called State "
            "Meeting» in Ufa.",
    outcome="Alash Orda's government and People's Council were represented at the meeting. "
            "S1 uses the list of participants as proof that Bukeikhan held a Constituent "
            "Assembly mandate. S0: the Provisional Siberian Government «later merged into the "
            "Provisional All-Russian Government of the Ufa Directory».",
    catalogue=["C11"],
    sources=["VestnikKom…, 1918: 3", S1,
             "[outside the sources] general historical knowledge: the Ufa State Conference sat "
             "8–23 September 1918",
             ev_ids("C11", "D46", "F")],
    note="Only the meeting is in the sources (see event-ufa-state-meeting-1918). The journey is "
         "conjectural: the delegates came from several places, none is named; drawn from the "
         "city of Alash, the Alash Orda seat, where Bukeikhan had arrived on 18 June 1918 (B9). "
         "Departure on 28 August is assumed; the stay in Ufa is a hold from the opening day, "
         "8 September, to the end on 23 September, which rest on [outside the sources] the dates "
         "of the Ufa State Conference. No route: the program draws the great circle; the way "
         "there is unknown. The return is not in the text and is not drawn.",
))

missions.append(mission(
    [("semipalatinsk", "1918-12-14"), ("vladivostok", "1919-01-03/1919-01-17")],
    route="rail-altai",
    id="mission-marsek-transsib",
    name="Marsek's mission to Vladivostok",
    name_ru="Миссия Р. Марсекова во Владивосток",
    name_kk="Р. Мәрсековтің Владивостокқа сапары",
    name_cs="Marsekova mise do Vladivostoku",
    affiliation="alash",
    calendar="gregorian",
    certainty="approximate",
    date_text="«at the beginning of 1919»; «in early January 1919»; appeal to the Japanese "
              "General Consulate «on January 17, 1919»; the Conclusion: «in 1918-1919»",
    participants="Raimzhan Marsek (Raimdzhan Marsekov), former chairman of the Semipalatinsk "
                 "Regional Zemstvo Administration, plenipotentiary of Alash Orda; with "
                 "I.A. Yakushev, Speaker of the Siberian Duma, and V.I. Moravsky, State Secretary "
                 "of the Provisional Government of Autonomous Siberia",
    purpose="Officially a business trip on economic matters of the Semipalatinsk regional "
            "zemstvo; in fact sent on the instructions of A.N. Bukeikhan, conveyed through "
            "A. Ermek (Ermekov) and Kh. Gabbas (Gabbasov). In Vladivostok: (1) «first of all» "
            "the Czechoslovak consul — to obtain the weapons and ammunition of the departing "
            "Czechoslovak Corps for Alash Orda, and to ask him not to support Kolchak; (2) the "
            "commander of the US expeditionary forces in the Far East and Siberia; (3) the US "
            "envoy to Japan; (4) «as a last resort» the Japanese General Consulate and "
            "Vice-Consul. At every meeting: recognition of the independence of Alash and of "
            "Turkestan, Bashkiria and the «National Administration of the Turko-Tatars», "
            "diplomatic, trade and cultural relations, military aid.",
    outcome="Received favourably; the appeal to Japan was delivered on 17 January 1919. "
            "«All these individuals to whom we spoke received us favorably and promised to "
            "convey our request to their respective governments». The written appeal of the "
            "Alash Orda to the Government of Japan was delivered to the Japanese General "
            "Consulate on 17 January 1919. No weapons of the Corps ever reached Alash Orda "
            "(A39).",
    catalogue=["C13", "D49"],
    sources=["SA KNB RK. F.9. Op.1. D.305. L.193", "SA KNB RK. F.9. Op.1. D.305. L.194",
             "SA KNB RK. F.9. Op.1. D.305. LL. 193-210, 228-233",
             "JACAR. B03. 051221900. URL: 24-25", S0,
             ev_ids("C13", "D49", "A34", "A39", "A40", "B30", "F", "G12", "G23"),
             "[outside the sources] the railways: the Altai Railway (Semipalatinsk – Barnaul – "
             "Novonikolaevsk, opened 1915) and the Trans-Siberian through Manchuria on the "
             "Chinese Eastern Railway"],
    note="One journey, Semipalatinsk – (Novonikolaevsk) – Vladivostok, with the January 1919 "
         "talks as a hold in Vladivostok. Cited: arrival in Vladivostok «at the beginning of "
         "1919», the Czechoslovak consul «in early January 1919», and the appeal handed to the "
         "Japanese General Consulate on 17 January 1919, which ends the hold. The start is not "
         "named: Semipalatinsk is implied by the zemstvo cover of the trip. Assumed: departure "
         "from Semipalatinsk on 14 December 1918 (arrival «in early January 1919» means leaving "
         "about mid-December) and arrival in Vladivostok on 3 January 1919; that he went by "
         "train, on the Altai Railway to the main line at Novonikolaevsk and on along "
         "rail-transsib, i.e. [outside the sources] through Manchuria on the Chinese Eastern "
         "Railway. The track starts on rail-altai and the program routes it on to Vladivostok; "
         "Novonikolaevsk, where he would have changed trains, is not a dated stop. Until this "
         "version the way to the main line was a separate feature, mission-marsek-to-railway, "
         "because a track could follow only one railway. The meetings with the Americans are "
         "undated and lie inside the hold. Where Yakushev and Moravsky joined him is not "
         "stated. The consul's closing quote is cited L.193 in the Introduction and L.194 in "
         "version 2 of the duplicated block (EVENTS.md G12); the Conclusion dates the mission "
         "«in 1918-1919» (G23). Contacts with Japanese representatives in China and the return "
         "journey are not placed or dated in the text and are not drawn. The calendar is "
         "unstated; the Japanese archival document dates it, so the dates are read as "
         "Gregorian. Marsek's testimony to the NKVD: April 26, 1938; the appeal was found by "
         "Ryosuke Ono in the Japanese MFA archive («first discovered in 2021»).",
))

# =============================================================================================
# EVENTS — C items that are single events, and group D
# =============================================================================================
events = []

# ---- 1917 background ----------------------------------------------------------------------
events.append(event(
    "petrograd",
    id="event-petrograd-pg-proclamation-1917",
    name="Provisional Government promises the Constituent Assembly",
    name_ru="Декларация Временного правительства о созыве Учредительного собрания",
    name_kk="Уақытша үкіметтің Құрылтай жиналысын шақыру туралы мәлімдемесі",
    name_cs="Prohlášení Prozatímní vlády o svolání Ústavodárného shromáždění",
    start="1917-03-06", end="1917-03-06", calendar="julian",
    certainty="approximate",
    date_text="March 6, 1917",
    catalogue=["D3"],
    sources=["Milyukov, 2017: 71", S1, ev_ids("D3")],
    note="Proclamation of the Provisional Government promising to hold the Constituent "
         "Assembly «as soon as possible». The text names no place; Petrograd, seat of the "
         "Provisional Government, is [outside the sources]. The calendar is unstated; a 1917 "
         "Russian single date is read as Old Style (= 19 March 1917 NS), per EVENTS.md.",
))

events.append(event(
    "minsk",
    id="event-minsk-telegram-1917",
    name="Alash leaders' telegram from Minsk",
    name_ru="Телеграмма лидеров Алаш из Минска",
    name_kk="Алаш көсемдерінің Минскіден жолдаған жеделхаты",
    name_cs="Telegram vůdců Alaše z Minsku",
    affiliation="alash",
    start="1917-03-16", end="1917-03-16", calendar="julian",
    date_text="On March 16, 1917",
    participants="a group of leaders of the Alash movement led by A.N. Bukeikhan",
    addresses=25,
    catalogue=["C1", "D4"],
    sources=["Bulletin…, 1917", S1, ev_ids("C1", "D4", "F")],
    note="The group «met the February Revolution in the rear of the First World War in Minsk "
         "(Belarus)» and sent the telegram «To the Kazakhs (in the original «Kyrgyz»), free "
         "citizens of the renewed Russia!» to 25 addresses of the Steppe and Turkestan "
         "territories: prepare for the Constituent Assembly, identify worthy candidates; "
         "slogan «Demokraticheskaya Respublika». The addressees are not named, so no lines are "
         "drawn. The calendar is unstated; read as Old Style (= 29 March 1917 NS), per "
         "EVENTS.md.",
))

events.append(event(
    "petrograd",
    id="event-petrograd-special-meeting-1917",
    name="Special Meeting on the Constituent Assembly election law",
    name_ru="Особое совещание по подготовке закона о выборах в Учредительное собрание",
    name_kk="Құрылтай жиналысына сайлау туралы заң жобасын дайындаған Ерекше кеңес",
    name_cs="Zvláštní porada o volebním zákonu do Ústavodárného shromáždění",
    start="1917-03-25", end="1917-08", calendar="julian",
    certainty="approximate",
    date_text="on March 25, 1917 (decision); work began «only on May 25»; draft completed "
              "«in August 1917»",
    members=82,
    participants="82 members, among them two Kazakh lawyers: Zhakhansha Dosmukhametuly "
                 "(Dosmukhammedov) and Ualitkhan Tanashuly (Valitkhan Tanachev or Tanashev)",
    catalogue=["D5"],
    sources=[NOCIT + " (decision of March 25 and work from May 25)", "Protasov, 1997: 368", S1,
             ev_ids("D5")],
    note="Drawn from the decision (March 25) to the completion of the draft (August 1917, "
         "month only). The text names no place; Petrograd is [outside the sources]. Dates read "
         "as Old Style (calendar unstated, 1917), per EVENTS.md. The law it drafted: universal, "
         "equal, direct, secret ballot, voting from age 20 (Protasov, 1997: 368).",
))

events.append(event(
    "orenburg",
    id="event-orenburg-first-kurultai-1917",
    name="First All-Kazakh Kurultai",
    name_ru="Первый Всеказахский съезд (курултай)",
    name_kk="Бірінші жалпықазақ құрылтайы (съезі)",
    name_cs="První všekazašský kurultaj",
    affiliation="alash",
    start="1917-07-21", end="1917-07-26", calendar="julian",
    date_text="July 21-26, 1917 (S1; S0 «21-26 July 1917»); S3: «from July 21 to 28, 1917»",
    candidates_approved=43,
    catalogue=["D8"],
    sources=["Martynenko, 1992: 50-51", "Shokay, 2012: 243-244", S0, S1, S3,
             ev_ids("D8", "B1", "G1", "G2", "G26")],
    note="First All-Kazakh (National Kazakh-Kyrgyz) Kurultai in Orenburg. It approved "
         "Bukeikhan's list of 43 candidates for the Constituent Assembly, later published in "
         "«Kazakh» (Martynenko, 1992: 50-51). S1: «The first kurultai created a national "
         "party… called «Alash»» (Shokay, 2012: 243-244); S3: the party was organised there "
         "and Russia was to be a «federal parliamentary republic»; S0: its resolutions are a "
         "basis of the militia (B1). End date: 26 July (S0, S1); S3 has «July 21 to 28, 1917» "
         "(EVENTS.md G1). S3 also says the party «was founded in December 1917» (G2). The 43 "
         "candidates stand against the «27 deputies, 13-14 candidates» of Bukeikhan's "
         "calculation (G26). Calendar unstated; read as Old Style (= 3–8 August 1917 NS).",
))

events.append(event(
    "orenburg",
    id="event-orenburg-september-meeting-1917",
    name="September meeting of the Alash leaders",
    name_ru="Сентябрьское совещание лидеров Алаш в Оренбурге",
    name_kk="Алаш көсемдерінің Орынбордағы қыркүйек кеңесі",
    name_cs="Zářijová porada vůdců Alaše v Orenburgu",
    affiliation="alash",
    start="1917-09", end="1917-09", calendar="julian",
    certainty="certain",
    date_text="«the September meeting in Orenburg» (S0 version 1) / «the September conference "
              "in Orenburg» (version 2)",
    catalogue=["D9"],
    sources=["TsA FSB RF. D.12066. P-34862. L.31", S0, ev_ids("D9", "B1", "G12")],
    note="Bukeikhan's NKVD testimony (August 1937): following the First Kurultai and «the "
         "September meeting in Orenburg» the Alash leaders began in the second half of 1917 to "
         "form armed detachments (B1). Only the month is given (1917 implied; Old Style "
         "assumed). «meeting» (v1) vs «conference» (v2) of the duplicated block (EVENTS.md "
         "G12).",
))

events.append(event(
    "petrograd",
    id="event-petrograd-october-revolution",
    name="Bolsheviks overthrow the Provisional Government",
    name_ru="Свержение Временного правительства большевиками",
    name_kk="Большевиктердің Уақытша үкіметті құлатуы",
    name_cs="Bolševici svrhli Prozatímní vládu",
    affiliation="soviet",
    start="October 25 (November 7), 1917", end="October 25 (November 7), 1917",
    date_text="October 25 (November 7), 1917 (S1 body); «October 25, 1917» (abstract); "
              "«October (November) 1917»",
    catalogue=["D25"],
    sources=[NOCIT, S1, ev_ids("D25")],
    note="«the seizure of power in Petrograd… from October 25 (November 7)»; the Provisional "
         "Government was overthrown «before the elections and the convocation of the "
         "Assembly».",
))

events.append(event(
    "ufa",
    id="event-ufa-soviet-1917",
    name="Ufa passes under Soviet control",
    name_ru="Переход Уфы под власть Советов",
    name_kk="Уфаның Кеңестер билігіне өтуі",
    name_cs="Ufa přechází pod moc sovětů",
    affiliation="soviet",
    start="1917-10-26", end="1917-10-26", calendar="julian",
    date_text="(October 26)",
    catalogue=["D26"],
    sources=[NOCIT, S1, ev_ids("D26", "H")],
    note="«the transfer of Ufa (October 26) and Tashkent (October 28) under the control of the "
         "Soviets» led Bukeikhanov to call the emergency meeting in Orenburg (C3). Year 1917 "
         "from the context; calendar unstated, read as Old Style (= 8 November 1917 NS).",
))

events.append(event(
    "petrograd",
    id="event-petrograd-ca-election-decree",
    name="Sovnarkom decree: Constituent Assembly elections on the appointed date",
    name_ru="Декрет о проведении выборов в Учредительное собрание в назначенный срок",
    name_kk="Құрылтай жиналысына сайлауды белгіленген мерзімде өткізу туралы декрет",
    name_cs="Dekret o konání voleb do Ústavodárného shromáždění v určeném termínu",
    affiliation="soviet",
    start="October 27 (November 9) 1917", end="October 27 (November 9) 1917",
    date_text="October 27 (November 9) 1917",
    catalogue=["D28"],
    sources=["Gazeta Vrem..., 1917: 1", S1, ev_ids("D28")],
    note="Decree «on holding elections to the appointed (overthrown Provisional Government) "
         "deadline: November 12». The text names no place; Petrograd, seat of Sovnarkom, is "
         "[outside the sources].",
))

events.append(event(
    "tashkent",
    id="event-tashkent-soviet-1917",
    name="Tashkent passes under Soviet control",
    name_ru="Переход Ташкента под власть Советов",
    name_kk="Ташкенттің Кеңестер билігіне өтуі",
    name_cs="Taškent přechází pod moc sovětů",
    affiliation="soviet",
    start="1917-10-28", end="1917-10-28", calendar="julian",
    date_text="(October 28)",
    catalogue=["D27"],
    sources=[NOCIT, S1, ev_ids("D27")],
    note="See event-ufa-soviet-1917. Year 1917 from the context; calendar unstated, read as Old "
         "Style (= 10 November 1917 NS).",
))

events.append(event(
    "orenburg",
    id="event-orenburg-validov-meeting-1917",
    name="Emergency meeting at Bukeikhanov's residence with Zaki Validov",
    name_ru="Чрезвычайное совещание у А. Букейханова с участием З. Валидова",
    name_kk="Ә. Бөкейхановтың үйіндегі Зәки Уәлиди қатысқан төтенше кеңес",
    name_cs="Mimořádná porada u A. Bukejchanova za účasti Zakiho Validova",
    affiliation="alash",
    start="1917-10-21/1917-10-31", end="1917-10-21/1917-10-31", calendar="julian",
    certainty="certain",
    date_text="late October (early November) 1917",
    participants="A. Bukeikhanov (still commissioner of the overthrown Provisional Government "
                 "for the Turgai region) and his associates; Zaki Validov, later head of the "
                 "Bashkir autonomy",
    duration_days=2,
    catalogue=["C3", "D10"],
    sources=["Validi, 1994: 214-215", S1, ev_ids("C3", "D10", "F")],
    note="A two-day meeting «at his residence in the city of Orenburg», after the fall of the "
         "Provisional Government and of Ufa (October 26) and Tashkent (October 28). Decided: "
         "«remain faithful to the ideas of democracy and the Constituent Assembly, not accept "
         "the rule of the Bolsheviks, and focus on Ukraine»; convene the Kazakh and Bashkir "
         "kurultais in Orenburg «at the end of December» on the same days; «Turkestan should "
         "also fight for sovereignty». The text gives «late October (early November)», Old "
         "Style (New Style), without days: stored as the interval 21–31 October 1917 Old Style "
         "(= 3–13 November NS), within which the two days fell.",
))

events.append(event(
    "orenburg",
    id="event-orenburg-kurultai-telegram-1917",
    name="Alash leaders' telegram convening the II Kurultai",
    name_ru="Телеграмма лидеров Алаш о созыве II курултая",
    name_kk="Алаш көсемдерінің II құрылтайды шақыру туралы жеделхаты",
    name_cs="Telegram vůdců Alaše svolávající II. kurultaj",
    affiliation="alash",
    start="1917-11", end="1917-11", calendar="julian",
    certainty="approximate",
    date_text="In November (1917)",
    catalogue=["D11"],
    sources=["Bukeikhanov et al., 1917: 1", S1, ev_ids("D11", "B7")],
    note="«In November, the newspapers «Kazakh» (Orenburg), «Saryarka» (Alash) and «Birlik "
         "tuyuy» (Tashkent) published a telegram of leaders «Alash», which was announced in "
         "Orenburg on Thursday», convening the extraordinary (II) congress for December 5 (18), "
         "1917; its agenda included the national militia (B7; S1's translation is garbled). "
         "Drawn at Orenburg, where it was announced and the congress met; it was also printed "
         "in the city of Alash and in Tashkent. Month only; Old Style assumed.",
))

events.append(event(
    "kokand",
    id="event-kokand-turkestan-autonomy-1917",
    name="Turkestan autonomy proclaimed at Kokand",
    name_ru="Провозглашение Туркестанской автономии (IV Чрезвычайный краевой мусульманский "
            "съезд, Коканд)",
    name_kk="Түркістан автономиясының жариялануы (IV Төтенше өлкелік мұсылман құрылтайы, "
            "Қоқан)",
    name_cs="Vyhlášení turkestánské autonomie (IV. mimořádný oblastní muslimský kurultaj, "
            "Kokand)",
    affiliation="turkestan",
    start="November 26 (December 9), 1917", end="November 26 (December 9), 1917",
    date_text="November 26 (December 9), 1917",
    people_council_members=54,
    government_members=12,
    catalogue=["D30"],
    sources=["Turkestansky Vestnik, 1917", S1, ev_ids("D30", "E")],
    note="The IV Regional Extraordinary Muslim Kurultai «gathered in the city of Kokand» and "
         "«declares Turkestan territorially autonomous in unity with the Federal Democratic "
         "Russian Republic». It elected the organs of the Turkestan Mukhtariate (autonomy): a "
         "54-member Provisional People's Council (legislature) and a 12-member Provisional "
         "Council (Government). Modern Kokand (Qo'qon), Fergana Region, Uzbekistan [outside "
         "the sources]. Only the opening day is given.",
))

events.append(event(
    "petrograd",
    id="event-petrograd-ca-opening-resolution",
    name="Resolution on opening the Constituent Assembly",
    name_ru="Постановление об открытии Учредительного собрания",
    name_kk="Құрылтай жиналысын ашу туралы қаулы",
    name_cs="Usnesení o zahájení Ústavodárného shromáždění",
    affiliation="soviet",
    start="1917-11-26", end="1917-11-26", calendar="julian",
    date_text="November 26, 1917",
    quorum_members=400,
    catalogue=["D29"],
    sources=["Gazeta Vrem..., 1917: 1", S1, ev_ids("D29")],
    note="«Resolution of the Provisional Workers' and Peasants' Government of November 26, "
         "1917 on the opening of the Constituent Assembly»: the first meeting is convened "
         "«upon the arrival in Petrograd of more than four hundred members» and opened with at "
         "least 400 members present. Signed V. Ulyanov (Lenin), M. Uritsky, V. Bonch-Bruevich, "
         "N. Gorbunov. Calendar unstated; read as Old Style (= 9 December 1917 NS).",
))

events.append(event(
    "petrograd",
    id="event-petrograd-ca-first-meeting",
    name="First meeting of the Constituent Assembly (no quorum)",
    name_ru="Первое заседание Учредительного собрания (без кворума)",
    name_kk="Құрылтай жиналысының бірінші отырысы (кворумсыз)",
    name_cs="První zasedání Ústavodárného shromáždění (bez kvóra)",
    start="November 28 (December 11), 1917", end="November 28 (December 11), 1917",
    date_text="November 28 (December 11), 1917; abstract «November 28»",
    catalogue=["D31"],
    sources=[NOCIT, S1, ev_ids("D31", "D14", "G36")],
    note="«The Assembly met for its first meeting in Petrograd on the date set by the previous "
         "legitimate Provisional Government»; the Bolshevik deputies boycotted it, there was no "
         "quorum and it was closed. The abstract says it was «disrupted» (EVENTS.md G36).",
))

events.append(event(
    "orenburg",
    id="event-orenburg-second-kurultai-1917",
    name="II All-Kazakh Kurultai: Alash Autonomy proclaimed",
    name_ru="Второй Всеказахский курултай: провозглашение автономии Алаш",
    name_kk="Екінші жалпықазақ құрылтайы: Алаш автономиясының жариялануы",
    name_cs="II. všekazašský kurultaj: vyhlášení autonomie Alaš",
    affiliation="alash",
    start="December 5 (18), 1917", end="December 13 (26), 1917",
    date_text="December 5-13 (18-26), 1917 (S0, S1; S2 «1917 жылғы 5–13 (18–26) желтоқсан»); "
              "opening «December 5 (18), 1917»; decree «on December 12 (25)» (S1); S4: «13 tháng "
              "12 năm 1917» (13 December 1917)",
    decree_date="December 12 (25), 1917",
    chairman="A. Bukeikhan",
    alash_orda_members=25,
    alash_orda_seats_reserved_non_kazakh=10,
    alash_orda_candidate_members=15,
    catalogue=["D12", "D32"],
    sources=["Martynenko, 1992: 69", "Martynenko, 1992: 74", "Yuzhny Ural, 1917: 3",
             "Bokeykhan, 2017: 457", S0, S1, S2, S3, S4,
             ev_ids("D12", "D32", "B7", "C17", "E", "G2", "G3")],
    note="II All-Kazakh (National Kazakh-Kyrgyz) Kurultai in Orenburg, «as it was decided at "
         "the… meeting in Orenburg» (C3). By its decree of December 12 (25) the National "
         "Autonomy of Alash was formed; it elected the Provisional People's Council "
         "(Government) Alash Orda, chairman A. Bukeikhan «out of three alternative candidates» "
         "(Martynenko, 1992: 69); Zh. Dosmukhametuly was elected a commissar of the Alash Orda "
         "Council and U. Tanashuly to the Government (Martynenko, 1992: 74). S4: 25 members (10 "
         "seats reserved for non-Kazakhs) and 15 candidate members; an education commission "
         "and militia regiments. Yuzhny Ural reported that Bukeikhan had been elected to the "
         "Constituent Assembly from Turgay, Akmola and Semipalatinsk regions. The Kurultai "
         "authorised Alash Orda «to negotiate blocs (alliances) with other autonomous "
         "neighbors» (C17). Start of the autonomy: decree of December 12 (25) (S1; region-alash "
         "starts 25 December 1917 NS) vs S4 «13 December 1917», no calendar, the Old Style "
         "closing day (EVENTS.md G3). S3: «Alash Party was founded in December 1917» (G2).",
))

events.append(event(
    "petrograd",
    id="event-petrograd-sovnarkom-ca-date",
    name="Sovnarkom sets the Constituent Assembly opening for 5 January 1918",
    name_ru="Совнарком назначает открытие Учредительного собрания на 5 января 1918 года",
    name_kk="Халкомкеңес Құрылтай жиналысының ашылуын 1918 жылғы 5 қаңтарға белгіледі",
    name_cs="Sovnarkom stanoví zahájení Ústavodárného shromáždění na 5. ledna 1918",
    affiliation="soviet",
    start="1917-12-20", end="1917-12-20", calendar="julian",
    date_text="December 20 (1917)",
    catalogue=["D33"],
    sources=["Gazeta Vrem..., 1917: 1", S1, ev_ids("D33")],
    note="«By its resolution of December 20, the Council of People's Commissars set the "
         "opening date of the session of the Constituent Assembly for January 5, 1918». The "
         "deputies elected on the Alash list and the Alash Orda commissioners decided not to "
         "attend. The text names no place; Petrograd is [outside the sources]. Calendar "
         "unstated; read as Old Style (= 2 January 1918 NS).",
))

events.append(event(
    "petrograd",
    id="event-petrograd-ca-session-1918",
    name="Constituent Assembly declares a Federal Democratic Republic",
    name_ru="Учредительное собрание провозглашает Россию федеративной демократической "
            "республикой",
    name_kk="Құрылтай жиналысы Ресейді федеративтік демократиялық республика деп жариялады",
    name_cs="Ústavodárné shromáždění vyhlašuje federativní demokratickou republiku",
    start="January 5 (18), 1918", end="January 6 (19), 1918",
    certainty="approximate",
    date_text="In early January 1918",
    catalogue=["D34"],
    sources=["Lutsky, 1917-1918: 102", "GARF. F. R-749. Op. 1 D. 5", S1,
             "[outside the sources] general historical knowledge: the Constituent Assembly sat "
             "in Petrograd on 5 (18) January 1918 until the early hours of 6 (19) January",
             ev_ids("D34", "G36")],
    note="The Assembly declared Russia a Federal Democratic Republic, abolished private "
         "ownership of land, called for a peace treaty and refused to consider the "
         "«Declaration of the Rights of the Working and Exploited People». The text says only "
         "«In early January 1918» and names no place; the day and Petrograd are [outside the "
         "sources].",
))

events.append(event(
    "petrograd",
    id="event-petrograd-ca-dissolution-1918",
    name="Dissolution of the Constituent Assembly",
    name_ru="Роспуск Учредительного собрания",
    name_kk="Құрылтай жиналысының таратылуы",
    name_cs="Rozpuštění Ústavodárného shromáždění",
    affiliation="soviet",
    start="January 6 (19), 1918", end="January 6 (19), 1918",
    date_text="January 6 (19), 1918 (S1); S0 «6 (19) January 1918»",
    catalogue=["D35"],
    sources=["Nurpeisov, Jusip, 2021: 17", S0, S1, ev_ids("D35")],
    note="Dispersed by the Bolsheviks. S0 and S1: Russia was left without any legitimate "
         "authority and the Alash Autonomy became a sovereign republic (S0's paragraph ends "
         "[Nurpeisov, Jusip, 2021: 17]; S1 gives no citation). S0 abstract: «collapse of the "
         "Russian Empire in January 1918». The text names no place; Petrograd is [outside the "
         "sources].",
))

# ---- Constituent Assembly elections ---------------------------------------------------------
ELEC_NOTE_1112 = ("Elections in the Kazakh regions except Akmola and Semipalatinsk were held "
                  "on November 12-14 (25-27), 1917 «when there was Soviet power»; they were "
                  "disrupted in Syr-Darya and Transcaspian, and the Steppe District was "
                  "postponed (D16).")

events.append(event(
    "turgay",
    id="event-turgay-ca-election-1917",
    name="Constituent Assembly election: Turgay uezd",
    name_ru="Выборы в Учредительное собрание: Тургайский уезд",
    name_kk="Құрылтай жиналысына сайлау: Торғай уезі",
    name_cs="Volby do Ústavodárného shromáždění: Turgajský újezd",
    affiliation="alash",
    start="November 12 (25), 1917", end="November 14 (27), 1917",
    certainty="approximate",
    date_text="November 12-14, 1917 (Turgay); November 12-14 (25-27), 1917 (S1 body)",
    voters=68000, turnout=55127, votes_alash=54976, votes_sr=110, votes_sd=41,
    lists="№1 Alash, №2 Socialist Revolutionaries, №3 Social Democrats (Mensheviks)",
    catalogue=["D16", "D17", "D20"],
    sources=["Yuzhny Ural, 1917: 3", "GARF. F. 1810. Op. 1. D. 7. L. 123",
             "Bolshakova, 1998: 99-116", S1, ev_ids("D16", "D17", "D20", "D15b", "G29", "G33")],
    note="«in the Turgay district of the same region, three lists appeared… Out of 68,000 "
         "voters in the county, 55,127 voters turned out»: Alash 54,976, SR 110, SD 41 (the "
         "three sum to 55,127 [calc]). Drawn at the town of Turgay, seat of the uezd (modern "
         "Torgay, Kostanay Region [outside the sources]). " + ELEC_NOTE_1112 + " D20: in the "
         "Turgay electoral district (the oblast) «the list of the Alash party of 7 candidates "
         "won a triumphant victory»; Bukeikhan ran in Turgay and in the Steppe District; "
         "Table 2 gives Turgay region 6 deputies planned, 5 elected (EVENTS.md G29). A second "
         "«Turgay district» report with other figures: event-turgay-ca-election-1917-b (G33).",
))

events.append(event(
    "turgay",
    id="event-turgay-ca-election-1917-b",
    name="Constituent Assembly election: second «Turgay district» report",
    name_ru="Выборы в Учредительное собрание: второе сообщение о «Тургайском уезде»",
    name_kk="Құрылтай жиналысына сайлау: «Торғай уезі» туралы екінші хабар",
    name_cs="Volby do Ústavodárného shromáždění: druhá zpráva o «Turgajském újezdu»",
    affiliation="alash",
    start="November 12 (25), 1917", end="November 14 (27), 1917",
    certainty="conjectural",
    date_text="(same elections) November 12-14, 1917",
    voters=70000, turnout=57046, votes_alash=55349, votes_sr=181, votes_sd=1516,
    catalogue=["D18"],
    sources=["Yuzhny Ural, 1918: 3", S1, ev_ids("D18", "G33")],
    note="«A similar situation developed in Turgaу district: 57,046 people out of 70,000 "
         "voters voted, 55,349 votes for list No.1 of the Alash party, 181 votes for list No.2 "
         "(SR), and 1,516 votes for list №3 (SD Mensheviks)» (sums to 57,046 [calc]). Same name "
         "as event-turgay-ca-election-1917 but other figures and another citation (Yuzhny "
         "Ural, 1918 vs 1917): probably another uezd of Turgay oblast, which the text does not "
         "name (EVENTS.md G33). Drawn at Turgay only because the text says «Turgay»; the place "
         "is conjectural. Dates of the Turgay elections assumed.",
))

events.append(event(
    "irgiz",
    id="event-irgiz-ca-election-1917",
    name="Constituent Assembly election: Irgiz",
    name_ru="Выборы в Учредительное собрание: Иргиз",
    name_kk="Құрылтай жиналысына сайлау: Ырғыз",
    name_cs="Volby do Ústavodárného shromáždění: Irgiz",
    affiliation="alash",
    start="November 12 (25), 1917", end="November 14 (27), 1917",
    certainty="approximate",
    date_text="(same elections) November 12-14, 1917",
    voters=800, turnout=400, votes_alash=360, votes_sr_sd=40,
    catalogue=["D19"],
    sources=["Yuzhny Ural, 1918: 3", S1, ev_ids("D19")],
    note="«Of the 400 voters in Irgiz (a total of 800 voters) who turned up at the ballot "
         "boxes, 360 votes were cast for the Alash list, the remaining 40 votes for the lists "
         "of the Party of Socialist Revolutionaries and S.D. Mensheviks» (SR and SD together; "
         "not split in the text). Modern Yrgyz, Aktobe Region [outside the sources]. The text "
         "gives no date for Irgiz; the Turgay region dates (November 12-14, 1917) are "
         "assumed.",
))

STEPPE_DATE = dict(start="1917-12-26", end="1917-12-31", calendar="julian",
                   date_text="from December 26 to December 31 (1917) (Saryarka); Table 2: "
                             "«26-30.12.1917»")
STEPPE_NOTE = ("Steppe District (Akmola and Semipalatinsk regions) elections, «from December "
               "26 to December 31» per Saryarka, first-count results (Saryarka, 1918: №29). "
               "Alash = list №5, Ush Zhuz (self-proclaimed Kazakh Socialist Party) = list №11. "
               "Calendar unstated; read as Old Style (= 8–13 January 1918 NS). Table 2 has "
               "«26-30.12.1917», and S1 also says the elections there were moved to February "
               "1918 (EVENTS.md G31).")


def steppe(place, sub, fid, name, name_ru, name_kk, name_cs, alash, ush, text, extra_note,
           certainty="approximate", **extra):
    return event(
        place, id=fid, name=name, name_ru=name_ru, name_kk=name_kk, name_cs=name_cs,
        affiliation="alash", certainty=certainty,
        votes_alash=alash, votes_ush_zhuz=ush, **STEPPE_DATE, **extra,
        catalogue=[sub],
        sources=["Saryarka, 1918: №29", S1, ev_ids(sub, "D21", "G31")],
        note="«" + text + "». " + extra_note + " " + STEPPE_NOTE)


events.append(steppe(
    "ekibastuz", "D21a", "event-ekibastuz-ca-election-1917",
    "Constituent Assembly election: Ekibastuz", "Выборы в Учредительное собрание: Экибастуз",
    "Құрылтай жиналысына сайлау: Екібастұз", "Volby do Ústavodárného shromáždění: Ekibastuz",
    705, 0,
    "about 700-800 Kazakh workers worked at the British factory in Ekibastuz, of which 705 "
    "workers voted for the list of candidates of the Alash party at №5, for the list No. 11 of "
    "the Ush Zhuz party… not a single vote",
    "Modern Ekibastuz, Pavlodar Region [outside the sources]. Not part of the printed total "
    "(D21j, G32).",
    certainty="certain", workers="700-800"))
events.append(steppe(
    "petropavlovsk", "D21b", "event-petropavlovsk-county-ca-election-1917",
    "Constituent Assembly election: Petropavlovsk county",
    "Выборы в Учредительное собрание: Петропавловский уезд",
    "Құрылтай жиналысына сайлау: Петропавл (Қызылжар) уезі",
    "Volby do Ústavodárného shromáždění: Petropavlovský újezd",
    26814, 36,
    "Petropavlovsk (in original In Kyzylzhar district) the Alash party received 26,814 votes, "
    "Ush Zhuz 36 votes",
    "The county is drawn at its seat, Petropavlovsk (modern Petropavl)."))
events.append(steppe(
    "petropavlovsk", "D21c", "event-petropavlovsk-city-ca-election-1917",
    "Constituent Assembly election: Petropavlovsk city",
    "Выборы в Учредительное собрание: город Петропавловск",
    "Құрылтай жиналысына сайлау: Петропавл қаласы",
    "Volby do Ústavodárného shromáždění: město Petropavlovsk",
    486, 4,
    "in Petropavlovsk, 486 votes for Alash, 4 for Ush Zhuz",
    "The city.", certainty="certain"))
events.append(steppe(
    "kokchetav", "D21d", "event-kokchetav-ca-election-1917",
    "Constituent Assembly election: Kokchetav county",
    "Выборы в Учредительное собрание: Кокчетавский уезд",
    "Құрылтай жиналысына сайлау: Көкшетау уезі",
    "Volby do Ústavodárného shromáždění: Kokčetavský újezd",
    39600, 164,
    "In Kokshetau (Kokchetav) county, 39,600 votes were cast for «Alash» and 164 votes for "
    "«Ush Zhuz»",
    "Drawn at the county town, Kokchetav (modern Kokshetau, Akmola Region [outside the "
    "sources])."))
events.append(steppe(
    "omsk", "D21e", "event-omsk-county-ca-election-1917",
    "Constituent Assembly election: Omsk county",
    "Выборы в Учредительное собрание: Омский уезд",
    "Құрылтай жиналысына сайлау: Омбы уезі",
    "Volby do Ústavodárného shromáždění: Omský újezd",
    16200, 300,
    "In Omsk district (Akmola region) for «Alash» - 16,200, for «Ush Zhuz» - 300",
    "Drawn at the county seat, Omsk."))
events.append(steppe(
    "omsk", "D21f", "event-omsk-city-ca-election-1917",
    "Constituent Assembly election: Omsk city",
    "Выборы в Учредительное собрание: город Омск",
    "Құрылтай жиналысына сайлау: Омбы қаласы",
    "Volby do Ústavodárného shromáždění: město Omsk",
    80, 50,
    "in Omsk for the first party 80 votes, for the second - 50",
    "The city.", certainty="certain"))
events.append(steppe(
    "akmolinsk", "D21g", "event-akmolinsk-ca-election-1917",
    "Constituent Assembly election: Akmolinsk",
    "Выборы в Учредительное собрание: Акмолинск",
    "Құрылтай жиналысына сайлау: Ақмола",
    "Volby do Ústavodárného shromáždění: Akmolinsk",
    790, 3,
    "In Akmolinsk for «Alash» 790, for «Ush Zhuz» - 3 votes",
    "Counted among the 4 cities of the total (D21j). Modern Astana [outside the sources].",
    certainty="certain"))
events.append(steppe(
    "semipalatinsk", "D21h", "event-semipalatinsk-county-ca-election-1917",
    "Constituent Assembly election: Semipalatinsk county",
    "Выборы в Учредительное собрание: Семипалатинский уезд",
    "Құрылтай жиналысына сайлау: Семей уезі",
    "Volby do Ústavodárného shromáždění: Semipalatinský újezd",
    58300, 1,
    "In Semipalatinsk district (Semipalatinsk region), 58,300 voters voted for the Alash "
    "party, 1 for Ush Zhuz",
    "Drawn at the county seat, Semipalatinsk."))
events.append(steppe(
    "semipalatinsk", "D21i", "event-semipalatinsk-city-ca-election-1917",
    "Constituent Assembly election: Semipalatinsk (Semey) city",
    "Выборы в Учредительное собрание: город Семипалатинск",
    "Құрылтай жиналысына сайлау: Семей қаласы",
    "Volby do Ústavodárného shromáždění: město Semipalatinsk",
    3304, 1,
    "in Semey (Semipalatinsk), the Alash list gained 3,304 votes, the Uz Zhuz list №11 - 1 "
    "vote",
    "Drawn at the city on the right bank, not at the city of Alash (Alash-qala) on the left "
    "bank (EVENTS.md G5).", certainty="certain"))

events.append(event(
    "alash",
    id="event-steppe-district-ca-election-1917",
    name="Constituent Assembly election: Steppe District, first count",
    name_ru="Выборы в Учредительное собрание: Степной округ, предварительные итоги",
    name_kk="Құрылтай жиналысына сайлау: Дала округі, алдын ала қорытынды",
    name_cs="Volby do Ústavodárného shromáždění: Stepní okruh, předběžné výsledky",
    affiliation="alash",
    certainty="conjectural",
    votes_alash=146199, votes_ush_zhuz=559, counties=4, cities=4,
    **STEPPE_DATE,
    catalogue=["D21", "D21j"],
    sources=["Saryarka, 1918: №29", "Saryarka, 2023: 23", S1,
             ev_ids("D21", "D21j", "D15b", "G31", "G32", "G34")],
    note="«In total, according to the preliminary count of the votes cast in 4 counties "
         "(Petropavlovsk, Kokshetau, Omsk and Semipalatinsk districts) and 4 cities "
         "(Petropavlovsk, Omsk, Akmolinsk and Semipalatinsk), the Alash party scored 146,199 "
         "votes, while… Ush Zhuz… scored only 559». The figures are as printed: [calc] the "
         "listed counties and cities give Alash 145,574 (146,279 with Ekibastuz), not 146,199; "
         "Ush Zhuz 559 matches exactly (EVENTS.md G32). The point stands for the whole Steppe "
         "District (Akmola and Semipalatinsk oblasts): it is drawn at the city of Alash, where "
         "Saryarka, which reported the count, was published (S1: «Saryarka» (Alash)). "
         "Bukeikhan was No. 1 on the Alash list (cited «Saryarka, 2023: 23» for 1917 "
         "information, probably a reprint, G34). " + STEPPE_NOTE,
))

events.append(event(
    "alash",
    id="event-steppe-district-election-1918-02",
    name="Steppe District elections rescheduled to February 1918",
    name_ru="Выборы в Степном округе перенесены на февраль 1918 года",
    name_kk="Дала округіндегі сайлау 1918 жылғы ақпанға ауыстырылды",
    name_cs="Volby ve Stepním okruhu odloženy na únor 1918",
    start="1918-02", end="1918-02",
    certainty="conjectural",
    date_text="February 1918",
    catalogue=["D24"],
    sources=["Bolshakova, 1998: 99-116", S1, ev_ids("D24", "D15b", "G31")],
    note="«Elections in some regions, such as in the Steppe District, were rescheduled for the "
         "month of February 1918. And by that time, the Bolsheviks had forcibly dispersed the "
         "Constituent Assembly». Table 2: «postponed first to 26-30.12.1917, then to February "
         "1918»; Saryarka says the elections were held 26–31 December (EVENTS.md G31). No town "
         "is named: the point stands for the Steppe District and is drawn at the city of Alash, "
         "as event-steppe-district-ca-election-1917. Month only; calendar unstated (stored as "
         "New Style February).",
))

# ---- 1918 -------------------------------------------------------------------------------------
events.append(event(
    "moscow",
    id="event-moscow-sovnarkom-alash-talks-1918",
    name="Sovnarkom negotiates with the Alash-Orda delegation",
    name_ru="Переговоры Совнаркома с делегацией Алаш-Орды",
    name_kk="Халкомкеңестің Алаш-Орда делегациясымен келіссөзі",
    name_cs="Jednání Sovnarkomu s delegací Alaš-Ordy",
    affiliation="soviet",
    start="1918-03-11/1918-03-20", end="1918-03", calendar="gregorian",
    certainty="certain",
    date_text="«1918 жылғы наурызда» (in March 1918)",
    participants="V. Lenin (Chairman of Sovnarkom), I. Stalin (People's Commissar for "
                 "Nationalities), the Small Sovnarkom; the delegation of Zhansha Dosmukhamedov",
    catalogue=["D36"],
    sources=[KARATAEV, S2, ev_ids("D36", "C4")],
    note="«This historic negotiation took place in March 1918»: the Soviet leadership "
         "recognised the Kazakh national autonomy (per S2). Stalin spoke by direct wire with the "
         "Central Alash-Orda in Semey. Drawn from the delegation's arrival «in mid-March» "
         "(interval 11–20 March) to the end of March. Calendar unstated; Soviet Russia used New "
         "Style from 14 February 1918 [outside the sources]. The delegation's journey: "
         "mission-dosmukhamedov-moscow.",
))

events.append(event(
    "uralsk",
    id="event-uralsk-soviet-overthrown-1918",
    name="Ural Soviet overthrown by the Cossacks",
    name_ru="Свержение Уральского совдепа казаками",
    name_kk="Орал совдепінің казактардың қолымен құлатылуы",
    name_cs="Svržení Uralského sovětu kozáky",
    affiliation="white",
    start="1918-03-21/1918-03-31", end="1918-03-21/1918-03-31", calendar="gregorian",
    certainty="approximate",
    date_text="«наурыздың соңында» (at the end of March 1918)",
    catalogue=["D37"],
    sources=[NOCIT, S2, ev_ids("D37", "C5")],
    note="«the Ural Soviet, overthrown by the Cossacks at the end of March»: its representative "
         "reached the Saratov Soviet and spoke against the delegation (C5). Drawn at Uralsk, "
         "seat of the Ural Soviet and of the Ural Cossack Military Government; the text names "
         "no town for the overthrow itself. «End of March» is stored as 21–31 March 1918; "
         "calendar unstated (New Style assumed).",
))

events.append(event(
    "moscow",
    id="event-moscow-sovnarkom-resolution-335",
    name="Sovnarkom resolution №335: Zaural'e zemstvo bodies continue",
    name_ru="Постановление СНК №335: земские учреждения Зауралья продолжают работу",
    name_kk="Халкомкеңестің №335 қаулысы: Жайық сырты земство мекемелері жұмысын жалғастырады",
    name_cs="Usnesení Sovnarkomu č. 335: zemstva Zauralí pokračují v činnosti",
    affiliation="soviet",
    start="1918-04-01", end="1918-04-01", calendar="gregorian",
    date_text="«1 сәуір» (1 April 1918: «Үстіміздегі жылдың 1 сәуірінде»)",
    resolution_number=335,
    catalogue=["D38"],
    sources=[KARATAEV + " (quoted in Dosmukhamedov's appeal)", S2, ev_ids("D38", "C4")],
    note="The appeal of 17 April 1918 quotes it: «According to resolution № 335 of the session "
         "of the Council of People's Commissars held on 1 April of this year, the zemstvo "
         "institutions of Zaural'e (Жайық сырты) must continue to perform their usual "
         "duties». Sovnarkom sat in Moscow from March 1918 [outside the sources]; calendar "
         "unstated (New Style, used by Soviet Russia from 14 February 1918).",
))

events.append(event(
    "saratov",
    id="event-saratov-appeal-1918",
    name="Dosmukhamedov's appeal at the Saratov Executive Committee",
    name_ru="Воззвание Ж. Досмухамедова на заседании Саратовского исполкома",
    name_kk="Ж. Досмұхамедовтің Саратов атқару комитетінің мәжілісінде жария еткен үндеуі",
    name_cs="Provolání Ž. Dosmuchamedova na zasedání saratovského výkonného výboru",
    affiliation="alash",
    start="1918-04-17", end="1918-04-17", calendar="gregorian",
    date_text="«1918 жылғы 17 сәуір» (17 April 1918)",
    participants="Zhansha Dosmukhamedov (only he was invited to the final session); the "
                 "Executive Committee of the Saratov Soviet of Workers', Soldiers' and "
                 "Peasants' Deputies",
    outcome="Saratov ExCom resolution: (1) greet the Kazakh people through the speaker and "
            "support its striving to back Soviet power; (2) establish close political and "
            "economic ties with the Kazakh people; (3) publish the appeal in «Izvestia»; (4) in "
            "principle, send a delegate chosen from the Saratov Muslim group to the Kazakh "
            "organisation.",
    catalogue=["D39", "C5"],
    sources=[KARATAEV, S2, ev_ids("D39", "C5")],
    note="The delegation, returning from Moscow, was held up by the Saratov authorities; the "
         "ExCom heard all members at a special session, Zhansha spoke three times, and only he "
         "attended the final session, where he read the appeal to all Kazakh zemstvo and "
         "public organisations, officials and citizens of the Trans-Ural part of Ural oblast: "
         "Alash-Orda has recognised Soviet power; do not join anti-Soviet movements. Calendar "
         "unstated; New Style (used by Soviet Russia from 14 February 1918) assumed. The "
         "airdrop of the appeal: mission-dosmukhamedov-appeal.",
))

events.append(event(
    "moscow",
    id="event-moscow-narkomnats-kazakh-department-1918",
    name="Kazakh department opened in the People's Commissariat of Nationalities",
    name_ru="Открытие Казахского отдела Наркомнаца РСФСР",
    name_kk="РСФСР Ұлт істері жөніндегі халық комиссариатында Қазақ бөлімінің ашылуы",
    name_cs="Otevření kazašského oddělení Lidového komisariátu pro národnosti",
    affiliation="soviet",
    start="1918-05", end="1918-05", calendar="gregorian",
    certainty="approximate",
    date_text="«1918 жылғы мамырда» (in May 1918)",
    catalogue=["D40"],
    sources=[NOCIT, S2, ev_ids("D40")],
    note="S2 links it to the promise in Dosmukhamedov's appeal that a Commissariat for Kazakh "
         "Affairs would soon be set up under Sovnarkom. It was later replaced by the Permanent "
         "Representation of the Kazakh Republic (in the RSFSR, then the USSR) and then by the "
         "Embassy of Kazakhstan in the Russian Federation. The text names no place; Moscow, "
         "seat of Narkomnats from March 1918, is [outside the sources]. Month only.",
))

events.append(event(
    "samara",
    id="event-samara-komuch-alash-meeting-1918",
    name="Komuch recognises the autonomy of Alash",
    name_ru="Заседание Самарского комитета (Комуча) с членами Алаш-Орды: признание автономии "
            "Алаш",
    name_kk="Самара комитеті (Комуч) мен Алаш Орда мүшелерінің мәжілісі: Алаш автономиясының "
            "мойындалуы",
    name_cs="Jednání Samarského výboru (Komuč) se členy Alaš-Ordy: uznání autonomie Alaše",
    affiliation="alash",
    start="1918-06-08/1918-10-12", end="1918-06-08/1918-10-12", calendar="gregorian",
    certainty="approximate",
    date_text="after «June 8, 1918» (undated: «at the meeting of the Samara Committee and "
              "members of the Alash Orda»)",
    participants="the Committee of Members of the Constituent Assembly (Komuch, the «Samara "
                 "Committee»); members of the Alash Orda (not named)",
    outcome="Komuch's declaration on the rights of the autonomous Alash Orda, the first "
            "recognition by an anti-Soviet government: §5 «The Provisional Siberian Government "
            "has no control over the Alash Orda… equal in rights»; §9 «the autonomy of Alash "
            "was recognized». Then a military-political alliance; Komuch gave the Alash army "
            "2,000 rifles, 38 machine guns, 2 artillery pieces and 2 automobiles (B27).",
    catalogue=["C8"],
    sources=["GA RF. F.P-200. Op.1. D.684. LL. 20-21", "GA RF. F.P-200. Op.1. D.684. LL.1-3",
             "Saryarqa, 1918, №57: 2", S0, ev_ids("C8", "D42", "B27", "G24")],
    note="The meeting is undated: it followed the founding of Komuch in Samara on June 8, "
         "1918. Stored as the interval from 8 June 1918 to 12 October 1918, the date of "
         "Saryarqa №57, which reports the Komuch arms (B27); the day is unknown. The second "
         "citation ends with «)» in the text (sic). S0 presents it as recognition of the "
         "«sovereignty» of the Alash Republic, while the quoted §9 says «autonomy», and §5 is "
         "about the Provisional Siberian Government (EVENTS.md G24). Where the Alash Orda "
         "members came from is not stated, so no journey is drawn.",
))

add_unless(("D43", "C9", "B8"), event(
    "alash",
    id="event-alash-orda-begins-work-1918",
    name="Alash Orda begins functioning",
    name_ru="Алаш-Орда приступает к работе",
    name_kk="Алаш Орда өз міндеттерін атқаруға кірісті",
    name_cs="Alaš-Orda zahajuje činnost",
    affiliation="alash",
    start="June 11 (24), 1918", end="June 11 (24), 1918",
    date_text="June 11 (24), 1918 (S0); S4: «từ ngày 11 đến 24 tháng 6 năm 1918» / «11-24 "
              "tháng 6 năm 1918» (from 11 to 24 June 1918)",
    catalogue=["D43", "C9"],
    sources=["Bokeykhan, 2017: 457", S0, S4, ev_ids("D43", "C9", "B8", "G4", "G20")],
    note="S0: the Alash Orda Council's telegram: in accordance with the II Kurultai of "
         "December 5-13 (18-26), 1917 it «had begun fulfilling its duties»; it ordered regional "
         "and district Alash Orda councils, taxes for 1917 and 1918, a mounted militia and "
         "military units (B8), and announced allied relations with the Siberian and Bashkir "
         "autonomies (C9). S4: the first law of the Alash government, «Agree to annul all "
         "decrees issued by Soviet power on the territory of the Alash autonomy. Chairman of "
         "Alash-Orda: Bokeikhanov; members: Tynyshpaev, Gabbasov». S4 turns the dual date "
         "11 (24) June into a range «from 11 to 24 June 1918» (EVENTS.md G4); the dual date is "
         "kept. The text names no place; drawn at the city of Alash (Alash-qala), the Alash "
         "Orda seat (G5). June 24 NS = June 11 OS is also the date of the Military Council "
         "(B10, G20).",
))

events.append(event(
    "moscow",
    id="event-moscow-kirghiz-assr-1920",
    name="Kirghiz ASSR formed; the Alash Autonomy ends",
    name_ru="Образование Киргизской АССР; конец автономии Алаш",
    name_kk="Қырғыз АКСР-інің құрылуы; Алаш автономиясының таратылуы",
    name_cs="Vznik Kirgizské ASSR; konec autonomie Alaš",
    affiliation="soviet",
    start="1920-08-26", end="1920-08-26", calendar="gregorian",
    certainty="approximate",
    date_text="August 26, 1920 (S3, S4); «1920 жылғы 26 тамыз» (S2)",
    catalogue=["D54"],
    sources=["Galick, 2014", S2, S3, S4,
             "[outside the sources] general historical knowledge: the decree was issued in "
             "Moscow (VTsIK and Sovnarkom of the RSFSR)",
             ev_ids("D54", "E", "G7", "G8")],
    note="S3: the Alash party «ceased to exist on August 26, 1920, after the Bolsheviks "
         "defeated White Army that was occupying territory of the Alash Autonomy, and formed "
         "the Kirghiz Autonomous Socialist Soviet Republic»; S4: the Soviet government "
         "dissolved the Alash autonomy and created the «Kyrgyzstan ASSR» (Vietnamese rendering "
         "of the same); S2: decree «on the Kazakh autonomous republic» (EVENTS.md G7). S4: the "
         "Alash Autonomy and Alash Orda existed 13 Dec 1917 – 26 Aug 1920. The sources name "
         "no place; Moscow, where the decree was issued, is [outside the sources]. Citation: "
         "S3 ref. [1], Galick 2014 (general).",
))

events.append(event(
    "akmolinsk",
    id="event-nur-sultan-alash-monument-2021",
    name="Monument to Baitursynov, Bukeikhanov and Dulatov unveiled",
    name_ru="Открытие памятника Байтурсынову, Букейханову и Дулатову",
    name_kk="Байтұрсынов, Бөкейханов және Дулатовқа ескерткіштің ашылуы",
    name_cs="Odhalení pomníku Bajtursynovovi, Bukejchanovovi a Dulatovovi",
    affiliation="alash",
    start="2021-07-04", end="2021-07-04", calendar="gregorian",
    certainty="approximate",
    date_text="On July 4, 2021",
    catalogue=["D56"],
    sources=["Памятник лидерам Алаш Орды установили в Нур-Султане. 2021-07-04", S3,
             ev_ids("D56")],
    note="Background, outside the atlas period. S3: «On July 4, 2021, the leaders of the Alash "
         "movement Akhmet Baitursynov, Alikhan Bukeikhanov and Mirzhakip Dulatov were unveiled "
         "a monument in Astana» (S3 ref. [2], whose title names Nur-Sultan: the city's name "
         "from 2019 to 2022 [outside the sources]; formerly Akmolinsk). Drawn at the city "
         "point, not at the monument's site. The other D56 items (the «Letter of Five» of "
         "July 4, 1932, Ryskulov's letter, the repressions of 1935-1938, the NKVD testimonies) "
         "have no place and are not mapped.",
))

# ---- C items that are events ------------------------------------------------------------
events.append(event(
    "ufa",
    id="event-ufa-state-meeting-1918",
    name="Ufa State Meeting",
    name_ru="Уфимское государственное совещание",
    name_kk="Уфа мемлекеттік кеңесі",
    name_cs="Ufská státní porada",
    affiliation="white",
    start="1918-09-08", end="1918-09-23", calendar="gregorian",
    date_text="September 1918 («the so-called State Meeting held in September 1918 in Ufa»)",
    participants="for Alash Orda: A.N. Bukeikhan, Kh. Dosmukhametuly, B. Zhakhandamuly "
                 "(government), Imam Alimbekuly (People's Council); as members of the "
                 "Constituent Assembly: A. Baitursynuly, A. Birimzhan, S. Doszhanuly, "
                 "J. Dosmukhameduly, U. Tanashuly, M. Tynyshbayuly, S. Shendrikov, A. Orazayuly, "
                 "M. Shokai",
    catalogue=["C11", "D46"],
    sources=["VestnikKom…, 1918: 3", S0, S1,
             "[outside the sources] general historical knowledge: the Ufa State Conference sat "
             "8–23 September 1918 and created the Provisional All-Russian Government (the "
             "Directory)",
             ev_ids("C11", "D46", "G35")],
    note="S1: «only members of the Assembly were allowed to work» there, which S1 takes as "
         "proof of Bukeikhan's mandate ([outside the sources] delegates of governments, Cossack "
         "hosts and parties also took part, EVENTS.md G35). S0 (no citation): the Provisional "
         "Siberian Government «later merged into the Provisional All-Russian Government of the "
         "Ufa Directory», later reorganised as Admiral Kolchak's Omsk government. The texts "
         "give only «September 1918»; the days 8–23 September are [outside the sources]. The "
         "delegates' journey: mission-ufa-state-meeting.",
))

events.append(event(
    "omsk",
    id="event-omsk-kolchak-negotiations",
    name="Bukeikhan negotiates with Kolchak's government",
    name_ru="Переговоры А. Букейхана с правительством адмирала Колчака",
    name_kk="Ә. Бөкейханның адмирал Колчак үкіметімен келіссөзі",
    name_cs="Jednání A. Bukejchana s vládou admirála Kolčaka",
    affiliation="alash",
    start="1918-11-18/1919-11-14", end="1918-11-18/1919-11-14", calendar="gregorian",
    certainty="conjectural",
    date_text="undated («During negotiations with Admiral Kolchak's Provisional All-Russian "
              "Government»)",
    participants="A.N. Bukeikhan, head of the Alash Orda Council; Admiral Kolchak's "
                 "Provisional All-Russian Government",
    catalogue=["C12"],
    sources=["Alash Orda, 1992: 142", S0,
             "[outside the sources] general historical knowledge: Kolchak's Provisional "
             "All-Russian Government sat at Omsk from 18 November 1918 until Omsk fell on "
             "14 November 1919",
             ev_ids("C12", "B17", "B18", "B19")],
    note="Bukeikhan: «Our militia is an army. It already exists in fact…» — 750 men at the "
         "front in Semirechye, 540 near Troitsk, 2,000 in the Ural region (B17–B19). Neither "
         "date nor place is in the text: drawn at Omsk, the seat of Kolchak's government, over "
         "the whole time that government sat there, both [outside the sources]; the talks "
         "happened at some unknown moment inside it.",
))

add_unless(("B30",), event(
    "vladivostok",
    id="event-vladivostok-appeal-to-japan-1919",
    name="Alash Orda's appeal to Japan delivered by R. Marsek",
    name_ru="Р. Марсеков передаёт обращение Алаш-Орды правительству Японии",
    name_kk="Р. Мәрсеков Алаш Орданың Жапония үкіметіне үндеуін тапсырды",
    name_cs="R. Marsek předává provolání Alaš-Ordy japonské vládě",
    affiliation="alash",
    start="1919-01-17", end="1919-01-17", calendar="gregorian",
    date_text="on January 17, 1919",
    participants="Raimzhan Marsek; the Japanese General Consulate (Vice-Consul) in Vladivostok",
    outcome="Appeal of the Provisional People's Council (Government) of Alash Orda to the "
            "Government of Japan: mobilising 150,000-200,000 warriors is no problem, the lack is "
            "weapons; with 40,000-50,000 armed fighters Alash Orda, together with Turkestan and "
            "Bashkiria, could expel the Bolshevik army (B30). Found by Ryosuke Ono in the "
            "Japanese MFA Diplomatic Archive («first discovered in 2021»).",
    catalogue=["C13", "D49"],
    sources=["JACAR. B03. 051221900. URL: 24-25", "JACAR. B03. 051221900. URL: 26-30",
             "SA KNB RK. F.9. Op.1. D.305. LL. 193-210, 228-233", S0,
             ev_ids("C13", "D49", "B30")],
    note="«delivered by R. Marsek to the General Consulate of Japan in Vladivostok on January "
         "17, 1919» (version 2: «Japanese Consulate General»). Marsek planned this visit only "
         "«as a last resort» («as a last step», v2), after the Czechoslovak consul and the "
         "Americans. The calendar is unstated; a date from a Japanese archival document, read "
         "as Gregorian. His journey: mission-marsek-transsib.",
))

add_unless(("C14", "B32"), event(
    "vladivostok",
    id="event-vladivostok-kolchak-arms-request-1919",
    name="Kolchak seeks arms from Japan",
    name_ru="Колчак добивается закупки оружия в Японии",
    name_kk="Колчак Жапониядан қару сатып алуға тырысады",
    name_cs="Kolčak usiluje o nákup zbraní v Japonsku",
    affiliation="white",
    start="1919-07-26", end="1919-07-26", calendar="gregorian",
    certainty="approximate",
    date_text="on 26 July 1919",
    rifles_requested=50000, rounds_requested_per_month=10000000,
    catalogue=["C14"],
    sources=["GARF. F. P-200. Op.1. D.528. L.49", S0, ev_ids("C14", "B32", "G12")],
    note="A.V. Kolchak, «through his representative in the Far East, attempted to accelerate "
         "the acquisition of military supplies from Japan – primarily 50,000 rifles and 10 "
         "million rounds of ammunition… on a monthly basis». Drawn at Vladivostok, where the "
         "same representative telegraphed from on 5 September 1919; the text does not place "
         "the request itself. Citation v1 «GARF. F. P-200…», v2 «GARF. F.P-200…» (EVENTS.md "
         "G12). S0 cites it to show that Kolchak could not arm the Alash army.",
))

add_unless(("C14", "B32"), event(
    "vladivostok",
    id="event-vladivostok-japan-rifles-1919",
    name="Japan offers Kolchak 20,000 rifles",
    name_ru="Япония готова отпустить Колчаку 20 000 винтовок",
    name_kk="Жапония Колчакқа 20 000 мылтық беруге әзір",
    name_cs="Japonsko nabízí Kolčakovi 20 000 pušek",
    affiliation="white",
    start="1919-09-05", end="1919-09-05", calendar="gregorian",
    date_text="dated 5 September 1919",
    rifles=20000,
    catalogue=["C14"],
    sources=["GARF. F.P-200. Op.1. D.684. L.1", S0, ev_ids("C14", "B32", "G12")],
    note="«In a telegram from his representative in Vladivostok dated 5 September 1919, it was "
         "stated: «The Japanese are prepared to release a total of 20,000 rifles and the "
         "corresponding ammunition»» (version 1); version 2: «a final consignment of 20,000 "
         "rifles» (EVENTS.md G12). Affiliation white: Kolchak's representative.",
))

events.append(event(
    "paris",
    id="event-paris-peace-conference",
    name="Paris Peace Conference",
    name_ru="Парижская мирная конференция",
    name_kk="Париж бейбітшілік конференциясы",
    name_cs="Pařížská mírová konference",
    affiliation="allied",
    start="1919-01-18", end="1920-01-21", calendar="gregorian",
    date_text="«from January 18, 1919, to January 21, 1920» (S0); «in January 1919» (S1)",
    states=33,
    catalogue=["C16", "D52"],
    sources=[NOCIT, S0, S1, ev_ids("C16", "D52", "G10")],
    note="Convened by the victorious powers of the First World War to draft the peace "
         "treaties; Czechoslovakia was among its 33 states (S0). S1: Alash Orda sought "
         "recognition of its sovereignty from «the victorious world powers… who gathered in "
         "January 1919 for the Paris Peace Conference», and bilateral relations with them "
         "(C16). No Alash delegation to Paris is reported, so no journey is drawn. S0 and S1 "
         "agree (EVENTS.md G10).",
))

# ---- conditional: Komuch founding (D42 = A26) and the Provisional Siberian Government (D44 = A27)
add_unless(("D42", "A26"), event(
        "samara",
        id="event-samara-komuch-founded-1918",
        name="Komuch established in Samara",
        name_ru="Образование Комуча (Комитета членов Учредительного собрания) в Самаре",
        name_kk="Самарада Комучтың (Құрылтай жиналысы мүшелерінің комитеті) құрылуы",
        name_cs="Vznik Komuče (Výboru členů Ústavodárného shromáždění) v Samaře",
        affiliation="white",
        start="1918-06-08", end="1918-06-08", calendar="gregorian",
        date_text="on June 8, 1918",
        catalogue=["D42"],
        sources=["GA RF. F.P-200. Op.1. D.684. LL. 20-21", S0, ev_ids("D42", "A26")],
        note="«In liberated Samara, on June 8, 1918, the first anti-Bolshevik government – the "
             "Committee of Members of the Constituent Assembly (KOMUCH or the Samara "
             "Committee) – was established. The conditions for this had been created by the "
             "Czechoslovaks.» Its recognition of Alash: event-samara-komuch-alash-meeting-1918. "
             "Calendar unstated; Corps-period dates read as New Style.",
    ))

add_unless(("D44", "A27"), event(
        "omsk",
        id="event-omsk-siberian-government-1918",
        name="Provisional Siberian Government formed",
        name_ru="Образование Временного Сибирского правительства",
        name_kk="Уақытша Сібір үкіметінің құрылуы",
        name_cs="Vznik Prozatímní sibiřské vlády",
        affiliation="white",
        start="June 17 (30), 1918", end="June 17 (30), 1918",
        date_text="On June 17 (30), 1918",
        catalogue=["D44"],
        sources=[NOCIT, S0, ev_ids("D44", "A27")],
        note="«On June 17 (30), 1918, the Provisional Siberian Government was formed in Omsk. "
             "This marked the beginning of the formation of regional anti-Bolshevik governments "
             "across Russia.»",
    ))


# =============================================================================================
def ns_key(value, calendar):
    """Earliest New Style day of a start value, for ordering the file chronologically."""
    v = value.split("/")[0].rstrip("~?%")
    if "(" in v:
        m = re.match(r"\s*([A-Za-z]+)?\s*\d+(?:-\d+)?\s*\(\s*([A-Za-z]+)?\s*(\d+)", v)
        months = ["january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december"]
        year = int(re.findall(r"\d{4}", v)[0])
        tail = re.search(r"\)\s*([A-Za-z]+)", v)
        om = m.group(1) or (tail.group(1) if tail else None)
        nm = m.group(2) or om
        mo = months.index(nm.lower()) + 1
        if mo < months.index(om.lower()) + 1:
            year += 1
        return datetime.date(year, mo, int(m.group(3)))
    parts = [int(x) for x in v.split("-")[:3] if x.isdigit()]
    y, mo, dd = (parts + [1, 1])[:3]
    mo = mo if mo <= 12 else 1  # seasons
    day = datetime.date(y, mo, dd)
    if calendar == "julian":
        day += datetime.timedelta(days=13)
    return day


def write(name, feats):
    feats = sorted(feats, key=lambda f: ns_key(f["properties"]["start"],
                                               f["properties"].get("calendar")))
    ids = [f["id"] for f in feats]
    assert len(ids) == len(set(ids)), "duplicate ids in " + name
    fc = {"type": "FeatureCollection", "features": feats}
    path = os.path.join(GEO, name)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(fc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote", os.path.relpath(path, ROOT), len(feats), "features")


def main():
    write("missions.geojson", missions)
    write("events.geojson", events)
    for key in sorted(USED_FROM):
        print("  place", key, "->", USED_FROM[key], file=sys.stderr)
    for fid, (cat, other) in sorted(SKIPPED.items()):
        print("  not written:", fid, cat, "-> already mapped by", other, file=sys.stderr)


if __name__ == "__main__":
    main()
