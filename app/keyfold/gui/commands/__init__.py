"""What the window's actions do: open dialogs, run controller calls in workers."""
