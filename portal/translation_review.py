"""Editors send a translation made with wagtail-localize to moderation.

wagtail-localize's translation editor has no workflow support: it offers "Publish in Svenska" to
those who may publish and nothing to anyone else, so an Editor (add and edit, no publish) could
translate a guide or a blog post into Swedish but only preview it. The Editors' permissions are
right (they edit the Swedish tree, and the Swedish blog and guidance indexes have their review
workflows); what was missing is the action. The portal adds it to the editor: "Lähetä
tarkastettavaksi" saves the translated strings as a new revision of the Swedish page and starts
(or resumes) the page's workflow, exactly as "Submit" does in Wagtail's own page editor. The
moderator's approval publishes the revision.

The revision is made here, not with ``Translation.save_target(publish=False)``: that writes the
translated fields into the page's row, which for a live page is its public version, so a
translation waiting for approval would already be public.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.models import WorkflowState
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import Translation
from wagtail_localize.segments.ingest import ingest_segments

SUBMIT_FIELD = "portal-submit-translation"


def synced_translation(page):
    """The wagtail-localize translation whose target ``page`` is, or ``None``."""
    if page.alias_of_id:
        return None
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "source__locale", "target_locale")
        .first()
    )


def review_state(page, user):
    """What the translation editor offers ``user`` for ``page`` (``None``: nothing; those who
    may publish use wagtail-localize's own "Publish")."""
    if synced_translation(page) is None:
        return None
    permissions = page.permissions_for_user(user)
    if permissions.can_publish() or not permissions.can_edit():
        return None
    workflow = page.get_workflow()
    if workflow is None:
        return None
    state = page.current_workflow_state
    comment = ""
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        task_state = state.task_states.order_by("-started_at").first()
        comment = task_state.comment if task_state else ""
    return {
        "workflow": workflow,
        "can_submit": permissions.can_submit_for_moderation(),
        "in_progress": page.workflow_in_progress,
        "comment": comment,
    }


def draft_from_translation(page, translation, user):
    """A new revision of ``page`` with the translated strings, the page's row unchanged."""
    source = translation.source
    original = source.as_instance()
    target = page.get_latest_revision_as_object()
    copy_synchronised_fields(original, target)
    # What save_target does, without saving the row (wagtail_localize.models, 1.14).
    segments = source._get_segments_for_translation(page.locale, fallback=True)
    ingest_segments(original, target, source.locale, page.locale, segments)
    return target.save_revision(user=user)


@transaction.atomic
def submit_for_review(page, user):
    draft_from_translation(page, synced_translation(page), user)
    page = type(page).objects.get(pk=page.pk)
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        page.get_workflow().start(page, user)
    return page


def handle_submission(request, page):
    """``before_edit_page`` hook: the translation editor's "submit for review" button."""
    if request.method != "POST" or SUBMIT_FIELD not in request.POST:
        return None
    page = page.specific
    state = review_state(page, request.user)
    if state is None or not state["can_submit"]:
        raise PermissionDenied
    try:
        page = submit_for_review(page, request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be sent for review: %(errors)s")
            % {"errors": " ".join(error.messages)},
        )
    else:
        messages.success(
            request, _("Sent for review: %(title)s") % {"title": page.get_admin_display_title()}
        )
    return redirect("wagtailadmin_pages:edit", page.pk)
