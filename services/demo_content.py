"""Demo content: the seed page's text plus sample copy for clinicians to review."""

CONDITION = {
    "slug": "facial-paralysis",
    "title": "Facial paralysis",
    "title_in_sentence": "facial paralysis",
    "summary": (
        "Facial paralysis occurs when the muscles on one or both sides of the face cannot move. "
        "There are treatment options if it does not resolve or improve on its own."
    ),
    "body": """\
Facial paralysis occurs when the muscles on one or both sides of the face cannot move. This can
happen for various reasons, such as a birth defect, stroke, viral infection, Bell’s palsy, tumor or
traumatic accident. It can be devastating. However, the good news is that there are treatment
options available for patients if paralysis does not resolve or improve on its own.

Corrective surgery for facial paralysis can be very complex. Treatments will vary depending on your
age, health status, location of paralysis, and how long the muscles have been paralyzed, among
other factors.
""",
    # The seed's words above in plainer ones (grade 6 or lower), saying nothing they don't.
    "in_short": """\
With facial paralysis, the muscles on one or both sides of the face cannot move. There are many
causes. Some people are born with it. Others get it from a stroke, an infection from a virus,
Bell’s palsy, a tumor or an accident.

It can be very hard to live with. The good news is that if it does not go away or get better on
its own, there are ways to treat it.

Surgery to fix it can be very complex. Your care will depend on things like your age, your health,
which part of your face is weak and how long it has been weak.
""",
    "is_sample_copy": False,
}

