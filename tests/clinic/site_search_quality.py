"""Queries and the page site search must show for them (the site-search quality table).

FIRST: the page is the first result on the results page. TOP3: among the first three (where
other pages could fairly come first). NOTHING: no result at all (hostile or meaningless input).
Results are read in the order the page shows them: groups by their best match, specialists
first when the query is a specialist's name, a typo searched as its likely spelling.
Data: the demo content (services/demo, stories/demo, specialists/demo with synonyms.toml).
"""

FIRST, TOP3, NOTHING = "first", "top3", "nothing"

CASES = [
    # --- Conditions and causes, as named and as patients put them ---
    ("facial paralysis", "/conditions/facial-paralysis/", FIRST),
    ("bells palsy", "/causes/bells-palsy/", FIRST),
    ("Bell’s palsy", "/causes/bells-palsy/", FIRST),
    ("stroke", "/causes/stroke/", FIRST),
    ("tumor", "/causes/tumor/", FIRST),
    ("acoustic neuroma", "/causes/tumor/", TOP3),  # synonym → tumor (its story may lead)
    ("birth defect", "/causes/birth-defect/", FIRST),
    ("injury", "/causes/traumatic-injury/", FIRST),
    ("shingles", "/causes/viral-infection/", FIRST),  # synonym → Ramsay Hunt, viral infection
    ("Ramsay Hunt", "/causes/viral-infection/", FIRST),
    ("droopy face", "/conditions/facial-paralysis/", TOP3),
    ("synkinesis", "/treatments/neuromuscular-retraining/", TOP3),  # no page of its own
    # --- Treatments ---
    ("botox", "/treatments/botox-and-injections/", FIRST),
    ("eyelid", "/treatments/eyelid-procedures/", FIRST),
    ("eye wont close", "/treatments/eyelid-procedures/", FIRST),
    ("eye won’t close", "/treatments/eyelid-procedures/", FIRST),
    ("smile surgery", "/treatments/muscle-nerve-tissue-transfers/", FIRST),
    ("muscle transfer", "/treatments/muscle-nerve-tissue-transfers/", FIRST),
    ("gracilis", "/treatments/muscle-nerve-tissue-transfers/", FIRST),
    ("static sling", "/treatments/static-sling/", TOP3),
    ("brow lift", "/treatments/face-neck-brow-lift/", FIRST),
    ("facelift", "/treatments/face-neck-brow-lift/", FIRST),
    ("selective neurectomy", "/treatments/selective-neurectomy/", FIRST),
    ("retraining", "/treatments/neuromuscular-retraining/", FIRST),
    ("facial therapy", "/treatments/neuromuscular-retraining/", FIRST),
    ("twitching", "/treatments/botox-and-injections/", FIRST),
    # --- Guides and stories ---
    ("first visit", "/info/first-visit/", FIRST),
    ("what to expect", "/info/first-visit/", FIRST),
    ("why choose", "/info/why-choose-us/", FIRST),
    ("sling", "/stories/ruth-a-static-sling-years-after-a-fall/", TOP3),
    # --- Specialists' names, even misspelt ---
    ("heckman", "/specialists/wes-heckman/", FIRST),
    ("Wes Heckman", "/specialists/wes-heckman/", FIRST),
    ("hekman", "/specialists/wes-heckman/", FIRST),
    ("okafor", "/specialists/amara-okafor/", FIRST),
    # --- Typos, searched as their likely spelling ---
    ("botx", "/treatments/botox-and-injections/", FIRST),
    ("bels palsy", "/causes/bells-palsy/", TOP3),
    ("synkinesys", "/treatments/neuromuscular-retraining/", TOP3),
    ("paralisys", "/conditions/facial-paralysis/", FIRST),
    ("eyelid wieght", "/treatments/eyelid-procedures/", FIRST),
    # --- Hostile or meaningless input: nothing, and never an error ---
    ("zzqx", None, NOTHING),
    ("<script>alert(1)</script>", None, NOTHING),
    ("' OR 1=1 --", None, NOTHING),
    ("the", None, NOTHING),
    ("%%%", None, NOTHING),
]

CASES_ES = [
    ("parálisis facial", "/es/condiciones/paralisis-facial/", FIRST),
    ("paralisis de bell", "/es/causas/paralisis-de-bell/", FIRST),
    ("derrame cerebral", "/es/causas/derrame-cerebral/", FIRST),
    ("accidente cerebrovascular", "/es/causas/derrame-cerebral/", FIRST),
    ("culebrilla", "/es/causas/infeccion-viral/", FIRST),
    ("tumor", "/es/causas/tumor/", FIRST),
    ("inyecciones", "/es/tratamientos/botox-e-inyecciones/", FIRST),
    ("parpado", "/es/tratamientos/procedimientos-de-los-parpados/", FIRST),
    ("ojo seco", "/es/tratamientos/procedimientos-de-los-parpados/", FIRST),
    (
        "transferencia de musculo",
        "/es/tratamientos/transferencias-de-musculo-nervio-y-tejido/",
        FIRST,
    ),
    ("sincinesia", "/es/tratamientos/reeducacion-neuromuscular/", TOP3),
    ("sincinecia", "/es/tratamientos/reeducacion-neuromuscular/", TOP3),  # typo
    ("primera visita", "/es/informacion/su-primera-visita/", FIRST),
    ("heckman", "/es/especialistas/wes-heckman/", FIRST),
    ("okafur", "/es/especialistas/amara-okafor/", FIRST),
    ("zzqx", None, NOTHING),
]
