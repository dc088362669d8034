"""Themes, target groups, municipalities, wellbeing services counties and service languages."""
