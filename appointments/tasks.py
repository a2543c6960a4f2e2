from django.tasks import task

from .actions import notification_deliver


@task()
def deliver_notification(notification_id):
    notification_deliver(notification_id)
