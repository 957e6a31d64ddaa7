"""Only one thing pyproject.toml cannot say: ship the top-level `resources/` folder inside
the package (as `lead_desktop/resources`), where `paths.resource_path` finds it once
installed. The source tree keeps `resources/` at the top, beside `installer/`."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if not self.editable_mode:  # an editable install reads resources/ in place
            target = Path(self.build_lib) / "lead_desktop" / "resources"
            shutil.copytree(Path(__file__).parent / "resources", target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithResources})