CAUSES = [
    {
        "slug": "birth-defect",
        "title": "Present from birth",
        "summary": (
            "Some babies are born with weakness on one or both sides of the face. "
            "Care often starts with protecting the eye and helping with feeding."
        ),
        "body": """\
## What it is

Some babies are born with a face that does not move the usual way. This can affect one side of
the face or both sides.

There are a few reasons it can happen:

- **Injury during birth.** Pressure on the face during a long or hard delivery can bruise the
  nerve that moves the face. This kind of weakness often gets better on its own.
- **A problem with how the face formed.** Sometimes the nerve or muscles of the face did not form
  fully before birth. This kind usually does not get better on its own.
- **A syndrome.** Some conditions affect the face along with other parts of the body. One example
  is Moebius syndrome. It often affects both sides of the face and the muscles that move the eyes.

## Signs

You may notice that:

- One side of your baby’s face does not move when they cry or smile.
- One eye does not close all the way, even during sleep.
- Your baby has trouble sucking, feeding or keeping milk in their mouth.
- Your child drools or has trouble with some speech sounds as they grow.

## How it is treated

Care depends on the cause and on your child’s age. Early care focuses on the basics. This means
keeping the eye moist and safe, and making sure your baby can feed well.

As your child grows, a care team may suggest therapy to help with face movement and speech. For
some children, surgery can help. One type moves a small muscle and its nerve to the face to help
create a smile. Surgeons often wait until a child is older before this kind of surgery. Your
child’s surgeon will talk with you about the best timing.

## When to get help

Talk with your child’s doctor if you notice any signs of face weakness. Get care right away if
your child’s eye looks red, seems to hurt or will not close. An eye that stays open can dry out and
get hurt.
""",
        "is_sample_copy": True,
    },
    {
        "slug": "stroke",
        "title": "Stroke",
        "summary": (
            "A stroke can cause sudden drooping on one side of the face. "
            "Sudden face drooping is an emergency. Call 911 right away."
        ),
        "body": """\
## What it is

A stroke happens when blood flow to part of the brain is blocked, or when a blood vessel in the
brain bursts. Brain cells in that area can be hurt or die. If the stroke affects the part of the
brain that controls the face, the face can droop.

With a stroke, the problem is in the brain, not in the nerve that runs to the face. Because of
this, a stroke often affects the lower part of the face more than the forehead. Many people can
still raise their eyebrows.

## Signs

**Call 911 right away if you or someone near you has any of these signs, even if they go away:**

- Sudden drooping of one side of the face.
- Sudden weakness or numbness in an arm or leg, often on one side of the body.
- Sudden trouble speaking, slurred words or trouble understanding speech.

Do not drive yourself to the hospital. Do not wait to see if it gets better. Fast treatment can
save brain cells. Note the time the signs started and tell the care team.

## How it is treated

Emergency care comes first. After that, the face often gets better as the brain heals. Many
people work with speech, physical and occupational therapists while they recover.

Sometimes the face still droops or feels hard to control after recovery. A facial paralysis team
may be able to help. Options may include facial therapy, injections or, for some people, surgery.
Your care team will talk with you about what makes sense for you. This will depend on your overall
health and how long it has been since your stroke.

## When to get help

Any sudden face drooping is an emergency. Call 911. Later, if face weakness still bothers you
after a stroke, ask your doctor about seeing a facial paralysis specialist.
""",
        "is_sample_copy": True,
    },
    {
        "slug": "viral-infection",
        "title": "Viral infection",
        "summary": (
            "Some viruses, such as the one that causes shingles, can harm the nerve that moves "
            "the face. Fast treatment with medicine may help."
        ),
        "body": """\
## What it is

The facial nerve controls the muscles that let you smile, blink and raise your brows. Some viruses
can make this nerve swell. A swollen nerve may stop working well, and the face can become weak.

One example is Ramsay Hunt syndrome. It is caused by the same virus that causes chickenpox and
shingles. After you have chickenpox, this virus stays in your body. Years later, it can wake up
and attack the facial nerve near the ear.

Some other infections can also harm the facial nerve. One example is Lyme disease, which comes
from a tick bite.

## Signs

Signs of Ramsay Hunt syndrome can include:

- Weakness or drooping on one side of the face.
- A painful rash with blisters in or around the ear. Blisters may also show up in the mouth.
- Ear pain.
- Hearing loss or ringing in the ear.
- Feeling dizzy or off balance.
- An eye that will not close all the way.

The rash can come before, with or after the face weakness. Some people never get a rash.

## How it is treated

Doctors often treat Ramsay Hunt syndrome with medicine that fights the virus. They may also give
a steroid medicine to bring down swelling. These medicines seem to work best when they are started
soon after signs begin. You may also need medicine for pain.

If your eye will not close, it is very important to protect it. Your doctor may suggest eye drops
during the day and ointment at night.

Recovery can be slow. It is often slower than with Bell’s palsy. Some people have weakness that
lasts. If that happens, facial therapy, injections or surgery may help. Your care team will talk
with you about your choices.

## When to get help

See a doctor right away if your face becomes weak, mostly if you also have ear pain or a rash. If
face drooping comes with arm weakness or trouble speaking, call 911. These can be signs of a
stroke.
""",
        "is_sample_copy": True,
    },
    {
        "slug": "bells-palsy",
        "title": "Bell’s palsy",
        "summary": (
            "Bell’s palsy causes sudden weakness on one side of the face. Most people get better "
            "on their own over weeks to months, but see a doctor quickly."
        ),
        "body": """\
## What it is

Bell’s palsy is sudden weakness or drooping on one side of the face. It happens when the nerve
that moves the face swells and stops working well. Doctors do not know the exact cause. A virus
may play a role.

Bell’s palsy can happen to anyone at any age. It almost always affects just one side of the face.

## Signs

Signs often come on fast, over a few hours to a couple of days. They can include:

- Drooping of the mouth or face on one side.
- Trouble closing one eye or blinking.
- Drooling, or trouble eating and drinking.
- A dry eye or a watery eye.
- Pain behind or around the ear.
- Changes in taste.
- Sounds seeming louder than normal in one ear.

## How it is treated

Most people with Bell’s palsy get better on their own. This usually takes weeks to months. Even so,
it is important to see a doctor quickly, because early treatment may help. A doctor may give you a
steroid medicine to bring down swelling in the nerve. This medicine tends to help most when it is
started within the first few days.

A doctor will also check that nothing else is causing your symptoms. Face drooping can have other
causes, such as a stroke.

While you heal, protect your eye if it does not close. Use eye drops during the day and ointment
at night. Some people tape the eye shut at night. Your doctor can show you how.

Some people do not fully get better. They may have weakness that lasts. Or face muscles may move
together in ways they do not want. This is called synkinesis. Therapy, injections and surgery can
help with these problems.

## When to get help

See a doctor as soon as you notice face weakness. Call 911 if face drooping comes with arm or leg
weakness, trouble speaking or confusion. Also get care fast if your eye is red or hurts.
""",
        "is_sample_copy": True,
    },
    {
        "slug": "tumor",
        "title": "Tumor",
        "summary": (
            "A growth near the facial nerve can press on it or grow into it. Treatment to remove a "
            "tumor can also affect the nerve."
        ),
        "body": """\
## What it is

The facial nerve starts in the brain. It passes through the skull near the ear and then spreads
into the face. A tumor anywhere along this path can cause face weakness. A tumor is a growth of
cells. Many tumors in these areas are not cancer. But even a tumor that is not cancer can harm the
nerve.

Some tumors that can affect the facial nerve are:

- Tumors of the parotid gland. This gland makes spit and sits in front of the ear. The facial
  nerve runs through it.
- Tumors on the nerve for hearing and balance, near the brain.
- Tumors that grow on the facial nerve itself.
- Some skin cancers of the face.

Face weakness can come from the tumor. It can also happen after surgery or other treatment for the
tumor. Sometimes part of the nerve has to be removed along with the tumor.

## Signs

Face weakness from a tumor often comes on slowly. It may get worse over weeks or months. Other
signs can include:

- Twitching of the face.
- A lump in the cheek, in front of the ear or in the neck.
- Hearing loss or ringing in one ear.
- Weakness that keeps coming back on the same side.

## How it is treated

Treating the tumor comes first. Your tumor care team will plan this with you. In some cases, a
surgeon can repair the facial nerve during the same surgery. This may use a piece of nerve from
another part of the body.

Later, other treatments may help. These can include eye care, facial therapy, injections, and
surgery to help the face move or look more even. The best plan depends on many things. These
include your health, the tumor treatment you need and how long your face has been weak. Your
surgeon will talk with you about your options.

## When to get help

See a doctor if your face weakness came on slowly or keeps getting worse. Also see a doctor if it
does not start to get better after a few months, or if you find a new lump.
""",
        "is_sample_copy": True,
    },
    {
        "slug": "traumatic-injury",
        "title": "Injury or accident",
        "summary": (
            "A head injury or a cut to the face can damage the facial nerve. Some nerve injuries "
            "heal on their own. Others do best with repair soon after the injury."
        ),
        "body": """\
## What it is

The nerve that moves the face can be hurt in an accident or injury. This can happen in several
ways:

- A hard blow to the head, such as in a car crash or a fall, that breaks the bone near the ear.
- A deep cut to the cheek or the side of the face.
- Surgery on or near the ear, face or neck.

Some nerve injuries are bruises or stretches. These often heal on their own over time. Other
injuries cut the nerve all the way through. A cut nerve usually needs surgery to heal.

## Signs

- Weakness or drooping on one side of the face.
- Trouble closing the eye on that side.
- Drooling or trouble eating and drinking.

Face weakness may show up right after the injury. Sometimes it starts hours or days later, as
swelling builds up.

## How it is treated

Timing matters. If the nerve is cut, it is often best to repair it soon after the injury. A
surgeon sews the nerve ends back together. If a piece of nerve is missing, a piece of nerve from
another part of the body may be used to bridge the gap.

Your doctor may order tests to see how well the nerve is working. These tests help show whether
surgery is needed.

If the nerve cannot be repaired, or if weakness lasts, other treatments may help. These include
therapy, injections and surgery to bring back movement or balance the face. Nerves heal slowly. It
can take many months to know how much movement will come back.

While you heal, protect your eye if it does not close all the way. Eye drops during the day and
ointment at night can help.

## When to get help

Get emergency care for any serious head or face injury. Tell the care team if you notice weakness
in your face. If you were hurt in the past and your face is still weak, ask about seeing a facial
paralysis specialist. There may still be options, even years later.
""",
        "is_sample_copy": True,
    },
]

