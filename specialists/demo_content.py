"""Demo data for the specialist directory: the seed's surgeon and fictional sample specialists.

Wes Heckman, MD, is the one real person: his entry uses only what the seed page says about him.
Everyone else is a fictional sample (``is_sample``), with made-up schools and sample locations,
so the directory can be shown and tested before the program's real specialists are entered.
"""

EXPERTISE = [  # areas of expertise
    {"slug": "facial-plastic-surgery", "name": "Facial plastic and reconstructive surgery"},
    {"slug": "otolaryngology", "name": "Otolaryngology–head and neck surgery"},
    {"slug": "neurology", "name": "Neurology"},
    {"slug": "oculoplastic-surgery", "name": "Oculoplastic surgery"},
    {"slug": "physical-therapy", "name": "Physical therapy"},
    {"slug": "speech-therapy", "name": "Speech-language pathology"},
    {"slug": "psychology", "name": "Psychology"},
]

LANGUAGES = [
    "English",
    "Spanish",
    "Vietnamese",
    "Arabic",
    "Mandarin",
    "American Sign Language",
    "Japanese",
    "French",
    "Hindi",
    "Persian",
]

LOCATIONS = [  # fictional sample locations: made-up street addresses, 555-01xx phone numbers
    {
        "slug": "omaha-main-campus",
        "name": "Omaha Main Campus Facial Nerve Clinic",
        "street_address": "4200 Sample Prairie Drive, Suite 300",
        "city": "Omaha",
        "state": "NE",
        "postal_code": "68105",
        "phone": "402-555-0101",
        "hours": "Monday to Friday, 8 a.m. to 5 p.m.",
    },
    {
        "slug": "lincoln-specialty-clinic",
        "name": "Lincoln Specialty Clinic",
        "street_address": "1750 Example Meadow Road",
        "city": "Lincoln",
        "state": "NE",
        "postal_code": "68508",
        "phone": "402-555-0102",
        "hours": "Monday to Thursday, 7:30 a.m. to 4:30 p.m.\nFriday, 7:30 a.m. to noon",
    },
    {
        "slug": "kearney-outreach-clinic",
        "name": "Kearney Outreach Clinic",
        "street_address": "310 Demo Sandhill Avenue",
        "city": "Kearney",
        "state": "NE",
        "postal_code": "68847",
        "phone": "308-555-0103",
        "hours": "Tuesday and Thursday, 9 a.m. to 4 p.m.",
    },
]

# Patient words -> clinical terms (comma-separated). Every term appears in some specialist's
# title, areas of expertise, linked condition, cause or treatment titles, or biography.
SYNONYMS = [
    {"phrase": "bells palsy", "terms": "Bell’s palsy"},
    {"phrase": "face droop", "terms": "facial paralysis, Bell’s palsy, stroke"},
    {"phrase": "droopy face", "terms": "facial paralysis, Bell’s palsy, stroke"},
    {"phrase": "sagging face", "terms": "static sling, face lift"},
    {"phrase": "crooked smile", "terms": "synkinesis, selective neurectomy, Botox"},
    {"phrase": "eye won’t close", "terms": "eyelid procedures, eye closure"},
    {"phrase": "dry eye", "terms": "eyelid procedures, eye closure"},
    {"phrase": "gold weight", "terms": "eyelid procedures"},
    {"phrase": "droopy eyelid", "terms": "eyelid procedures"},
    {"phrase": "drooping eyelid", "terms": "eyelid procedures"},
    {"phrase": "ptosis", "terms": "eyelid procedures, brow lift"},  # drooping lid or brow
    {"phrase": "eye doctor", "terms": "ophthalmologist, oculoplastic"},
    {"phrase": "botox", "terms": "injections"},
    {"phrase": "twitching", "terms": "spasm, Botox"},
    {"phrase": "tight face", "terms": "tightness, synkinesis, massage"},
    {"phrase": "smile surgery", "terms": "muscle transfer, facial reanimation"},
    {"phrase": "nerve graft", "terms": "nerve repair, nerve transfer"},
    {"phrase": "facelift", "terms": "face lift, brow lift"},
    {"phrase": "ENT", "terms": "otolaryngology, otolaryngologist"},
    {"phrase": "ear nose throat", "terms": "otolaryngology, otolaryngologist"},
    {"phrase": "brain doctor", "terms": "neurology, neurologist"},
    {"phrase": "shingles", "terms": "Ramsay Hunt, viral infection"},
    {"phrase": "ramsay hunt", "terms": "viral infection"},
    {"phrase": "acoustic neuroma", "terms": "tumor, hearing loss"},
    {"phrase": "cancer", "terms": "tumor"},
    {"phrase": "car accident", "terms": "Injury or accident"},
    {"phrase": "birth defect", "terms": "Present from birth"},
    {"phrase": "mobius", "terms": "Moebius, Present from birth"},
    {"phrase": "kids", "terms": "children, pediatric, Present from birth"},
    {"phrase": "face exercises", "terms": "neuromuscular retraining"},
    {"phrase": "physio", "terms": "physical therapy"},
    {"phrase": "speech therapist", "terms": "speech-language pathology"},
    {"phrase": "drooling", "terms": "speech-language pathology, swallowing"},
    {"phrase": "counseling", "terms": "psychology, coping"},
    {"phrase": "anxiety", "terms": "psychology, coping"},
    {"phrase": "depression", "terms": "psychology, sadness"},
]

