"""Key rotation, versions, schedules and derived passwords in the window (see `install`)."""
