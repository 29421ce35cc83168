"""The PySide6 window over the core services. Only this package imports Qt."""
