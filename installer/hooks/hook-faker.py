"""Faker, trimmed to the locales the demo / sample data uses (replaces the contrib hook).

Faker finds its providers and locales by listing ``faker/providers/*/__init__.py`` on disk
when frozen (faker.utils.loading.list_module), so those ``__init__.py`` files are data as
well as modules.  The demo generator uses ``Faker("ja_JP")``; providers without a ja_JP
flavour fall back to the provider's ``default_locale`` (bank: en_GB, lorem: la) or en_US.
Keeping those few of Faker's ~90 locales saves ≈ 20 MB.
"""

import importlib
import pkgutil
from pathlib import PurePath

from PyInstaller.utils.hooks import collect_data_files, collect_submodules


def _fallback_locales() -> set[str]:
    import faker.providers

    found = set()
    for info in pkgutil.iter_modules(faker.providers.__path__):
        module = importlib.import_module(f"faker.providers.{info.name}")
        found.add(getattr(module, "default_locale", "") or "")
    return found - {""}


KEEP_LOCALES = {"ja_JP", "en_US", "en"} | _fallback_locales()


def _wanted(parts) -> bool:
    # parts after "faker/providers": (provider, [locale, ...])
    return len(parts) < 2 or parts[1] in KEEP_LOCALES


def _module_wanted(name: str) -> bool:
    parts = name.split(".")[2:]          # drop "faker.providers"
    return _wanted(parts)


def _file_wanted(dest: str) -> bool:
    parts = PurePath(dest).parts
    index = parts.index("providers") if "providers" in parts else len(parts)
    return _wanted(parts[index + 1:])


hiddenimports = collect_submodules("faker.providers", filter=_module_wanted)
datas = [
    (src, dest) for src, dest in collect_data_files("faker.providers", include_py_files=True)
    if PurePath(src).name == "__init__.py" and _file_wanted(dest)
]
