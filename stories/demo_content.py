"""Demo stories: fictional sample patients with drawn illustrations, and their consent records.

Every patient here is made up, and every "photo" is a cartoon drawn by
``clinic.illustrations.face_illustration``; the alt texts describe those drawings. No story is
about a real person, and none is linked to the seed's real surgeon. The stories do not say which
side of the face is weak, because the drawings put the droop on either side.

The fourth story's consent has been revoked: it must never appear on the site. Its title says so,
so that it is easy to spot in the admin.
"""

SAMPLE_NOTE = (
    "*This is a sample story about a fictional patient. The pictures are drawings, not photos.*"
)

STORIES = [
    {
        "slug": "maya-finding-her-smile-after-bells-palsy",
        "title": "Finding my smile again after Bell’s palsy",
        "patient_display_name": "Maya R.",
        "summary": (
            "Months after Bell’s palsy, Maya’s face still felt tight and her eye closed when she "
            "smiled. Facial retraining and Botox injections helped her smile more evenly."
        ),
        "body": f"""\
{SAMPLE_NOTE}

## When it started

One morning my coffee dribbled out of one side of my mouth. When I looked in the mirror, that side
of my face did not move. I was scared it was a stroke, so my sister called 911 right away. At
the hospital, the doctors checked me carefully and told me it was Bell’s palsy. I started a steroid
medicine that same day.

## Waiting to get better

I was told that most people get better on their own, and I hoped I would too. Some movement did
come back over the next few months. But one corner of my mouth still drooped, and my face felt
tight. My eye on that side closed a little every time I smiled. Later I learned this is called
synkinesis. I stopped smiling in photos. At work I kept my hand near my mouth when I talked.

About five months after it started, my doctor sent me to the facial paralysis clinic.

## What treatment involved

My first visit was long. The team took photos and videos so we could compare later. Then we made
a plan together.

The main part was facial retraining with a physical therapist. I learned slow, small movements to
practice in front of a mirror, and how to let go of the muscles that pulled too hard. I did my
exercises for about ten minutes, twice a day. Some weeks I saw no change, and that was hard.

A neurologist also gave me small Botox injections in a few spots on the tight side. They helped my
eye stay open when I smiled. The effect wears off after a few months, so I go back for more.

## Where I am now

Eight months later, my face is not exactly the way it was before. When I am tired, I still feel the
tightness. But my smile looks more even, and my eye no longer shuts when I laugh. I eat and drink
without thinking about it.

If you are where I was, ask your doctor about a referral. Treatment takes patience, and your path
may look different from mine. For me, it was worth starting.
""",
        "cause": "bells-palsy",
        "treatments": ["neuromuscular-retraining", "botox-and-injections"],
        "specialists": ["linh-pham", "farah-haddad"],
        "featured": True,
        "published_days_ago": 40,
        "photo_pairs": [
            {
                "before_label": "Before treatment",
                "before_caption": "At her first clinic visit, five months after Bell’s palsy.",
                "before_alt": (
                    "Illustration of a cartoon face with one corner of the mouth drooping, the "
                    "eyebrow lower on that side and that eye open wider"
                ),
                "after_label": "8 months after",
                "after_caption": "After facial retraining and Botox injections.",
                "after_alt": (
                    "Illustration of the same cartoon face smiling, now nearly even on both sides"
                ),
            },
        ],
        "consent": {
            "signed_days_ago": 60,
            "expires_in_days": 700,
            "revoked_days_ago": None,
            "covers_text": True,
            "covers_photos": True,
            "document_reference": "CONSENT-2026-0142 (sample)",
        },
    },
    {
        "slug": "daniel-blinking-and-smiling-after-tumor-surgery",
        "title": "Learning to blink and smile again after acoustic neuroma surgery",
        "patient_display_name": "Daniel K.",
        "summary": (
            "After surgery to remove a tumor near his ear, Daniel’s face would not move. An eyelid "
            "weight protected his eye, and a nerve transfer slowly brought back his smile."
        ),
        "body": f"""\
{SAMPLE_NOTE}

## Finding the tumor

Daniel was 52 when he noticed ringing in one ear and trouble hearing on the phone. A scan showed a
tumor on the nerve for hearing and balance, near the brain. This kind of tumor is called an
acoustic neuroma. It was not cancer, but it was growing.

## Surgery, and a face that would not move

An ear and skull base surgeon removed the tumor. The nerve that moves the face runs right beside
this kind of tumor. Before surgery, the team explained that his face could be weak afterward. It
was. When Daniel woke up, one side of his face did not move, and that eye would not close.

“The eye was the scariest part,” Daniel says. “It felt dry and it burned.”

## Protecting the eye first

Daniel used eye drops during the day and ointment and tape at night. A few weeks after surgery, an
eyelid surgeon placed a small gold weight in his upper lid. The weight helps the lid come down when
he blinks. It can be taken out later if it is no longer needed.

## Bringing back movement

Over the next months, tests showed that the facial nerve was not recovering on its own. About
seven months after his tumor surgery, a facial reanimation surgeon did a nerve transfer. The
surgeon joined a small branch of a chewing nerve to the nerve that moves the face.

For a long time, nothing seemed to happen. Then, about four months later, Daniel felt a twitch at
the corner of his mouth when he clenched his teeth. A physical therapist helped him turn that bite
into a smile, and then practice until it took less effort.

## Today

More than a year after the nerve transfer, Daniel’s face looks more even at rest, and he can smile
with both sides. His smile is not the same as before, and the hearing in that ear did not come
back. He still uses ointment at night.

“It’s not the face I had before,” he says. “But I don’t hide it anymore.”
""",
        "cause": "tumor",
        "treatments": [
            "eyelid-procedures",
            "muscle-nerve-tissue-transfers",
            "neuromuscular-retraining",
        ],
        "specialists": ["darius-rahimi", "siobhan-oneill", "amara-okafor"],
        "featured": False,
        "published_days_ago": 120,
        "photo_pairs": [
            {
                "before_label": "At rest, before",
                "before_caption": "Two weeks after tumor surgery.",
                "before_alt": (
                    "Illustration of a cartoon face at rest with one corner of the mouth drooping, "
                    "the eyebrow lower on that side and that eye open wider"
                ),
                "after_label": "At rest, 14 months after",
                "after_caption": "After the eyelid weight and nerve transfer.",
                "after_alt": "Illustration of the same cartoon face at rest, nearly even",
            },
            {
                "before_label": "Smiling, before",
                "before_caption": "Only one side of the mouth lifted.",
                "before_alt": (
                    "Illustration of a cartoon face trying to smile, with one corner of the mouth "
                    "still drooping"
                ),
                "after_label": "Smiling, 14 months after",
                "after_caption": "Both corners of the mouth now lift.",
                "after_alt": (
                    "Illustration of the same cartoon face smiling with both corners of the mouth"
                ),
            },
        ],
        "consent": {
            "signed_days_ago": 150,
            "expires_in_days": 900,
            "revoked_days_ago": None,
            "covers_text": True,
            "covers_photos": True,
            "document_reference": "CONSENT-2026-0057 (sample)",
        },
    },
    {
        "slug": "ruth-a-static-sling-years-after-a-fall",
        "title": "A static sling, six years after a fall",
        "patient_display_name": "Ruth D.",
        "summary": (
            "A fall on the ice left one side of Ruth’s face weak. Years later, a static sling and "
            "a brow lift helped her face sit more evenly and made eating and reading easier."
        ),
        "body": f"""\
{SAMPLE_NOTE}

## The fall

Ruth was 68 when she slipped on the ice outside her church. She hit the side of her head and broke
a bone near her ear. The break hurt the nerve that moves her face. She was told it might get
better with time. Months went by, and the movement did not come back.

## Living with it

For years, Ruth got used to it. But as time went on, that side of her face sagged more. She bit
her cheek when she ate, and drinks ran out of the corner of her mouth. Her eyebrow hung low over
her eye, so she had to tilt her head to read.

“I thought it was too late to do anything,” she says. Her grandson found the facial paralysis
program online and helped her make a call.

## Choosing a plan

Ruth’s surgeon explained that her face muscles had been still for a long time. Surgery to bring
back a smile would be long and hard, with months of recovery. Ruth also has a heart condition. She
wanted a shorter surgery that would help with daily life.

Together, they chose a static sling and a brow lift. For the sling, the surgeon took a strip of
tough tissue from her thigh. It was placed under the skin to hold up the corner of her mouth and
her cheek. The brow lift raised her eyebrow off her eye. Her surgeon was clear that a sling does
not make the face move.

## Recovery

Her face was swollen and bruised for about two weeks, and her thigh was sore. She went home the
next day. A family member stayed with her for the first few days.

## What changed

Four months later, Ruth’s face looks more even when it is at rest. She bites her cheek much less,
and she can drink from a cup again. She can read without tilting her head. Her smile still only
lifts on one side, and she knew it would.

“I wish I had asked sooner,” she says.
""",
        "cause": "traumatic-injury",
        "treatments": ["static-sling", "face-neck-brow-lift"],
        "specialists": ["jose-nunez"],
        "featured": False,
        "published_days_ago": 75,
        "photo_pairs": [
            {
                "before_label": "Before surgery",
                "before_caption": "Six years after her fall.",
                "before_alt": (
                    "Illustration of a cartoon face with one corner of the mouth drooping, the "
                    "eyebrow lower on that side and that eye open wider"
                ),
                "after_label": "4 months after",
                "after_caption": "After a static sling and a brow lift.",
                "after_alt": (
                    "Illustration of the same cartoon face, with the mouth and eyebrows nearly "
                    "even on both sides"
                ),
            },
        ],
        "consent": {
            "signed_days_ago": 100,
            "expires_in_days": 800,
            "revoked_days_ago": None,
            "covers_text": True,
            "covers_photos": True,
            "document_reference": "CONSENT-2026-0093 (sample)",
        },
    },
    {
        # Consent revoked 10 days ago: this story must never appear on the site.
        "slug": "sam-a-new-smile-after-muscle-transfer",
        "title": "(Consent revoked) Sam’s new smile after a muscle transfer",
        "patient_display_name": "Sam T.",
        "summary": (
            "Sam was born with one side of his face still. At age 8, a muscle transfer and months "
            "of practice gave him a smile on both sides."
        ),
        "body": f"""\
{SAMPLE_NOTE}

## From the start

Sam’s parents noticed it the day he was born. When he cried, only one side of his face moved.
Tests showed that the nerve on that side had not formed fully before birth. His doctors explained
that this kind of weakness usually does not get better on its own.

As a baby, Sam had some trouble feeding. His parents learned to put drops in his eye, because it
did not close all the way when he slept.

## Growing up

Sam was a happy, busy kid. But when he started school, other children asked why his smile was
“crooked.” He started to cover his mouth when he laughed.

His care team had told the family that smile surgery is often done once a child is a bit older.
When Sam was 7, they met with a pediatric facial plastic surgeon to talk about it.

## The surgery

The surgeon explained a muscle transfer. A thin muscle from the inner thigh would be moved to
Sam’s face and joined to a nerve that could make it work. The surgery would take many hours, and
Sam would stay in the hospital for a few days. Movement would not come right away.

Sam had the surgery when he was 8. His mom says the first weeks were the hardest, with swelling and
a sore leg. Nothing moved for months.

## Learning to use it

About five months after surgery, Sam felt the new muscle tighten for the first time. A physical
therapist gave him games and mirror exercises to practice at home. At first he could only smile by
biting down. With time and practice, it took less effort.

## Now

Sam’s smile is not exactly even, and it may keep changing as he grows. But he smiles with both
sides now, and he has stopped covering his mouth.

“He laughs with his whole face,” his dad says.
""",
        "cause": "birth-defect",
        "treatments": ["muscle-nerve-tissue-transfers", "neuromuscular-retraining"],
        "specialists": ["kenji-watanabe", "rachel-lindqvist"],
        "featured": False,
        "published_days_ago": 180,
        "photo_pairs": [
            {
                "before_label": "Before surgery",
                "before_caption": "Age 7, before the muscle transfer.",
                "before_alt": (
                    "Illustration of a cartoon face with one corner of the mouth drooping, the "
                    "eyebrow lower on that side and that eye open wider"
                ),
                "after_label": "1 year after",
                "after_caption": "Smiling with both sides of his mouth.",
                "after_alt": (
                    "Illustration of the same cartoon face smiling, now nearly even on both sides"
                ),
            },
        ],
        "consent": {
            "signed_days_ago": 220,
            "expires_in_days": 500,
            "revoked_days_ago": 10,
            "covers_text": True,
            "covers_photos": True,
            "document_reference": "CONSENT-2025-0311 (sample)",
        },
    },
]
