"""Organisations and activities, and the directory page that browses them.

The app label stays ``directory``, so existing databases keep its tables and migrations.
"""
