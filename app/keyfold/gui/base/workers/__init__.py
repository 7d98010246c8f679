"""Running slow controller calls off the GUI thread."""
