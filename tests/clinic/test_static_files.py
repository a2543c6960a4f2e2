from django.core.management import call_command


def test_collectstatic_makes_hashed_compressed_files(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    css = sorted(p.name for p in (tmp_path / "static" / "css").iterdir())
    hashed = [name for name in css if name.startswith("site.") and name.endswith(".css")]
    assert len(hashed) == 2  # site.css and site.<hash>.css
    assert any(name.endswith(".css.gz") for name in css)
