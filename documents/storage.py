from django.core.files.storage import FileSystemStorage, storages


class PrivateFileSystemStorage(FileSystemStorage):
    """Files kept outside MEDIA_ROOT, with no public address: `url()` refuses, so Wagtail streams them
    through its serve view, where privacy checks run, instead of redirecting to a media URL."""

    def url(self, name):
        raise NotImplementedError("Private files have no public URL; serve them through a view.")


def document_storage():
    """The storage named "documents" in settings.STORAGES (a callable, so migrations don't record it)."""
    return storages["documents"]
