#!/usr/bin/env python3
"""Generate geodata/alash_army.geojson: the Alash army (EVENTS.md group B).

Standard library only. Run from the repository root:

    python3 tools/geodata/alash_army.py

The file replaces geodata/alash_units.geojson. The five features of that file
(B3-B6 militia levies and the B9 cavalry detachment) are kept here with the same
ids, coordinates, strengths and dates; they gain a `catalogue` list and notes.
"""
import json
import os
import sys

S0 = "Otan tarihy 2025, 28(4)"
S1 = ("S1: article on the 1917 All-Russian Constituent Assembly elections and the "
      "Kazakh (Alash) deputies (sources/001_70fb7438e1d78cfd.txt)")

# Coordinates. Towns reuse geodata/places.geojson and stations.geojson; the rest are
# general geographic knowledge [outside the sources].
ALASH_QALA = (80.20, 50.38)      # left-bank suburb of Semipalatinsk; the existing units sit here
SEMIPALATINSK = (80.23, 50.41)   # place-semipalatinsk
KOSTANAY = (63.63, 53.21)        # place-kostanay
ORSK = (58.57, 51.20)            # place-orsk
URALSK = (51.37, 51.23)          # place-uralsk
TROITSK = (61.56, 54.10)         # place-troitsk
ORENBURG = (55.10, 51.77)        # place-orenburg
OMSK = (73.33, 54.94)            # st-omsk
VLADIVOSTOK = (131.88, 43.11)    # st-vladivostok
SAMARA = (50.12, 53.19)          # st-samara
CHELYABINSK = (61.41, 55.14)     # st-chelyabinsk
CHUGUCHAK = (82.98, 46.75)       # [outside the sources] modern Tacheng, Xinjiang
KOPAL = (79.07, 45.11)           # [outside the sources] modern Kapal, Zhetisu Region
ST_PETERSBURG = (30.32, 59.94)   # [outside the sources] St Petersburg / Petrograd


def off(base, dlon, dlat):
    """A small symbol offset (at most 0.15 degree) so units at one town do not overlap."""
    assert abs(dlon) <= 0.15 and abs(dlat) <= 0.15
    return (base[0] + dlon, base[1] + dlat)


G21 = ("The Alash troop and mobilisation figures of S0 must not be summed with one another "
       "(EVENTS.md G21: 810 militia in Dec 1917; 750 + 540 + 2,000 to Kolchak's government; "
       "2,000 at Uralsk and ~8 regiments in Saryarqa, Dec 1918; 1,200 unarmed volunteers at "
       "Semipalatinsk; 40,000 per Dolbezhev; 150,000-200,000 in the appeal to Japan).")
G11 = ("Citation conflict (EVENTS.md G11): the «two weeks later» Saryarqa figures are cited "
       "[Saryarqa, 1918, №63: 1] in S0 version 1 (kept in sources) and [Saryarqa, 1918, №61: 1] in "
       "version 2. №61 (12.12.1918) is the first report and «two weeks later» fits №63 "
       "(25.12.1918), so version 2 is probably wrong.")
G19 = ("Which regiment was «first» is unclear in S0 (EVENTS.md G19): the 500-man detachment that "
       "reached the city of Alash on June 18, 1918 is called «the parade of the first cavalry "
       "regiment in the city of Alash», while Saryarqa says «the first Alash regiment» was formed "
       "in Kostanay under Dashkin in the summer of 1918; the «1st and 2nd Cavalry Regiments» later "
       "merged into the Kazakh Cavalry Brigade under Tokhtamys, although the 2nd was formed at "
       "Orsk under Dutov.")
DEC1918 = ("Two weeks after the report on the 1st and 2nd regiments, «the same Saryarqa reported more "
           "precise figures: 2,000 fighters in Uralsk; two cavalry regiments in Turgay (Zhamankala – "
           "Orsk and Kostanay); two regiments in the city of Alash; and two regiments in Semirechye – "
           "making a total of nearly eight Alash regiments by the end of 1918» (S0 version 1).")
DEC_START = ("start «1918-12» is the month of the Saryarqa report (№63 of 25.12.1918 in version 1, "
             "№61 of 12.12.1918 in version 2; month precision covers both): the force existed by "
             "then; when it was formed is not stated. No end in the sources.")
KOLCHAK = ("Bukeikhan «during negotiations with Admiral Kolchak's Provisional All-Russian "
           "Government»: «Our militia is an army. It already exists in fact: 750 of our dzhigits are "
           "at the front in Semirechye, 540 near Troitsk, and 2,000 in the Ural region. When you read "
           "reports of successes on the Semirechye front, know that these successes have been "
           "achieved thanks to our detachments» (S0 version 1). The statement is undated; "
           "[outside the sources] Kolchak took power in Omsk on 18 November 1918, so start "
           "«1918-11-18/..» means «on or after 18 November 1918»: the detachments existed by the "
           "statement, when they were formed is not stated. No end in the sources.")
SEMIRECHYE_POINT = ("The text names only Semirechye (Zhetysu, the Semirechye oblast); the point is a "
                    "representative one at Kopal (modern Kapal, Zhetisu Region), an uezd town of the "
                    "oblast [outside the sources: general geographic knowledge], so certainty is "
                    "conjectural. Kopal is not named in the texts.")
CAL_NS_1918 = ("The text does not state the calendar; the date is stored as written and read as New "
               "Style, Russia's official calendar from 1 (14) February 1918 [outside the sources].")

features = []


def feat(fid, kind, coords, props, geom="Point"):
    p = {"id": fid, "kind": kind}
    p.update(props)
    assert p.get("sources"), fid
    if geom == "Point":
        g = {"type": "Point", "coordinates": [round(coords[0], 2), round(coords[1], 2)]}
    else:
        g = {"type": geom, "coordinates": [[round(x, 2), round(y, 2)] for x, y in coords]}
    features.append({"type": "Feature", "id": fid, "properties": p, "geometry": g})


