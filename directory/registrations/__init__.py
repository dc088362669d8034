"""Registration for events on the portal: participants, signed links, organisers' lists."""
