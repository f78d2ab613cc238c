"""Private documents on S3-compatible storage (used when AWS_PRIVATE_BUCKET_NAME is set).

A separate module from storage.py so that boto3 is only imported by deployments that use S3.
"""

from storages.backends.s3 import S3Storage


class PrivateS3Storage(S3Storage):
    """Like PrivateFileSystemStorage: objects are private, and `url()` refuses, so Wagtail streams
    every download through its serve view, where privacy checks run. No signed URL is ever handed out:
    one could be passed on, and would outlive a member's access for as long as it is valid."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise NotImplementedError("Private files have no public URL; serve them through a view.")