# ---------------------------------------------------------------------------------------------
# Units kept from alash_units.geojson (ids, coordinates, strengths and dates unchanged)
# ---------------------------------------------------------------------------------------------
MILITIA = [
    ("karkaraly", "B3", (75.47, 49.41), 150, "Karkaraly", "Қарқаралы атты милициясы",
     "Каркаралинская конная милиция", "Karkaralinská jízdní milice", "certain", ""),
    ("bayanaul", "B4", (75.70, 50.79), 100, "Bayanaul", "Баянауыл атты милициясы",
     "Баянаульская конная милиция", "Bajanaulská jízdní milice", "certain", ""),
    ("zaisan", "B5", (84.87, 47.47), 400, "Zaisan", "Зайсан атты милициясы",
     "Зайсанская конная милиция", "Zajsanská jízdní milice", "certain", ""),
    ("alash", "B6", ALASH_QALA, 160, "the city of Alash", "Алаш қаласының атты милициясы",
     "Конная милиция города Алаш", "Jízdní milice města Alaš", "approximate",
     " Placed at Alash-qala, the left-bank part of Semipalatinsk opposite the city [outside the "
     "sources]; the point is approximate. It shares its point with the June 1918 cavalry "
     "detachment (B9), whose coordinates render tests use; the other Alash units are offset."),
]
for key, cat, xy, men, town, kk, ru, cs, cert, extra in MILITIA:
    name = ("City of Alash mounted militia" if key == "alash" else f"{town} mounted militia")
    feat(f"unit-alash-militia-{key}", "unit", xy, {
        "affiliation": "alash",
        "name": name,
        "name_kk": kk,
        "name_ru": ru,
        "name_cs": cs,
        "strength": men,
        "start": "1917-12-05",
        "calendar": "julian",
        "date_text": "By early December 1917",
        "certainty": cert,
        "catalogue": [cat],
        "sources": ["Saryarqa, 1917, №23: 4", S0, f"EVENTS.md {cat}"],
        "note": (f"«By early December 1917» {men} jigits had been conscripted in {town} into the "
                 "people's «cavalry militia» (S0 version 1; version 2: «mounted militia»). The start "
                 "date is the date of the report, Saryarqa №23 of 5 December 1917 (Old Style, the "
                 "text's calendar; = 18 December 1917 NS): the detachment existed by then; when it "
                 "was formed is not stated. No commander named. The four levies of B3–B6 total 810 "
                 "[calc]; not to be summed with the other Alash figures (EVENTS.md G21). No end in "
                 "the sources." + extra),
    })

feat("unit-alash-cavalry-1918-06", "unit", ALASH_QALA, {
    "affiliation": "alash",
    "name": "Kazakh cavalry detachment at the city of Alash",
    "name_kk": "Алаш қаласындағы қазақ атты әскер жасағы",
    "name_ru": "Казахский кавалерийский отряд в городе Алаш",
    "name_cs": "Kazašský jezdecký oddíl ve městě Alaš",
    "strength": 500,
    "start": "1918-06-18",
    "date_text": "On June 18, 1918",
    "certainty": "approximate",
    "catalogue": ["B9", "D45"],
    "arrived_with": "A.N. Bukeikhan, Chairman of the Alash Orda Council",
    "sources": ["Svobodnaya rech, 1918. №164", S0, "EVENTS.md B9, D45, G19, G20"],
    "note": ("«On June 18, 1918, a newly formed detachment of Kazakh cavalry, numbering 500 men with "
             "officer-instructors, arrived in the city of Alash (the temporary capital of the Alash "
             "Republic)», trained and armed; it arrived together with the Chairman of the Alash Orda "
             "Council, A.N. Bukeikhan. The text names no commander. Later called «the parade of the "
             "first cavalry regiment in the city of Alash». " + G19 + " The citation is [Svobodnaya "
             "rech, 1918. №164] in S0 version 1 (kept) and [Svobodnaya rech', 1918, №164: 2] in "
             "version 2; the issue is dated 21.06.1918. The text does not say which calendar «June "
             "18» uses (EVENTS.md G20); it is stored as given (if Old Style it would be 1 July 1918 "
             "NS). Point placed at Alash-qala, the left bank of the Irtysh opposite Semipalatinsk "
             "[outside the sources], the same point as the city of Alash militia (B6). Not to be "
             "summed with the other Alash figures (G21). No end date in the sources."),
})

# ---------------------------------------------------------------------------------------------
# Regiments of summer 1918 and the December 1918 Saryarqa figures
# ---------------------------------------------------------------------------------------------
MERGE_END = "1919-01-01/1919-01-10"
MERGE_NOTE = ("end «1919-01-01/1919-01-10» = «early January 1919»: by then «the 1st and 2nd Cavalry "
              "Regiments [had been] merged into a distinct Kazakh Cavalry Brigade under the command of "
              "Captain Kh. Tokhtamys» (B29, [RGVA. F.39711. Op.1. D.2. L.75]); the merger date itself is "
              "not given (it may be earlier), but the December 1918 Saryarqa report still lists two "
              "regiments in Turgay. From then on the regiment is shown inside the brigade "
              "(unit-alash-cavalry-brigade): merged_into names it, and the map draws the regiment "
              "moving into the brigade at its end.")
BRIGADE = "unit-alash-cavalry-brigade"

feat("unit-alash-regiment-1-kostanay", "unit", KOSTANAY, {
    "affiliation": "alash",
    "name": "1st Alash Regiment (Kostanay)",
    "name_kk": "1-ші Алаш полкі (Қостанай)",
    "name_ru": "1-й Алашский полк (Кустанай)",
    "name_cs": "1. pluk Alaš (Kustanaj)",
    "commander": "Bashkir Major General Zulkarnain Dashkin",
    "start": "1918-22",
    "end": MERGE_END,
    "merged_into": BRIGADE,
    "date_text": "in the summer of 1918",
    "certainty": "certain",
    "catalogue": ["B11", "B14"],
    "sources": ["Saryarqa, 1918, №61: 2-3", "Saryarqa, 1918, №63: 1", "RGVA. F.39711. Op.1. D.2. L.75",
                S0, "EVENTS.md B11, B14, B29, G11, G19"],
    "note": ("«According to the newspaper Saryarqa, in the summer of 1918 the first «Alash regiment» "
             "was formed in Kostanay under the command of Bashkir Major General Zulkarnain Dashkin» "
             "[Saryarqa, 1918, №61: 2-3] (№61 = 12.12.1918). No strength given. It is one of the «two "
             "cavalry regiments in Turgay (Zhamankala – Orsk and Kostanay)» of the later Saryarqa "
             "report (B14, catalogued here and on the 2nd regiment). " + G11 + " " + G19 + " "
             + MERGE_NOTE + " Kustanay is the name at the time (place-kostanay). " + G21),
})

feat("unit-alash-regiment-2-orsk", "unit", ORSK, {
    "affiliation": "alash",
    "name": "2nd Alash Regiment (Zhamankala/Orsk)",
    "name_kk": "2-ші Алаш полкі (Жаманқала)",
    "name_ru": "2-й Алашский полк (Орск)",
    "name_cs": "2. pluk Alaš (Orsk)",
    "commander": "Ataman of the Orenburg Cossack Host, Major General Alexander I. Dutov",
    "start": "1918-22",
    "end": MERGE_END,
    "merged_into": BRIGADE,
    "date_text": "in the summer of 1918",
    "certainty": "certain",
    "catalogue": ["B12", "B14"],
    "sources": ["Saryarqa, 1918, №61: 2-3", "Saryarqa, 1918, №63: 1", "RGVA. F.39711. Op.1. D.2. L.75",
                S0, "EVENTS.md B12, B14, B29, G11, G19"],
    "note": ("«In Zhamankala (Orsk) the second «Alash regiment» was established under the command of "
             "the ataman of the Orenburg Cossack Host, Major General Alexander I. Dutov» (S0 version 1; "
             "version 2 spells «Aleksandr I. Dutov»), «in the summer of 1918» [Saryarqa, 1918, №61: "
             "2-3] (№61 = 12.12.1918). No strength given. It is one of the «two cavalry regiments in "
             "Turgay (Zhamankala – Orsk and Kostanay)» of the later Saryarqa report (B14). " + G11 + " "
             + G19 + " " + MERGE_NOTE + " The affiliation is Alash (an Alash regiment), although its "
             "commander led the Orenburg Cossack Host. " + G21),
})

