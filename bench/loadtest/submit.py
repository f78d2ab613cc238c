"""Forms sent during a load-test scenario (bench/loadtest/run.sh), beside wrk's page load: newsletter
signups, or the demo member signing in.

Each is what a browser does: fetch the form (for its security token and cookie), then post it, from its
own loopback address (127.1.x.y for signups, 127.2.x.y for sign-ins: each a different client for the
site's rate limits), a signup with its own email address. Loopback only, a bounded number, and it stops
by itself.

    python bench/loadtest/submit.py http://127.0.0.1:58000 signup --seconds 60 --rate 4 --out out.json
    python bench/loadtest/submit.py http://127.0.0.1:58000 signin --seconds 60 --rate 1 --out out.json

The result lists each one's email and answer: 302 (a signup acknowledged with "check your inbox"; a
sign-in let in), 503 (the site said "try again shortly"), any other status (429: refused as too many),
or "no answer" (connection refused or timed out). run.sh then counts the signups the database holds.
"""

import argparse
import http.client
import json
import re
import threading
import time
import uuid
from urllib.parse import urlencode, urlsplit

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
VERSION = re.compile(r'name="consent_version" value="([^"]*)"')


FORMS = {
    "signup": ("/en/subscribe/", 1),
    "signin": ("/en/accounts/login/", 2),
}


def form_fields(kind, email, version):
    if kind == "signin":
        return {"login": "member@example.org", "password": "member-demo-pass"}
    return {"email": email, "lists": "news", "language": "en", "consent": "on", "consent_version": version}


def one_submission(host, port, kind, n, email):
    """Fetch the form and post it; the answer's status (an int) or what went wrong before it."""
    path, network = FORMS[kind]
    source = f"127.{network}.{n // 250}.{n % 250 + 1}"
    connection = http.client.HTTPConnection(host, port, timeout=10, source_address=(source, 0))
    try:
        connection.request("GET", path, headers={"Accept-Language": "en"})
        form = connection.getresponse()
        html = form.read().decode("utf-8", "replace")
        if form.status != 200:
            return f"form {form.status}"
        cookies = "; ".join(
            value.split(";", 1)[0] for name, value in form.getheaders() if name.lower() == "set-cookie"
        )
        token, version = TOKEN.search(html), VERSION.search(html)
        if not token:
            return "form without token"
        fields = form_fields(kind, email, version.group(1) if version else "")
        body = urlencode({"csrfmiddlewaretoken": token.group(1), **fields})
        connection.request(
            "POST",
            path,
            body=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies},
        )
        answer = connection.getresponse()
        answer.read()
        return answer.status
    except (OSError, http.client.HTTPException):
        return "no answer"
    finally:
        connection.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base_url")
    parser.add_argument("kind", choices=FORMS)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--rate", type=float, default=4, help="forms sent per second")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    url = urlsplit(args.base_url)
    run = uuid.uuid4().hex[:8]
    total = int(args.seconds * args.rate)
    results, lock = [], threading.Lock()

    def submit(n):
        email = f"loadtest-{run}-{n}@example.org"
        status = one_submission(url.hostname, url.port, args.kind, n, email)
        with lock:
            results.append({"email": email, "answer": status})

    threads = []
    start = time.monotonic()
    for n in range(total):  # bounded: rate times seconds forms, then stop
        delay = start + n / args.rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        thread = threading.Thread(target=submit, args=(n,))
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join(timeout=30)
    with open(args.out, "w") as out:
        json.dump(results, out)


if __name__ == "__main__":
    main()
