"""Patient queries and the specialists they must find (the search-quality table).

FIRST: the specialist must be the first result. TOP3: among the first three results; used where
one or two other specialists could fairly rank above. NOBODY: no result at all, for what the
program does not treat (a near match would send a patient to the wrong specialist).
CASES are searched on English pages, CASES_ES on Spanish ones (Spanish synonyms and texts).
Data: specialists/demo/ (specialists' files, synonyms.toml); the linked condition, cause and
treatment titles come from services/demo/.
"""

FIRST, TOP3, NOBODY = "first", "top3", "nobody"

CASES = [
    # (query, slug of the specialist that must appear, FIRST or TOP3)
    # --- Names: exact, case, first names, typos and missing letters ---
    ("heckman", "wes-heckman", FIRST),
    ("hekman", "wes-heckman", FIRST),
    ("heckmen", "wes-heckman", FIRST),
    ("HECKMAN", "wes-heckman", FIRST),
    ("Wes Heckman", "wes-heckman", FIRST),
    ("Dr. Heckman", "wes-heckman", FIRST),  # the title "Dr." must not get in the way
    ("wes", "wes-heckman", FIRST),
    ("Amara Okafor", "amara-okafor", FIRST),
    ("okafur", "amara-okafor", FIRST),
    ("amara", "amara-okafor", FIRST),
    ("Kenji Watanabe", "kenji-watanabe", FIRST),
    ("watanbe", "kenji-watanabe", FIRST),  # missing letter
    ("PRIYA VENKATESAN", "priya-venkatesan", FIRST),
    ("venkatsan", "priya-venkatesan", FIRST),  # missing letter
    ("darius rahimi", "darius-rahimi", FIRST),
    ("hadad", "farah-haddad", FIRST),  # missing letter
    ("farah", "farah-haddad", FIRST),
    ("mensa", "samuel-mensah", FIRST),  # missing last letter
    ("Samuel Mensah", "samuel-mensah", FIRST),
    ("linh pham", "linh-pham", FIRST),
    ("lindquist", "rachel-lindqvist", FIRST),  # the usual misspelling of Lindqvist
    ("rachel", "rachel-lindqvist", FIRST),
    ("Xiaoling Zhao", "xiaoling-zhao", FIRST),
    ("zhao", "xiaoling-zhao", FIRST),
    ("kesler", "naomi-kessler", FIRST),  # missing letter
    ("naomi", "naomi-kessler", FIRST),
    # --- Accents and apostrophes ---
    ("José Núñez", "jose-nunez", FIRST),
    ("jose nunez", "jose-nunez", FIRST),  # typed without accents
    ("NUNEZ", "jose-nunez", FIRST),
    ("núñez", "jose-nunez", FIRST),
    ("jose", "jose-nunez", FIRST),
    ("Siobhan O’Neill", "siobhan-oneill", FIRST),
    ("o’neill", "siobhan-oneill", FIRST),  # curly apostrophe, as stored
    ("o'neill", "siobhan-oneill", FIRST),  # straight apostrophe, as typed
    ("oneill", "siobhan-oneill", FIRST),  # no apostrophe
    ("o neill", "siobhan-oneill", FIRST),  # apostrophe typed as a space
    ("o'neil", "siobhan-oneill", FIRST),  # missing letter
    ("siobhan", "siobhan-oneill", FIRST),
    # --- Credentials ---
    ("DPT", "linh-pham", TOP3),  # two holders: Pham and Lindqvist
    ("DPT", "rachel-lindqvist", TOP3),
    ("SLP", "xiaoling-zhao", FIRST),  # only holder (MS CCC-SLP)
    ("CCC-SLP", "xiaoling-zhao", FIRST),
    ("PhD", "naomi-kessler", TOP3),  # two holders: Kessler (PhD) and Okafor (MD PhD)
    ("MD PhD", "amara-okafor", FIRST),  # only one holds both
    # --- Condition causes (linked cause titles) ---
    ("Bell’s palsy", "farah-haddad", TOP3),  # linked: Haddad, Venkatesan, Pham, Núñez (bio: not)
    ("Bell's palsy", "farah-haddad", TOP3),  # straight apostrophe
    ("bell’s palsy", "farah-haddad", TOP3),
    ("stroke", "samuel-mensah", TOP3),  # linked: Mensah, Haddad, Zhao
    ("viral infection", "farah-haddad", TOP3),  # linked: Haddad, Venkatesan
    ("tumor", "priya-venkatesan", TOP3),  # linked: Venkatesan, Rahimi, Okafor
    ("Injury or accident", "priya-venkatesan", TOP3),  # linked: Venkatesan, Rahimi, Okafor
    ("Present from birth", "kenji-watanabe", TOP3),  # linked: Watanabe, Lindqvist
    # --- Treatments (linked treatment titles) ---
    ("eyelid procedures", "siobhan-oneill", FIRST),  # only O’Neill is linked
    ("selective neurectomy", "jose-nunez", TOP3),  # linked: Núñez, Okafor
    ("static sling", "jose-nunez", TOP3),  # linked: Núñez, Okafor
    ("brow lift", "siobhan-oneill", TOP3),  # linked: O’Neill, Núñez
    ("neuromuscular retraining", "linh-pham", TOP3),  # linked: Pham, Lindqvist
    ("free tissue transfer", "amara-okafor", TOP3),  # linked: Okafor, Watanabe, Venkatesan
    ("injections", "farah-haddad", TOP3),  # linked: Haddad, Núñez
    # --- Areas of expertise and titles ---
    ("oculoplastic surgery", "siobhan-oneill", FIRST),
    ("otolaryngology", "priya-venkatesan", TOP3),  # also Heckman and Rahimi
    ("neurology", "samuel-mensah", TOP3),  # two neurologists
    ("psychology", "naomi-kessler", FIRST),
    ("speech-language pathology", "xiaoling-zhao", FIRST),
    ("physical therapy", "rachel-lindqvist", TOP3),  # two physical therapists
    ("psychologist", "naomi-kessler", FIRST),
    ("neurotologist", "darius-rahimi", FIRST),
    ("pediatric", "kenji-watanabe", FIRST),
    ("facial reanimation", "amara-okafor", FIRST),  # her title; no one else uses the word
    ("facial plastic and reconstructive surgeon", "wes-heckman", TOP3),  # his exact title; 3 other
    # surgeons share the expertise, but only Heckman has every word in title and bio
    # --- Distinctive biography words ---
    ("double board-certified", "wes-heckman", FIRST),
    ("board certified", "wes-heckman", FIRST),
    ("gracilis", "amara-okafor", FIRST),
    ("microsurgery", "amara-okafor", FIRST),
    ("Moebius", "kenji-watanabe", FIRST),
    ("biofeedback", "linh-pham", FIRST),
    ("mirror", "rachel-lindqvist", FIRST),
    ("American Sign Language", "rachel-lindqvist", TOP3),  # Zhao: speech-language pathology
    ("swallowing", "xiaoling-zhao", FIRST),
    ("support group", "naomi-kessler", FIRST),
    ("coping", "naomi-kessler", FIRST),
    ("hearing loss", "darius-rahimi", FIRST),  # Lindqvist's "hard of hearing" matches one word
    ("parotid", "priya-venkatesan", FIRST),
    # --- Every synonym phrase in SYNONYMS, once each ---
    ("bells palsy", "farah-haddad", TOP3),
    ("face droop", "farah-haddad", TOP3),  # Haddad has all three terms; Mensah bio says droop
    ("droopy face", "farah-haddad", TOP3),
    ("sagging face", "jose-nunez", TOP3),  # sling + lift; Okafor (sling), O’Neill (lift)
    ("crooked smile", "jose-nunez", TOP3),  # in his bio; Okafor (neurectomy), Haddad (Botox)
    ("eye won’t close", "siobhan-oneill", FIRST),
    ("dry eye", "siobhan-oneill", FIRST),
    ("gold weight", "siobhan-oneill", FIRST),
    ("droopy eyelid", "siobhan-oneill", FIRST),
    ("drooping eyelid", "siobhan-oneill", FIRST),
    ("ptosis", "siobhan-oneill", FIRST),
    ("eye doctor", "siobhan-oneill", FIRST),
    ("botox", "jose-nunez", TOP3),  # Núñez and Haddad both give Botox injections
    ("twitching", "farah-haddad", TOP3),  # her bio; Núñez matches the Botox term
    ("tight face", "linh-pham", TOP3),  # tightness + massage in her bio; others: synkinesis
    ("smile surgery", "amara-okafor", TOP3),  # Watanabe's bio also says smile surgery
    ("nerve graft", "amara-okafor", TOP3),  # nerve repair + nerve transfer; Venkatesan: repair
    ("facelift", "jose-nunez", TOP3),  # face lift; O’Neill matches brow lift
    ("ENT", "priya-venkatesan", TOP3),  # also Heckman and Rahimi (otolaryngology)
    ("ear nose throat", "priya-venkatesan", TOP3),
    ("brain doctor", "farah-haddad", TOP3),  # her bio; Mensah is the other neurologist
    ("shingles", "farah-haddad", TOP3),  # her bio; Venkatesan linked to viral infection
    ("ramsay hunt", "farah-haddad", TOP3),
    ("acoustic neuroma", "darius-rahimi", TOP3),  # his bio; Venkatesan, Okafor: tumor
    ("cancer", "priya-venkatesan", TOP3),  # tumor: Venkatesan, Rahimi, Okafor
    ("car accident", "darius-rahimi", TOP3),  # his bio; Venkatesan, Okafor: injury or accident
    ("birth defect", "kenji-watanabe", TOP3),  # Present from birth: Watanabe, Lindqvist
    ("mobius", "kenji-watanabe", FIRST),  # misspelling of Moebius: only in his bio
    ("kids", "kenji-watanabe", TOP3),  # pediatric title; Lindqvist and Zhao mention children
    ("face exercises", "linh-pham", TOP3),  # her bio; Lindqvist also does retraining
    ("physio", "linh-pham", TOP3),  # two physical therapists
    ("speech therapist", "xiaoling-zhao", FIRST),
    ("drooling", "xiaoling-zhao", FIRST),
    ("counseling", "naomi-kessler", FIRST),
    ("anxiety", "naomi-kessler", FIRST),
    ("depression", "naomi-kessler", FIRST),
    # --- Typed variants of synonym phrases ---
    ("eye won't close", "siobhan-oneill", FIRST),  # straight apostrophe
    ("Bells Palsy", "farah-haddad", TOP3),
    # --- What the program does not treat: nobody, and the no-results page says what it does ---
    ("hemifacial spasm", None, NOBODY),
]