feat("unit-alash-fighters-uralsk-1918-12", "unit", URALSK, {
    "affiliation": "alash",
    "name": "Alash fighters at Uralsk",
    "name_kk": "Оралдағы Алаш жауынгерлері",
    "name_ru": "Алашские бойцы в Уральске",
    "name_cs": "Bojovníci Alaše v Uralsku",
    "strength": 2000,
    "start": "1918-12",
    "date_text": "Two weeks later … by the end of 1918",
    "certainty": "certain",
    "catalogue": ["B13"],
    "sources": ["Saryarqa, 1918, №63: 1", S0, "EVENTS.md B13, G11, G21"],
    "note": (DEC1918 + " " + DEC_START + " " + G11 + " Bukeikhan's «2,000 men in the Ural region» "
             "(B19, unit-alash-ural-region) may be the same men: the two figures must not be added. "
             + G21),
})

feat("unit-alash-regiments-alash-1918-12", "unit", off(ALASH_QALA, -0.10, 0.0), {
    "affiliation": "alash",
    "name": "Two Alash regiments at the city of Alash",
    "name_kk": "Алаш қаласындағы екі Алаш полкі",
    "name_ru": "Два алашских полка в городе Алаш",
    "name_cs": "Dva pluky Alaše ve městě Alaš",
    "regiments": 2,
    "start": "1918-12",
    "date_text": "Two weeks later … by the end of 1918",
    "certainty": "approximate",
    "catalogue": ["B15"],
    "sources": ["Saryarqa, 1918, №63: 1", S0, "EVENTS.md B15, G11, G19, G21"],
    "note": (DEC1918 + " No strength in men is given. " + DEC_START + " " + G11 + " The June 1918 "
             "500-man detachment («the first cavalry regiment», B9) may be one of these two regiments "
             "(G19). Placed at Alash-qala [outside the sources], offset 0.10° west of the point of the "
             "B6/B9 units so the symbols do not sit on top of each other; the offset is cartographic "
             "only. " + G21),
})

feat("unit-alash-regiments-semirechye-1918-12", "unit", KOPAL, {
    "affiliation": "alash",
    "name": "Two Alash regiments in Semirechye",
    "name_kk": "Жетісудағы екі Алаш полкі",
    "name_ru": "Два алашских полка в Семиречье",
    "name_cs": "Dva pluky Alaše v Semirečí",
    "regiments": 2,
    "start": "1918-12",
    "date_text": "Two weeks later … by the end of 1918",
    "certainty": "conjectural",
    "catalogue": ["B16"],
    "sources": ["Saryarqa, 1918, №63: 1", S0, "EVENTS.md B16, G11, G21",
                "[outside the sources] general geographic knowledge: position of Kopal"],
    "note": (DEC1918 + " No strength in men is given. " + DEC_START + " " + G11 + " "
             + SEMIRECHYE_POINT + " Bukeikhan's «750 at the front in Semirechye» (B17) and the "
             "planned «second cavalry partisan regiment» for Semirechye (B26) are drawn beside it "
             "with small offsets. " + G21),
})

# ---------------------------------------------------------------------------------------------
# Bukeikhan's statement to Kolchak's government (B17-B19)
# ---------------------------------------------------------------------------------------------
KOLCHAK_START = "1918-11-18/.."
feat("unit-alash-front-semirechye", "unit", off(KOPAL, -0.10, 0.0), {
    "affiliation": "alash",
    "name": "Alash detachments at the Semirechye front",
    "name_kk": "Жетісу майданындағы Алаш жасақтары",
    "name_ru": "Алашские отряды на Семиреченском фронте",
    "name_cs": "Oddíly Alaše na semirečenské frontě",
    "strength": 750,
    "start": KOLCHAK_START,
    "date_text": "undated (during negotiations with Admiral Kolchak's Provisional All-Russian Government)",
    "certainty": "conjectural",
    "catalogue": ["B17"],
    "sources": ["Alash Orda, 1992: 142", S0, "EVENTS.md B17, C12, G21",
                "[outside the sources] general historical knowledge: Kolchak's government from 18 November 1918; position of Kopal"],
    "note": (KOLCHAK + " " + SEMIRECHYE_POINT + " The text says «at the front in Semirechye»; "
             "where that front ran is not stated. Offset 0.10° west of the Kopal point, where the two "
             "Semirechye regiments of B16 are drawn. " + G21),
})

feat("unit-alash-troitsk", "unit", TROITSK, {
    "affiliation": "alash",
    "name": "Alash detachment near Troitsk",
    "name_kk": "Троицк маңындағы Алаш жасағы",
    "name_ru": "Алашский отряд под Троицком",
    "name_cs": "Oddíl Alaše u Troicku",
    "strength": 540,
    "start": KOLCHAK_START,
    "date_text": "undated (during negotiations with Admiral Kolchak's Provisional All-Russian Government)",
    "certainty": "approximate",
    "catalogue": ["B18"],
    "sources": ["Alash Orda, 1992: 142", S0, "EVENTS.md B18, C12, G21",
                "[outside the sources] general historical knowledge: Kolchak's government from 18 November 1918"],
    "note": (KOLCHAK + " The text says «near Troitsk»: the point is the town (place-troitsk), so it "
             "is approximate. " + G21),
})

feat("unit-alash-ural-region", "unit", off(URALSK, 0.0, -0.10), {
    "affiliation": "alash",
    "name": "Alash detachments in the Ural region",
    "name_kk": "Орал облысындағы Алаш жасақтары",
    "name_ru": "Алашские отряды в Уральской области",
    "name_cs": "Oddíly Alaše v Uralské oblasti",
    "strength": 2000,
    "start": KOLCHAK_START,
    "date_text": "undated (during negotiations with Admiral Kolchak's Provisional All-Russian Government)",
    "certainty": "conjectural",
    "catalogue": ["B19"],
    "sources": ["Alash Orda, 1992: 142", S0, "EVENTS.md B19, C12, G21",
                "[outside the sources] general historical knowledge: Kolchak's government from 18 November 1918"],
    "note": (KOLCHAK + " The text says «in the Ural region» (the Ural oblast) without a town; the "
             "point is a representative one at Uralsk, the oblast seat, offset 0.10° south of the "
             "town so that it does not cover the «2,000 fighters in Uralsk» of the Saryarqa report "
             "(B13). Those may be the same men: the two 2,000 figures must not be added. " + G21),
})

