import pytest
from PySide6.QtCore import QThreadPool


@pytest.fixture
def db(created, qapp):
    """The test database, closed only after every background job has finished with it."""
    yield created.database
    QThreadPool.globalInstance().waitForDone(10000)
    qapp.processEvents()