CASES_ES = [
    # Searched on Spanish pages: the Spanish titles, biographies and synonyms. The rows rely on
    # the specialists' own Spanish texts and the Spanish synonyms, not on the treatment pages'
    # Spanish titles, so they hold however those are worded.
    # --- Names, with and without accents, with a Spanish title before them ---
    ("José Núñez", "jose-nunez", FIRST),
    ("jose nunez", "jose-nunez", FIRST),
    ("Nuñez", "jose-nunez", FIRST),  # accent on one letter only
    ("Dr. Núñez", "jose-nunez", FIRST),
    ("Dra. Haddad", "farah-haddad", FIRST),  # "Dra." must not get in the way
    ("Siobhán O’Neill", "siobhan-oneill", FIRST),  # an accent the name does not have
    ("hekman", "wes-heckman", FIRST),  # misspelt names work as in English
    # --- Patient words, with and without accents ---
    ("parálisis de Bell", "farah-haddad", TOP3),  # bios: Haddad, Venkatesan, Pham
    ("paralisis de bell", "linh-pham", TOP3),
    # Everyone treats facial paralysis: what else is typed decides ("niños", "ansiedad").
    ("parálisis facial en niños", "rachel-lindqvist", TOP3),  # her bio has every word
    ("paralisis facial y ansiedad", "naomi-kessler", FIRST),
    ("no puedo cerrar el ojo", "siobhan-oneill", FIRST),  # synonym: cerrar el ojo
    ("mi ojo no cierra", "siobhan-oneill", FIRST),
    ("ojo seco", "siobhan-oneill", FIRST),
    ("toxina botulínica", "jose-nunez", TOP3),  # Núñez and Haddad give the injections
    ("toxina botulínica", "farah-haddad", TOP3),
    ("botox", "farah-haddad", TOP3),
    ("cirugía de la sonrisa", "amara-okafor", TOP3),  # Watanabe's bio says it too
    ("cirugia de la sonrisa", "kenji-watanabe", TOP3),
    ("cara caída", "farah-haddad", TOP3),  # Bell, stroke: Haddad has both
    ("sonrisa chueca", "jose-nunez", FIRST),  # in his bio, with sincinesia and neurectomía
    ("párpado caído", "siobhan-oneill", FIRST),
    ("oftalmólogo", "siobhan-oneill", FIRST),
    ("otorrino", "priya-venkatesan", TOP3),  # her title; Heckman and Rahimi by expertise
    ("neurólogo", "samuel-mensah", TOP3),  # two neurologists
    ("embolia", "samuel-mensah", TOP3),  # stroke: Mensah, Haddad, Zhao
    ("derrame cerebral", "samuel-mensah", TOP3),
    ("culebrilla", "farah-haddad", FIRST),
    ("neuroma acústico", "darius-rahimi", FIRST),
    ("pérdida de audición", "darius-rahimi", FIRST),
    ("glándula parótida", "priya-venkatesan", FIRST),
    ("Moebius", "kenji-watanabe", FIRST),
    ("niños", "kenji-watanabe", TOP3),  # pediatric title; Lindqvist and Zhao see children
    ("ejercicios para la cara", "linh-pham", TOP3),  # her bio; Lindqvist also retrains
    ("terapia física", "rachel-lindqvist", TOP3),  # two physical therapists
    ("fisioterapia", "linh-pham", TOP3),
    ("terapia del habla", "xiaoling-zhao", FIRST),
    ("babeo", "xiaoling-zhao", FIRST),
    ("psicólogo", "naomi-kessler", FIRST),
    ("ansiedad", "naomi-kessler", FIRST),
    ("grupo de apoyo", "naomi-kessler", FIRST),
    ("lengua de señas", "rachel-lindqvist", FIRST),
    ("microcirugía", "amara-okafor", FIRST),
    # --- Typos ---
    ("parálisis de bel", "farah-haddad", TOP3),  # synonym: bel
    ("toxina botulinica", "jose-nunez", TOP3),  # no accent
    ("sirugia", "amara-okafor", TOP3),  # synonym: cirugía; her title and bio say it most
    # --- What the program does not treat ---
    ("espasmo hemifacial", None, NOBODY),
]
