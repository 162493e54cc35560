"""The content folder's geo files: names in each language, problems reported, never fatal."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.map.geojson import cached_geography, load_geography
from kiosk.map.projection import BBox


def test_geo_files_load_with_names_in_each_language(mini: Path) -> None:
    geo = load_geography(mini)
    assert geo.problems == []
    assert [a.names for a in geo.areas] == [{"none": "Serbia", "sr": "Србија"}]
    assert [w.names["none"] for w in geo.waters] == ["Danube", "Sava"]
    assert geo.waters[0].weight == 2
    assert geo.extent == BBox(19.0, 43.5, 23.0, 46.5)
    assert len(geo.digest) == 64
    (mini / "geo" / "rivers.geojson").write_text(
        (mini / "geo" / "rivers.geojson").read_text().replace("Sava", "Savа"), encoding="utf-8"
    )
    assert load_geography(mini).digest != geo.digest


def test_bad_geo_files_are_reported_not_fatal(mini: Path, tmp_path: Path) -> None:
    (mini / "geo" / "broken.geojson").write_text("{not json", encoding="utf-8")
    (mini / "geo" / "points.geojson").write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {},
                        "geometry": {"type": "Point", "coordinates": [20, 44]},
                    },
                    {
                        "type": "Feature",
                        "properties": {"name": "Nowhere"},
                        "geometry": {"type": "LineString", "coordinates": [[20, 44], [500, 44]]},
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    outside = tmp_path / "outside.geojson"
    outside.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    (mini / "geo" / "link.geojson").symlink_to(outside)
    geo = load_geography(mini)
    text = "\n".join(map(str, geo.problems))
    assert "geo/broken.geojson" in text and "not a readable GeoJSON file" in text
    assert "a Point is not drawn" in text
    assert "[500, 44] is not a longitude and latitude" in text
    assert "symbolic link" in text
    assert [w.names["none"] for w in geo.waters] == ["Danube", "Sava"]  # the good ones still load


def test_the_geography_is_read_again_only_when_a_file_changes(mini: Path) -> None:
    first = cached_geography(mini)
    assert cached_geography(mini) is first
    (mini / "geo" / "rivers.geojson").write_text(
        (mini / "geo" / "rivers.geojson").read_text().replace("Danube", "Dunav"), encoding="utf-8"
    )
    again = cached_geography(mini)
    assert again is not first and again.waters[0].names["none"] == "Dunav"
