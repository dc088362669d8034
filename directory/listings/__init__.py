"""The shared core of moderated listings: base model, public rule, workflow, form and filter
frames."""
