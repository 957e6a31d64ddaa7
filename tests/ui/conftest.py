import pytest
from PySide6.QtCore import QThreadPool


@pytest.fixture
def db(created, qapp):
    """The test database, closed only after every background job has finished with it."""
    yield created.database
    QThreadPool.globalInstance().waitForDone(10000)
    qapp.processEvents()


@pytest.fixture
def app_look_kept(qapp):
    """For a test that runs the whole start (`app.main`) in this process: the start puts
    the app's stylesheet on the one QApplication the tests share, which would then size
    every later test's windows (a remembered 777-pixel window opened at 798)."""
    before = qapp.styleSheet()
    yield
    if qapp.styleSheet() != before:
        qapp.setStyleSheet(before)
