"""Search text kept fresh from one declaration: which changes make a model's denormalised
search text stale, and the one function that rewrites it.

Both searches use it: the site search's index (clinic.search.index) and the directory's text
on each specialist (specialists.search.refresh_denormalised).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete


def keep_current(model, refresh, *, uid, relations=(), depends_on=None):
    """Calls refresh(pks) with the rows of `model` whose search text a change may have made
    stale: a save or delete of the row itself; a change to one of its many-to-many
    `relations`, from either side; a save or delete of a row of another model in `depends_on`
    (model → the pks of `model` a row of it affects; read before a delete, while the links
    still exist)."""

    def row_changed(sender, instance, raw=False, **kwargs):
        if not raw:  # fixtures load rows in any order: rebuild after loading instead
            refresh([instance.pk])

    for signal in (post_save, post_delete):
        signal.connect(row_changed, sender=model, weak=False, dispatch_uid=uid)
    for relation in relations:
        field = getattr(model, relation).field
        m2m_changed.connect(
            _relation_changed(refresh, field, uid), sender=field.remote_field.through,
            weak=False, dispatch_uid=f"{uid}:{relation}",
        )  # fmt: skip
    for other, affected in (depends_on or {}).items():
        _connect_dependency(other, affected, refresh, f"{uid}:{other._meta.label}")


def _relation_changed(refresh, field, uid):
    through = field.remote_field.through
    own, other = field.m2m_field_name(), field.m2m_reverse_field_name()
    noted = f"_{uid}_cleared"

    def changed(sender, instance, action, reverse, pk_set, **kwargs):
        if reverse and action == "pre_clear":
            # e.g. treatment.specialists.clear(): Django names no one afterwards, so note now.
            links = through.objects.filter(**{other: instance.pk})
            setattr(instance, noted, list(links.values_list(own, flat=True)))
        if action not in {"post_add", "post_remove", "post_clear"}:
            return
        if not reverse:
            refresh([instance.pk])
        elif action == "post_clear":
            refresh(getattr(instance, noted, []))
        else:  # e.g. treatment.specialists.add(...): the rows are in pk_set
            refresh(pk_set or [])

    return changed


def _connect_dependency(other, affected, refresh, uid):
    noted = f"_{uid}_affected"

    def saved(sender, instance, raw=False, **kwargs):
        if not raw:
            refresh(list(affected(instance)))

    def deleting(sender, instance, **kwargs):
        setattr(instance, noted, list(affected(instance)))

    def deleted(sender, instance, **kwargs):
        refresh(getattr(instance, noted, []))

    post_save.connect(saved, sender=other, weak=False, dispatch_uid=uid)
    pre_delete.connect(deleting, sender=other, weak=False, dispatch_uid=uid)
    post_delete.connect(deleted, sender=other, weak=False, dispatch_uid=uid)