# ---------------------------------------------------------------------------------------------
# Gattenberger's report: volunteers, the officer school at Alash, the partisan regiment
# ---------------------------------------------------------------------------------------------
GATTENBERGER = ("Gattenberger, head of the Ministry of Internal Affairs of the Provisional All-Russian "
                "Government, in his report to A.V. Kolchak (undated; [outside the sources] so after "
                "18 November 1918)")

feat("unit-alash-volunteers-semipalatinsk-1918", "unit", off(SEMIPALATINSK, 0.10, 0.03), {
    "affiliation": "alash",
    "name": "Kazakh volunteers at Semipalatinsk",
    "name_kk": "Семейдегі қазақ еріктілері",
    "name_ru": "Казахские добровольцы в Семипалатинске",
    "name_cs": "Kazašští dobrovolníci v Semipalatinsku",
    "strength": 1200,
    "potential_warriors_claimed": 20000,
    "armed": "no",
    "start": "1918-22",
    "end": "1918-22?",
    "fate": "disbanded",
    "date_text": "Last summer",
    "certainty": "approximate",
    "catalogue": ["B20"],
    "sources": ["GARF. F.P-1701. Op.1. D.6v. L.169", S0, "EVENTS.md B20, G5, G21",
                "[outside the sources] general historical knowledge: Kolchak's government from 18 November 1918"],
    "note": (GATTENBERGER + ": «Despite the fact that the Kyrgyz (Kazakh) people could have provided "
             "up to 20,000 warriors within two months, no proper measures were taken to form Kyrgyz "
             "units. Last summer, 1,200 Kyrgyz volunteers gathered in Semipalatinsk, but even they "
             "were not utilized: they were not given weapons, and since the regional office had no "
             "means to support them, the djigits had to be unwillingly sent back to their homes» (S0 "
             "version 1). «Last summer» is read as the summer of 1918 (EVENTS.md B20). The dismissal "
             "is undated: end «1918-22?» (summer 1918, uncertain) is the reading that they were sent "
             "home the same summer; the text only implies it was before the report. fate "
             "«disbanded»: the volunteers were not kept together but sent home (version 2: «the "
             "djigits had to be reluctantly sent back home»); the text does not use the word "
             "«disbanded». The 20,000 is a claim of what could have been raised (attribute potential_warriors_claimed), not a "
             "force. Semipalatinsk, not «the city of Alash» (S0 keeps the two apart, EVENTS.md G5): "
             "the point is 0.10° east of the city point (place-semipalatinsk), on the right bank, so "
             "it does not sit on the Alash-qala units; the offset is cartographic only. Bukeikhan's "
             "telegram of August 18, 1918 (B22) is cited as confirming the lack of arms. " + G21),
})

feat("unit-alash-school-alash", "unit", off(ALASH_QALA, 0.0, -0.10), {
    "affiliation": "alash",
    "name": "Junior officers' school at the city of Alash",
    "name_kk": "Алаш қаласындағы әскери медресе",
    "name_ru": "Школа младших офицеров в городе Алаш",
    "name_cs": "Škola nižších důstojníků ve městě Alaš",
    "strength": 27,
    "trainees": 27,
    "head": "a Kazakh officer, with Russian officers as assistants (not named)",
    "start": "1918",
    "date_text": "In 1918",
    "certainty": "approximate",
    "catalogue": ["B24", "B26", "D48"],
    "sources": ["no citation in the text (the two schools, B24)", "GARF. F.P-1701. Op.1. D.6v. L.170",
                S0, "EVENTS.md B24, B26, D48"],
    "note": ("«In 1918, two military schools (askeri medrese) were established in the cities of Alash "
             "and Uralsk for the training of Kazakh junior officers» (no citation in the text). «In "
             "the junior officers' school in Alash, directed by a Kazakh officer with Russian officers "
             "as assistants, 27 Kazakhs were in training» (strength 27 = the trainees at the time of "
             "Gattenberger's report, not necessarily since the school opened). Per " + GATTENBERGER
             + ", «they were soon to depart for the Semirechye region to form a second cavalry "
             "partisan regiment, for which 280 volunteers had already enrolled» [GARF. F.P-1701. "
             "Op.1. D.6v. L.170] (unit-alash-partisan-regiment-2-semirechye). Start «1918» keeps the "
             "text's year precision; no end in the sources. Placed at Alash-qala [outside the "
             "sources], offset 0.10° south of the B6/B9 point; the offset is cartographic only."),
})

feat("unit-alash-school-uralsk", "unit", off(URALSK, -0.10, 0.0), {
    "affiliation": "alash",
    "name": "Military school at Uralsk",
    "name_kk": "Оралдағы әскери медресе",
    "name_ru": "Военная школа в Уральске",
    "name_cs": "Vojenská škola v Uralsku",
    "start": "1918",
    "date_text": "In 1918",
    "certainty": "approximate",
    "catalogue": ["B24", "D48"],
    "sources": ["no citation in the text (the two schools, B24)", "Alash: Saryarqa, 1918: 3", S0,
                "EVENTS.md B24, B25, D48"],
    "note": ("«In 1918, two military schools (askeri medrese) were established in the cities of Alash "
             "and Uralsk for the training of Kazakh junior officers» (no citation in the text). Its "
             "first graduation of junior officer-instructors, on October 1, 1918 [Alash: Saryarqa, "
             "1918: 3], is the event event-uralsk-officers-graduation. No strength given. Start "
             "«1918» keeps the text's year precision; no end in the sources. Offset 0.10° west of "
             "the Uralsk point (place-uralsk) so that it does not cover the Uralsk fighters (B13); "
             "the offset is cartographic only."),
})

feat("unit-alash-partisan-regiment-2-semirechye", "unit", off(KOPAL, 0.0, -0.10), {
    "affiliation": "alash",
    "name": "Second cavalry partisan regiment (forming, Semirechye)",
    "name_kk": "Екінші атты партизан полкі (Жетісу)",
    "name_ru": "Второй кавалерийский партизанский полк (Семиречье)",
    "name_cs": "2. jezdecký partyzánský pluk (Semirečí)",
    "strength": 280,
    "start": "1918-11-18/..",
    "date_text": "undated (Gattenberger's report to Kolchak: «soon to depart for the Semirechye region»)",
    "certainty": "conjectural",
    "catalogue": ["B26"],
    "sources": ["GARF. F.P-1701. Op.1. D.6v. L.170", S0, "EVENTS.md B26, G21",
                "[outside the sources] general geographic knowledge: position of Kopal; general historical knowledge: Kolchak's government from 18 November 1918"],
    "note": ("Per " + GATTENBERGER + ", the 27 trainees of the Alash junior officers' school «were "
             "soon to depart for the Semirechye region to form a second cavalry partisan regiment, "
             "for which 280 volunteers had already enrolled». Strength 280 = the volunteers enrolled; "
             "the regiment was still being formed, and the text does not say it was ever completed. "
             "The «first» partisan regiment is not mentioned. EVENTS.md dates the item «1918» (the text "
             "speaks of the schools of 1918), but the figures are those of the report, which is "
             "addressed to Kolchak: start «1918-11-18/..» = on or after 18 November 1918 [outside the "
             "sources], so that the forming regiment is not shown from January 1918. No end in the "
             "sources. " + SEMIRECHYE_POINT + " Offset 0.10° south of "
             "the Kopal point, where the B16 regiments are drawn. " + G21),
})