SPECIALISTS = [
    {
        # The seed's surgeon: only what the seed page says about him.
        "slug": "wes-heckman",
        "name": "Wes Heckman",
        "credentials": "MD",
        "title": "Facial plastic and reconstructive surgeon",
        "bio": """\
Wes Heckman, MD, is a facial plastic and reconstructive surgeon.

Dr. Heckman is double board-certified by the American Board of Facial Plastic & Reconstructive
Surgery and the American Board of Otolaryngology-Head and Neck Surgery, with specialized expertise
in facial plastic and reconstructive surgery.
""",
        "board_certifications": [
            "American Board of Facial Plastic & Reconstructive Surgery",
            "American Board of Otolaryngology-Head and Neck Surgery",
        ],
        "expertise": ["facial-plastic-surgery", "otolaryngology"],
        "conditions": ["facial-paralysis"],
        "causes": [],
        "treatments": [],
        "locations": [],
        "languages": [],
        "accepts_new_patients": None,
        "offers_video_visits": None,
        "education": [],
        "is_sample": False,
        "portrait": False,
    },
    {
        "slug": "amara-okafor",
        "name": "Amara Okafor",
        "credentials": "MD PhD",
        "title": "Facial reanimation surgeon",
        "bio": """\
Dr. Amara Okafor is a surgeon who helps faces move again. This work is called facial
reanimation. Dr. Okafor does nerve transfer and muscle transfer surgery, which some people call
smile surgery. In one muscle transfer, a thin muscle from the inner thigh, called the gracilis,
is moved to the face using microsurgery.

Many of Dr. Okafor’s patients lost movement after a tumor was removed or after an injury. Some
need a nerve repair or a free tissue transfer soon after. Others have lived with paralysis for
years.

Dr. Okafor also studies how nerves heal and works closely with therapists, so each new smile gets
stronger with practice.
""",
        "board_certifications": [],
        "expertise": ["facial-plastic-surgery"],
        "conditions": ["facial-paralysis"],
        "causes": ["tumor", "traumatic-injury"],
        "treatments": ["muscle-nerve-tissue-transfers", "selective-neurectomy", "static-sling"],
        "locations": ["omaha-main-campus"],
        "languages": ["English", "French"],
        "accepts_new_patients": True,
        "offers_video_visits": False,
        "education": [
            {
                "kind": "degree",
                "institution": "Prairie State University College of Medicine",
                "detail": "Doctor of Medicine",
                "year": 2006,
            },
            {
                "kind": "degree",
                "institution": "Prairie State University Graduate School",
                "detail": "Doctor of Philosophy, nerve biology",
                "year": 2008,
            },
            {
                "kind": "residency",
                "institution": "Bluestem University Hospital",
                "detail": "Otolaryngology–head and neck surgery",
                "year": 2013,
            },
            {
                "kind": "fellowship",
                "institution": "Harrowgate Facial Nerve Institute",
                "detail": "Facial plastic and reconstructive surgery",
                "year": 2014,
            },
        ],
        "is_sample": True,
        "portrait": True,
    },
    {
        "slug": "jose-nunez",
        "name": "José Núñez",
        "credentials": "MD",
        "title": "Facial plastic surgeon",
        "bio": """\
Dr. José Núñez is a facial plastic surgeon. Dr. Núñez helps people whose face is still weak or
uneven months or years after paralysis. Many patients first come for Botox injections. These relax
the stronger side of the face so the smile looks more even.

When a face sags at rest, Dr. Núñez may suggest a static sling or a face lift to raise the cheek
and the corner of the mouth. For synkinesis, when muscles pull the wrong way, a selective
neurectomy can free a crooked smile.

Dr. Núñez speaks Spanish and English and likes to explain each choice with simple drawings.
""",
        "board_certifications": [],
        "expertise": ["facial-plastic-surgery"],
        "conditions": ["facial-paralysis"],
        "causes": ["bells-palsy"],
        "treatments": [
            "botox-and-injections",
            "selective-neurectomy",
            "static-sling",
            "face-neck-brow-lift",
        ],
        "locations": ["omaha-main-campus", "lincoln-specialty-clinic"],
        "languages": ["English", "Spanish"],
        "accepts_new_patients": True,
        "offers_video_visits": True,
        "education": [
            {
                "kind": "degree",
                "institution": "Tallgrass State University School of Medicine",
                "detail": "Doctor of Medicine",
                "year": 2004,
            },
            {
                "kind": "residency",
                "institution": "Larkspur Valley Medical Center",
                "detail": "Otolaryngology–head and neck surgery",
                "year": 2009,
            },
            {
                "kind": "fellowship",
                "institution": "Kestrel Bay University Hospital",
                "detail": "Facial plastic and reconstructive surgery",
                "year": 2010,
            },
        ],
        "is_sample": True,
        "portrait": True,
    },
    {
        "slug": "kenji-watanabe",
        "name": "Kenji Watanabe",
        "credentials": "MD",
        "title": "Pediatric facial plastic surgeon",
        "bio": """\
Dr. Kenji Watanabe is a facial plastic surgeon who cares for babies, children and teens. Some
children are born with a face that does not move on one or both sides. One cause is Moebius
syndrome.

Dr. Watanabe helps families plan care as a child grows. For many children, the first step is
therapy. Later, smile surgery can move a small muscle and its nerve to the face, so the child can
smile.

Dr. Watanabe takes time to answer questions from parents and kids alike, and works with the whole
care team on each child’s plan.
""",
        "board_certifications": [],
        "expertise": ["facial-plastic-surgery"],
        "conditions": ["facial-paralysis"],
        "causes": ["birth-defect"],
        "treatments": ["muscle-nerve-tissue-transfers"],
        "locations": ["omaha-main-campus"],
        "languages": ["English", "Japanese"],
        "accepts_new_patients": False,
        "offers_video_visits": True,
        "education": [
            {
                "kind": "degree",
                "institution": "Bluestem University School of Medicine",
                "detail": "Doctor of Medicine",
                "year": 2002,
            },
            {
                "kind": "residency",
                "institution": "Bluestem University Hospital",
                "detail": "Otolaryngology–head and neck surgery",
                "year": 2007,
            },
            {
                "kind": "fellowship",
                "institution": "Wrenfield Children’s Hospital",
                "detail": "Pediatric facial plastic and reconstructive surgery",
                "year": 2008,
            },
        ],
        "is_sample": True,
        "portrait": True,
    },
    {
        "slug": "priya-venkatesan",
        "name": "Priya Venkatesan",
        "credentials": "MD",
        "title": "Otolaryngologist (ear, nose and throat surgeon)",
        "bio": """\
Dr. Priya Venkatesan is an ear, nose and throat doctor, also called an ENT. Dr. Venkatesan sees
people with sudden face weakness from Bell’s palsy or a viral infection, and people whose facial
nerve was hurt in an accident.

Dr. Venkatesan also treats tumors of the parotid gland, the gland in front of the ear. When a
tumor must come out, Dr. Venkatesan works hard to protect the facial nerve. If part of the nerve
has to be removed, it can sometimes be repaired during the same surgery.

Patients say Dr. Venkatesan explains test results in clear, simple words.
""",
        "board_certifications": [],
        "expertise": ["otolaryngology"],
        "conditions": ["facial-paralysis"],
        "causes": ["bells-palsy", "viral-infection", "tumor", "traumatic-injury"],
        "treatments": ["muscle-nerve-tissue-transfers"],
        "locations": ["lincoln-specialty-clinic", "omaha-main-campus"],
        "languages": ["English", "Hindi"],
        "accepts_new_patients": True,
        "offers_video_visits": True,
        "education": [
            {
                "kind": "degree",
                "institution": "Cobalt Ridge University College of Medicine",
                "detail": "Doctor of Medicine",
                "year": 2008,
            },
            {
                "kind": "residency",
                "institution": "Larkspur Valley Medical Center",
                "detail": "Otolaryngology–head and neck surgery",
                "year": 2013,
            },
        ],
        "is_sample": True,
        "portrait": True,
    },
    {
        "slug": "darius-rahimi",
        "name": "Darius Rahimi",
        "credentials": "DO",
        "title": "Neurotologist (ear and skull base surgeon)",
        "bio": """\
Dr. Darius Rahimi is an ear surgeon who focuses on the inner ear and the base of the skull. This
is where the facial nerve runs close to the nerves for hearing and balance.

Dr. Rahimi treats tumors in this area, such as an acoustic neuroma. This slow-growing tumor can
cause hearing loss, ringing in the ear or dizziness before the face ever feels weak. Dr. Rahimi
also cares for people with a broken bone near the ear after a fall or a car accident.

Before any surgery, Dr. Rahimi talks with each patient about hearing, balance and the face, and
what matters most to them.
""",
        "board_certifications": [],
        "expertise": ["otolaryngology"],
        "conditions": ["facial-paralysis"],
        "causes": ["tumor", "traumatic-injury"],
        "treatments": [],
        "locations": ["omaha-main-campus"],
        "languages": ["English", "Persian"],
        "accepts_new_patients": True,
        "offers_video_visits": False,
        "education": [
            {
                "kind": "degree",
                "institution": "Sandcrane College of Osteopathic Medicine",
                "detail": "Doctor of Osteopathic Medicine",
                "year": 2005,
            },
            {
                "kind": "residency",
                "institution": "Kestrel Bay University Hospital",
                "detail": "Otolaryngology–head and neck surgery",
                "year": 2010,
            },
            {
                "kind": "fellowship",
                "institution": "Harrowgate Facial Nerve Institute",
                "detail": "Neurotology and skull base surgery",
                "year": 2012,
            },
        ],
        "is_sample": True,
        "portrait": True,
    },
    {
        "slug": "farah-haddad",
        "name": "Farah Haddad",
        "credentials": "MD",
        "title": "Neurologist",
        "bio": """\
Dr. Farah Haddad is a neurologist, a doctor for the brain and nerves. When one side of the face
suddenly droops, Dr. Haddad helps find out why. It could be Bell’s palsy, a stroke, or a viral
infection such as shingles, which can cause Ramsay Hunt syndrome.

Dr. Haddad treats new facial weakness with medicine and follows each patient as the nerve heals.
Later, some people have twitching or a facial spasm. Dr. Haddad may use Botox injections to calm
these muscles.

Dr. Haddad speaks Arabic and English and often sees patients by video for follow-up visits.
""",
        "board_certifications": [],
        "expertise": ["neurology"],
        "conditions": ["facial-paralysis"],
        "causes": ["bells-palsy", "viral-infection", "stroke"],
        "treatments": ["botox-and-injections"],
        "locations": ["omaha-main-campus", "lincoln-specialty-clinic"],
        "languages": ["English", "Arabic"],
        "accepts_new_patients": True,
        "offers_video_visits": True,
        "education": [
            {
                "kind": "degree",
                "institution": "Cobalt Ridge University College of Medicine",
                "detail": "Doctor of Medicine",
                "year": 2010,
            },
            {
                "kind": "residency",
                "institution": "Tallgrass State University Hospital",
                "detail": "Neurology",
                "year": 2014,
            },
            {
                "kind": "fellowship",
                "institution": "Tallgrass State University Hospital",
                "detail": "Neuromuscular medicine",
                "year": 2015,
            },
        ],
        "is_sample": True,
        "portrait": True,
    },
    {
        "slug": "samuel-mensah",
        "name": "Samuel Mensah",
        "credentials": "DO",
        "title": "Neurologist (stroke recovery)",
        "bio": """\
Dr. Samuel Mensah is a neurologist who cares for people after a stroke. A stroke can make the
lower part of the face droop. It often comes with weakness in an arm or leg, or trouble speaking.

Sudden face drooping is an emergency, so call 911 right away. After emergency care, Dr. Mensah
helps patients and families with the next steps of stroke recovery. This includes checking how
the face is healing and connecting patients with the right therapists on our team.

Dr. Mensah sees patients in Kearney, which saves many rural families a long drive.
""",
        "board_certifications": [],
        "expertise": ["neurology"],
        "conditions": ["facial-paralysis"],
        "causes": ["stroke"],
        "treatments": [],
        "locations": ["kearney-outreach-clinic"],
        "languages": ["English", "French"],
        "accepts_new_patients": True,
        "offers_video_visits": True,
        "education": [
            {
                "kind": "degree",
                "institution": "Sandcrane College of Osteopathic Medicine",
                "detail": "Doctor of Osteopathic Medicine",
                "year": 2011,
            },
            {
                "kind": "residency",
                "institution": "Larkspur Valley Medical Center",
                "detail": "Neurology",
                "year": 2015,
            },
            {
                "kind": "fellowship",
                "institution": "Larkspur Valley Medical Center",
                "detail": "Vascular neurology (stroke)",
                "year": 2016,
            },
        ],
        "is_sample": True,
        "portrait": True,
    },
    {
        "slug": "siobhan-oneill",
        "name": "Siobhan O’Neill",
        "credentials": "MD",
        "title": "Oculoplastic ophthalmologist (eyelid surgeon)",
        "bio": """\
Dr. Siobhan O’Neill is an eye doctor who does surgery on the eyelids and the area around the eye.
When the face is paralyzed, the eye often won’t close all the way. This can lead to a dry eye that
is red and sore.

Good eye closure protects your vision. Dr. O’Neill may place a small gold weight in the upper
eyelid, tighten a lower lid that sags, or lift a heavy brow that blocks your view.

Dr. O’Neill also teaches simple ways to care for the eye at home, such as drops during the day and
ointment at night.
""",
        "board_certifications": [],
        "expertise": ["oculoplastic-surgery"],
        "conditions": ["facial-paralysis"],
        "causes": [],
        "treatments": ["eyelid-procedures", "face-neck-brow-lift"],
        "locations": ["omaha-main-campus", "kearney-outreach-clinic"],
        "languages": ["English"],
        "accepts_new_patients": True,
        "offers_video_visits": False,
        "education": [
            {
                "kind": "degree",
                "institution": "Prairie State University College of Medicine",
                "detail": "Doctor of Medicine",
                "year": 2007,
            },
            {
                "kind": "residency",
                "institution": "Silverpine Eye Institute",
                "detail": "Ophthalmology",
                "year": 2011,
            },
            {
                "kind": "fellowship",
                "institution": "Silverpine Eye Institute",
                "detail": "Oculoplastic and orbital surgery",
                "year": 2013,
            },
        ],
        "is_sample": True,
        "portrait": True,
    },
    {
        "slug": "linh-pham",
        "name": "Linh Pham",
        "credentials": "PT DPT",
        "title": "Physical therapist (facial retraining)",
        "bio": """\
Linh Pham is a physical therapist who helps people retrain the muscles of the face. Many of
Linh’s patients are getting better from Bell’s palsy. Some have synkinesis, when face muscles move
together in ways they do not want.

In neuromuscular retraining, Linh teaches slow, small face exercises that you practice at home
every day. Linh also uses biofeedback, a screen that shows what your muscles are doing, and gentle
massage and stretching to ease tightness.

Linh speaks Vietnamese and English and offers some visits by video.
""",
        "board_certifications": [],
        "expertise": ["physical-therapy"],
        "conditions": ["facial-paralysis"],
        "causes": ["bells-palsy"],
        "treatments": ["neuromuscular-retraining"],
        "locations": ["lincoln-specialty-clinic", "omaha-main-campus"],
        "languages": ["English", "Vietnamese"],
        "accepts_new_patients": True,
        "offers_video_visits": True,
        "education": [
            {
                "kind": "degree",
                "institution": "Northwind University",
                "detail": "Doctor of Physical Therapy",
                "year": 2016,
            },
            {
                "kind": "training",
                "institution": "Harrowgate Facial Nerve Institute",
                "detail": "Facial neuromuscular retraining course",
                "year": 2018,
            },
        ],
        "is_sample": True,
        "portrait": True,
    },
    {
        "slug": "rachel-lindqvist",
        "name": "Rachel Lindqvist",
        "credentials": "PT DPT",
        "title": "Physical therapist",
        "bio": """\
Rachel Lindqvist is a physical therapist who works with children and adults with facial
paralysis. Rachel has special training in neuromuscular retraining. Rachel often sees patients
after surgery to bring back movement, to help a new muscle learn to make a smile.

Sessions use mirror work, gentle movement and games for younger children. Rachel also helps with
synkinesis and shows each patient which exercises to do at home and which to skip.

Rachel signs in American Sign Language and welcomes patients who are Deaf or hard of hearing.
""",
        "board_certifications": [],
        "expertise": ["physical-therapy"],
        "conditions": ["facial-paralysis"],
        "causes": ["birth-defect"],
        "treatments": ["neuromuscular-retraining"],
        "locations": ["kearney-outreach-clinic", "lincoln-specialty-clinic"],
        "languages": ["English", "American Sign Language"],
        "accepts_new_patients": False,
        "offers_video_visits": False,
        "education": [
            {
                "kind": "degree",
                "institution": "Northwind University",
                "detail": "Doctor of Physical Therapy",
                "year": 2012,
            },
            {
                "kind": "residency",
                "institution": "Wrenfield Children’s Hospital",
                "detail": "Pediatric physical therapy",
                "year": 2013,
            },
        ],
        "is_sample": True,
        "portrait": True,
    },
    {
        "slug": "xiaoling-zhao",
        "name": "Xiaoling Zhao",
        "credentials": "MS CCC-SLP",
        "title": "Speech-language pathologist",
        "bio": """\
Xiaoling Zhao is a speech therapist, also called a speech-language pathologist. When the lips and
cheek are weak, it can be hard to speak clearly, eat, drink from a cup or keep food in the mouth.
Drooling is common, and it can feel embarrassing.

Xiaoling helps with speech sounds, safe swallowing and simple tricks for meals. Many patients come
after a stroke, and some are children who were born with facial weakness.

Xiaoling speaks Mandarin and English and can see many patients by video.
""",
        "board_certifications": [],
        "expertise": ["speech-therapy"],
        "conditions": ["facial-paralysis"],
        "causes": ["stroke"],
        "treatments": [],
        "locations": ["lincoln-specialty-clinic"],
        "languages": ["English", "Mandarin"],
        "accepts_new_patients": True,
        "offers_video_visits": True,
        "education": [
            {
                "kind": "degree",
                "institution": "Elmhollow University",
                "detail": "Master of Science, speech-language pathology",
                "year": 2014,
            },
            {
                "kind": "training",
                "institution": "Tallgrass State University Hospital",
                "detail": "Clinical fellowship in speech-language pathology",
                "year": 2015,
            },
        ],
        "is_sample": True,
        "portrait": True,
    },
    {
        "slug": "naomi-kessler",
        "name": "Naomi Kessler",
        "credentials": "PhD",
        "title": "Psychologist",
        "bio": """\
Dr. Naomi Kessler is a psychologist who helps people cope with the changes facial paralysis can
bring. A face that looks or moves differently can affect how you feel, how you talk with others
and how you see yourself. Anxiety, sadness and worry about going out in public are common.

Dr. Kessler offers counseling for adults and teens, plus coping skills you can use every day. A
monthly support group lets patients meet others who understand.

Dr. Kessler also helps people get ready for surgery and for the long wait while a nerve heals.
""",
        "board_certifications": [],
        "expertise": ["psychology"],
        "conditions": ["facial-paralysis"],
        "causes": [],
        "treatments": [],
        "locations": ["omaha-main-campus"],
        "languages": ["English", "Spanish"],
        "accepts_new_patients": True,
        "offers_video_visits": True,
        "education": [
            {
                "kind": "degree",
                "institution": "Elmhollow University",
                "detail": "Doctor of Philosophy, clinical psychology",
                "year": 2009,
            },
            {
                "kind": "training",
                "institution": "Kestrel Bay University Hospital",
                "detail": "Internship in health psychology",
                "year": 2009,
            },
            {
                "kind": "fellowship",
                "institution": "Kestrel Bay University Hospital",
                "detail": "Postdoctoral fellowship in health psychology",
                "year": 2010,
            },
        ],
        "is_sample": True,
        "portrait": True,
    },
]
