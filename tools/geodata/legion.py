#!/usr/bin/env python3
"""Generate geodata/legion.geojson: the Czechoslovak Corps (EVENTS.md group A).

Standard library only. Run from the repository root:

    python3 tools/geodata/legion.py

The file holds
  * echelon groups as dated tracks along rail-transsib (kind movement),
  * the Corps' operational sector of 1919-1920 as a corridor around the railway, in four
    stages that shrink eastward (kind region),
  * the dated events of group A that have a place (kind event).

The sector corridors are built with GDAL (ogr2ogr, SQLite dialect ST_Buffer) when ogr2ogr is
on the PATH; the exact commands are in sector_polygon(). Without GDAL the polygons already in
geodata/legion.geojson are reused unchanged, so the rest of the file can still be regenerated.

Station coordinates are read from geodata/stations.geojson and every track vertex is checked
to be a vertex of rail-transsib.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
GEO = os.path.join(ROOT, "geodata")
OUT = os.path.join(GEO, "legion.geojson")

S0 = "Otan tarihy 2025, 28(4)"
NOCITE = "no citation in the text"
OUTSIDE = "[outside the sources]"

# Places off the railway: coordinates shared with the places another helper adds.
KYIV = (30.52, 50.45)
PARIS = (2.35, 48.86)
PRAGUE = (14.42, 50.09)
MOSCOW = (37.62, 55.76)
MARTIN = (18.92, 49.07)

CAL_NS_1918 = ("The text does not state the calendar; Corps dates from spring 1918 on are read as "
               "New Style (EVENTS.md §0), Russia's official calendar from 1 (14) February 1918 "
               "[outside the sources].")
G14 = ("Corps figures disagree (EVENTS.md G14): «40,000-strong corps» (German fear, April 1918), "
       "«up to 50,000 men» (summer 1918), «72,644 personnel (3,004 officers and 53,455 soldiers and "
       "ensigns)» (Nov–Dec 1918, and again for the 42 ships); 3,004 + 53,455 = 56,459, not 72,644 "
       "[calc]. [outside the sources] The Czech Military History Institute (VHU Praha) gives "
       "67,630 persons evacuated, 56,459 soldiers and over 11,000 civilians, so 72,644 is not a "
       "troop strength.")
G13 = ("The order of January 27, 1919 is cited to [Saryarqa, 1918, №61: 2], but the S0 "
       "bibliography dates №61 to 12.12.1918, before the order (EVENTS.md G13); the citation is "
       "kept as printed.")
G17 = ("«Other units entered Novonikolaevsk, Mariinsk, Nizhneudinsk, and Kansk (May 29)»: the "
       "bracketed date follows Kansk only, and whether it covers all four towns is ambiguous "
       "(EVENTS.md G17).")


def load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as f:
        return json.load(f)


STATIONS = {f["properties"]["id"][3:]: tuple(f["geometry"]["coordinates"])
            for f in load("stations.geojson")["features"]}
RAIL = [tuple(c) for f in load("railways.geojson")["features"]
        if f["properties"]["id"] == "rail-transsib" for c in f["geometry"]["coordinates"]]
RAIL_SET = set(RAIL)
# [outside the sources] Olovyannaya station lies between Karymskaya and Manchuria station; the
# nearest rail-transsib vertex is used (it is not a station of stations.geojson).
OLOVYANNAYA = (115.58, 50.94)
assert OLOVYANNAYA in RAIL_SET


def at(key):
    if key == "olovyannaya":
        return OLOVYANNAYA
    return STATIONS[key]


def rail_index(key):
    return RAIL.index(at(key))


features = []


def add(props, geometry):
    p = {"id": props["id"]}
    p.update(props)
    assert p.get("sources"), p["id"]
    features.append({"type": "Feature", "id": p["id"], "properties": p, "geometry": geometry})


def track(props, stops):
    """stops: list of (station key, ISO date). Vertices are station coordinates on the railway.
    Consecutive stops at one station are a halt: they become one vertex whose time is the
    interval "arrival/departure" (the first and the last of those dates)."""
    dates = [d for _, d in stops]
    assert dates == sorted(dates), props["id"]
    coords, times = [], []
    for key, d in stops:
        c = list(at(key))
        assert tuple(c) in RAIL_SET, (props["id"], c)
        if coords and coords[-1] == c:
            times[-1] = times[-1].split("/")[0] + "/" + d
        else:
            coords.append(c)
            times.append(d)
    p = dict(kind="movement", affiliation="czechoslovak", route="rail-transsib")
    p.update(props)
    p.update(start=dates[0], end=dates[-1], calendar="gregorian", times=times)
    add(p, {"type": "LineString", "coordinates": coords})


def event(props, where):
    lon, lat = at(where) if isinstance(where, str) else where
    p = dict(kind="event", affiliation="czechoslovak")
    p.update(props)
    assert "end" in p and "catalogue" in p and "date_text" in p, p["id"]
    add(p, {"type": "Point", "coordinates": [round(lon, 2), round(lat, 2)]})


# ---------------------------------------------------------------------------------------------
# 1. Echelon groups (tracks)
# ---------------------------------------------------------------------------------------------
SECTOR_1919 = ("1919: on January 27, 1919 the Corps commander declared the railway Novo-Nikolayevsk "
               "– Irkutsk an operational sector of the Corps (A35, cited); which part of it this "
               "group guarded is assumed, and the track stands at one station of the sector as a "
               "placeholder for the whole year.")
EVAC = ("Evacuation: the departure from the sector, the passage of Irkutsk and the arrival at "
        "Vladivostok are assumed travel dates, ordered so that the groups farthest east leave "
        "first and the rear guard (legion-evacuation) last; the first ships left Vladivostok «By "
        "December 1919» (A36) and [outside the sources] the last on 2 September 1920.")

track(dict(
    id="legion-penza-group",
    name="Penza group (Čeček)",
    name_ru="Пензенская группа (Чечек)",
    name_kk="Пенза тобы (Чечек)",
    name_cs="Penzenská skupina (Čeček)",
    certainty="approximate",
    catalogue=["A10", "A18", "A21", "A24", "A26"],
    sources=["Novikov, 2018: 98", "GA RF. F.P-200. Op.1. D.684. LL. 20-21", "Saryarqa, 1918, №61: 2",
             S0,
             "EVENTS.md A10, A21, A24, A26, A34, A35, A36 (A10, A24, A34 and A36 carry no citation "
             "in the text)",
             OUTSIDE + " general historical knowledge: the westernmost group of echelons, around "
             "Penza in late May 1918, was led by Stanislav Čeček; Penza fighting 28–29 May 1918; "
             "the Volga front until Samara was given up in early October 1918"],
    note=("Route and period: Penza – Syzran – Samara – Ufa, 1918; Krasnoyarsk 1919; evacuation to "
          "Vladivostok 1919–1920. The texts do not name this group or its commander ("
          + OUTSIDE + " Čeček). Cited waypoints: the agreement of March 26, 1918 on the transfer "
          "«from Penza to Vladivostok» (A10; it names Penza as the route's start, not this group's "
          "presence there); «Penza was also taken» (A21, undated; " + OUTSIDE + " 28–29 May 1918, "
          "used as the departure); «On June 4-5, near Samara» a crossing over the Volga secured (A24; "
          "the track passes «near Samara» only by interpolation); Komuch founded «in liberated "
          "Samara, on June 8, 1918» (A26, arrival). Assumed: Syzran on 1 June; the stay at Samara "
          "until 7 October 1918 stands for the Volga front of summer 1918 (" + OUTSIDE + " Samara "
          "was given up in early October 1918); Ufa from 20 October; the move east at the end of "
          "December 1918 follows Stefanik's order to leave the front (A34, «November – December "
          "1918»). " + SECTOR_1919 + " Here: Krasnoyarsk. " + EVAC + " No strength in the sources "
          "for this group (Corps totals only, EVENTS.md G14)."),
), [("penza", "1918-03-26"), ("penza", "1918-05-29"), ("syzran", "1918-06-01"),
    ("samara", "1918-06-08"), ("samara", "1918-10-07"), ("ufa", "1918-10-20"),
    ("ufa", "1918-12-20"), ("krasnoyarsk", "1919-01-27"), ("krasnoyarsk", "1919-12-15"),
    ("irkutsk", "1920-01-10"), ("vladivostok", "1920-02-10")])

track(dict(
    id="legion-voytsekhovsky",
    name="Voytsekhovsky's group (Chelyabinsk group)",
    name_ru="Группа полковника Войцеховского (Челябинская группа)",
    name_kk="Полковник Войцеховский тобы (Челябі тобы)",
    name_cs="Skupina plk. Vojcechovského (Čeljabinská skupina)",
    commander="Colonel Voytsekhovsky",
    certainty="approximate",
    catalogue=["A14", "A15", "A16", "A18", "A19"],
    sources=["GA RF. F. P-200. Op.1. D.684. L.58", "Saryarqa, 1918, №61: 2", S0,
             "EVENTS.md A14, A15, A16, A19, A34, A35, A36 (A14, A15, A19, A34 and A36 carry no "
             "citation in the text)",
             OUTSIDE + " general historical knowledge: the Chelyabinsk incident began on 14 May "
             "1918; the Chelyabinsk group fought west along the Zlatoust line and joined the Volga "
             "group near Ufa in early July 1918 (Ufa taken 5 July 1918), then went north to "
             "Yekaterinburg (taken 25 July 1918), which is off the drawn railway"],
    note=("Route and period: Chelyabinsk – Zlatoust – Ufa and back to Chelyabinsk, 1918; Achinsk "
          "1919; evacuation to Vladivostok 1919–1920. Cited: the Chelyabinsk incident, the arsenal "
          "seizure of May 17 and the congress of May 16-20, 1918 (A14–A16; the text does not name "
          "the units involved); «On May 27, Colonel Voytsekhovsky's unit captured Chelyabinsk» "
          "(A19). Commander as the text gives him (" + OUTSIDE + " Sergei N. Voitsekhovsky). "
          "Assumed: arrival at Chelyabinsk by 14 May (" + OUTSIDE + " the first clash), departure "
          "westward on 5 June, Zlatoust 15 June; Ufa on 5 July 1918 is " + OUTSIDE + " the date "
          "Ufa was taken, when the Volga (Penza) and Ural groups joined up — approximate; the "
          "return to Chelyabinsk on 15 July and the halt there until late December stand for the "
          "Ural front, which lay north of the drawn line (" + OUTSIDE + " Yekaterinburg). The "
          "earlier version of this track went east to Kurgan, Petropavlovsk and Omsk; the text "
          "says only that «the Czechoslovaks» occupied Kurgan and Petropavlovsk (A20), and "
          "[outside the sources] Voytsekhovsky's group turned west, so that eastward move is "
          "left to legion-petropavlovsk and the A20 events. " + SECTOR_1919 + " Here: Achinsk. "
          + EVAC + " No strength in the sources for this group."),
), [("chelyabinsk", "1918-05-14"), ("chelyabinsk", "1918-05-27"), ("chelyabinsk", "1918-06-05"),
    ("zlatoust", "1918-06-15"), ("ufa", "1918-07-05"), ("chelyabinsk", "1918-07-15"),
    ("chelyabinsk", "1918-12-25"), ("achinsk", "1919-01-27"), ("achinsk", "1919-12-20"),
    ("irkutsk", "1920-01-25"), ("vladivostok", "1920-03-10")])

track(dict(
    id="legion-gajda",
    name="Novonikolaevsk group (Gajda)",
    name_ru="Новониколаевская группа (Гайда)",
    name_kk="Новониколаевск тобы (Гайда)",
    name_cs="Novonikolajevská skupina (Gajda)",
    certainty="approximate",
    catalogue=["A18", "A22"],
    sources=["Saryarqa, 1918, №61: 2", S0,
             "EVENTS.md A22, A35, A36, G17 (A22 and A36 carry no citation in the text)",
             OUTSIDE + " general historical knowledge: the Novonikolaevsk group under Radola "
             "Gajda took Novonikolaevsk on 26 May 1918, Krasnoyarsk about 18–20 June and Irkutsk on "
             "11 July 1918, crossed the Baikal tunnels and Verkhneudinsk (about 20 August) and "
             "linked up with the Vladivostok group at Olovyannaya on 31 August 1918; Gajda and "
             "part of the group then went west to the Ural front"],
    note=("Route and period: Novonikolaevsk – Krasnoyarsk – Irkutsk – Baikal – Chita – "
          "Olovyannaya, May–August 1918; back west to the Ural front (drawn at the Chelyabinsk "
          "junction) autumn 1918; Nizhneudinsk 1919; evacuation 1919–1920. The texts name neither "
          "the group nor " + OUTSIDE + " Gajda. Cited: units «entered Novonikolaevsk» (A22); "
          + G17 + " The town was taken on 26 May " + OUTSIDE + ", during the track's halt "
          "there; the other reading («May 29» for all four towns) is kept in the note of "
          "event-a22-novonikolaevsk. " + OUTSIDE + " (approximate): Krasnoyarsk 20 June, Irkutsk "
          "11 July, Verkhneudinsk 20 August, the link-up at Olovyannaya on 31 August 1918 (drawn "
          "at the nearest rail-transsib vertex, 115.58 E 50.94 N). Assumed: arrival at "
          "Novonikolaevsk by 15 May, the halt there until 10 June, Nizhneudinsk 1 July, "
          "Slyudyanka 1 August, Chita 26 August, and the move west to the Chelyabinsk junction "
          "(1 October) as a stand-in for the Ural front. " + SECTOR_1919 + " Here: Nizhneudinsk. "
          + EVAC + " No strength in the sources for this group."),
), [("novonikolaevsk", "1918-05-15"), ("novonikolaevsk", "1918-05-26"),
    ("novonikolaevsk", "1918-06-10"), ("krasnoyarsk", "1918-06-20"),
    ("nizhneudinsk", "1918-07-01"), ("irkutsk", "1918-07-11"), ("slyudyanka", "1918-08-01"),
    ("verkhneudinsk", "1918-08-20"), ("chita", "1918-08-26"), ("olovyannaya", "1918-08-31"),
    ("olovyannaya", "1918-09-05"), ("chelyabinsk", "1918-10-01"), ("chelyabinsk", "1918-12-25"),
    ("nizhneudinsk", "1919-01-27"), ("nizhneudinsk", "1919-12-01"), ("irkutsk", "1919-12-15"),
    ("vladivostok", "1920-01-10")])

track(dict(
    id="legion-diterichs",
    name="Vladivostok group (Diterichs)",
    name_ru="Владивостокская группа (Дитерихс)",
    name_kk="Владивосток тобы (Дитерихс)",
    name_cs="Vladivostocká skupina (Diterichs)",
    certainty="conjectural",
    catalogue=["A18"],
    sources=["Saryarqa, 1918, №61: 2", S0, "EVENTS.md A18, A35, A36 (A36 carries no citation in "
                                            "the text)",
             OUTSIDE + " general historical knowledge: about 14,000 legionaries, the head of the "
             "Corps, were already at Vladivostok by May 1918 under General M. K. Diterichs; they "
             "took control of Vladivostok on 29 June 1918 and Nikolsk-Ussuriysky in early July, "
             "fought on the Ussuri front and sent units west along the Chinese Eastern Railway "
             "that met Gajda's group at Olovyannaya on 31 August 1918",
             OUTSIDE + " Vojenský historický ústav Praha, «Čs. legionáři ve Vladivostoku před "
             "evakuací do vlasti» (vhu.cz): the first combat unit sailed on 9 December 1919 "
             "(Jonan Maru)"],
    note=("Route and period: Vladivostok, spring 1918; Nikolsk-Ussuriysky – Harbin – Manchuria "
          "station – Olovyannaya, July–August 1918; Irkutsk 1918–1919; back to Vladivostok, "
          "December 1919. Nothing of this group is in the texts: S0 mentions the Corps' "
          "uprising «in ... the Far East» (A18) and Vladivostok only as the route's end, the "
          "Japanese landing (A12) and the ships (A36). " + OUTSIDE + " (approximate): at "
          "Vladivostok by May 1918 (about 14,000 men, a figure not in the sources, so no "
          "strength); Vladivostok taken over on 29 June, Nikolsk-Ussuriysky 5 July, the link-up at "
          "Olovyannaya on 31 August 1918 (nearest rail-transsib vertex). Assumed: arrival on 1 "
          "May; the halt at Nikolsk-Ussuriysky until 5 August stands for the Ussuri front north "
          "of it (off the drawn line); Harbin 15 August, Manchuria station 25 August; Irkutsk "
          "from 20 September 1918 to 20 November 1919, as the eastern end of the 1919 sector "
          "(A35), although " + OUTSIDE + " many of its units went west to the Volga–Ural front in "
          "autumn 1918. The return to Vladivostok on 9 December 1919 matches " + OUTSIDE + " the "
          "first transport of a combat unit (9 December 1919) and the text's «By December 1919» "
          "(A36); that this group sailed then is assumed."),
), [("vladivostok", "1918-05-01"), ("vladivostok", "1918-06-29"),
    ("nikolsk-ussuriysky", "1918-07-05"), ("nikolsk-ussuriysky", "1918-08-05"),
    ("harbin", "1918-08-15"), ("manchuria", "1918-08-25"), ("olovyannaya", "1918-08-31"),
    ("olovyannaya", "1918-09-05"), ("irkutsk", "1918-09-20"), ("irkutsk", "1919-11-20"),
    ("vladivostok", "1919-12-09")])

track(dict(
    id="legion-rear-echelons",
    name="Rear echelons moving east",
    name_ru="Тыловые эшелоны",
    name_kk="Тылдағы эшелондар",
    name_cs="Zadní ešelony",
    certainty="conjectural",
    catalogue=["A18"],
    sources=[S0, "EVENTS.md A10 (route «from Penza to Vladivostok»), A18",
             OUTSIDE + " all positions and dates are assumed travel"],
    note=("Route and period: Penza – Zlatoust, spring 1918. Illustrative track: echelons that left "
          "Penza after the agreement of 26 March 1918 (A10) and were strung out along the line "
          "between the Volga and the Urals when the uprising began in late May 1918 (A18: «Volga "
          "region, the Urals, Siberia»). No waypoint of this track is cited: departure from Penza "
          "on 1 May, Samara 6 May, Ufa 13 May, the halt at Zlatoust 20–29 May and the arrival at "
          "Chelyabinsk on 1 June (where it joins Voytsekhovsky's group) are all assumed. No "
          "commander or strength in the sources."),
), [("penza", "1918-05-01"), ("samara", "1918-05-06"), ("ufa", "1918-05-13"),
    ("zlatoust", "1918-05-20"), ("zlatoust", "1918-05-29"), ("chelyabinsk", "1918-06-01")])

track(dict(
    id="legion-petropavlovsk",
    name="Echelons at Petropavlovsk",
    name_ru="Эшелоны у Петропавловска",
    name_kk="Қызылжардағы эшелондар",
    name_cs="Ešelony u Petropavlovska",
    certainty="approximate",
    catalogue=["A18", "A20"],
    sources=["Novikov, 2018: 98", S0, "EVENTS.md A20, H5",
             OUTSIDE + " general historical knowledge: Omsk was taken on 7 June 1918"],
    note=("Route and period: May–June 1918. Cited: «Kazakh Petropavlovsk» (and Kurgan) occupied "
          "and Soviet power overthrown after 27 May 1918, «opening the road to Omsk» (A20, "
          "undated; the text says «the Czechoslovaks», not which units). Assumed: that echelons "
          "halted at Petropavlovsk from mid-May (passing Chelyabinsk 6 May and Kurgan 9 May) and "
          "the end of the halt on 31 May; the arrival at Omsk on 7 June is " + OUTSIDE + " the day "
          "Omsk was taken. No commander or strength in the sources."),
), [("chelyabinsk", "1918-05-06"), ("kurgan", "1918-05-09"), ("petropavlovsk", "1918-05-12"),
    ("petropavlovsk", "1918-05-31"), ("omsk", "1918-06-07")])

track(dict(
    id="legion-novonikolaevsk",
    name="Novonikolaevsk – Mariinsk echelons",
    name_ru="Эшелоны Новониколаевск – Мариинск",
    name_kk="Новониколаевск – Мариинск эшелондары",
    name_cs="Ešelony Novonikolajevsk – Mariinsk",
    certainty="approximate",
    catalogue=["A22"],
    sources=[S0, "EVENTS.md A22, G17 (" + NOCITE + ")",
             OUTSIDE + " general historical knowledge: Novonikolaevsk was taken on 26 May 1918"],
    note=("Route and period: May 1918; part of the Novonikolaevsk group (legion-gajda) "
          + OUTSIDE + ". Cited: «Other units entered Novonikolaevsk, Mariinsk, Nizhneudinsk, and "
          "Kansk (May 29)» (A22); " + G17 + " Assumed: arrival at Novonikolaevsk on 18 May, "
          "departure on 26 May (" + OUTSIDE + " the day the town was taken) and Mariinsk on 29 May "
          "(the text's «(May 29)», applied here only as an approximation). No commander or "
          "strength in the sources."),
), [("novonikolaevsk", "1918-05-18"), ("novonikolaevsk", "1918-05-26"), ("mariinsk", "1918-05-29")])

track(dict(
    id="legion-eastern-echelons",
    name="Eastern echelons",
    name_ru="Восточные эшелоны",
    name_kk="Шығыс эшелондары",
    name_cs="Východní ešelony",
    certainty="approximate",
    catalogue=["A13", "A22"],
    sources=["Parfenov, 1924: 25-26", S0, "EVENTS.md A13, A22 (A22 carries no citation)"],
    note=("Route and period: Novonikolaevsk – Krasnoyarsk – Kansk, April–June 1918. Cited: on "
          "April 21, 1918 Sovnarkom telegraphed the Krasnoyarsk Soviet to halt the Corps' movement "
          "to Vladivostok and disarm it (A13; the text places the order, not this echelon, at "
          "Krasnoyarsk); units «entered ... Kansk (May 29)» (A22). Assumed: passage of "
          "Novonikolaevsk on 12 April and Krasnoyarsk on 19 April, the halt at Kansk from 22 April, "
          "and the end of the track on 25 June 1918, when it is taken to have joined the "
          "Novonikolaevsk group (legion-gajda) passing eastward. [outside the sources] Krasnoyarsk "
          "stayed in Soviet hands until mid-June 1918, so the late-May positions are split between "
          "this track, legion-nizhneudinsk and legion-novonikolaevsk. No commander or strength in "
          "the sources."),
), [("novonikolaevsk", "1918-04-12"), ("krasnoyarsk", "1918-04-19"), ("kansk", "1918-04-22"),
    ("kansk", "1918-05-29"), ("kansk", "1918-06-25")])

track(dict(
    id="legion-nizhneudinsk",
    name="Echelons at Nizhneudinsk",
    name_ru="Эшелоны у Нижнеудинска",
    name_kk="Нижнеудинскідегі эшелондар",
    name_cs="Ešelony u Nižněudinska",
    certainty="conjectural",
    catalogue=["A22"],
    sources=[S0, "EVENTS.md A22, G17 (" + NOCITE + ")",
             OUTSIDE + " all positions and dates are assumed travel"],
    note=("Route and period: Kansk – Nizhneudinsk, April–July 1918. Cited: units «entered ... "
          "Nizhneudinsk» (A22, «(May 29)», ambiguous, EVENTS.md G17). Assumed: an echelon that had "
          "passed Krasnoyarsk before the halt order of 21 April (A13), passing Kansk on 18 April "
          "and halting at Nizhneudinsk from 21 April; the end of the track on 1 July 1918, when it "
          "is taken to have joined the Novonikolaevsk group (legion-gajda) passing eastward. No "
          "commander or strength in the sources."),
), [("kansk", "1918-04-18"), ("nizhneudinsk", "1918-04-21"), ("nizhneudinsk", "1918-07-01")])

track(dict(
    id="legion-evacuation",
    name="Rear guard and evacuation",
    name_ru="Арьергард и эвакуация",
    name_kk="Арьергард және эвакуация",
    name_cs="Zadní voj a evakuace",
    certainty="approximate",
    catalogue=["A35", "A37", "A38"],
    sources=["Saryarqa, 1918, №61: 2", S0,
             "EVENTS.md A35, A36, A37, A38 (A36–A38 carry no citation in the text; the A35 citation "
             "is anachronistic, EVENTS.md G13)",
             OUTSIDE + " general historical knowledge: the Red Army entered Novonikolaevsk on 14 "
             "December 1919 and Krasnoyarsk on 7 January 1920",
             OUTSIDE + " Vojenský historický ústav Praha, «Čs. legionáři ve Vladivostoku před "
             "evakuací do vlasti» (vhu.cz): the last legionaries left Vladivostok on 2 September "
             "1920 on the American steamer Heffron"],
    note=("Route and period: Novonikolaevsk 1919; Novonikolaevsk – Krasnoyarsk – Kuytun – Irkutsk "
          "– Chita – Harbin – Vladivostok, December 1919 – September 1920. Cited: from January 27, "
          "1919 the section Novo-Nikolayevsk – Irkutsk is the Corps' operational sector (A35; "
          "drawn as a halt at its western end, though the Corps held the whole section); "
          "armistice at Kuytun station on February 7, 1920 (A37; the text places the signing "
          "there, the track's presence there on that day is assumed); the last Czech trains "
          "leave Irkutsk on the night of March 1–2, 1920 (A38); ships leave Vladivostok from «By "
          "December 1919», 42 ships in all (A36). Assumed: departure from Novonikolaevsk on 10 "
          "December 1919 (before " + OUTSIDE + " the Red Army entered it on 14 December), "
          "Krasnoyarsk 5 January 1920 (before " + OUTSIDE + " 7 January), Kansk 12 January, "
          "Nizhneudinsk 25 January, arrival at Irkutsk on 20 February, Chita 15 March, Harbin 1 "
          "April and Vladivostok 15 April 1920; the stay there until 2 September 1920 ends with "
          + OUTSIDE + " the last transport; that the rear guard sailed on it is assumed. "
          + G14 + " No strength is given."),
), [("novonikolaevsk", "1919-01-27"), ("novonikolaevsk", "1919-12-10"),
    ("krasnoyarsk", "1920-01-05"), ("kansk", "1920-01-12"), ("nizhneudinsk", "1920-01-25"),
    ("kuytun", "1920-02-07"), ("irkutsk", "1920-02-20"), ("irkutsk", "1920-03-02"),
    ("chita", "1920-03-15"), ("harbin", "1920-04-01"), ("vladivostok", "1920-04-15"),
    ("vladivostok", "1920-09-02")])

# ---------------------------------------------------------------------------------------------
# 2. The operational sector (regions), built with GDAL
# ---------------------------------------------------------------------------------------------
LCC = "+proj=lcc +lat_0=50 +lon_0=87 +lat_1=45 +lat_2=60 +datum=WGS84 +units=m +no_defs"
BUFFER_M = 25000
SIMPLIFY_DEG = 0.02


def ring_area(r):
    return sum(r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1] for i in range(len(r) - 1)) / 2


def sector_polygon(west, east, old):
    """Corridor of +-25 km around rail-transsib between two stations, as a GeoJSON Polygon."""
    i, j = rail_index(west), rail_index(east)
    line = [list(c) for c in RAIL[i:j + 1]]
    if not shutil.which("ogr2ogr"):
        if old is None:
            sys.exit("ogr2ogr not found and no earlier polygon to reuse")
        print("ogr2ogr not found: reusing the polygon from", OUT, file=sys.stderr)
        return old
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "line.geojson")
        with open(src, "w", encoding="utf-8") as f:
            json.dump({"type": "FeatureCollection", "features": [
                {"type": "Feature", "properties": {}, "geometry": {"type": "LineString",
                                                                   "coordinates": line}}]}, f)
        run = lambda *a: subprocess.run(["ogr2ogr", *a], check=True, capture_output=True)
        # 1. project to a Lambert conformal conic centred on Siberia (metres)
        run("-f", "GPKG", os.path.join(tmp, "proj.gpkg"), src, "-nln", "line", "-t_srs", LCC)
        # 2. buffer by 25 km (SQLite dialect, SpatiaLite ST_Buffer)
        run("-f", "GPKG", os.path.join(tmp, "buf.gpkg"), os.path.join(tmp, "proj.gpkg"),
            "-dialect", "SQLite", "-sql",
            "SELECT ST_Buffer(geom, %d) AS geom FROM line" % BUFFER_M, "-nln", "buf")
        # 3. back to WGS84 longitude/latitude
        run("-f", "GPKG", os.path.join(tmp, "wgs.gpkg"), os.path.join(tmp, "buf.gpkg"),
            "-t_srs", "EPSG:4326", "-nln", "wgs")
        # 4. simplify to ~0.02 degree
        run("-f", "GeoJSON", os.path.join(tmp, "out.geojson"), os.path.join(tmp, "wgs.gpkg"),
            "-simplify", str(SIMPLIFY_DEG), "-lco", "RFC7946=YES", "-lco",
            "COORDINATE_PRECISION=6")
        with open(os.path.join(tmp, "out.geojson"), encoding="utf-8") as f:
            geom = json.load(f)["features"][0]["geometry"]
    assert geom["type"] == "Polygon" and len(geom["coordinates"]) == 1, geom["type"]
    ring = []
    for x, y in geom["coordinates"][0]:
        p = [round(x, 2), round(y, 2)]
        if not ring or ring[-1] != p:
            ring.append(p)
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    if ring_area(ring) < 0:  # counter-clockwise outer ring
        ring.reverse()
    return {"type": "Polygon", "coordinates": [ring]}


OLD = {}
if os.path.exists(OUT):
    for f in load("legion.geojson")["features"]:
        OLD[f["properties"]["id"]] = f["geometry"]

SECTOR_SRC = [
    "Saryarqa, 1918, №61: 2", S0,
    "EVENTS.md A35, D50 (the citation is anachronistic, EVENTS.md G13)",
    OUTSIDE + " corridor geometry: rail-transsib buffered by 25 km on either side (GDAL 3.6: "
    "Lambert conformal conic, SQLite-dialect ST_Buffer, back to EPSG:4326, simplified to 0.02°); "
    "see tools/geodata/legion.py",
]
SECTOR_NOTE = ("The text: «On January 27, 1919, the commander of the Czechoslovak Corps in Russia "
               "issued an order declaring the section of the Trans-Siberian Railway between "
               "Novo-Nikolayevsk and Irkutsk an operational sector of the Czechoslovak Corps. The "
               "Siberian railway, therefore, came under the control of the Czech army ..., and "
               "the de facto administrator was ... French General Maurice Janin. He regulated the "
               "movement of trains and the evacuation of military units» (A35). " + G13 + " The "
               "sector is a railway, not a territory: the corridor of 25 km either side of the "
               "line is a drawing convention " + OUTSIDE + ", certainty approximate. ")
SECTOR_STAGES = ("The sector is drawn in four stages that shrink eastward as the Corps withdrew: "
                 "Novonikolaevsk – Irkutsk from 27 January 1919 (A35, cited) to 13 December "
                 "1919; Krasnoyarsk – Irkutsk from 14 December 1919 (" + OUTSIDE + " the Red "
                 "Army entered Novonikolaevsk on 14 December 1919) to 6 January 1920; Kansk – "
                 "Irkutsk from 7 January 1920 (" + OUTSIDE + " the Red Army entered Krasnoyarsk "
                 "on 7 January 1920; Kansk as the new western end is assumed) to 6 February 1920; "
                 "Kuytun – Irkutsk from the armistice of February 7, 1920 at Kuytun station (A37, "
                 "cited) to the night of March 1–2, 1920, when the last Czech trains left Irkutsk "
                 "(A38, cited). The three intermediate boundaries are simplifications of a "
                 "gradual withdrawal.")

STAGES = [
    ("legion-sector-1919", "novonikolaevsk", "irkutsk", "1919-01-27", "1919-12-13",
     "Czechoslovak operational sector Novonikolaevsk – Irkutsk",
     "Операционный участок Чехословацкого корпуса Новониколаевск – Иркутск",
     "Чехословак корпусының операциялық учаскесі Новониколаевск – Иркутск",
     "Operační úsek čs. armády Novonikolajevsk – Irkutsk",
     ["A35", "D50"], "January 27, 1919"),
    ("legion-sector-1919-12", "krasnoyarsk", "irkutsk", "1919-12-14", "1920-01-06",
     "Czechoslovak operational sector Krasnoyarsk – Irkutsk",
     "Операционный участок Чехословацкого корпуса Красноярск – Иркутск",
     "Чехословак корпусының операциялық учаскесі Красноярск – Иркутск",
     "Operační úsek čs. armády Krasnojarsk – Irkutsk",
     ["A35"], "no date in the text (the stage boundaries are outside the sources)"),
    ("legion-sector-1920-01", "kansk", "irkutsk", "1920-01-07", "1920-02-06",
     "Czechoslovak operational sector Kansk – Irkutsk",
     "Операционный участок Чехословацкого корпуса Канск – Иркутск",
     "Чехословак корпусының операциялық учаскесі Канск – Иркутск",
     "Operační úsek čs. armády Kansk – Irkutsk",
     ["A35"], "no date in the text (the stage boundaries are outside the sources)"),
    ("legion-sector-1920-02", "kuytun", "irkutsk", "1920-02-07", "1920-03-02",
     "Czechoslovak operational sector Kuytun – Irkutsk",
     "Операционный участок Чехословацкого корпуса Куйтун – Иркутск",
     "Чехословак корпусының операциялық учаскесі Куйтун – Иркутск",
     "Operační úsek čs. armády Kujtun – Irkutsk",
     ["A35", "A37", "A38"], "On February 7, 1920 ... On the night of March 1–2, 1920"),
]
for sid, west, east, start, end, name, ru, kk, cs, cat, dtext in STAGES:
    geom = sector_polygon(west, east, OLD.get(sid))
    src = list(SECTOR_SRC)
    if "A37" in cat:
        src[2] = "EVENTS.md A35, A37, A38 (A37 and A38 carry no citation in the text)"
    add(dict(
        id=sid, kind="region", affiliation="czechoslovak", name=name, name_ru=ru, name_kk=kk,
        name_cs=cs, start=start, end=end, calendar="gregorian", certainty="approximate",
        catalogue=cat, date_text=dtext, de_facto_administrator="French General Maurice Janin",
        sources=src,
        note=SECTOR_NOTE + SECTOR_STAGES + " This feature: the stage " + name.split("sector ")[1]
             + ", " + start + " – " + end + "."), geom)

# ---------------------------------------------------------------------------------------------
# 3. Events with a place
# ---------------------------------------------------------------------------------------------
E = event

# --- background: 1914-1918 -------------------------------------------------------------------
E(dict(id="event-a1-druzina-kyiv", name="Czech Druzina formed in Kyiv",
       name_ru="Образование Чешской дружины в Киеве", name_kk="Киевте Чех дружинасының құрылуы",
       name_cs="Vznik České družiny v Kyjevě",
       start="1914-23", end="1914-23", calendar="julian", date_text="autumn 1914",
       certainty="certain", catalogue=["A1"],
       sources=["Tsvetkov, 1998", S0, "EVENTS.md A1"],
       note=("«The first Czech military unit (the «Czech Druzina») had been created as early as "
             "autumn 1914 in Kyiv, at the very beginning of the war, from Czech volunteers living "
             "in Russia» (A1). A Russian date of 1914, read as Old Style (julian); for a season "
             "the calendar hardly matters. Kyiv coordinates as in places.geojson (the place "
             "another helper adds). The later growth into a regiment («By late 1915», about 2,100 "
             "men, A2) and a brigade («By the end of 1916», A3) has no place in the text and is "
             "not mapped.")), KYIV)

E(dict(id="event-a4-csns-paris", name="Czechoslovak National Council founded in Paris",
       name_ru="Образование Чехословацкого национального совета в Париже",
       name_kk="Парижде Чехословак ұлттық кеңесінің құрылуы",
       name_cs="Vznik Československé národní rady v Paříži",
       start="1916-02", end="1916-02", calendar="gregorian", date_text="in February 1916",
       certainty="certain", catalogue=["A4"], leaders="T. Masaryk, M. Stefanik, E. Benes",
       sources=[S0, "EVENTS.md A4 (" + NOCITE + ")"],
       note=("«in February 1916, the Czechoslovak National Council (CSNS) was established in "
             "Paris. Its leaders (T. Masaryk, M. Stefanik, E. Benes, and others) advanced the idea "
             "of creating an independent Czechoslovak state» (A4). Month precision as in the "
             "text. On the later «Czechoslovak National Council» of 13 July 1918 see "
             "event-a28-prague (EVENTS.md G15).")), PARIS)

E(dict(id="event-a9-route-vladivostok", name="Evacuation route via Vladivostok chosen",
       name_ru="Выбор пути эвакуации через Владивосток",
       name_kk="Владивосток арқылы эвакуация жолының таңдалуы",
       name_cs="Volba evakuační cesty přes Vladivostok",
       start="1917-12-19", end="1918-03-26", calendar="gregorian",
       date_text="undated (between the French decree «of 19 December» 1917 and March 26, 1918)",
       certainty="conjectural", catalogue=["A9"],
       sources=["Golovin, 2011", "Tsvetkov, 1998", S0, "EVENTS.md A9"],
       rejected_route="Arkhangelsk and Murmansk (by sea)",
       note=("«The shortest route was by sea – through Arkhangelsk and Murmansk – but it was "
             "rejected due to fears that the corps might be intercepted by German forces ... It "
             "was therefore decided to transport the legionnaires along the Trans-Siberian Railway "
             "to Vladivostok, and from there across the Pacific Ocean to Europe» (A9; [Golovin, "
             "2011] for the rejection, [Tsvetkov, 1998] for the choice). The decision has no place "
             "and no date in the text: it is drawn at Vladivostok, the chosen port, and spans the "
             "time between the French decree of 19 December 1917 (A7) and the agreement of March "
             "26, 1918 (A10), between which the text tells it. The rejected ports Arkhangelsk and "
             "Murmansk are not drawn. Certainty conjectural for place and date.")), "vladivostok")

E(dict(id="event-a10-penza-agreement", name="Agreement on the transfer from Penza to Vladivostok",
       name_ru="Соглашение о переброске из Пензы во Владивосток",
       name_kk="Пензадан Владивостокқа көшіру туралы келісім",
       name_cs="Dohoda o přesunu z Penzy do Vladivostoku",
       start="1918-03-26", end="1918-03-26", calendar="gregorian", date_text="On March 26, 1918",
       certainty="approximate", catalogue=["A10", "C18"],
       sources=[S0, "EVENTS.md A10, C18 (" + NOCITE + ")",
                OUTSIDE + " general historical knowledge: the agreement is known as the Penza "
                "agreement; its terms went out from Moscow by telegram to the Penza Soviet"],
       note=("«On March 26, 1918, the leadership of the Council of People's Commissars of the "
             "RSFSR (Sovnarkom), the Czechoslovak National Council (CSNS) in Russia, and the "
             "command of the Czechoslovak Corps signed an agreement guaranteeing the unhindered "
             "transfer of Czechoslovak units from Penza to Vladivostok» (A10). The text does not "
             "say where it was signed; it names Penza as the start of the route. The event is "
             "placed at Penza because the route begins there and " + OUTSIDE + " the agreement is "
             "commonly called the Penza agreement (its terms were telegraphed from Moscow to the "
             "Penza Soviet), so the point marks the place the agreement concerns, not a signing "
             "ceremony. " + CAL_NS_1918)), "penza")

E(dict(id="event-a12-japanese-landing", affiliation="allied",
       name="Japanese marines land at Vladivostok",
       name_ru="Высадка японского десанта во Владивостоке",
       name_kk="Жапон десантының Владивостокқа түсуі",
       name_cs="Vylodění japonské námořní pěchoty ve Vladivostoku",
       start="1918-04-05", end="1918-04-05", calendar="gregorian", date_text="on April 5, 1918",
       certainty="certain", catalogue=["A12"], commander="Admiral Kato",
       sources=["Golovin, 2011", S0, "EVENTS.md A12"],
       note=("«on April 5, 1918, without prior notice to his allies, Japanese Admiral Kato landed a "
             "detachment of marines in Vladivostok under the pretext of «protecting the lives and "
             "property of Japanese citizens». The Bolsheviks ... demanded new negotiations to "
             "change the evacuation route of the Czechoslovaks – from Vladivostok to Arkhangelsk "
             "and Murmansk» (A12). Affiliation «allied»: the actors are Japanese. No strength in "
             "the text. " + CAL_NS_1918)), "vladivostok")

E(dict(id="event-a13-krasnoyarsk-telegram", affiliation="soviet",
       name="Sovnarkom orders the Krasnoyarsk Soviet to halt and disarm the Corps",
       name_ru="Телеграмма Совнаркома Красноярскому совету об остановке и разоружении корпуса",
       name_kk="Халық комиссарлары кеңесінің Красноярск кеңесіне жеделхаты",
       name_cs="Telegram Sovnarkomu krasnojarskému sovětu: zastavit a odzbrojit sbor",
       start="1918-04-21", end="1918-04-21", calendar="gregorian", date_text="on April 21",
       certainty="certain", catalogue=["A13"],
       sources=["Parfenov, 1924: 25-26", S0, "EVENTS.md A13"],
       note=("«The German General Staff likewise feared the arrival of a 40,000-strong corps on "
             "the Western Front. Under German pressure, on April 21, Sovnarkom telegraphed the "
             "Krasnoyarsk Soviet with a firm order to halt the movement of the Czechoslovak Corps "
             "to Vladivostok and to disarm it» (A13). Drawn at Krasnoyarsk, where the telegram "
             "was addressed; affiliation «soviet»: the act is Sovnarkom's. The year is not "
             "repeated in the sentence; the context is 1918. The 40,000 is the German estimate of "
             "the Corps, not a strength at Krasnoyarsk (EVENTS.md G14). " + CAL_NS_1918)),
  "krasnoyarsk")

# --- the revolt, May-June 1918 ----------------------------------------------------------------
E(dict(id="event-a14-chelyabinsk-incident", name="Chelyabinsk incident",
       name_ru="Челябинский инцидент", name_kk="Челябі оқиғасы", name_cs="Čeljabinský incident",
       start="1918-05-14", end="1918-05-16", calendar="gregorian",
       date_text="undated (before «May 17»)", certainty="certain",
       catalogue=["A14", "D41"], soldiers_arrested=10,
       sources=[S0, "EVENTS.md A14, D41 (" + NOCITE + ")",
                OUTSIDE + " general historical knowledge: the clash at Chelyabinsk station was on "
                "14 May 1918"],
       note=("«One such incident occurred in Chelyabinsk, where a clash broke out between "
             "Hungarian and German prisoners of war on one side and the Czechoslovaks on the "
             "other, prompting the local soviet to arrest 10 Czechoslovak soldiers» (A14). The "
             "text gives no date, only that the detainees were freed «on May 17» (A15). Start 14 "
             "May is " + OUTSIDE + " the day of the clash; end 16 May is the day before the "
             "liberation, so the event covers the clash and the arrests (EVENTS.md G16).")),
  "chelyabinsk")

E(dict(id="event-a15-chelyabinsk-arsenal", name="Detainees freed and the Chelyabinsk arsenal stormed",
       name_ru="Освобождение арестованных и захват арсенала в Челябинске",
       name_kk="Тұтқындардың босатылуы және Челябі арсеналының басып алынуы",
       name_cs="Osvobození zatčených a útok na zbrojnici v Čeljabinsku",
       start="1918-05-17", end="1918-05-17", calendar="gregorian", date_text="on May 17",
       certainty="certain", catalogue=["A15", "D41"], rifles=2800, artillery_battery=1,
       sources=[S0, "EVENTS.md A15, D41 (" + NOCITE + ")"],
       note=("«However, on May 17, their comrades freed the detainees by force, disarmed the local "
             "Red Guard unit, and stormed the arsenal, seizing 2,800 rifles and an artillery "
             "battery» (A15). The year is not repeated; the context is 1918. " + CAL_NS_1918)),
  "chelyabinsk")

E(dict(id="event-a16-chelyabinsk-congress", name="Congress of Czechoslovak military delegates",
       name_ru="Съезд чехословацких военных делегатов в Челябинске",
       name_kk="Челябідегі чехословак әскери делегаттарының съезі",
       name_cs="Sjezd čs. vojenských delegátů v Čeljabinsku",
       start="1918-05-16", end="1918-05-20", calendar="gregorian",
       date_text="from May 16 to 20, 1918", certainty="certain",
       catalogue=["A16", "B28", "C7", "D41"],
       participants=("Czechoslovak military delegates; Captain Kh. Tokhtamys (Tokhtamyshev) for "
                     "the Army of Alash and the Alash Orda Council"),
       outcome=("Provisional Executive Committee of the Czechoslovak Army (three commanders, "
                "chaired by a CSNS member); break with the Bolsheviks; weapons no longer "
                "surrendered; march to Vladivostok continued independently"),
       sources=["GA RF. F. P-200. Op.1. D.684. L.58", S0,
                "EVENTS.md A16, B28, C7, D41 (the citation is attached to the Tokhtamys address "
                "only)"],
       note=("«The day before this incident, from May 16 to 20, 1918, a congress of Czechoslovak "
             "military delegates convened in Chelyabinsk ... established a Provisional Executive "
             "Committee of the Czechoslovak Army, composed of three commanders and chaired by a "
             "member of the CSNS in Russia. ... at this congress, Captain Kh. Tokhtamys "
             "(Tokhtamyshev) delivered a welcoming address on behalf of the Army of Alash and the "
             "Alash Orda Council [GA RF. F. P-200. Op.1. D.684. L.58]. ... the congress firmly "
             "declared a break with the Bolsheviks and resolved to stop surrendering weapons, "
             "continuing their march to Vladivostok independently» (A16 = B28 = C7). «The day "
             "before» the May 17 incident fits only the opening day (EVENTS.md G16). The day of "
             "Tokhtamys's address within 16–20 May is not given. " + CAL_NS_1918)), "chelyabinsk")

E(dict(id="event-a17-moscow-arrests", affiliation="soviet",
       name="Max and Chermak arrested in Moscow; order to disarm the Corps",
       name_ru="Арест Макса и Чермака в Москве; приказ о разоружении корпуса",
       name_kk="Мәскеуде Макс пен Чермактың тұтқындалуы; корпусты қарусыздандыру туралы бұйрық",
       name_cs="Zatčení Maxy a Čermáka v Moskvě; rozkaz odzbrojit sbor",
       start="1918-05-21", end="1918-05-21", calendar="gregorian", date_text="on May 21",
       certainty="certain", catalogue=["A17", "D41"],
       sources=[S0, "EVENTS.md A17, D41 (" + NOCITE + ")",
                OUTSIDE + " Moscow coordinates: the place another helper adds"],
       note=("«In response, on May 21 in Moscow two representatives of the Czechoslovak National "
             "Council in Russia – Max and Chermak – were arrested, and an order was issued for the "
             "complete disarmament and dissolution of the Czechoslovak Corps. The arrested "
             "representatives ... transmitted, on behalf of Masaryk, an order for the "
             "Czechoslovaks to surrender all their weapons. However, the legionaries decided to "
             "obey only their «Provisional Executive Committee»: «Do not surrender weapons "
             "anywhere to the Soviets, do not provoke clashes, but in case of attack defend "
             "yourselves, and continue the advance eastward in your own order»» (A17). Names as "
             "the text spells them (" + OUTSIDE + " Prokop Maxa, Bohumil Čermák). Affiliation "
             "«soviet»: the arrests and the order are the Soviet government's. " + CAL_NS_1918)),
  MOSCOW)

E(dict(id="event-a19-chelyabinsk-captured", name="Chelyabinsk captured",
       name_ru="Взятие Челябинска", name_kk="Челябінің алынуы", name_cs="Dobytí Čeljabinsku",
       start="1918-05-27", end="1918-05-27", calendar="gregorian", date_text="On May 27",
       certainty="certain", catalogue=["A19", "D41"], commander="Colonel Voytsekhovsky",
       sources=[S0, "EVENTS.md A19, D41 (" + NOCITE + ")"],
       note=("«On May 27, Colonel Voytsekhovsky's unit captured Chelyabinsk» (A19). Commander as "
             "the text spells him (" + OUTSIDE + " Sergei N. Voitsekhovsky); his group is "
             "legion-voytsekhovsky. " + CAL_NS_1918)), "chelyabinsk")

A20_NOTE = ("«The Czechoslovaks, defeating the abandoned Red Army detachments, also occupied "
            "cities along the Trans-Siberian Railway – Kazakh Petropavlovsk and Kurgan – "
            "overthrowing Soviet power there and opening the road to Omsk» (A20, undated; the "
            "paragraph ends [Novikov, 2018: 98]). The text dates it only by its place after «On "
            "May 27»; the interval 28 May – 7 June 1918 is an assumption: after the capture of "
            "Chelyabinsk (A19) and no later than " + OUTSIDE + " the fall of Omsk on 7 June 1918, "
            "to which this «opened the road». Both start and end carry the whole interval: the "
            "event happened on some day within it (uncertain, «?»). The text does not say which "
            "units took the town. " + CAL_NS_1918)
E(dict(id="event-a20-kurgan", name="Kurgan occupied", name_ru="Занятие Кургана",
       name_kk="Қорғанның алынуы", name_cs="Obsazení Kurganu",
       start="1918-05-28?/1918-06-07?", end="1918-05-28?/1918-06-07?", calendar="gregorian",
       date_text="undated (after May 27, 1918)", certainty="certain", catalogue=["A20"],
       sources=["Novikov, 2018: 98", S0, "EVENTS.md A20, H4"], note=A20_NOTE), "kurgan")
E(dict(id="event-a20-petropavlovsk", name="Petropavlovsk occupied",
       name_ru="Занятие Петропавловска", name_kk="Қызылжардың (Петропавлдың) алынуы",
       name_cs="Obsazení Petropavlovska",
       start="1918-05-28?/1918-06-07?", end="1918-05-28?/1918-06-07?", calendar="gregorian",
       date_text="undated (after May 27, 1918)", certainty="certain", catalogue=["A20"],
       sources=["Novikov, 2018: 98", S0, "EVENTS.md A20, H5"],
       note=A20_NOTE + " «Kazakh Petropavlovsk» is modern Petropavl " + OUTSIDE + "."),
  "petropavlovsk")

E(dict(id="event-a21-penza-taken", name="Penza taken", name_ru="Взятие Пензы",
       name_kk="Пензаның алынуы", name_cs="Dobytí Penzy",
       start="1918-05-28", end="1918-05-29", calendar="gregorian",
       date_text="undated («Penza was also taken»)", certainty="certain", catalogue=["A21"],
       sources=["Novikov, 2018: 98", S0, "EVENTS.md A21, H1",
                OUTSIDE + " general historical knowledge: the fighting at Penza was on 28–29 May "
                "1918"],
       note=("«Penza was also taken [Novikov, 2018: 98]» (A21). The text gives no date; 28–29 May "
             "1918 is " + OUTSIDE + ". The Penza group is legion-penza-group.")), "penza")

A22_NOTE = (G17 + " Reading 1: «(May 29)» dates all four entries. Reading 2: it dates Kansk only, "
            "and the other three are undated in the text. ")
E(dict(id="event-a22-novonikolaevsk", name="Czechoslovak units enter Novonikolaevsk",
       name_ru="Вступление чехословаков в Новониколаевск",
       name_kk="Чехословактардың Новониколаевскіге кіруі",
       name_cs="Vstup čs. jednotek do Novonikolajevsku",
       start="1918-05-26/1918-05-29", end="1918-05-26/1918-05-29", calendar="gregorian",
       date_text="(May 29)", certainty="certain", catalogue=["A22"],
       sources=[S0, "EVENTS.md A22, G17, H7 (" + NOCITE + ")",
                OUTSIDE + " general historical knowledge: Novonikolaevsk was taken on 26 May 1918"],
       note=(A22_NOTE + "Here both readings are kept: the interval runs from " + OUTSIDE + " 26 May "
             "1918, when the town was taken (reading 2), to the text's May 29 (reading 1). "
             "Novonikolaevsk is modern Novosibirsk " + OUTSIDE + ". " + CAL_NS_1918)),
  "novonikolaevsk")
E(dict(id="event-a22-mariinsk", name="Czechoslovak units enter Mariinsk",
       name_ru="Вступление чехословаков в Мариинск", name_kk="Чехословактардың Мариинскіге кіруі",
       name_cs="Vstup čs. jednotek do Mariinsku",
       start="1918-05-25?/1918-05-29?", end="1918-05-25?/1918-05-29?", calendar="gregorian",
       date_text="(May 29)", certainty="certain", catalogue=["A22"],
       sources=[S0, "EVENTS.md A22, G17, H8 (" + NOCITE + ")"],
       note=(A22_NOTE + "Here both readings are kept: the interval runs from 25 May 1918 (the "
             "earliest day of the uprising east of the Urals, " + OUTSIDE + ", for reading 2) to "
             "the text's May 29 (reading 1); uncertain. " + CAL_NS_1918)), "mariinsk")
E(dict(id="event-a22-nizhneudinsk", name="Czechoslovak units enter Nizhneudinsk",
       name_ru="Вступление чехословаков в Нижнеудинск",
       name_kk="Чехословактардың Нижнеудинскіге кіруі",
       name_cs="Vstup čs. jednotek do Nižněudinsku",
       start="1918-05-25?/1918-05-29?", end="1918-05-25?/1918-05-29?", calendar="gregorian",
       date_text="(May 29)", certainty="certain", catalogue=["A22"],
       sources=[S0, "EVENTS.md A22, G17, H11 (" + NOCITE + ")"],
       note=(A22_NOTE + "Here both readings are kept: the interval runs from 25 May 1918 (the "
             "earliest day of the uprising east of the Urals, " + OUTSIDE + ", for reading 2) to "
             "the text's May 29 (reading 1); uncertain. " + CAL_NS_1918)), "nizhneudinsk")
E(dict(id="event-a22-kansk", name="Czechoslovak units enter Kansk",
       name_ru="Вступление чехословаков в Канск", name_kk="Чехословактардың Канскіге кіруі",
       name_cs="Vstup čs. jednotek do Kansku",
       start="1918-05-29", end="1918-05-29", calendar="gregorian", date_text="(May 29)",
       certainty="certain", catalogue=["A22"],
       sources=[S0, "EVENTS.md A22, G17, H10 (" + NOCITE + ")"],
       note=(A22_NOTE + "Kansk is the entry the bracket directly follows, so May 29 holds here in "
             "both readings. " + CAL_NS_1918)), "kansk")

E(dict(id="event-a23-tomsk", name="Czechoslovaks enter Tomsk", name_ru="Вступление чехословаков в Томск",
       name_kk="Чехословактардың Томскіге кіруі", name_cs="Vstup Čechoslováků do Tomsku",
       start="1918-06-01/1918-06-10", end="1918-06-01/1918-06-10", calendar="gregorian",
       date_text="In early June 1918", certainty="certain", catalogue=["A23"],
       sources=[S0, "EVENTS.md A23, H7a (" + NOCITE + ")"],
       note=("«In early June 1918, the Czechoslovaks entered Tomsk» (A23). «Early June» is stored "
             "as 1–10 June 1918 (no day is made up). Point at Tomsk (st-tomsk), which lies on the "
             "branch from Taiga junction, not on rail-transsib " + OUTSIDE + ". "
             + CAL_NS_1918)), "tomsk")

E(dict(id="event-a24-near-samara", name="Battle near Samara; Volga crossing secured",
       name_ru="Бой под Самарой; переправа через Волгу",
       name_kk="Самара маңындағы шайқас; Еділден өткел алынды",
       name_cs="Boj u Samary; přechod přes Volhu",
       start="1918-06-04", end="1918-06-05", calendar="gregorian", date_text="On June 4-5",
       certainty="approximate", catalogue=["A24"],
       sources=[S0, "EVENTS.md A24, H2 (" + NOCITE + ")"],
       note=("«On June 4-5, near Samara, Czechoslovak units defeated the Bolshevik Red Army and "
             "secured a crossing over the Volga» (A24). The text says «near Samara»; the point is "
             "Samara itself (st-samara), certainty approximate. The year is not repeated; the "
             "context is 1918. " + CAL_NS_1918)), "samara")

E(dict(id="event-a26-komuch-samara", affiliation="white",
       name="Komuch founded in liberated Samara", name_ru="Образование Комуча в Самаре",
       name_kk="Самарада Комучтың құрылуы", name_cs="Vznik Komuče v Samaře",
       start="1918-06-08", end="1918-06-08", calendar="gregorian", date_text="on June 8, 1918",
       certainty="certain", catalogue=["A26", "D42"],
       sources=["GA RF. F.P-200. Op.1. D.684. LL. 20-21", S0, "EVENTS.md A26, H2"],
       note=("«In liberated Samara, on June 8, 1918, the first anti – Bolshevik government – the "
             "Committee of Members of the Constituent Assembly (KOMUCH or the Samara Committee) – "
             "was established. The conditions for this had been created by the Czechoslovaks» "
             "(A26; the citation belongs to the following sentence on the declaration about Alash "
             "Orda). Affiliation «white» (Komuch); the Czechoslovak side is the Penza group's "
             "arrival at Samara (legion-penza-group). The same founding is D42 of the political "
             "catalogue. " + CAL_NS_1918)), "samara")

E(dict(id="event-a27-psg-omsk", affiliation="white",
       name="Provisional Siberian Government formed in Omsk",
       name_ru="Образование Временного Сибирского правительства в Омске",
       name_kk="Омбыда Уақытша Сібір үкіметінің құрылуы",
       name_cs="Vznik Prozatímní sibiřské vlády v Omsku",
       start="June 17 (30), 1918", end="June 17 (30), 1918", date_text="June 17 (30), 1918",
       certainty="certain", catalogue=["A27", "D44"],
       sources=[S0, "EVENTS.md A27, H6 (" + NOCITE + ")"],
       note=("«On June 17 (30), 1918, the Provisional Siberian Government was formed in Omsk. This "
             "marked the beginning of the formation of regional anti – Bolshevik governments "
             "across Russia» (A27). A dual date, Old Style (New Style) as the text writes it: "
             "30 June 1918 NS. Affiliation «white». The same event is D44 of the political "
             "catalogue.")), "omsk")

# --- Czechoslovakia, 1918 ---------------------------------------------------------------------
G15 = ("S0 dates the founding of Czechoslovakia several ways (EVENTS.md G15): «formed in October "
       "1918», «proclaimed in November 1918», 28 October, the Provisional Government of 14 October "
       "and the «Czechoslovak National Council» of 13 July 1918, which " + OUTSIDE + " is the "
       "Národní výbor in Prague, not the Paris council of 1916.")
E(dict(id="event-a28-prague-national-council", name="Czechoslovak National Council (Prague)",
       name_ru="Чехословацкий национальный комитет в Праге",
       name_kk="Прагадағы Чехословак ұлттық комитеті", name_cs="Národní výbor československý",
       start="1918-07-13", end="1918-07-13", calendar="gregorian", date_text="on 13 July 1918",
       certainty="approximate", catalogue=["A28", "D47"],
       sources=[S0, "EVENTS.md A28, D47 (" + NOCITE + ")",
                OUTSIDE + " place: the Národní výbor was reconstituted in Prague on 13 July 1918"],
       note=("«The movement for the separation of Czech and Slovak lands from Austria-Hungary, "
             "institutionalized on 13 July 1918 as the Czechoslovak National Council, was led by "
             "Tomas G. Masaryk» (A28). The text names no place; Prague is " + OUTSIDE + ". " + G15)),
  PRAGUE)
E(dict(id="event-a29-provisional-government", name="Czechoslovak Provisional Government formed",
       name_ru="Образование Временного чехословацкого правительства",
       name_kk="Чехословакияның уақытша үкіметінің құрылуы",
       name_cs="Vznik prozatímní československé vlády",
       start="1918-10-14", end="1918-10-14", calendar="gregorian", date_text="On 14 October 1918",
       certainty="approximate", catalogue=["A29", "D47"],
       sources=[S0, "EVENTS.md A29, D47 (" + NOCITE + ")",
                OUTSIDE + " place: the Provisional Government was announced in Paris"],
       note=("«On 14 October 1918, the Czechoslovak Provisional Government was formed» (A29). The "
             "text names no place; Paris is " + OUTSIDE + ". " + G15)), PARIS)
E(dict(id="event-a30-independence-prague", name="Independent Czechoslovak state proclaimed",
       name_ru="Провозглашение независимого Чехословацкого государства",
       name_kk="Тәуелсіз Чехословак мемлекетінің жариялануы",
       name_cs="Vyhlášení samostatného československého státu",
       start="1918-10-28", end="1918-10-28", calendar="gregorian",
       date_text="On 28 October 1918", certainty="approximate", catalogue=["A30", "D47"],
       sources=["Saryarqa, 1918. №59: 2-3", S0,
                "EVENTS.md A30, D47 (the Saryarqa citation is attached to the Introduction's "
                "«Czechoslovakia founded October 1918»)",
                OUTSIDE + " place: independence was proclaimed in Prague"],
       note=("«On 28 October 1918, the CSNS proclaimed the establishment of an independent "
             "Czechoslovak state» (A30); «The proclamation of Czechoslovak independence on "
             "October 28 increased the desire of the military corps to return home». The text "
             "names no place; Prague is " + OUTSIDE + ". " + G15)), PRAGUE)
E(dict(id="event-a31-slovak-declaration", name="Declaration of the Slovak National Committee",
       name_ru="Декларация Словацкого национального совета",
       name_kk="Словак ұлттық комитетінің декларациясы",
       name_cs="Deklarace Slovenské národní rady (Martinská deklarace)",
       start="1918-10-30", end="1918-10-30", calendar="gregorian",
       date_text="In October 1918 ... on 30 October", certainty="approximate",
       catalogue=["A31", "D47"],
       sources=[S0, "EVENTS.md A31, D47 (" + NOCITE + ")",
                OUTSIDE + " place: the declaration was adopted at Turčiansky Svätý Martin "
                "(modern Martin, Slovakia)"],
       note=("«In October 1918, a Slovak National Committee was established in Slovakia, which on "
             "30 October issued a declaration demanding the creation of a unified state of Czechs "
             "and Slovaks» (A31). The text says only «in Slovakia»; Turčiansky Svätý Martin is "
             + OUTSIDE + " (the Martin Declaration); coordinates as the place another helper "
             "adds. The founding of the committee («In October 1918», no day) is folded into this "
             "event.")), MARTIN)
E(dict(id="event-a32-provisional-constitution", name="Provisional constitution; Masaryk President",
       name_ru="Временная конституция; Масарик — президент",
       name_kk="Уақытша конституция; Масарик – президент",
       name_cs="Prozatímní ústava; Masaryk prezidentem",
       start="1918-11-13", end="1918-11-13", calendar="gregorian", date_text="On 13 November",
       certainty="approximate", catalogue=["A32", "D47"],
       sources=[S0, "EVENTS.md A32, D47 (" + NOCITE + ")", OUTSIDE + " place: Prague"],
       note=("«On 13 November, the National Council adopted a provisional constitution of the "
             "Czechoslovak Republic, with T. Masaryk becoming its President and K. Kramar "
             "appointed as the head of the first government» (A32). Year from context (1918). The "
             "text names no place; Prague is " + OUTSIDE + ". " + G15)), PRAGUE)
E(dict(id="event-a33-national-assembly", name="Revolutionary National Assembly created",
       name_ru="Образование Революционного национального собрания",
       name_kk="Революциялық ұлттық жиналыстың құрылуы",
       name_cs="Vznik Revolučního národního shromáždění",
       start="1918-11-14", end="1918-11-14", calendar="gregorian", date_text="on 14 November",
       certainty="approximate", catalogue=["A33", "D47"],
       sources=[S0, "EVENTS.md A33, D47 (" + NOCITE + ")", OUTSIDE + " place: Prague"],
       note=("«on 14 November, by expanding the National Council with deputies from the Reichsrat "
             "representing the Czech lands, the Revolutionary National Assembly was created» "
             "(A33). Year from context (1918). The text names no place; Prague is " + OUTSIDE
             + ". " + G15)), PRAGUE)

E(dict(id="event-a34-stefanik-inspection", name="Stefanik's inspection; order to leave the front",
       name_ru="Инспекция Штефаника; приказ оставить фронт",
       name_kk="Штефаниктің инспекциясы; майданнан кету туралы бұйрық",
       name_cs="Štefánikova inspekce; rozkaz opustit frontu",
       start="1918-11", end="1918-12", calendar="gregorian",
       date_text="in November – December 1918", certainty="conjectural", catalogue=["A34"],
       personnel=72644, officers=3004, soldiers_and_ensigns=53455,
       sources=[S0, "EVENTS.md A34, G14 (" + NOCITE + ")",
                OUTSIDE + " general historical knowledge: Štefánik travelled along the railway "
                "from Vladivostok to Omsk and the Ural front (Yekaterinburg, Chelyabinsk) in "
                "November–December 1918"],
       note=("«During an inspection in November – December 1918, the Minister of War of the "
             "Czechoslovak Republic, M. Stefanik, issued an order instructing all units of the "
             "Czechoslovak Corps to leave the front and transfer positions to Russian White Army "
             "troops. At that time, the total strength of the Czechoslovak Corps reached 72,644 "
             "personnel (3,004 officers and 53,455 soldiers and ensigns ...)» (A34). The text "
             "names no place; the inspection covered the Siberian front " + OUTSIDE + ". It is "
             "drawn at Omsk, the seat of the government the Corps served and a station on the "
             "drawn line that Štefánik visited " + OUTSIDE + "; Yekaterinburg, where he addressed "
             "the troops, is off the drawn railway. Certainty conjectural. The figures are the "
             "Corps total as the text gives it, kept as personnel/officers/soldiers_and_ensigns, "
             "not as a strength. " + G14 + " The order is presented as the basis for sending "
             "Marsek to Vladivostok (A40).")), "omsk")

# --- 1919-1920 --------------------------------------------------------------------------------
E(dict(id="event-a40-marsek-consulate", name="Marsek received at the Czechoslovak consulate",
       name_ru="Марсек в чехословацком консульстве во Владивостоке",
       name_kk="Марсек Владивостоктағы Чехословак консулдығында",
       name_cs="Marsek na československém konzulátu ve Vladivostoku",
       start="1919-01-01/1919-01-10", end="1919-01-01/1919-01-10", calendar="gregorian",
       date_text="in early January 1919", certainty="approximate", catalogue=["A40"],
       participants="R. Marsek (Alash Orda envoy); the Czechoslovak consul",
       purpose="transfer of the departing Corps' weapons and ammunition to Alash Orda",
       sources=["SA KNB RK. F.9. Op.1. D.305. L.193", S0, "EVENTS.md A40, C13, G23"],
       note=("«by the time Raimzhan Marsek visited the Czechoslovak Consulate in Vladivostok in "
             "early January 1919» (A40); Marsek saw the Czechoslovak consul «first and foremost», "
             "before the US and Japanese representatives (C13). «Early January» is stored as 1–10 "
             "January 1919 (no day is made up); the appeal to the Japanese consulate is dated "
             "January 17, 1919. Elsewhere S0 says «at the beginning of 1919», and the Conclusion "
             "speaks of the mission «in 1918-1919» (EVENTS.md G23). The consulate's address is not "
             "known; the point is Vladivostok (st-vladivostok). Marsek's journey is drawn by the "
             "missions file. No weapons were ever transferred (A39).")), "vladivostok")

E(dict(id="event-a35-operational-sector", name="Order declaring the operational sector Novo-Nikolayevsk – Irkutsk",
       name_ru="Приказ об операционном участке Ново-Николаевск – Иркутск",
       name_kk="Ново-Николаевск – Иркутск операциялық учаскесі туралы бұйрық",
       name_cs="Rozkaz o operačním úseku Novonikolajevsk – Irkutsk",
       start="1919-01-27", end="1919-01-27", calendar="gregorian",
       date_text="On January 27, 1919", certainty="conjectural", catalogue=["A35", "D50"],
       de_facto_administrator="French General Maurice Janin",
       sources=["Saryarqa, 1918, №61: 2", S0, "EVENTS.md A35, D50 (citation anachronistic, G13)"],
       note=("«On January 27, 1919, the commander of the Czechoslovak Corps in Russia issued an "
             "order declaring the section of the Trans-Siberian Railway between Novo-Nikolayevsk "
             "and Irkutsk an operational sector of the Czechoslovak Corps» (A35). The text does "
             "not say where the order was issued; the point marks the western end of the sector "
             "at Novonikolaevsk, so certainty is conjectural. The sector itself is the region "
             "legion-sector-1919 (and its later stages). " + G13 + " " + CAL_NS_1918)),
  "novonikolaevsk")

E(dict(id="event-a36-first-ships", name="First ships with legionnaires leave Vladivostok",
       name_ru="Первые корабли с легионерами уходят из Владивостока",
       name_kk="Легионерлері бар алғашқы кемелер Владивостоктан шығады",
       name_cs="První lodě s legionáři opouštějí Vladivostok",
       start="1919-12", end="1919-12", calendar="gregorian", date_text="By December 1919",
       certainty="certain", catalogue=["A36", "D53"], ships=42, people=72644, officers=3004,
       soldiers_and_ensigns=53455,
       sources=[S0, "EVENTS.md A36, D53, G14 (" + NOCITE + ")",
                OUTSIDE + " Vojenský historický ústav Praha, «Čs. legionáři ve Vladivostoku před "
                "evakuací do vlasti» (vhu.cz): the first combat unit, part of the 1st Rifle "
                "Regiment, sailed on 9 December 1919 on the Japanese ship Jonan Maru"],
       note=("«By December 1919, the first ships carrying Czechoslovak legionnaires began "
             "departing from Vladivostok. On 42 ships, 72,644 people were transported to Europe "
             "(3,004 officers and 53,455 soldiers and ensigns of the Czechoslovak Army)» (A36). "
             "Month precision as in the text («By December» could include earlier sailings; "
             + OUTSIDE + " sick and invalid legionaries sailed from January 1919 and the first "
             "combat unit on 9 December 1919). ships/people/officers/soldiers_and_ensigns are "
             "the totals of the whole evacuation as the text gives them. " + G14
             + " The last transport is event-legion-last-transport.")), "vladivostok")

E(dict(id="event-a37-kuytun-armistice", name="Armistice of Kuytun",
       name_ru="Куйтунское перемирие", name_kk="Куйтун бітімі", name_cs="Příměří v Kujtunu",
       start="1920-02-07", end="1920-02-07", calendar="gregorian",
       date_text="On February 7, 1920", certainty="certain",
       catalogue=["A37", "C19", "D53"],
       participants="commands of the Red Army and of the Czechoslovak Army in Russia",
       outcome=("retreat to the Far East and evacuation guaranteed; prisoners exchanged; coal "
                "loaded into locomotives; lists of Russian and Czechoslovak train escorts agreed"),
       sources=[S0, "EVENTS.md A37, C19, D53, H12 (" + NOCITE + ")"],
       note=("«On February 7, 1920, at the Kuytun station in the Irkutsk region, an armistice "
             "agreement was signed between the commands of the Bolshevik Red Army and the "
             "Czechoslovak Army in Russia, guaranteeing the Czechoslovak legionnaires a retreat "
             "to the Far East and their evacuation. According to this agreement, prisoners were "
             "exchanged, coal was loaded into locomotives, and lists of Russian and Czechoslovak "
             "representatives for accompanying trains were drawn up and approved» (A37). Point at "
             "st-kuytun (" + OUTSIDE + " between Tulun and Zima). From this day the sector is "
             "drawn as Kuytun – Irkutsk (legion-sector-1920-02).")), "kuytun")

E(dict(id="event-a38-irkutsk-left", name="Last Czech trains leave Irkutsk",
       name_ru="Последние чешские эшелоны покидают Иркутск",
       name_kk="Соңғы чех эшелондары Иркутскіден кетеді",
       name_cs="Poslední čs. vlaky opouštějí Irkutsk",
       start="1920-03-01", end="1920-03-02", calendar="gregorian",
       date_text="On the night of March 1–2, 1920", certainty="certain",
       catalogue=["A38", "D53"],
       sources=[S0, "EVENTS.md A38, D53, H13 (" + NOCITE + ")"],
       note=("«On the night of March 1–2, 1920, the last Czech trains left Irkutsk, and regular "
             "units of the Red Army entered the city» (A38). The night is stored as 1–2 March "
             "1920. The sector ends with it (legion-sector-1920-02).")), "irkutsk")

E(dict(id="event-legion-last-transport", name="Last transport of legionaries leaves Vladivostok",
       name_ru="Последний транспорт с легионерами уходит из Владивостока",
       name_kk="Легионерлердің соңғы транспорты Владивостоктан кетеді",
       name_cs="Poslední transport legionářů opouští Vladivostok",
       start="1920-09-02", end="1920-09-02", calendar="gregorian",
       date_text="[outside the sources] 2 September 1920", certainty="certain",
       catalogue=["A36"], ship="Heffron",
       sources=[OUTSIDE + " Vojenský historický ústav Praha, «Čs. legionáři ve Vladivostoku před "
                "evakuací do vlasti» (vhu.cz): the last legionaries left Vladivostok on 2 "
                "September 1920 on the American steamer Heffron",
                OUTSIDE + " «The return of legions», 90 let armády (90letarmady.imatic.cz): «The "
                "last transport left Vladivostok on September 2nd, 1920»",
                "EVENTS.md A36 (the texts give only the first ships and the total of 42)"],
       note=("Not in the five texts: S0 gives only the first ships («By December 1919») and the "
             "total of 42 ships (A36). The date and the ship come from the Czech Military History "
             "Institute (VHU Praha), which also counts 34 transports and about 67,630 persons, "
             "56,459 of them soldiers (EVENTS.md G14); mapped so that the evacuation by sea has "
             "an end on the map.")), "vladivostok")

# ---------------------------------------------------------------------------------------------
ids = [f["id"] for f in features]
assert len(ids) == len(set(ids)), "duplicate ids"
for f in features:
    g = f["geometry"]
    pts = ([g["coordinates"]] if g["type"] == "Point" else
           g["coordinates"] if g["type"] == "LineString" else g["coordinates"][0])
    for lon, lat in pts:
        assert -12 <= lon <= 165 and 20 <= lat <= 75, (f["id"], lon, lat)

with open(OUT, "w", encoding="utf-8") as f:
    json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False, indent=2)
    f.write("\n")
kinds = {}
for f in features:
    kinds[f["properties"]["kind"]] = kinds.get(f["properties"]["kind"], 0) + 1
print("wrote", os.path.relpath(OUT, ROOT), len(features), "features", kinds)