# ---------------------------------------------------------------------------------------------
# The Kazakh Cavalry Brigade (B29)
# ---------------------------------------------------------------------------------------------
feat(BRIGADE, "unit", off(KOSTANAY, 0.10, 0.0), {
    "affiliation": "alash",
    "name": "Kazakh Cavalry Brigade",
    "name_kk": "Жеке қазақ атты әскер бригадасы",
    "name_ru": "Отдельная Казахская кавалерийская бригада",
    "name_cs": "Samostatná kazašská jezdecká brigáda",
    "commander": "Captain Kh. Tokhtamys",
    "regiments": 2,
    "alash_cavalry_regiments_formed": 8,
    "alash_cavalry_regiments_text": "eight separate cavalry regiments",
    "start": MERGE_END,
    "date_text": "by the time Raimzhan Marsek visited the Czechoslovak Consulate in Vladivostok in early January 1919",
    "certainty": "conjectural",
    "catalogue": ["B29"],
    "sources": ["RGVA. F.39711. Op.1. D.2. L.75", S0, "EVENTS.md B29, B11, B12, G19"],
    "note": ("«By the time Raimzhan Marsek visited the Czechoslovak Consulate in Vladivostok in early "
             "January 1919, eight separate cavalry regiments of the «Alash» army had already been "
             "formed, with the 1st and 2nd Cavalry Regiments merged into a distinct Kazakh Cavalry "
             "Brigade under the command of Captain Kh. Tokhtamys» (S0 version 1; version 2 «combined "
             "into a separate Kazakh Cavalry Brigade»). Start «1919-01-01/1919-01-10» = «early January "
             "1919»: the brigade existed by then; the merger date is not given. No strength in men. "
             "The text gives no place. Taking the 1st and 2nd regiments to be those formed at "
             "Kostanay and Orsk (B11, B12), the brigade is drawn in Turgay at Kostanay, where «the "
             "first Alash regiment» was formed, offset 0.10° east of the 1st regiment's point: the "
             "position is conjectural. " + G19 + " If the «first» regiment was the one paraded at "
             "Alash, the brigade would belong there; Tokhtamys headed the Military Council at Alash "
             "(B10). The eight regiments are the whole Alash army, not this brigade (attribute "
             "alash_cavalry_regiments_formed). The two regiments end when the brigade starts and name "
             "it in merged_into. No end in the sources."),
})

# ---------------------------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------------------------
feat("event-bukeikhan-duma-1906-1907", "event", ST_PETERSBURG, {
    "affiliation": "alash",
    "name": "Bukeikhan's first attempt in the State Duma to open military service to Kazakhs",
    "name_kk": "Бөкейханның Мемлекеттік думадағы бірінші әрекеті: қазақтарды әскери қызметке алу",
    "name_ru": "Первая попытка Букейхана в Государственной думе ввести воинскую службу для казахов",
    "name_cs": "Bukejchanův první pokus v Dumě o vojenskou službu Kazachů",
    "start": "1906",
    "end": "1907-06-03",
    "calendar": "julian",
    "date_text": "1906-1907; the new electoral law of 3 June 1907",
    "certainty": "approximate",
    "catalogue": ["B0a", "D2"],
    "sources": ["Bukeikhanov, 1910: 600", S0, "EVENTS.md B0a, D2",
                "[outside the sources] general historical knowledge: the State Dumas sat in St Petersburg"],
    "note": ("Background. During the sessions of the First and Second State Dumas (1906–1907) "
             "A.N. Bukeikhan sought the repeal of the 1834 law that had exempted the nomadic Kazakhs "
             "from military service, to form Kazakh national cavalry units modelled on the Cossacks. "
             "It failed with the premature dissolution of the Second Duma and the electoral law of "
             "3 June 1907, which disenfranchised the Kazakhs. The texts name no city; the point is "
             "St Petersburg, where the Dumas sat [outside the sources]. start «1906» keeps the year "
             "precision; end 3 June 1907 (Old Style, 1907 Russian date)."),
})

feat("event-bukeikhan-duma-1912-1916", "event", ST_PETERSBURG, {
    "affiliation": "alash",
    "name": "Bukeikhan's second attempt (Fourth Duma) to open military service to Kazakhs",
    "name_kk": "Бөкейханның екінші әрекеті (IV Дума): қазақтарды әскери қызметке алу",
    "name_ru": "Вторая попытка Букейхана (IV Дума) ввести воинскую службу для казахов",
    "name_cs": "Bukejchanův druhý pokus (IV. Duma) o vojenskou službu Kazachů",
    "start": "1912",
    "end": "1916-06-25",
    "calendar": "julian",
    "date_text": "at the beginning of the Fourth State Duma in 1912; the decree of 25 June 1916",
    "certainty": "approximate",
    "catalogue": ["B0a", "D2"],
    "sources": ["Akkuly, 2019: 24-37", S0, "EVENTS.md B0a, D2, G12",
                "[outside the sources] general historical knowledge: the State Duma sat in St Petersburg (Petrograd from 1914)"],
    "note": ("Background. Bukeikhan's second attempt began at the opening of the Fourth State Duma in "
             "1912 and intensified in the First World War (repeal of the 1834 law, conscription of "
             "Kazakhs, Kazakh cavalry under national command). It ended with Nicholas II's decree of "
             "25 June 1916 (Old Style) on the forced mobilisation of «inorodtsy», Kazakhs included, "
             "for rear labour. Citation [Akkuly, 2019: 24-37] in S0 version 1 (kept); version 2 has "
             "[Akkuly, 2019: 27] (EVENTS.md G12). The texts name no city; the point is St Petersburg "
             "(renamed Petrograd in 1914), where the Duma sat [outside the sources]. start «1912» "
             "keeps the year precision."),
})