TREATMENTS = [
    {
        "slug": "botox-and-injections",
        "title": "Botox and other injections",
        "category": "nonsurgical",
        "summary": (
            "Injections such as Botox relax the stronger side of the face so both sides look more "
            "even. They can also ease tightness. The effect wears off after a few months."
        ),
        "body": """\
## What it is

Botox is a medicine made from botulinum toxin. When a small amount is put into a muscle, it
relaxes that muscle for a while. Other brands work the same way.

With facial paralysis, one side of the face is weak. The other side may pull harder and make the
face look uneven. Relaxing some muscles on the stronger side can help both sides look more even.

Botox can also help on the weak side. After a nerve heals, some muscles can get tight or move
together when they should not. For example, your eye may close when you smile. This is called
synkinesis. Botox can ease these problems.

Other injections, such as fillers, may be used to add fullness to some parts of the face.

## Who it may help

Injections may help if:

- Your face looks uneven at rest or when you smile.
- Your face feels tight or stiff.
- Parts of your face move together in ways you do not want.

## What happens

The visit is usually quick and done in the clinic. Your provider uses a very thin needle to put
small amounts into certain muscles. You do not need to be put to sleep.

The effect starts within a few days. It wears off after a few months. To keep the results, most
people come back for repeat injections. Your provider may change the dose or the spots over time
to find the best balance.

Injections are often used along with neuromuscular retraining therapy.

## Recovery

Most people go back to their normal day right away. Your provider may ask you not to rub the area
or lie down for a few hours.

## Risks and side effects

Side effects are often mild and short. They can include:

- Bruising, swelling or soreness where the needle went in.
- Headache.
- Too much weakness in a muscle. For a while, this can cause a droopy eyelid, an uneven smile, or
  trouble drinking from a cup or speaking clearly.

These effects usually fade as the medicine wears off. Before your injections, tell your provider
about your health and the medicines you take.
""",
        "used_for": (
            "Making the two sides of the face look more even, and easing tightness or unwanted "
            "movement"
        ),
        "duration": "A quick visit in the clinic; most people come back for repeat injections",
        "recovery": "Most people go back to their normal day right away",
        "is_sample_copy": True,
    },
    {
        "slug": "neuromuscular-retraining",
        "title": "Neuromuscular retraining",
        "category": "nonsurgical",
        "summary": (
            "A specially trained therapist teaches you exercises to improve how your face moves. "
            "It can help when face muscles feel tight or move together."
        ),
        "body": """\
## What it is

Neuromuscular retraining is a type of therapy for the face. You work with a therapist who has
special training in problems with the nerve that moves the face. The goal is to help your brain
and face muscles work together better.

After facial paralysis, the face may not move the way you want. Some muscles may be weak. Others
may be tight. Sometimes muscles move together when they should not. For example, your eye may
close when you smile, or your neck may tighten when you pucker your lips. This is called
synkinesis. Therapy can help with all of these.

## Who it may help

This therapy may help people who:

- Are getting better from Bell’s palsy or another nerve injury in the face.
- Have synkinesis, tightness or spasms in the face.
- Have had surgery to help the face move, such as a muscle transfer.

Your therapist will check your face and make a plan just for you.

## What happens

Therapy often includes:

- Slow, small, careful movements of the face. These help you gain control.
- Practice in front of a mirror, so you can see how your face moves.
- Biofeedback. This uses a sensor and a screen to show you what your muscles are doing.
- Gentle massage and stretching to loosen tight muscles.
- Tips for eating, drinking, speaking and caring for your eye.

You will have visits with your therapist. You will also practice at home, often every day. Your
therapist will show you which exercises to do and which to avoid. Some strong or fast movements
can make synkinesis worse.

## Recovery

Change takes time. Many people work with a therapist for many months. Your plan may change as your
face changes. Therapy is often used along with Botox or surgery.

## Risks and side effects

This therapy is very safe. Your face may feel tired or sore after practice. Tell your therapist if
an exercise hurts or makes things feel worse.
""",
        "used_for": "Helping your brain and face muscles work together better",
        "duration": (
            "Visits with a therapist, often for many months, and practice at home, often every day"
        ),
        "recovery": "Change takes time; your face may feel tired or sore after practice",
        "is_sample_copy": True,
    },
    {
        "slug": "muscle-nerve-tissue-transfers",
        "title": "Muscle, nerve and free tissue transfers",
        "category": "surgical",
        "summary": (
            "These surgeries move a working nerve, muscle or tissue to the face to help it move or "
            "to rebuild it. They are sometimes called facial reanimation or smile surgery."
        ),
        "body": """\
## What it is

These surgeries aim to bring back movement to a face that does not move. They are sometimes called
facial reanimation or “smile surgery.”

**Nerve transfer.** The surgeon connects a healthy nerve to the nerve that moves the face. This
nerve often comes from a chewing muscle. Or a piece of nerve from the leg can carry signals across
from the other side of the face. Over time, the nerve grows into the face muscles and helps them
move.

**Muscle transfer.** If face muscles have not moved for a long time, they may no longer be able to
work. A new muscle can be brought in. One common choice is the gracilis, a thin muscle from the
inner thigh. The surgeon moves it to the face and joins its tiny blood vessels and nerve under a
microscope. In another option, the surgeon moves the end of a chewing muscle at the side of the
head down to the corner of the mouth. This is called a temporalis tendon transfer.

**Free tissue transfer.** Skin, fat or other tissue is moved with its blood supply to rebuild part
of the face. This may be needed after an injury or cancer surgery.

## Who it may help

Timing matters. A nerve transfer tends to work best when it is done early, while the face muscles
can still take on a new nerve. This is often within about the first year or so, but it varies. A
muscle transfer may help people whose paralysis has lasted a long time. Your surgeon will talk
with you about which choice fits you.

## What happens

You will be asleep for these surgeries. Some take many hours. You may stay in the hospital for a
few days. Some people need more than one surgery.

## Recovery

Movement does not come right away, because nerves grow slowly. It often takes several months to
see the first movement. Therapy is a key part of recovery. It helps you learn to use your new
smile.

## Risks and side effects

Risks include bleeding, infection, swelling and scars. You may have numbness or weakness where
tissue was taken. A moved muscle may not survive, or it may move less than hoped. Your surgeon
will explain the risks of your surgery.
""",
        "used_for": (
            "Bringing back movement to a face that does not move, or rebuilding part of the face"
        ),
        "duration": (
            "Some surgeries take many hours, and some people need more than one. You may stay in "
            "the hospital for a few days"
        ),
        "recovery": (
            "It often takes several months to see the first movement; therapy is a key part of "
            "recovery"
        ),
        "is_sample_copy": True,
    },
    {
        "slug": "selective-neurectomy",
        "title": "Selective neurectomy",
        "category": "surgical",
        "summary": (
            "A surgery that cuts certain small nerve branches that cause tightness or unwanted "
            "movement. It can help the face feel looser and let the smile move more freely."
        ),
        "body": """\
## What it is

After facial paralysis, the nerve that moves the face sometimes heals in a mixed-up way. Some
muscles may become tight. Some may move when they should not. This is called synkinesis. Some
muscles may pull against your smile and hold it back.

In a selective neurectomy, the surgeon finds the small nerve branches that cause these unwanted
pulls. Then the surgeon cuts only those branches. The branches that help your smile are kept. The
goal is to loosen the face and let your smile move more freely.

Sometimes the surgeon also removes a small muscle that pulls the corner of the mouth down. This
may be done at the same time.

## Who it may help

This surgery may help people who:

- Have synkinesis or tightness that has not improved enough with therapy and Botox.
- Have a smile that feels held back or pulled down.
- Have given the nerve time to heal as much as it will.

Your surgeon may first use Botox on certain muscles to see how your face responds. This can help
plan which branches to cut.

## What happens

The surgery is usually done while you are asleep. The cut in the skin is often hidden near the ear
or in a natural crease. During surgery, the surgeon uses a small tool to test each nerve branch.
This shows what each branch does before it is cut.

## Recovery

You may have swelling and bruising for a few weeks. Many people go home the same day or the next
day, but this varies. Therapy after surgery is very important. It helps you learn to use your face
in new ways.

## Risks and side effects

Risks include:

- Bleeding, infection or swelling.
- A scar.
- Numbness.
- Weakness in parts of the face.
- Tightness that comes back over time.

Some people still need Botox or therapy after surgery. Your surgeon will talk with you about what
to expect.
""",
        "used_for": "Loosening tightness and unwanted movement so your smile moves more freely",
        "duration": (
            "Varies; your surgeon will explain. Many people go home the same day or the next day"
        ),
        "recovery": (
            "Swelling and bruising for a few weeks; therapy after surgery is very important"
        ),
        "is_sample_copy": True,
    },
    {
        "slug": "static-sling",
        "title": "Static sling",
        "category": "surgical",
        "summary": (
            "A strip of tissue or material lifts the corner of the mouth and face at rest. It does "
            "not create movement, but it can help the face look and work more evenly."
        ),
        "body": """\
## What it is

A static sling is a surgery that lifts a face that sags. The surgeon places a strip of tissue or
material under the skin. One end attaches near the corner of the mouth. The other end attaches
higher up, near the cheekbone or temple. The sling holds the mouth and cheek up.

The strip may be a piece of tough tissue taken from your thigh. It may also be a man-made material
or tissue from a donor.

“Static” means still. A sling helps your face look more even when it is at rest. It does not make
your face move or create a smile.

## Who it may help

A static sling may help people who:

- Have a corner of the mouth that droops.
- Drool, or have trouble eating, drinking or speaking clearly.
- Have trouble breathing through the nose because the cheek sags on one side.
- Are not able to have, or do not want, a longer surgery to bring back movement.

A sling can also be done along with other surgeries. Your surgeon will talk with you about whether
it fits your goals.

## What happens

You will get medicine so you do not feel pain, and you may be asleep. Small cuts are made near the
mouth and near the hairline or ear. If tissue is taken from your thigh, there will also be a cut on
your leg. The surgeon passes the sling under the skin and sets how much to lift.

## Recovery

You will see a change right away. There will be some swelling and bruising for a few weeks. Your
face may look a bit too lifted at first. Slings tend to relax some over time. If tissue came from
your thigh, your leg may be sore for a while.

## Risks and side effects

Risks include:

- Bleeding, infection or scarring.
- The sling stretching or getting loose over time.
- The lift being too much or too little.
- Man-made material working its way out or getting infected.
- Soreness or a scar on the thigh.

Sometimes the sling needs to be adjusted later.
""",
        "used_for": (
            "Lifting the corner of the mouth and the cheek so the face looks more even at rest"
        ),
        "duration": "Varies; your surgeon will explain",
        "recovery": "Swelling and bruising for a few weeks; you will see a change right away",
        "is_sample_copy": True,
    },
    {
        "slug": "face-neck-brow-lift",
        "title": "Face, neck or brow lift",
        "category": "surgical",
        "summary": (
            "These surgeries lift sagging skin and tissue so the face looks more even at rest. A "
            "brow lift can help when a drooping brow blocks your vision."
        ),
        "body": """\
## What it is

When face muscles do not work, the skin and tissue can sag over time. The brow can droop. The
cheek and jaw line can fall. The neck can look uneven. These surgeries lift and tighten these
areas. They can help the two sides of the face look more even at rest.

- **Brow lift** raises a drooping eyebrow. A heavy brow can sit low over the eye and block your
  view. Lifting it can help you see better.
- **Face lift** lifts the cheek, the corner of the mouth and the jaw line.
- **Neck lift** tightens loose skin and muscle in the neck.

These surgeries may be done on the weak side only, or on both sides to help them match. They do
not bring back movement. They are often done along with other treatments.

## Who it may help

These surgeries may help people who:

- Have a brow that droops and blocks their vision or makes the eye feel heavy.
- Have a cheek or jaw line that sags on one side.
- Have a face that looks uneven at rest.

## What happens

You may be asleep for surgery. Some smaller procedures can be done with numbing medicine instead.
Cuts are often placed along the hairline, around the ear or above the brow. The surgeon lifts and
tightens the tissue, then closes the cuts.

## Recovery

Expect swelling and bruising for a few weeks. You may have some tightness or numbness for a while.
Your surgeon will tell you when you can go back to work and your usual activities. Follow your
surgeon’s advice for caring for your cuts.

## Risks and side effects

Risks include:

- Bleeding, infection or scarring.
- Numbness that may last.
- The two sides not matching as well as hoped.
- Hair loss near a cut.
- Trouble closing the eye. A brow lift can make it a little harder to close the eye. Your surgeon
  will check how well your eye closes before and after surgery.

Your surgeon will talk with you about your goals and what to expect.
""",
        "used_for": (
            "Lifting sagging skin and tissue so the face looks more even at rest; a brow lift can "
            "help you see better"
        ),
        "duration": "Varies; your surgeon will explain",
        "recovery": (
            "Swelling and bruising for a few weeks; your surgeon will tell you when you can go back"
            " to work"
        ),
        "is_sample_copy": True,
    },
    {
        "slug": "eyelid-procedures",
        "title": "Eyelid procedures",
        "category": "surgical",
        "summary": (
            "Eyelid surgery can help an eye that does not close all the way. Protecting the eye "
            "with drops, ointment and taping at night matters too."
        ),
        "body": """\
## What it is

The nerve that moves the face also controls the muscle that closes your eye. When this nerve does
not work, your eye may not close all the way. You may not blink well. The lower lid may sag away
from the eye. The eye can get dry, red and watery. Over time, the clear front of the eye can get
hurt. This can harm your vision.

Eyelid procedures help your eye close and keep it safe.

- **Eyelid weight.** A small gold or platinum weight is placed in the upper lid, under the skin.
  The weight helps the lid come down when you close your eyes.
- **Lower lid tightening.** The surgeon tightens the lower lid so it sits snug against the eye.
  This can help with tearing and dryness.
- **Partly closing the lids.** Sometimes the outer corners of the upper and lower lids are sewn
  together a little. This makes the eye opening smaller to protect the eye.

## Who it may help

These procedures may help if your eye does not close fully, your lower lid sags, or your eye stays
dry or sore even with drops.

## What happens

Many eyelid procedures can be done with numbing medicine. Some are done while you are asleep. For
a lid weight, the surgeon makes a small cut in the crease of the upper lid. The weight can be taken
out later if your nerve gets better.

## Recovery

You may have swelling and bruising for a week or two. You may still need eye drops or ointment,
mostly at night. A lid weight works with gravity, so it helps less when you lie down.

## Protecting your eye

With or without surgery, eye care matters when your eye won’t close:

- Use eye drops often during the day.
- Use eye ointment at night.
- Tape your eye closed at night if your doctor tells you to.
- Wear glasses or sunglasses to block wind and dust.

## Risks and side effects

Risks include infection, swelling, a weight that moves or shows through the skin, and a lid that
sits too low or too high. Call your doctor right away if your eye is red or hurts, or if your
vision changes.
""",
        "used_for": "Helping an eye that does not close all the way, to keep it safe",
        "duration": "Varies; many can be done with numbing medicine. Your surgeon will explain",
        "recovery": "Swelling and bruising for a week or two",
        "is_sample_copy": True,
    },
]

