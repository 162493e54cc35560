from __future__ import annotations

from typing import Any

from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.list_models import ChapterListModel, GalleryListModel, PhotoListModel


def test_models_pass_qt_model_tester(kiosk: Kiosk, qtmodeltester: Any) -> None:
    for model in (
        ChapterListModel(kiosk.context),
        GalleryListModel(kiosk.context),
        PhotoListModel(kiosk.context),
    ):
        qtmodeltester.check(model, force_py=True)
        assert model.rowCount() > 0


def test_language_change_updates_rows_without_reset(kiosk: Kiosk, qtbot: Any) -> None:
    model = ChapterListModel(kiosk.context)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        kiosk.session.setLanguage("sr")
    title_role = next(r for r, name in model.roleNames().items() if bytes(name.data()) == b"title")
    assert model.data(model.index(0), title_role) == "Прво поглавље"


def test_the_viewer_pages_through_the_gallery_of_a_photo(kiosk: Kiosk) -> None:
    models = kiosk.models
    model = models.photosAround("parade")
    assert model.galleryId == "armour"
    assert model.ids() == ["tank", "parade"]
    assert model.indexOf("parade") == 1


def test_models_are_made_once_and_kept(kiosk: Kiosk) -> None:
    models = kiosk.models
    assert models.chapters() is models.chapters()
    assert models.galleryPhotos("armour") is models.photosAround("tank")