feat("event-alash-militia-decision-1917", "event", ORENBURG, {
    "affiliation": "alash",
    "name": "Alash leaders begin forming the people's militia",
    "name_kk": "Алаш басшылары халық милициясын құра бастады",
    "name_ru": "Лидеры Алаш начинают формировать народную милицию",
    "name_cs": "Vůdci Alaše začínají tvořit lidovou milici",
    "start": "1917-07/1917-12",
    "end": "1917-07/1917-12",
    "calendar": "julian",
    "date_text": "in the second half of 1917",
    "certainty": "approximate",
    "catalogue": ["B1"],
    "sources": ["TsA FSB RF. D.12066. P-34862. L.31", S0, "EVENTS.md B1, D8, D9, G12"],
    "note": ("A.N. Bukeikhan testified to an NKVD investigator in August 1937 that, «in accordance "
             "with the resolution of the First All-Kazakh Kurultai (21-26 July 1917) and the September "
             "meeting in Orenburg» (version 2: «September conference», G12), the Alash leaders began, "
             "«in the second half of 1917», to establish armed detachments, «the first regular national "
             "army» under the official designation of a «people's militia»; they counted on the Bashkir "
             "autonomy, the Orenburg and Siberian Cossacks, Komuch and the Siberian autonomy. The "
             "point is Orenburg, where both decisions were taken (the kurultai and the meeting "
             "themselves are D8 and D9, mapped by the political-events file); the detachments were "
             "raised across the steppe (B3–B6). The date «1917-07/1917-12» = the second half of 1917, "
             "Old Style (1917 Russian dates); the event is shown over the whole half-year."),
})

feat("event-kurultai-militia-agenda", "event", ORENBURG, {
    "affiliation": "alash",
    "name": "National militia on the agenda of the II All-Kazakh Kurultai",
    "name_kk": "Ұлттық милиция II жалпықазақ құрылтайының күн тәртібінде",
    "name_ru": "Национальная милиция в повестке II Всеказахского курултая",
    "name_cs": "Národní milice na programu II. všekazašského kurultaje",
    "start": "5 (18) December 1917",
    "end": "5 (18) December 1917",
    "date_text": "December 5(18), 1917",
    "certainty": "certain",
    "catalogue": ["B7"],
    "sources": ["Bukeikhanov et al., 1917: 1", S1, "EVENTS.md B7, D11, D12"],
    "note": ("S1 (machine translation, garbled): a telegram of the Alash leaders published «in "
             "November» in «Kazakh» (Orenburg), «Saryarka» (Alash) and «Birlik tuyuy» (Tashkent) "
             "announced the congress, which «was held on December 5(18), 1917»; among the first items "
             "was «the creation of the national militia to protect the country from the intervention "
             "of the Soviet Union». The congress itself (II Kurultai, Orenburg, 5-13 (18-26) December "
             "1917) is D12 in the political-events file; this feature maps only the militia item of "
             "its agenda, dated as S1 dates it (the opening day). Dual date Old Style (New Style)."),
})

feat("event-tokhtamys-chelyabinsk-congress", "event", CHELYABINSK, {
    "affiliation": "alash",
    "name": "Captain Tokhtamys greets the Czechoslovak congress for the Army of Alash",
    "name_kk": "Капитан Тоқтамыс Алаш әскері атынан чехословак съезін құттықтайды",
    "name_ru": "Капитан Тохтамышев приветствует съезд чехословацких делегатов от имени армии Алаш",
    "name_cs": "Kapitán Tochtamyš zdraví sjezd čs. delegátů jménem armády Alaše",
    "speaker": "Captain Kh. Tokhtamys (Tokhtamyshev)",
    "start": "1918-05-16",
    "end": "1918-05-20",
    "calendar": "gregorian",
    "date_text": "from May 16 to 20, 1918",
    "certainty": "certain",
    "catalogue": ["B28"],
    "sources": ["GA RF. F. P-200. Op.1. D.684. L.58", S0, "EVENTS.md B28, A16, C7"],
    "note": ("At the congress of Czechoslovak military delegates in Chelyabinsk, «from May 16 to 20, "
             "1918», «Captain Kh. Tokhtamys (Tokhtamyshev) delivered a welcoming address on behalf of "
             "the Army of Alash and the Alash Orda Council»: cooperation with the Corps before Marsek's "
             "Vladivostok visit. The day of the address is not given, so the event spans the "
             "congress. The congress itself is A16 (Czechoslovak file); the catalogue's C7 names the same address as a mission; where he travelled from is not given. "
             "The calendar is not stated; Corps dates from spring 1918 are read as New Style "
             "(EVENTS.md conventions)."),
})

feat("event-komuch-arms-to-alash", "event", SAMARA, {
    "affiliation": "white",
    "name": "Komuch supplies the Alash army with arms",
    "name_kk": "Комуч Алаш әскеріне қару береді",
    "name_ru": "Комуч передаёт оружие армии Алаш",
    "name_cs": "Komuč dodává zbraně armádě Alaše",
    "rifles": 2000,
    "machine_guns": 38,
    "artillery_pieces": 2,
    "automobiles": 2,
    "start": "1918-06-08/1918-10-12",
    "end": "1918-06-08/1918-10-12",
    "calendar": "gregorian",
    "date_text": "after June 8, 1918 (Komuch established); reported in Saryarqa №57 of 12.10.1918",
    "certainty": "approximate",
    "catalogue": ["B27"],
    "sources": ["Saryarqa, 1918, №57: 2", S0, "EVENTS.md B27, C8, D42"],
    "note": ("«In addition, the Samara Committee provided the Alash army with 2,000 rifles, 38 machine "
             "guns, 2 artillery pieces, and 2 automobiles» [Saryarqa, 1918, №57: 2], after Komuch was "
             "set up in Samara on June 8, 1918 and concluded a military-political alliance with the "
             "Alash Orda. The transfer is undated: the interval runs from June 8, 1918 to the date of "
             "the reporting issue, Saryarqa №57 of 12.10.1918 (EVENTS.md dates the issue), and the "
             "event is shown over that whole window. Mapped as an event at Samara, the seat of the "
             "giver, not as a track: the text names no receiving place (only «the Alash army», whose "
             "units stood at Alash, Kostanay, Orsk, Uralsk …), no route and no time, so a line to "
             "Alash-qala would invent its destination and timing. Affiliation white = Komuch, the "
             "actor. Calendar of the bounds: New Style (Komuch; the issue date as printed)."),
})