PAGES = [
    {
        "slug": "first-visit",
        "title": "What to expect at your first visit",
        "summary": (
            "At your first visit, you will meet with a surgeon to discuss your past medical "
            "history, your paralysis prognosis and your goals."
        ),
        "body": """\
## Your consultation

At your first visit, you will meet with a surgeon to discuss your past medical history, your
paralysis prognosis and your goals. Your provider will work with you to create a personalized
treatment plan that improves your facial muscle coordination and symmetry. Treatment plans
typically involve a combination of nonsurgical and surgical interventions.

Nonsurgical procedures:

- Injections such as Botox help make the face more symmetrical by relaxing the stronger muscle.
- Neuromuscular retraining.

Surgical procedures:

- Muscle, nerve or free tissue transfers.
- Selective neurectomy.
- Static sling.
- Face, neck or brow lift.
- Eyelid procedures.

## Photos and videos

If treatment is recommended, you’ll take some photos and videos to establish a baseline for
comparison after treatment. You’ll leave the consultation educated about what is involved in your
customized plan to allow you to make informed decisions.
""",
        "in_short": """\
At your first visit, you meet with a surgeon. You talk about your health in the past, how your
face is likely to change, and what you hope for.

Together, you make a plan just for you. The goal is to help your face muscles work together and
look more even. Most plans mix treatments with and without surgery.

If you need treatment, you will have photos and videos taken first. They show how your face looks
now, so you can compare after treatment. You will leave knowing what your plan involves, so you
can make your own choices.
""",
        "is_sample_copy": False,
    },
    {
        "slug": "why-choose-us",
        "title": "Why choose our program",
        # Our summary (the home page's card): the body below is the seed's own words, which
        # name the hospital; this site speaks as the program, so the summary says "our".
        "summary": (
            "Our surgeons offer a comprehensive range of nonsurgical and surgical interventions "
            "for facial paralysis that set us apart in the state and region."
        ),
        "body": """\
Nebraska Medicine surgeons offer a comprehensive range of nonsurgical and surgical interventions
for facial paralysis that set us apart in the state and region. Wes Heckman, MD, is double
board-certified by the American Board of Facial Plastic & Reconstructive Surgery and the American
Board of Otolaryngology-Head and Neck Surgery.

With specialized expertise in facial plastic and reconstructive surgery, our surgeons understand
the complex anatomy of facial nerves and muscles.
""",
        "in_short": """\
Our surgeons offer many kinds of care for facial paralysis, with and without surgery. This sets us
apart in our state and region.

Wes Heckman, MD, is board-certified twice. One board is for plastic surgery and rebuilding of the
face. The other is for ear, nose, throat, head and neck surgery.

Our surgeons have special skills in plastic surgery and rebuilding of the face. They know the
complex nerves and muscles of the face well.
""",
        "is_sample_copy": False,
    },
]
