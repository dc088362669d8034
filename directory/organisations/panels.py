"""The error report's edit view: which listing the report is about, with its pages."""

from wagtail.admin.panels import Panel


class ReportedListingPanel(Panel):
    """The reported listing (organisation, activity or a listing of an app above, such as an
    event), linked to its public page and to its edit view in the admin."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "directory/admin/reported_listing_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            report = self.instance
            context.update(
                listing=report.listing,
                kind=report.listing_kind,
                public_url=report.listing_public_url(),
                edit_url=report.listing_edit_url(),
            )
            return context
