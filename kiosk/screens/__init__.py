"""Every screen of the kiosk, in the core: the screen table, routes, and the typed data each screen
shows in one language. Pure Python: no Qt. It sits above kiosk/content (whose model it presents)
and below the Qt bridge."""