feat("event-alash-orda-telegram-1918-06-11", "event", ALASH_QALA, {
    "affiliation": "alash",
    "name": "Alash Orda telegram: call-up of a mounted militia",
    "name_kk": "Алаш Орданың жеделхаты: атты милиция шақыру",
    "name_ru": "Телеграмма Алаш-Орды: созыв конной милиции",
    "name_cs": "Telegram Alaš-Ordy: povolání jízdní milice",
    "sender": "A.N. Bukeykhan, chairman of the Alash Orda",
    "start": "June 11 (24), 1918",
    "end": "June 11 (24), 1918",
    "date_text": "On June 11 (24), 1918",
    "certainty": "approximate",
    "catalogue": ["B8", "C9", "D43"],
    "sources": ["Bokeykhan, 2017: 457", S0, "EVENTS.md B8, C9, D43, G4, G20"],
    "note": ("«On June 11 (24), 1918, the Alash Orda Council sent a telegram stating that, in "
             "accordance with the decision of the 2nd All-Kazakh-Kyrgyz National Kurultai of December "
             "5-13 (18-26), 1917, it had begun fulfilling its duties and ordered the creation of "
             "regional and district Councils of the Alash Orda»; it reported allied relations with the "
             "Siberian and Bashkir autonomies, and the chairman A.N. Bukeykhan proposed collecting "
             "taxes for 1918 and 1917, «calling up a mounted militia, and organizing military units». "
             "Dual date Old Style (New Style); S4 misreads it as a range «11 to 24 June» (G4). The "
             "text gives no place of sending; the point is the seat of the Alash Orda, the city of "
             "Alash (Alash-qala, left bank of Semipalatinsk [outside the sources]), so it is "
             "approximate. 24 June NS is also the date of the Military Council (B10; G20: possibly "
             "the same act, an inference). The same telegram is C9 (allied relations) and D43 "
             "(Alash Orda begins functioning) in the catalogue."),
})

feat("event-alash-military-council", "event", ALASH_QALA, {
    "affiliation": "alash",
    "name": "Military Council of the Alash Orda created",
    "name_kk": "Алаш Орданың Әскери кеңесі құрылды",
    "name_ru": "Создан Военный совет Алаш-Орды",
    "name_cs": "Vznik Vojenské rady Alaš-Ordy",
    "head": "Khamit Tokhtamys (Tokhtamyshev)",
    "start": "1918-06-24",
    "end": "1918-06-24",
    "date_text": "June 24, 1918 (six days after the parade of the first cavalry regiment)",
    "certainty": "approximate",
    "catalogue": ["B10", "D45"],
    "sources": ["Alash Orda, 1992: 109", S0, "EVENTS.md B10, D45, G20"],
    "note": ("«The military department itself was created only on June 24, 1918, that is, six days "
             "after the parade of the first cavalry regiment in the city of Alash, as part of the "
             "Alash Orda Council under the name «Military Council»», with the powers of a ministry of "
             "defence and the right to set up regional and district military councils; its task was "
             "conscripting dzhigits against the Bolsheviks. Its head, «the first Minister of Defense», "
             "was Khamit (version 2: Hamit) Tokhtamys (Tokhtamyshev), a former career officer, WWI "
             "veteran, captain, later lieutenant colonel. Calendar (EVENTS.md G20): the text does not "
             "state it. «Six days after» June 18 holds only if both dates use one calendar; both are "
             "stored as written (like the B9 detachment). If they were Old Style, this would be 7 July "
             "1918 NS. June 24 NS = June 11 OS, the date of the Alash Orda telegram (B8), possibly "
             "the same act (an inference). The Svobodnaya rech' issue reporting June 18 is dated "
             "21.06.1918. Point at Alash-qala, the seat of the Alash Orda [outside the sources]."),
})

feat("event-bukeikhan-telegram-steppe-corps", "event", OMSK, {
    "affiliation": "alash",
    "name": "Bukeikhan's telegram: the Steppe Corps refuses rifles and officers",
    "name_kk": "Бөкейханның жеделхаты: Дала корпусы мылтық пен офицер бермейді",
    "name_ru": "Телеграмма Букейхана: Степной корпус отказывает в винтовках и офицерах",
    "name_cs": "Bukejchanův telegram: Stepní sbor odmítá pušky a důstojníky",
    "sender": "A.N. Bukeikhan, Chairman of the Alash Orda Council",
    "start": "1918-08-18",
    "end": "1918-08-18",
    "calendar": "gregorian",
    "date_text": "August 18, 1918",
    "certainty": "conjectural",
    "catalogue": ["B22", "C10"],
    "sources": ["GARF. F.P-1701. Op.1. D.6v. L.29", S0, "EVENTS.md B22, C10",
                "[outside the sources] general historical knowledge: Gen. P.P. Ivanov-Rinov, commander of the Steppe Siberian Corps, Omsk"],
    "note": ("Telegram of A.N. Bukeikhan «to one of the ministers of the Siberian Autonomy dated "
             "August 18, 1918»: «Today I received a reply from the commander of the Steppe Corps, "
             "Ivanov: not a single rifle, not a single officer can be provided to the units being "
             "formed; I request that you telegraph the position of the Duma Commission regarding the "
             "agreement between the Alash Orda and the (Siberian) government». The text gives no "
             "place. It is drawn at Omsk, seat of the Steppe Corps commander who refused ([outside the "
             "sources]: Gen. P.P. Ivanov-Rinov) and of the Provisional Siberian Government (formed in "
             "Omsk on June 17 (30), 1918, S0); the telegram was presumably sent from Alash: the place "
             "is conjectural. " + CAL_NS_1918),
})

feat("event-uralsk-officers-graduation", "event", URALSK, {
    "affiliation": "alash",
    "name": "First graduation of Alash officer-instructors at Uralsk",
    "name_kk": "Оралда Алаш әскерінің нұсқаушы офицерлерінің алғашқы түлектері",
    "name_ru": "Первый выпуск младших офицеров-инструкторов армии Алаш в Уральске",
    "name_cs": "První absolventi nižších důstojníků-instruktorů armády Alaše v Uralsku",
    "start": "1918-10-01",
    "end": "1918-10-01",
    "calendar": "gregorian",
    "date_text": "on October 1, 1918",
    "certainty": "certain",
    "catalogue": ["B25", "D48"],
    "sources": ["Alash: Saryarqa, 1918: 3", S0, "EVENTS.md B25, B24, D48"],
    "note": ("«The first graduation of junior officer-instructors of the Alash army took place in "
             "Uralsk on October 1, 1918» [Alash: Saryarqa, 1918: 3] (= Saryarqa №57 of 12.10.1918, "
             "«The first Kazakh instructors (officers)»). No number of graduates given. The school is "
             "unit-alash-school-uralsk. " + CAL_NS_1918 + " If Old Style it would be 14 October 1918 "
             "NS."),
})

