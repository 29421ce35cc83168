"""The archive's core: everything the GUI does, the CLI and tests can do through here. No Qt."""
