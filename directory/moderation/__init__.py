"""The moderators' queue and the decision e-mails to submitters."""
