import hashlib

from reader.core.digests import sha1, sha256


def test_the_digests_are_hashlibs():
    data = "广州市公安局花都区分局".encode()
    assert sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    assert sha1(data).hexdigest() == hashlib.sha1(data).hexdigest()
