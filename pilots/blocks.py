"""StreamField blocks for instructions: sections, checklists, roles, phases, timelines, contacts,
callouts and FAQs.

A guide's body is a :class:`GuideStreamBlock`: ``section`` blocks (each a heading that feeds the
table of contents, with its own content) and, for text before the first section, the same content
blocks on their own. Blocks rendered inside a section use heading level 3 for their titles.
"""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from portal.blocks import RICH_TEXT_FEATURES, BaseStreamBlock

GUIDANCE_GROUP = _("Guidance")


class ChecklistItemBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Item"), max_length=250)
    explanation = blocks.TextBlock(
        label=_("Explanation"),
        required=False,
        max_length=600,
        help_text=_("Optional details or examples, shown under the item."),
    )

    class Meta:
        icon = "tick"
        label = _("Checklist item")


class ChecklistBlock(blocks.StructBlock):
    """Things to agree on or check, e.g. "agree on these in advance"."""

    title = blocks.CharBlock(
        label=_("Title"),
        max_length=150,
        help_text=_('For example "Agree on these in advance".'),
    )
    introduction = blocks.TextBlock(label=_("Introduction"), required=False, max_length=600)
    items = blocks.ListBlock(ChecklistItemBlock(), label=_("Items"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Checklist")
        template = "pilots/blocks/checklist.html"
        group = GUIDANCE_GROUP


class RoleCardBlock(blocks.StructBlock):
    """A role, such as the centre's NGO liaison person, and its tasks."""

    role = blocks.CharBlock(
        label=_("Role"),
        max_length=150,
        help_text=_('The name of the role, e.g. "NGO liaison person of the sote-centre".'),
    )
    description = blocks.TextBlock(
        label=_("Description"),
        required=False,
        max_length=800,
        help_text=_("Who holds the role and what it is for."),
    )
    tasks = blocks.ListBlock(
        blocks.CharBlock(label=_("Task"), max_length=400), label=_("Tasks"), min_num=1
    )

    class Meta:
        icon = "user"
        label = _("Role card")
        template = "pilots/blocks/role_card.html"
        group = GUIDANCE_GROUP


class ProcessStepBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Step"), max_length=600)
    responsible = blocks.CharBlock(
        label=_("Responsible"),
        required=False,
        max_length=200,
        help_text=_("Who does this step, e.g. a role or an organisation."),
    )

    class Meta:
        icon = "arrow-right"
        label = _("Step")


class ProcessPhaseBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        label=_("Phase"), max_length=120, help_text=_('For example "Before", "During", "After".')
    )
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=800)
    participants = blocks.CharBlock(
        label=_("Participants"),
        required=False,
        max_length=400,
        help_text=_("Who takes part in this phase."),
    )
    steps = blocks.ListBlock(ProcessStepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "order"
        label = _("Phase")


class ProcessPhasesBlock(blocks.StructBlock):
    """A process in named phases (before / during / after or any others), in order."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    phases = blocks.ListBlock(ProcessPhaseBlock(), label=_("Phases"), min_num=1)

    class Meta:
        icon = "order"
        label = _("Process phases")
        template = "pilots/blocks/process_phases.html"
        group = GUIDANCE_GROUP


class MilestoneBlock(blocks.StructBlock):
    date = blocks.DateBlock(
        label=_("Date"),
        required=False,
        help_text=_("Milestones with a date before today are marked as done."),
    )
    relative_label = blocks.CharBlock(
        label=_("When"),
        required=False,
        max_length=100,
        help_text=_('Instead of a date, e.g. "Two weeks before the event" or "Autumn 2022".'),
    )
    title = blocks.CharBlock(label=_("Milestone"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=600)

    class Meta:
        icon = "date"
        label = _("Milestone")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("date") and not value.get("relative_label"):
            raise StructBlockValidationError(
                block_errors={"date": ValidationError(_("Give a date or say when in words."))}
            )
        return value


class TimelineBlock(blocks.StructBlock):
    """Dated or relative milestones; dated ones before today are marked as done."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    milestones = blocks.ListBlock(MilestoneBlock(), label=_("Milestones"), min_num=1)

    class Meta:
        icon = "time"
        label = _("Timeline")
        template = "pilots/blocks/timeline.html"
        group = GUIDANCE_GROUP

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # Views and tests may pass a fixed "today"; otherwise the local date.
        today = (parent_context or {}).get("today") or timezone.localdate()
        context["today"] = today
        context["milestones"] = [
            {
                "value": milestone,
                "is_past": bool(milestone.get("date")) and milestone["date"] < today,
            }
            for milestone in value["milestones"]
        ]
        return context


class ContactCardBlock(blocks.StructBlock):
    """A role-based contact; the person's details come from the contact snippet."""

    role = blocks.CharBlock(
        label=_("Role"),
        max_length=150,
        help_text=_('What to contact them about, e.g. "NGO liaison person".'),
    )
    contact = SnippetChooserBlock(
        "pilots.Contact",
        label=_("Contact"),
        help_text=_(
            "Contacts are kept under Snippets → Contacts, so one change updates every page."
        ),
    )

    class Meta:
        icon = "mail"
        label = _("Contact card")
        template = "pilots/blocks/contact_card.html"
        group = GUIDANCE_GROUP

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        contact = value.get("contact")
        # The reader's language version of the contact, if it has been translated.
        context["contact"] = contact.localized if contact is not None else None
        return context


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("note", _("Note")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="note",
        help_text=_("Shown as a word, not only as a colour."),
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "pilots/blocks/callout.html"
        group = GUIDANCE_GROUP


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Question and answer")


class FAQBlock(blocks.StructBlock):
    """Questions that open into answers; works without JavaScript and prints open."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    items = blocks.ListBlock(FAQItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Frequently asked questions")
        template = "pilots/blocks/faq.html"
        group = GUIDANCE_GROUP


class GuideContentBlock(BaseStreamBlock):
    """What a guide section can hold: the shared blocks and the instruction blocks."""

    checklist = ChecklistBlock()
    role_card = RoleCardBlock()
    process_phases = ProcessPhasesBlock()
    timeline = TimelineBlock()
    contact_card = ContactCardBlock()
    callout = CalloutBlock()
    faq = FAQBlock()

    class Meta:
        label = _("Content")


class SectionBlock(blocks.StructBlock):
    """A titled part of a guide: its heading goes into the table of contents."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=150,
        help_text=_("Listed in the table of contents; the section gets its own link."),
    )
    content = GuideContentBlock(label=_("Content"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Section")
        template = "pilots/blocks/section.html"
        group = GUIDANCE_GROUP

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # The guide page passes an anchor that is unique on the page; previews fall back to
        # the slugified heading.
        context["anchor"] = (parent_context or {}).get("anchor") or slugify(value["heading"])
        return context


class GuideStreamBlock(GuideContentBlock):
    """The body of a guide: sections, and content before the first section."""

    section = SectionBlock()


FACILITY_KINDS = [
    ("group_space", _("Space for group activities")),
    ("notice_board", _("Notice board")),
    ("brochure_rack", _("Brochure rack")),
    ("info_screen", _("Electronic info screen")),
    ("presentation_slot", _("Presentation slot")),
    ("other", _("Other")),
]


class FacilityBlock(blocks.StructBlock):
    """Something a centre offers NGOs: a space, a notice board, a brochure rack..."""

    kind = blocks.ChoiceBlock(label=_("Kind"), choices=FACILITY_KINDS)
    description = blocks.TextBlock(
        label=_("Description"),
        max_length=800,
        help_text=_("What is on offer, when and how to book or deliver material."),
    )
    requirements = blocks.ListBlock(
        blocks.CharBlock(label=_("Requirement"), max_length=250),
        label=_("Technical requirements"),
        required=False,
        default=[],
        help_text=_("E.g. for info screens: format, size, orientation, how long a slide shows."),
    )

    class Meta:
        icon = "home"
        label = _("Offer to NGOs")
        template = "pilots/blocks/facility.html"
        group = GUIDANCE_GROUP

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["kind_label"] = dict(FACILITY_KINDS).get(value["kind"], "")
        return context


class CentreContactsBlock(blocks.StreamBlock):
    contact_card = ContactCardBlock()

    class Meta:
        label = _("Liaison persons")


class CentreOffersBlock(blocks.StreamBlock):
    facility = FacilityBlock()

    class Meta:
        label = _("Offers to NGOs")


__all__ = [
    "CalloutBlock",
    "CentreContactsBlock",
    "CentreOffersBlock",
    "ChecklistBlock",
    "ContactCardBlock",
    "FAQBlock",
    "FacilityBlock",
    "GuideContentBlock",
    "GuideStreamBlock",
    "ProcessPhasesBlock",
    "RoleCardBlock",
    "SectionBlock",
    "TimelineBlock",
]
