"""Shared GUI base: actions, menus, messages, settings, the task runner, dialogs, widgets."""