feat("event-alash-appeal-japan-mobilisation", "event", VLADIVOSTOK, {
    "affiliation": "alash",
    "name": "Alash Orda's appeal to Japan: mobilisation figures",
    "name_kk": "Алаш Орданың Жапонияға үндеуі: жұмылдыру мүмкіндігі",
    "name_ru": "Обращение Алаш-Орды к Японии: мобилизационные возможности",
    "name_cs": "Výzva Alaš-Ordy Japonsku: mobilizační možnosti",
    "mobilisable_min": 150000,
    "mobilisable_max": 200000,
    "armed_needed_min": 40000,
    "armed_needed_max": 50000,
    "delivered_by": "R. Marsek",
    "start": "1919-01-17",
    "end": "1919-01-17",
    "calendar": "gregorian",
    "date_text": "on January 17, 1919",
    "certainty": "certain",
    "catalogue": ["B30"],
    "sources": ["JACAR. B03. 051221900. URL: 24-25", S0, "EVENTS.md B30, C13, D49, G21"],
    "note": ("The written appeal of the Alash Orda to the Japanese government, «delivered by "
             "R. Marsek to the General Consulate of Japan in Vladivostok on January 17, 1919»: «the "
             "mobilization of 150-200 thousand warriors did not pose significant difficulties … the "
             "real problem lay in the lack of weapons and ammunition. However, by mobilizing between 40 "
             "and 50 thousand armed fighters, Alash Orda, together with Turkestan and Bashkiria, would "
             "have been able to expel the Bolshevik occupation army» (S0 version 1; version 2: "
             "«150,000 – 200,000», «40,000 – 50,000»). These are claims of what could be raised, not "
             "forces (G21). Marsek's mission to Vladivostok itself is C13 (missions file). The "
             "calendar is not stated; read as New Style (a Japanese archival document) "
             "[outside the sources]."),
})

feat("event-dolbezhev-telegram-chuguchak", "event", CHUGUCHAK, {
    "name": "Consul Dolbezhev's telegram: Alash Orda could mobilise 40,000",
    "name_kk": "Консул Долбежевтің жеделхаты: Алаш Орда 40 000 адам жұмылдыра алады",
    "name_ru": "Телеграмма консула Долбежева: Алаш-Орда может мобилизовать 40 000",
    "name_cs": "Telegram konzula Dolbeževa: Alaš-Orda může mobilizovat 40 000",
    "sender": "V. Dolbezhev, Russian consul in Chuguchak",
    "addressee": "the Russian envoy in Beijing",
    "mobilisable_claimed": 40000,
    "start": "1918-21",
    "end": "1918-21",
    "date_text": "in the spring of 1918",
    "certainty": "approximate",
    "catalogue": ["B31"],
    "sources": ["AP RK. F.811. Op.24. D.114. L.12", S0, "EVENTS.md B31, C6, G21",
                "[outside the sources] general geographic knowledge: position of Chuguchak (modern Tacheng, Xinjiang)"],
    "note": ("In the spring of 1918 Bukeikhan sent A. Baitursynuly, M. Dulatuly and R. Marsek to "
             "Eastern Turkestan (China) (C6); through them he asked the Russian consul in Chuguchak, "
             "V. Dolbezhev, to petition the Chinese government to supply the Alash army from Urumqi. "
             "Dolbezhev telegraphed the Russian envoy in Beijing for instructions and assured him that "
             "the Alash Orda Council «could mobilize 40,000 Kyrgyz (Kazakh) for joint action against "
             "the Bolsheviks». The telegram itself is undated; it is dated with the spring 1918 "
             "mission («1918-21», season precision). The point is Chuguchak, where it was sent from "
             "(Beijing is the addressee). A claim, not a force (G21). No affiliation: the consul "
             "belonged to the former Russian diplomatic service, none of the atlas's sides."),
})

feat("event-kolchak-japan-arms-request", "event", VLADIVOSTOK, {
    "affiliation": "white",
    "name": "Kolchak seeks rifles from Japan",
    "name_kk": "Колчак Жапониядан мылтық сұрайды",
    "name_ru": "Колчак добивается поставок винтовок из Японии",
    "name_cs": "Kolčak žádá pušky od Japonska",
    "rifles_requested_monthly": 50000,
    "rounds_requested_monthly": 10000000,
    "start": "1919-07-26",
    "end": "1919-07-26",
    "calendar": "gregorian",
    "date_text": "on 26 July 1919",
    "certainty": "approximate",
    "catalogue": ["B32", "C14"],
    "sources": ["GARF. F. P-200. Op.1. D.528. L.49", S0, "EVENTS.md B32, C14"],
    "note": ("Context for the Alash army's lack of arms: «A.V. Kolchak, on 26 July 1919, through his "
             "representative in the Far East, attempted to accelerate the acquisition of military "
             "supplies from Japan – primarily 50,000 rifles and 10 million rounds of ammunition, and "
             "this on a monthly basis». Citation «GARF. F. P-200…» in version 1 (kept), «GARF. "
             "F.P-200…» in version 2 (spelling only, G12). The text says «in the Far East»; the point "
             "is Vladivostok, where the same representative telegraphed on 5 September 1919, so it is "
             "approximate. Japan's answer is event-japan-arms-answer-1919-09-05; Kolchak's channel "
             "is also C14. The calendar is not stated; stored as written, read as New Style "
             "[outside the sources]."),
})

feat("event-japan-arms-answer-1919-09-05", "event", VLADIVOSTOK, {
    "affiliation": "white",
    "name": "Japan ready to release 20,000 rifles to Kolchak",
    "name_kk": "Жапония Колчакқа 20 000 мылтық беруге дайын",
    "name_ru": "Япония готова отпустить Колчаку 20 000 винтовок",
    "name_cs": "Japonsko je ochotno vydat Kolčakovi 20 000 pušek",
    "rifles_offered": 20000,
    "start": "1919-09-05",
    "end": "1919-09-05",
    "calendar": "gregorian",
    "date_text": "dated 5 September 1919",
    "certainty": "certain",
    "catalogue": ["B32", "C14"],
    "sources": ["GARF. F.P-200. Op.1. D.684. L.1", S0, "EVENTS.md B32, C14, G12"],
    "note": ("«In a telegram from his representative in Vladivostok dated 5 September 1919, it was "
             "stated: «The Japanese are prepared to release a total of 20,000 rifles and the "
             "corresponding ammunition»» (S0 version 1, kept; version 2: «a final consignment of "
             "20,000 rifles», EVENTS.md G12). Affiliation white: Kolchak's representative. The "
             "calendar is not stated; stored as written, read as New Style [outside the sources]."),
})


def check(fc):
    ids = set()
    for f in fc["features"]:
        p = f["properties"]
        assert f["id"] == p["id"] and p["id"] not in ids, p["id"]
        ids.add(p["id"])
        assert p["sources"], p["id"]
        assert p.get("catalogue"), p["id"]
        x, y = f["geometry"]["coordinates"]
        assert -12 <= x <= 165 and 20 <= y <= 75, p["id"]
        if p["kind"] == "event":
            assert "end" in p, p["id"]


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    fc = {"type": "FeatureCollection", "features": features}
    check(fc)
    out = os.path.join(root, "geodata", "alash_army.geojson")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(fc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"wrote {out}: {len(features)} features", file=sys.stderr)


if __name__ == "__main__":
    main()
