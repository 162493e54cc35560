"""The campaign map, without Qt: everything the map shows is decided here and tested without a display.

- :mod:`~kiosk.map.projection`: boxes, spherical Mercator fitted to a view, distances;
- :mod:`~kiosk.map.geojson`: the content folder's ``geo/*.geojson`` (land, countries, rivers);
- :mod:`~kiosk.map.scenes`: the map's scenes (``geo/map.toml`` or made from the content);
- :mod:`~kiosk.map.campaign`: the routes as tracks that grow with the date, what lights up when;
- :mod:`~kiosk.map.places`: the places as markers, and which of them a view has room for;
- :mod:`~kiosk.map.geometry`: clipping, lines and polygons in view pixels;
- :mod:`~kiosk.map.placement`: greedy placement of labels that never overlap;
- :mod:`~kiosk.map.labels`: what the map names and where, measured with the view's real fonts;
- :mod:`~kiosk.map.composer`: a scene fitted to a view at a moment, as typed rows for the view;
- :mod:`~kiosk.map.basemap`: the land and rivers drawn once with Pillow into the cache.

The Qt bridge (``kiosk/ui/map_view.py``) only keeps the view's inputs, signals and list models.
"""
